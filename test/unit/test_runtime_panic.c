/* test_runtime_panic.c: Check suite for panic/defer/recover, runtime errors, interfaces and program
 * start (runtime/panic.c, error.c, iface.c, start.c).
 *
 * Each case is a small C function shaped like generated code (a DeferFrame on the stack, _setjmp on
 * it, closures whose first word is the code pointer) run through rt_run_main in a forked child; the
 * expected stderr and exit status are what Go 1.19 printed for the equivalent Go program. */
#include </usr/include/check.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "llgo/runtime_abi.h"

#define S(lit) { (const uint8_t *)(lit), sizeof(lit) - 1 }

static const TypeDesc t_int = { .kind = GK_INT, .align = 8, .flags = TDF_COMPARABLE, .size = 8, .name = S("int") };
static const TypeDesc t_f64 = { .kind = GK_FLOAT64, .align = 8, .flags = TDF_COMPARABLE, .size = 8, .name = S("float64") };
static const TypeDesc t_str = { .kind = GK_STRING, .align = 8, .flags = TDF_COMPARABLE | TDF_HASPTR, .size = 16, .name = S("string") };
static const TypeDesc t_eface = { .kind = GK_INTERFACE, .align = 8, .flags = TDF_COMPARABLE | TDF_HASPTR, .size = 16, .name = S("interface {}") };
static const TypeDesc t_code = { .kind = GK_INT, .align = 8, .flags = TDF_NAMED | TDF_COMPARABLE, .size = 8, .name = S("main.Code") };
static const TypeDesc t_S = { .kind = GK_STRING, .align = 8, .flags = TDF_NAMED | TDF_COMPARABLE | TDF_HASPTR, .size = 16, .name = S("main.S") };

static const IMethodDesc error_imethods[] = { { S("Error"), S("() string") } };
static const TypeDesc t_error = { .kind = GK_INTERFACE, .align = 8, .flags = TDF_NAMED | TDF_COMPARABLE | TDF_HASPTR,
	.size = 16, .name = S("error"), .len = 1, .imethods = error_imethods };
static const IMethodDesc m_imethods[] = { { S("M"), S("()") } };
static const TypeDesc t_iM = { .kind = GK_INTERFACE, .align = 8, .flags = TDF_COMPARABLE | TDF_HASPTR,
	.size = 16, .name = S("interface { M() }"), .len = 1, .imethods = m_imethods };

/* type E struct{ msg string } with func (E) Error() string and func (E) String() string */
static GoString E_Error(void *data)
{
	return *(GoString *)data;
}
static const MethodDesc e_methods[] = {
	{ S("Error"), S("() string"), (void *)E_Error },
	{ S("String"), S("() string"), (void *)E_Error },
};
static const TypeDesc t_E = { .kind = GK_STRUCT, .align = 8, .flags = TDF_NAMED | TDF_COMPARABLE | TDF_HASPTR,
	.size = 16, .name = S("main.E"), .nmethods = 2, .methods = e_methods };
static const TypeDesc t_T = { .kind = GK_STRUCT, .align = 8, .flags = TDF_NAMED | TDF_COMPARABLE, .size = 16,
	.name = S("main.T") };

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

static int starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static void (*child_main)(void);

static void run_main_child(void)
{
	_exit(rt_run_main(NULL, (void *)child_main, 0, NULL));
}

/* Runs m as a program's main through rt_run_main in a child. */
static int run_program(void (*m)(void), char *out, size_t cap)
{
	child_main = m;
	return run_child(run_main_child, out, cap);
}

static void *box_str(const char *s)
{
	GoString *b = gc_alloc(sizeof *b);
	*b = (GoString){ (const uint8_t *)s, (int64_t)strlen(s) };
	return b;
}

static void *box_int(int64_t v)
{
	int64_t *b = gc_alloc(sizeof *b);
	*b = v;
	return b;
}

/* Prints recover()'s error value through an itab for `error`, as err.Error() would. */
static void print_recovered(int32_t direct)
{
	GoEface r = rt_recover(direct);
	const Itab *tab = rt_getitab((void *)&t_error, (void *)r.type, (void *)&t_eface, 0);
	GoString (*fn)(void *) = (GoString (*)(void *))tab->fns[0];
	GoString s = fn(r.data);
	rt_print_string((void *)s.ptr, s.len);
	rt_print_nl();
}
/* A deferred closure: `direct` is what generated code asks first in a function that calls recover. */
static void print_recovered_error(void *closure)
{
	(void)closure;
	print_recovered(rt_defer_direct((void *)print_recovered_error));
}
static GoClosure cl_print_recovered = { (void *)print_recovered_error };

/* A function with one deferred closure whose body is `body`. */
#define WITH_DEFER(name, closure, body) \
	static void name(void) \
	{ \
		_Alignas(16) unsigned char frame[LLGO_DEFER_FRAME_SIZE]; \
		rt_defer_push(frame); \
		if (_setjmp(*(jmp_buf *)(void *)frame)) { \
			rt_defer_return(frame); \
			return; \
		} \
		rt_defer_add(frame, &(closure)); \
		body; \
		rt_defer_return(frame); \
	}

START_TEST(uncaught_runtime_error)
{
	char out[2048];
	ck_assert_int_eq(run_child((void (*)(void))rt_panic_divide, out, sizeof out), 2);
	ck_assert_str_eq(out, "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n\t?:0\n");
}
END_TEST

static void bounds_main(void)
{
	rt_panic_bounds(0, 5, 3);
}
static void bounds_neg(void)
{
	rt_panic_bounds(3, -1, 2);
}
static void bounds_slice3(void)
{
	rt_panic_bounds(5, 9, 4);
}

START_TEST(bounds_messages)
{
	char out[2048];
	ck_assert_int_eq(run_program(bounds_main, out, sizeof out), 2);
	ck_assert_msg(starts(out, "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n"), "%s", out);
	run_program(bounds_neg, out, sizeof out);
	ck_assert_msg(starts(out, "panic: runtime error: slice bounds out of range [-1:]\n"), "%s", out);
	run_program(bounds_slice3, out, sizeof out);
	ck_assert_msg(starts(out, "panic: runtime error: slice bounds out of range [::9] with capacity 4\n"),
		"%s", out);
}
END_TEST

/* p3's first half: x.(int) on a string, recovered; the error prints through Error(). */
static void assert_fails(void)
{
	rt_panic_assert((void *)&t_str, (void *)&t_int, (void *)&t_eface);
}
WITH_DEFER(recover_main_inner, cl_print_recovered, assert_fails())
static void recover_main(void)
{
	recover_main_inner();
	rt_print_string("after", 5);
	rt_print_nl();
}

START_TEST(recover_returns_error_value)
{
	char out[2048];
	ck_assert_int_eq(run_program(recover_main, out, sizeof out), 0);
	ck_assert_str_eq(out, "interface conversion: interface {} is string, not int\nafter\n");
}
END_TEST

/* Go: defer func() { recover(); panic("second") }(); panic("first") */
static void recover_then_panic(void *closure)
{
	int32_t direct = rt_defer_direct((void *)recover_then_panic); /* as generated code does first */
	rt_recover(direct);
	rt_panic((void *)&t_str, box_str("second"));
}
static GoClosure cl_recover_then_panic = { (void *)recover_then_panic };
WITH_DEFER(nested_main, cl_recover_then_panic, rt_panic((void *)&t_str, box_str("first")))

/* Go: defer func() { panic(Code(7)) }(); panic(3.5) */
static void panic_code(void *closure)
{
	rt_panic((void *)&t_code, box_int(7));
}
static GoClosure cl_panic_code = { (void *)panic_code };
static void panic_float(void)
{
	double *d = gc_alloc(8);
	*d = 3.5;
	rt_panic((void *)&t_f64, d);
}
WITH_DEFER(nested2_main, cl_panic_code, panic_float())

/* Go: var m map[string]int; defer func() { println(recover().(error).Error()); panic(S("x")) }(); m["a"] = 1 */
static void print_then_panic_S(void *closure)
{
	(void)closure;
	print_recovered(rt_defer_direct((void *)print_then_panic_S));
	rt_panic((void *)&t_S, box_str("x"));
}
static GoClosure cl_print_then_panic_S = { (void *)print_then_panic_S };
WITH_DEFER(nilmap_main, cl_print_then_panic_S, rt_panic_nilmap())

START_TEST(nested_panics_print_like_go)
{
	char out[2048];
	ck_assert_int_eq(run_program(nested_main, out, sizeof out), 2);
	ck_assert_msg(starts(out, "panic: first [recovered]\n\tpanic: second\n\ngoroutine 1 [running]:\n"),
		"%s", out);
	ck_assert_int_eq(run_program(nested2_main, out, sizeof out), 2);
	ck_assert_msg(starts(out, "panic: +3.500000e+000\n\tpanic: main.Code(7)\n\ngoroutine 1 [running]:\n"),
		"%s", out);
	ck_assert_int_eq(run_program(nilmap_main, out, sizeof out), 2);
	ck_assert_msg(starts(out, "assignment to entry in nil map\npanic: assignment to entry in nil map [recovered]\n"
		"\tpanic: main.S(\"x\")\n\ngoroutine 1 [running]:\n"), "%s", out);
}
END_TEST

static void panic_error_value(void)
{
	rt_panic((void *)&t_E, box_str("custom failure"));
}
static void panic_struct_value(void)
{
	rt_panic((void *)&t_T, gc_alloc(16));
}

START_TEST(panic_value_forms)
{
	char out[2048];
	ck_assert_int_eq(run_program(panic_error_value, out, sizeof out), 2);
	ck_assert_msg(starts(out, "panic: custom failure\n\n"), "%s", out);
	ck_assert_int_eq(run_program(panic_struct_value, out, sizeof out), 2);
	ck_assert_msg(starts(out, "panic: (main.T) 0x"), "%s", out);
}
END_TEST

/* Go: func helper() { defer func() { println(recover() == nil) }() }
 *     defer func() { helper(); println(recover().(string)) }(); panic("x")
 * The helper's deferred call runs at its normal return, not by the panic: its recover gives nil. */
static void print_recover_is_nil(void *closure)
{
	int32_t direct = rt_defer_direct((void *)print_recover_is_nil); /* as generated code does first */
	rt_print_bool(rt_recover(direct).type == NULL);
	rt_print_nl();
}
static GoClosure cl_print_recover_is_nil = { (void *)print_recover_is_nil };
WITH_DEFER(helper_with_defer, cl_print_recover_is_nil, (void)0)
static void helper_then_recover(void *closure)
{
	int32_t direct = rt_defer_direct((void *)helper_then_recover); /* as generated code does first */
	helper_with_defer();
	GoEface r = rt_recover(direct);
	ck_assert_ptr_eq(r.type, &t_str);
	GoString *s = r.data;
	rt_print_string((void *)s->ptr, s->len);
	rt_print_nl();
}
static GoClosure cl_helper_then_recover = { (void *)helper_then_recover };
WITH_DEFER(indirect_recover_main, cl_helper_then_recover, rt_panic((void *)&t_str, box_str("x")))

START_TEST(recover_only_in_panic_run_defers)
{
	char out[256];
	ck_assert_int_eq(run_program(indirect_recover_main, out, sizeof out), 0);
	ck_assert_str_eq(out, "true\nx\n");
}
END_TEST

/* Deferred calls run LIFO at a normal return. */
static void say_a(void *c)
{
	rt_print_string("a", 1);
}
static void say_b(void *c)
{
	rt_print_string("b", 1);
}
static GoClosure cl_a = { (void *)say_a }, cl_b = { (void *)say_b };
WITH_DEFER(lifo_main, cl_a, rt_defer_add(frame, &cl_b); rt_print_string("f", 1))

START_TEST(defers_run_lifo)
{
	char out[256];
	ck_assert_int_eq(run_program(lifo_main, out, sizeof out), 0);
	ck_assert_str_eq(out, "fba");
}
END_TEST

/* A nil dereference becomes a recoverable Go panic. */
static void deref_nil(void)
{
	volatile int *volatile p = NULL;
	*p = 1;
}
WITH_DEFER(nilderef_recovered_main, cl_print_recovered, deref_nil())

START_TEST(nil_dereference)
{
	char out[2048];
	ck_assert_int_eq(run_program(deref_nil, out, sizeof out), 2);
	ck_assert_msg(starts(out, "panic: runtime error: invalid memory address or nil pointer dereference\n"),
		"%s", out);
	ck_assert_msg(strstr(out, "\ngoroutine 1 [running]:\n") != NULL, "%s", out);
	ck_assert_int_eq(run_program(nilderef_recovered_main, out, sizeof out), 0);
	ck_assert_str_eq(out, "runtime error: invalid memory address or nil pointer dereference\n");
}
END_TEST

static volatile int64_t recurse_limit = INT64_MAX;

static int64_t recurse(int64_t n)
{
	volatile char pad[256];
	pad[0] = (char)n;
	return n >= recurse_limit ? 0 : recurse(n + 1) + pad[0];
}
static void overflow_main(void)
{
	recurse(0);
}

START_TEST(stack_overflow)
{
	char out[2048];
	ck_assert_int_eq(run_program(overflow_main, out, sizeof out), 2);
	ck_assert_msg(starts(out, "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n"), "%s", out);
}
END_TEST

static int64_t deep(int64_t n)
{
	volatile char pad[64];
	pad[0] = 1;
	return n == 0 ? 0 : deep(n - 1) + pad[0];
}
static void deep_main(void)
{
	rt_print_int(deep(1000000)); /* ~100 MB of stack: fine in Go, needs the big stack here */
}

START_TEST(deep_recursion_fits)
{
	char out[256];
	ck_assert_int_eq(run_program(deep_main, out, sizeof out), 0);
	ck_assert_str_eq(out, "1000000");
}
END_TEST

static void alloc_100(void)
{
	for (int i = 0; i < 100; i++)
		gc_alloc(24);
}

/* A program run with LLGODEBUG=gcstats=1,gcstress=1 that returns from main normally (exit, not _exit,
 * as the generated C main does) so the at-exit report runs. */
static void gcstats_child(void)
{
	setenv("LLGODEBUG", "gcstats=1,gcstress=1", 1);
	exit(rt_run_main(NULL, (void *)alloc_100, 0, NULL));
}

START_TEST(gcstats_report)
{
	char out[512];
	ck_assert_int_eq(run_child(gcstats_child, out, sizeof out), 0);
	long mallocs = -1, bytes = -1, collections = -1;
	ck_assert_int_eq(sscanf(out, "gcstats: mallocs=%ld bytes=%ld collections=%ld", &mallocs, &bytes, &collections), 3);
	ck_assert_int_eq(mallocs, 100);
	ck_assert_int_eq(bytes, 2400);
	ck_assert_int_ge(collections, 100); /* gcstress: one per allocation on a small heap */
}
END_TEST

static void missing_method(void)
{
	rt_getitab((void *)&t_iM, (void *)&t_T, (void *)&t_eface, 0);
}
static void assert_nil(void)
{
	rt_panic_assert(NULL, (void *)&t_int, (void *)&t_eface);
}

START_TEST(itabs)
{
	ck_assert_ptr_null(rt_getitab((void *)&t_iM, (void *)&t_T, (void *)&t_eface, 1));
	ck_assert_ptr_null(rt_getitab((void *)&t_error, (void *)&t_T, (void *)&t_eface, 1));
	const Itab *a = rt_getitab((void *)&t_error, (void *)&t_E, (void *)&t_eface, 1);
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_eq(a, rt_getitab((void *)&t_error, (void *)&t_E, (void *)&t_eface, 0));
	ck_assert_ptr_eq(a->fns[0], (void *)E_Error);
	ck_assert_ptr_eq(a->type, &t_E);
	char out[2048];
	ck_assert_int_eq(run_program(missing_method, out, sizeof out), 2);
	ck_assert_msg(starts(out, "panic: interface conversion: main.T is not interface { M() }: missing method M\n"), "%s", out);
	ck_assert_int_eq(run_program(assert_nil, out, sizeof out), 2);
	ck_assert_msg(starts(out, "panic: interface conversion: interface {} is nil, not int\n"), "%s", out);
}
END_TEST

static Suite *panic_suite(void)
{
	Suite *s = suite_create("runtime_panic");
	TCase *tc = tcase_create("panic");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, uncaught_runtime_error);
	tcase_add_test(tc, bounds_messages);
	tcase_add_test(tc, recover_returns_error_value);
	tcase_add_test(tc, nested_panics_print_like_go);
	tcase_add_test(tc, panic_value_forms);
	tcase_add_test(tc, defers_run_lifo);
	tcase_add_test(tc, recover_only_in_panic_run_defers);
	tcase_add_test(tc, nil_dereference);
	tcase_add_test(tc, stack_overflow);
	tcase_add_test(tc, deep_recursion_fits);
	tcase_add_test(tc, itabs);
	tcase_add_test(tc, gcstats_report);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(panic_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
