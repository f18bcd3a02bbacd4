/*
 * test_late.c: the passes of stage 6 on hand-written IR: unroll-and-jam (passes/jam.c) and division
 * pairing (passes/divpair.c).
 *
 * Unroll-and-jam:
 * One nest, `f(c)`: an outer loop of N steps, each running an inner loop (z *= 1.5 from k*c until
 * |z| passes 100 or 50 steps) whose results are summed. Each case edits that IR, says whether the
 * pass must jam it and into how many copies, and then both the original and the rewritten module
 * are compiled (MCJIT) and run on inputs that give every copy its own trip count: the results must
 * be the same bit for bit.
 */
#include <check.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/IRReader.h>
#include <llvm-c/Target.h>

#include "divpair.h"
#include "jam.h"

static const char *base_ir =
	"@g = global double 0.0\n"
	"define double @f(double %c) {\n"
	"entry:\n"
	"  br label %head\n"
	"head:\n"
	"  %k = phi i64 [ 0, %entry ], [ %k.next, %epi ]\n"
	"  %acc = phi double [ 0.0, %entry ], [ %acc.next, %epi ]\n"
	"  %kf = sitofp i64 %k to double\n"
	"  %start = fmul double %kf, %c\n"
	"  br label %inner\n"
	"inner:\n"
	"  %z = phi double [ %start, %head ], [ %z.next, %inner ]\n"
	"  %n = phi i64 [ 0, %head ], [ %n.next, %inner ]\n"
	"  %z.next = fmul double %z, 1.5\n"
	"  %n.next = add i64 %n, 1\n"
	"  %small = fcmp olt double %z.next, 100.0\n"
	"  %big = fcmp ogt double %z.next, -100.0\n"
	"  %in = and i1 %small, %big\n"
	"  %few = icmp ult i64 %n.next, 50\n"
	"  %go = and i1 %in, %few\n"
	"  br i1 %go, label %inner, label %epi\n"
	"epi:\n"
	"  %z.out = phi double [ %z.next, %inner ]\n"
	"  %nf = uitofp i64 %n.next to double\n"
	"  %t = fadd double %z.out, %nf\n"
	"  %acc.next = fadd double %acc, %t\n"
	"  %k.next = add nuw nsw i64 %k, 1\n"
	"  %done = icmp eq i64 %k.next, 8\n"
	"  br i1 %done, label %exit, label %head\n"
	"exit:\n"
	"  %r = phi double [ %acc.next, %epi ]\n"
	"  ret double %r\n"
	"}\n";

typedef struct JamCase {
	const char *name;
	const char *edits[12];   /* pairs: text of base_ir, its replacement */
	int jammed;              /* nests the pass must jam */
	int copies;              /* jam.active phis it must make */
} JamCase;

static const JamCase cases[] = {
	{ "eight steps: four copies", { NULL }, 1, 4 },
	{ "six steps: two copies", { "%k.next, 8", "%k.next, 6" }, 1, 2 },
	{ "seven steps: left alone", { "%k.next, 8", "%k.next, 7" }, 0, 0 },
	{ "a test on the variable, leaving on false",
	  { "%done = icmp eq i64 %k.next, 8\n  br i1 %done, label %exit, label %head",
	    "%more = icmp ult i64 %k, 7\n  br i1 %more, label %head, label %exit" }, 1, 4 },
	{ "a counter that starts at 3 and steps by 2 to 19",
	  { "[ 0, %entry ], [ %k.next", "[ 3, %entry ], [ %k.next", "add nuw nsw i64 %k, 1", "add nuw nsw i64 %k, 2",
	    "%k.next, 8", "%k.next, 19" }, 1, 4 },
	{ "an inner loop that stays on false",
	  { "br i1 %go, label %inner, label %epi", "%stop = xor i1 %go, true\n  br i1 %stop, label %epi, label %inner" },
	  1, 4 },
	{ "the value read after the inner loop is its phi", { "[ %z.next, %inner ]\n  %nf", "[ %z, %inner ]\n  %nf" }, 1, 4 },
	{ "an inner value read after the whole nest",
	  { "%r = phi double [ %acc.next, %epi ]\n  ret double %r",
	    "%r = phi double [ %acc.next, %epi ]\n  %last = uitofp i64 %n to double\n  %rr = fadd double %r, %last\n"
	    "  ret double %rr" }, 1, 4 },
	{ "an outer value read after the whole nest",
	  { "ret double %r", "%kk = sitofp i64 %k to double\n  %rr = fadd double %r, %kk\n  ret double %rr" }, 1, 4 },
	{ "a division by a constant", { "%few = icmp ult i64 %n.next, 50", "%q = udiv i64 %n.next, 3\n  %few = icmp ult i64 %q, 17" },
	  1, 4 },
	{ "a division by a variable: left alone",
	  { "%few = icmp ult i64 %n.next, 50", "%q = udiv i64 %n.next, %k\n  %few = icmp ult i64 %n.next, 50" }, 0, 0 },
	{ "a signed division by -1: left alone",
	  { "%few = icmp ult i64 %n.next, 50", "%q = sdiv i64 %n.next, -1\n  %few = icmp ult i64 %n.next, 50" }, 0, 0 },
	{ "a store in the inner loop: left alone",
	  { "%n.next = add i64 %n, 1", "%n.next = add i64 %n, 1\n  store double %z, ptr @g" }, 0, 0 },
	{ "a load in the prologue: left alone", { "%start = fmul double %kf, %c", "%gv = load double, ptr @g\n  %start = fmul double %kf, %gv" },
	  0, 0 },
	{ "a prologue that reads the running sum: left alone", { "%start = fmul double %kf, %c", "%start = fadd double %acc, %c" },
	  0, 0 },
	{ "an inner loop that reads the running sum: left alone",
	  { "%z.next = fmul double %z, 1.5", "%z.next = fmul double %z, %acc" }, 0, 0 },
	{ "an epilogue that reads the running sum", { "%t = fadd double %z.out, %nf", "%t0 = fadd double %z.out, %nf\n  %t = fmul double %t0, %acc" },
	  1, 4 },
	{ "a counter whose step would wrap into poison: left alone",
	  { "[ 0, %entry ], [ %k.next", "[ 9223372036854775800, %entry ], [ %k.next", "%k.next, 8", "%k.next, -9223372036854775800" },
	  0, 0 },
};

static void replace_once(char **text, const char *from, const char *to)
{
	char *at = strstr(*text, from);
	ck_assert_msg(at != NULL, "edit not found: %s", from);
	size_t pre = (size_t)(at - *text), lf = strlen(from), lt = strlen(to), len = strlen(*text);
	char *out = malloc(len - lf + lt + 1);
	memcpy(out, *text, pre);
	memcpy(out + pre, to, lt);
	memcpy(out + pre + lt, at + lf, len - pre - lf + 1);
	free(*text);
	*text = out;
}

static LLVMModuleRef parse(LLVMContextRef ctx, const char *text)
{
	LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(text, strlen(text), "jam");
	LLVMModuleRef m = NULL;
	char *err = NULL;
	if (LLVMParseIRInContext(ctx, buf, &m, &err)) {
		fprintf(stderr, "%s\n%s\n", err, text);
		LLVMDisposeMessage(err);
		return NULL;
	}
	return m;
}

static int count_active(LLVMModuleRef m)
{
	int n = 0;
	LLVMValueRef f = LLVMGetNamedFunction(m, "f");
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
			size_t len;
			const char *name = LLVMGetValueName2(i, &len);
			n += LLVMIsAPHINode(i) && strncmp(name, "jam.active", 10) == 0;
		}
	return n;
}

/* f(c) for each input, compiled by MCJIT (which takes the module). */
static void run_f(LLVMModuleRef m, const double *in, double *out, int n)
{
	LLVMExecutionEngineRef ee;
	char *err = NULL;
	if (LLVMCreateExecutionEngineForModule(&ee, m, &err))
		ck_abort_msg("MCJIT: %s", err);
	double (*f)(double) = (double (*)(double))(uintptr_t)LLVMGetFunctionAddress(ee, "f");
	ck_assert_ptr_nonnull(f);
	for (int i = 0; i < n; i++)
		out[i] = f(in[i]);
	LLVMDisposeExecutionEngine(ee);
}

static const double inputs[] = { 0.3, 1.7, -2.5, 0.01, 37.0, 1e-300, -0.0, 0.0, 12.5, -99.0, 1e300 };
enum { NINPUTS = sizeof inputs / sizeof inputs[0] };

/* The module of `text` before and after `pass` give f the same results, bit for bit. */
static void same_results(LLVMContextRef ctx, const char *text, LLVMModuleRef after, const char *name)
{
	double want[NINPUTS], got[NINPUTS];
	run_f(parse(ctx, text), inputs, want, NINPUTS);
	run_f(after, inputs, got, NINPUTS);
	for (int i = 0; i < NINPUTS; i++)
		ck_assert_msg(memcmp(&want[i], &got[i], sizeof(double)) == 0, "%s: f(%g) = %.17g, not %.17g", name,
		              inputs[i], got[i], want[i]);
}

/*
 * Runs `pass` on the module of `text` (freed here): it must rewrite `want` places (nests, groups or
 * pairs) and leave a valid module with `copies` jam.active phis (-1: not counted); then, when the
 * module is for the host (`run`), f gives the results it gave before, bit for bit.
 */
static void check_pass(char *text, const char *name, int (*pass)(LLVMModuleRef), int want, int copies, bool run)
{
	LLVMContextRef ctx = LLVMContextCreate();
	LLVMModuleRef after = parse(ctx, text);
	ck_assert_msg(after != NULL, "%s: the IR does not parse", name);
	ck_assert_msg(!LLVMVerifyModule(after, LLVMPrintMessageAction, NULL), "%s: the IR is invalid", name);
	int got = pass(after);
	ck_assert_msg(got == want, "%s: the pass rewrote %d places, not %d", name, got, want);
	ck_assert_msg(!LLVMVerifyModule(after, LLVMPrintMessageAction, NULL), "%s: invalid after the pass", name);
	if (copies >= 0)
		ck_assert_msg(count_active(after) == copies, "%s: %d copies, not %d", name, count_active(after), copies);
	if (run)
		same_results(ctx, text, after, name);
	else
		LLVMDisposeModule(after);
	LLVMContextDispose(ctx);
	free(text);
}

/* ir with a case's edits: pairs of text to find and its replacement. */
static char *edited(const char *ir, const char *const *edits)
{
	char *text = strdup(ir);
	for (int e = 0; edits[e]; e += 2)
		replace_once(&text, edits[e], edits[e + 1]);
	return text;
}

START_TEST(test_cases)
{
	const JamCase *tc = &cases[_i];
	check_pass(edited(base_ir, tc->edits), tc->name, jam_run, tc->jammed, tc->copies, true);
}
END_TEST

/* Integer chains gain little from jamming (a cycle per step): the pass leaves them. */
START_TEST(test_integer_chain)
{
	const char *ir =
		"define i64 @f(i64 %c) {\n"
		"entry:\n  br label %head\n"
		"head:\n  %k = phi i64 [ 0, %entry ], [ %k.next, %epi ]\n  %acc = phi i64 [ 0, %entry ], [ %acc.next, %epi ]\n"
		"  %s = add i64 %k, %c\n  br label %inner\n"
		"inner:\n  %z = phi i64 [ %s, %head ], [ %z.next, %inner ]\n  %z.next = lshr i64 %z, 1\n"
		"  %go = icmp ne i64 %z.next, 0\n  br i1 %go, label %inner, label %epi\n"
		"epi:\n  %acc.next = add i64 %acc, %z\n  %k.next = add i64 %k, 1\n  %done = icmp eq i64 %k.next, 8\n"
		"  br i1 %done, label %exit, label %head\n"
		"exit:\n  ret i64 %acc.next\n}\n";
	check_pass(strdup(ir), "integer chain", jam_run, 0, 0, false);
}
END_TEST

/*
 * Sibling loops (what LLVM leaves of a fully unrolled counted loop): f(c) runs four loops one after
 * another, loop k from z = c*k until |z*1.5^i| passes 100; each result goes into a sum. Loop k
 * exits to a block B(k) that adds its result and computes the next start, or (direct[k]) straight
 * into the next loop, whose start was computed before.
 */
typedef struct SibCase {
	const char *name;
	bool direct[4];
	bool dependent;   /* loop 2 starts from loop 1's result */
	bool store;       /* B(2) stores: the chain breaks there */
	int groups, copies;
} SibCase;

static const SibCase sib_cases[] = {
	{ "four loops through blocks: one group of four", { false, false, false, false }, false, false, 1, 4 },
	{ "loops exiting straight into the next", { true, false, true, false }, false, false, 1, 4 },
	{ "loop 2 reads loop 1: loops 2-4 fused", { false, false, false, false }, true, false, 1, 3 },
	{ "a store after loop 2: two groups of two", { false, false, false, false }, false, true, 2, 4 },
};

static char *sib_ir(const SibCase *tc)
{
	size_t cap = 8192, len = 0;
	char *ir = malloc(cap);
#define EMIT(...) (len += (size_t)snprintf(ir + len, cap - len, __VA_ARGS__))
	EMIT("@g = global double 0.0\ndeclare double @llvm.fabs.f64(double)\n"
	     "define double @f(double %%c) {\nentry:\n  %%s1 = fmul double %%c, 1.0\n");
	for (int k = 2; k <= 4; k++)   /* starts of loops entered straight from the previous one */
		if (tc->direct[k - 2])
			EMIT("  %%s%d = fmul double %%c, %d.0\n", k, k);
	EMIT("  br label %%l1\n");
	for (int k = 1; k <= 4; k++) {
		const char *pred = k == 1 ? "entry" : NULL;
		char pb[8];
		if (k > 1) {
			snprintf(pb, sizeof pb, "%c%d", tc->direct[k - 2] ? 'l' : 'b', k - 1);
			pred = pb;
		}
		EMIT("l%d:\n  %%z%d = phi double [ %%s%d, %%%s ], [ %%z%d.n, %%l%d ]\n"
		     "  %%n%d = phi i64 [ 0, %%%s ], [ %%n%d.n, %%l%d ]\n"
		     "  %%z%d.n = fmul double %%z%d, 1.5\n  %%n%d.n = add i64 %%n%d, 1\n"
		     "  %%a%d = call double @llvm.fabs.f64(double %%z%d.n)\n  %%in%d = fcmp olt double %%a%d, 100.0\n"
		     "  %%few%d = icmp ult i64 %%n%d.n, 50\n  %%go%d = and i1 %%in%d, %%few%d\n",
		     k, k, k, pred, k, k, k, pred, k, k, k, k, k, k, k, k, k, k, k, k, k, k, k);
		if (k == 4)
			EMIT("  br i1 %%go4, label %%l4, label %%exit\n");
		else if (tc->direct[k - 1])
			EMIT("  br i1 %%go%d, label %%l%d, label %%l%d\n", k, k, k + 1);
		else {
			EMIT("  br i1 %%go%d, label %%l%d, label %%b%d\nb%d:\n  %%r%d = phi double [ %%z%d.n, %%l%d ]\n"
			     "  %%t%d = uitofp i64 %%n%d.n to double\n  %%u%d = fadd double %%r%d, %%t%d\n",
			     k, k, k, k, k, k, k, k, k, k, k, k);
			if (tc->store && k == 2)
				EMIT("  store double %%u2, ptr @g\n");
			if (tc->dependent && k == 1)
				EMIT("  %%s2 = fmul double %%u1, 0.5\n");
			else
				EMIT("  %%s%d = fmul double %%c, %d.0\n", k + 1, k + 1);
			EMIT("  br label %%l%d\n", k + 1);
		}
	}
	EMIT("exit:\n  %%e1 = fadd double %%z1.n, %%z2.n\n  %%e2 = fadd double %%e1, %%z3.n\n"
	     "  %%e3 = fadd double %%e2, %%z4.n\n");
	for (int k = 1; k <= 3; k++)
		if (!tc->direct[k - 1])
			EMIT("  %%e3.%d = fadd double %%e3, %%u%d\n", k, k);
	EMIT("  %%n4f = uitofp i64 %%n4.n to double\n  %%r = fadd double %%e3, %%n4f\n");
	for (int k = 1; k <= 3; k++)
		if (!tc->direct[k - 1])
			EMIT("  %%r.%d = fadd double %%r, %%e3.%d\n", k, k);
	EMIT("  ret double %%r\n}\n");
#undef EMIT
	return ir;
}

START_TEST(test_siblings)
{
	const SibCase *tc = &sib_cases[_i];
	check_pass(sib_ir(tc), tc->name, jam_run, tc->groups, tc->copies, true);
}
END_TEST

/*
 * Division pairing: a loop whose body divides twice per step, g(c) summing 1/(c+k) and 1/(c+k+0.5)
 * (with the operand of the second division computed after the first, as LLVM's unroller leaves it).
 */
static const char *div_ir =
	"target triple = \"x86_64-pc-linux-gnu\"\n"
	"@g = global double 0.0\n"
	"define double @f(double %c) {\n"
	"entry:\n  br label %loop\n"
	"loop:\n"
	"  %k = phi i64 [ 0, %entry ], [ %k.next, %loop ]\n"
	"  %s = phi double [ 0.0, %entry ], [ %s2, %loop ]\n"
	"  %kf = sitofp i64 %k to double\n"
	"  %d0 = fadd double %c, %kf\n"
	"  %q0 = fdiv double 1.0, %d0\n"
	"  %s1 = fadd double %s, %q0\n"
	"  %h = fadd double %kf, 0.5\n"
	"  %d1 = fadd double %c, %h\n"
	"  %q1 = fdiv double %s1, %d1\n"
	"  %s2 = fadd double %s1, %q1\n"
	"  %k.next = add i64 %k, 1\n"
	"  %done = icmp eq i64 %k.next, 100\n"
	"  br i1 %done, label %exit, label %loop\n"
	"exit:\n  ret double %s2\n}\n";

typedef struct DivCase {
	const char *name;
	const char *edits[6];
	int pairs;
} DivCase;

static const DivCase div_cases[] = {
	{ "independent divisions: one pair", { "%q1 = fdiv double %s1, %d1", "%q1 = fdiv double 2.0, %d1" }, 1 },
	{ "the second divides what the first gave: no pair", { NULL }, 0 },
	{ "the second's operand is loaded: no pair",
	  { "%q1 = fdiv double %s1, %d1", "%gv = load double, ptr @g\n  %q1 = fdiv double %gv, %d1" }, 0 },
	{ "a store between them, not needed by the second: one pair",
	  { "%q1 = fdiv double %s1, %d1", "%q1 = fdiv double %c, %d1", "%s1 = fadd double %s, %q0",
	    "%s1 = fadd double %s, %q0\n  store double %s1, ptr @g" }, 1 },
	{ "not x86-64: no pair",
	  { "x86_64-pc-linux-gnu", "aarch64-unknown-linux-gnu", "%q1 = fdiv double %s1, %d1", "%q1 = fdiv double 2.0, %d1" }, 0 },
};

START_TEST(test_divpair)
{
	const DivCase *tc = &div_cases[_i];
	char *text = edited(div_ir, tc->edits);
	check_pass(text, tc->name, divpair_run, tc->pairs, -1, strstr(text, "x86_64") != NULL);
}
END_TEST

static Suite *late_suite(void)
{
	Suite *s = suite_create("late");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_cases, 0, (int)(sizeof cases / sizeof cases[0]));
	tcase_add_test(tc, test_integer_chain);
	tcase_add_loop_test(tc, test_siblings, 0, (int)(sizeof sib_cases / sizeof sib_cases[0]));
	tcase_add_loop_test(tc, test_divpair, 0, (int)(sizeof div_cases / sizeof div_cases[0]));
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	LLVMLinkInMCJIT();
	LLVMInitializeNativeTarget();
	LLVMInitializeNativeAsmPrinter();
	SRunner *sr = srunner_create(late_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
