/*
 * string.c: string comparison and UTF-8, with Go's exact decoding rules (runtime/utf8.go).
 *
 * Decoding never fails: an invalid byte (bad lead, bad continuation, overlong form, surrogate half,
 * or a value above U+10FFFF) decodes as U+FFFD with width 1, so `for range` advances one byte.
 * Encoding maps invalid runes (negative, surrogates, above U+10FFFF) to U+FFFD. Conversions copy into
 * memory the caller allocated (the caller's sites are what the escape pass reasons about).
 */
#include <string.h>

#include "rt_internal.h"

enum { RUNE_ERROR = 0xFFFD, RUNE_MAX = 0x10FFFF, SURR_MIN = 0xD800, SURR_MAX = 0xDFFF };

int32_t rt_string_eq(void *a, int64_t alen, void *b, int64_t blen)
{
	if (alen != blen)
		return 0;
	return a == b || alen == 0 || memcmp(a, b, (size_t)alen) == 0;
}

int64_t rt_string_cmp(void *a, int64_t alen, void *b, int64_t blen)
{
	int64_t n = alen < blen ? alen : blen;
	int c = n > 0 ? memcmp(a, b, (size_t)n) : 0;
	if (c != 0)
		return c < 0 ? -1 : 1;
	return alen < blen ? -1 : alen > blen ? 1 : 0;
}

static int rt_is_cont(uint8_t b)
{
	return (b & 0xC0) == 0x80;
}

/* Decodes the rune at s[i] (i < n); returns {rune, index after it}. */
GoPair rt_decode_rune(void *p, int64_t n, int64_t i)
{
	const uint8_t *s = p;
	GoPair bad = { RUNE_ERROR, i + 1 };
	uint8_t c = s[i];
	if (c < 0x80)
		return (GoPair){ c, i + 1 };
	int64_t rest = n - i;
	if (c >= 0xC2 && c <= 0xDF) {
		if (rest < 2 || !rt_is_cont(s[i + 1]))
			return bad;
		return (GoPair){ ((int64_t)(c & 0x1F) << 6) | (s[i + 1] & 0x3F), i + 2 };
	}
	if (c >= 0xE0 && c <= 0xEF) {
		if (rest < 3 || !rt_is_cont(s[i + 1]) || !rt_is_cont(s[i + 2]))
			return bad;
		int64_t r = ((int64_t)(c & 0x0F) << 12) | ((int64_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
		if (r < 0x800 || (r >= SURR_MIN && r <= SURR_MAX))
			return bad;
		return (GoPair){ r, i + 3 };
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (rest < 4 || !rt_is_cont(s[i + 1]) || !rt_is_cont(s[i + 2]) || !rt_is_cont(s[i + 3]))
			return bad;
		int64_t r = ((int64_t)(c & 0x07) << 18) | ((int64_t)(s[i + 1] & 0x3F) << 12) |
			((int64_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
		if (r < 0x10000 || r > RUNE_MAX)
			return bad;
		return (GoPair){ r, i + 4 };
	}
	return bad;
}

int64_t rt_encode_rune(void *buf, int32_t r)
{
	uint8_t *b = buf;
	uint32_t u = (uint32_t)r;
	if (u < 0x80) {
		b[0] = (uint8_t)u;
		return 1;
	}
	if (u < 0x800) {
		b[0] = (uint8_t)(0xC0 | (u >> 6));
		b[1] = (uint8_t)(0x80 | (u & 0x3F));
		return 2;
	}
	if (u > RUNE_MAX || (u >= SURR_MIN && u <= SURR_MAX))
		u = RUNE_ERROR;
	if (u < 0x10000) {
		b[0] = (uint8_t)(0xE0 | (u >> 12));
		b[1] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
		b[2] = (uint8_t)(0x80 | (u & 0x3F));
		return 3;
	}
	b[0] = (uint8_t)(0xF0 | (u >> 18));
	b[1] = (uint8_t)(0x80 | ((u >> 12) & 0x3F));
	b[2] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
	b[3] = (uint8_t)(0x80 | (u & 0x3F));
	return 4;
}

int64_t rt_rune_count(void *p, int64_t n)
{
	int64_t count = 0;
	for (int64_t i = 0; i < n; count++)
		i = rt_decode_rune(p, n, i).b;
	return count;
}

void rt_string_to_runes(void *dst, void *p, int64_t n)
{
	int32_t *out = dst;
	for (int64_t i = 0; i < n;) {
		GoPair d = rt_decode_rune(p, n, i);
		*out++ = (int32_t)d.a;
		i = d.b;
	}
}

int64_t rt_runes_byte_len(void *runes, int64_t n)
{
	const int32_t *r = runes;
	uint8_t tmp[4];
	int64_t total = 0;
	for (int64_t i = 0; i < n; i++)
		total += rt_encode_rune(tmp, r[i]);
	return total;
}

int64_t rt_runes_to_string(void *dst, void *runes, int64_t n)
{
	const int32_t *r = runes;
	uint8_t *out = dst;
	int64_t total = 0;
	for (int64_t i = 0; i < n; i++)
		total += rt_encode_rune(out + total, r[i]);
	return total;
}

GoString rt_string_from_cstr(const char *s)
{
	return (GoString){ (const uint8_t *)s, (int64_t)strlen(s) };
}

/* a + b + c in fresh pointer-free GC memory. */
GoString rt_string_concat3(GoString a, GoString b, GoString c)
{
	int64_t n = a.len + b.len + c.len;
	uint8_t *p = gc_alloc_noscan(n);
	if (a.len > 0)
		memcpy(p, a.ptr, (size_t)a.len);
	if (b.len > 0)
		memcpy(p + a.len, b.ptr, (size_t)b.len);
	if (c.len > 0)
		memcpy(p + a.len + b.len, c.ptr, (size_t)c.len);
	return (GoString){ p, n };
}
