/* constant.h: Go constant values at arbitrary precision (GMP).
 *
 * Integers (and runes) are mpz_t, floats are exact rationals (mpq_t): Go's untyped float constants
 * are exact in every program llgo-lite accepts (literals are finite decimals/hex fractions with
 * bounded exponents). When a constant is converted to float32/float64 its value is rounded to that
 * precision (the rational then holds the rounded binary value exactly). Strings are byte strings
 * (may contain NUL), kept with their length.
 *
 * Values are immutable once made; operations return new values from the arena given to
 * const_init(). Errors are reported by the checker, which asks the predicates below
 * (const_representable) and formats Go's messages.
 */
#ifndef LLGO_CONSTANT_H
#define LLGO_CONSTANT_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <gmp.h>

struct Arena;
struct Type;

typedef enum ConstKind { CV_BOOL, CV_INT, CV_FLOAT, CV_STRING } ConstKind;

typedef struct ConstVal {
    ConstKind kind;
    bool b;            /* CV_BOOL */
    mpz_t i;           /* CV_INT */
    mpq_t f;           /* CV_FLOAT (canonical) */
    const char *s;     /* CV_STRING bytes (NUL-terminated for convenience) */
    size_t slen;       /* CV_STRING length */
} ConstVal;

void const_init(struct Arena *arena);

ConstVal *const_bool(bool b);
ConstVal *const_int64(int64_t v);
ConstVal *const_uint64(uint64_t v);
ConstVal *const_mpz(const mpz_t v);
ConstVal *const_float_mpq(const mpq_t v);
ConstVal *const_float64(double d);
ConstVal *const_string(const char *s, size_t len);

/* Literal parsing from the lexer's text. Return NULL and set *err (static text) on malformed input. */
ConstVal *const_parse_int(const char *text, const char **err);    /* 42, 0x2A, 0o52, 052, 0b101010, 1_000 */
ConstVal *const_parse_float(const char *text, const char **err);  /* 1.5, .5e3, 1e-9, 0x1p-2, 1_0.0 */
ConstVal *const_parse_rune(const char *text, const char **err);   /* 'a' '\n' '\x41' '\u00e9' '\101' */
ConstVal *const_parse_string(const char *text, const char **err); /* "..." with escapes, or `raw` */

/* Arithmetic following Go's rules for the operand kinds; the caller has converted both operands to
 * one kind (ints stay ints; `/` on two ints truncates when `int_div` is set, i.e. the operand type
 * is an integer type, otherwise yields an exact rational). Returns NULL on division by zero. */
typedef enum ConstOp {
    COP_ADD, COP_SUB, COP_MUL, COP_DIV, COP_REM, COP_AND, COP_OR, COP_XOR, COP_ANDNOT,
    COP_SHL, COP_SHR, COP_LAND, COP_LOR,
    COP_EQL, COP_NEQ, COP_LSS, COP_LEQ, COP_GTR, COP_GEQ,
    COP_NEG, COP_POS, COP_NOT, COP_BITNOT
} ConstOp;

ConstVal *const_binary(ConstOp op, const ConstVal *x, const ConstVal *y, bool int_div);
bool const_compare(ConstOp op, const ConstVal *x, const ConstVal *y);
/* A hash of x's kind and value: values of one kind that compare equal hash equal. */
uint64_t const_hash(const ConstVal *x);
/* Shift x (CV_INT) by s bits. Returns NULL if s is too large (> 10000). */
ConstVal *const_shift(ConstOp op, const ConstVal *x, uint64_t s);
/* Unary op. For COP_BITNOT on a typed unsigned operand pass its bit size in `ubits` (else 0). */
ConstVal *const_unary(ConstOp op, const ConstVal *x, int ubits);

/* Kind conversions between numeric representations. */
ConstVal *const_to_float(const ConstVal *x);          /* int -> float (exact) */
ConstVal *const_to_int(const ConstVal *x, bool *exact); /* float -> int; *exact false if truncated */
bool const_is_int_valued(const ConstVal *x);          /* int, or float with integral value */

/* Representability of x as a value of basic type t (typed kinds; untyped kinds accept anything of
 * their class). On success *out (if non-NULL) is the value converted/rounded for t.
 * *why is set to "overflows" or "truncated" on failure. */
bool const_representable(const ConstVal *x, struct Type *t, ConstVal **out, const char **why);

/* Accessors for lowering. */
int64_t const_to_int64(const ConstVal *x);   /* wraps modulo 2^64 for ints; truncates floats */
uint64_t const_to_uint64(const ConstVal *x);
double const_to_double(const ConstVal *x);  /* nearest float64, ties to even */
int const_sign(const ConstVal *x);
bool const_fits_int64(const ConstVal *x);
bool const_fits_uint64(const ConstVal *x);

/* Go's printing of a constant in messages: 300, 1.5, "abc", true; long values abbreviated. */
const char *const_string_repr(const ConstVal *x);
void const_fprint(FILE *out, const ConstVal *x);

#endif
