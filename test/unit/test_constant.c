/* test_constant.c: Check suite for Go constants (frontend/constant.c).
 *
 * Covers literal parsing in every form Go accepts, exact arithmetic (big integers, exact rational
 * floats), comparisons, shifts, unary operators, representability in typed kinds with Go's
 * "overflows"/"truncated" reasons, and the spelling used in messages. Expected values follow the Go
 * spec and what Go 1.19 prints for the same constants (`println` of the constant, or its error). */
/* Check's own header by path: the frontend's include path could shadow <check.h>. */
#include </usr/include/check.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "constant.h"
#include "types.h"

static Arena arena;

static void setup(void)
{
    types_init(&arena);
    const_init(&arena);
}

static ConstVal *int_lit(const char *text)
{
    const char *err = NULL;
    ConstVal *v = const_parse_int(text, &err);
    ck_assert_msg(v != NULL, "%s: %s", text, err ? err : "?");
    ck_assert_int_eq(v->kind, CV_INT);
    return v;
}

static ConstVal *float_lit(const char *text)
{
    const char *err = NULL;
    ConstVal *v = const_parse_float(text, &err);
    ck_assert_msg(v != NULL, "%s: %s", text, err ? err : "?");
    return v;
}

static void assert_repr(const ConstVal *v, const char *want)
{
    const char *got = const_string_repr(v);
    ck_assert_msg(strcmp(got, want) == 0, "got %s, want %s", got, want);
}

START_TEST(int_literals)
{
    ck_assert_int_eq(const_to_int64(int_lit("42")), 42);
    ck_assert_int_eq(const_to_int64(int_lit("0x2A")), 42);
    ck_assert_int_eq(const_to_int64(int_lit("0X2a")), 42);
    ck_assert_int_eq(const_to_int64(int_lit("0o52")), 42);
    ck_assert_int_eq(const_to_int64(int_lit("052")), 42);
    ck_assert_int_eq(const_to_int64(int_lit("0b101010")), 42);
    ck_assert_int_eq(const_to_int64(int_lit("1_000_000")), 1000000);
    ck_assert_int_eq(const_to_int64(int_lit("0")), 0);
    /* beyond 64 bits: exact */
    ConstVal *big = int_lit("0x1_0000_0000_0000_0000");
    ck_assert(!const_fits_uint64(big));
    ck_assert(!const_fits_int64(big));
    assert_repr(int_lit("18446744073709551615"), "18446744073709551615");
    ck_assert(const_fits_uint64(int_lit("18446744073709551615")));
    ck_assert(!const_fits_int64(int_lit("9223372036854775808")));
    ck_assert(const_fits_int64(int_lit("9223372036854775807")));
}
END_TEST

START_TEST(float_literals)
{
    ck_assert(const_to_double(float_lit("1.5")) == 1.5);
    ck_assert(const_to_double(float_lit(".5e3")) == 500.0);
    ck_assert(const_to_double(float_lit("1e-9")) == 1e-9);
    ck_assert(const_to_double(float_lit("0x1p-2")) == 0.25);
    ck_assert(const_to_double(float_lit("1_0.0")) == 10.0);
    ck_assert(const_to_double(float_lit("6.")) == 6.0);
    /* exact: 0.1 * 3 == 0.3 for untyped constants */
    ConstVal *x = const_binary(COP_MUL, float_lit("0.1"), const_to_float(const_int64(3)), false);
    ck_assert(const_compare(COP_EQL, x, float_lit("0.3")));
    /* a float with an integral value is integer-valued */
    ck_assert(const_is_int_valued(float_lit("1e3")));
    ck_assert(!const_is_int_valued(float_lit("1.25")));
}
END_TEST

START_TEST(rune_and_string_literals)
{
    const char *err = NULL;
    ck_assert_int_eq(const_to_int64(const_parse_rune("'a'", &err)), 'a');
    ck_assert_int_eq(const_to_int64(const_parse_rune("'\\n'", &err)), '\n');
    ck_assert_int_eq(const_to_int64(const_parse_rune("'\\x41'", &err)), 0x41);
    ck_assert_int_eq(const_to_int64(const_parse_rune("'\\u00e9'", &err)), 0xe9);
    ck_assert_int_eq(const_to_int64(const_parse_rune("'\\101'", &err)), 65);
    ck_assert_int_eq(const_to_int64(const_parse_rune("'é'", &err)), 0xe9);
    ck_assert_int_eq(const_to_int64(const_parse_rune("'\\U0001F600'", &err)), 0x1F600);

    ConstVal *s = const_parse_string("\"a\\tb\\u00e9\\xff\"", &err);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(s->kind, CV_STRING);
    ck_assert_int_eq((int)s->slen, 6); /* a \t b, é is 2 bytes, \xff one byte */
    ck_assert(memcmp(s->s, "a\tb\xc3\xa9\xff", 6) == 0);

    ConstVal *raw = const_parse_string("`a\\n`", &err);
    ck_assert_int_eq((int)raw->slen, 3);
    ck_assert(memcmp(raw->s, "a\\n", 3) == 0);

    ConstVal *nul = const_parse_string("\"a\\x00b\"", &err);
    ck_assert_int_eq((int)nul->slen, 3);
}
END_TEST

START_TEST(int_arithmetic)
{
    ConstVal *a = const_int64(7), *b = const_int64(-2);
    ck_assert_int_eq(const_to_int64(const_binary(COP_ADD, a, b, true)), 5);
    ck_assert_int_eq(const_to_int64(const_binary(COP_SUB, a, b, true)), 9);
    ck_assert_int_eq(const_to_int64(const_binary(COP_MUL, a, b, true)), -14);
    /* Go truncates toward zero */
    ck_assert_int_eq(const_to_int64(const_binary(COP_DIV, a, b, true)), -3);
    ck_assert_int_eq(const_to_int64(const_binary(COP_REM, a, b, true)), 1);
    ck_assert_int_eq(const_to_int64(const_binary(COP_DIV, const_int64(-7), const_int64(2), true)), -3);
    ck_assert_int_eq(const_to_int64(const_binary(COP_REM, const_int64(-7), const_int64(2), true)), -1);
    ck_assert_int_eq(const_to_int64(const_binary(COP_AND, const_int64(12), const_int64(10), true)), 8);
    ck_assert_int_eq(const_to_int64(const_binary(COP_OR, const_int64(12), const_int64(10), true)), 14);
    ck_assert_int_eq(const_to_int64(const_binary(COP_XOR, const_int64(12), const_int64(10), true)), 6);
    ck_assert_int_eq(const_to_int64(const_binary(COP_ANDNOT, const_int64(12), const_int64(10), true)), 4);
    /* untyped division of integers that is not integer division gives an exact rational */
    ConstVal *q = const_binary(COP_DIV, const_to_float(const_int64(1)), const_to_float(const_int64(3)), false);
    ConstVal *three = const_binary(COP_MUL, q, const_to_float(const_int64(3)), false);
    ck_assert(const_compare(COP_EQL, three, const_to_float(const_int64(1))));
}
END_TEST

START_TEST(big_arithmetic)
{
    /* 1 << 100 >> 98 == 4, exactly */
    ConstVal *big = const_shift(COP_SHL, const_int64(1), 100);
    ck_assert_ptr_nonnull(big);
    assert_repr(big, "1267650600228229401496703205376");
    ck_assert_int_eq(const_to_int64(const_shift(COP_SHR, big, 98)), 4);
    ConstVal *sq = const_binary(COP_MUL, big, big, true);
    ck_assert_int_eq(const_sign(sq), 1);
    ck_assert(const_compare(COP_GTR, sq, big));
    ck_assert_int_eq(const_to_int64(const_shift(COP_SHR, const_int64(-8), 1)), -4);
    ck_assert_ptr_null(const_shift(COP_SHL, const_int64(1), 100000)); /* too large */
}
END_TEST

START_TEST(unary_ops)
{
    ck_assert_int_eq(const_to_int64(const_unary(COP_NEG, const_int64(5), 0)), -5);
    ck_assert_int_eq(const_to_int64(const_unary(COP_POS, const_int64(5), 0)), 5);
    /* ^5 == -6 for signed/untyped; ^uint8(5) == 250 */
    ck_assert_int_eq(const_to_int64(const_unary(COP_BITNOT, const_int64(5), 0)), -6);
    ck_assert_int_eq(const_to_int64(const_unary(COP_BITNOT, const_int64(5), 8)), 250);
    ck_assert(const_unary(COP_NOT, const_bool(false), 0)->b);
}
END_TEST

START_TEST(comparisons)
{
    ck_assert(const_compare(COP_LSS, const_int64(-1), const_int64(0)));
    ck_assert(const_compare(COP_GEQ, const_int64(3), const_int64(3)));
    ck_assert(!const_compare(COP_NEQ, const_int64(3), const_int64(3)));
    ConstVal *a = const_string("abc", 3), *b = const_string("abd", 3);
    ck_assert(const_compare(COP_LSS, a, b));
    ck_assert(const_compare(COP_EQL, a, const_string("abc", 3)));
    ck_assert(const_compare(COP_NEQ, const_bool(true), const_bool(false)));
    ck_assert(const_compare(COP_LSS, float_lit("1.5"), float_lit("1.75")));
}
END_TEST

static const char *why_not(const ConstVal *v, TypeKind k)
{
    const char *why = NULL;
    ConstVal *out = NULL;
    if (const_representable(v, type_basic(k), &out, &why))
        return "ok";
    return why ? why : "no";
}

START_TEST(representable)
{
    /* constant 300 overflows byte; 256 overflows uint8 */
    ck_assert_str_eq(why_not(const_int64(300), TY_UINT8), "overflows");
    ck_assert_str_eq(why_not(const_int64(255), TY_UINT8), "ok");
    ck_assert_str_eq(why_not(const_int64(-1), TY_UINT), "overflows");
    ck_assert_str_eq(why_not(const_int64(-128), TY_INT8), "ok");
    ck_assert_str_eq(why_not(const_int64(-129), TY_INT8), "overflows");
    ck_assert_str_eq(why_not(const_int64(1 << 16), TY_UINT16), "overflows");
    ck_assert_str_eq(why_not(int_lit("18446744073709551615"), TY_UINT64), "ok");
    ck_assert_str_eq(why_not(int_lit("18446744073709551616"), TY_UINT64), "overflows");
    ck_assert_str_eq(why_not(int_lit("9223372036854775808"), TY_INT), "overflows");
    /* 1.5 truncated to int; 2.0 is fine and becomes the integer 2 */
    ck_assert_str_eq(why_not(float_lit("1.5"), TY_INT), "truncated");
    ConstVal *out = NULL;
    const char *why = NULL;
    ck_assert(const_representable(float_lit("2.0"), type_basic(TY_INT), &out, &why));
    ck_assert_int_eq(out->kind, CV_INT);
    ck_assert_int_eq(const_to_int64(out), 2);
    /* floats: 1e300 overflows float32, not float64; ints become floats */
    ck_assert_str_eq(why_not(float_lit("1e300"), TY_FLOAT32), "overflows");
    ck_assert_str_eq(why_not(float_lit("1e300"), TY_FLOAT64), "ok");
    ck_assert_str_eq(why_not(float_lit("1e400"), TY_FLOAT64), "overflows");
    ck_assert_str_eq(why_not(const_int64(3), TY_FLOAT64), "ok");
    /* kind mismatches are not representable */
    ck_assert_str_eq(why_not(const_string("a", 1), TY_INT), "no");
    ck_assert_str_eq(why_not(const_int64(1), TY_STRING), "no");
    ck_assert_str_eq(why_not(const_bool(true), TY_BOOL), "ok");
    ck_assert_str_eq(why_not(const_int64(1), TY_BOOL), "no");
}
END_TEST

START_TEST(float32_rounding)
{
    ConstVal *out = NULL;
    const char *why = NULL;
    ck_assert(const_representable(float_lit("0.1"), type_basic(TY_FLOAT32), &out, &why));
    ck_assert(const_to_double(out) == (double)0.1f);
    ck_assert(const_representable(float_lit("0.1"), type_basic(TY_FLOAT64), &out, &why));
    ck_assert(const_to_double(out) == 0.1);
}
END_TEST

/* Nearest, ties to even, with no double rounding on the way to float32 (checked against Go 1.19:
 * `var d float32 = 1 + 1.0/(1<<24) + 1.0/(1<<60)` is not 1; `var e float64 = 1<<53 + 1` is 1<<53). */
START_TEST(float_rounding_ties)
{
    ConstVal *one = const_to_float(const_int64(1));
    ConstVal *half_ulp32 = const_binary(COP_DIV, one, const_to_float(const_shift(COP_SHL, const_int64(1), 24)), false);
    ConstVal *tiny = const_binary(COP_DIV, one, const_to_float(const_shift(COP_SHL, const_int64(1), 60)), false);
    ConstVal *tie = const_binary(COP_ADD, one, half_ulp32, false);
    ConstVal *above = const_binary(COP_ADD, tie, tiny, false);
    ConstVal *out = NULL;
    const char *why = NULL;
    ck_assert(const_representable(tie, type_basic(TY_FLOAT32), &out, &why));
    ck_assert(const_to_double(out) == 1.0);
    ck_assert(const_representable(above, type_basic(TY_FLOAT32), &out, &why));
    ck_assert(const_to_double(out) == 1.0 + 1.0 / (1 << 23));
    ConstVal *p53 = const_shift(COP_SHL, const_int64(1), 53);
    ck_assert(const_to_double(const_binary(COP_ADD, p53, const_int64(1), true)) == 9007199254740992.0);
    ck_assert(const_to_double(const_binary(COP_ADD, p53, const_int64(3), true)) == 9007199254740996.0);
    ck_assert(const_to_double(float_lit("1e-9")) == 1e-9);
    ck_assert(const_to_double(float_lit("0.1")) == 0.1);
    ck_assert(const_to_double(const_unary(COP_NEG, float_lit("0.3"), 0)) == -0.3);
    ck_assert_str_eq(why_not(float_lit("3.4028235e38"), TY_FLOAT32), "ok");
    ck_assert_str_eq(why_not(float_lit("3.5e38"), TY_FLOAT32), "overflows");
    ck_assert_str_eq(why_not(const_unary(COP_NEG, float_lit("3.5e38"), 0), TY_FLOAT32), "overflows");
}
END_TEST

START_TEST(spelling)
{
    assert_repr(const_int64(300), "300");
    assert_repr(const_int64(-5), "-5");
    assert_repr(const_bool(true), "true");
    assert_repr(const_string("abc", 3), "\"abc\"");
    assert_repr(float_lit("1.5"), "1.5");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("constant");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, int_literals);
    tcase_add_test(tc, float_literals);
    tcase_add_test(tc, rune_and_string_literals);
    tcase_add_test(tc, int_arithmetic);
    tcase_add_test(tc, big_arithmetic);
    tcase_add_test(tc, unary_ops);
    tcase_add_test(tc, comparisons);
    tcase_add_test(tc, representable);
    tcase_add_test(tc, float32_rounding);
    tcase_add_test(tc, float_rounding_ties);
    tcase_add_test(tc, spelling);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    arena_free_all(&arena);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
