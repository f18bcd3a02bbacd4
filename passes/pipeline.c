/*
 * pipeline.c: the LLVM stages around the escape pass (see pipeline.h for the sequence) and emission.
 * All LLVM pass pipelines go through LLVMRunPasses (the new pass manager) with a pipeline string.
 */
#include "pipeline.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/Target.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "divpair.h"
#include "jam.h"
#include "llgo/site.h"

static void pipe_init_targets(void)
{
	static bool done;
	if (done)
		return;
	done = true;
	LLVMInitializeX86TargetInfo();
	LLVMInitializeX86Target();
	LLVMInitializeX86TargetMC();
	LLVMInitializeX86AsmPrinter();
	LLVMInitializeAArch64TargetInfo();
	LLVMInitializeAArch64Target();
	LLVMInitializeAArch64TargetMC();
	LLVMInitializeAArch64AsmPrinter();
}

LLVMTargetMachineRef pipe_target_machine(const char *triple, int opt_level, char **error)
{
	pipe_init_targets();
	char *host = NULL;
	if (!triple)
		triple = host = LLVMGetDefaultTargetTriple();
	LLVMTargetRef target;
	if (LLVMGetTargetFromTriple(triple, &target, error)) {
		LLVMDisposeMessage(host);
		return NULL;
	}
	LLVMCodeGenOptLevel level = opt_level <= 0 ? LLVMCodeGenLevelNone
	                            : opt_level == 1 ? LLVMCodeGenLevelLess
	                            : opt_level == 2 ? LLVMCodeGenLevelDefault
	                                             : LLVMCodeGenLevelAggressive;
	LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, "generic", "", level,
	                                                  LLVMRelocPIC, LLVMCodeModelDefault);
	LLVMDisposeMessage(host);
	return tm;
}

bool pipe_verify(LLVMModuleRef m, const char *stage)
{
	char *msg = NULL;
	if (LLVMVerifyModule(m, LLVMReturnStatusAction, &msg)) {
		fprintf(stderr, "internal compiler error: invalid LLVM module after %s:\n%s\n", stage, msg);
		LLVMDisposeMessage(msg);
		return false;
	}
	LLVMDisposeMessage(msg);
	return true;
}

static bool pipe_run(LLVMModuleRef m, LLVMTargetMachineRef tm, const char *passes, const char *stage)
{
	LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
	LLVMErrorRef err = LLVMRunPasses(m, passes, tm, opts);
	LLVMDisposePassBuilderOptions(opts);
	if (err) {
		char *msg = LLVMGetErrorMessage(err);
		fprintf(stderr, "internal compiler error: %s: %s\n", stage, msg);
		LLVMDisposeErrorMessage(msg);
		return false;
	}
	return pipe_verify(m, stage);
}

/* Functions LLVM's optimiser would take minutes over are left unoptimised (optnone, noinline),
 * before stage 1, so that mem2reg and sroa do not build the shapes below either; code generation
 * of an optnone function is linear. Such a function has
 *  - a `switch` of more than PIPE_MAX_OPT_SWITCH cases: LLVM 19's SimplifyCFG and JumpThreading
 *    are quadratic in the cases of a switch whose case blocks are empty and join at one phi (each
 *    empty block's fold attempt builds the set of the join's predecessors), the usual shape of a
 *    big Go switch once its bodies' stores become phis, and the register coalescer is quadratic
 *    in that phi (20,000 cases took minutes; clang shows the same growth);
 *  - a value of a struct type of more than PIPE_MAX_OPT_FIELDS fields (Go structs are first-class
 *    aggregates in our IR): InstCombine walks insertvalue chains per element, SLP vectorises the
 *    field compares of `==` into vectors the X86 back end crashes on (4,000 fields). */
enum { PIPE_MAX_OPT_SWITCH = 4096, PIPE_MAX_OPT_FIELDS = 1024 };

static bool pipe_is_huge_type(LLVMTypeRef t)
{
	return LLVMGetTypeKind(t) == LLVMStructTypeKind && LLVMCountStructElementTypes(t) > PIPE_MAX_OPT_FIELDS;
}

static bool pipe_is_huge_inst(LLVMValueRef inst)
{
	if (LLVMGetInstructionOpcode(inst) == LLVMSwitch)
		return LLVMGetNumSuccessors(inst) > PIPE_MAX_OPT_SWITCH;
	if (pipe_is_huge_type(LLVMTypeOf(inst)))
		return true;
	int n = LLVMGetNumOperands(inst);
	for (int i = 0; i < n && n < 8; i++)   /* a store or a call of an aggregate */
		if (pipe_is_huge_type(LLVMTypeOf(LLVMGetOperand(inst, (unsigned)i))))
			return true;
	return false;
}

static bool pipe_is_huge_function(LLVMValueRef f)
{
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
			if (pipe_is_huge_inst(i))
				return true;
	return false;
}

static void pipe_add_fn_attr(LLVMValueRef f, const char *name)
{
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(f));
	unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
	LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(ctx, kind, 0));
}

static void pipe_shield_huge_functions(LLVMModuleRef m)
{
	unsigned always = LLVMGetEnumAttributeKindForName("alwaysinline", 12);
	for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
		if (LLVMIsDeclaration(f) || LLVMGetEnumAttributeAtIndex(f, LLVMAttributeFunctionIndex, always) ||
		    !pipe_is_huge_function(f))
			continue;
		pipe_add_fn_attr(f, "optnone");
		pipe_add_fn_attr(f, "noinline");
	}
}

bool pipe_cleanup(LLVMModuleRef m, LLVMTargetMachineRef tm)
{
	pipe_shield_huge_functions(m);
	return pipe_run(m, tm, "globaldce,function(mem2reg,sroa,early-cse,instcombine<no-verify-fixpoint>,simplifycfg)", "cleanup");
}

/* In a program (the module defines main.main), every function but the entry points the JIT and the
 * C start-up look up (main, main.main, main.init) becomes internal once the -m report is written:
 * the whole program is in the module, and the inliner can then drop what it inlined everywhere. */
static void pipe_internalize(LLVMModuleRef m)
{
	LLVMValueRef mm = LLVMGetNamedFunction(m, "main.main");
	if (!mm || LLVMIsDeclaration(mm))
		return;
	for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
		size_t len;
		const char *name = LLVMGetValueName2(f, &len);
		if (LLVMIsDeclaration(f) || strcmp(name, "main") == 0 || strcmp(name, "main.main") == 0 ||
			strcmp(name, "main.init") == 0)
			continue;
		LLVMSetLinkage(f, LLVMInternalLinkage);
		LLVMSetVisibility(f, LLVMDefaultVisibility);
	}
}

/* Whether global object g carries metadata of kind `kind`. */
static bool pipe_has_md(LLVMValueRef g, unsigned kind)
{
	size_t n = 0;
	LLVMValueMetadataEntry *md = LLVMGlobalCopyAllMetadata(g, &n);
	bool found = false;
	for (size_t i = 0; i < n && !found; i++)
		found = LLVMValueMetadataEntriesGetKind(md, (unsigned)i) == kind;
	if (md)
		LLVMDisposeValueMetadataEntries(md);
	return found;
}

/* Function f without its body: no instruction has a use once each is replaced by poison, so they
 * and then the blocks can go in any order. */
static void pipe_delete_body(LLVMValueRef f)
{
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
			if (LLVMGetFirstUse(i))
				LLVMReplaceAllUsesWith(i, LLVMGetPoison(LLVMTypeOf(i)));
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef i; (i = LLVMGetLastInstruction(bb)) != NULL;)
			LLVMInstructionEraseFromParent(i);
	for (LLVMBasicBlockRef bb; (bb = LLVMGetFirstBasicBlock(f)) != NULL;)
		LLVMDeleteBasicBlock(bb);
}

static void pipe_make_external(LLVMValueRef g)
{
	LLVMGlobalClearMetadata(g);
	LLVMSetLinkage(g, LLVMExternalLinkage);
	LLVMSetVisibility(g, LLVMDefaultVisibility);
}

int pipe_strip_imports(LLVMModuleRef m)
{
	unsigned kind = LLVMGetMDKindIDInContext(LLVMGetModuleContext(m), LLGO_IMPORT_MD, strlen(LLGO_IMPORT_MD));
	int n = 0;
	for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
		if (LLVMIsDeclaration(f) || !pipe_has_md(f, kind))
			continue;
		pipe_delete_body(f);
		pipe_make_external(f);
		n++;
	}
	for (LLVMValueRef g = LLVMGetFirstGlobal(m); g; g = LLVMGetNextGlobal(g)) {
		if (LLVMIsDeclaration(g) || !pipe_has_md(g, kind))
			continue;
		LLVMSetInitializer(g, NULL);
		pipe_make_external(g);
		n++;
	}
	return n;
}

/* LLVM inlines an internal function's only call whatever its size (a bonus of 15000 to the
 * threshold), so a chain of functions each called once (f1 calls f2 calls f3 ...) ends as one
 * function as long as the chain, and code generation grows faster than the program. The chains are
 * cut where what would be inlined through them passes PIPE_CHAIN_LIMIT instructions: those calls
 * get `noinline` (the ordinary threshold still inlines small functions everywhere). */
#define PIPE_CHAIN_LIMIT 1000

/* The only call of internal function f, or NULL (f has another use, or is not internal). */
static LLVMValueRef pipe_only_call(LLVMValueRef f)
{
	LLVMUseRef u = LLVMGetFirstUse(f);
	if (!u || LLVMGetNextUse(u) || LLVMGetLinkage(f) != LLVMInternalLinkage || LLVMIsDeclaration(f))
		return NULL;
	LLVMValueRef call = LLVMGetUser(u);
	return LLVMIsACallInst(call) && LLVMGetCalledValue(call) == f ? call : NULL;
}

static long pipe_size(LLVMValueRef f)
{
	long n = 0;
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
			n++;
	return n;
}

static int pipe_fn_cmp(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)*(const LLVMValueRef *)a, y = (uintptr_t)*(const LLVMValueRef *)b;
	return x < y ? -1 : x > y;
}

/* Index of function f in fns (sorted by address), or -1. */
static int pipe_fn_index(LLVMValueRef *fns, int n, LLVMValueRef f)
{
	LLVMValueRef *hit = bsearch(&f, fns, (size_t)n, sizeof *fns, pipe_fn_cmp);
	return hit ? (int)(hit - fns) : -1;
}

/* The once-called functions form trees under their callers (a cycle of them is left alone). Sizes
 * are summed leaves first, with an explicit stack: a chain may be as long as the program. */
static void pipe_cut_chains(LLVMModuleRef m)
{
	int n = 0;
	for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f))
		n++;
	LLVMValueRef *fns = malloc(sizeof *fns * ((size_t)n + 1)), *calls = calloc((size_t)n + 1, sizeof *calls);
	int *first = malloc(sizeof(int) * ((size_t)n + 1)), *next = malloc(sizeof(int) * ((size_t)n + 1));
	int *stack = malloc(sizeof(int) * ((size_t)n + 1)), *state = calloc((size_t)n + 1, sizeof(int));
	long *total = calloc((size_t)n + 1, sizeof(long));
	n = 0;
	for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f))
		fns[n++] = f;
	qsort(fns, (size_t)n, sizeof *fns, pipe_fn_cmp);
	for (int k = 0; k < n; k++)
		first[k] = -1;
	for (int j = 0; j < n; j++) {  /* children lists: j is called once, from function k */
		calls[j] = pipe_only_call(fns[j]);
		int k = calls[j] ? pipe_fn_index(fns, n, LLVMGetBasicBlockParent(LLVMGetInstructionParent(calls[j]))) : -1;
		if (k >= 0 && k != j) {
			next[j] = first[k];
			first[k] = j;
		}
	}
	LLVMAttributeRef noinline = LLVMCreateEnumAttribute(LLVMGetModuleContext(m),
		LLVMGetEnumAttributeKindForName("noinline", 8), 0);
	for (int root = 0; root < n; root++) {  /* state: 0 new, 1 open, 2 done */
		int sp = 0;
		if (state[root] == 0)
			stack[sp++] = root, state[root] = 1;
		while (sp > 0) {
			int k = stack[sp - 1];
			bool pushed = false;
			for (int j = first[k]; j >= 0 && !pushed; j = next[j])
				if (state[j] == 0)
					stack[sp++] = j, state[j] = 1, pushed = true;
			if (pushed)
				continue;
			total[k] = pipe_size(fns[k]);
			for (int j = first[k]; j >= 0; j = next[j]) {
				if (state[j] != 2)
					continue;  /* a cycle */
				if (total[j] > PIPE_CHAIN_LIMIT)
					LLVMAddCallSiteAttribute(calls[j], LLVMAttributeFunctionIndex, noinline);
				else
					total[k] += total[j];
			}
			state[k] = 2;
			sp--;
		}
	}
	free(fns), free(calls), free(first), free(next), free(stack), free(state), free(total);
}

/* The call of a returns_twice function (a defer frame's _setjmp) in f, or NULL. */
static LLVMValueRef pipe_setjmp_call(LLVMValueRef f, unsigned returns_twice)
{
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
			LLVMValueRef callee = LLVMIsACallInst(i) ? LLVMGetCalledValue(i) : NULL;
			if (callee && LLVMIsAFunction(callee) &&
			    LLVMGetEnumAttributeAtIndex(callee, LLVMAttributeFunctionIndex, returns_twice))
				return i;
		}
	return NULL;
}

/* Whether instruction a comes before instruction b in b's block. */
static bool pipe_precedes(LLVMValueRef a, LLVMValueRef b)
{
	if (LLVMGetInstructionParent(a) != LLVMGetInstructionParent(b))
		return false;
	for (LLVMValueRef i = LLVMGetNextInstruction(a); i; i = LLVMGetNextInstruction(i))
		if (i == b)
			return true;
	return false;
}

/* The object p points into: p without its GEPs. */
static LLVMValueRef pipe_base_object(LLVMValueRef p)
{
	while (LLVMIsAGetElementPtrInst(p) || (LLVMIsAConstantExpr(p) && LLVMGetConstOpcode(p) == LLVMGetElementPtr))
		p = LLVMGetOperand(p, 0);
	return p;
}

/*
 * A function that defers returns, after a recovered panic, through the second return of its
 * _setjmp (lower_defer.c), and reads its results there with volatile loads. LLVM's CFG has no edge
 * for that return, so to its optimiser a result variable that nothing else reads is dead before a
 * panicking call: its stores would go (Go's test/fixedbugs/issue16095.go returned zeroes). Each
 * object those loads read is handed, before the _setjmp, to an empty inline-asm statement that
 * clobbers memory: captured, the object may be read by any later call, the one that panics
 * included, so its stores stay. Runs after the escape pass, which never sees the statement.
 */
static void pipe_keep_recovered_memory(LLVMModuleRef m)
{
	LLVMContextRef ctx = LLVMGetModuleContext(m);
	unsigned returns_twice = LLVMGetEnumAttributeKindForName("returns_twice", 13);
	LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
	LLVMTypeRef fty = LLVMFunctionType(LLVMVoidTypeInContext(ctx), &ptr, 1, 0);
	LLVMValueRef keep = LLVMGetInlineAsm(fty, "", 0, "r,~{memory}", 11, 1, 0, LLVMInlineAsmDialectATT, 0);
	LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
	for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
		LLVMValueRef sj = LLVMIsDeclaration(f) ? NULL : pipe_setjmp_call(f, returns_twice);
		if (!sj)
			continue;
		for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
			for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
				if (!LLVMIsALoadInst(i) || !LLVMGetVolatile(i))
					continue;
				LLVMValueRef obj = pipe_base_object(LLVMGetOperand(i, 0));
				/* results live in entry-block allocas or heap objects made before the _setjmp */
				if (!LLVMIsAAllocaInst(obj) && !(LLVMIsACallInst(obj) && pipe_precedes(obj, sj)))
					continue;
				LLVMPositionBuilderBefore(b, sj);
				LLVMBuildCall2(b, fty, keep, &obj, 1, "");
			}
	}
	LLVMDisposeBuilder(b);
}

bool pipe_inline(LLVMModuleRef m, LLVMTargetMachineRef tm)
{
	pipe_keep_recovered_memory(m);
	pipe_internalize(m);
	pipe_cut_chains(m);
	return pipe_run(m, tm, "cgscc(inline)",
		"inlining");
}

bool pipe_optimize(LLVMModuleRef m, LLVMTargetMachineRef tm, int opt_level)
{
	if (opt_level <= 0)
		return pipe_verify(m, "optimisation");
	char passes[32];
	snprintf(passes, sizeof passes, "default<O%d>", opt_level > 3 ? 3 : opt_level);
	return pipe_run(m, tm, passes, "optimisation");
}

bool pipe_after_round3(LLVMModuleRef m, LLVMTargetMachineRef tm)
{
	return pipe_run(m, tm, "function(sroa,early-cse<memssa>,instcombine<no-verify-fixpoint>,simplifycfg)",
		"cleanup after escape round 3");
}

int pipe_late(LLVMModuleRef m, LLVMTargetMachineRef tm, bool jam, bool divpair)
{
	int n = jam ? jam_run(m) : 0;
	if (n > 0 && !pipe_run(m, tm, "function(early-cse,instcombine<no-verify-fixpoint>)", "unroll-and-jam"))
		return -1;
	/* after instcombine, which would scalarise the pairs again */
	int pairs = divpair ? divpair_run(m) : 0;
	if (pairs > 0 && !pipe_verify(m, "division pairing"))
		return -1;
	return n + pairs;
}

bool pipe_emit(LLVMModuleRef m, LLVMTargetMachineRef tm, const char *path, bool assembly)
{
	char *msg = NULL;
	if (LLVMTargetMachineEmitToFile(tm, m, path, assembly ? LLVMAssemblyFile : LLVMObjectFile, &msg)) {
		fprintf(stderr, "llgo-lite: cannot write %s: %s\n", path, msg);
		LLVMDisposeMessage(msg);
		return false;
	}
	return true;
}
