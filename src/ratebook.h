/*
 * ratebook.h - corridor rate tables (remit-rates/1) and the folder of them.
 *
 * A rate folder holds one JSON file per corridor.  ratebook_load_dir()
 * reads every *.json file in it, validates each strictly (see
 * remit-rates(5)) and keeps the corridors that are valid.  A broken file
 * never stops the others: its diagnostics are kept in the ratebook, and, when
 * its corridor could be read, it is remembered as broken so that a command
 * asking for that corridor can say why it is missing.
 *
 * All values are exact (mpq_t); the strings the table gave for rates are
 * kept for display "as given".  Strings that came from a file are as the
 * file wrote them: pass them through text_safe() before they reach a
 * terminal.  The ratebook owns every corridor, provider and string in it;
 * ratebook_free() releases them all.  cJSON is used only inside rateparse.c
 * (through jsonv.c).
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_RATEBOOK_H
#define REMIT_RATEBOOK_H

#include <gmp.h>
#include <stddef.h>

#include "decimal.h"
#include "diag.h"

#define RATES_SCHEMA	"remit-rates/1"
#define RATES_MAX_BYTES	(16u << 20)

enum provider_type {
	PTYPE_BANK, PTYPE_MTO, PTYPE_POST, PTYPE_MOBILE, PTYPE_OTHER,
	LAST_PTYPE
};

/* Payout methods, a bit set. */
enum payout {
	PAYOUT_CASH = 1 << 0,
	PAYOUT_ACCOUNT = 1 << 1,
	PAYOUT_WALLET = 1 << 2,
	PAYOUT_ANY = PAYOUT_CASH | PAYOUT_ACCOUNT | PAYOUT_WALLET
};

/* RPW's speed vocabulary, fastest first. */
enum speed {
	SPEED_UNDER_1_HOUR, SPEED_SAME_DAY, SPEED_NEXT_DAY, SPEED_2_DAYS,
	SPEED_3_5_DAYS, SPEED_6_DAYS_PLUS, LAST_SPEED
};

/* Payment instruments, a bit set. */
enum payment {
	PAY_CASH = 1 << 0,
	PAY_CARD = 1 << 1,
	PAY_BANK_TRANSFER = 1 << 2,
	PAY_ONLINE = 1 << 3,
	PAY_MOBILE = 1 << 4
};

/* One fee band: covers amounts up to and including up_to. */
struct fee_band {
	int	has_up_to;	/* 0: open band, only as the last */
	mpq_t	up_to;		/* send currency */
	mpq_t	fixed;		/* send currency, default 0 */
	mpq_t	percent;	/* of the amount, default 0 */
	int	has_min;
	mpq_t	min;		/* floor on the fee */
	int	has_max;
	mpq_t	max;		/* cap on the fee */
};

/*
 * A text a table may give in several languages: `"notes": "..."` or
 * `"notes": {"en": "...", "fr": "..."}`.  `en` is the English text (or,
 * with no English, the first one given); the others are kept by language.
 */
struct lang_text {
	size_t	  n;
	char	(*lang)[4];	/* "fr", "es", ... */
	char	**text;
};

/* One observed price of a provider known from two benchmarks. */
struct benchmark {
	mpq_t	 amount;	/* send currency */
	mpq_t	 fee;		/* send currency, paid on top */
	mpq_t	 rate;		/* receive per send unit */
	char	*rate_text;	/* as the table wrote it */
};

struct provider {
	char			*id;
	char			*name;
	enum provider_type	 type;
	int			 transparent;
	unsigned		 payment;	/* enum payment bits */
	unsigned		 payout;	/* enum payout bits */
	enum speed		 speed;
	mpq_t			 rate;		/* receive per send unit */
	char			*rate_text;	/* as the table wrote it */
	struct fee_band		*bands;
	size_t			 nbands;
	int			 deducted;	/* fee taken out of A */
	mpq_t			 receiver_fee;	/* receive currency */
	enum round_mode		 rounding;
	int			 has_min_amount;
	mpq_t			 min_amount;
	int			 has_max_amount;
	mpq_t			 max_amount;
	int			 has_market_share;
	mpq_t			 market_share;	/* percent */
	char			*url;		/* may be NULL */
	char			*notes;		/* may be NULL; English */
	struct lang_text	 notes_tr;	/* other languages */
	int			 has_benchmarks;	/* priced from bench[]
						   (cost-model.md, "Tables
						   from two benchmarks");
						   then bands is one open
						   band and rate is bench[0]'s */
	struct benchmark	 bench[2];	/* increasing amounts */
};

/* One price a centre observed (`remit rates record`), as written. */
struct observation {
	char	 date[11];	/* YYYY-MM-DD */
	char	*provider;	/* a provider id */
	char	*amount, *fee, *rate, *mid;	/* decimals, as written */
};

struct corridor {
	char		*file;		/* path it was read from */
	char		 from[3];	/* ISO 3166-1 alpha-2 */
	char		 to[3];
	char		 send_currency[4];
	char		 receive_currency[4];
	int		 send_minor;
	int		 receive_minor;
	char		 as_of[11];	/* YYYY-MM-DD */
	char		*source;	/* English */
	struct lang_text source_tr;	/* other languages */
	int		 sample;	/* source says it is sample data */
	mpq_t		 reference_rate;
	char		*reference_rate_text;
	int		 has_send_per_usd;
	mpq_t		 send_per_usd;
	struct provider	*providers;
	size_t		 nproviders;
	struct observation *obs;	/* append-only history, oldest first */
	size_t		 nobs;
};

/* A file that did not load, with what it was for when that is known. */
struct broken_table {
	char	*file;
	char	 from[3];	/* "" when the corridor could not be read */
	char	 to[3];
	char	*reason;	/* the first diagnostic, formatted */
};

struct ratebook {
	char			*dir;
	struct corridor		**corridors;	/* sorted by from, to, ccys */
	size_t			 ncorridors;
	struct broken_table	*broken;
	size_t			 nbroken;
	struct diags		 diags;		/* every problem found */
};

/*
 * Loads every *.json file of dir.  Returns 0 when the folder could be read
 * (even if some files were broken: see rb->diags and rb->broken), -1 when
 * the folder itself cannot be read.  rb is initialised here.
 */
int ratebook_load_dir(struct ratebook *rb, const char *dir);
/* Releases everything the ratebook holds. */
void ratebook_free(struct ratebook *rb);

/*
 * Parses and validates one table from memory.  `name` is used in
 * diagnostics.  Returns the corridor (caller frees with corridor_free) or
 * NULL; every problem found is added to d, not just the first.  When the
 * corridor object itself was readable, from/to (3 bytes each, may be NULL)
 * receive its codes even on failure.
 */
struct corridor *corridor_parse(const char *name, const char *text,
    size_t len, struct diags *d, char *from, char *to);
/* Releases a corridor returned by corridor_parse. */
void corridor_free(struct corridor *c);

/*
 * Finds the corridor for a country pair; send_ccy and recv_ccy may be NULL
 * for "any".  Returns NULL and sets *nmatch to the number of tables that
 * match (0: none, >1: ambiguous, give the currencies).
 */
const struct corridor *ratebook_find(const struct ratebook *rb,
    const char *from, const char *to, const char *send_ccy,
    const char *recv_ccy, size_t *nmatch);
/* The broken table that was meant for from→to, or NULL. */
const struct broken_table *ratebook_broken_for(const struct ratebook *rb,
    const char *from, const char *to);
/* Days from the table's as_of date to today_ymd ("YYYY-MM-DD"), or -1. */
long corridor_age_days(const struct corridor *c, const char *today_ymd);

/*
 * The table's text in the language the messages are shown in (the
 * translation's own language code), else English.  Never NULL for a non-NULL
 * `en`.  The result points into the table.
 */
const char *lang_text_pick(const char *en, const struct lang_text *t);
/* The corridor's source and a provider's notes (may be NULL), translated
 * as lang_text_pick() does. */
const char *corridor_source(const struct corridor *c);
const char *provider_notes(const struct provider *p);
/*
 * When the table is older than max_age_days on today_ymd: a translated
 * sentence naming the file, the date and the age (caller frees); else NULL.
 */
char *corridor_stale_text(const struct corridor *c, const char *today_ymd,
    long max_age_days);
/* 1 when the corridor has a provider priced from two benchmarks. */
int corridor_has_benchmarks(const struct corridor *c);

/* One price observed by a centre's staff (`remit rates record`). */
struct rate_record {
	const char	*from, *to;	/* alpha-2 */
	const char	*send_currency, *receive_currency;	/* a new table */
	const char	*provider;	/* id */
	const char	*name, *payout, *speed;	/* NULL: unchanged; a new
						   provider needs them */
	const char	*amount, *fee, *rate, *mid;	/* decimals */
	const char	*mid_source;	/* where the mid rate came from, or NULL */
	const char	*date;		/* YYYY-MM-DD */
	int		 deducted;
};

/*
 * Records one observed price in dir's table for from-to (made when
 * missing): the provider's price (see remit-rates(5), "observations"), the
 * table's as_of and reference_rate, and one more entry in its append-only
 * "observations".  The new table is checked, then replaces the old one
 * atomically.  Returns 0, or -1 with the reasons in d; on -1 the old table
 * is unchanged.
 */
int ratebook_record(const char *dir, const struct rate_record *r,
    struct diags *d);
/*
 * Replaces the file at path with text atomically: a temporary file in the
 * same folder, fsync, rename, fsync of the folder.  Returns 0, or -1 with
 * a diagnostic and the old file untouched.
 */
int ratebook_write_file(const char *path, const char *text, size_t len,
    struct diags *d);

/* Vocabulary names, as written in tables and output. */
const char *provider_type_name(enum provider_type t);
const char *speed_name(enum speed s);
/* Translated, human wording of a speed: "same day", "3 to 5 days". */
const char *speed_label(enum speed s);
/* Writes "cash,account" style names of payout bits into buf; returns buf. */
const char *payout_names(unsigned bits, char *buf, size_t size);
/* Writes "card,bank-transfer" style names of payment bits; returns buf. */
const char *payment_names(unsigned bits, char *buf, size_t size);
/* Translated, human words of payout bits ("cash, account"); returns buf. */
const char *payout_labels(unsigned bits, char *buf, size_t size);
/* Parses "cash", "account", "wallet" or "any"; 0 if unknown. */
unsigned payout_parse(const char *name);

#endif
