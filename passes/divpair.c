/*
 * divpair.c: two independent double-precision divisions of a loop body become one two-lane division.
 *
 * A division is the one arithmetic instruction that occupies its unit for several cycles: a loop
 * that divides once per element runs at the divider's pace (spectral-norm's 1.0/(...), a division
 * every four cycles here however much else the loop has to do). On the x86-64 cores of the last
 * decade a two-lane DIVPD costs what one DIVSD does, so two divisions per DIVPD halve that bound; on
 * older cores it costs what two do, which loses nothing but the two shuffles that pack and unpack
 * the lanes. LLVM's SLP vectoriser does not pair them: its SSE2 cost table prices DIVPD at nearly
 * twice DIVSD, so with the shuffles the pair never pays in its model.
 *
 * The pass looks at the body of each single-block loop (the shape LLVM leaves an unrolled innermost
 * loop in) for pairs of scalar double divisions A then B where B does not depend on A. The pure
 * instructions between them that B's operands need are moved above A (they read nothing A or the
 * instructions after it produce), and both become the lanes of one <2 x double> division placed
 * where A was. IEEE division of each lane is the scalar division, so the results do not change.
 *
 * Only for x86-64: AArch64 cores differ in what a two-lane FDIV costs.
 */
#include "divpair.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

enum { DIVPAIR_MAX_BETWEEN = 64 };   /* instructions scanned between A and B */

static bool divpair_is_div(LLVMValueRef i)
{
	return LLVMGetInstructionOpcode(i) == LLVMFDiv && LLVMGetTypeKind(LLVMTypeOf(i)) == LLVMDoubleTypeKind;
}

/* Whether i can move up past the instructions between A and it: no memory, no call, no trap. */
static bool divpair_movable(LLVMValueRef i)
{
	switch (LLVMGetInstructionOpcode(i)) {
	case LLVMAdd: case LLVMFAdd: case LLVMSub: case LLVMFSub: case LLVMMul: case LLVMFMul:
	case LLVMFDiv: case LLVMFNeg: case LLVMShl: case LLVMLShr: case LLVMAShr:
	case LLVMAnd: case LLVMOr: case LLVMXor:
	case LLVMTrunc: case LLVMZExt: case LLVMSExt: case LLVMFPToUI: case LLVMFPToSI: case LLVMUIToFP:
	case LLVMSIToFP: case LLVMFPTrunc: case LLVMFPExt: case LLVMICmp: case LLVMFCmp: case LLVMSelect:
	case LLVMGetElementPtr: case LLVMExtractElement: case LLVMInsertElement: case LLVMShuffleVector:
		return true;
	default:
		return false;
	}
}

/* Index of instruction v in between[0..n), or -1. */
static int divpair_index(LLVMValueRef *between, int n, LLVMValueRef v)
{
	for (int i = 0; i < n; i++)
		if (between[i] == v)
			return i;
	return -1;
}

/*
 * Marks in need[] the instructions of between[0..n) (the instructions after A, before B) that B
 * reads, directly or through each other. False if one of them is A's result's reader chain (B
 * depends on A) or cannot move.
 */
static bool divpair_needs(LLVMValueRef a, LLVMValueRef *between, int n, bool *need, LLVMValueRef b)
{
	memset(need, 0, sizeof *need * (size_t)n);
	for (int k = n; k >= 0; k--) {
		LLVMValueRef inst = k == n ? b : between[k];
		if (k < n && !need[k])
			continue;
		if (k < n && !divpair_movable(inst))
			return false;
		for (int o = 0; o < LLVMGetNumOperands(inst); o++) {
			LLVMValueRef op = LLVMGetOperand(inst, (unsigned)o);
			if (op == a)
				return false;
			int at = divpair_index(between, k, op);
			if (at >= 0)
				need[at] = true;
		}
	}
	return true;
}

/* A and B as the lanes of one division before A; B's operands' chain moved above A first. */
static void divpair_pack(LLVMBuilderRef bld, LLVMValueRef a, LLVMValueRef b, LLVMValueRef *between, int n,
                         const bool *need)
{
	for (int k = 0; k < n; k++)
		if (need[k]) {
			LLVMInstructionRemoveFromParent(between[k]);
			LLVMPositionBuilderBefore(bld, a);
			LLVMInsertIntoBuilder(bld, between[k]);
		}
	LLVMPositionBuilderBefore(bld, a);
	LLVMContextRef ctx = LLVMGetTypeContext(LLVMTypeOf(a));
	LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx), v2 = LLVMVectorType(LLVMTypeOf(a), 2);
	LLVMValueRef lane0 = LLVMConstInt(i32, 0, 0), lane1 = LLVMConstInt(i32, 1, 0), ops[2];
	for (unsigned o = 0; o < 2; o++) {
		LLVMValueRef v = LLVMBuildInsertElement(bld, LLVMGetPoison(v2), LLVMGetOperand(a, o), lane0, "");
		ops[o] = LLVMBuildInsertElement(bld, v, LLVMGetOperand(b, o), lane1, "");
	}
	LLVMValueRef q = LLVMBuildFDiv(bld, ops[0], ops[1], "divpair");
	LLVMReplaceAllUsesWith(a, LLVMBuildExtractElement(bld, q, lane0, ""));
	LLVMReplaceAllUsesWith(b, LLVMBuildExtractElement(bld, q, lane1, ""));
	LLVMInstructionEraseFromParent(a);
	LLVMInstructionEraseFromParent(b);
}

/* Pairs the divisions of bb in order; returns how many pairs it made. */
static int divpair_block(LLVMBuilderRef bld, LLVMBasicBlockRef bb)
{
	int pairs = 0;
	LLVMValueRef between[DIVPAIR_MAX_BETWEEN];
	bool need[DIVPAIR_MAX_BETWEEN];
	for (LLVMValueRef a = LLVMGetFirstInstruction(bb); a; a = LLVMGetNextInstruction(a)) {
		if (!divpair_is_div(a))
			continue;
		int n = 0;
		LLVMValueRef b = LLVMGetNextInstruction(a);
		while (b && !LLVMIsATerminatorInst(b) && !divpair_is_div(b) && n < DIVPAIR_MAX_BETWEEN) {
			between[n++] = b;
			b = LLVMGetNextInstruction(b);
		}
		if (!b || !divpair_is_div(b) || !divpair_needs(a, between, n, need, b))
			continue;
		LLVMValueRef next = LLVMGetNextInstruction(b);
		divpair_pack(bld, a, b, between, n, need);
		pairs++;
		if (!next)
			break;
		a = LLVMGetPreviousInstruction(next);   /* go on after B's old place */
	}
	return pairs;
}

static bool divpair_self_loop(LLVMBasicBlockRef bb)
{
	LLVMValueRef term = LLVMGetBasicBlockTerminator(bb);
	if (!term)
		return false;
	for (unsigned i = 0; i < LLVMGetNumSuccessors(term); i++)
		if (LLVMGetSuccessor(term, i) == bb)
			return true;
	return false;
}

int divpair_run(LLVMModuleRef m)
{
	const char *triple = LLVMGetTarget(m);
	if (strncmp(triple, "x86_64", 6) != 0)
		return 0;
	LLVMBuilderRef bld = LLVMCreateBuilderInContext(LLVMGetModuleContext(m));
	int pairs = 0;
	for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f))
		for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
			if (divpair_self_loop(bb))
				pairs += divpair_block(bld, bb);
	LLVMDisposeBuilder(bld);
	return pairs;
}
