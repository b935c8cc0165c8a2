/*
 * i18n.h - gettext shorthands used by every module.
 *
 * _() marks and translates a message, N_() only marks it (for tables that
 * are translated where they are shown).  Without NLS both are the identity.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_I18N_H
#define REMIT_I18N_H

#if ENABLE_NLS
#include <libintl.h>
#define _(s) gettext(s)
#else
#define _(s) (s)
#define ngettext(s, p, n) ((n) == 1 ? (s) : (p))
#define dgettext(d, s) (s)
#endif
#define N_(s) (s)

#endif
