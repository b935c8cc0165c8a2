/*
 * sha256.h - SHA-256 (FIPS 180-4), for the kiosk's operator PIN.
 *
 * Small and self-contained: the kiosk stores only a salted hash of its
 * PIN, and no other dependency offers a hash.  Not for bulk data.
 */
#ifndef REMIT_SHA256_H
#define REMIT_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_LEN	32

struct sha256 {
	uint32_t	h[8];
	uint64_t	len;		/* bytes hashed so far */
	unsigned char	buf[64];
	size_t		nbuf;
};

/* Starts a hash. */
void sha256_init(struct sha256 *s);
/* Adds n bytes. */
void sha256_update(struct sha256 *s, const void *data, size_t n);
/* Finishes: writes the 32-byte digest into out. */
void sha256_final(struct sha256 *s, unsigned char out[SHA256_LEN]);
/* The digest of one buffer. */
void sha256(const void *data, size_t n, unsigned char out[SHA256_LEN]);

#endif
