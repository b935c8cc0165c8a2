/*
 * cmd-rates.h - what the files of `remit rates` share.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_CMD_RATES_H
#define REMIT_CMD_RATES_H

/*
 * Installs BUNDLE (a tar of rate tables signed with minisign, the
 * signature in BUNDLE.minisig) into the rate folder dir, after checking the
 * signature with keyfile and every table; says why on stderr otherwise.
 * Returns an exit status; on failure dir is untouched.
 */
int rates_install(const char *bundle, const char *keyfile, const char *dir);

#endif
