/*
 * rateparse.c - reading and validating one remit-rates/1 table, and the
 * vocabularies of the format.
 *
 * Validation goes on after the first problem so that `remit check` can list
 * every one; a table with any error is not used.  Each message names the
 * file, the JSON path and the fix.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "currency.h"
#include "i18n.h"
#include "isocodes.h"
#include "jsonv.h"
#include "ratebook.h"
#include "util.h"

static const char *const top_fields[] = {
	"schema", "corridor", "as_of", "source", "reference_rate",
	"send_per_usd", "providers", "observations", NULL
};
static const char *const observation_fields[] = {
	"date", "provider", "amount", "fee", "rate", "mid", NULL
};
static const char *const corridor_fields[] = {
	"from", "to", "send_currency", "receive_currency", NULL
};
static const char *const provider_fields[] = {
	"id", "name", "type", "transparent", "payment", "payout", "speed",
	"rate", "fee", "receiver_fee", "rounding", "min_amount", "max_amount",
	"market_share", "url", "notes", "benchmarks", NULL
};
static const char *const benchmark_fields[] = {
	"amount", "fee", "rate", NULL
};
static const char *const fee_fields[] = { "bands", "deducted", NULL };
static const char *const band_fields[] = {
	"up_to", "fixed", "percent", "min", "max", NULL
};
static const char *const type_names[LAST_PTYPE + 1] = {
	"bank", "mto", "post", "mobile", "other", NULL
};
static const char *const speed_names[LAST_SPEED + 1] = {
	"under-1-hour", "same-day", "next-day", "2-days", "3-5-days",
	"6-days-plus", NULL
};
static const char *const speed_labels[LAST_SPEED] = {
	N_("under 1 hour"), N_("same day"), N_("next day"), N_("2 days"),
	N_("3 to 5 days"), N_("6 days or more")
};
static const char *const payout_words[] = {
	"cash", "account", "wallet", NULL
};
static const char *const payment_words[] = {
	"cash", "card", "bank-transfer", "online", "mobile", NULL
};
static const char *const rounding_words[] = {
	"down", "half-up", "half-even", NULL
};

/* A required or optional string field; returns it or NULL. */
static const char *
get_string(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int required)
{
	const cJSON *v = jv_field(obj, key);
	char *p;

	if (v == NULL) {
		if (required) {
			p = jv_path(path, key);
			jv_err(x, p, _("missing; add \"%s\": \"...\""), key);
			free(p);
		}
		return NULL;
	}
	if (!cJSON_IsString(v) || (required && *v->valuestring == '\0')) {
		p = jv_path(path, key);
		jv_err(x, p, _("must be a non-empty text in quotes"));
		free(p);
		return NULL;
	}
	if (text_has_control(v->valuestring)) {
		p = jv_path(path, key);
		jv_err(x, p, _("holds a control character or invalid UTF-8; "
		    "write plain text"));
		free(p);
		return NULL;
	}
	return v->valuestring;
}

/* A language code of a text object: two lower-case letters. */
static int
lang_code_valid(const char *s)
{
	return strlen(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' &&
	    s[1] <= 'z';
}

/*
 * A text that may be given in several languages: a string, or an object of
 * language code -> string.  Returns the English (else the first) text, a
 * copy, or NULL; the other languages go to *tr.
 */
static char *
get_lang_text(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int required, struct lang_text *tr)
{
	const cJSON *v = jv_field(obj, key), *e;
	char *p, *ep, *en = NULL, *first = NULL;

	if (!cJSON_IsObject(v)) {
		const char *s = get_string(x, obj, path, key, required);

		return s != NULL ? xstrdup(s) : NULL;
	}
	p = jv_path(path, key);
	if (cJSON_GetArraySize(v) == 0)
		jv_err(x, p, _("an empty object; write the text in quotes, or "
		    "{\"en\": \"...\", \"fr\": \"...\"}"));
	cJSON_ArrayForEach(e, v) {
		ep = jv_path(p, e->string);
		if (!lang_code_valid(e->string))
			jv_err(x, ep, _("\"%s\" is not a language code; write "
			    "two lower-case letters such as \"fr\""), e->string);
		else if (!cJSON_IsString(e) || *e->valuestring == '\0')
			jv_err(x, ep, _("must be a non-empty text in quotes"));
		else if (strcmp(e->string, "en") == 0 && en == NULL)
			en = e->valuestring;
		else {
			if (first == NULL)
				first = e->valuestring;
			tr->lang = xreallocarray(tr->lang, tr->n + 1,
			    sizeof *tr->lang);
			tr->text = xreallocarray(tr->text, tr->n + 1,
			    sizeof *tr->text);
			memcpy(tr->lang[tr->n], e->string, 3);
			tr->text[tr->n++] = xstrdup(e->valuestring);
		}
		free(ep);
	}
	free(p);
	return xstrdup(en != NULL ? en : first);
}

static void
lang_text_free(struct lang_text *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->text[i]);
	free(t->text);
	free(t->lang);
	memset(t, 0, sizeof *t);
}

const char *
lang_text_pick(const char *en, const struct lang_text *t)
{
	/* TRANSLATORS: the two-letter ISO 639-1 code of this translation's
	   language (fr, es, pt): rate tables' notes and sources in that
	   language are shown. */
	const char *lang = _("en");
	size_t i;

	for (i = 0; t != NULL && i < t->n; i++)
		if (strcmp(t->lang[i], lang) == 0)
			return t->text[i];
	return en;
}

const char *
corridor_source(const struct corridor *c)
{
	return lang_text_pick(c->source, &c->source_tr);
}

const char *
provider_notes(const struct provider *p)
{
	return p->notes == NULL ? NULL : lang_text_pick(p->notes, &p->notes_tr);
}

char *
corridor_stale_text(const struct corridor *c, const char *today_ymd,
    long max_age_days)
{
	long age = corridor_age_days(c, today_ymd);

	if (max_age_days < 0 || age <= max_age_days)
		return NULL;
	return xasprintf(ngettext("%s: prices from %s, %ld day old (more "
	    "than %ld); update the table", "%s: prices from %s, %ld days old "
	    "(more than %ld); update the table", age), c->file, c->as_of, age,
	    max_age_days);
}

int
corridor_has_benchmarks(const struct corridor *c)
{
	size_t i;

	for (i = 0; i < c->nproviders; i++)
		if (c->providers[i].has_benchmarks)
			return 1;
	return 0;
}

/* A word from a vocabulary; returns its index or -1. */
static int
get_word(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, const char *const *words, int required)
{
	const char *s = get_string(x, obj, path, key, required);
	const char *near;
	char *p, *all;
	int i;

	if (s == NULL)
		return -1;
	for (i = 0; words[i] != NULL; i++)
		if (strcmp(words[i], s) == 0)
			return i;
	p = jv_path(path, key);
	all = jv_words(words);
	near = nearest_word(s, words);
	if (near != NULL)
		jv_err(x, p, _("unknown value; did you mean \"%s\"? (one of: "
		    "%s)"), near, all);
	else
		jv_err(x, p, _("unknown value; write one of: %s"), all);
	free(all);
	free(p);
	return -1;
}

/* A list of words from a vocabulary, as a bit set; 0 if invalid. */
static unsigned
get_word_set(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, const char *const *words, int required)
{
	const cJSON *v = jv_field(obj, key), *e;
	unsigned bits = 0;
	char *p = jv_path(path, key), *ep, *all;
	int i = 0, w;

	if (v == NULL) {
		if (required)
			jv_err(x, p, _("missing; add a list such as [\"%s\"]"),
			    words[0]);
		free(p);
		return 0;
	}
	if (!cJSON_IsArray(v) || cJSON_GetArraySize(v) == 0) {
		all = jv_words(words);
		jv_err(x, p, _("must be a non-empty list of: %s"), all);
		free(all);
		free(p);
		return 0;
	}
	cJSON_ArrayForEach(e, v) {
		ep = xasprintf("%s[%d]", p, i++);
		for (w = 0; words[w] != NULL; w++)
			if (cJSON_IsString(e) &&
			    strcmp(e->valuestring, words[w]) == 0)
				break;
		if (words[w] == NULL) {
			all = jv_words(words);
			jv_err(x, ep, _("unknown value; write one of: %s"),
			    all);
			free(all);
		} else
			bits |= 1u << w;
		free(ep);
	}
	free(p);
	return bits;
}

static int
get_bool(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int required, int dflt)
{
	const cJSON *v = jv_field(obj, key);
	char *p;

	if (v == NULL && !required)
		return dflt;
	if (cJSON_IsBool(v))
		return cJSON_IsTrue(v);
	p = jv_path(path, key);
	if (v == NULL)
		jv_err(x, p, _("missing; add \"%s\": true or false"), key);
	else
		jv_err(x, p, _("must be true or false, without quotes"));
	free(p);
	return dflt;
}

/*
 * A decimal field: a string in the grammar, not negative, with at most
 * `places` decimals (places < 0: any).  Returns 1 when present and valid,
 * 0 when absent (an error if required), -1 when invalid.
 */
static int
get_decimal(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, mpq_t out, int places, int required)
{
	const cJSON *v = jv_field(obj, key);
	enum dec_status st;
	char *p, *why;

	if (v == NULL) {
		if (required) {
			p = jv_path(path, key);
			jv_err(x, p, _("missing; add \"%s\": \"1.00\" (a decimal "
			    "in quotes)"), key);
			free(p);
		}
		return 0;
	}
	p = jv_path(path, key);
	if (cJSON_IsNumber(v)) {
		jv_err(x, p, _("write decimals as strings, e.g. \"4.99\""));
		free(p);
		return -1;
	}
	if (!cJSON_IsString(v)) {
		jv_err(x, p, _("must be a decimal in quotes, e.g. \"4.99\""));
		free(p);
		return -1;
	}
	st = dec_parse_amount(out, v->valuestring, places);
	if (st != DEC_OK) {
		why = dec_explain(st, v->valuestring, places, NULL);
		if (st == DEC_TOO_PRECISE && places == 0)
			jv_err(x, p, _("too many decimals: the currency has "
			    "none; write a whole number"));
		else if (st == DEC_TOO_PRECISE)
			jv_err(x, p, ngettext("too many decimals: the currency "
			    "has %d; round it to %d decimal", "too many "
			    "decimals: the currency has %d; round it to %d "
			    "decimals", places), places, places);
		else
			jv_err(x, p, "%s", why);
		free(why);
		free(p);
		return -1;
	}
	free(p);
	return 1;
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Parses YYYY-MM-DD into days since 1970-01-01; -1 if not a date. */
static long
date_days(const char *s)
{
	static const int mdays[] = {31,28,31,30,31,30,31,31,30,31,30,31};
	int y, m, d, i;
	long days = 0;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	if (y < 1970 || m < 1 || m > 12 || d < 1 ||
	    d > mdays[m - 1] + (m == 2 && leap(y)))
		return -1;
	for (i = 1970; i < y; i++)
		days += 365 + leap(i);
	for (i = 1; i < m; i++)
		days += mdays[i - 1] + (i == 2 && leap(y));
	return days + d - 1;
}

long
corridor_age_days(const struct corridor *c, const char *today_ymd)
{
	long a = date_days(c->as_of), b = date_days(today_ymd);

	return a < 0 || b < 0 ? -1 : b - a;
}

static void
parse_country(struct jv_ctx *x, const cJSON *obj, const char *key, char *out)
{
	const char *s = get_string(x, obj, "corridor", key, 1);
	char *p;

	if (s == NULL)
		return;
	if (strlen(s) == 2 && country_by_alpha2(s) != NULL) {
		memcpy(out, s, 3);
		return;
	}
	p = jv_path("corridor", key);
	jv_err(x, p, _("\"%s\" is not an ISO 3166-1 alpha-2 country code; "
	    "write two capital letters such as \"GB\""), s);
	free(p);
}

static int
parse_currency(struct jv_ctx *x, const cJSON *obj, const char *key, char *out)
{
	const char *s = get_string(x, obj, "corridor", key, 1);
	char *p;

	if (s == NULL)
		return -1;
	if (currency_find(s) != NULL) {
		memcpy(out, s, 4);
		return currency_minor(s);
	}
	p = jv_path("corridor", key);
	jv_err(x, p, _("\"%s\" is not an active ISO 4217 currency code; write "
	    "three capital letters such as \"GBP\""), s);
	free(p);
	return -1;
}

static void
band_init(struct fee_band *b)
{
	memset(b, 0, sizeof *b);
	mpq_inits(b->up_to, b->fixed, b->percent, b->min, b->max, NULL);
}

static void
band_clear(struct fee_band *b)
{
	mpq_clears(b->up_to, b->fixed, b->percent, b->min, b->max, NULL);
}

static void
parse_band(struct jv_ctx *x, const cJSON *o, const char *path,
    struct fee_band *b, int places)
{
	char *p;

	if (!cJSON_IsObject(o)) {
		jv_err(x, path, _("must be an object such as {\"fixed\": "
		    "\"3.99\"}"));
		return;
	}
	jv_check_fields(x, o, path, band_fields);
	b->has_up_to = get_decimal(x, o, path, "up_to", b->up_to, places,
	    0) == 1;
	get_decimal(x, o, path, "fixed", b->fixed, places, 0);
	get_decimal(x, o, path, "percent", b->percent, -1, 0);
	b->has_min = get_decimal(x, o, path, "min", b->min, places, 0) == 1;
	b->has_max = get_decimal(x, o, path, "max", b->max, places, 0) == 1;
	if (b->has_min && b->has_max && mpq_cmp(b->min, b->max) > 0) {
		p = jv_path(path, "min");
		jv_err(x, p, _("the minimum fee is larger than the maximum; "
		    "swap them"));
		free(p);
	}
}

static void
parse_fee(struct jv_ctx *x, const cJSON *prov, const char *path,
    struct provider *pv, int places)
{
	const cJSON *fee = jv_field(prov, "fee"), *bands, *e;
	char *fp = jv_path(path, "fee"), *bp, *ep;
	size_t i = 0;

	if (!cJSON_IsObject(fee)) {
		jv_err(x, fp, _("missing or not an object; add \"fee\": "
		    "{\"bands\": [{\"fixed\": \"3.99\"}]}"));
		free(fp);
		return;
	}
	jv_check_fields(x, fee, fp, fee_fields);
	pv->deducted = get_bool(x, fee, fp, "deducted", 0, 0);
	bands = jv_field(fee, "bands");
	bp = jv_path(fp, "bands");
	if (!cJSON_IsArray(bands) || cJSON_GetArraySize(bands) == 0) {
		jv_err(x, bp, _("must be a non-empty list of fee bands, e.g. "
		    "[{\"fixed\": \"3.99\"}]"));
		free(bp);
		free(fp);
		return;
	}
	pv->nbands = cJSON_GetArraySize(bands);
	pv->bands = xcalloc(pv->nbands, sizeof *pv->bands);
	cJSON_ArrayForEach(e, bands) {
		ep = xasprintf("%s[%zu]", bp, i);
		band_init(&pv->bands[i]);
		parse_band(x, e, ep, &pv->bands[i], places);
		if (i > 0 && !pv->bands[i - 1].has_up_to)
			jv_err(x, ep, _("comes after an open band (one without "
			    "up_to); only the last band may be open"));
		else if (i > 0 && pv->bands[i].has_up_to &&
		    mpq_cmp(pv->bands[i].up_to, pv->bands[i - 1].up_to) <= 0)
			jv_err(x, ep, _("up_to must be larger than the band "
			    "before; list bands in increasing up_to"));
		free(ep);
		i++;
	}
	free(bp);
	free(fp);
}

static void
provider_init(struct provider *p)
{
	memset(p, 0, sizeof *p);
	mpq_inits(p->rate, p->receiver_fee, p->min_amount, p->max_amount,
	    p->market_share, p->bench[0].amount, p->bench[0].fee,
	    p->bench[0].rate, p->bench[1].amount, p->bench[1].fee,
	    p->bench[1].rate, NULL);
}

static void
provider_clear(struct provider *p)
{
	size_t i;

	for (i = 0; i < p->nbands; i++)
		band_clear(&p->bands[i]);
	free(p->bands);
	free(p->id);
	free(p->name);
	free(p->rate_text);
	free(p->url);
	free(p->notes);
	lang_text_free(&p->notes_tr);
	free(p->bench[0].rate_text);
	free(p->bench[1].rate_text);
	mpq_clears(p->rate, p->receiver_fee, p->min_amount, p->max_amount,
	    p->market_share, p->bench[0].amount, p->bench[0].fee,
	    p->bench[0].rate, p->bench[1].amount, p->bench[1].fee,
	    p->bench[1].rate, NULL);
}

/* One benchmark {amount, fee, rate}. */
static void
parse_benchmark(struct jv_ctx *x, const cJSON *o, const char *path,
    struct benchmark *b, int places)
{
	char *p;

	if (!cJSON_IsObject(o)) {
		jv_err(x, path, _("must be an object such as {\"amount\": "
		    "\"200.00\", \"fee\": \"5.00\", \"rate\": \"17.50\"}"));
		return;
	}
	jv_check_fields(x, o, path, benchmark_fields);
	if (get_decimal(x, o, path, "amount", b->amount, places, 1) == 1 &&
	    mpq_sgn(b->amount) == 0) {
		p = jv_path(path, "amount");
		jv_err(x, p, _("the amount cannot be 0; write the amount "
		    "that was priced"));
		free(p);
	}
	get_decimal(x, o, path, "fee", b->fee, places, 1);
	if (get_decimal(x, o, path, "rate", b->rate, -1, 1) == 1) {
		b->rate_text = xstrdup(jv_field(o, "rate")->valuestring);
		if (mpq_sgn(b->rate) == 0) {
			p = jv_path(path, "rate");
			jv_err(x, p, _("the rate cannot be 0; write how many "
			    "receive units one send unit buys"));
			free(p);
		}
	}
}

/*
 * "benchmarks": exactly two observed prices at increasing amounts, in
 * place of "fee" and "rate".  The provider gets one open, empty band so
 * that the inverse searches its whole range.
 */
static void
parse_benchmarks(struct jv_ctx *x, const cJSON *o, const char *path,
    struct provider *pv, int places)
{
	const cJSON *arr = jv_field(o, "benchmarks");
	char *p = jv_path(path, "benchmarks"), *ep;
	int i;

	pv->has_benchmarks = 1;
	if (jv_field(o, "fee") != NULL || jv_field(o, "rate") != NULL)
		jv_err(x, p, _("a provider has either \"benchmarks\" or "
		    "\"fee\" and \"rate\", not both; remove one"));
	if (!cJSON_IsArray(arr) || cJSON_GetArraySize(arr) != 2) {
		jv_err(x, p, _("must be a list of exactly two prices, e.g. "
		    "[{\"amount\": \"200.00\", \"fee\": \"5.00\", \"rate\": "
		    "\"17.50\"}, {\"amount\": \"500.00\", ...}]"));
		free(p);
		return;
	}
	for (i = 0; i < 2; i++) {
		ep = xasprintf("%s[%d]", p, i);
		parse_benchmark(x, cJSON_GetArrayItem(arr, i), ep,
		    &pv->bench[i], places);
		free(ep);
	}
	if (mpq_cmp(pv->bench[0].amount, pv->bench[1].amount) >= 0) {
		ep = xasprintf("%s[1].amount", p);
		jv_err(x, ep, _("must be larger than the first benchmark's "
		    "amount; list the two in increasing amount"));
		free(ep);
	}
	mpq_set(pv->rate, pv->bench[0].rate);
	pv->rate_text = xstrdup(pv->bench[0].rate_text);
	pv->nbands = 1;
	pv->bands = xcalloc(1, sizeof *pv->bands);
	band_init(&pv->bands[0]);
	free(p);
}

static int
id_valid(const char *s)
{
	return *s != '\0' && strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-")
	    == strlen(s);
}

static void
parse_provider(struct jv_ctx *x, const cJSON *o, const char *path,
    struct provider *pv, const struct corridor *c)
{
	const char *s;
	char *p;
	int w;

	if (!cJSON_IsObject(o)) {
		jv_err(x, path, _("must be an object describing one provider"));
		return;
	}
	jv_check_fields(x, o, path, provider_fields);
	s = get_string(x, o, path, "id", 1);
	if (s != NULL && !id_valid(s)) {
		p = jv_path(path, "id");
		jv_err(x, p, _("\"%s\": use only a-z, 0-9 and '-'"), s);
		free(p);
	}
	pv->id = xstrdup(s);
	pv->name = xstrdup(get_string(x, o, path, "name", 1));
	w = get_word(x, o, path, "type", type_names, 1);
	pv->type = w < 0 ? PTYPE_OTHER : (enum provider_type)w;
	pv->transparent = get_bool(x, o, path, "transparent", 1, 0);
	pv->payment = get_word_set(x, o, path, "payment", payment_words, 0);
	pv->payout = get_word_set(x, o, path, "payout", payout_words, 1);
	w = get_word(x, o, path, "speed", speed_names, 1);
	pv->speed = w < 0 ? SPEED_6_DAYS_PLUS : (enum speed)w;
	if (jv_field(o, "benchmarks") != NULL)
		parse_benchmarks(x, o, path, pv, c->send_minor);
	else if (get_decimal(x, o, path, "rate", pv->rate, -1, 1) == 1) {
		pv->rate_text = xstrdup(jv_field(o, "rate")->valuestring);
		if (mpq_sgn(pv->rate) == 0) {
			p = jv_path(path, "rate");
			jv_err(x, p, _("the rate cannot be 0; write how many "
			    "receive units one send unit buys"));
			free(p);
		}
	}
	if (!pv->has_benchmarks)
		parse_fee(x, o, path, pv, c->send_minor);
	get_decimal(x, o, path, "receiver_fee", pv->receiver_fee,
	    c->receive_minor, 0);
	pv->rounding = ROUND_DOWN;
	w = get_word(x, o, path, "rounding", rounding_words, 0);
	if (w >= 0)
		pv->rounding = (enum round_mode)w;
	pv->has_min_amount = get_decimal(x, o, path, "min_amount",
	    pv->min_amount, c->send_minor, 0) == 1;
	pv->has_max_amount = get_decimal(x, o, path, "max_amount",
	    pv->max_amount, c->send_minor, 0) == 1;
	if (pv->has_min_amount && pv->has_max_amount &&
	    mpq_cmp(pv->min_amount, pv->max_amount) > 0) {
		p = jv_path(path, "min_amount");
		jv_err(x, p, _("larger than max_amount; swap them"));
		free(p);
	}
	pv->has_market_share = get_decimal(x, o, path, "market_share",
	    pv->market_share, -1, 0) == 1;
	if (pv->has_market_share && mpq_cmp_ui(pv->market_share, 100, 1) > 0) {
		p = jv_path(path, "market_share");
		jv_err(x, p, _("a share is a percentage from 0 to 100"));
		free(p);
	}
	pv->url = xstrdup(get_string(x, o, path, "url", 0));
	pv->notes = get_lang_text(x, o, path, "notes", 0, &pv->notes_tr);
}

static void
parse_providers(struct jv_ctx *x, const cJSON *root, struct corridor *c)
{
	const cJSON *arr = jv_field(root, "providers"), *e;
	size_t i = 0, j;
	char *p;

	if (!cJSON_IsArray(arr) || cJSON_GetArraySize(arr) == 0) {
		jv_err(x, "providers", arr == NULL ? _("missing; add a list of "
		    "providers") : _("the list of providers is empty or "
		    "not a list; add at least one provider"));
		return;
	}
	c->nproviders = cJSON_GetArraySize(arr);
	c->providers = xcalloc(c->nproviders, sizeof *c->providers);
	cJSON_ArrayForEach(e, arr) {
		p = xasprintf("providers[%zu]", i);
		provider_init(&c->providers[i]);
		parse_provider(x, e, p, &c->providers[i], c);
		for (j = 0; j < i; j++)
			if (c->providers[i].id != NULL &&
			    c->providers[j].id != NULL &&
			    strcmp(c->providers[i].id, c->providers[j].id)
			    == 0) {
				char *q = jv_path(p, "id");

				jv_err(x, q, _("\"%s\" is already the id of "
				    "another provider; ids must be unique"),
				    c->providers[i].id);
				free(q);
			}
		free(p);
		i++;
	}
}

/* A decimal kept as written, after checking it. */
static char *
get_dec_text(struct jv_ctx *x, const cJSON *o, const char *path,
    const char *key, int places)
{
	mpq_t v;
	char *s = NULL;

	mpq_init(v);
	if (get_decimal(x, o, path, key, v, places, 1) == 1)
		s = xstrdup(jv_field(o, key)->valuestring);
	mpq_clear(v);
	return s;
}

/* "observations": the append-only list of prices a centre saw. */
static void
parse_observations(struct jv_ctx *x, const cJSON *root, struct corridor *c)
{
	const cJSON *arr = jv_field(root, "observations"), *e;
	struct observation *ob;
	const char *s;
	char *p, *q;

	if (arr == NULL)
		return;
	if (!cJSON_IsArray(arr)) {
		jv_err(x, "observations", _("must be a list of observations"));
		return;
	}
	c->obs = xcalloc((size_t)cJSON_GetArraySize(arr) + 1, sizeof *c->obs);
	cJSON_ArrayForEach(e, arr) {
		p = xasprintf("observations[%zu]", c->nobs);
		ob = &c->obs[c->nobs++];
		if (!cJSON_IsObject(e)) {
			jv_err(x, p, _("must be an object describing one "
			    "observation"));
			free(p);
			continue;
		}
		jv_check_fields(x, e, p, observation_fields);
		s = get_string(x, e, p, "date", 1);
		if (s != NULL && date_days(s) < 0) {
			q = jv_path(p, "date");
			jv_err(x, q, _("\"%s\" is not a date; write it as "
			    "YYYY-MM-DD, e.g. \"2026-11-02\""), s);
			free(q);
		} else if (s != NULL)
			memcpy(ob->date, s, 11);
		ob->provider = xstrdup(get_string(x, e, p, "provider", 1));
		ob->amount = get_dec_text(x, e, p, "amount", c->send_minor);
		ob->fee = get_dec_text(x, e, p, "fee", c->send_minor);
		ob->rate = get_dec_text(x, e, p, "rate", -1);
		ob->mid = get_dec_text(x, e, p, "mid", -1);
		free(p);
	}
}

static void
parse_header(struct jv_ctx *x, const cJSON *root, struct corridor *c)
{
	const cJSON *cor = jv_field(root, "corridor");
	const char *s;
	int m;

	s = get_string(x, root, "", "schema", 1);
	if (s != NULL && strcmp(s, RATES_SCHEMA) != 0)
		jv_err(x, "schema", _("\"%s\" is not a schema remit reads; write "
		    "\"%s\""), s, RATES_SCHEMA);
	if (!cJSON_IsObject(cor)) {
		jv_err(x, "corridor", _("missing or not an object; add "
		    "\"corridor\": {\"from\", \"to\", \"send_currency\", "
		    "\"receive_currency\"}"));
		c->send_minor = c->receive_minor = -1;
	} else {
		jv_check_fields(x, cor, "corridor", corridor_fields);
		parse_country(x, cor, "from", c->from);
		parse_country(x, cor, "to", c->to);
		m = parse_currency(x, cor, "send_currency", c->send_currency);
		c->send_minor = m;
		m = parse_currency(x, cor, "receive_currency",
		    c->receive_currency);
		c->receive_minor = m;
	}
	s = get_string(x, root, "", "as_of", 1);
	if (s != NULL && date_days(s) < 0)
		jv_err(x, "as_of", _("\"%s\" is not a date; write it as "
		    "YYYY-MM-DD, e.g. \"2026-11-02\""), s);
	else if (s != NULL)
		memcpy(c->as_of, s, 11);
	c->source = get_lang_text(x, root, "", "source", 1, &c->source_tr);
	if (c->source != NULL && (strstr(c->source, "Sample") != NULL ||
	    strstr(c->source, "sample") != NULL))
		c->sample = 1;
	if (get_decimal(x, root, "", "reference_rate", c->reference_rate, -1,
	    1) == 1) {
		c->reference_rate_text =
		    xstrdup(jv_field(root, "reference_rate")->valuestring);
		if (mpq_sgn(c->reference_rate) == 0)
			jv_err(x, "reference_rate", _("the mid-market rate cannot "
			    "be 0"));
	}
	c->has_send_per_usd = get_decimal(x, root, "", "send_per_usd",
	    c->send_per_usd, -1, 0) == 1;
	if (c->has_send_per_usd && mpq_sgn(c->send_per_usd) == 0)
		jv_err(x, "send_per_usd", _("cannot be 0; write how many send "
		    "units one US dollar buys"));
}

struct corridor *
corridor_parse(const char *name, const char *text, size_t len,
    struct diags *d, char *from, char *to)
{
	struct jv_ctx x = { name, d, 0 };
	struct corridor *c;
	cJSON *root;

	root = jv_parse(&x, text, len);
	if (root == NULL)
		return NULL;
	c = xcalloc(1, sizeof *c);
	mpq_inits(c->reference_rate, c->send_per_usd, NULL);
	c->file = xstrdup(name);
	if (!cJSON_IsObject(root))
		jv_err(&x, NULL, _("the file must hold one JSON object with "
		    "\"schema\": \"%s\""), RATES_SCHEMA);
	else {
		jv_check_fields(&x, root, "", top_fields);
		parse_header(&x, root, c);
		if (c->send_minor >= 0 && c->receive_minor >= 0) {
			parse_providers(&x, root, c);
			parse_observations(&x, root, c);
		}
	}
	cJSON_Delete(root);
	if (from != NULL)
		memcpy(from, c->from, 3);
	if (to != NULL)
		memcpy(to, c->to, 3);
	if (x.errors > 0) {
		corridor_free(c);
		return NULL;
	}
	return c;
}

void
corridor_free(struct corridor *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nproviders; i++)
		provider_clear(&c->providers[i]);
	free(c->providers);
	for (i = 0; i < c->nobs; i++) {
		free(c->obs[i].provider);
		free(c->obs[i].amount);
		free(c->obs[i].fee);
		free(c->obs[i].rate);
		free(c->obs[i].mid);
	}
	free(c->obs);
	free(c->file);
	free(c->source);
	lang_text_free(&c->source_tr);
	free(c->reference_rate_text);
	mpq_clears(c->reference_rate, c->send_per_usd, NULL);
	free(c);
}

const char *
provider_type_name(enum provider_type t)
{
	return t < LAST_PTYPE ? type_names[t] : "other";
}

const char *
speed_name(enum speed s)
{
	return s < LAST_SPEED ? speed_names[s] : "6-days-plus";
}

const char *
speed_label(enum speed s)
{
	return _(speed_labels[s < LAST_SPEED ? s : SPEED_6_DAYS_PLUS]);
}

static const char *
bit_names(unsigned bits, const char *const *words, char *buf, size_t size)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; words[i] != NULL; i++) {
		if (!(bits & (1u << i)))
			continue;
		len += snprintf(buf + len, len < size ? size - len : 0, "%s%s",
		    len ? "," : "", words[i]);
	}
	return buf;
}

const char *
payout_names(unsigned bits, char *buf, size_t size)
{
	return bit_names(bits, payout_words, buf, size);
}

const char *
payment_names(unsigned bits, char *buf, size_t size)
{
	return bit_names(bits, payment_words, buf, size);
}

unsigned
payout_parse(const char *name)
{
	size_t i;

	if (strcmp(name, "any") == 0)
		return PAYOUT_ANY;
	for (i = 0; payout_words[i] != NULL; i++)
		if (strcmp(name, payout_words[i]) == 0)
			return 1u << i;
	return 0;
}

const char *
payout_labels(unsigned bits, char *buf, size_t size)
{
	static const char *const labels[] = {
		N_("cash"), N_("account"), N_("wallet"), NULL
	};
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; labels[i] != NULL; i++) {
		if (!(bits & (1u << i)))
			continue;
		len += snprintf(buf + len, len < size ? size - len : 0, "%s%s",
		    len ? "," : "", _(labels[i]));
	}
	return buf;
}
