/*
 * test_lower.c: Check suite for lowering (frontend/lower*.c).
 *
 * Lowers small programs from strings and checks the allocation-site contract (include/llgo/site.h):
 * the module verifies, an address-taken variable becomes a llgo.alloc call with !llgo.site metadata
 * giving its kind, Go text and position, Go functions carry !llgo.func, and C `main` exists only
 * with emit_entry. Run behaviour is covered by the golden programs in test/run.
 */
#include <check.h>
#include <string.h>
#include <llvm-c/Analysis.h>
#include "parse.h"
#include "checker.h"
#include "diag.h"
#include "lower.h"

static Arena arena;
static LLVMContextRef ctx;

static LLVMModuleRef lower_src(const char *src, bool entry)
{
	SourceFile *sf = source_from_string("t.go", src, strlen(src));
	AstFile *f = parse_file(&arena, sf);
	Package *p = parse_package(&arena, &f, 1, "main");
	CheckedPackage *cp = NULL;
	ck_assert_int_eq(diag_count(), 0);
	ck_assert(check_package(&arena, p, &cp));
	LowerOptions o = { .emit_entry = entry };
	return lower_package(cp, ctx, &o);
}

static void setup(void)
{
	ctx = LLVMContextCreate();
}

static void teardown(void)
{
	LLVMContextDispose(ctx);
	arena_free_all(&arena);
	diag_reset();
	source_reset();
}

/* The i-th operand of a metadata node attached as a value, as a string. */
static const char *md_string(LLVMValueRef node, unsigned i)
{
	LLVMValueRef ops[8];
	LLVMGetMDNodeOperands(node, ops);
	unsigned len;
	const char *s = LLVMGetMDString(ops[i], &len);
	return s ? s : "";
}

START_TEST(test_site_for_address_taken_var)
{
	LLVMModuleRef m = lower_src("package main\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\nfunc main() { println(*f()) }\n", true);
	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(LLVMVerifyModule(m, LLVMReturnStatusAction, NULL), 0);
	LLVMValueRef f = LLVMGetNamedFunction(m, "main.f");
	ck_assert_ptr_nonnull(f);
	unsigned kind = LLVMGetMDKindIDInContext(ctx, "llgo.site", 9);
	int sites = 0;
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in; in = LLVMGetNextInstruction(in)) {
			LLVMValueRef md = LLVMGetMetadata(in, kind);
			if (!md)
				continue;
			sites++;
			ck_assert_str_eq(md_string(md, 0), "var");
			ck_assert_str_eq(md_string(md, 1), "x");
			ck_assert_str_eq(md_string(md, 2), "t.go");
		}
	ck_assert_int_eq(sites, 1);
	ck_assert_ptr_nonnull(LLVMGetNamedFunction(m, "main"));
	LLVMDisposeModule(m);
}
END_TEST

START_TEST(test_plain_locals_and_no_entry)
{
	LLVMModuleRef m = lower_src("package main\nfunc add(a, b int) (int, int) { s := a + b; return s, a - b }\n"
		"func main() { x, y := add(1, 2); println(x, y) }\n", false);
	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(LLVMVerifyModule(m, LLVMReturnStatusAction, NULL), 0);
	ck_assert_ptr_null(LLVMGetNamedFunction(m, "main"));
	ck_assert_ptr_nonnull(LLVMGetNamedFunction(m, "main.init"));
	LLVMValueRef add = LLVMGetNamedFunction(m, "main.add");
	ck_assert_ptr_nonnull(add);
	/* no sites: nothing's address is taken */
	LLVMValueRef site = LLVMGetNamedFunction(m, "llgo.alloc");
	ck_assert(!site || !LLVMGetFirstUse(site));
	LLVMDisposeModule(m);
}
END_TEST

START_TEST(test_closure_env_site)
{
	LLVMModuleRef m = lower_src("package main\nfunc main() {\n\tn := 0\n\tf := func() { n++ }\n\tf()\n\tprintln(n)\n}\n", true);
	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(LLVMVerifyModule(m, LLVMReturnStatusAction, NULL), 0);
	ck_assert_ptr_nonnull(LLVMGetNamedFunction(m, "main.main.func1"));
	LLVMDisposeModule(m);
}
END_TEST

/* A bodyless function named like a runtime.def entry becomes an adapter calling that entry, with
 * the string split into pointer and length and the i64 result truncated to the Go type. */
START_TEST(test_hook_adapter)
{
	LLVMModuleRef m = lower_src("package main\nfunc rt_rune_count(s string) int32\n"
		"func main() { println(rt_rune_count(\"h\\u00e9\")) }\n", false);
	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(LLVMVerifyModule(m, LLVMReturnStatusAction, NULL), 0);
	LLVMValueRef f = LLVMGetNamedFunction(m, "main.rt_rune_count");
	ck_assert_ptr_nonnull(f);
	LLVMValueRef call = NULL;
	for (LLVMValueRef i = LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(f)); i; i = LLVMGetNextInstruction(i))
		if (LLVMGetInstructionOpcode(i) == LLVMCall)
			call = i;
	ck_assert_ptr_nonnull(call);
	ck_assert_str_eq(LLVMGetValueName(LLVMGetCalledValue(call)), "rt_rune_count");
	ck_assert_int_eq(LLVMGetNumArgOperands(call), 2);
	ck_assert_int_eq(LLVMGetIntTypeWidth(LLVMGetReturnType(LLVMGlobalGetValueType(f))), 32);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("lower");
	TCase *tc = tcase_create("lower");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_site_for_address_taken_var);
	tcase_add_test(tc, test_plain_locals_and_no_entry);
	tcase_add_test(tc, test_closure_env_site);
	tcase_add_test(tc, test_hook_adapter);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
