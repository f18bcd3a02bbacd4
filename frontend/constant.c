/* constant.c: Go constant values on GMP: literal parsing, arithmetic, representability.
 *
 * Integers are exact (mpz), floats exact rationals (mpq). Literal exponents are bounded (|e| <=
 * 100000) so a rational never explodes; Go itself rejects such constants as overflowing anyway.
 * Rounding to float32/float64 (nearest, ties to even, no double rounding) happens in
 * const_representable, as Go rounds typed constants, and in const_to_double.
 * GMP memory is malloc'd and never freed: constants live for the whole compilation.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "constant.h"
#include "types.h"

static Arena *const_arena;

void const_init(Arena *arena) { const_arena = arena; }

static ConstVal *cv_new(ConstKind k)
{
    ConstVal *v = arena_alloc(const_arena, sizeof *v);
    v->kind = k;
    if (k == CV_INT)
        mpz_init(v->i);
    if (k == CV_FLOAT)
        mpq_init(v->f);
    return v;
}

ConstVal *const_bool(bool b)
{
    ConstVal *v = cv_new(CV_BOOL);
    v->b = b;
    return v;
}

ConstVal *const_int64(int64_t x)
{
    ConstVal *v = cv_new(CV_INT);
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)x);
    mpz_set_str(v->i, buf, 10);
    return v;
}

ConstVal *const_uint64(uint64_t x)
{
    ConstVal *v = cv_new(CV_INT);
    char buf[32];
    snprintf(buf, sizeof buf, "%llu", (unsigned long long)x);
    mpz_set_str(v->i, buf, 10);
    return v;
}

ConstVal *const_mpz(const mpz_t x)
{
    ConstVal *v = cv_new(CV_INT);
    mpz_set(v->i, x);
    return v;
}

ConstVal *const_float_mpq(const mpq_t x)
{
    ConstVal *v = cv_new(CV_FLOAT);
    mpq_set(v->f, x);
    return v;
}

ConstVal *const_float64(double d)
{
    ConstVal *v = cv_new(CV_FLOAT);
    mpq_set_d(v->f, d);
    return v;
}

ConstVal *const_string(const char *s, size_t len)
{
    ConstVal *v = cv_new(CV_STRING);
    v->s = arena_strndup(const_arena, s, len);
    v->slen = len;
    return v;
}

/* ---- literal parsing ---- */

/* Copies text without '_' separators. */
static char *strip_underscores(const char *text)
{
    size_t n = strlen(text);
    char *out = arena_alloc(const_arena, n + 1);
    size_t j = 0;
    for (size_t i = 0; i < n; i++)
        if (text[i] != '_')
            out[j++] = text[i];
    out[j] = 0;
    return out;
}

ConstVal *const_parse_int(const char *text, const char **err)
{
    char *s = strip_underscores(text);
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        base = 16, s += 2;
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
        base = 2, s += 2;
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
        base = 8, s += 2;
    else if (s[0] == '0' && s[1])
        base = 8, s += 1;
    ConstVal *v = cv_new(CV_INT);
    if (!*s || mpz_set_str(v->i, s, base) != 0) {
        *err = "invalid integer literal";
        return NULL;
    }
    return v;
}

/* Sets r = m * base^e for base 10 or 2. */
static bool scale_pow(mpq_t r, long e, int base)
{
    if (e > 100000 || e < -100000)
        return false;
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, (unsigned long)base, (unsigned long)(e < 0 ? -e : e));
    mpq_t q;
    mpq_init(q);
    mpq_set_z(q, p);
    if (e < 0)
        mpq_div(r, r, q);
    else
        mpq_mul(r, r, q);
    mpq_clear(q);
    mpz_clear(p);
    return true;
}

static ConstVal *parse_hex_float(const char *s, const char **err)
{
    ConstVal *v = cv_new(CV_FLOAT);
    mpz_t m;
    mpz_init(m);
    long frac = 0;
    bool dot = false;
    for (; *s && *s != 'p' && *s != 'P'; s++) {
        if (*s == '.') {
            dot = true;
            continue;
        }
        int d = isdigit((unsigned char)*s) ? *s - '0' : (tolower((unsigned char)*s) - 'a' + 10);
        mpz_mul_ui(m, m, 16);
        mpz_add_ui(m, m, (unsigned long)d);
        if (dot)
            frac += 4;
    }
    long e = (*s == 'p' || *s == 'P') ? strtol(s + 1, NULL, 10) : 0;
    mpq_set_z(v->f, m);
    mpz_clear(m);
    if (!scale_pow(v->f, e - frac, 2)) {
        *err = "float constant overflow";
        return NULL;
    }
    mpq_canonicalize(v->f);
    return v;
}

ConstVal *const_parse_float(const char *text, const char **err)
{
    char *s = strip_underscores(text);
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        return parse_hex_float(s + 2, err);
    ConstVal *v = cv_new(CV_FLOAT);
    mpz_t m;
    mpz_init(m);
    long frac = 0;
    bool dot = false;
    for (; *s && *s != 'e' && *s != 'E'; s++) {
        if (*s == '.') {
            dot = true;
            continue;
        }
        mpz_mul_ui(m, m, 10);
        mpz_add_ui(m, m, (unsigned long)(*s - '0'));
        if (dot)
            frac++;
    }
    long e = (*s == 'e' || *s == 'E') ? strtol(s + 1, NULL, 10) : 0;
    mpq_set_z(v->f, m);
    mpz_clear(m);
    if (!scale_pow(v->f, e - frac, 10)) {
        *err = "float constant overflow";
        return NULL;
    }
    mpq_canonicalize(v->f);
    return v;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes one (possibly escaped) character at *p; returns the code point or byte value and sets
 * *is_byte for \x and octal escapes (which give raw bytes in strings). -1 on error. */
static long decode_char(const char **p, bool *is_byte)
{
    const unsigned char *s = (const unsigned char *)*p;
    *is_byte = false;
    if (*s != '\\') {
        /* UTF-8 decode */
        long c = s[0];
        int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (n > 1) {
            c &= (0x7F >> n);
            for (int i = 1; i < n && s[i]; i++)
                c = (c << 6) | (s[i] & 0x3F);
        }
        *p += n;
        return c;
    }
    s++;
    char e = (char)*s++;
    int ndig = 0, base = 16;
    switch (e) {
    case 'a': *p += 2; return 7;
    case 'b': *p += 2; return 8;
    case 'f': *p += 2; return 12;
    case 'n': *p += 2; return 10;
    case 'r': *p += 2; return 13;
    case 't': *p += 2; return 9;
    case 'v': *p += 2; return 11;
    case '\\': *p += 2; return '\\';
    case '\'': *p += 2; return '\'';
    case '"': *p += 2; return '"';
    case 'x': ndig = 2; *is_byte = true; break;
    case 'u': ndig = 4; break;
    case 'U': ndig = 8; break;
    default:
        if (e >= '0' && e <= '7') {
            ndig = 3, base = 8, *is_byte = true;
            s--;
        } else {
            return -1;
        }
    }
    long v = 0;
    for (int i = 0; i < ndig; i++) {
        int d = base == 8 ? (s[i] >= '0' && s[i] <= '7' ? s[i] - '0' : -1) : hexval((char)s[i]);
        if (d < 0)
            return -1;
        v = v * base + d;
    }
    *p = (const char *)s + ndig;
    return v;
}

ConstVal *const_parse_rune(const char *text, const char **err)
{
    const char *p = text + 1;
    bool is_byte;
    long c = decode_char(&p, &is_byte);
    if (c < 0 || *p != '\'') {
        *err = "invalid rune literal";
        return NULL;
    }
    return const_int64(c);
}

static size_t encode_utf8(char *out, long c)
{
    if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
    if (c < 0x80) { out[0] = (char)c; return 1; }
    if (c < 0x800) { out[0] = (char)(0xC0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

ConstVal *const_parse_string(const char *text, const char **err)
{
    size_t n = strlen(text);
    char *buf = arena_alloc(const_arena, n * 4 + 1);
    size_t len = 0;
    if (text[0] == '`') {
        for (size_t i = 1; i + 1 < n; i++)
            if (text[i] != '\r')
                buf[len++] = text[i];
        return const_string(buf, len);
    }
    const char *p = text + 1, *end = text + n - 1;
    while (p < end) {
        if (*p != '\\') {
            buf[len++] = *p++;
            continue;
        }
        bool is_byte;
        long c = decode_char(&p, &is_byte);
        if (c < 0) {
            *err = "invalid escape sequence";
            return NULL;
        }
        if (is_byte)
            buf[len++] = (char)c;
        else
            len += encode_utf8(buf + len, c);
    }
    return const_string(buf, len);
}

/* ---- arithmetic ---- */

ConstVal *const_to_float(const ConstVal *x)
{
    if (x->kind == CV_FLOAT)
        return (ConstVal *)x;
    ConstVal *v = cv_new(CV_FLOAT);
    mpq_set_z(v->f, x->i);
    return v;
}

ConstVal *const_to_int(const ConstVal *x, bool *exact)
{
    if (exact)
        *exact = true;
    if (x->kind == CV_INT)
        return (ConstVal *)x;
    ConstVal *v = cv_new(CV_INT);
    mpz_tdiv_q(v->i, mpq_numref(x->f), mpq_denref(x->f));
    if (exact)
        *exact = mpz_cmp_ui(mpq_denref(x->f), 1) == 0;
    return v;
}

bool const_is_int_valued(const ConstVal *x)
{
    return x->kind == CV_INT || (x->kind == CV_FLOAT && mpz_cmp_ui(mpq_denref(x->f), 1) == 0);
}

static ConstVal *int_binary(ConstOp op, const ConstVal *x, const ConstVal *y, bool int_div)
{
    if ((op == COP_DIV || op == COP_REM) && mpz_sgn(y->i) == 0)
        return NULL;
    if (op == COP_DIV && !int_div) {
        ConstVal *v = cv_new(CV_FLOAT);
        mpq_set_num(v->f, x->i);
        mpq_set_den(v->f, y->i);
        mpq_canonicalize(v->f);
        return v;
    }
    ConstVal *v = cv_new(CV_INT);
    switch (op) {
    case COP_ADD: mpz_add(v->i, x->i, y->i); break;
    case COP_SUB: mpz_sub(v->i, x->i, y->i); break;
    case COP_MUL: mpz_mul(v->i, x->i, y->i); break;
    case COP_DIV: mpz_tdiv_q(v->i, x->i, y->i); break;
    case COP_REM: mpz_tdiv_r(v->i, x->i, y->i); break;
    case COP_AND: mpz_and(v->i, x->i, y->i); break;
    case COP_OR: mpz_ior(v->i, x->i, y->i); break;
    case COP_XOR: mpz_xor(v->i, x->i, y->i); break;
    case COP_ANDNOT: {
        mpz_t t;
        mpz_init(t);
        mpz_com(t, y->i);
        mpz_and(v->i, x->i, t);
        mpz_clear(t);
        break;
    }
    default: return NULL;
    }
    return v;
}

static ConstVal *float_binary(ConstOp op, const ConstVal *x, const ConstVal *y)
{
    ConstVal *v = cv_new(CV_FLOAT);
    switch (op) {
    case COP_ADD: mpq_add(v->f, x->f, y->f); break;
    case COP_SUB: mpq_sub(v->f, x->f, y->f); break;
    case COP_MUL: mpq_mul(v->f, x->f, y->f); break;
    case COP_DIV:
        if (mpq_sgn(y->f) == 0)
            return NULL;
        mpq_div(v->f, x->f, y->f);
        break;
    default: return NULL;
    }
    return v;
}

ConstVal *const_binary(ConstOp op, const ConstVal *x, const ConstVal *y, bool int_div)
{
    if (op >= COP_EQL && op <= COP_GEQ)
        return const_bool(const_compare(op, x, y));
    if (x->kind == CV_BOOL) {
        return const_bool(op == COP_LAND ? (x->b && y->b) : (x->b || y->b));
    }
    if (x->kind == CV_STRING) {
        size_t n = x->slen + y->slen;
        char *s = arena_alloc(const_arena, n + 1);
        memcpy(s, x->s, x->slen);
        memcpy(s + x->slen, y->s, y->slen);
        return const_string(s, n);
    }
    if (x->kind == CV_INT && y->kind == CV_INT)
        return int_binary(op, x, y, int_div);
    return float_binary(op, const_to_float(x), const_to_float(y));
}

static int const_cmp3(const ConstVal *x, const ConstVal *y)
{
    if (x->kind == CV_STRING) {
        size_t n = x->slen < y->slen ? x->slen : y->slen;
        int c = memcmp(x->s, y->s, n);
        if (c)
            return c;
        return x->slen < y->slen ? -1 : x->slen > y->slen;
    }
    if (x->kind == CV_BOOL)
        return x->b != y->b;
    if (x->kind == CV_INT && y->kind == CV_INT)
        return mpz_cmp(x->i, y->i);
    return mpq_cmp(const_to_float(x)->f, const_to_float(y)->f);
}

uint64_t const_hash(const ConstVal *x)
{
    uint64_t h = 14695981039346656037ull ^ (uint64_t)x->kind;
    switch (x->kind) {
    case CV_BOOL: return h * 1099511628211ull + x->b;
    case CV_INT: return (h ^ mpz_get_ui(x->i)) * 1099511628211ull + (uint64_t)(mpz_sgn(x->i) + 1);
    case CV_FLOAT:
        return ((h ^ mpz_get_ui(mpq_numref(x->f))) * 1099511628211ull ^ mpz_get_ui(mpq_denref(x->f))) *
               1099511628211ull + (uint64_t)(mpq_sgn(x->f) + 1);
    case CV_STRING:
        for (size_t i = 0; i < x->slen; i++)
            h = (h ^ (unsigned char)x->s[i]) * 1099511628211ull;
        return h;
    }
    return h;
}

bool const_compare(ConstOp op, const ConstVal *x, const ConstVal *y)
{
    int c = const_cmp3(x, y);
    switch (op) {
    case COP_EQL: return c == 0;
    case COP_NEQ: return c != 0;
    case COP_LSS: return c < 0;
    case COP_LEQ: return c <= 0;
    case COP_GTR: return c > 0;
    case COP_GEQ: return c >= 0;
    default: return false;
    }
}

ConstVal *const_shift(ConstOp op, const ConstVal *x, uint64_t s)
{
    if (s > 10000)
        return NULL;
    ConstVal *v = cv_new(CV_INT);
    if (op == COP_SHL)
        mpz_mul_2exp(v->i, x->i, (mp_bitcnt_t)s);
    else
        mpz_fdiv_q_2exp(v->i, x->i, (mp_bitcnt_t)s);
    return v;
}

ConstVal *const_unary(ConstOp op, const ConstVal *x, int ubits)
{
    switch (op) {
    case COP_POS: return (ConstVal *)x;
    case COP_NOT: return const_bool(!x->b);
    case COP_NEG:
        if (x->kind == CV_INT) {
            ConstVal *v = cv_new(CV_INT);
            mpz_neg(v->i, x->i);
            return v;
        } else {
            ConstVal *v = cv_new(CV_FLOAT);
            mpq_neg(v->f, x->f);
            return v;
        }
    case COP_BITNOT: {
        ConstVal *v = cv_new(CV_INT);
        if (ubits > 0) { /* ^x for unsigned: x XOR all-ones of that size */
            mpz_t m;
            mpz_init(m);
            mpz_setbit(m, (mp_bitcnt_t)ubits);
            mpz_sub_ui(m, m, 1);
            mpz_xor(v->i, x->i, m);
            mpz_clear(m);
        } else {
            mpz_com(v->i, x->i);
        }
        return v;
    }
    default: return NULL;
    }
}

/* ---- representability ---- */

static bool int_fits(const mpz_t v, TypeKind k)
{
    static const struct { int bits; bool sign; } info[] = {
        [TY_INT] = {64, true}, [TY_INT8] = {8, true}, [TY_INT16] = {16, true},
        [TY_INT32] = {32, true}, [TY_INT64] = {64, true}, [TY_UINT] = {64, false},
        [TY_UINT8] = {8, false}, [TY_UINT16] = {16, false}, [TY_UINT32] = {32, false},
        [TY_UINT64] = {64, false}, [TY_UINTPTR] = {64, false},
    };
    int bits = info[k].bits;
    if (!info[k].sign)
        return mpz_sgn(v) >= 0 && mpz_sizeinbase(v, 2) <= (size_t)bits;
    if (mpz_sgn(v) >= 0)
        return mpz_sizeinbase(v, 2) <= (size_t)(bits - 1);
    mpz_t t;
    mpz_init(t);
    mpz_add_ui(t, v, 1);
    mpz_neg(t, t);
    bool ok = mpz_sgn(t) == 0 || mpz_sizeinbase(t, 2) <= (size_t)(bits - 1);
    mpz_clear(t);
    return ok;
}

/* The adjacent float (32-bit when is32) of d, away from zero (direction `sign` when d is 0).
 * Steps the IEEE bit pattern, so the largest finite value steps to infinity. */
static double step_away(double d, int sign, bool is32)
{
    if (d == 0) {
        double tiny = is32 ? (double)1.40129846e-45f : 4.9406564584124654e-324;
        return sign >= 0 ? tiny : -tiny;
    }
    if (is32) {
        float f = (float)d;
        uint32_t bits;
        memcpy(&bits, &f, sizeof bits);
        bits++;
        memcpy(&f, &bits, sizeof f);
        return f;
    }
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    bits++;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* The float nearest to d truncated toward zero (d is a double already truncated from the exact value). */
static double truncate_to_float(double d)
{
    float f = (float)d;
    if (isfinite(f) && f != 0 && (f > 0 ? (double)f > d : (double)f < d)) {
        uint32_t bits;
        memcpy(&bits, &f, sizeof bits);
        bits--; /* one step toward zero */
        memcpy(&f, &bits, sizeof f);
    } else if (isinf(f)) {
        f = d > 0 ? 3.40282347e+38f : -3.40282347e+38f; /* FLT_MAX: truncation never overflows */
    }
    return f;
}

/* Exact value of a candidate; infinity stands for the next power of two after the largest finite
 * float (2^128 or 2^1024), which is how IEEE rounding decides overflow. */
static void candidate_value(mpq_t out, double d, bool is32)
{
    if (isfinite(d)) {
        mpq_set_d(out, d);
        return;
    }
    mpz_t p;
    mpz_init(p);
    mpz_setbit(p, is32 ? 128 : 1024);
    if (d < 0)
        mpz_neg(p, p);
    mpq_set_z(out, p);
    mpz_clear(p);
}

/* Rounds q to the nearest float64 (float32 when is32), ties to even, as Go rounds typed constants.
 * Returns an infinity when the value overflows. */
static double nearest_float(const mpq_t q, bool is32)
{
    double lo = mpq_get_d(q); /* truncated toward zero */
    if (!isfinite(lo))
        return lo;
    if (is32)
        lo = truncate_to_float(lo);
    mpq_t a, d1, d2;
    mpq_inits(a, d1, d2, NULL);
    mpq_set_d(a, lo);
    double r = lo;
    if (!mpq_equal(a, q)) {
        double hi = step_away(lo, mpq_sgn(q), is32);
        mpq_sub(d1, q, a);
        mpq_abs(d1, d1);
        candidate_value(a, hi, is32);
        mpq_sub(d2, a, q);
        mpq_abs(d2, d2);
        int c = mpq_cmp(d2, d1);
        if (c < 0) {
            r = hi;
        } else if (c == 0) { /* tie: the candidate whose last mantissa bit is 0 */
            uint64_t bits = 0;
            if (is32) {
                float f = (float)lo;
                uint32_t b32;
                memcpy(&b32, &f, sizeof b32);
                bits = b32;
            } else {
                memcpy(&bits, &lo, sizeof bits);
            }
            if (bits & 1)
                r = hi;
        }
    }
    mpq_clears(a, d1, d2, NULL);
    return r;
}

/* Rounds q to the nearest float (32 or 64 bits); returns false on overflow. */
static bool round_float(const mpq_t q, bool is32, mpq_t out)
{
    double d = nearest_float(q, is32);
    if (!isfinite(d))
        return false;
    mpq_set_d(out, d);
    return true;
}

bool const_representable(const ConstVal *x, Type *t, ConstVal **out, const char **why)
{
    Type *u = type_underlying(t);
    ConstVal *dummy;
    if (!out)
        out = &dummy;
    *out = (ConstVal *)x;
    if (why)
        *why = NULL;
    if (type_is_boolean(u))
        return x->kind == CV_BOOL;
    if (type_is_string(u))
        return x->kind == CV_STRING;
    if (type_is_integer(u)) {
        if (x->kind != CV_INT && x->kind != CV_FLOAT)
            return false;
        bool exact;
        ConstVal *iv = const_to_int(x, &exact);
        if (!exact) {
            if (why) *why = "truncated";
            return false;
        }
        *out = iv;
        if (u->kind == TY_UNTYPED_INT || u->kind == TY_UNTYPED_RUNE)
            return true;
        if (!int_fits(iv->i, u->kind)) {
            if (why) *why = "overflows";
            return false;
        }
        return true;
    }
    if (type_is_float(u)) {
        if (x->kind != CV_INT && x->kind != CV_FLOAT)
            return false;
        ConstVal *fv = const_to_float(x);
        if (u->kind == TY_UNTYPED_FLOAT) {
            *out = fv;
            return true;
        }
        ConstVal *r = cv_new(CV_FLOAT);
        if (!round_float(fv->f, u->kind == TY_FLOAT32, r->f)) {
            if (why) *why = "overflows";
            return false;
        }
        *out = r;
        return true;
    }
    return false;
}

/* ---- accessors ---- */

int64_t const_to_int64(const ConstVal *x)
{
    if (x->kind == CV_BOOL)
        return x->b;
    if (x->kind == CV_FLOAT)
        return (int64_t)mpq_get_d(x->f);
    if (x->kind != CV_INT)
        return 0;
    mpz_t m;
    mpz_init(m);
    mpz_fdiv_r_2exp(m, x->i, 64);
    uint64_t lo = 0;
    size_t cnt = 0;
    mpz_export(&lo, &cnt, -1, sizeof lo, 0, 0, m);
    mpz_clear(m);
    return (int64_t)lo;
}

uint64_t const_to_uint64(const ConstVal *x) { return (uint64_t)const_to_int64(x); }

double const_to_double(const ConstVal *x)
{
    if (x->kind == CV_INT) {
        mpq_t q;
        mpq_init(q);
        mpq_set_z(q, x->i);
        double d = nearest_float(q, false);
        mpq_clear(q);
        return d;
    }
    if (x->kind == CV_FLOAT)
        return nearest_float(x->f, false);
    return 0;
}

int const_sign(const ConstVal *x)
{
    if (x->kind == CV_INT)
        return mpz_sgn(x->i);
    if (x->kind == CV_FLOAT)
        return mpq_sgn(x->f);
    return 0;
}

bool const_fits_int64(const ConstVal *x) { return x->kind == CV_INT && int_fits(x->i, TY_INT64); }
bool const_fits_uint64(const ConstVal *x) { return x->kind == CV_INT && int_fits(x->i, TY_UINT64); }

/* Go prints float constants in messages with %.6g-like shortest form (types2 uses
 * constant.Value.String: up to 6 significant digits, exact decimals when short). */
/* The decimal digits of z, copied into the constants' arena (GMP's own string is freed). */
static char *mpz_repr(const mpz_t z)
{
    char *g = mpz_get_str(NULL, 10, z);
    char *s = arena_strdup(const_arena, g);
    void (*gmp_free)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &gmp_free);
    gmp_free(g, strlen(g) + 1);
    return s;
}

static const char *float_repr(const ConstVal *x)
{
    if (mpz_cmp_ui(mpq_denref(x->f), 1) == 0) {
        char *s = mpz_repr(mpq_numref(x->f));
        if (strlen(s) <= 20)
            return s;
    }
    double d = mpq_get_d(x->f);
    char buf[64];
    snprintf(buf, sizeof buf, "%.6g", d);
    return arena_strdup(const_arena, buf);
}

const char *const_string_repr(const ConstVal *x)
{
    switch (x->kind) {
    case CV_BOOL: return x->b ? "true" : "false";
    case CV_INT: {
        char *s = mpz_repr(x->i);
        if (strlen(s) > 40) {
            double d = mpz_get_d(x->i);
            char buf[64];
            snprintf(buf, sizeof buf, "%.5g", d);
            return arena_strdup(const_arena, buf);
        }
        return s;
    }
    case CV_FLOAT: return float_repr(x);
    case CV_STRING: {
        size_t n = x->slen > 72 ? 72 : x->slen;
        char *s = arena_alloc(const_arena, n * 4 + 8);
        size_t j = 0;
        s[j++] = '"';
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)x->s[i];
            if (c == '"' || c == '\\') {
                s[j++] = '\\';
                s[j++] = (char)c;
            } else if (c == '\n') {
                s[j++] = '\\';
                s[j++] = 'n';
            } else {
                s[j++] = (char)c;
            }
        }
        if (n < x->slen) {
            memcpy(s + j, "...", 3);
            j += 3;
        }
        s[j++] = '"';
        s[j] = 0;
        return s;
    }
    }
    return "?";
}

void const_fprint(FILE *out, const ConstVal *x) { fputs(const_string_repr(x), out); }
