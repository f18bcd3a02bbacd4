/* test_lexer.c: Check suite for the lexer (frontend/lex.c, lex_unquote.c) and diagnostics.
 *
 * Each test lexes a small in-memory source and compares the token kinds and texts, or the errors
 * (with their line:col), with what Go 1.19's scanner produces for the same input. */
/* Check's own header by path: frontend/check.h (the type checker) shadows <check.h> on the
 * include path that llgo_frontend exports. */
#include </usr/include/check.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lex.h"
#include "source.h"

#define MAX_TOKS 256

static Token toks[MAX_TOKS];
static int ntoks;

/* Lexes src (n bytes) completely into toks (EOF included). */
static void lex_all_n(const char *src, size_t n)
{
    diag_reset();
    SourceFile *f = source_from_string("t.go", src, n);
    Lexer lx;
    lex_init(&lx, f);
    ntoks = 0;
    for (;;) {
        Token t = lex_next(&lx);
        ck_assert_int_lt(ntoks, MAX_TOKS);
        toks[ntoks++] = t;
        if (t.kind == TK_EOF)
            break;
    }
}

static void lex_all(const char *src)
{
    lex_all_n(src, strlen(src));
}

/* "KIND text" of token i, for readable failures. */
static const char *tok_str(int i)
{
    static char buf[256];
    snprintf(buf, sizeof buf, "%s %.*s", tok_kind_name(toks[i].kind), (int)toks[i].len, toks[i].text);
    return buf;
}

static void expect_kinds(const TokKind *kinds, int n)
{
    ck_assert_msg(ntoks == n, "got %d tokens, want %d", ntoks, n);
    for (int i = 0; i < n; i++)
        ck_assert_msg(toks[i].kind == kinds[i], "token %d: got %s, want %s", i, tok_str(i), tok_kind_name(kinds[i]));
}

/* The i-th error as "L:C: message". */
static const char *err_str(int i)
{
    static char buf[512];
    Pos pos;
    const char *msg;
    if (!diag_get(i, &pos, &msg))
        return "<none>";
    PosInfo pi = pos_info(pos);
    snprintf(buf, sizeof buf, "%d:%d: %s", pi.line, pi.col, msg);
    return buf;
}

static void expect_error(const char *src, const char *want)
{
    lex_all(src);
    ck_assert_str_eq(err_str(0), want);
}

START_TEST(test_semicolon_insertion)
{
    lex_all("x\nreturn\n)\n]\n}\n1\n\"s\"\nbreak\ncontinue\nfallthrough\ni++\ni--\n");
    int semis = 0;
    for (int i = 0; i < ntoks; i++)
        semis += toks[i].kind == TK_SEMICOLON;
    ck_assert_int_eq(semis, 12);
    lex_all("a +\nb");
    expect_kinds((TokKind[]){TK_IDENT, TK_ADD, TK_IDENT, TK_SEMICOLON, TK_EOF}, 5);
    ck_assert_int_eq(toks[3].semi, SEMI_EOF);
    lex_all("x // c\ny");
    expect_kinds((TokKind[]){TK_IDENT, TK_SEMICOLON, TK_IDENT, TK_SEMICOLON, TK_EOF}, 5);
    ck_assert_int_eq(toks[1].semi, SEMI_NEWLINE);
    ck_assert_int_eq(pos_info(toks[1].pos).col, 7);   /* at the newline, as Go */
    lex_all("x /* a\nb */ y");
    ck_assert_int_eq(toks[1].kind, TK_SEMICOLON);
    ck_assert_int_eq(pos_info(toks[1].pos).col, 3);   /* a multi-line comment: at its start */
    lex_all("x /* c */ y;");
    expect_kinds((TokKind[]){TK_IDENT, TK_IDENT, TK_SEMICOLON, TK_EOF}, 4);
    ck_assert_int_eq(toks[2].semi, SEMI_EXPLICIT);
}
END_TEST

START_TEST(test_operators)
{
    lex_all("+ - * / % & | ^ << >> &^ && || == != < <= > >= += -= *= /= %= &= |= ^= <<= >>= &^= = := <- ++ -- ! ~ ( ) [ ] { } , . ... ; :");
    TokKind want[] = {TK_ADD, TK_SUB, TK_MUL, TK_QUO, TK_REM, TK_AND, TK_OR, TK_XOR, TK_SHL, TK_SHR, TK_AND_NOT,
                      TK_LAND, TK_LOR, TK_EQL, TK_NEQ, TK_LSS, TK_LEQ, TK_GTR, TK_GEQ, TK_ADD_ASSIGN,
                      TK_SUB_ASSIGN, TK_MUL_ASSIGN, TK_QUO_ASSIGN, TK_REM_ASSIGN, TK_AND_ASSIGN, TK_OR_ASSIGN,
                      TK_XOR_ASSIGN, TK_SHL_ASSIGN, TK_SHR_ASSIGN, TK_AND_NOT_ASSIGN, TK_ASSIGN, TK_DEFINE,
                      TK_ARROW, TK_INC, TK_DEC, TK_NOT, TK_TILDE, TK_LPAREN, TK_RPAREN, TK_LBRACK, TK_RBRACK,
                      TK_LBRACE, TK_RBRACE, TK_COMMA, TK_PERIOD, TK_ELLIPSIS, TK_SEMICOLON, TK_COLON, TK_EOF};
    expect_kinds(want, (int)(sizeof want / sizeof want[0]));
    ck_assert_int_eq(diag_count(), 0);
    ck_assert_int_eq(tok_assign_op(TK_AND_NOT_ASSIGN), TK_AND_NOT);
    ck_assert_int_eq(tok_precedence(TK_MUL), 5);
    ck_assert_int_eq(tok_precedence(TK_LOR), 1);
}
END_TEST

START_TEST(test_keywords_and_names)
{
    lex_all("break case chan const continue default defer else fallthrough for func go goto if import "
            "interface map package range return select struct switch type var _x x1 héllo 世界");
    for (int k = TK_BREAK; k < TK_COUNT; k++)
        ck_assert_int_eq(toks[k - TK_BREAK].kind, k);
    for (int i = 25; i < 29; i++)
        ck_assert_int_eq(toks[i].kind, TK_IDENT);
    ck_assert_int_eq(toks[27].len, 6);
    ck_assert_int_eq(diag_count(), 0);
}
END_TEST

START_TEST(test_numbers)
{
    const char *ints[] = {"0", "42", "1_000_000", "0x1F", "0XaB_cd", "0o17", "0O7", "017", "0b1011", "0B_1", "0_7"};
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        lex_all(ints[i]);
        ck_assert_msg(toks[0].kind == TK_INT && (size_t)toks[0].len == strlen(ints[i]), "%s", ints[i]);
        ck_assert_msg(diag_count() == 0, "%s: %s", ints[i], err_str(0));
    }
    const char *floats[] = {"1.5", "1.", ".5", "1e10", "1E+5", "2.5e-3", "0x1p-2", "0x1.8p3", "0X.8P0", "1_0.2_5", "09.5", "0e0"};
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++) {
        lex_all(floats[i]);
        ck_assert_msg(toks[0].kind == TK_FLOAT && (size_t)toks[0].len == strlen(floats[i]), "%s", floats[i]);
        ck_assert_msg(diag_count() == 0, "%s: %s", floats[i], err_str(0));
    }
}
END_TEST

START_TEST(test_number_errors)
{
    expect_error("x := 09", "1:7: invalid digit '9' in octal literal");
    expect_error("0b102", "1:5: invalid digit '2' in binary literal");
    expect_error("0x", "1:3: hexadecimal literal has no digits");
    expect_error("1__0", "1:3: '_' must separate successive digits");
    expect_error("10_", "1:3: '_' must separate successive digits");
    expect_error("0x1.5", "1:6: hexadecimal mantissa requires a 'p' exponent");
    expect_error("1e+", "1:4: exponent has no digits");
    expect_error("0b1.0", "1:4: invalid radix point in binary literal");
    expect_error("0x1e3p", "1:7: exponent has no digits");
    expect_error("1p3", "1:2: 'p' exponent requires hexadecimal mantissa");
    expect_error("x = 2i", "1:5: complex numbers are not supported");
    ck_assert_int_eq(toks[2].kind, TK_IMAG);
}
END_TEST

START_TEST(test_runes_and_strings)
{
    const char *ok[] = {"'a'", "'\\n'", "'\\''", "'\\x41'", "'\\101'", "'\\u00e9'", "'\\U0001F600'", "'é'",
                        "\"\"", "\"a\\tb\\\"\"", "\"\\xff\\377\\u4e16\"", "`raw\\n\nline`"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        lex_all(ok[i]);
        ck_assert_msg(diag_count() == 0, "%s: %s", ok[i], err_str(0));
        ck_assert_msg((size_t)toks[0].len == strlen(ok[i]), "%s", ok[i]);
    }
    ck_assert_int_eq(lex_char_value("'a'", 3), 'a');
    ck_assert_int_eq(lex_char_value("'\\n'", 4), '\n');
    ck_assert_int_eq(lex_char_value("'\\377'", 6), 255);
    ck_assert_int_eq(lex_char_value("'\\u00e9'", 8), 0xe9);
    ck_assert_int_eq(lex_char_value("'é'", 4), 0xe9);
    ck_assert_int_eq(lex_char_value("'\\U0001F600'", 12), 0x1F600);
    Arena a = {0};
    char *s;
    size_t n;
    ck_assert(lex_unquote(&a, "\"a\\x00\\u00e9\\377\"", 17, &s, &n));
    ck_assert_int_eq(n, 5);
    ck_assert(memcmp(s, "a\0\xc3\xa9\xff", 5) == 0);
    ck_assert(lex_unquote(&a, "`a\r\nb`", 6, &s, &n));
    ck_assert_str_eq(s, "a\nb");
    arena_free_all(&a);
}
END_TEST

START_TEST(test_literal_errors)
{
    expect_error("x = \"abc", "1:5: string literal not terminated");
    expect_error("x = \"abc\ny", "1:9: newline in string");
    expect_error("x = `abc", "1:5: string literal not terminated");
    expect_error("x = ''", "1:6: empty rune literal or unescaped '");
    expect_error("x = 'ab'", "1:5: more than one character in rune literal");
    expect_error("x = 'a", "1:5: rune literal not terminated");
    expect_error("x = \"\\q\"", "1:7: unknown escape");
    expect_error("x = '\\x4g'", "1:9: invalid character 'g' in hexadecimal escape");
    expect_error("x = '\\400'", "1:10: octal escape value 256 > 255");
    expect_error("x = '\\ud800'", "1:12: escape is invalid Unicode code point U+D800");
    expect_error("/* abc", "1:1: comment not terminated");
}
END_TEST

START_TEST(test_bad_bytes)
{
    expect_error("x := \"a\xff\"", "1:8: invalid UTF-8 encoding");
    lex_all_n("a\0b", 3);
    ck_assert_str_eq(err_str(0), "1:2: invalid NUL character");
    expect_error("x @ y", "1:3: invalid character U+0040 '@'");
    expect_error("x\xc3", "1:2: invalid UTF-8 encoding");
    lex_all("\xEF\xBB\xBFx");
    ck_assert_int_eq(diag_count(), 0);
    expect_error("x\xEF\xBB\xBF", "1:2: invalid BOM in the middle of the file");
    /* random bytes never crash or hang: every token consumes input */
    srand(1);
    for (int round = 0; round < 300; round++) {
        char buf[200];
        int n = rand() % (int)sizeof buf;
        for (int i = 0; i < n; i++)
            buf[i] = (char)(rand() % 256);
        diag_reset();
        SourceFile *f = source_from_string("r.go", buf, (size_t)n);
        Lexer lx;
        lex_init(&lx, f);
        int count = 0;
        while (lex_next(&lx).kind != TK_EOF)
            ck_assert_int_lt(++count, 1000);
    }
}
END_TEST

START_TEST(test_diag_rules)
{
    diag_reset();
    SourceFile *f = source_from_string("d.go", "a\nb\nc\n", 6);
    Pos l1 = pos_make(f, 0), l2 = pos_make(f, 2), l3 = pos_make(f, 4);
    diag_error(l3, "third");
    diag_error(l1, "syntax error: one");
    diag_error(l1, "syntax error: dropped, same line");
    diag_error(l2, "x");
    diag_error(l2, "x");   /* same line and text: dropped */
    diag_error(l2, "y");
    ck_assert_int_eq(diag_count(), 4);
    ck_assert_str_eq(err_str(0), "1:1: syntax error: one");
    ck_assert_str_eq(err_str(1), "2:1: x");
    ck_assert_str_eq(err_str(3), "3:1: third");
    for (int i = 0; i < 20; i++)
        diag_error(l3, "e%d", i);
    ck_assert(diag_too_many());
    char *out = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&out, &len);
    diag_print(mem);
    fclose(mem);
    ck_assert(strstr(out, "d.go:3:1: too many errors\n") != NULL);
    free(out);
    char buf[64];
    ck_assert_str_eq(pos_format(l2, buf, sizeof buf), "d.go:2:1");
    diag_reset();
}
END_TEST

static Suite *lexer_suite(void)
{
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_semicolon_insertion);
    tcase_add_test(tc, test_operators);
    tcase_add_test(tc, test_keywords_and_names);
    tcase_add_test(tc, test_numbers);
    tcase_add_test(tc, test_number_errors);
    tcase_add_test(tc, test_runes_and_strings);
    tcase_add_test(tc, test_literal_errors);
    tcase_add_test(tc, test_bad_bytes);
    tcase_add_test(tc, test_diag_rules);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(lexer_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
