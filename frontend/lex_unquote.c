/* lex_unquote.c: decoding of string and rune literal text into values, for the checker.
 *
 * The lexer has already validated literals and reported errors, so these functions only decode;
 * they still refuse malformed text (returning false / -1) rather than trusting it blindly. */
#include "lex.h"

#include <string.h>

static int unq_hex(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Decodes one escape at s[*i] (just past the backslash). *is_byte tells \x and octal escapes (one
 * raw byte) from rune escapes (\u, \U and the single letters, encoded as UTF-8 by the caller). */
static bool unq_escape(const char *s, size_t n, size_t *i, uint32_t *val, bool *is_byte)
{
    static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\''\"\"";
    if (*i >= n)
        return false;
    char c = s[(*i)++];
    *is_byte = false;
    for (int k = 0; simple[k]; k += 2)
        if (simple[k] == c) {
            *val = (unsigned char)simple[k + 1];
            return true;
        }
    int digits = 0, base = 16;
    if (c >= '0' && c <= '7') {
        digits = 3, base = 8, (*i)--;
        *is_byte = true;
    } else if (c == 'x') {
        digits = 2, *is_byte = true;
    } else if (c == 'u') {
        digits = 4;
    } else if (c == 'U') {
        digits = 8;
    } else {
        return false;
    }
    uint32_t x = 0;
    for (int k = 0; k < digits; k++, (*i)++) {
        int d = *i < n ? unq_hex(s[*i]) : -1;
        if (d < 0 || d >= base)
            return false;
        x = x * (uint32_t)base + (uint32_t)d;
    }
    *val = x;
    return *is_byte ? x <= 255 : x <= 0x10FFFF && !(x >= 0xD800 && x < 0xE000);
}

static size_t unq_utf8(char *out, uint32_t r)
{
    if (r < 0x80) {
        out[0] = (char)r;
        return 1;
    } else if (r < 0x800) {
        out[0] = (char)(0xC0 | (r >> 6));
        out[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    } else if (r < 0x10000) {
        out[0] = (char)(0xE0 | (r >> 12));
        out[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        out[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (r >> 18));
    out[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    out[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

bool lex_unquote(Arena *a, const char *text, size_t len, char **out, size_t *out_len)
{
    if (len < 2 || text[len - 1] != text[0] || (text[0] != '"' && text[0] != '`'))
        return false;
    char *buf = arena_alloc(a, len + 1);
    size_t n = 0;
    if (text[0] == '`') {
        for (size_t i = 1; i + 1 < len; i++)
            if (text[i] != '\r')
                buf[n++] = text[i];
    } else {
        for (size_t i = 1; i + 1 < len;) {
            if (text[i] != '\\') {
                buf[n++] = text[i++];
                continue;
            }
            i++;
            uint32_t v;
            bool is_byte;
            if (!unq_escape(text, len - 1, &i, &v, &is_byte))
                return false;
            if (is_byte)
                buf[n++] = (char)v;
            else
                n += unq_utf8(buf + n, v);
        }
    }
    buf[n] = 0;
    *out = buf;
    *out_len = n;
    return true;
}

int32_t lex_char_value(const char *text, size_t len)
{
    if (len < 3 || text[0] != '\'' || text[len - 1] != '\'')
        return -1;
    size_t i = 1;
    uint32_t v;
    if (text[1] == '\\') {
        i = 2;
        bool is_byte;
        if (!unq_escape(text, len - 1, &i, &v, &is_byte))
            return -1;
    } else {
        const unsigned char *s = (const unsigned char *)text + 1;
        int k = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3 : 4;
        v = k == 1 ? s[0] : (uint32_t)(s[0] & (0x7F >> k));
        for (int j = 1; j < k && 1 + (size_t)j < len; j++)
            v = (v << 6) | (s[j] & 0x3F);
        i = 1 + (size_t)k;
    }
    return i == len - 1 ? (int32_t)v : -1;
}
