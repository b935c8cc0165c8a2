/*
 * commands.c - the table of commands.  Adding a command: write its
 * cmd-NAME.c with a struct cmd_entry, declare it here, add one line.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "remit.h"

extern const struct cmd_entry cmd_compare_entry;
extern const struct cmd_entry cmd_corridors_entry;
extern const struct cmd_entry cmd_check_entry;
extern const struct cmd_entry cmd_calc_entry;
extern const struct cmd_entry cmd_app_entry;
extern const struct cmd_entry cmd_kiosk_entry;
extern const struct cmd_entry cmd_lessons_entry;
extern const struct cmd_entry cmd_lesson_entry;
extern const struct cmd_entry cmd_sessions_entry;
extern const struct cmd_entry cmd_rpw_entry;
extern const struct cmd_entry cmd_batch_entry;
extern const struct cmd_entry cmd_report_entry;
extern const struct cmd_entry cmd_rates_entry;

const struct cmd_entry *const cmd_table[] = {
	&cmd_compare_entry,
	&cmd_corridors_entry,
	&cmd_check_entry,
	&cmd_calc_entry,
	&cmd_app_entry,
	&cmd_kiosk_entry,
	&cmd_lessons_entry,
	&cmd_lesson_entry,
	&cmd_sessions_entry,
	&cmd_rpw_entry,
	&cmd_batch_entry,
	&cmd_report_entry,
	&cmd_rates_entry,
	NULL
};
