/*
 * test_escape.c: the escape pass on hand-written IR (the .ll files in test/escape_ll) that follows site.h.
 *
 * Each .ll file is a module as lowering would emit it after stage 1, with the expected -m report
 * in comments: every `; CHECK-M: LINE` must be printed, in that order, and nothing else. Every file
 * is also run with --no-escape; after both runs the module must verify and hold no site call.
 * A few tests in C check the rewrite's shape (allocas in the entry block, gc_alloc attributes).
 */
#include <check.h>
#include <dirent.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/IRReader.h>

#include "escape.h"

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *s = malloc((size_t)n + 1);
	size_t got = fread(s, 1, (size_t)n, f);
	s[got] = 0;
	fclose(f);
	return s;
}

static LLVMModuleRef parse_ir(LLVMContextRef c, const char *text, const char *name)
{
	LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(text, strlen(text), name);
	LLVMModuleRef m = NULL;
	char *err = NULL;
	if (LLVMParseIRInContext(c, buf, &m, &err)) {
		fprintf(stderr, "%s: %s\n", name, err);
		LLVMDisposeMessage(err);
		return NULL;
	}
	return m;
}

/* The expected report: the `; CHECK-M: ` lines, each followed by a newline. */
static char *expected_report(const char *text)
{
	size_t cap = strlen(text) + 1, n = 0;
	char *out = calloc(cap, 1);
	const char *tag = "; CHECK-M: ";
	for (const char *p = strstr(text, tag); p; p = strstr(p, tag)) {
		p += strlen(tag);
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		memcpy(out + n, p, len);
		n += len;
		out[n++] = '\n';
	}
	return out;
}

static bool has_site_calls(LLVMModuleRef m)
{
	return LLVMGetNamedFunction(m, "llgo.alloc") || LLVMGetNamedFunction(m, "llgo.alloc.noscan");
}

/* Runs the pass on `text`; returns the report (caller frees). */
static char *run_pass(const char *text, const char *name, bool no_escape, int level)
{
	LLVMContextRef c = LLVMContextCreate();
	LLVMModuleRef m = parse_ir(c, text, name);
	ck_assert_msg(m != NULL, "%s does not parse", name);
	char *report = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&report, &len);
	EscOptions opt = { .no_escape = no_escape, .report_level = level, .report = f };
	ck_assert(esc_run(m, &opt));
	fclose(f);
	char *err = NULL;
	ck_assert_msg(!LLVMVerifyModule(m, LLVMReturnStatusAction, &err), "%s: %s", name, err);
	LLVMDisposeMessage(err);
	ck_assert_msg(!has_site_calls(m), "%s: site calls remain", name);
	LLVMDisposeModule(m);
	LLVMContextDispose(c);
	return report;
}

static char *ll_dir(void)
{
	char *file = strdup(__FILE__);
	char *dir = NULL;
	if (asprintf(&dir, "%s/../escape_ll", dirname(file)) < 0)
		dir = NULL;
	free(file);
	return dir;
}

START_TEST(test_ll_files)
{
	char *dir = ll_dir();
	DIR *d = opendir(dir);
	ck_assert_msg(d != NULL, "no %s", dir);
	int count = 0;
	for (struct dirent *e; (e = readdir(d)) != NULL;) {
		size_t n = strlen(e->d_name);
		if (n < 4 || strcmp(e->d_name + n - 3, ".ll") != 0)
			continue;
		char *path = NULL;
		ck_assert(asprintf(&path, "%s/%s", dir, e->d_name) >= 0);
		char *text = slurp(path);
		char *want = expected_report(text);
		char *got = run_pass(text, e->d_name, false, 1);
		ck_assert_msg(strcmp(got, want) == 0, "%s:\n--- want\n%s--- got\n%s", e->d_name, want, got);
		free(got);
		free(run_pass(text, e->d_name, true, 0));
		free(want), free(text), free(path);
		count++;
	}
	closedir(d);
	free(dir);
	ck_assert_int_gt(count, 0);
}
END_TEST

static const char *shape_ir =
	"define ptr @keep(i1 %c) {\n"
	"entry:\n"
	"  br label %body\n"
	"body:\n"
	"  %a = call ptr @llgo.alloc(i64 16), !llgo.site !0\n"
	"  store ptr null, ptr %a\n"
	"  %b = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !1\n"
	"  ret ptr %b\n"
	"}\n"
	"declare ptr @llgo.alloc(i64)\n"
	"declare ptr @llgo.alloc.noscan(i64)\n"
	"!0 = !{!\"var\", !\"a\", !\"t.go\", i32 3, i32 2, i32 0}\n"
	"!1 = !{!\"new\", !\"new(int)\", !\"t.go\", i32 4, i32 7, i32 0}\n";

START_TEST(test_rewrite_shape)
{
	LLVMContextRef c = LLVMContextCreate();
	LLVMModuleRef m = parse_ir(c, shape_ir, "shape");
	EscOptions opt = { 0 };
	ck_assert(esc_run(m, &opt));
	LLVMValueRef fn = LLVMGetNamedFunction(m, "keep");
	LLVMValueRef first = LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(fn));
	ck_assert_msg(LLVMIsAAllocaInst(first) != NULL, "stack site is not an entry alloca");
	LLVMValueRef gc = LLVMGetNamedFunction(m, "gc_alloc_noscan");
	ck_assert_msg(gc != NULL, "heap site is not gc_alloc_noscan");
	unsigned noalias = LLVMGetEnumAttributeKindForName("noalias", 7);
	ck_assert(LLVMGetEnumAttributeAtIndex(gc, LLVMAttributeReturnIndex, noalias) != NULL);
	char *s = LLVMPrintModuleToString(m);
	ck_assert_msg(strstr(s, "llvm.lifetime.start") && strstr(s, "llvm.memset"), "%s", s);
	LLVMDisposeMessage(s);
	LLVMDisposeModule(m);
	LLVMContextDispose(c);
}
END_TEST

static int count_calls(LLVMModuleRef m, const char *name)
{
	LLVMValueRef fn = LLVMGetNamedFunction(m, name);
	int n = 0;
	for (LLVMUseRef u = fn ? LLVMGetFirstUse(fn) : NULL; u; u = LLVMGetNextUse(u))
		n++;
	return n;
}

/* The second round after inlining (esc_round2.c): of the heap calls with !llgo.site, only the one whose
 * address stays in its frame and iteration moves (loads, stores into it, a runtime 'n' parameter);
 * a store of the address, a return, an unknown call, a loop-carried phi, a non-constant size or a
 * call without site metadata keep theirs. -m=2 names the move. */
static const char *round2_local_ir =
	"@g = global ptr null\n"
	"declare ptr @gc_alloc(i64)\n"
	"declare void @rt_print_pointer(ptr)\n"
	"declare void @other(ptr)\n"
	"define i64 @contained(i64 %i) {\n"
	"entry:\n"
	"  %p = call ptr @gc_alloc(i64 64), !llgo.site !0\n"
	"  %q = getelementptr i64, ptr %p, i64 %i\n"
	"  store i64 5, ptr %q\n"
	"  call void @rt_print_pointer(ptr %p)\n"
	"  %v = load i64, ptr %q\n"
	"  ret i64 %v\n"
	"}\n"
	"define void @stored() {\n"
	"entry:\n"
	"  %p = call ptr @gc_alloc(i64 8), !llgo.site !1\n"
	"  store ptr %p, ptr @g\n"
	"  ret void\n"
	"}\n"
	"define ptr @returned() {\n"
	"entry:\n"
	"  %p = call ptr @gc_alloc(i64 8), !llgo.site !1\n"
	"  ret ptr %p\n"
	"}\n"
	"define void @passed() {\n"
	"entry:\n"
	"  %p = call ptr @gc_alloc(i64 8), !llgo.site !1\n"
	"  call void @other(ptr %p)\n"
	"  ret void\n"
	"}\n"
	"define i64 @carried(i64 %n) {\n"
	"entry:\n"
	"  br label %loop\n"
	"loop:\n"
	"  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]\n"
	"  %prev = phi ptr [ null, %entry ], [ %p, %loop ]\n"
	"  %p = call ptr @gc_alloc(i64 8), !llgo.site !1\n"
	"  %i1 = add i64 %i, 1\n"
	"  %c = icmp slt i64 %i1, %n\n"
	"  br i1 %c, label %loop, label %exit\n"
	"exit:\n"
	"  %v = load i64, ptr %prev\n"
	"  ret i64 %v\n"
	"}\n"
	"define void @dynamic(i64 %n) {\n"
	"entry:\n"
	"  %p = call ptr @gc_alloc(i64 %n), !llgo.site !1\n"
	"  store i64 1, ptr %p\n"
	"  ret void\n"
	"}\n"
	"define void @nosite() {\n"
	"entry:\n"
	"  %p = call ptr @gc_alloc(i64 8)\n"
	"  store i64 1, ptr %p\n"
	"  ret void\n"
	"}\n"
	"!0 = !{!\"composite\", !\"&T{}\", !\"t.go\", i32 3, i32 9, i32 0}\n"
	"!1 = !{!\"new\", !\"new(int)\", !\"t.go\", i32 7, i32 7, i32 0}\n";

START_TEST(test_round2_local)
{
	LLVMContextRef c = LLVMContextCreate();
	LLVMModuleRef m = parse_ir(c, round2_local_ir, "round2_local");
	char *report = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&report, &len);
	EscOptions opt = { .report_level = 2, .report = f };
	ck_assert(esc_round2(m, &opt));
	fclose(f);
	ck_assert_int_eq(count_calls(m, "gc_alloc"), 6);
	LLVMValueRef first = LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(LLVMGetNamedFunction(m, "contained")));
	ck_assert_msg(LLVMIsAAllocaInst(first) != NULL, "the contained object is not an entry alloca");
	ck_assert_str_eq(report, "t.go:3:9: llgo: &T{} stays on the stack after inlining into contained\n");
	char *err = NULL;
	ck_assert_msg(!LLVMVerifyModule(m, LLVMReturnStatusAction, &err), "%s", err);
	LLVMDisposeMessage(err);
	free(report);
	opt = (EscOptions){ .no_escape = true };
	LLVMModuleRef m2 = parse_ir(c, round2_local_ir, "round2_local");
	ck_assert(esc_round2(m2, &opt));
	ck_assert_int_eq(count_calls(m2, "gc_alloc"), 7);
	LLVMDisposeModule(m2);
	LLVMDisposeModule(m);
	LLVMContextDispose(c);
}
END_TEST

/* Append growth into the frame (esc_grow.c, run by esc_round2): growth in a loop whose slice stays in
 * the function calls rt_growslice_arena; the arena is set up in the entry block and emptied at the
 * top of the outer loop of a slice declared inside it, never in the header of the loop that carries
 * the slice (its phi there); a grown array stored to a global keeps rt_growslice. A pointer-free heap
 * call of run-time size merged by a phi outside any loop header gets a small buffer. */
#define GROW_LOOP(pre, header, exitbb)                                                          \
	"  %i = phi i64 [ 0, %" pre " ], [ %i1, %" header " ]\n"                                   \
	"  %ptr = phi ptr [ null, %" pre " ], [ %np, %" header " ]\n"                              \
	"  %cap = phi i64 [ 0, %" pre " ], [ %nc, %" header " ]\n"                                 \
	"  %i1 = add i64 %i, 1\n"                                                                  \
	"  %s = call { ptr, i64 } @rt_growslice(ptr %ptr, i64 %i, i64 %cap, i64 %i1, i64 8)\n"    \
	"  %np = extractvalue { ptr, i64 } %s, 0\n"                                                \
	"  %nc = extractvalue { ptr, i64 } %s, 1\n"                                                \
	"  %slot = getelementptr i64, ptr %np, i64 %i\n"                                           \
	"  store i64 %i, ptr %slot\n"                                                              \
	"  %c = icmp slt i64 %i1, 4\n"                                                             \
	"  br i1 %c, label %" header ", label %" exitbb "\n"

static const char *grow_ir =
	"@g = global ptr null\n"
	"declare { ptr, i64 } @rt_growslice(ptr, i64, i64, i64, i64)\n"
	"declare ptr @gc_alloc_noscan(i64)\n"
	"define i64 @local() {\n"
	"entry:\n"
	"  br label %loop\n"
	"loop:\n"
	GROW_LOOP("entry", "loop", "exit")
	"exit:\n"
	"  %v = load i64, ptr %np\n"
	"  ret i64 %v\n"
	"}\n"
	"define void @outer(i64 %n) {\n"
	"entry:\n"
	"  br label %outer\n"
	"outer:\n"
	"  %k = phi i64 [ 0, %entry ], [ %k1, %latch ]\n"
	"  br label %inner\n"
	"inner:\n"
	GROW_LOOP("outer", "inner", "latch")
	"latch:\n"
	"  %v = load i64, ptr %np\n"
	"  %k1 = add i64 %k, %v\n"
	"  %ck = icmp slt i64 %k1, %n\n"
	"  br i1 %ck, label %outer, label %exit\n"
	"exit:\n"
	"  ret void\n"
	"}\n"
	"define void @published() {\n"
	"entry:\n"
	"  br label %loop\n"
	"loop:\n"
	GROW_LOOP("entry", "loop", "exit")
	"exit:\n"
	"  store ptr %np, ptr @g\n"
	"  ret void\n"
	"}\n"
	"define i8 @merged(i64 %n, i1 %b) {\n"
	"entry:\n"
	"  br i1 %b, label %make, label %join\n"
	"make:\n"
	"  %p = call ptr @gc_alloc_noscan(i64 %n), !llgo.site !0\n"
	"  store i8 7, ptr %p\n"
	"  br label %join\n"
	"join:\n"
	"  %q = phi ptr [ %p, %make ], [ @g, %entry ]\n"
	"  %v = load i8, ptr %q\n"
	"  ret i8 %v\n"
	"}\n"
	"!0 = !{!\"conversion\", !\"string(b)\", !\"t.go\", i32 9, i32 7, i32 0}\n";

/* Does block `name` of fn store into the alloca named "arena"? */
static bool stores_arena(LLVMValueRef fn, const char *name)
{
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
		if (strcmp(LLVMGetBasicBlockName(bb), name) != 0)
			continue;
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
			if (!LLVMIsAStoreInst(i))
				continue;
			LLVMValueRef to = LLVMGetOperand(i, 1);
			size_t len;
			if (LLVMIsAAllocaInst(to) && strncmp(LLVMGetValueName2(to, &len), "arena", 5) == 0)
				return true;
		}
	}
	return false;
}

START_TEST(test_grow_arena)
{
	LLVMContextRef c = LLVMContextCreate();
	LLVMModuleRef m = parse_ir(c, grow_ir, "grow");
	EscOptions opt = { 0 };
	ck_assert(esc_round2(m, &opt));
	char *err = NULL;
	ck_assert_msg(!LLVMVerifyModule(m, LLVMReturnStatusAction, &err), "%s", err);
	LLVMDisposeMessage(err);
	ck_assert_int_eq(count_calls(m, "rt_growslice_arena"), 2);
	ck_assert_int_eq(count_calls(m, "rt_growslice"), 1);
	LLVMValueRef local = LLVMGetNamedFunction(m, "local"), outer = LLVMGetNamedFunction(m, "outer");
	ck_assert(stores_arena(local, "entry") && !stores_arena(local, "loop"));
	ck_assert(stores_arena(outer, "entry") && stores_arena(outer, "outer") && !stores_arena(outer, "inner"));
	ck_assert_int_eq(count_calls(m, "rt_alloc_small"), 1);
	LLVMDisposeModule(m);
	LLVMContextDispose(c);
}
END_TEST

/* Summaries go bottom-up over the call graph, whatever the order of the functions in the module:
 * a chain c0 -> c1 -> ... -> c199 written callers first, c199 storing its parameter in a global;
 * the site passed to c0 escapes through the whole chain, and a site passed to d0 (a chain that only
 * returns) does not. Iterating all functions in module order would need one round per link. */
START_TEST(test_call_chain_order)
{
	enum { N = 200 };
	char *ir = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&ir, &len);
	fprintf(f, "@g = global ptr null\ndeclare ptr @llgo.alloc.noscan(i64)\n");
	fprintf(f, "define void @top() {\nentry:\n"
		"  %%a = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !0\n  call void @c0(ptr %%a)\n"
		"  %%b = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !1\n  %%r = call ptr @d0(ptr %%b)\n"
		"  ret void\n}\n");
	for (int i = 0; i < N - 1; i++) {
		fprintf(f, "define void @c%d(ptr %%p) {\nentry:\n  call void @c%d(ptr %%p)\n  ret void\n}\n", i, i + 1);
		fprintf(f, "define ptr @d%d(ptr %%p) {\nentry:\n  %%r = call ptr @d%d(ptr %%p)\n  ret ptr %%r\n}\n", i, i + 1);
	}
	fprintf(f, "define void @c%d(ptr %%p) {\nentry:\n  store ptr %%p, ptr @g\n  ret void\n}\n", N - 1);
	fprintf(f, "define ptr @d%d(ptr %%p) {\nentry:\n  ret ptr %%p\n}\n", N - 1);
	fprintf(f, "!0 = !{!\"new\", !\"new(int)\", !\"t.go\", i32 3, i32 7, i32 0}\n");
	fprintf(f, "!1 = !{!\"new\", !\"new(int)\", !\"t.go\", i32 5, i32 7, i32 0}\n");
	fclose(f);
	char *got = run_pass(ir, "chain", false, 1);
	ck_assert_str_eq(got, "t.go:3:7: new(int) escapes to heap\nt.go:5:7: new(int) does not escape\n");
	free(got);
	free(ir);
}
END_TEST

static Suite *escape_suite(void)
{
	Suite *s = suite_create("escape");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_ll_files);
	tcase_add_test(tc, test_rewrite_shape);
	tcase_add_test(tc, test_round2_local);
	tcase_add_test(tc, test_grow_arena);
	tcase_add_test(tc, test_call_chain_order);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(escape_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
