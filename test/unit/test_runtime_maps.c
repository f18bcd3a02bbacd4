/* test_runtime_maps.c: Check suite for the runtime's maps (runtime/map.c, typealg.c).
 *
 * Maps are driven by hand-built TypeDescs the way generated code's constant descriptors drive them:
 * many keys of several kinds (int, string, float64 with ±0 and NaN, structs with a blank field,
 * arrays, interfaces), growth, delete during iteration, clear, nil maps, and the unhashable-key panic
 * (checked in a forked child: status 2 and Go's message). */
#include </usr/include/check.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "llgo/runtime_abi.h"

#define S(lit) { (const uint8_t *)(lit), sizeof(lit) - 1 }

static const TypeDesc t_int = { .kind = GK_INT, .align = 8, .flags = TDF_COMPARABLE, .size = 8, .name = S("int") };
static const TypeDesc t_int8 = { .kind = GK_INT8, .align = 1, .flags = TDF_COMPARABLE, .size = 1, .name = S("int8") };
static const TypeDesc t_f64 = { .kind = GK_FLOAT64, .align = 8, .flags = TDF_COMPARABLE, .size = 8, .name = S("float64") };
static const TypeDesc t_str = { .kind = GK_STRING, .align = 8, .flags = TDF_COMPARABLE | TDF_HASPTR, .size = 16, .name = S("string") };
static const TypeDesc t_eface = { .kind = GK_INTERFACE, .align = 8, .flags = TDF_COMPARABLE | TDF_HASPTR, .size = 16, .name = S("interface {}") };
static const TypeDesc t_slice = { .kind = GK_SLICE, .align = 8, .flags = TDF_HASPTR, .size = 24, .name = S("[]int"), .elem = &t_int };
static const TypeDesc t_arr = { .kind = GK_ARRAY, .align = 8, .flags = TDF_COMPARABLE, .size = 16, .name = S("[2]int"), .elem = &t_int, .len = 2 };

/* struct { a int8; _ int8; s string } */
static const FieldDesc pair_fields[] = {
	{ S("a"), &t_int8, 0, 0 },
	{ S("_"), &t_int8, 1, 0 },
	{ S("s"), &t_str, 8, 0 },
};
static const TypeDesc t_pair = { .kind = GK_STRUCT, .align = 8, .flags = TDF_COMPARABLE | TDF_HASPTR, .size = 24,
	.name = S("main.P"), .len = 3, .fields = pair_fields };
typedef struct Pair { int8_t a, blank; GoString s; } Pair;

static const TypeDesc m_int_int = { .kind = GK_MAP, .align = 8, .flags = TDF_DIRECT | TDF_HASPTR, .size = 8, .name = S("map[int]int"), .elem = &t_int, .key = &t_int };
static const TypeDesc m_str_int = { .kind = GK_MAP, .align = 8, .flags = TDF_DIRECT | TDF_HASPTR, .size = 8, .name = S("map[string]int"), .elem = &t_int, .key = &t_str };
static const TypeDesc m_f64_int = { .kind = GK_MAP, .align = 8, .flags = TDF_DIRECT | TDF_HASPTR, .size = 8, .name = S("map[float64]int"), .elem = &t_int, .key = &t_f64 };
static const TypeDesc m_pair_int = { .kind = GK_MAP, .align = 8, .flags = TDF_DIRECT | TDF_HASPTR, .size = 8, .name = S("map[main.P]int"), .elem = &t_int, .key = &t_pair };
static const TypeDesc m_arr_str = { .kind = GK_MAP, .align = 8, .flags = TDF_DIRECT | TDF_HASPTR, .size = 8, .name = S("map[[2]int]string"), .elem = &t_str, .key = &t_arr };
static const TypeDesc m_eface_int = { .kind = GK_MAP, .align = 8, .flags = TDF_DIRECT | TDF_HASPTR, .size = 8, .name = S("map[interface {}]int"), .elem = &t_int, .key = &t_eface };

static void *new_map(const TypeDesc *t, int64_t hint)
{
	void *m = gc_alloc(LLGO_MAP_HEADER_SIZE);
	rt_map_init(m, (void *)t, hint);
	return m;
}

static void put_int(void *m, int64_t k, int64_t v)
{
	*(int64_t *)rt_map_assign((void *)&m_int_int, m, &k) = v;
}

static int64_t *get_int(void *m, int64_t k)
{
	return rt_map_access((void *)&m_int_int, m, &k);
}

static GoString mkstr(const char *fmt, int i)
{
	char buf[64];
	int n = snprintf(buf, sizeof buf, fmt, i);
	char *p = gc_alloc_noscan(n);
	memcpy(p, buf, (size_t)n);
	return (GoString){ (const uint8_t *)p, n };
}

START_TEST(int_keys_many)
{
	void *m = new_map(&m_int_int, 0);
	for (int64_t i = 0; i < 20000; i++)
		put_int(m, i * 7919, i);
	ck_assert_int_eq(rt_map_len(m), 20000);
	for (int64_t i = 0; i < 20000; i++) {
		int64_t *v = get_int(m, i * 7919);
		ck_assert_ptr_nonnull(v);
		ck_assert_int_eq(*v, i);
	}
	ck_assert_ptr_null(get_int(m, 3));
	for (int64_t i = 0; i < 20000; i += 2)
		rt_map_delete((void *)&m_int_int, m, &(int64_t){ i * 7919 });
	ck_assert_int_eq(rt_map_len(m), 10000);
	ck_assert_ptr_null(get_int(m, 0));
	ck_assert_int_eq(*get_int(m, 7919), 1);
	put_int(m, 7919, 42);
	ck_assert_int_eq(*get_int(m, 7919), 42);
	ck_assert_int_eq(rt_map_len(m), 10000);
}
END_TEST

START_TEST(string_keys_by_content)
{
	void *m = new_map(&m_str_int, 100);
	for (int i = 0; i < 3000; i++) {
		GoString k = mkstr("key%d", i);
		*(int64_t *)rt_map_assign((void *)&m_str_int, m, &k) = i;
	}
	ck_assert_int_eq(rt_map_len(m), 3000);
	for (int i = 0; i < 3000; i++) {
		GoString k = mkstr("key%d", i); /* a different pointer, same content */
		int64_t *v = rt_map_access((void *)&m_str_int, m, &k);
		ck_assert_ptr_nonnull(v);
		ck_assert_int_eq(*v, i);
	}
	GoString empty = { NULL, 0 };
	ck_assert_ptr_null(rt_map_access((void *)&m_str_int, m, &empty));
	*(int64_t *)rt_map_assign((void *)&m_str_int, m, &empty) = -1;
	ck_assert_int_eq(*(int64_t *)rt_map_access((void *)&m_str_int, m, &(GoString){ (const uint8_t *)"", 0 }), -1);
}
END_TEST

START_TEST(float_keys_zero_and_nan)
{
	void *m = new_map(&m_f64_int, 0);
	double pz = 0.0, nz = -0.0, nan = NAN;
	*(int64_t *)rt_map_assign((void *)&m_f64_int, m, &pz) = 1;
	*(int64_t *)rt_map_assign((void *)&m_f64_int, m, &nz) = 2;
	ck_assert_int_eq(rt_map_len(m), 1);
	ck_assert_int_eq(*(int64_t *)rt_map_access((void *)&m_f64_int, m, &pz), 2);
	for (int i = 0; i < 100; i++)
		*(int64_t *)rt_map_assign((void *)&m_f64_int, m, &nan) = i;
	ck_assert_int_eq(rt_map_len(m), 101);
	ck_assert_ptr_null(rt_map_access((void *)&m_f64_int, m, &nan));
	rt_map_delete((void *)&m_f64_int, m, &nan);
	ck_assert_int_eq(rt_map_len(m), 101);
	char it[LLGO_MAP_ITER_SIZE];
	int n = 0, nans = 0;
	rt_map_iter_init((void *)&m_f64_int, m, it);
	while (rt_map_iter_next(it)) {
		double k = *(double *)rt_map_iter_key(it);
		nans += k != k;
		n++;
	}
	ck_assert_int_eq(n, 101);
	ck_assert_int_eq(nans, 100);
	rt_map_clear((void *)&m_f64_int, m);
	ck_assert_int_eq(rt_map_len(m), 0);
}
END_TEST

START_TEST(struct_keys_skip_blank)
{
	void *m = new_map(&m_pair_int, 0);
	for (int i = 0; i < 500; i++) {
		Pair k = { (int8_t)i, (int8_t)i, mkstr("s%d", i / 3) };
		*(int64_t *)rt_map_assign((void *)&m_pair_int, m, &k) = i;
	}
	ck_assert_int_eq(rt_map_len(m), 500);
	Pair q = { 5, 99, mkstr("s%d", 1) };
	ck_assert_int_eq(*(int64_t *)rt_map_access((void *)&m_pair_int, m, &q), 5);
	q.s = mkstr("s%d", 2);
	ck_assert_ptr_null(rt_map_access((void *)&m_pair_int, m, &q));
}
END_TEST

START_TEST(array_keys)
{
	void *m = new_map(&m_arr_str, 0);
	for (int64_t i = 0; i < 1000; i++) {
		int64_t k[2] = { i, i * i };
		*(GoString *)rt_map_assign((void *)&m_arr_str, m, k) = mkstr("v%d", (int)i);
	}
	int64_t k[2] = { 30, 900 };
	GoString *v = rt_map_access((void *)&m_arr_str, m, k);
	ck_assert_ptr_nonnull(v);
	ck_assert_int_eq(v->len, 3);
	ck_assert_int_eq(memcmp(v->ptr, "v30", 3), 0);
	k[1] = 901;
	ck_assert_ptr_null(rt_map_access((void *)&m_arr_str, m, k));
}
END_TEST

START_TEST(interface_keys)
{
	void *m = new_map(&m_eface_int, 0);
	int64_t one = 1;
	GoString s1 = mkstr("%d", 1);
	double f = 1.0;
	GoEface k1 = { &t_int, &one }, k2 = { &t_str, &s1 }, k3 = { &t_f64, &f }, knil = { NULL, NULL };
	*(int64_t *)rt_map_assign((void *)&m_eface_int, m, &k1) = 10;
	*(int64_t *)rt_map_assign((void *)&m_eface_int, m, &k2) = 20;
	*(int64_t *)rt_map_assign((void *)&m_eface_int, m, &k3) = 30;
	*(int64_t *)rt_map_assign((void *)&m_eface_int, m, &knil) = 40;
	ck_assert_int_eq(rt_map_len(m), 4);
	int64_t one2 = 1;
	GoEface q = { &t_int, &one2 };
	ck_assert_int_eq(*(int64_t *)rt_map_access((void *)&m_eface_int, m, &q), 10);
	GoString s2 = mkstr("%d", 1);
	q = (GoEface){ &t_str, &s2 };
	ck_assert_int_eq(*(int64_t *)rt_map_access((void *)&m_eface_int, m, &q), 20);
	ck_assert_int_eq(*(int64_t *)rt_map_access((void *)&m_eface_int, m, &knil), 40);
	ck_assert_int_eq(rt_eface_eq((void *)&t_int, &one, (void *)&t_int, &one2), 1);
	ck_assert_int_eq(rt_eface_eq((void *)&t_int, &one, (void *)&t_f64, &f), 0);
}
END_TEST

START_TEST(delete_during_iteration)
{
	void *m = new_map(&m_int_int, 0);
	for (int64_t i = 0; i < 1000; i++)
		put_int(m, i, i);
	char it[LLGO_MAP_ITER_SIZE];
	static char seen[1000];
	memset(seen, 0, sizeof seen);
	int n = 0;
	rt_map_iter_init((void *)&m_int_int, m, it);
	while (rt_map_iter_next(it)) {
		int64_t k = *(int64_t *)rt_map_iter_key(it);
		ck_assert_int_eq(*(int64_t *)rt_map_iter_val(it), k);
		ck_assert_int_eq(seen[k], 0);
		ck_assert_int_eq(k % 2, 0); /* odd keys are deleted before they can be reached */
		seen[k] = 1;
		n++;
		if (n == 1)
			for (int64_t j = 1; j < 1000; j += 2)
				rt_map_delete((void *)&m_int_int, m, &j);
		rt_map_delete((void *)&m_int_int, m, &k);
	}
	ck_assert_int_eq(n, 500);
	ck_assert_int_eq(rt_map_len(m), 0);
}
END_TEST

START_TEST(insert_during_iteration_grows)
{
	void *m = new_map(&m_int_int, 0);
	for (int64_t i = 0; i < 100; i++)
		put_int(m, i, i);
	char it[LLGO_MAP_ITER_SIZE];
	static char seen[100];
	memset(seen, 0, sizeof seen);
	int n = 0;
	rt_map_iter_init((void *)&m_int_int, m, it);
	while (rt_map_iter_next(it)) {
		int64_t k = *(int64_t *)rt_map_iter_key(it);
		if (k < 100) {
			ck_assert_int_eq(seen[k], 0);
			seen[k] = 1;
			n++;
			if (k % 10 == 0)
				rt_map_delete((void *)&m_int_int, m, &(int64_t){ k + 5 });
		}
		if (n == 1)
			for (int64_t j = 1000; j < 5000; j++)
				put_int(m, j, j); /* forces several rebuilds mid-iteration */
	}
	/* every surviving original key exactly once; keys k+5 for visited k%10==0 may be gone */
	for (int64_t k = 0; k < 100; k++)
		if (get_int(m, k) != NULL)
			ck_assert_int_eq(seen[k], 1);
}
END_TEST

START_TEST(nil_map)
{
	ck_assert_int_eq(rt_map_len(NULL), 0);
	ck_assert_ptr_null(get_int(NULL, 1));
	rt_map_delete((void *)&m_int_int, NULL, &(int64_t){ 1 });
	char it[LLGO_MAP_ITER_SIZE];
	rt_map_iter_init((void *)&m_int_int, NULL, it);
	ck_assert_int_eq(rt_map_iter_next(it), 0);
}
END_TEST

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

static void assign_nil_map(void)
{
	put_int(NULL, 1, 1);
}

static void unhashable_key(void)
{
	void *m = new_map(&m_eface_int, 0);
	GoSlice s = { NULL, 0, 0 };
	GoEface k = { &t_slice, &s };
	rt_map_assign((void *)&m_eface_int, m, &k);
}

static void uncomparable_eq(void)
{
	GoSlice s = { NULL, 0, 0 };
	rt_eface_eq((void *)&t_slice, &s, (void *)&t_slice, &s);
}

START_TEST(map_panics)
{
	char out[4096];
	ck_assert_int_eq(run_child(assign_nil_map, out, sizeof out), 2);
	ck_assert_msg(strstr(out, "panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\n") == out, "%s", out);
	ck_assert_int_eq(run_child(unhashable_key, out, sizeof out), 2);
	ck_assert_msg(strstr(out, "panic: runtime error: hash of unhashable type []int\n") == out, "%s", out);
	ck_assert_int_eq(run_child(uncomparable_eq, out, sizeof out), 2);
	ck_assert_msg(strstr(out, "panic: runtime error: comparing uncomparable type []int\n") == out, "%s", out);
}
END_TEST

static Suite *maps_suite(void)
{
	Suite *s = suite_create("runtime_maps");
	TCase *tc = tcase_create("maps");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, int_keys_many);
	tcase_add_test(tc, string_keys_by_content);
	tcase_add_test(tc, float_keys_zero_and_nan);
	tcase_add_test(tc, struct_keys_skip_blank);
	tcase_add_test(tc, array_keys);
	tcase_add_test(tc, interface_keys);
	tcase_add_test(tc, delete_during_iteration);
	tcase_add_test(tc, insert_during_iteration_grows);
	tcase_add_test(tc, nil_map);
	tcase_add_test(tc, map_panics);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(maps_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
