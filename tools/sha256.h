/*
 * sha256.h: SHA-256 (FIPS 180-4), for the compile cache's keys and its entries' integrity check.
 * A cryptographic hash because a key collision would silently run the wrong program; 32 bytes
 * make that impossible in practice, and hashing a program's sources costs about a millisecond.
 */
#ifndef LLGO_SHA256_H
#define LLGO_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct Sha256 {
	uint32_t h[8];
	uint64_t total;        /* bytes hashed so far */
	unsigned char buf[64]; /* the pending partial block */
	size_t nbuf;
} Sha256;

void sha256_init(Sha256 *s);
void sha256_update(Sha256 *s, const void *data, size_t len);
void sha256_final(Sha256 *s, unsigned char out[32]);

#endif
