/*
 * jam.c: unroll-and-jam of a counted loop around an early-exit loop of pure arithmetic, and the
 * fusion of such early-exit loops when they follow one another (what LLVM leaves of a small counted
 * loop it unrolled fully: see "Sibling loops" below).
 *
 * The shape, in optimised IR (default<O2> has rotated the loops):
 *
 *     P:  ...                                  br H
 *     H:  outer phis; the prologue             br I               predecessors P and E
 *     I:  inner phis; the body                 br c, I, E         one block; predecessors H and I
 *     E:  the epilogue                         br done, X, H      predecessor I
 *
 * The outer loop runs a constant number of times N (an induction variable from a constant, stepped
 * by a constant, compared for equality with a constant), and H, I and E only compute: no memory
 * access, no call, no division that could trap. Mandelbrot's loop over the pixels of a byte around
 * its escape-time loop has this shape; so has any per-element iteration (Newton steps, series)
 * whose results are combined in registers.
 *
 * Such an inner loop is bound by the latency of the chain its phis carry (mandelbrot's: a multiply,
 * a subtract and an add per iteration), while the CPU could run several chains side by side.
 * LLVM's own unroll-and-jam needs an inner trip count that does not change with the outer
 * iteration; here it does (each pixel stops when it escapes), so this pass jams F outer iterations
 * (F = 4 or 2, dividing N) and predicates them. The new inner loop computes the F copies' bodies
 * side by side and runs while any copy still runs. Copy k carries an active flag, and for each value
 * of I that is read after the loop, its value from the copy's last active iteration:
 *
 *     active_k' = select(active_k, continue_k, false)
 *     live_k'   = select(active_k, v_k, live_k)
 *
 * A copy that has finished goes on computing, and the selects throw its results away: harmless,
 * since the body cannot trap, and it keeps every select off the carried chains, which stay as short
 * as they were. E then runs the F epilogues in order on the captured values.
 *
 * Why the result is exact: each copy performs the floating-point operations of its own iteration
 * in the original order, so results are bit for bit those of the loop as written (and Go's). The
 * prologue of copy k (H's instructions) moves before the inner loops of copies 0..k-1; that is
 * legal when it does not depend on them, which the pass checks by tainting: I's values are tainted,
 * so is whatever computes on them, and an outer phi whose next value is tainted (a running count)
 * may be read by the epilogue only. Nothing in H, I or E touches memory, so no other reordering can
 * be observed; an inner loop that never ends still never ends. Finished copies' integer values may
 * wrap into poison (nuw/nsw flags stay): the selects never choose it.
 *
 * Cost: a copy that finishes early waits for the slowest copy of its group. Neighbouring outer
 * iterations usually run for similar counts (mandelbrot's pixels: under 1% of extra iterations).
 * The pass jams only inner loops that carry a floating-point phi (latency-bound chains; integer
 * chains are a cycle per step and gain little), whose F copies issue within the time one copy's
 * chain takes, so even a group whose counts differ wildly costs about what its slowest copy would
 * alone; and it keeps F times those phis within the 16 vector registers of x86-64 (AArch64 has 32).
 * Mandelbrot: F = 4 runs in 0.55 of the time of the loop as written, F = 2 in 0.65.
 */
#include "jam.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	JAM_MAX_COPIES = 4,
	JAM_MAX_INSTS = 64,   /* instructions in each of H, I and E */
	JAM_FP_REGS = 16,     /* the F copies' floating-point phis must fit here */
};

/* A map from original values to values, open addressing; keys are never removed. */
typedef struct JamMap {
	LLVMValueRef *keys, *vals;
	unsigned cap, n;
} JamMap;

static unsigned jam_hash(LLVMValueRef v, unsigned cap)
{
	uintptr_t x = (uintptr_t)v;
	x ^= x >> 17;
	x *= 0x9E3779B1u;
	return (unsigned)(x & (cap - 1));
}

static LLVMValueRef jam_map_get(const JamMap *m, LLVMValueRef k)
{
	if (!m->cap)
		return NULL;
	for (unsigned h = jam_hash(k, m->cap);; h = (h + 1) & (m->cap - 1)) {
		if (!m->keys[h])
			return NULL;
		if (m->keys[h] == k)
			return m->vals[h];
	}
}

static void jam_map_put(JamMap *m, LLVMValueRef k, LLVMValueRef v)
{
	if (2 * (m->n + 1) > m->cap) {
		JamMap bigger = { calloc(m->cap ? 2 * m->cap : 64, sizeof *m->keys),
		                  calloc(m->cap ? 2 * m->cap : 64, sizeof *m->vals), m->cap ? 2 * m->cap : 64, 0 };
		for (unsigned i = 0; i < m->cap; i++)
			if (m->keys[i])
				jam_map_put(&bigger, m->keys[i], m->vals[i]);
		free(m->keys), free(m->vals);
		*m = bigger;
	}
	unsigned h = jam_hash(k, m->cap);
	while (m->keys[h] && m->keys[h] != k)
		h = (h + 1) & (m->cap - 1);
	m->n += !m->keys[h];
	m->keys[h] = k;
	m->vals[h] = v;
}

static void jam_map_free(JamMap *m)
{
	free(m->keys), free(m->vals);
	memset(m, 0, sizeof *m);
}

/* One loop nest of the shape above, and the state of its rewrite. */
typedef struct Jam {
	LLVMBasicBlockRef pre, head, inner, epi, exit;
	long trips;              /* N */
	int copies;              /* F */
	bool continue_on_true;   /* I's branch stays in I when its condition is true */
	JamMap tainted;          /* value -> itself: depends on the inner loop */
	JamMap map[JAM_MAX_COPIES];   /* copy k: original -> its copy (copy 0: clones of E made in H) */
	JamMap live[JAM_MAX_COPIES];  /* copy k: value of I -> its value at the copy's last active iteration */
	LLVMValueRef *head_insts, *epi_insts;   /* H's and E's original instructions but the terminators */
	int nhead, nepi;
	LLVMBuilderRef b;
} Jam;

static LLVMBasicBlockRef jam_block_of(LLVMValueRef v)
{
	return LLVMIsAInstruction(v) ? LLVMGetInstructionParent(v) : NULL;
}

static bool jam_in_nest(const Jam *J, LLVMValueRef v)
{
	LLVMBasicBlockRef bb = jam_block_of(v);
	return bb && (bb == J->head || bb == J->inner || bb == J->epi);
}

/* The incoming value of phi from block `from`, or NULL. */
static LLVMValueRef jam_incoming(LLVMValueRef phi, LLVMBasicBlockRef from)
{
	for (unsigned i = 0; i < LLVMCountIncoming(phi); i++)
		if (LLVMGetIncomingBlock(phi, i) == from)
			return LLVMGetIncomingValue(phi, i);
	return NULL;
}

/* The predecessors of bb (one per branch edge, so a block branching twice to bb counts twice). */
static int jam_preds(LLVMBasicBlockRef bb, LLVMBasicBlockRef *out, int max)
{
	int n = 0;
	for (LLVMUseRef u = LLVMGetFirstUse(LLVMBasicBlockAsValue(bb)); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef user = LLVMGetUser(u);
		if (!LLVMIsATerminatorInst(user))
			continue;   /* a blockaddress or a phi's incoming block */
		if (n < max)
			out[n] = LLVMGetInstructionParent(user);
		n++;
	}
	return n;
}

static bool jam_nonzero_divisor(LLVMValueRef d, bool is_signed)
{
	if (!LLVMIsAConstantInt(d) || LLVMGetIntTypeWidth(LLVMTypeOf(d)) > 64)
		return false;
	long long v = LLVMConstIntGetSExtValue(d);
	return v != 0 && !(is_signed && v == -1);
}

/* Whether call is of an LLVM intrinsic that only computes (fabs, sqrt, min and max, rounding, bit
 * counts...): no memory, no trap; at worst poison, which the selects never choose. */
static bool jam_pure_intrinsic(LLVMValueRef call)
{
	static const char *const names[] = {
		"llvm.fabs.", "llvm.sqrt.", "llvm.copysign.", "llvm.minnum.", "llvm.maxnum.", "llvm.minimum.",
		"llvm.maximum.", "llvm.floor.", "llvm.ceil.", "llvm.trunc.", "llvm.rint.", "llvm.nearbyint.",
		"llvm.round.", "llvm.roundeven.", "llvm.smax.", "llvm.smin.", "llvm.umax.", "llvm.umin.", "llvm.abs.",
		"llvm.ctpop.", "llvm.ctlz.", "llvm.cttz.", "llvm.bswap.", "llvm.bitreverse.", "llvm.fshl.", "llvm.fshr.",
	};
	LLVMValueRef callee = LLVMGetCalledValue(call);
	if (!callee || !LLVMIsAFunction(callee) || !LLVMGetIntrinsicID(callee))
		return false;
	size_t len;
	const char *name = LLVMGetValueName2(callee, &len);
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strncmp(name, names[i], strlen(names[i])) == 0)
			return true;
	return false;
}

/* Whether inst only computes: no memory access, no call but jam_pure_intrinsic's, cannot trap. */
static bool jam_is_pure(LLVMValueRef inst)
{
	switch (LLVMGetInstructionOpcode(inst)) {
	case LLVMCall:
		return jam_pure_intrinsic(inst);
	case LLVMAdd: case LLVMFAdd: case LLVMSub: case LLVMFSub: case LLVMMul: case LLVMFMul:
	case LLVMFDiv: case LLVMFRem: case LLVMFNeg: case LLVMShl: case LLVMLShr: case LLVMAShr:
	case LLVMAnd: case LLVMOr: case LLVMXor:
	case LLVMTrunc: case LLVMZExt: case LLVMSExt: case LLVMFPToUI: case LLVMFPToSI: case LLVMUIToFP:
	case LLVMSIToFP: case LLVMFPTrunc: case LLVMFPExt: case LLVMBitCast:
	case LLVMICmp: case LLVMFCmp: case LLVMSelect: case LLVMPHI: case LLVMFreeze:
	case LLVMExtractValue: case LLVMInsertValue:
		return true;
	case LLVMUDiv: case LLVMURem:
		return jam_nonzero_divisor(LLVMGetOperand(inst, 1), false);
	case LLVMSDiv: case LLVMSRem:
		return jam_nonzero_divisor(LLVMGetOperand(inst, 1), true);
	default:
		return false;
	}
}

/* Whether every instruction of bb but its terminator is pure, and there are at most JAM_MAX_INSTS. */
static bool jam_block_pure(LLVMBasicBlockRef bb)
{
	int n = 0;
	LLVMValueRef term = LLVMGetBasicBlockTerminator(bb);
	for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i != term; i = LLVMGetNextInstruction(i))
		if (!jam_is_pure(i) || ++n > JAM_MAX_INSTS)
			return false;
	return true;
}

enum { JAM_MAX_TRIPS = 1 << 20 };

/* A w-bit integer (w <= 64) as the low bits of a uint64_t, read signed. */
static int64_t jam_sext(uint64_t v, unsigned w)
{
	return w == 64 ? (int64_t)v : (int64_t)(v << (64 - w)) >> (64 - w);
}

static bool jam_icmp(LLVMIntPredicate pred, uint64_t a, uint64_t b, unsigned w)
{
	int64_t sa = jam_sext(a, w), sb = jam_sext(b, w);
	switch (pred) {
	case LLVMIntEQ: return a == b;
	case LLVMIntNE: return a != b;
	case LLVMIntUGT: return a > b;
	case LLVMIntUGE: return a >= b;
	case LLVMIntULT: return a < b;
	case LLVMIntULE: return a <= b;
	case LLVMIntSGT: return sa > sb;
	case LLVMIntSGE: return sa >= sb;
	case LLVMIntSLT: return sa < sb;
	case LLVMIntSLE: return sa <= sb;
	}
	return false;
}

/* a + b in w bits; false when the add's nuw or nsw flag says the result would be poison. */
static bool jam_add(LLVMValueRef add, uint64_t a, uint64_t b, unsigned w, uint64_t *out)
{
	uint64_t mask = w == 64 ? ~0ULL : (1ULL << w) - 1;
	*out = (a + b) & mask;
	int64_t s;
	if (LLVMGetNUW(add) && (w == 64 ? *out < a : a + b > mask))
		return false;
	if (LLVMGetNSW(add) && (__builtin_add_overflow(jam_sext(a, w), jam_sext(b, w), &s) ||
	                        jam_sext((uint64_t)s, w) != s))
		return false;
	return true;
}

/*
 * The outer loop's trip count N, or 0 when it is not a constant: E's branch compares an induction
 * variable (an outer phi from a constant, stepped by adding a constant), or its next value, with a
 * constant. N comes from running the test in the variable's own width, as the machine would, up to
 * JAM_MAX_TRIPS iterations; a step whose flags would make poison on the way is refused.
 */
static long jam_trip_count(const Jam *J)
{
	LLVMValueRef br = LLVMGetBasicBlockTerminator(J->epi), cmp = LLVMGetCondition(br);
	if (!LLVMIsAICmpInst(cmp))
		return 0;
	bool exit_on_true = LLVMGetSuccessor(br, 0) == J->exit;
	int var = LLVMIsAConstantInt(LLVMGetOperand(cmp, 0)) ? 1 : 0;
	LLVMValueRef x = LLVMGetOperand(cmp, (unsigned)var), limit = LLVMGetOperand(cmp, (unsigned)!var);
	if (!LLVMIsAConstantInt(limit) || LLVMGetTypeKind(LLVMTypeOf(x)) != LLVMIntegerTypeKind)
		return 0;
	unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(x));
	if (w > 64)
		return 0;
	bool uses_next = !(LLVMIsAPHINode(x) && jam_block_of(x) == J->head);
	LLVMValueRef next = uses_next ? x : jam_incoming(x, J->epi);
	if (!next || !LLVMIsABinaryOperator(next) || LLVMGetInstructionOpcode(next) != LLVMAdd)
		return 0;
	for (int side = 0; side < 2; side++) {
		LLVMValueRef iv = LLVMGetOperand(next, (unsigned)side), step = LLVMGetOperand(next, (unsigned)!side);
		LLVMValueRef start = LLVMIsAPHINode(iv) ? jam_incoming(iv, J->pre) : NULL;
		if (jam_block_of(iv) != J->head || !LLVMIsAPHINode(iv) || jam_incoming(iv, J->epi) != next ||
		    (!uses_next && iv != x) || !start || !LLVMIsAConstantInt(start) || !LLVMIsAConstantInt(step))
			continue;
		uint64_t v = LLVMConstIntGetZExtValue(start), d = LLVMConstIntGetZExtValue(step);
		uint64_t c = LLVMConstIntGetZExtValue(limit), after;
		for (long n = 1; n <= JAM_MAX_TRIPS; n++) {
			if (!jam_add(next, v, d, w, &after))
				return 0;
			uint64_t tested = uses_next ? after : v;
			bool r = var == 0 ? jam_icmp(LLVMGetICmpPredicate(cmp), tested, c, w)
			                  : jam_icmp(LLVMGetICmpPredicate(cmp), c, tested, w);
			if (r == exit_on_true)
				return n;
			v = after;
		}
		return 0;
	}
	return 0;
}

/* Finds the nest whose inner loop is block `inner`; false if it is not of the shape. */
static bool jam_match(Jam *J, LLVMBasicBlockRef inner)
{
	memset(J, 0, sizeof *J);
	J->inner = inner;
	LLVMValueRef br = LLVMGetBasicBlockTerminator(inner);
	if (!br || !LLVMIsABranchInst(br) || !LLVMIsConditional(br))
		return false;
	J->continue_on_true = LLVMGetSuccessor(br, 0) == inner;
	J->epi = LLVMGetSuccessor(br, J->continue_on_true ? 1 : 0);
	if (J->epi == inner)
		return false;
	LLVMBasicBlockRef preds[3];
	if (jam_preds(inner, preds, 3) != 2)
		return false;
	J->head = preds[0] == inner ? preds[1] : preds[0];
	if (J->head == inner || jam_preds(J->epi, preds, 3) != 1)
		return false;
	LLVMValueRef hbr = LLVMGetBasicBlockTerminator(J->head), ebr = LLVMGetBasicBlockTerminator(J->epi);
	if (!hbr || !LLVMIsABranchInst(hbr) || LLVMIsConditional(hbr) || !ebr || !LLVMIsABranchInst(ebr) ||
	    !LLVMIsConditional(ebr))
		return false;
	if (LLVMGetSuccessor(ebr, 0) == J->head)
		J->exit = LLVMGetSuccessor(ebr, 1);
	else if (LLVMGetSuccessor(ebr, 1) == J->head)
		J->exit = LLVMGetSuccessor(ebr, 0);
	else
		return false;
	if (jam_preds(J->head, preds, 3) != 2 || J->exit == J->head || J->exit == J->inner || J->exit == J->epi)
		return false;
	J->pre = preds[0] == J->epi ? preds[1] : preds[0];
	if (J->pre == J->head || J->pre == J->inner || J->pre == J->epi)
		return false;
	return jam_block_pure(J->head) && jam_block_pure(J->inner) && jam_block_pure(J->epi);
}

static bool jam_is_tainted(const Jam *J, LLVMValueRef v)
{
	return jam_map_get(&J->tainted, v) != NULL;
}

static bool jam_any_operand_tainted(const Jam *J, LLVMValueRef inst)
{
	int n = LLVMGetNumOperands(inst);
	for (int i = 0; i < n; i++)
		if (jam_is_tainted(J, LLVMGetOperand(inst, (unsigned)i)))
			return true;
	return false;
}

/*
 * Taints what depends on the inner loop: I's values, E's phis, then to a fixpoint the instructions
 * of H and E that read a tainted value and the outer phis whose next value is tainted. The nest can
 * be jammed when nothing H computes is tainted and I reads no tainted value.
 */
static bool jam_legal(Jam *J)
{
	for (LLVMValueRef i = LLVMGetFirstInstruction(J->inner); i; i = LLVMGetNextInstruction(i))
		jam_map_put(&J->tainted, i, i);
	for (LLVMValueRef i = LLVMGetFirstInstruction(J->epi); i && LLVMIsAPHINode(i); i = LLVMGetNextInstruction(i))
		jam_map_put(&J->tainted, i, i);
	for (bool changed = true; changed;) {
		changed = false;
		for (LLVMBasicBlockRef bb = J->head; bb; bb = bb == J->head ? J->epi : NULL)
			for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
				if (jam_is_tainted(J, i))
					continue;
				bool t = LLVMIsAPHINode(i) ? jam_is_tainted(J, jam_incoming(i, J->epi))
				                           : jam_any_operand_tainted(J, i);
				if (t)
					jam_map_put(&J->tainted, i, i), changed = true;
			}
	}
	for (LLVMValueRef i = LLVMGetFirstInstruction(J->head); i; i = LLVMGetNextInstruction(i))
		if (!LLVMIsAPHINode(i) && jam_is_tainted(J, i))
			return false;
	for (LLVMValueRef i = LLVMGetFirstInstruction(J->inner); i; i = LLVMGetNextInstruction(i))
		for (int k = 0; k < LLVMGetNumOperands(i); k++) {
			LLVMValueRef op = LLVMGetOperand(i, (unsigned)k);
			if (jam_block_of(op) != J->inner && jam_is_tainted(J, op))
				return false;
		}
	return true;
}

/* How many phis of bb are scalar floats: the latency-bound chains a loop carries. */
static int jam_fp_phis(LLVMBasicBlockRef bb)
{
	int fp = 0;
	for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i && LLVMIsAPHINode(i); i = LLVMGetNextInstruction(i)) {
		LLVMTypeKind k = LLVMGetTypeKind(LLVMTypeOf(i));
		fp += k == LLVMFloatTypeKind || k == LLVMDoubleTypeKind;
	}
	return fp;
}

/* F: 4 or 2 dividing N, with F times I's floating-point phis in JAM_FP_REGS; 0: not worth it. */
static int jam_copies(const Jam *J)
{
	int fp = jam_fp_phis(J->inner);
	if (fp == 0)
		return 0;
	for (int f = JAM_MAX_COPIES; f >= 2; f /= 2)
		if (J->trips % f == 0 && f * fp <= JAM_FP_REGS)
			return f;
	return 0;
}

/*
 * Copy k of original value v, made on demand at the builder's position. `after`: the caller is in E,
 * after the jammed loop, where I's values are the copy's captured ones; before it (in H or I),
 * only untainted values may be asked for. Copy 0 is the original code, but for E's instructions
 * that a later copy's prologue needs in H: those are cloned into H.
 */
static LLVMValueRef jam_value(Jam *J, int k, LLVMValueRef v, bool after)
{
	if (!jam_in_nest(J, v))
		return v;
	LLVMBasicBlockRef bb = jam_block_of(v);
	if (bb == J->inner)   /* map[k] has the copy's own, only I may read them */
		return after ? jam_map_get(&J->live[k], v) : k == 0 ? v : jam_map_get(&J->map[k], v);
	LLVMValueRef got = jam_map_get(&J->map[k], v);
	if (got)
		return got;
	if (LLVMIsAPHINode(v) && bb == J->epi)
		return jam_value(J, k, LLVMGetIncomingValue(v, 0), after);
	if (LLVMIsAPHINode(v)) {   /* an outer phi: copy k starts where copy k-1 ended */
		if (k == 0)
			return v;
		got = jam_value(J, k - 1, jam_incoming(v, J->epi), after);
		jam_map_put(&J->map[k], v, got);
		return got;
	}
	if (k == 0 && (bb == J->head || after))
		return v;
	LLVMValueRef c = LLVMInstructionClone(v);
	int n = LLVMGetNumOperands(v);
	for (int i = 0; i < n; i++)
		LLVMSetOperand(c, (unsigned)i, jam_value(J, k, LLVMGetOperand(v, (unsigned)i), after));
	LLVMInsertIntoBuilder(J->b, c);
	jam_map_put(&J->map[k], v, c);
	return c;
}

/* Copy k of a value read inside I. */
static LLVMValueRef jam_inner_value(Jam *J, int k, LLVMValueRef v)
{
	if (jam_block_of(v) == J->inner)
		return k == 0 ? v : jam_map_get(&J->map[k], v);
	return jam_value(J, k, v, false);
}

/* The prologues of copies 1..F-1 in H, after copy 0's: every untainted outer phi and instruction. */
static void jam_prologues(Jam *J)
{
	LLVMPositionBuilderBefore(J->b, LLVMGetBasicBlockTerminator(J->head));
	for (int k = 1; k < J->copies; k++)
		for (int i = 0; i < J->nhead; i++)
			if (!jam_is_tainted(J, J->head_insts[i]))
				jam_value(J, k, J->head_insts[i], false);
}

/* Whether some user of v is outside block bb (v is read after the loop bb). */
static bool jam_used_outside(LLVMValueRef v, LLVMBasicBlockRef bb)
{
	for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u))
		if (jam_block_of(LLVMGetUser(u)) != bb)
			return true;
	return false;
}

/* I with F bodies side by side, the active flags, the captured values and the new exit test. */
static void jam_inner(Jam *J)
{
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(LLVMGetBasicBlockParent(J->inner)));
	LLVMTypeRef i1 = LLVMInt1TypeInContext(ctx);
	LLVMValueRef term = LLVMGetBasicBlockTerminator(J->inner), first_body = NULL;
	int nphis = 0, nbody = 0, nread = 0;
	for (LLVMValueRef i = LLVMGetFirstInstruction(J->inner); i != term; i = LLVMGetNextInstruction(i)) {
		if (!LLVMIsAPHINode(i) && !first_body)
			first_body = i;
		LLVMIsAPHINode(i) ? nphis++ : nbody++;
		nread += jam_used_outside(i, J->inner);
	}
	LLVMValueRef *phis = malloc(sizeof *phis * (size_t)(nphis + 1)), *body = malloc(sizeof *body * (size_t)(nbody + 1));
	LLVMValueRef *read = malloc(sizeof *read * (size_t)(nread + 1));
	nphis = nbody = nread = 0;
	for (LLVMValueRef i = LLVMGetFirstInstruction(J->inner); i != term; i = LLVMGetNextInstruction(i)) {
		if (LLVMIsAPHINode(i))
			phis[nphis++] = i;
		else
			body[nbody++] = i;
		if (jam_used_outside(i, J->inner))
			read[nread++] = i;
	}
	/* phis of copies 1..F-1, then each copy's active flag and captured values */
	LLVMPositionBuilderBefore(J->b, first_body ? first_body : term);
	for (int k = 1; k < J->copies; k++)
		for (int p = 0; p < nphis; p++)
			jam_map_put(&J->map[k], phis[p], LLVMBuildPhi(J->b, LLVMTypeOf(phis[p]), ""));
	LLVMValueRef active[JAM_MAX_COPIES], *kept = malloc(sizeof *kept * (size_t)(J->copies * nread + 1));
	for (int k = 0; k < J->copies; k++) {
		active[k] = LLVMBuildPhi(J->b, i1, "jam.active");
		for (int r = 0; r < nread; r++)
			kept[k * nread + r] = LLVMBuildPhi(J->b, LLVMTypeOf(read[r]), "jam.live");
	}
	/* bodies of copies 1..F-1 */
	LLVMPositionBuilderBefore(J->b, term);
	for (int k = 1; k < J->copies; k++)
		for (int i = 0; i < nbody; i++) {
			LLVMValueRef c = LLVMInstructionClone(body[i]);
			for (int o = 0; o < LLVMGetNumOperands(c); o++)
				LLVMSetOperand(c, (unsigned)o, jam_inner_value(J, k, LLVMGetOperand(body[i], (unsigned)o)));
			LLVMInsertIntoBuilder(J->b, c);
			jam_map_put(&J->map[k], body[i], c);
		}
	/* the exit test: leave when no copy goes on */
	LLVMValueRef cond = LLVMGetCondition(term), any = NULL, f = LLVMConstInt(i1, 0, 0), t = LLVMConstInt(i1, 1, 0);
	for (int k = 0; k < J->copies; k++) {
		LLVMValueRef go = jam_inner_value(J, k, cond);
		if (!J->continue_on_true)
			go = LLVMBuildNot(J->b, go, "");
		LLVMValueRef next = LLVMBuildSelect(J->b, active[k], go, f, "jam.next");
		for (int r = 0; r < nread; r++) {
			LLVMValueRef keep = LLVMBuildSelect(J->b, active[k], jam_inner_value(J, k, read[r]), kept[k * nread + r], "");
			jam_map_put(&J->live[k], read[r], keep);
			LLVMValueRef from[2] = { LLVMGetPoison(LLVMTypeOf(keep)), keep };
			LLVMBasicBlockRef blocks[2] = { J->head, J->inner };
			LLVMAddIncoming(kept[k * nread + r], from, blocks, 2);
		}
		LLVMValueRef from[2] = { t, next };
		LLVMBasicBlockRef blocks[2] = { J->head, J->inner };
		LLVMAddIncoming(active[k], from, blocks, 2);
		any = any ? LLVMBuildOr(J->b, any, next, "jam.any") : next;
	}
	LLVMBuildCondBr(J->b, any, J->inner, J->epi);
	LLVMInstructionEraseFromParent(term);
	/* the carried values of copies 1..F-1 */
	for (int k = 1; k < J->copies; k++)
		for (int p = 0; p < nphis; p++) {
			LLVMValueRef from[2] = { jam_value(J, k, jam_incoming(phis[p], J->head), false),
			                         jam_inner_value(J, k, jam_incoming(phis[p], J->inner)) };
			LLVMBasicBlockRef blocks[2] = { J->head, J->inner };
			LLVMAddIncoming(jam_map_get(&J->map[k], phis[p]), from, blocks, 2);
		}
	free(phis), free(body), free(read), free(kept);
}

/* Sets every operand of `user` that is `old` to `new`. */
static void jam_replace_operand(LLVMValueRef user, LLVMValueRef old, LLVMValueRef new)
{
	for (int i = 0; i < LLVMGetNumOperands(user); i++)
		if (LLVMGetOperand(user, (unsigned)i) == old)
			LLVMSetOperand(user, (unsigned)i, new);
}

typedef struct JamUse {
	LLVMValueRef user, value;
} JamUse;

/* The uses of the nest's values by instructions outside it (n counts them; out may be NULL). */
static int jam_outside_uses(const Jam *J, JamUse *out)
{
	int n = 0;
	for (LLVMBasicBlockRef bb = J->head; bb; bb = bb == J->head ? J->inner : bb == J->inner ? J->epi : NULL)
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
			for (LLVMUseRef u = LLVMGetFirstUse(i); u; u = LLVMGetNextUse(u))
				if (!jam_in_nest(J, LLVMGetUser(u))) {
					if (out)
						out[n] = (JamUse){ LLVMGetUser(u), i };
					n++;
				}
	return n;
}

/*
 * E: copy 0's epilogue reads the captured values; copies 1..F-1 follow it; the outer loop's test
 * and next values, and the code after the nest, take copy F-1's.
 */
static void jam_epilogues(Jam *J, JamUse *uses, int nuses)
{
	LLVMValueRef term = LLVMGetBasicBlockTerminator(J->epi);
	LLVMPositionBuilderBefore(J->b, term);
	for (int k = 1; k < J->copies; k++)
		for (int e = 0; e < J->nepi; e++)
			if (!LLVMIsAPHINode(J->epi_insts[e]))
				jam_value(J, k, J->epi_insts[e], true);
	int last = J->copies - 1;
	LLVMSetCondition(term, jam_value(J, last, LLVMGetCondition(term), true));
	for (LLVMValueRef p = LLVMGetFirstInstruction(J->head); p && LLVMIsAPHINode(p); p = LLVMGetNextInstruction(p))
		for (unsigned i = 0; i < LLVMCountIncoming(p); i++)
			if (LLVMGetIncomingBlock(p, i) == J->epi)
				LLVMSetOperand(p, i, jam_value(J, last, LLVMGetIncomingValue(p, i), true));
	for (int u = 0; u < nuses; u++)
		jam_replace_operand(uses[u].user, uses[u].value, jam_value(J, last, uses[u].value, true));
	/* last, as the copies above were made from E's instructions as they were */
	for (int e = 0; e < J->nepi; e++)
		for (int o = 0; o < LLVMGetNumOperands(J->epi_insts[e]); o++) {
			LLVMValueRef op = LLVMGetOperand(J->epi_insts[e], (unsigned)o);
			if (jam_block_of(op) == J->inner)
				LLVMSetOperand(J->epi_insts[e], (unsigned)o, jam_map_get(&J->live[0], op));
		}
}

/* The instructions of bb but its terminator, in order (n: how many). */
static LLVMValueRef *jam_insts(LLVMBasicBlockRef bb, int *n)
{
	LLVMValueRef term = LLVMGetBasicBlockTerminator(bb);
	*n = 0;
	for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i != term; i = LLVMGetNextInstruction(i))
		++*n;
	LLVMValueRef *out = malloc(sizeof *out * (size_t)(*n + 1));
	*n = 0;
	for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i != term; i = LLVMGetNextInstruction(i))
		out[(*n)++] = i;
	return out;
}

static void jam_rewrite(Jam *J)
{
	J->head_insts = jam_insts(J->head, &J->nhead);
	J->epi_insts = jam_insts(J->epi, &J->nepi);
	int nuses = jam_outside_uses(J, NULL);
	JamUse *uses = malloc(sizeof *uses * (size_t)(nuses + 1));
	jam_outside_uses(J, uses);
	J->b = LLVMCreateBuilderInContext(LLVMGetModuleContext(LLVMGetGlobalParent(LLVMGetBasicBlockParent(J->inner))));
	jam_prologues(J);
	jam_inner(J);
	jam_epilogues(J, uses, nuses);
	LLVMDisposeBuilder(J->b);
	free(uses), free(J->head_insts), free(J->epi_insts);
}

static void jam_free(Jam *J)
{
	jam_map_free(&J->tainted);
	for (int k = 0; k < JAM_MAX_COPIES; k++)
		jam_map_free(&J->map[k]), jam_map_free(&J->live[k]);
}

/*
 * Sibling loops. When LLVM fully unrolls a small counted loop around an early-exit loop, its copies
 * follow one another, each loop's exit leading straight to the next loop or through one block:
 *
 *     P:   ...                                   (any block whose branch enters I1)
 *     I1:  phis; body           br c1, I1, B1
 *     B1:  epilogue 1, prologue 2  br I2          (predecessor I1; B may be missing: I1 exits to I2)
 *     I2:  phis; body           br c2, I2, B2      (predecessors B1 and I2)
 *     ...
 *     X:   the exit of the last
 *
 * The same predication fuses F = 2 to 4 of them into I1, moving instructions rather than cloning
 * them: what the B blocks compute without reading the loops (the prologues) moves to the end of P,
 * the rest (the epilogues) to a new block jam.after between I1 and X, in order. Legal when the B
 * blocks only compute and no loop reads an earlier one's results (tainting again); each loop must
 * carry a floating-point phi, and the group's floating-point phis must fit JAM_FP_REGS.
 */
typedef struct JamSibs {
	LLVMBasicBlockRef pre;
	LLVMBasicBlockRef loops[JAM_MAX_COPIES];
	LLVMBasicBlockRef between[JAM_MAX_COPIES];   /* B after loops[k], or NULL when it exits to the next */
	LLVMBasicBlockRef exits[JAM_MAX_COPIES];     /* where loops[k] exits: between[k] or the next loop */
	int n;
	JamMap tainted;
} JamSibs;

/* Whether bb is a loop of one pure block entered from one other block and carrying a float phi
 * (*fp of them); *exit: where it leaves. */
static bool jam_sib_loop(LLVMBasicBlockRef bb, LLVMBasicBlockRef *exit, int *fp)
{
	LLVMValueRef br = LLVMGetBasicBlockTerminator(bb);
	LLVMBasicBlockRef preds[3];
	if (!br || !LLVMIsABranchInst(br) || !LLVMIsConditional(br) || jam_preds(bb, preds, 3) != 2)
		return false;
	bool stay0 = LLVMGetSuccessor(br, 0) == bb;
	*exit = LLVMGetSuccessor(br, stay0 ? 1 : 0);
	if (*exit == bb || (!stay0 && LLVMGetSuccessor(br, 1) != bb) || !jam_block_pure(bb))
		return false;
	*fp = jam_fp_phis(bb);
	return *fp > 0;
}

/* Whether `next` is a sibling loop entered from block `from` (and from itself). */
static bool jam_sib_entered_from(LLVMBasicBlockRef next, LLVMBasicBlockRef from, LLVMBasicBlockRef *exit, int *fp)
{
	LLVMBasicBlockRef preds[3];
	return jam_sib_loop(next, exit, fp) && jam_preds(next, preds, 3) == 2 && (preds[0] == from || preds[1] == from);
}

/* The chain of sibling loops from `first`, at most JAM_MAX_COPIES; false when under two. */
static bool jam_sib_chain(JamSibs *S, LLVMBasicBlockRef first)
{
	memset(S, 0, sizeof *S);
	LLVMBasicBlockRef preds[3], exit, next;
	int fp, nfp, total = 0;
	if (!jam_sib_loop(first, &exit, &fp))
		return false;
	jam_preds(first, preds, 3);
	S->pre = preds[0] == first ? preds[1] : preds[0];
	for (LLVMBasicBlockRef loop = first;;) {
		S->loops[S->n] = loop;
		S->exits[S->n++] = exit;
		total += fp;
		LLVMValueRef br = LLVMGetBasicBlockTerminator(exit);
		if (S->n == JAM_MAX_COPIES || !br)
			break;
		if (exit != first && jam_sib_entered_from(exit, loop, &next, &nfp)) {   /* no B */
			loop = exit;
		} else if (jam_preds(exit, preds, 3) == 1 && LLVMIsABranchInst(br) && !LLVMIsConditional(br) &&
		           jam_block_pure(exit) && LLVMGetSuccessor(br, 0) != first &&
		           jam_sib_entered_from(LLVMGetSuccessor(br, 0), exit, &next, &nfp)) {
			S->between[S->n - 1] = exit;
			loop = LLVMGetSuccessor(br, 0);
		} else {
			break;
		}
		if (total + nfp > JAM_FP_REGS)
			break;
		exit = next, fp = nfp;
	}
	for (int k = 0; k < S->n; k++)   /* P in the chain: a cycle only unreachable code makes */
		if (S->exits[k] == S->pre || S->loops[k] == S->pre)
			return false;
	return S->n >= 2;
}

/* Whether the first n loops of the chain can be fused (their values tainted, as jam_legal). */
static bool jam_sib_legal(JamSibs *S, int n)
{
	jam_map_free(&S->tainted);
	for (int k = 0; k < n; k++) {
		LLVMValueRef term = LLVMGetBasicBlockTerminator(S->loops[k]);
		for (LLVMValueRef i = LLVMGetFirstInstruction(S->loops[k]); i != term; i = LLVMGetNextInstruction(i))
			for (int o = 0; o < LLVMGetNumOperands(i); o++) {
				LLVMValueRef op = LLVMGetOperand(i, (unsigned)o);
				if (jam_block_of(op) != S->loops[k] && jam_map_get(&S->tainted, op))
					return false;   /* reads an earlier loop's result */
			}
		for (LLVMValueRef i = LLVMGetFirstInstruction(S->loops[k]); i; i = LLVMGetNextInstruction(i))
			jam_map_put(&S->tainted, i, i);
		if (k == n - 1 || !S->between[k])
			continue;
		LLVMValueRef bterm = LLVMGetBasicBlockTerminator(S->between[k]);
		for (LLVMValueRef i = LLVMGetFirstInstruction(S->between[k]); i != bterm; i = LLVMGetNextInstruction(i)) {
			bool t = LLVMIsAPHINode(i);
			for (int o = 0; o < LLVMGetNumOperands(i) && !t; o++)
				t = jam_map_get(&S->tainted, LLVMGetOperand(i, (unsigned)o)) != NULL;
			if (t)
				jam_map_put(&S->tainted, i, i);
		}
	}
	return true;
}

/* Moves inst to just before `before`. */
static void jam_move_before(LLVMBuilderRef b, LLVMValueRef inst, LLVMValueRef before)
{
	LLVMInstructionRemoveFromParent(inst);
	LLVMPositionBuilderBefore(b, before);
	LLVMInsertIntoBuilder(b, inst);
}

static LLVMValueRef jam_first_non_phi(LLVMBasicBlockRef bb)
{
	LLVMValueRef i = LLVMGetFirstInstruction(bb);
	while (i && LLVMIsAPHINode(i))
		i = LLVMGetNextInstruction(i);
	return i;
}

/* Sets every use of v outside block `in` to `to`. */
static void jam_replace_uses_outside(LLVMValueRef v, LLVMBasicBlockRef in, LLVMValueRef to)
{
	int n = 0;
	for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u))
		n++;
	LLVMValueRef *users = malloc(sizeof *users * (size_t)(n + 1));
	n = 0;
	for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u))
		if (jam_block_of(LLVMGetUser(u)) != in)
			users[n++] = LLVMGetUser(u);
	for (int i = 0; i < n; i++)
		jam_replace_operand(users[i], v, to);
	free(users);
}

/* Each phi of bb becomes a phi whose edge from `old` comes from `new` (the C API cannot change a
 * phi's incoming block); the values stay. read[] follows the phis it names. */
static void jam_retarget_phis(LLVMBuilderRef b, LLVMBasicBlockRef bb, LLVMBasicBlockRef old, LLVMBasicBlockRef new,
                              LLVMValueRef *read, int nread)
{
	LLVMValueRef at = jam_first_non_phi(bb), end = NULL;   /* the new phis go after the old ones */
	for (LLVMValueRef q = LLVMGetFirstInstruction(bb); q && LLVMIsAPHINode(q); q = LLVMGetNextInstruction(q))
		end = q;
	for (LLVMValueRef q = end ? LLVMGetFirstInstruction(bb) : NULL; q;) {
		LLVMValueRef next = q == end ? NULL : LLVMGetNextInstruction(q);
		LLVMPositionBuilderBefore(b, at);
		LLVMValueRef nq = LLVMBuildPhi(b, LLVMTypeOf(q), "");
		LLVMReplaceAllUsesWith(q, nq);
		for (unsigned i = 0; i < LLVMCountIncoming(q); i++) {
			LLVMValueRef v = LLVMGetIncomingValue(q, i);
			LLVMBasicBlockRef from = LLVMGetIncomingBlock(q, i);
			if (from == old)
				from = new;
			LLVMAddIncoming(nq, &v, &from, 1);
		}
		for (int r = 0; r < nread; r++)
			if (read[r] == q)
				read[r] = nq;
		LLVMInstructionEraseFromParent(q);
		q = next;
	}
}

/* Loop k's phis become phis of I1 (entered from P), and its body moves to the end of I1's. */
static void jam_sib_merge(JamSibs *S, LLVMBuilderRef b, int k, LLVMValueRef *read, int nread)
{
	LLVMBasicBlockRef I1 = S->loops[0], Ik = S->loops[k];
	LLVMBasicBlockRef from = S->between[k - 1] ? S->between[k - 1] : S->loops[k - 1];
	jam_retarget_phis(b, Ik, from, S->pre, read, nread);
	jam_retarget_phis(b, Ik, Ik, I1, read, nread);
	LLVMValueRef i1first = jam_first_non_phi(I1), i1term = LLVMGetBasicBlockTerminator(I1);
	LLVMValueRef term = LLVMGetBasicBlockTerminator(Ik);
	for (LLVMValueRef i = LLVMGetFirstInstruction(Ik); i != term;) {
		LLVMValueRef next = LLVMGetNextInstruction(i);
		jam_move_before(b, i, LLVMIsAPHINode(i) ? i1first : i1term);
		i = next;
	}
}

/* Deletes bb, whose instructions no other block reads any more. */
static void jam_delete_block(LLVMBasicBlockRef bb)
{
	for (LLVMValueRef i; (i = LLVMGetLastInstruction(bb)) != NULL;)
		LLVMInstructionEraseFromParent(i);
	LLVMDeleteBasicBlock(bb);
}

/* Replaces each phi of bb (one incoming value: bb has one predecessor) by that value. */
static void jam_drop_phis(LLVMBasicBlockRef bb)
{
	for (LLVMValueRef p = LLVMGetFirstInstruction(bb); p && LLVMIsAPHINode(p);) {
		LLVMValueRef next = LLVMGetNextInstruction(p);
		LLVMReplaceAllUsesWith(p, LLVMGetIncomingValue(p, 0));
		LLVMInstructionEraseFromParent(p);
		p = next;
	}
}

/* The instructions of bb but its phis and terminator that are (not) tainted, appended to out[*n]. */
static void jam_sib_collect(const JamSibs *S, LLVMBasicBlockRef bb, bool tainted, LLVMValueRef *out, int *n)
{
	LLVMValueRef term = LLVMGetBasicBlockTerminator(bb);
	for (LLVMValueRef i = jam_first_non_phi(bb); i != term; i = LLVMGetNextInstruction(i))
		if ((jam_map_get(&S->tainted, i) != NULL) == tainted)
			out[(*n)++] = i;
}

/* Fuses the first n loops of the chain into I1 (see the comment above JamSibs). */
static void jam_sib_fuse(JamSibs *S, int n)
{
	LLVMBasicBlockRef I1 = S->loops[0], exit = S->exits[n - 1];
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(LLVMGetBasicBlockParent(I1)));
	LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
	LLVMTypeRef i1 = LLVMInt1TypeInContext(ctx);
	LLVMValueRef f = LLVMConstInt(i1, 0, 0), t = LLVMConstInt(i1, 1, 0);
	/* what moves where, decided before anything moves */
	int size = 0;
	for (int k = 0; k < n; k++) {
		for (LLVMValueRef i = LLVMGetFirstInstruction(S->loops[k]); i; i = LLVMGetNextInstruction(i))
			size++;
		for (LLVMValueRef i = S->between[k] ? LLVMGetFirstInstruction(S->between[k]) : NULL; i; i = LLVMGetNextInstruction(i))
			size++;
	}
	LLVMValueRef *pro = malloc(sizeof *pro * (size_t)(size + 1)), *epi = malloc(sizeof *epi * (size_t)(size + 1));
	LLVMValueRef *read = malloc(sizeof *read * (size_t)(size + 1)), conds[JAM_MAX_COPIES];
	int npro = 0, nepi = 0, nread = 0, read_from[JAM_MAX_COPIES + 1];
	for (int k = 0; k + 1 < n; k++)
		if (S->between[k]) {
			jam_sib_collect(S, S->between[k], false, pro, &npro);
			jam_sib_collect(S, S->between[k], true, epi, &nepi);
		}
	for (int k = 0; k < n; k++) {
		read_from[k] = nread;
		LLVMValueRef br = LLVMGetBasicBlockTerminator(S->loops[k]);
		for (LLVMValueRef i = LLVMGetFirstInstruction(S->loops[k]); i != br; i = LLVMGetNextInstruction(i))
			if (jam_used_outside(i, S->loops[k]))
				read[nread++] = i;
		conds[k] = LLVMGetCondition(br);
		if (LLVMGetSuccessor(br, 0) != S->loops[k]) {   /* stays on false */
			LLVMPositionBuilderBefore(b, br);
			conds[k] = LLVMBuildNot(b, conds[k], "");
		}
	}
	read_from[n] = nread;
	/* the prologues to the end of P, the loops into I1, a block for the epilogues before the exit */
	for (int i = 0; i < npro; i++)
		jam_move_before(b, pro[i], LLVMGetBasicBlockTerminator(S->pre));
	for (int k = 1; k < n; k++)
		jam_sib_merge(S, b, k, read + read_from[k], read_from[k + 1] - read_from[k]);
	LLVMBasicBlockRef after = LLVMInsertBasicBlockInContext(ctx, exit, "jam.after");
	LLVMPositionBuilderAtEnd(b, after);
	LLVMValueRef after_br = LLVMBuildBr(b, exit);
	/* each loop's active flag and captured values, as jam_inner */
	LLVMValueRef term = LLVMGetBasicBlockTerminator(I1), any = NULL;
	LLVMBasicBlockRef blocks[2] = { S->pre, I1 };
	for (int k = 0; k < n; k++) {
		LLVMPositionBuilderBefore(b, jam_first_non_phi(I1));
		LLVMValueRef active = LLVMBuildPhi(b, i1, "jam.active");
		LLVMPositionBuilderBefore(b, term);
		LLVMValueRef next = LLVMBuildSelect(b, active, conds[k], f, "jam.next");
		LLVMValueRef from[2] = { t, next };
		LLVMAddIncoming(active, from, blocks, 2);
		any = any ? LLVMBuildOr(b, any, next, "jam.any") : next;
		for (int r = read_from[k]; r < read_from[k + 1]; r++) {
			LLVMPositionBuilderBefore(b, jam_first_non_phi(I1));
			LLVMValueRef kept = LLVMBuildPhi(b, LLVMTypeOf(read[r]), "jam.live");
			LLVMPositionBuilderBefore(b, term);
			LLVMValueRef keep = LLVMBuildSelect(b, active, read[r], kept, "");
			LLVMValueRef kfrom[2] = { LLVMGetPoison(LLVMTypeOf(keep)), keep };
			LLVMAddIncoming(kept, kfrom, blocks, 2);
			jam_replace_uses_outside(read[r], I1, keep);
		}
	}
	LLVMPositionBuilderBefore(b, term);
	LLVMBuildCondBr(b, any, I1, after);
	LLVMInstructionEraseFromParent(term);
	/* the epilogues, in order; the exit's phis now come from jam.after */
	for (int i = 0; i < nepi; i++)
		jam_move_before(b, epi[i], after_br);
	jam_retarget_phis(b, exit, S->loops[n - 1], after, NULL, 0);
	for (int k = 0; k + 1 < n; k++)
		if (S->between[k])
			jam_drop_phis(S->between[k]);
	for (int k = 1; k < n; k++)
		jam_delete_block(S->loops[k]);
	for (int k = 0; k + 1 < n; k++)
		if (S->between[k])
			jam_delete_block(S->between[k]);
	free(pro), free(epi), free(read);
	LLVMDisposeBuilder(b);
}

/* Fuses the sibling loops of fn, a group at a time; returns how many groups. */
static int jam_siblings(LLVMValueRef fn)
{
	int groups = 0;
	JamMap fused = { 0 };   /* I1 of each group: not a sibling again */
	for (bool again = true; again;) {
		again = false;
		for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb && !again; bb = LLVMGetNextBasicBlock(bb)) {
			JamSibs S;
			memset(&S, 0, sizeof S);
			if (jam_map_get(&fused, LLVMBasicBlockAsValue(bb)) || !jam_sib_chain(&S, bb))
				continue;
			int n = S.n;
			for (int k = 1; k < n; k++)
				if (jam_map_get(&fused, LLVMBasicBlockAsValue(S.loops[k])))
					n = k;
			while (n >= 2 && !jam_sib_legal(&S, n))
				n--;
			if (n >= 2) {
				jam_sib_fuse(&S, n);
				jam_map_put(&fused, LLVMBasicBlockAsValue(bb), LLVMBasicBlockAsValue(bb));
				groups++;
				again = true;   /* blocks went: scan afresh */
			}
			jam_map_free(&S.tainted);
		}
	}
	jam_map_free(&fused);
	return groups;
}

int jam_run(LLVMModuleRef m)
{
	int jammed = 0;
	for (LLVMValueRef fn = LLVMGetFirstFunction(m); fn; fn = LLVMGetNextFunction(fn)) {
		/* the inner blocks first: rewriting one nest makes no new nest of the shape */
		int n = 0;
		for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
			n++;
		LLVMBasicBlockRef *inner = malloc(sizeof *inner * (size_t)(n + 1));
		int ninner = 0;
		for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
			Jam J;
			if (jam_match(&J, bb))
				inner[ninner++] = bb;
			jam_free(&J);
		}
		for (int i = 0; i < ninner; i++) {
			Jam J;
			if (jam_match(&J, inner[i]) && (J.trips = jam_trip_count(&J)) > 0 && (J.copies = jam_copies(&J)) > 0 &&
			    jam_legal(&J)) {
				jam_rewrite(&J);
				jammed++;
			}
			jam_free(&J);
		}
		free(inner);
		jammed += jam_siblings(fn);
	}
	return jammed;
}
