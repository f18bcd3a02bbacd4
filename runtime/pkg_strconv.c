/*
 * pkg_strconv.c: the C hooks of the bundled package strconv (runtime/pkg/strconv/ftoa.go, atof.go).
 *
 * strconv_fdigits gives the decimal digits of a float as "DIGITSeDP" (value 0.DIGITS × 10^DP, no
 * trailing zeros, DIGITS empty for zero); the Go side lays them out. glibc's printf rounds the exact
 * binary value correctly (ties to even), as Go's strconv does, so fixed precisions agree with Go.
 * The shortest form is the fewest significant digits that read back as the same float (through
 * strtod, or strtof for float32): for each count we try printf's nearest decimal, then its two
 * neighbours in the last digit, because next to a power of two the rounding interval is lopsided
 * and the nearest decimal may fall outside while a neighbour lies inside (Go finds that one too).
 * strconv_atof converts a literal the Go side has already validated with correctly rounded strtod.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

enum { STRCONV_SHORTEST = 0, STRCONV_SIG = 1, STRCONV_FRAC = 2 };

/* Builds the result "DIGITSeDP" from nd digits after trimming trailing zeros. */
static GoString strconv_result(const char *digits, int64_t nd, int64_t dp)
{
	while (nd > 0 && digits[nd - 1] == '0')
		nd--;
	if (nd == 0)
		dp = 0;
	char tail[32];
	int tn = snprintf(tail, sizeof tail, "e%lld", (long long)dp);
	uint8_t *p = gc_alloc_noscan(nd + tn);
	memcpy(p, digits, (size_t)nd);
	memcpy(p + nd, tail, (size_t)tn);
	return (GoString){ p, nd + tn };
}

/* Reads printf's "%e" output "d.ddde±XX" into digits (NUL-free) and returns their count. */
static int64_t strconv_read_e(const char *buf, char *digits, int64_t *dp)
{
	int64_t nd = 0;
	const char *s = buf;
	for (; *s != 'e'; s++)
		if (*s != '.')
			digits[nd++] = *s;
	*dp = strtol(s + 1, NULL, 10) + 1;
	return nd;
}

/* Reads printf's "%f" output "ddd.ddd" into digits without leading zeros; *dp gets the number of
 * integer digits, less one for each leading zero dropped. */
static int64_t strconv_read_f(const char *buf, char *digits, int64_t *dp)
{
	int64_t nd = 0;
	int in_fraction = 0;
	*dp = 0;
	for (const char *s = buf; *s != '\0'; s++) {
		if (*s == '.') {
			in_fraction = 1;
			continue;
		}
		if (!in_fraction)
			(*dp)++;
		if (nd == 0 && *s == '0') {
			(*dp)--;
			continue;
		}
		digits[nd++] = *s;
	}
	return nd;
}

/* Reports whether the decimal text reads back as f (float32 when bits is 32). */
static int strconv_roundtrips(const char *text, double f, int64_t bits)
{
	if (bits == 32)
		return strtof(text, NULL) == (float)f;
	return strtod(text, NULL) == f;
}

/* Adds delta (+1 or -1) to the last of the nd digits; 1 if the result still has nd digits. */
static int strconv_step(char *digits, int64_t nd, int delta)
{
	int64_t i = nd - 1;
	while (i >= 0 && digits[i] == (delta > 0 ? '9' : '0')) {
		digits[i] = delta > 0 ? '0' : '9';
		i--;
	}
	if (i < 0)
		return 0;
	digits[i] = (char)(digits[i] + delta);
	return digits[0] != '0';
}

/* Tries the two decimals next to the nearest one (digits, dp); on success digits holds the winner. */
static int strconv_try_neighbours(char *digits, int64_t nd, int64_t dp, double f, int64_t bits)
{
	for (int delta = -1; delta <= 1; delta += 2) {
		char cand[40], text[64];
		memcpy(cand, digits, (size_t)nd);
		if (!strconv_step(cand, nd, delta))
			continue;
		snprintf(text, sizeof text, "0.%.*se%lld", (int)nd, cand, (long long)dp);
		if (strconv_roundtrips(text, f, bits)) {
			memcpy(digits, cand, (size_t)nd);
			return 1;
		}
	}
	return 0;
}

static GoString strconv_shortest(double f, int64_t bits)
{
	char buf[48], digits[40];
	int64_t nd = 0, dp = 0;
	int maxp = bits == 32 ? 9 : 17;
	for (int p = 1; p <= maxp; p++) {
		snprintf(buf, sizeof buf, "%.*e", p - 1, f);
		nd = strconv_read_e(buf, digits, &dp);
		if (strconv_roundtrips(buf, f, bits) || strconv_try_neighbours(digits, nd, dp, f, bits))
			break;
	}
	return strconv_result(digits, nd, dp);
}

GoString strconv_fdigits(double f, int64_t mode, int64_t prec, int64_t bits)
{
	if (f == 0 || !isfinite(f)) /* the Go side handles Inf and NaN itself */
		return strconv_result("", 0, 0);
	if (mode == STRCONV_SHORTEST)
		return strconv_shortest(f, bits);
	if (prec < 0)
		prec = 0;
	int64_t size = prec + 400; /* %f of 1e308 has 309 integer digits */
	char *buf = gc_alloc_noscan(size);
	char *digits = gc_alloc_noscan(size);
	int64_t nd, dp;
	if (mode == STRCONV_SIG) {
		snprintf(buf, (size_t)size, "%.*e", (int)(prec > 0 ? prec - 1 : 0), f);
		nd = strconv_read_e(buf, digits, &dp);
	} else {
		snprintf(buf, (size_t)size, "%.*f", (int)prec, f);
		nd = strconv_read_f(buf, digits, &dp);
	}
	return strconv_result(digits, nd, dp);
}

double strconv_atof(void *ptr, int64_t len, int64_t bits)
{
	char *text = gc_alloc_noscan(len + 1);
	if (len > 0)   /* an empty Go string may have a null pointer */
		memcpy(text, ptr, (size_t)len);
	text[len] = '\0';
	if (bits == 32)
		return (double)strtof(text, NULL);
	return strtod(text, NULL);
}
