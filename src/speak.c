/*
 * speak.c - text read aloud by espeak-ng: played asynchronously, or
 * written as a 16-bit mono WAV file.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#ifdef HAVE_ESPEAK_NG
#include <espeak-ng/speak_lib.h>
#endif

#include "speak.h"
#include "xalloc.h"

static const char *wav_path;
static int ready;		/* 1: initialized, -1: failed */
static int rate_hz;
static short *samples;		/* WAV mode: the audio of one text */
static size_t nsamples, capacity;
static char lang[16];
static int saved_stderr = -1;	/* playing: the real standard error */

int
speak_available(void)
{
#ifdef HAVE_ESPEAK_NG
	return 1;
#else
	return 0;
#endif
}

void
speak_to_wav(const char *path)
{
	wav_path = path;
}

const char *
speak_language(void)
{
	static const char *const vars[] = {
		"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"
	};
	const char *v;
	size_t i, n;

	for (i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		v = getenv(vars[i]);
		if (v == NULL || *v == '\0' || strcmp(v, "C") == 0 ||
		    strncmp(v, "C.", 2) == 0 || strcmp(v, "POSIX") == 0)
			continue;
		n = strcspn(v, "_.:@");
		if (n == 0 || n >= sizeof lang)
			continue;
		memcpy(lang, v, n);
		lang[n] = '\0';
		return lang;
	}
	return "en";
}

#ifdef HAVE_ESPEAK_NG
/* WAV mode: keeps the samples espeak-ng hands over. */
static int
collect(short *wav, int n, espeak_EVENT *ev)
{
	(void)ev;
	if (wav == NULL || n <= 0)
		return 0;
	if (nsamples + (size_t)n > capacity) {
		capacity = (nsamples + (size_t)n) * 2;
		samples = xreallocarray(samples, capacity, sizeof *samples);
	}
	memcpy(samples + nsamples, wav, (size_t)n * sizeof *samples);
	nsamples += (size_t)n;
	return 0;
}

static int
init(void)
{
	int null;

	if (ready == 0 && wav_path == NULL &&
	    (null = open("/dev/null", O_WRONLY)) >= 0) {
		/* ALSA and PulseAudio write to stderr from espeak-ng's
		 * thread: not over the screen. */
		saved_stderr = dup(2);
		dup2(null, 2);
		close(null);
	}
	if (ready == 0) {
		rate_hz = espeak_Initialize(wav_path != NULL ?
		    AUDIO_OUTPUT_SYNCHRONOUS : AUDIO_OUTPUT_PLAYBACK, 0, NULL,
		    0);
		ready = rate_hz > 0 ? 1 : -1;
		if (ready == 1 && wav_path != NULL)
			espeak_SetSynthCallback(collect);
	}
	return ready == 1 ? 0 : -1;
}

static void
le(FILE *f, unsigned long v, int bytes)
{
	int i;

	for (i = 0; i < bytes; i++)
		fputc((int)((v >> (8 * i)) & 0xff), f);
}

/* Writes the collected samples as a RIFF WAVE file. */
static int
write_wav(void)
{
	FILE *f = fopen(wav_path, "wb");
	unsigned long data = (unsigned long)nsamples * 2;
	size_t i;

	if (f == NULL)
		return -1;
	fputs("RIFF", f);
	le(f, 36 + data, 4);
	fputs("WAVEfmt ", f);
	le(f, 16, 4);
	le(f, 1, 2);			/* PCM */
	le(f, 1, 2);			/* mono */
	le(f, (unsigned long)rate_hz, 4);
	le(f, (unsigned long)rate_hz * 2, 4);
	le(f, 2, 2);
	le(f, 16, 2);
	fputs("data", f);
	le(f, data, 4);
	for (i = 0; i < nsamples; i++)
		le(f, (unsigned short)samples[i], 2);
	return fclose(f) == 0 ? 0 : -1;
}
#endif

int
speak_has_voice(void)
{
#ifdef HAVE_ESPEAK_NG
	static char known[16];	/* the language last asked about */
	static int has;

	if (strcmp(known, speak_language()) != 0) {
		snprintf(known, sizeof known, "%s", speak_language());
		has = init() == 0 && espeak_SetVoiceByName(known) == EE_OK;
	}
	return has;
#else
	return 0;
#endif
}

int
speak_say(const char *text)
{
#ifdef HAVE_ESPEAK_NG
	if (init() != 0 || espeak_SetVoiceByName(speak_language()) != EE_OK)
		return -1;
	espeak_Cancel();
	nsamples = 0;
	if (espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
	    espeakCHARS_UTF8, NULL, NULL) != EE_OK)
		return -1;
	if (wav_path == NULL)
		return 0;
	return write_wav();
#else
	(void)text;
	return -1;
#endif
}

void
speak_stop(void)
{
#ifdef HAVE_ESPEAK_NG
	if (ready == 1)
		espeak_Cancel();
#endif
}

void
speak_end(void)
{
#ifdef HAVE_ESPEAK_NG
	if (ready == 1)
		espeak_Terminate();
	ready = 0;
#endif
	if (saved_stderr >= 0) {
		dup2(saved_stderr, 2);
		close(saved_stderr);
		saved_stderr = -1;
	}
	free(samples);
	samples = NULL;
	nsamples = capacity = 0;
}
