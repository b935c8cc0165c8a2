/*
 * ratebook-record.c - a centre's own survey written into its rate table:
 * one observed price updates the provider, the table's date and reference
 * rate, and is appended to the table's "observations"; the file is
 * replaced atomically.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "jsonv.h"
#include "ratebook.h"
#include "util.h"

int
ratebook_write_file(const char *path, const char *text, size_t len,
    struct diags *d)
{
	const char *slash = strrchr(path, '/');
	char *tmp, *dir;
	ssize_t n;
	size_t done = 0;
	int fd, rv = -1;

	dir = slash != NULL ? xasprintf("%.*s", (int)(slash - path), path) :
	    xstrdup(".");
	tmp = xasprintf("%s/.%s.XXXXXX", dir, slash != NULL ? slash + 1 :
	    path);
	if ((fd = mkstemp(tmp)) < 0) {
		diags_add(d, path, NULL, _("cannot write: %s; the old table "
		    "is unchanged"), strerror(errno));
		goto out;
	}
	while (done < len && (n = write(fd, text + done, len - done)) > 0)
		done += (size_t)n;
	if (done < len || fsync(fd) != 0 || fchmod(fd, 0644) != 0) {
		diags_add(d, path, NULL, _("cannot write: %s; the old table "
		    "is unchanged"), strerror(errno != 0 ? errno : EIO));
		close(fd);
		unlink(tmp);
		goto out;
	}
	if (close(fd) != 0 || rename(tmp, path) != 0) {
		diags_add(d, path, NULL, _("cannot write: %s; the old table "
		    "is unchanged"), strerror(errno));
		unlink(tmp);
		goto out;
	}
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY)) >= 0) {
		fsync(fd);
		close(fd);
	}
	rv = 0;
out:
	free(tmp);
	free(dir);
	return rv;
}

/* Sets obj[key] to a string, replacing what was there. */
static void
set_str(cJSON *obj, const char *key, const char *v)
{
	if (cJSON_GetObjectItemCaseSensitive(obj, key) != NULL)
		cJSON_ReplaceItemInObjectCaseSensitive(obj, key,
		    cJSON_CreateString(v));
	else
		cJSON_AddStringToObject(obj, key, v);
}

/* A new table's skeleton, or NULL with a diagnostic. */
static cJSON *
new_table(const char *path, const struct rate_record *r, struct diags *d)
{
	cJSON *root, *cor;

	if (r->send_currency == NULL || r->receive_currency == NULL) {
		diags_add(d, path, NULL, _("there is no table for %s-%s yet; "
		    "give --send-currency and --receive-currency to make "
		    "it"), r->from, r->to);
		return NULL;
	}
	root = cJSON_CreateObject();
	cJSON_AddStringToObject(root, "schema", RATES_SCHEMA);
	cor = cJSON_AddObjectToObject(root, "corridor");
	cJSON_AddStringToObject(cor, "from", r->from);
	cJSON_AddStringToObject(cor, "to", r->to);
	cJSON_AddStringToObject(cor, "send_currency", r->send_currency);
	cJSON_AddStringToObject(cor, "receive_currency", r->receive_currency);
	cJSON_AddStringToObject(root, "as_of", r->date);
	cJSON_AddStringToObject(root, "source", "");
	cJSON_AddStringToObject(root, "reference_rate", r->mid);
	cJSON_AddArrayToObject(root, "providers");
	return root;
}

/* The provider object with that id, made when missing; NULL with a
 * diagnostic when it must be made and the record lacks what it needs. */
static cJSON *
find_provider(cJSON *root, const char *path, const struct rate_record *r,
    struct diags *d)
{
	cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, "providers"), *p;
	const cJSON *id;

	if (!cJSON_IsArray(arr)) {
		diags_add(d, path, "providers", _("not a list; fix the table "
		    "with remit check first"));
		return NULL;
	}
	cJSON_ArrayForEach(p, arr) {
		id = cJSON_GetObjectItemCaseSensitive(p, "id");
		if (cJSON_IsString(id) && strcmp(id->valuestring,
		    r->provider) == 0)
			return p;
	}
	if (r->name == NULL || r->payout == NULL || r->speed == NULL) {
		diags_add(d, path, NULL, _("\"%s\" is a new provider of this "
		    "table; give --name, --payout and --speed too"),
		    r->provider);
		return NULL;
	}
	p = cJSON_CreateObject();
	cJSON_AddStringToObject(p, "id", r->provider);
	cJSON_AddStringToObject(p, "name", r->name);
	cJSON_AddStringToObject(p, "type", "other");
	cJSON_AddBoolToObject(p, "transparent", 1);
	cJSON_AddItemToArray(arr, p);
	return p;
}

/* The latest observation of provider `id` at each amount, newest first;
 * returns how many (at most 2 are kept). */
static size_t
latest_two(const cJSON *obs, const char *id, const cJSON *out[2])
{
	const cJSON *e, *pid, *amt;
	size_t n = 0;
	int i, k;

	for (i = cJSON_GetArraySize(obs) - 1; i >= 0 && n < 2; i--) {
		e = cJSON_GetArrayItem(obs, i);
		pid = cJSON_GetObjectItemCaseSensitive(e, "provider");
		amt = cJSON_GetObjectItemCaseSensitive(e, "amount");
		if (!cJSON_IsString(pid) || strcmp(pid->valuestring, id) != 0 ||
		    !cJSON_IsString(amt))
			continue;
		for (k = 0; k < (int)n; k++)
			if (strcmp(cJSON_GetObjectItemCaseSensitive(out[k],
			    "amount")->valuestring, amt->valuestring) == 0)
				break;
		if (k == (int)n)
			out[n++] = e;
	}
	return n;
}

/* 1 when decimal text a is smaller than b. */
static int
dec_less(const char *a, const char *b)
{
	mpq_t x, y;
	int less;

	mpq_inits(x, y, NULL);
	dec_parse_amount(x, a, -1);
	dec_parse_amount(y, b, -1);
	less = mpq_cmp(x, y) < 0;
	mpq_clears(x, y, NULL);
	return less;
}

/*
 * The provider's price from its observations: with two amounts seen (and
 * the fee on top), "benchmarks" from the latest price at each; else the
 * latest price, at that amount only.
 */
static void
set_price(cJSON *p, const cJSON *obs, const struct rate_record *r)
{
	static const char *const price_keys[] = { "rate", "fee", "benchmarks",
	    "min_amount", "max_amount", NULL };
	const cJSON *two[2], *t;
	cJSON *arr, *b, *fee, *band;
	size_t n = latest_two(obs, r->provider, two), i;

	for (i = 0; price_keys[i] != NULL; i++)
		cJSON_DeleteItemFromObjectCaseSensitive(p, price_keys[i]);
	if (n == 2 && !r->deducted) {
		if (dec_less(cJSON_GetObjectItemCaseSensitive(two[1],
		    "amount")->valuestring, cJSON_GetObjectItemCaseSensitive(
		    two[0], "amount")->valuestring))
			t = two[0], two[0] = two[1], two[1] = t;
		arr = cJSON_AddArrayToObject(p, "benchmarks");
		for (i = 0; i < 2; i++) {
			b = cJSON_CreateObject();
			cJSON_AddItemReferenceToObject(b, "amount", (cJSON *)
			    cJSON_GetObjectItemCaseSensitive(two[i], "amount"));
			cJSON_AddItemReferenceToObject(b, "fee", (cJSON *)
			    cJSON_GetObjectItemCaseSensitive(two[i], "fee"));
			cJSON_AddItemReferenceToObject(b, "rate", (cJSON *)
			    cJSON_GetObjectItemCaseSensitive(two[i], "rate"));
			cJSON_AddItemToArray(arr, cJSON_Duplicate(b, 1));
			cJSON_Delete(b);
		}
		return;
	}
	cJSON_AddStringToObject(p, "rate", r->rate);
	fee = cJSON_AddObjectToObject(p, "fee");
	band = cJSON_CreateObject();
	cJSON_AddStringToObject(band, "fixed", r->fee);
	cJSON_AddItemToArray(cJSON_AddArrayToObject(fee, "bands"), band);
	cJSON_AddBoolToObject(fee, "deducted", r->deducted);
	cJSON_AddStringToObject(p, "min_amount", r->amount);
	cJSON_AddStringToObject(p, "max_amount", r->amount);
}

/* Applies the record to the table's JSON tree; 0 or -1 with a diag. */
static int
apply(cJSON *root, const char *path, const struct rate_record *r,
    struct diags *d)
{
	cJSON *p, *obs, *o, *list, *src0;
	char *src;

	if ((p = find_provider(root, path, r, d)) == NULL)
		return -1;
	if (r->name != NULL)
		set_str(p, "name", r->name);
	if (r->payout != NULL) {
		list = cJSON_CreateArray();
		cJSON_AddItemToArray(list, cJSON_CreateString(r->payout));
		if (cJSON_GetObjectItemCaseSensitive(p, "payout") != NULL)
			cJSON_ReplaceItemInObjectCaseSensitive(p, "payout",
			    list);
		else
			cJSON_AddItemToObject(p, "payout", list);
	}
	if (r->speed != NULL)
		set_str(p, "speed", r->speed);
	set_str(root, "as_of", r->date);
	set_str(root, "reference_rate", r->mid);
	if (r->mid_source != NULL) {
		src = xasprintf("Prices observed by the centre (survey); "
		    "mid-market rate: %s", r->mid_source);
		set_str(root, "source", src);
		free(src);
	} else if ((src0 = cJSON_GetObjectItemCaseSensitive(root,
	    "source")) == NULL || (cJSON_IsString(src0) &&
	    *src0->valuestring == '\0'))
		set_str(root, "source", "Prices observed by the centre "
		    "(survey)");
	obs = cJSON_GetObjectItemCaseSensitive(root, "observations");
	if (obs == NULL)
		obs = cJSON_AddArrayToObject(root, "observations");
	o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "date", r->date);
	cJSON_AddStringToObject(o, "provider", r->provider);
	cJSON_AddStringToObject(o, "amount", r->amount);
	cJSON_AddStringToObject(o, "fee", r->fee);
	cJSON_AddStringToObject(o, "rate", r->rate);
	cJSON_AddStringToObject(o, "mid", r->mid);
	cJSON_AddItemToArray(obs, o);
	set_price(p, obs, r);
	return 0;
}

/* The table's JSON tree: read from path, or new; NULL with a diag. */
static cJSON *
load_tree(const char *path, const struct rate_record *r, struct diags *d)
{
	struct corridor *c;
	char *text;
	size_t len;
	cJSON *root;

	if (access(path, F_OK) != 0)
		return new_table(path, r, d);
	if ((text = file_read(path, RATES_MAX_BYTES, &len, d)) == NULL)
		return NULL;
	c = corridor_parse(path, text, len, d, NULL, NULL);
	root = c != NULL ? cJSON_ParseWithLength(text, len) : NULL;
	corridor_free(c);
	free(text);
	return root;
}

int
ratebook_record(const char *dir, const struct rate_record *r,
    struct diags *d)
{
	struct corridor *c;
	struct diags pd;
	char *path, *text;
	cJSON *root;
	int rv = -1;

	path = xasprintf("%s/%c%c-%c%c.json", dir, r->from[0] | 32,
	    r->from[1] | 32, r->to[0] | 32, r->to[1] | 32);
	if ((root = load_tree(path, r, d)) == NULL) {
		free(path);
		return -1;
	}
	if (apply(root, path, r, d) == 0) {
		char *t = cJSON_Print(root);

		text = xasprintf("%s\n", t);
		free(t);
		diags_init(&pd);
		c = corridor_parse(path, text, strlen(text), &pd, NULL, NULL);
		diags_move(d, &pd);
		if (c != NULL)
			rv = ratebook_write_file(path, text, strlen(text), d);
		corridor_free(c);
		diags_free(&pd);
		free(text);
	}
	cJSON_Delete(root);
	free(path);
	return rv;
}
