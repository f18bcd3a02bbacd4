/* test_runtime_strings.c: Check suite for strings, runes, growslice and print (runtime/string.c,
 * slice.c, print.c).
 *
 * Expected values come from Go 1.19: UTF-8 decoding of invalid input (U+FFFD width 1), the capacity
 * sequence append produces for several element sizes (a Go program printed the `caps` table below),
 * and println's formats (captured from a forked child's stderr). */
#include </usr/include/check.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "llgo/runtime_abi.h"

/* Runs fn in a child with stderr captured; returns the exit status, output in out. */
static int run_child(void (*fn)(void), char *out, size_t cap)
{
	int p[2];
	ck_assert_int_eq(pipe(p), 0);
	pid_t pid = fork();
	if (pid == 0) {
		dup2(p[1], 2);
		close(p[0]);
		fn();
		_exit(0);
	}
	close(p[1]);
	size_t n = 0;
	ssize_t r;
	while (n + 1 < cap && (r = read(p[0], out + n, cap - 1 - n)) > 0)
		n += (size_t)r;
	out[n] = '\0';
	close(p[0]);
	int st;
	waitpid(pid, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

START_TEST(string_compare)
{
	ck_assert_int_eq(rt_string_eq("abc", 3, "abc", 3), 1);
	ck_assert_int_eq(rt_string_eq("abc", 3, "abd", 3), 0);
	ck_assert_int_eq(rt_string_eq("abc", 3, "ab", 2), 0);
	ck_assert_int_eq(rt_string_eq(NULL, 0, "", 0), 1);
	ck_assert_int_eq(rt_string_cmp("ab", 2, "abc", 3), -1);
	ck_assert_int_eq(rt_string_cmp("b", 1, "abc", 3), 1);
	ck_assert_int_eq(rt_string_cmp("abc", 3, "abc", 3), 0);
	ck_assert_int_eq(rt_string_cmp("\xff", 1, "a", 1), 1); /* bytes compare unsigned */
}
END_TEST

/* Decodes s fully, writing "rune/width," per step. */
static void decode_all(const char *s, int64_t n, char *out)
{
	out[0] = '\0';
	for (int64_t i = 0; i < n;) {
		GoPair d = rt_decode_rune((void *)s, n, i);
		sprintf(out + strlen(out), "%llx/%lld,", (long long)d.a, (long long)(d.b - i));
		i = d.b;
	}
}

START_TEST(decode_runes_like_go)
{
	char out[256];
	decode_all("a\xc3\xa9\xe4\xb8\x96\xf0\x9f\x98\x80", 10, out);
	ck_assert_str_eq(out, "61/1,e9/2,4e16/3,1f600/4,");
	decode_all("\xff\xc3", 2, out);                /* bad lead; truncated */
	ck_assert_str_eq(out, "fffd/1,fffd/1,");
	decode_all("\xc0\xaf", 2, out);                /* overlong */
	ck_assert_str_eq(out, "fffd/1,fffd/1,");
	decode_all("\xed\xa0\x80", 3, out);            /* surrogate half */
	ck_assert_str_eq(out, "fffd/1,fffd/1,fffd/1,");
	decode_all("\xf4\x90\x80\x80", 4, out);        /* above U+10FFFF */
	ck_assert_str_eq(out, "fffd/1,fffd/1,fffd/1,fffd/1,");
	decode_all("\xe4\xb8x", 3, out);               /* bad continuation */
	ck_assert_str_eq(out, "fffd/1,fffd/1,78/1,");
	ck_assert_int_eq(rt_rune_count("a\xc3\xa9\xff\xe4\xb8\x96", 7), 4);
}
END_TEST

START_TEST(encode_and_convert)
{
	uint8_t buf[4];
	ck_assert_int_eq(rt_encode_rune(buf, 0x4e16), 3);
	ck_assert_int_eq(memcmp(buf, "\xe4\xb8\x96", 3), 0);
	ck_assert_int_eq(rt_encode_rune(buf, -1), 3);
	ck_assert_int_eq(memcmp(buf, "\xef\xbf\xbd", 3), 0);
	ck_assert_int_eq(rt_encode_rune(buf, 0xD800), 3);
	ck_assert_int_eq(memcmp(buf, "\xef\xbf\xbd", 3), 0);
	ck_assert_int_eq(rt_encode_rune(buf, 0x1F600), 4);
	int32_t runes[8];
	const char *s = "h\xc3\xa9\xff!";
	ck_assert_int_eq(rt_rune_count((void *)s, 5), 4);
	rt_string_to_runes(runes, (void *)s, 5);
	ck_assert_int_eq(runes[0], 'h');
	ck_assert_int_eq(runes[1], 0xe9);
	ck_assert_int_eq(runes[2], 0xfffd);
	ck_assert_int_eq(runes[3], '!');
	ck_assert_int_eq(rt_runes_byte_len(runes, 4), 7);
	char dst[8];
	ck_assert_int_eq(rt_runes_to_string(dst, runes, 4), 7);
	ck_assert_int_eq(memcmp(dst, "h\xc3\xa9\xef\xbf\xbd!", 7), 0);
}
END_TEST

/* Go 1.19's output of test/unit's grow.go: "slice elemsize-index appends cap;" at every change, for
 * []byte, []int, [][3]byte, [][24]byte, [][5]int64, 3000 single appends each. */
static const char go_caps[] =
	"0 1 8;1 1 1;2 1 2;3 1 1;4 1 1;1 2 2;3 2 2;4 2 2;1 3 4;2 3 5;3 3 4;4 3 4;1 5 8;3 5 8;4 5 8;"
	"2 6 10;0 9 16;1 9 16;3 9 16;4 9 16;2 11 21;0 17 32;1 17 32;3 17 32;4 17 32;2 22 42;0 33 64;"
	"1 33 64;3 33 64;4 33 67;2 43 85;0 65 128;1 65 128;3 65 128;4 68 134;2 86 170;0 129 256;"
	"1 129 256;3 129 256;4 135 272;2 171 341;0 257 512;1 257 512;3 257 512;4 273 544;2 342 682;"
	"0 513 896;1 513 848;3 513 853;4 545 1024;2 683 1066;1 849 1280;3 854 1365;0 897 1408;"
	"4 1025 1638;2 1067 1621;1 1281 1792;3 1366 2048;0 1409 2048;2 1622 2261;4 1639 2252;"
	"1 1793 2560;0 2049 3072;3 2049 3072;4 2253 3072;2 2262 3157;1 2561 3408;";

START_TEST(growslice_caps_match_go)
{
	static const int64_t sizes[5] = { 1, 8, 3, 24, 40 };
	GoSlice s[5] = { { 0 } };
	int64_t last[5] = { -1, -1, -1, -1, -1 };
	static char out[4096];
	out[0] = '\0';
	for (int i = 0; i < 3000; i++) {
		for (int j = 0; j < 5; j++) {
			if (s[j].len + 1 > s[j].cap) {
				GoSpan g = rt_growslice(s[j].ptr, s[j].len, s[j].cap, s[j].len + 1, sizes[j]);
				s[j].ptr = g.ptr;
				s[j].cap = g.n;
			}
			s[j].len++;
		}
		for (int j = 0; j < 5; j++)
			if (s[j].cap != last[j]) {
				sprintf(out + strlen(out), "%d %d %lld;", j, i + 1, (long long)s[j].cap);
				last[j] = s[j].cap;
			}
	}
	ck_assert_str_eq(out, go_caps);
	ck_assert_int_eq(rt_growslice(NULL, 0, 0, 7, 8).n, 8);        /* append([]int(nil), 7 elems...) */
	ck_assert_int_eq(rt_growslice(NULL, 300, 300, 700, 8).n, 768);
	ck_assert_int_eq(rt_growslice(NULL, 5, 5, 25, 1).n, 32);
}
END_TEST

START_TEST(growslice_copies_old)
{
	int64_t old[3] = { 1, 2, 3 };
	GoSpan g = rt_growslice_ptr(old, 3, 3, 4, 8);
	ck_assert_int_eq(g.n, 6);
	ck_assert_int_eq(((int64_t *)g.ptr)[2], 3);
	ck_assert_int_eq(((int64_t *)g.ptr)[3], 0);
}
END_TEST

static void print_things(void)
{
	rt_print_float(1.5);
	rt_print_space();
	rt_print_float(-2.25e-10);
	rt_print_space();
	rt_print_float(0.0);
	rt_print_space();
	rt_print_float(INFINITY);
	rt_print_space();
	rt_print_float(123456789.0);
	rt_print_space();
	rt_print_float(-0.0);
	rt_print_space();
	rt_print_float(NAN);
	rt_print_space();
	rt_print_float(-INFINITY);
	rt_print_nl();
	rt_print_bool(1);
	rt_print_space();
	rt_print_bool(0);
	rt_print_space();
	rt_print_int(INT64_MIN);
	rt_print_space();
	rt_print_uint(-1);
	rt_print_nl();
	rt_print_pointer(NULL);
	rt_print_nl();
	rt_print_slice(NULL, 0, 0);
	rt_print_nl();
	rt_print_eface(NULL, NULL);
	rt_print_nl();
	rt_print_pointer((void *)0xc000012345);
	rt_print_space();
	rt_print_slice((void *)0xc000012345, 3, 4);
	rt_print_space();
	rt_print_string("h\xc3\xa9", 3);
	rt_print_nl();
}

START_TEST(print_formats_match_go)
{
	char out[1024];
	ck_assert_int_eq(run_child(print_things, out, sizeof out), 0);
	ck_assert_str_eq(out,
		"+1.500000e+000 -2.250000e-010 +0.000000e+000 +Inf +1.234568e+008 -0.000000e+000 NaN -Inf\n"
		"true false -9223372036854775808 18446744073709551615\n"
		"0x0\n[0/0]0x0\n(0x0,0x0)\n0xc000012345 [3/4]0xc000012345 h\xc3\xa9\n");
}
END_TEST

static Suite *strings_suite(void)
{
	Suite *s = suite_create("runtime_strings");
	TCase *tc = tcase_create("strings");
	tcase_add_test(tc, string_compare);
	tcase_add_test(tc, decode_runes_like_go);
	tcase_add_test(tc, encode_and_convert);
	tcase_add_test(tc, growslice_caps_match_go);
	tcase_add_test(tc, growslice_copies_old);
	tcase_add_test(tc, print_formats_match_go);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(strings_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
