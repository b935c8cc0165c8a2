/*
 * speak.h - reading text aloud with espeak-ng, in the interface language,
 * without blocking: speak_say() returns at once and a new call, or
 * speak_stop(), cuts what is being read.  With a WAV file set, the audio
 * is written there instead of played (for machines with no sound card).
 * Without libespeak-ng (configure's HAVE_ESPEAK_NG) nothing is spoken and
 * speak_available() is 0.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_SPEAK_H
#define REMIT_SPEAK_H

/* Nonzero when the program was built with espeak-ng. */
int speak_available(void);
/* Writes the audio to path (a WAV file) instead of playing it, from the
 * next speak_say() on; call before the first one. */
void speak_to_wav(const char *path);
/* The interface language's code ("en", "fr"): the first of LANGUAGE,
 * LC_ALL, LC_MESSAGES and LANG, "en" when none. */
const char *speak_language(void);
/* Nonzero when espeak-ng has a voice for the interface language. */
int speak_has_voice(void);
/* Starts reading text aloud (UTF-8) and returns; with a WAV file, writes
 * it before returning.  0, or -1 when it cannot speak. */
int speak_say(const char *text);
/* Stops what is being read. */
void speak_stop(void);
/* Stops, releases espeak-ng and gives standard error back (the sound
 * libraries' complaints are kept off the screen while it plays). */
void speak_end(void);

#endif
