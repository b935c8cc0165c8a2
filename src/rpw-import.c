/*
 * rpw-import.c - one quarter of RPW written as remit-rates/1 tables; the
 * benchmark amounts of such tables.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "decimal.h"
#include "i18n.h"
#include "isocodes.h"
#include "output.h"
#include "rpw-import.h"
#include "xalloc.h"

int
rpw_table_benchmarks(const struct corridor *c, mpq_t b1, mpq_t b2)
{
	size_t i;
	int seen = 0;

	if (c->source == NULL || strncmp(c->source, RPW_SOURCE_PREFIX,
	    strlen(RPW_SOURCE_PREFIX)) != 0)
		return 0;
	for (i = 0; i < c->nproviders; i++) {
		const struct provider *p = &c->providers[i];

		if (!p->has_min_amount || !p->has_max_amount)
			continue;
		if (!seen || mpq_cmp(p->min_amount, b1) < 0)
			mpq_set(b1, p->min_amount);
		if (!seen || mpq_cmp(p->max_amount, b2) > 0)
			mpq_set(b2, p->max_amount);
		seen = 1;
	}
	return seen;
}

int
rpw_is_estimate(const struct corridor *c, const mpq_t amount)
{
	mpq_t b1, b2;
	int est = 0;

	mpq_inits(b1, b2, NULL);
	if (rpw_table_benchmarks(c, b1, b2))
		est = !mpq_equal(amount, b1) && !mpq_equal(amount, b2);
	mpq_clears(b1, b2, NULL);
	return est;
}
