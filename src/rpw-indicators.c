/*
 * rpw-indicators.c - groups in a hash table, exact sums, SmaRT per
 * corridor-period.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "decimal.h"
#include "output.h"
#include "rpw-indicators.h"
#include "xalloc.h"

#define MAX_POW10	80

/* A service's cost: a scaled decimal, or a rational with recompute. */
struct xval {
	struct rpw_num	n;
	mpq_t		q;
};

/* Accumulators of one group and benchmark. */
struct bstat {
	unsigned long	services, transparent, over5, nsmart;
	mpz_t		sum, ssum;	/* scaled by 10^scale, 10^sscale */
	int		scale, sscale;
	mpq_t		qsum, qssum;	/* recompute */
	int		has;
	struct xval	min, max;
};

struct group {
	char		*key;		/* parts, NUL-separated */
	const char	*part[LAST_RPW_KEY];
	unsigned long	 ncells;
	struct bstat	 b[2];
};

/* A corridor-period of a group: its three cheapest fast services. */
struct cell {
	size_t		group;
	char		*corridor, *period;
	int		n[2];
	struct xval	top[2][3];
};

/* Open addressing from string keys to indices. */
struct strmap {
	char	**keys;
	size_t	 *idx;
	size_t	  cap, n;
};

struct rpw_ind {
	enum rpw_key	 by[LAST_RPW_KEY];
	size_t		 nby;
	int		 rec;
	struct group	*groups;
	size_t		 ngroups, gcap;
	struct strmap	 gmap;
	struct cell	*cells;
	size_t		 ncells, ccap;
	struct strmap	 cmap;
	mpz_t		 p10[MAX_POW10], tmp;
	mpq_t		 five, qt;
	struct xval	 cur;
	char		 kbuf[1024];
	char		**labels;	/* merge: first spellings */
	size_t		 nlabels;
};

static const char *const key_names[LAST_RPW_KEY] = { "period", "corridor",
    "source", "destination", "region", "firm_type" };

int
rpw_key_parse(const char *s, enum rpw_key *k)
{
	int i;

	for (i = 0; i < LAST_RPW_KEY; i++)
		if (strcmp(s, key_names[i]) == 0 ||
		    (i == RPW_BY_FIRM_TYPE && strcmp(s, "firm-type") == 0)) {
			*k = (enum rpw_key)i;
			return 0;
		}
	return -1;
}

const char *
rpw_key_name(enum rpw_key k)
{
	return key_names[k];
}

static size_t
hash(const char *s)
{
	size_t h = 1469598103934665603ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

/* Grows the map to twice its size. */
static void
map_grow(struct strmap *m)
{
	struct strmap g = { NULL, NULL, m->cap ? 2 * m->cap : 256, 0 };
	size_t i, j;

	g.keys = xcalloc(g.cap, sizeof *g.keys);
	g.idx = xcalloc(g.cap, sizeof *g.idx);
	for (i = 0; i < m->cap; i++) {
		if (m->keys[i] == NULL)
			continue;
		for (j = hash(m->keys[i]) & (g.cap - 1); g.keys[j] != NULL;
		    j = (j + 1) & (g.cap - 1))
			;
		g.keys[j] = m->keys[i];
		g.idx[j] = m->idx[i];
	}
	g.n = m->n;
	free(m->keys);
	free(m->idx);
	*m = g;
}

/* The index of key, adding it as `next` when new (*added set). */
static size_t
map_get(struct strmap *m, const char *key, size_t next, int *added)
{
	size_t j;

	if (2 * (m->n + 1) > m->cap)
		map_grow(m);
	for (j = hash(key) & (m->cap - 1); m->keys[j] != NULL;
	    j = (j + 1) & (m->cap - 1))
		if (strcmp(m->keys[j], key) == 0) {
			*added = 0;
			return m->idx[j];
		}
	m->keys[j] = xstrdup(key);
	m->idx[j] = next;
	m->n++;
	*added = 1;
	return next;
}

static void
map_free(struct strmap *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->idx);
}

static void
xval_init(struct rpw_ind *ind, struct xval *x)
{
	memset(&x->n, 0, sizeof x->n);
	if (ind->rec)
		mpq_init(x->q);
}

static void
xval_clear(struct rpw_ind *ind, struct xval *x)
{
	if (ind->rec)
		mpq_clear(x->q);
}

static void
xval_set(struct rpw_ind *ind, struct xval *d, const struct xval *s)
{
	if (ind->rec)
		mpq_set(d->q, s->q);
	else
		d->n = s->n;
}

static int
xval_cmp(struct rpw_ind *ind, const struct xval *a, const struct xval *b)
{
	return ind->rec ? mpq_cmp(a->q, b->q) : rpw_num_cmp(&a->n, &b->n);
}

/* x as a rational. */
static void
xval_q(struct rpw_ind *ind, mpq_t out, const struct xval *x)
{
	if (ind->rec)
		mpq_set(out, x->q);
	else
		rpw_num_mpq(out, &x->n);
}

struct rpw_ind *
rpw_ind_new(const enum rpw_key *by, size_t nby, int recompute)
{
	struct rpw_ind *ind = xcalloc(1, sizeof *ind);
	int i;

	if (nby > LAST_RPW_KEY)
		nby = LAST_RPW_KEY;
	memcpy(ind->by, by, nby * sizeof *by);
	ind->nby = nby;
	ind->rec = recompute;
	for (i = 0; i < MAX_POW10; i++) {
		mpz_init(ind->p10[i]);
		mpz_ui_pow_ui(ind->p10[i], 10, (unsigned long)i);
	}
	mpz_init(ind->tmp);
	mpq_inits(ind->five, ind->qt, NULL);
	mpq_set_ui(ind->five, 5, 1);
	xval_init(ind, &ind->cur);
	return ind;
}

/* sum (scaled by 10^*scale) += v, exactly. */
static void
zsum_add(struct rpw_ind *ind, mpz_t sum, int *scale, const struct rpw_num *v)
{
	int s = v->scale < MAX_POW10 ? v->scale : MAX_POW10 - 1;

	if (s > *scale) {
		mpz_mul(sum, sum, ind->p10[s - *scale]);
		*scale = s;
	}
	mpz_set_si(ind->tmp, (long)v->v);
	if (s < *scale)
		mpz_mul(ind->tmp, ind->tmp, ind->p10[*scale - s]);
	mpz_add(sum, sum, ind->tmp);
}

/* Adds a value to a (scaled or rational) sum. */
static void
sum_add(struct rpw_ind *ind, mpz_t z, int *scale, mpq_t q,
    const struct xval *x)
{
	if (ind->rec)
		mpq_add(q, q, x->q);
	else
		zsum_add(ind, z, scale, &x->n);
}

static struct group *group_get(struct rpw_ind *ind, size_t *gi);

/* The group of a row, made when new. */
static struct group *
group_of(struct rpw_ind *ind, const struct rpw_row *row, size_t *gi)
{
	const char *v;
	char src[8], dst[8];
	size_t i, len = 0, n;

	memcpy(src, row->corridor, 3);
	src[3] = '\0';
	snprintf(dst, sizeof dst, "%s", strlen(row->corridor) > 3 ?
	    row->corridor + 3 : "");
	for (i = 0; i < ind->nby; i++) {
		switch (ind->by[i]) {
		case RPW_BY_PERIOD: v = row->period; break;
		case RPW_BY_CORRIDOR: v = row->corridor; break;
		case RPW_BY_SOURCE: v = src; break;
		case RPW_BY_DESTINATION: v = dst; break;
		case RPW_BY_REGION: v = row->col[RPW_DEST_REGION]; break;
		default: v = row->col[RPW_FIRM_TYPE]; break;
		}
		n = strlen(v);
		if (len + n + 2 > sizeof ind->kbuf)
			n = sizeof ind->kbuf - len - 2;
		memcpy(ind->kbuf + len, v, n);
		len += n;
		ind->kbuf[len++] = '\x1f';
	}
	ind->kbuf[len] = '\0';
	return group_get(ind, gi);
}

/* The group whose key (parts ended by 0x1f) is in ind->kbuf. */
static struct group *
group_get(struct rpw_ind *ind, size_t *gi)
{
	struct group *g;
	size_t i;
	char *p;
	int added, b;

	*gi = map_get(&ind->gmap, ind->kbuf, ind->ngroups, &added);
	if (!added)
		return &ind->groups[*gi];
	if (ind->ngroups == ind->gcap) {
		ind->gcap = ind->gcap ? 2 * ind->gcap : 64;
		ind->groups = xreallocarray(ind->groups, ind->gcap,
		    sizeof *ind->groups);
	}
	g = &ind->groups[ind->ngroups++];
	memset(g, 0, sizeof *g);
	g->key = xstrdup(ind->kbuf);
	for (i = 0, p = g->key; i < ind->nby; i++) {
		g->part[i] = p;
		p = strchr(p, '\x1f');
		*p++ = '\0';
	}
	for (b = 0; b < 2; b++) {
		mpz_inits(g->b[b].sum, g->b[b].ssum, NULL);
		mpq_inits(g->b[b].qsum, g->b[b].qssum, NULL);
		xval_init(ind, &g->b[b].min);
		xval_init(ind, &g->b[b].max);
	}
	return g;
}

/* The corridor-period cell of a group, made when new. */
static struct cell *
cell_of(struct rpw_ind *ind, const char *corridor, const char *period,
    size_t gi)
{
	struct cell *c;
	size_t ci;
	int added, b, k;

	snprintf(ind->kbuf, sizeof ind->kbuf, "%zu\x1f%s\x1f%s", gi,
	    corridor, period);
	ci = map_get(&ind->cmap, ind->kbuf, ind->ncells, &added);
	if (!added)
		return &ind->cells[ci];
	if (ind->ncells == ind->ccap) {
		ind->ccap = ind->ccap ? 2 * ind->ccap : 64;
		ind->cells = xreallocarray(ind->cells, ind->ccap,
		    sizeof *ind->cells);
	}
	c = &ind->cells[ind->ncells++];
	c->corridor = xstrdup(corridor);
	c->period = xstrdup(period);
	c->group = gi;
	ind->groups[gi].ncells++;
	for (b = 0; b < 2; b++) {
		c->n[b] = 0;
		for (k = 0; k < 3; k++)
			xval_init(ind, &c->top[b][k]);
	}
	return c;
}

/* Keeps the three cheapest values of a cell, ascending. */
static void
top3_add(struct rpw_ind *ind, struct cell *c, int b, const struct xval *x)
{
	struct xval *t = c->top[b];
	int i, j;

	for (i = 0; i < c->n[b]; i++)
		if (xval_cmp(ind, x, &t[i]) < 0)
			break;
	if (i == 3)
		return;
	for (j = c->n[b] < 3 ? c->n[b] : 2; j > i; j--)
		xval_set(ind, &t[j], &t[j - 1]);
	xval_set(ind, &t[i], x);
	if (c->n[b] < 3)
		c->n[b]++;
}

/* The row's cost at benchmark b into ind->cur; -1 when missing. */
static int
cost_of(struct rpw_ind *ind, const struct rpw_row *row, int b)
{
	const struct rpw_cc *cc = &row->cc[b];

	if (!ind->rec) {
		if (cc->total.status != RPW_NUM_OK)
			return -1;
		ind->cur.n = cc->total;
		return 0;
	}
	if (cc->fee.status != RPW_NUM_OK || cc->amount.status != RPW_NUM_OK ||
	    cc->margin.status != RPW_NUM_OK || cc->amount.v <= 0)
		return -1;
	rpw_num_mpq(ind->cur.q, &cc->fee);
	rpw_num_mpq(ind->qt, &cc->amount);
	mpq_div(ind->cur.q, ind->cur.q, ind->qt);
	mpz_mul_ui(mpq_numref(ind->cur.q), mpq_numref(ind->cur.q), 100);
	mpq_canonicalize(ind->cur.q);
	rpw_num_mpq(ind->qt, &cc->margin);
	mpq_add(ind->cur.q, ind->cur.q, ind->qt);
	return 0;
}

/* Nonzero when the current value is over 5%. */
static int
over5(struct rpw_ind *ind)
{
	static const struct rpw_num five = { RPW_NUM_OK, 5, 0 };

	return ind->rec ? mpq_cmp(ind->cur.q, ind->five) > 0 :
	    rpw_num_cmp(&ind->cur.n, &five) > 0;
}

void
rpw_ind_add(struct rpw_ind *ind, const struct rpw_row *row)
{
	struct group *g;
	struct bstat *s;
	struct cell *c;
	size_t gi;
	int b;

	g = group_of(ind, row, &gi);
	c = cell_of(ind, row->corridor, row->period, gi);
	g = &ind->groups[gi];
	for (b = 0; b < 2; b++) {
		if (cost_of(ind, row, b) != 0)
			continue;
		s = &g->b[b];
		s->services++;
		if (!row->transparent)
			continue;
		s->transparent++;
		sum_add(ind, s->sum, &s->scale, s->qsum, &ind->cur);
		if (over5(ind))
			s->over5++;
		if (!s->has || xval_cmp(ind, &ind->cur, &s->min) < 0)
			xval_set(ind, &s->min, &ind->cur);
		if (!s->has || xval_cmp(ind, &ind->cur, &s->max) > 0)
			xval_set(ind, &s->max, &ind->cur);
		s->has = 1;
		if (row->fast)
			top3_add(ind, c, b, &ind->cur);
	}
}

/* Adds every cell's SmaRT to its group's SmaRT sum. */
static void
fold_cells(struct rpw_ind *ind)
{
	struct bstat *s;
	struct cell *c;
	size_t i;
	int b, k;

	for (i = 0; i < ind->ncells; i++) {
		c = &ind->cells[i];
		for (b = 0; b < 2; b++) {
			if (c->n[b] < 3)
				continue;
			s = &ind->groups[c->group].b[b];
			s->nsmart++;
			for (k = 0; k < 3; k++)
				sum_add(ind, s->ssum, &s->sscale, s->qssum,
				    &c->top[b][k]);
		}
	}
}

/* sum / (n x 10^scale), or sum (rational) / n, rounded; NULL if n = 0. */
static char *
avg_str(struct rpw_ind *ind, const mpz_t z, int scale, const mpq_t q,
    unsigned long n, int digits)
{
	mpq_t a;
	char *s;

	if (n == 0)
		return NULL;
	mpq_init(a);
	if (ind->rec)
		mpq_set(a, q);
	else {
		mpz_set(mpq_numref(a), z);
		mpz_set(mpq_denref(a), ind->p10[scale]);
	}
	mpz_mul_ui(mpq_denref(a), mpq_denref(a), n);
	mpq_canonicalize(a);
	s = dec_str(a, digits, ROUND_HALF_UP);
	mpq_clear(a);
	return s;
}

static char *
xval_str(struct rpw_ind *ind, const struct xval *x, int digits)
{
	xval_q(ind, ind->qt, x);
	return dec_str(ind->qt, digits, ROUND_HALF_UP);
}

/* Formats one group's benchmark and hands it to emit(). */
static void
emit_one(struct rpw_ind *ind, struct group *g, int b, int digits,
    void (*emit)(const struct rpw_ind_row *, void *), void *arg)
{
	struct bstat *s = &g->b[b];
	struct rpw_ind_row r;
	size_t i;

	memset(&r, 0, sizeof r);
	for (i = 0; i < ind->nby; i++)
		r.key[i] = g->part[i];
	r.bench = b == 0 ? "cc1" : "cc2";
	snprintf(r.services, sizeof r.services, "%lu", s->services);
	snprintf(r.transparent, sizeof r.transparent, "%lu", s->transparent);
	snprintf(r.over5, sizeof r.over5, "%lu", s->over5);
	r.average = avg_str(ind, s->sum, s->scale, s->qsum, s->transparent,
	    digits);
	r.smart = avg_str(ind, s->ssum, s->sscale, s->qssum, 3 * s->nsmart,
	    digits);
	if (s->has) {
		r.min = xval_str(ind, &s->min, digits);
		r.max = xval_str(ind, &s->max, digits);
		mpq_set_ui(ind->qt, 100 * s->over5, s->transparent);
		mpq_canonicalize(ind->qt);
		r.share = dec_str(ind->qt, digits, ROUND_HALF_UP);
	}
	if (g->ncells == 1) {
		/* SmaRT <= 5: its sum over 3 is at most 15 */
		r.meets = "false";
		if (s->nsmart == 1) {
			mpq_set_ui(ind->qt, 15, 1);
			if (ind->rec ? mpq_cmp(s->qssum, ind->qt) <= 0 :
			    (mpz_set_ui(ind->tmp, 15), mpz_mul(ind->tmp,
			    ind->tmp, ind->p10[s->sscale]),
			    mpz_cmp(s->ssum, ind->tmp) <= 0))
				r.meets = "true";
		}
	}
	emit(&r, arg);
	free(r.average);
	free(r.smart);
	free(r.min);
	free(r.max);
	free(r.share);
}

static size_t sort_nby;

static int
group_cmp(const void *a, const void *b)
{
	const struct group *x = *(struct group *const *)a;
	const struct group *y = *(struct group *const *)b;
	size_t i;
	int c;

	for (i = 0; i < sort_nby; i++)
		if ((c = strcmp(x->part[i], y->part[i])) != 0)
			return c;
	return 0;
}

size_t
rpw_ind_emit(struct rpw_ind *ind, int digits,
    void (*emit)(const struct rpw_ind_row *, void *), void *arg)
{
	struct group **v;
	size_t i;

	fold_cells(ind);
	v = xcalloc(ind->ngroups + 1, sizeof *v);
	for (i = 0; i < ind->ngroups; i++)
		v[i] = &ind->groups[i];
	sort_nby = ind->nby;
	qsort(v, ind->ngroups, sizeof *v, group_cmp);
	for (i = 0; i < ind->ngroups; i++) {
		emit_one(ind, v[i], 0, digits, emit, arg);
		emit_one(ind, v[i], 1, digits, emit, arg);
	}
	free(v);
	return ind->ngroups;
}

void
rpw_ind_free(struct rpw_ind *ind)
{
	size_t i;
	int b, k;

	for (i = 0; i < ind->ngroups; i++) {
		for (b = 0; b < 2; b++) {
			mpz_clears(ind->groups[i].b[b].sum,
			    ind->groups[i].b[b].ssum, NULL);
			mpq_clears(ind->groups[i].b[b].qsum,
			    ind->groups[i].b[b].qssum, NULL);
			xval_clear(ind, &ind->groups[i].b[b].min);
			xval_clear(ind, &ind->groups[i].b[b].max);
		}
		free(ind->groups[i].key);
	}
	for (i = 0; i < ind->ncells; i++) {
		for (b = 0; b < 2; b++)
			for (k = 0; k < 3; k++)
				xval_clear(ind, &ind->cells[i].top[b][k]);
		free(ind->cells[i].corridor);
		free(ind->cells[i].period);
	}
	for (i = 0; i < ind->nlabels; i++)
		free(ind->labels[i]);
	free(ind->labels);
	free(ind->groups);
	free(ind->cells);
	map_free(&ind->gmap);
	map_free(&ind->cmap);
	for (i = 0; i < MAX_POW10; i++)
		mpz_clear(ind->p10[i]);
	mpz_clear(ind->tmp);
	mpq_clears(ind->five, ind->qt, NULL);
	xval_clear(ind, &ind->cur);
	free(ind);
}

/* A value as text a partial keeps: "v:scale", or a rational "n/d". */
static void
xval_put(struct rpw_ind *ind, FILE *f, const struct xval *x)
{
	char *s;

	if (ind->rec) {
		s = mpq_get_str(NULL, 10, x->q);
		fprintf(f, "\"%s\"", s);
		free(s);
	} else
		fprintf(f, "\"%" PRId64 ":%d\"", x->n.v, x->n.scale);
}

/* Reads what xval_put() wrote; -1 if it is not that. */
static int
xval_get(struct rpw_ind *ind, struct xval *x, const char *s)
{
	int64_t v;
	int scale, n = -1;

	if (s == NULL || *s == '\0')
		return -1;
	if (ind->rec) {
		if (strspn(s, "-0123456789/") != strlen(s) ||
		    mpq_set_str(x->q, s, 10) != 0 ||
		    mpz_sgn(mpq_denref(x->q)) == 0)
			return -1;
		mpq_canonicalize(x->q);
		return 0;
	}
	if (sscanf(s, "%" SCNd64 ":%d%n", &v, &scale, &n) != 2 ||
	    s[n] != '\0' || scale < 0 || scale >= MAX_POW10)
		return -1;
	x->n.status = RPW_NUM_OK;
	x->n.v = v;
	x->n.scale = scale;
	return 0;
}

/* The group's key parts as a JSON list. */
static void
key_put(struct rpw_ind *ind, FILE *f, const struct group *g)
{
	size_t i;

	fputc('[', f);
	for (i = 0; i < ind->nby; i++) {
		if (i > 0)
			fputs(", ", f);
		out_json_str(f, g->part[i]);
	}
	fputc(']', f);
}

void
rpw_ind_partial(struct rpw_ind *ind, FILE *f)
{
	struct bstat *s;
	struct cell *c;
	size_t i;
	char *z;
	int b, k;

	for (i = 0; i < ind->ngroups; i++) {
		fputs("{\"group\": ", f);
		key_put(ind, f, &ind->groups[i]);
		for (b = 0; b < 2; b++) {
			s = &ind->groups[i].b[b];
			fprintf(f, ", \"cc%d\": [\"%lu\", \"%lu\", \"%lu\", ",
			    b + 1, s->services, s->transparent, s->over5);
			if (ind->rec)
				z = mpq_get_str(NULL, 10, s->qsum);
			else {
				z = mpz_get_str(NULL, 10, s->sum);
				fprintf(f, "\"%s:%d\"", z, s->scale);
			}
			if (ind->rec)
				fprintf(f, "\"%s\"", z);
			free(z);
			if (s->has) {
				fputs(", ", f);
				xval_put(ind, f, &s->min);
				fputs(", ", f);
				xval_put(ind, f, &s->max);
			}
			fputc(']', f);
		}
		fputs("}\n", f);
	}
	for (i = 0; i < ind->ncells; i++) {
		c = &ind->cells[i];
		fputs("{\"cell\": ", f);
		key_put(ind, f, &ind->groups[c->group]);
		fputs(", \"corridor\": ", f);
		out_json_str(f, c->corridor);
		fputs(", \"period\": ", f);
		out_json_str(f, c->period);
		for (b = 0; b < 2; b++) {
			fprintf(f, ", \"cc%d\": [", b + 1);
			for (k = 0; k < c->n[b]; k++) {
				if (k > 0)
					fputs(", ", f);
				xval_put(ind, f, &c->top[b][k]);
			}
			fputc(']', f);
		}
		fputs("}\n", f);
	}
}

/*
 * A region or firm type as the reader spells it: the first spelling met,
 * whatever the case of later ones.
 */
static const char *
label_of(struct rpw_ind *ind, const char *s)
{
	size_t i;

	for (i = 0; i < ind->nlabels; i++)
		if (strcasecmp(ind->labels[i], s) == 0)
			return ind->labels[i];
	ind->labels = xreallocarray(ind->labels, ind->nlabels + 1,
	    sizeof *ind->labels);
	ind->labels[ind->nlabels] = xstrdup(s);
	return ind->labels[ind->nlabels++];
}

/* The group named by a partial's key list, made when new; NULL if bad. */
static struct group *
group_of_json(struct rpw_ind *ind, const cJSON *key, size_t *gi)
{
	const cJSON *e;
	const char *v;
	size_t n = 0, len = 0, l;

	if (!cJSON_IsArray(key) || (size_t)cJSON_GetArraySize(key) != ind->nby)
		return NULL;
	cJSON_ArrayForEach(e, key) {
		if (!cJSON_IsString(e))
			return NULL;
		v = e->valuestring;
		if (ind->by[n] == RPW_BY_REGION || ind->by[n] == RPW_BY_FIRM_TYPE)
			v = label_of(ind, v);
		l = strlen(v);
		if (len + l + 2 > sizeof ind->kbuf)
			return NULL;
		memcpy(ind->kbuf + len, v, l);
		len += l;
		ind->kbuf[len++] = '\x1f';
		n++;
	}
	ind->kbuf[len] = '\0';
	return group_get(ind, gi);
}

/* Item i of a list of strings, or NULL. */
static const char *
item(const cJSON *list, int i)
{
	const cJSON *e = cJSON_GetArrayItem(list, i);

	return cJSON_IsString(e) ? e->valuestring : NULL;
}

/* n from a string of digits; -1 if it is not one. */
static int
count_get(const char *s, unsigned long *n)
{
	char *end;

	if (s == NULL || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	*n = strtoul(s, &end, 10);
	return errno != 0 || *end != '\0' ? -1 : 0;
}

/* Adds a partial's sum "z:scale" or "n/d" to s; -1 if bad. */
static int
sum_merge(struct rpw_ind *ind, struct bstat *s, const char *t)
{
	int scale, n = -1;
	const char *colon;

	if (t == NULL)
		return -1;
	if (ind->rec) {
		if (xval_get(ind, &ind->cur, t) != 0)
			return -1;
		mpq_add(s->qsum, s->qsum, ind->cur.q);
		return 0;
	}
	if ((colon = strchr(t, ':')) == NULL || colon == t ||
	    sscanf(colon + 1, "%d%n", &scale, &n) != 1 ||
	    colon[1 + n] != '\0' || scale < 0 || scale >= MAX_POW10)
		return -1;
	snprintf(ind->kbuf, sizeof ind->kbuf, "%.*s", (int)(colon - t), t);
	if (mpz_set_str(ind->tmp, ind->kbuf, 10) != 0)
		return -1;
	if (scale > s->scale) {
		mpz_mul(s->sum, s->sum, ind->p10[scale - s->scale]);
		s->scale = scale;
	}
	mpz_mul(ind->tmp, ind->tmp, ind->p10[s->scale - scale]);
	mpz_add(s->sum, s->sum, ind->tmp);
	return 0;
}

/* Adds a group line's benchmark list; -1 if bad. */
static int
bstat_merge(struct rpw_ind *ind, struct bstat *s, const cJSON *l)
{
	unsigned long services, transparent, over5;
	int n = cJSON_GetArraySize(l);

	if (!cJSON_IsArray(l) || (n != 4 && n != 6) ||
	    count_get(item(l, 0), &services) != 0 ||
	    count_get(item(l, 1), &transparent) != 0 ||
	    count_get(item(l, 2), &over5) != 0 ||
	    sum_merge(ind, s, item(l, 3)) != 0)
		return -1;
	s->services += services;
	s->transparent += transparent;
	s->over5 += over5;
	if (n == 4)
		return 0;
	if (xval_get(ind, &ind->cur, item(l, 4)) != 0)
		return -1;
	if (!s->has || xval_cmp(ind, &ind->cur, &s->min) < 0)
		xval_set(ind, &s->min, &ind->cur);
	if (xval_get(ind, &ind->cur, item(l, 5)) != 0)
		return -1;
	if (!s->has || xval_cmp(ind, &ind->cur, &s->max) > 0)
		xval_set(ind, &s->max, &ind->cur);
	s->has = 1;
	return 0;
}

int
rpw_ind_merge(struct rpw_ind *ind, const cJSON *line)
{
	const cJSON *key, *l, *co, *pe;
	struct group *g;
	struct cell *c;
	size_t gi;
	int b, k;

	if ((key = cJSON_GetObjectItemCaseSensitive(line, "group")) != NULL) {
		if ((g = group_of_json(ind, key, &gi)) == NULL)
			return -1;
		for (b = 0; b < 2; b++) {
			l = cJSON_GetObjectItemCaseSensitive(line,
			    b == 0 ? "cc1" : "cc2");
			if (bstat_merge(ind, &ind->groups[gi].b[b], l) != 0)
				return -1;
		}
		return 0;
	}
	key = cJSON_GetObjectItemCaseSensitive(line, "cell");
	co = cJSON_GetObjectItemCaseSensitive(line, "corridor");
	pe = cJSON_GetObjectItemCaseSensitive(line, "period");
	if (key == NULL || !cJSON_IsString(co) || !cJSON_IsString(pe) ||
	    group_of_json(ind, key, &gi) == NULL)
		return -1;
	c = cell_of(ind, co->valuestring, pe->valuestring, gi);
	for (b = 0; b < 2; b++) {
		l = cJSON_GetObjectItemCaseSensitive(line,
		    b == 0 ? "cc1" : "cc2");
		if (!cJSON_IsArray(l) || cJSON_GetArraySize(l) > 3)
			return -1;
		for (k = 0; k < cJSON_GetArraySize(l); k++) {
			if (xval_get(ind, &ind->cur, item(l, k)) != 0)
				return -1;
			top3_add(ind, c, b, &ind->cur);
		}
	}
	return 0;
}
