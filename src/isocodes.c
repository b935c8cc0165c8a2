/*
 * isocodes.c - reading iso-codes' JSON data for countries and currencies.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "isocodes.h"
#include "util.h"

struct named_currency {
	char	 code[4];
	char	*name;
};

static struct country		*countries;
static size_t			 ncountries;
static struct named_currency	*cnames;
static size_t			 ncnames;
static int			 loaded;

static const char *
isocodes_dir(void)
{
	const char *env = getenv("REMIT_ISO_CODES_DIR");

	return env != NULL && *env != '\0' ? env : ISO_CODES_JSONDIR;
}

/* Parses one iso-codes file and returns its array named `key`. */
static cJSON *
isocodes_read(const char *base, const char *key, cJSON **root,
    struct diags *d)
{
	char *path = xasprintf("%s/%s", isocodes_dir(), base), *text;
	size_t len;
	cJSON *arr;

	text = file_read(path, 64u << 20, &len, d);
	if (text == NULL) {
		free(path);
		return NULL;
	}
	*root = cJSON_ParseWithLength(text, len);
	free(text);
	arr = cJSON_GetObjectItemCaseSensitive(*root, key);
	if (!cJSON_IsArray(arr)) {
		diags_add(d, path, NULL, _("not iso-codes data; reinstall the "
		    "Debian package iso-codes"));
		cJSON_Delete(*root);
		*root = NULL;
		arr = NULL;
	}
	free(path);
	return arr;
}

static char *
json_str(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	return cJSON_IsString(v) ? xstrdup(v->valuestring) : NULL;
}

static int
load_countries(struct diags *d)
{
	cJSON *root, *arr = isocodes_read("iso_3166-1.json", "3166-1", &root,
	    d), *e;
	char *a2, *a3;

	if (arr == NULL)
		return -1;
	countries = xcalloc(cJSON_GetArraySize(arr), sizeof *countries);
	cJSON_ArrayForEach(e, arr) {
		struct country *c = &countries[ncountries];

		a2 = json_str(e, "alpha_2");
		a3 = json_str(e, "alpha_3");
		c->name = json_str(e, "name");
		if (a2 == NULL || a3 == NULL || c->name == NULL ||
		    strlen(a2) != 2 || strlen(a3) != 3) {
			free(a2), free(a3), free(c->name);
			continue;
		}
		memcpy(c->alpha2, a2, 3);
		memcpy(c->alpha3, a3, 4);
		free(a2), free(a3);
		c->official_name = json_str(e, "official_name");
		c->common_name = json_str(e, "common_name");
		ncountries++;
	}
	cJSON_Delete(root);
	return 0;
}

static int
load_currencies(struct diags *d)
{
	cJSON *root, *arr = isocodes_read("iso_4217.json", "4217", &root, d);
	cJSON *e;
	char *code;

	if (arr == NULL)
		return -1;
	cnames = xcalloc(cJSON_GetArraySize(arr), sizeof *cnames);
	cJSON_ArrayForEach(e, arr) {
		code = json_str(e, "alpha_3");
		if (code != NULL && strlen(code) == 3) {
			memcpy(cnames[ncnames].code, code, 4);
			cnames[ncnames].name = json_str(e, "name");
			if (cnames[ncnames].name != NULL)
				ncnames++;
		}
		free(code);
	}
	cJSON_Delete(root);
	return 0;
}

int
isocodes_load(struct diags *d)
{
	if (loaded)
		return ncountries > 0 ? 0 : -1;
	loaded = 1;
	if (load_countries(d) != 0)
		return -1;
	load_currencies(d);
	return 0;
}

void
isocodes_free(void)
{
	size_t i;

	for (i = 0; i < ncountries; i++) {
		free(countries[i].name);
		free(countries[i].official_name);
		free(countries[i].common_name);
	}
	for (i = 0; i < ncnames; i++)
		free(cnames[i].name);
	free(countries);
	free(cnames);
	countries = NULL;
	cnames = NULL;
	ncountries = ncnames = 0;
	loaded = 0;
}

static void
isocodes_ensure(void)
{
	struct diags d;

	if (loaded)
		return;
	diags_init(&d);
	isocodes_load(&d);
	diags_free(&d);
}

const struct country *
country_by_alpha2(const char *code)
{
	size_t i;

	isocodes_ensure();
	for (i = 0; i < ncountries; i++)
		if (strcmp(countries[i].alpha2, code) == 0)
			return &countries[i];
	return NULL;
}

static int
name_is(const char *name, const char *input)
{
	return name != NULL && strcasecmp(name, input) == 0;
}

const struct country *
country_lookup(const char *input)
{
	size_t i, len = strlen(input);
	const struct country *c;

	isocodes_ensure();
	for (i = 0; i < ncountries; i++) {
		c = &countries[i];
		if ((len == 2 && strcasecmp(c->alpha2, input) == 0) ||
		    (len == 3 && strcasecmp(c->alpha3, input) == 0))
			return c;
	}
	for (i = 0; i < ncountries; i++) {
		c = &countries[i];
		if (name_is(c->name, input) || name_is(c->official_name,
		    input) || name_is(c->common_name, input))
			return c;
	}
	return NULL;
}

const char *
country_name(const struct country *c)
{
	if (c->common_name != NULL)
		return dgettext("iso_3166-1", c->common_name);
	return dgettext("iso_3166-1", c->name);
}

const char *
currency_name(const char *code)
{
	size_t i;

	isocodes_ensure();
	for (i = 0; i < ncnames; i++)
		if (strcmp(cnames[i].code, code) == 0)
			return dgettext("iso_4217", cnames[i].name);
	return code;
}
