/*
 * esc_build.c: builds one function's escape graph from its LLVM IR (weights in escape.c), and
 * computes loop depths from the CFG.
 *
 * Loop depth: a depth-first walk finds back edges (to a block still on the walk's stack); the body
 * of each back edge t->h is h plus every block reaching t backwards without passing h; a block's
 * depth is the number of bodies holding it. Irreducible loops are found through their DFS back
 * edges too, which is all the invariant needs: a value carried round any cycle passes a back edge's
 * target, and a phi there counts one level out.
 */
#include "esc_internal.h"

#include <stdlib.h>
#include <string.h>

#include "llgo/runtime_abi.h"

bool esc_type_has_ptr(LLVMTypeRef t)
{
	switch (LLVMGetTypeKind(t)) {
	case LLVMPointerTypeKind:
		return true;
	case LLVMStructTypeKind:
		for (unsigned i = 0; i < LLVMCountStructElementTypes(t); i++)
			if (esc_type_has_ptr(LLVMStructGetTypeAtIndex(t, i)))
				return true;
		return false;
	case LLVMArrayTypeKind:
	case LLVMVectorTypeKind:
		return esc_type_has_ptr(LLVMGetElementType(t));
	default:
		return false;
	}
}

static int esc_block_index(EscGraph *g, LLVMBasicBlockRef b)
{
	return esc_map_get(g, LLVMBasicBlockAsValue(b));
}

/* Predecessor lists in one array: preds[pred_at[b] .. pred_at[b + 1]) are b's predecessors. */
typedef struct EscPreds {
	int *at, *list;
} EscPreds;

static EscPreds esc_preds(EscGraph *g)
{
	int n = g->nblocks;
	EscPreds p = { calloc((size_t)n + 2, sizeof(int)), NULL };
	int total = 0;
	for (int pass = 0; pass < 2; pass++) {
		int *fill = pass ? calloc((size_t)n + 1, sizeof(int)) : NULL;
		for (int b = 0; b < n; b++) {
			LLVMValueRef term = LLVMGetBasicBlockTerminator(g->blocks[b]);
			for (unsigned k = 0; term && k < LLVMGetNumSuccessors(term); k++) {
				int s = esc_block_index(g, LLVMGetSuccessor(term, k));
				if (s < 0)
					continue;
				if (pass == 0)
					p.at[s + 1]++, total++;
				else
					p.list[p.at[s] + fill[s]++] = b;
			}
		}
		if (pass == 0) {
			for (int b = 0; b < n; b++)
				p.at[b + 1] += p.at[b];
			p.list = calloc((size_t)total + 1, sizeof(int));
		}
		free(fill);
	}
	return p;
}

/* Marks the natural loop of header h (one loop for all its back edges, whose tails are the
 * `back` entries equal to h): h plus the blocks reaching a tail without passing h. */
static void esc_mark_loop(EscGraph *g, const EscPreds *pr, const int *bt, const int *bh, int nback, int h,
	int *stack, bool *seen)
{
	memset(seen, 0, sizeof(bool) * (size_t)g->nblocks);
	int n = 0;
	seen[h] = true;
	g->block_depth[h]++;
	g->block_header[h] = true;
	for (int e = 0; e < nback; e++) {
		if (bh[e] != h || seen[bt[e]])
			continue;
		seen[bt[e]] = true;
		stack[n++] = bt[e];
	}
	while (n > 0) {
		int b = stack[--n];
		g->block_depth[b]++;
		for (int k = pr->at[b]; k < pr->at[b + 1]; k++) {
			int p = pr->list[k];
			if (!seen[p]) {
				seen[p] = true;
				stack[n++] = p;
			}
		}
	}
}

/* Back edges of a depth-first walk from the entry: (bt[i], bh[i]) with bh[i] on the walk's stack. */
static int esc_back_edges(EscGraph *g, int *bt, int *bh)
{
	int n = g->nblocks, nback = 0, sp = 0;
	int *state = calloc((size_t)n + 1, sizeof(int)); /* 0 new, 1 on stack, 2 done */
	int *blk = calloc((size_t)n + 1, sizeof(int)), *next = calloc((size_t)n + 1, sizeof(int));
	if (n > 0) {
		blk[sp] = 0, next[sp++] = 0;
		state[0] = 1;
	}
	while (sp > 0) {
		int b = blk[sp - 1];
		LLVMValueRef term = LLVMGetBasicBlockTerminator(g->blocks[b]);
		unsigned ns = term ? LLVMGetNumSuccessors(term) : 0;
		if ((unsigned)next[sp - 1] >= ns) {
			state[b] = 2;
			sp--;
			continue;
		}
		int s = esc_block_index(g, LLVMGetSuccessor(term, (unsigned)next[sp - 1]++));
		if (s >= 0 && state[s] == 1) {
			bt[nback] = b, bh[nback++] = s;
		} else if (s >= 0 && state[s] == 0) {
			state[s] = 1;
			blk[sp] = s, next[sp++] = 0;
		}
	}
	free(state), free(blk), free(next);
	return nback;
}

void esc_loop_depths(EscGraph *g)
{
	LLVMValueRef fn = g->func->fn;
	int n = g->nblocks = (int)LLVMCountBasicBlocks(fn);
	g->blocks = calloc((size_t)n + 1, sizeof *g->blocks);
	g->block_depth = calloc((size_t)n + 1, sizeof(int));
	g->block_header = calloc((size_t)n + 1, sizeof(bool));
	LLVMGetBasicBlocks(fn, g->blocks);
	for (int i = 0; i < n; i++)
		esc_map_put(g, LLVMBasicBlockAsValue(g->blocks[i]), i);
	EscPreds pr = esc_preds(g);
	int *bt = calloc((size_t)pr.at[n] + 1, sizeof(int)), *bh = calloc((size_t)pr.at[n] + 1, sizeof(int));
	int nback = esc_back_edges(g, bt, bh);
	int *work = calloc((size_t)n + 1, sizeof(int));
	bool *seen = calloc((size_t)n + 1, sizeof(bool)), *done = calloc((size_t)n + 1, sizeof(bool));
	for (int e = 0; e < nback; e++) {
		if (!done[bh[e]])
			esc_mark_loop(g, &pr, bt, bh, nback, bh[e], work, seen);
		done[bh[e]] = true;
	}
	free(work), free(seen), free(done);
	free(pr.at), free(pr.list), free(bt), free(bh);
}

/* Loop depth of an instruction's block; a phi in a loop header (a back edge's target) carries
 * values between iterations and counts one level out. */
static int esc_inst_depth(EscGraph *g, LLVMValueRef inst)
{
	int b = esc_block_index(g, LLVMGetInstructionParent(inst));
	if (b < 0)
		return 0;
	int d = g->block_depth[b];
	if (LLVMIsAPHINode(inst) && d > 0 && g->block_header[b])
		d--;
	return d;
}

/* The location of an SSA value (created on first use), or -1 if it carries no pointer. */
static int esc_val(EscGraph *g, LLVMValueRef v)
{
	if (!v || !esc_type_has_ptr(LLVMTypeOf(v)) || LLVMIsConstant(v))
		return -1;
	int l = esc_map_get(g, v);
	if (l >= 0)
		return l;
	int depth = LLVMIsAInstruction(v) ? esc_inst_depth(g, v) : 0;
	l = esc_loc_new(g, LOC_VALUE, depth, -1);
	esc_map_put(g, v, l);
	return l;
}

/* The memory object of a site call or an alloca (keyed by the instruction's address with bit 0 set). */
static int esc_obj(EscGraph *g, LLVMValueRef inst)
{
	LLVMValueRef key = (LLVMValueRef)((uintptr_t)inst | 1);
	int l = esc_map_get(g, key);
	if (l >= 0)
		return l;
	int site = LLVMIsAAllocaInst(inst) ? -1 : esc_site_of(g->ctx, g->func, inst);
	int depth = esc_inst_depth(g, inst);
	if (site >= 0 && g->ctx->sites[site].depth > depth)
		depth = g->ctx->sites[site].depth;
	l = esc_loc_new(g, LOC_OBJECT, depth, site);
	if (site >= 0 && g->ctx->sites[site].forced) {
		g->locs[l].escapes = true;
		g->locs[l].reason = g->ctx->sites[site].reason;
	}
	esc_map_put(g, key, l);
	return l;
}

/* The one object a pointer points into (through GEPs and casts), or -1. */
static int esc_base_obj(EscGraph *g, LLVMValueRef p)
{
	for (;;) {
		if (LLVMIsAGetElementPtrInst(p) || LLVMIsABitCastInst(p) || LLVMIsAAddrSpaceCastInst(p))
			p = LLVMGetOperand(p, 0);
		else if (LLVMIsAAllocaInst(p) || (LLVMIsACallInst(p) && esc_is_site_call(p)))
			return esc_obj(g, p);
		else
			return -1;
	}
}

/* The object instruction (site or alloca) a pointer points into, or NULL. */
static LLVMValueRef esc_base_inst(EscGraph *g, LLVMValueRef p)
{
	while (LLVMIsAGetElementPtrInst(p) || LLVMIsABitCastInst(p) || LLVMIsAAddrSpaceCastInst(p))
		p = LLVMGetOperand(p, 0);
	if (LLVMIsAAllocaInst(p) || (LLVMIsACallInst(p) && esc_is_site_call(p)))
		return p;
	return NULL;
}

/* A pointer with its GEPs and casts taken off. */
static LLVMValueRef esc_strip_geps(LLVMValueRef p)
{
	while (LLVMIsAGetElementPtrInst(p) || LLVMIsABitCastInst(p) || LLVMIsAAddrSpaceCastInst(p))
		p = LLVMGetOperand(p, 0);
	return p;
}

/* `x.f = x.g` (Go's self-assignment: both sides in the memory one pointer points into, e.g.
 * `p.p1 = p.p2`, `p.pairs[0] = p.pairs[1]`): in a field-insensitive model the memory flows into
 * itself, which adds nothing, and Go ignores such assignments too. */
static bool esc_safe_index(LLVMValueRef v, int depth)
{
	if (LLVMIsAConstant(v) || LLVMIsAArgument(v) || LLVMIsAPHINode(v) || LLVMIsALoadInst(v))
		return true;
	if (depth > 4 || !(LLVMIsABinaryOperator(v) || LLVMIsACastInst(v)))
		return false; /* a call in an index may change memory: Go's mayAffectMemory */
	for (int i = 0; i < LLVMGetNumOperands(v); i++)
		if (!esc_safe_index(LLVMGetOperand(v, (unsigned)i), depth + 1))
			return false;
	return true;
}

/* A chain of GEPs (maybe none: a first field is at the base itself) whose indices are all safe. */
static bool esc_safe_access(LLVMValueRef p)
{
	for (; LLVMIsAGetElementPtrInst(p); p = LLVMGetOperand(p, 0))
		for (int i = 1; i < LLVMGetNumOperands(p); i++)
			if (!esc_safe_index(LLVMGetOperand(p, (unsigned)i), 0))
				return false;
	return true;
}

static bool esc_self_assign(LLVMValueRef dst, LLVMValueRef src_ptr)
{
	/* one side at least is a field or element (not `*p = n` after `n := *p`) */
	bool field = LLVMIsAGetElementPtrInst(dst) || LLVMIsAGetElementPtrInst(src_ptr);
	return src_ptr && field && esc_safe_access(dst) && esc_safe_access(src_ptr) &&
		esc_strip_geps(dst) == esc_strip_geps(src_ptr);
}

/*
 * A copy of a slice element into a range value variable whose site carries !llgo.rangevalue: as
 * Go does, the element flows into the variable even when it holds no pointers (what it adds is
 * `leaking param content` for the slice when the variable is on the heap; no object can escape
 * through a pointer-free value).
 */
static void esc_range_copy(EscGraph *g, LLVMValueRef dst, LLVMValueRef v)
{
	LLVMValueRef base = esc_strip_geps(dst);
	if (!LLVMIsALoadInst(v) || esc_type_has_ptr(LLVMTypeOf(v)) || !LLVMIsACallInst(base) ||
		!LLVMGetMetadata(base, g->ctx->rangevalue_md))
		return;
	esc_edge(g, esc_obj(g, base), esc_val(g, LLVMGetOperand(v, 0)), 1);
}

/* *p = value at location src */
static void esc_store(EscGraph *g, LLVMValueRef p, int src)
{
	if (src < 0)
		return;
	int base = esc_base_obj(g, p);
	esc_edge(g, base >= 0 ? base : 0, src, 0);
}

/*
 * Storing a defined function into a site makes that site a closure environment (its first word is
 * the code pointer; the body takes the environment as its first parameter). Go analyses a closure
 * body together with the function creating it; here the body's summary for its environment is
 * applied where the closure is made: what the body leaks to the heap leaks here, and what it
 * returns (reachable by whoever calls the closure) is taken as leaking too.
 */
/* The function stored as the code word of closure object env (a site), if one is: Go never
 * changes a closure's code after making it. */
static LLVMValueRef esc_closure_code(EscGraph *g, LLVMValueRef env)
{
	if (!LLVMIsACallInst(env) || !esc_is_site_call(env))
		return NULL;
	LLVMValueRef code = NULL;
	for (LLVMUseRef u = LLVMGetFirstUse(env); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef user = LLVMGetUser(u);
		if (!LLVMIsAStoreInst(user) || LLVMGetOperand(user, 1) != env)
			continue;
		if (code || !LLVMIsAFunction(LLVMGetOperand(user, 0)))
			return NULL; /* written twice, or not with a function: not a closure's code word */
		code = LLVMGetOperand(user, 0);
	}
	return code;
}

/* `call (load env)(env, ...)` with env a closure made here: the call of its known body. */
static LLVMValueRef esc_closure_callee(EscGraph *g, LLVMValueRef call, LLVMValueRef callee)
{
	if (!LLVMIsALoadInst(callee) || LLVMGetNumArgOperands(call) == 0)
		return callee;
	LLVMValueRef env = LLVMGetOperand(callee, 0);
	LLVMValueRef code = env == LLVMGetOperand(call, 0) ? esc_closure_code(g, env) : NULL;
	return code ? code : callee;
}

/* Is load `code` (of a closure's code word) only the callee of calls passing env first? */
static bool esc_code_only_called(LLVMValueRef code, LLVMValueRef env)
{
	for (LLVMUseRef u = LLVMGetFirstUse(code); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef user = LLVMGetUser(u);
		if (!LLVMIsACallInst(user) || LLVMGetCalledValue(user) != code || LLVMGetNumArgOperands(user) == 0 ||
			LLVMGetOperand(user, 0) != env)
			return false;
		for (unsigned i = 1; i < LLVMGetNumArgOperands(user); i++)
			if (LLVMGetOperand(user, i) == env)
				return false;
	}
	return true;
}

/* Is v (a closure environment, or a GEP of it) only stored into, and passed as the environment
 * to direct calls of body? Then nobody can call the closure through a function value. */
static bool esc_env_only_called(LLVMValueRef v, LLVMValueRef body)
{
	for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef user = LLVMGetUser(u);
		if (LLVMIsAStoreInst(user) && LLVMGetOperand(user, 1) == v && LLVMGetOperand(user, 0) != v)
			continue;
		if (LLVMIsAGetElementPtrInst(user) && LLVMGetOperand(user, 0) == v && esc_env_only_called(user, NULL))
			continue;
		if (body && LLVMIsALoadInst(user) && esc_code_only_called(user, v))
			continue;
		LLVMValueRef callee = LLVMIsACallInst(user) ? LLVMGetCalledValue(user) : NULL;
		bool via_code = callee && LLVMIsALoadInst(callee) && LLVMGetOperand(callee, 0) == v;
		if (body && callee && (callee == body || via_code) &&
			LLVMGetNumArgOperands(user) > 0 && LLVMGetOperand(user, 0) == v) {
			bool other = false;
			for (unsigned i = 1; i < LLVMGetNumArgOperands(user); i++)
				other |= LLVMGetOperand(user, i) == v;
			if (!other)
				continue;
		}
		return false;
	}
	return true;
}

static bool esc_deferred_call(EscGraph *g, LLVMValueRef rec, LLVMValueRef wrap);

static void esc_store_code(EscGraph *g, LLVMValueRef p, LLVMValueRef fn)
{
	EscFunc *body = esc_func_of(g->ctx, fn);
	LLVMValueRef base = esc_base_inst(g, p);
	if (!body || !base || body->nargs == 0)
		return;
	if (!body->reported && LLVMIsACallInst(base) && esc_deferred_call(g, base, fn))
		return;
	int env = esc_val(g, base);
	int d = body->leak_heap[0];
	/* only direct calls: their summaries bring the results where they go */
	bool called_only = esc_env_only_called(base, fn);
	for (int k = 0; k < body->nresults && !called_only; k++)
		if (body->leak_result[k] < d)
			d = body->leak_result[k];
	if (d < ESC_INF)
		esc_edge(g, 0, env, d);
}

static void esc_all_to_heap(EscGraph *g, LLVMValueRef inst, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		esc_edge(g, 0, esc_val(g, LLVMGetOperand(inst, i)), 0);
}

const RtEntry *esc_runtime_entry(const char *name)
{
	const RtEntry *e = rt_abi_entries();
	for (int i = 0; i < RT__COUNT; i++)
		if (strcmp(e[i].name, name) == 0)
			return &e[i];
	return NULL;
}

static void esc_call_runtime(EscGraph *g, LLVMValueRef inst, const RtEntry *e, unsigned nargs)
{
	int res = esc_val(g, inst);
	for (unsigned i = 0; i < nargs && e->escape[i]; i++) {
		int a = esc_val(g, LLVMGetOperand(inst, i));
		switch (e->escape[i]) {
		case 'h': esc_edge(g, 0, a, 0); break;
		case 'c': esc_edge(g, 0, a, 1); break;
		case 'r': esc_edge(g, res, a, 0); break;
		case 'f':
			if (esc_inst_depth(g, inst) > 0)
				esc_edge(g, 0, a, 0);
			break;
		default: break;
		}
	}
}

/* How many results a call's callee has, when it is a defined function (else 1). */
static int esc_results_of(EscGraph *g, LLVMValueRef call)
{
	LLVMValueRef callee = LLVMIsACallInst(call) ? LLVMGetCalledValue(call) : NULL;
	EscFunc *cf = callee && LLVMIsAFunction(callee) ? esc_func_of(g->ctx, callee) : NULL;
	return cf ? cf->nresults : 1;
}

/* Is cf a closure body defined inside this function (LLVM name "<ours>.func<N>...")? */
static bool esc_is_own_closure(EscGraph *g, EscFunc *cf)
{
	size_t n, m;
	const char *ours = LLVMGetValueName2(g->func->fn, &n), *theirs = LLVMGetValueName2(cf->fn, &m);
	return cf != g->func && m > n + 5 && strncmp(theirs, ours, n) == 0 && strncmp(theirs + n, ".func", 5) == 0;
}

/*
 * The location of result k of a call of a defined function: for several results one location per
 * result (created on first use, keyed by the call's address with bit 1 set), which an extractvalue
 * of the call reads, so `a, _ = f(&i, &j)` does not mix the results; else the call's value.
 */
int esc_call_result(EscGraph *g, LLVMValueRef call, int k)
{
	int nres = esc_results_of(g, call);
	if (nres <= 1)
		return esc_val(g, call);
	LLVMValueRef key = (LLVMValueRef)((uintptr_t)call | 2);
	int first = esc_map_get(g, key);
	if (first < 0) {
		int whole = esc_val(g, call), depth = whole >= 0 ? g->locs[whole].depth : 0;
		for (int i = 0; i < nres; i++) {
			int l = esc_loc_new(g, LOC_VALUE, depth, -1);
			first = i == 0 ? l : first;
			esc_edge(g, whole, l, 0);
		}
		esc_map_put(g, key, first);
	}
	return k < nres ? first + k : esc_val(g, call);
}

/*
 * A call of a closure body made in this function (its name extends ours with ".func"): Go analyses
 * a function and its closures together, so the arguments flow into stand-ins for the body's
 * parameters, and what reaches the heap from a stand-in leaks that parameter of the body (its
 * report says `leaking param: p` where the result of `func(p *int) *int { return p }(&x)` goes to
 * the heap). Otherwise the arguments go through the summary directly.
 */
static int esc_call_param(EscGraph *g, EscFunc *cf, int i, int a)
{
	if (!esc_is_own_closure(g, cf))
		return a;
	int proxy = esc_loc_new(g, LOC_PARAM, g->locs[a].depth, i);
	g->locs[proxy].owner = cf;
	esc_edge(g, proxy, a, 0);
	return proxy;
}

/* Arguments args[0..n) of a call of cf through its summary; inst (or NULL) receives the results. */
static void esc_apply_summary(EscGraph *g, LLVMValueRef inst, EscFunc *cf, const LLVMValueRef *args, unsigned n)
{
	for (unsigned i = 0; i < n && (int)i < cf->nargs; i++) {
		int a = args[i] ? esc_val(g, args[i]) : -1;
		if (a < 0)
			continue;
		a = esc_call_param(g, cf, (int)i, a);
		if (cf->leak_heap[i] < ESC_INF)
			esc_edge(g, 0, a, cf->leak_heap[i]);
		for (int k = 0; inst && k < cf->nresults; k++)
			if (cf->leak_result[(int)i * cf->nresults + k] < ESC_INF)
				esc_edge(g, esc_call_result(g, inst, k), a, cf->leak_result[(int)i * cf->nresults + k]);
	}
}

static void esc_call_summary(EscGraph *g, LLVMValueRef inst, EscFunc *cf, unsigned nargs)
{
	LLVMValueRef args[64] = {0};
	for (unsigned i = 0; i < nargs && i < 64; i++)
		args[i] = LLVMGetOperand(inst, i);
	esc_apply_summary(g, inst, cf, args, nargs < 64 ? nargs : 64);
}

/* v = load (env + off) with a constant byte offset off: true and *off. */
static bool esc_env_load(LLVMValueRef v, LLVMValueRef env, long long *off)
{
	if (!v || !LLVMIsALoadInst(v))
		return false;
	LLVMValueRef p = LLVMGetOperand(v, 0);
	*off = 0;
	if (LLVMIsAGetElementPtrInst(p) && LLVMGetNumOperands(p) == 2 && LLVMIsAConstantInt(LLVMGetOperand(p, 1)) &&
		LLVMGetTypeKind(LLVMGetGEPSourceElementType(p)) == LLVMIntegerTypeKind &&
		LLVMGetIntTypeWidth(LLVMGetGEPSourceElementType(p)) == 8) {
		*off = LLVMConstIntGetSExtValue(LLVMGetOperand(p, 1));
		p = LLVMGetOperand(p, 0);
	}
	return p == env;
}

/* The one call through a function value in wrapper w, made as `(*c)(c, args...)` with c and the
 * args loaded from w's environment, and w storing nothing and calling only the runtime; or NULL. */
static LLVMValueRef esc_wrapper_call(LLVMValueRef w)
{
	LLVMValueRef env = LLVMGetParam(w, 0), found = NULL;
	for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(w); b; b = LLVMGetNextBasicBlock(b))
		for (LLVMValueRef i = LLVMGetFirstInstruction(b); i; i = LLVMGetNextInstruction(i)) {
			if (LLVMIsAStoreInst(i) || LLVMIsAInvokeInst(i))
				return NULL;
			if (!LLVMIsACallInst(i))
				continue;
			LLVMValueRef callee = LLVMGetCalledValue(i);
			if (callee && LLVMIsAFunction(callee)) {
				size_t len;
				if (!LLVMGetIntrinsicID(callee) && !esc_runtime_entry(LLVMGetValueName2(callee, &len)))
					return NULL;
				continue;
			}
			if (found || !callee || !LLVMIsALoadInst(callee) || LLVMGetNumArgOperands(i) == 0 ||
				LLVMGetOperand(callee, 0) != LLVMGetOperand(i, 0))
				return NULL;
			found = i;
		}
	long long off;
	for (unsigned k = 0; found && k < LLVMGetNumArgOperands(found); k++) {
		LLVMValueRef a = LLVMGetOperand(found, k);
		if (esc_type_has_ptr(LLVMTypeOf(a)) && !esc_env_load(a, env, &off))
			return NULL;
	}
	return found;
}

/* The value stored into record rec at byte offset off (one store), or NULL. */
static LLVMValueRef esc_stored_at(LLVMValueRef rec, long long off)
{
	LLVMValueRef found = NULL;
	for (LLVMUseRef u = LLVMGetFirstUse(rec); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef user = LLVMGetUser(u), p = user;
		long long at = 0;
		if (LLVMIsAGetElementPtrInst(user)) {
			if (LLVMGetNumOperands(user) != 2 || !LLVMIsAConstantInt(LLVMGetOperand(user, 1)))
				continue;
			at = LLVMConstIntGetSExtValue(LLVMGetOperand(user, 1));
		}
		if (at != off)
			continue;
		for (LLVMUseRef v = LLVMGetFirstUse(p); v; v = LLVMGetNextUse(v)) {
			LLVMValueRef st = LLVMGetUser(v);
			if (LLVMIsAStoreInst(st) && LLVMGetOperand(st, 1) == p)
				found = found ? (LLVMValueRef)-1 : LLVMGetOperand(st, 0);
		}
	}
	return found == (LLVMValueRef)-1 ? NULL : found;
}

/*
 * `defer f(args)` of a func literal f: lowering makes a record {wrapper, f, args...} and a wrapper
 * calling f through its code word. Go analyses the deferred call as a call of the literal's body
 * at the defer statement; so does this, when the record and the wrapper have that shape: the
 * closure stored in the record is one made here with a known body, and the body's summary is
 * applied to the values stored in the record, in place of the wrapper's (which could only say
 * that everything in the record escapes). The record itself escapes through the runtime's defer
 * list only in a loop (runtime.def), and with it what it holds.
 */
static bool esc_deferred_call(EscGraph *g, LLVMValueRef rec, LLVMValueRef wrap)
{
	LLVMValueRef call = LLVMCountParams(wrap) == 1 ? esc_wrapper_call(wrap) : NULL;
	if (!call)
		return false;
	LLVMValueRef env = LLVMGetParam(wrap, 0), args[16] = {0};
	unsigned n = LLVMGetNumArgOperands(call);
	long long off;
	for (unsigned k = 0; k < n && k < 16; k++) {
		LLVMValueRef a = LLVMGetOperand(call, k);
		if (esc_env_load(a, env, &off) && !(args[k] = esc_stored_at(rec, off)))
			return false;
	}
	LLVMValueRef code = args[0] ? esc_closure_code(g, args[0]) : NULL;
	EscFunc *body = code ? esc_func_of(g->ctx, code) : NULL;
	if (!body || n > 16)
		return false;
	esc_apply_summary(g, NULL, body, args, n);
	return true;
}

/*
 * Whole-program mode (escape.c): a call through a function value or an interface method applies the
 * summary of every possible target to the arguments (but to the environment the code word was
 * loaded from, as below). False when the targets are not all known.
 */
static bool esc_call_targets(EscGraph *g, LLVMValueRef inst, LLVMValueRef env, unsigned nargs)
{
	int nt = 0;
	const EscTaken *t = NULL;
	if (!g->ctx->whole || !esc_targets(g->ctx, inst, &t, &nt))
		return false;
	for (int k = 0; k < nt; k++) {
		EscFunc *cf = t[k].f;
		for (unsigned i = 0; i < nargs && (int)i < cf->nargs; i++) {
			LLVMValueRef a = LLVMGetOperand(inst, i);
			int loc = a != env ? esc_val(g, a) : -1;
			if (loc < 0)
				continue;
			if (cf->leak_heap[i] < ESC_INF)
				esc_edge(g, 0, loc, cf->leak_heap[i]);
			for (int r = 0; r < cf->nresults; r++)
				if (cf->leak_result[(int)i * cf->nresults + r] < ESC_INF)
					esc_edge(g, esc_val(g, inst), loc, cf->leak_result[(int)i * cf->nresults + r]);
		}
	}
	return true;
}

/*
 * A call through a function value: the arguments escape (the target is unknown), but not the
 * closure environment the code pointer was loaded from, as in Go, where calling a function value
 * does not leak it; what the body does with its environment was applied where the closure was made.
 */
static void esc_call_indirect(EscGraph *g, LLVMValueRef inst, LLVMValueRef callee, unsigned nargs)
{
	LLVMValueRef env = NULL;
	if (callee && LLVMIsALoadInst(callee)) {
		env = LLVMGetOperand(callee, 0);
		while (LLVMIsAGetElementPtrInst(env) || LLVMIsABitCastInst(env))
			env = LLVMGetOperand(env, 0);
	}
	if (esc_call_targets(g, inst, env, nargs))
		return;
	for (unsigned i = 0; i < nargs; i++) {
		LLVMValueRef a = LLVMGetOperand(inst, i);
		if (a != env)
			esc_edge(g, 0, esc_val(g, a), 0);
	}
}

/*
 * A call of the function itself: as Go does within a batch of mutually recursive functions, the
 * arguments flow into the parameters' locations and the results' locations into the call's value
 * (which is less precise than the summary, and is what Go reports).
 */
static void esc_call_self(EscGraph *g, LLVMValueRef inst, unsigned nargs)
{
	EscFunc *f = g->func;
	for (unsigned i = 0; i < nargs && (int)i < f->nargs; i++)
		esc_edge(g, esc_map_get(g, LLVMGetParam(f->fn, i)), esc_val(g, LLVMGetOperand(inst, i)), 0);
	for (int k = 0; k < f->nresults; k++)
		esc_edge(g, esc_call_result(g, inst, k), 1 + k, 0);
}

static bool esc_prefix(const char *s, const char *p)
{
	return strncmp(s, p, strlen(p)) == 0;
}

static void esc_call_intrinsic(EscGraph *g, LLVMValueRef inst, const char *name, unsigned nargs)
{
	if (esc_prefix(name, "llvm.memcpy") || esc_prefix(name, "llvm.memmove")) {
		LLVMValueRef dst = esc_base_inst(g, LLVMGetOperand(inst, 0));
		int site = dst && !LLVMIsAAllocaInst(dst) ? esc_site_of(g->ctx, g->func, dst) : -1;
		if ((site >= 0 && g->ctx->sites[site].noscan) || LLVMGetMetadata(inst, g->ctx->noscan_md)) {
			if (dst && LLVMIsACallInst(dst) && LLVMGetMetadata(dst, g->ctx->rangevalue_md))
				esc_edge(g, esc_obj(g, dst), esc_val(g, LLVMGetOperand(inst, 1)), 1);
			return; /* pointer-free bytes (into noscan memory, or marked !llgo.noscan) */
		}
		if (esc_self_assign(LLVMGetOperand(inst, 0), LLVMGetOperand(inst, 1)))
			return;
		int tmp = esc_loc_new(g, LOC_VALUE, esc_inst_depth(g, inst), -1);
		esc_edge(g, tmp, esc_val(g, LLVMGetOperand(inst, 1)), 1);
		esc_store(g, LLVMGetOperand(inst, 0), tmp);
		return;
	}
	static const char *const inert[] = { "llvm.memset", "llvm.lifetime", "llvm.dbg", "llvm.assume",
		"llvm.invariant", "llvm.prefetch", "llvm.expect", "llvm.trap", "llvm.experimental.noalias" };
	for (size_t i = 0; i < sizeof inert / sizeof inert[0]; i++)
		if (esc_prefix(name, inert[i]))
			return;
	esc_all_to_heap(g, inst, nargs);
}

static void esc_build_call(EscGraph *g, LLVMValueRef inst)
{
	unsigned nargs = LLVMGetNumArgOperands(inst);
	if (esc_is_site_call(inst)) {
		esc_edge(g, esc_val(g, inst), esc_obj(g, inst), -1);
		return;
	}
	LLVMValueRef callee = LLVMGetCalledValue(inst);
	if (callee && !LLVMIsAFunction(callee))
		callee = esc_closure_callee(g, inst, callee);
	if (!callee || !LLVMIsAFunction(callee)) {
		esc_call_indirect(g, inst, LLVMGetCalledValue(inst), nargs);
		return;
	}
	size_t len;
	const char *name = LLVMGetValueName2(callee, &len);
	EscFunc *cf;
	const RtEntry *rt;
	if (LLVMGetIntrinsicID(callee) != 0)
		esc_call_intrinsic(g, inst, name, nargs);
	else if ((rt = esc_runtime_entry(name)) != NULL)
		esc_call_runtime(g, inst, rt, nargs);
	else if (callee == g->func->fn)
		esc_call_self(g, inst, nargs);
	else if ((cf = esc_func_of(g->ctx, callee)) != NULL)
		esc_call_summary(g, inst, cf, nargs);
	else
		esc_all_to_heap(g, inst, nargs);
}

/* ret v: v flows to the results; an insertvalue chain splits multiple results. */
static void esc_build_ret(EscGraph *g, LLVMValueRef inst)
{
	if (LLVMGetNumOperands(inst) == 0 || g->func->nresults == 0)
		return;
	LLVMValueRef v = LLVMGetOperand(inst, 0);
	int nres = g->func->nresults;
	if (nres > 1) {
		while (LLVMIsAInsertValueInst(v) && LLVMGetNumIndices(v) > 0) {
			unsigned k = LLVMGetIndices(v)[0];
			if ((int)k < nres)
				esc_edge(g, 1 + (int)k, esc_val(g, LLVMGetOperand(v, 1)), 0);
			v = LLVMGetOperand(v, 0);
		}
	}
	int src = esc_val(g, v);
	for (int k = 0; k < nres; k++)
		esc_edge(g, 1 + k, src, 0);
}

static void esc_build_inst(EscGraph *g, LLVMValueRef inst)
{
	int self;
	g->note = g->ctx->opt->report_level >= 2 && LLVMGetMetadata(inst, g->ctx->from_md) ? inst : NULL;
	switch (LLVMGetInstructionOpcode(inst)) {
	case LLVMAlloca:
		esc_edge(g, esc_val(g, inst), esc_obj(g, inst), -1);
		break;
	case LLVMLoad:
		esc_edge(g, esc_val(g, inst), esc_val(g, LLVMGetOperand(inst, 0)), 1);
		break;
	case LLVMStore:
		if (LLVMIsAFunction(LLVMGetOperand(inst, 0)))
			esc_store_code(g, LLVMGetOperand(inst, 1), LLVMGetOperand(inst, 0));
		if (LLVMIsALoadInst(LLVMGetOperand(inst, 0)) &&
			esc_self_assign(LLVMGetOperand(inst, 1), LLVMGetOperand(LLVMGetOperand(inst, 0), 0)))
			break;
		esc_range_copy(g, LLVMGetOperand(inst, 1), LLVMGetOperand(inst, 0));
		esc_store(g, LLVMGetOperand(inst, 1), esc_val(g, LLVMGetOperand(inst, 0)));
		break;
	case LLVMExtractValue:
		if (LLVMIsACallInst(LLVMGetOperand(inst, 0)) && LLVMGetNumIndices(inst) > 0) {
			int k = (int)LLVMGetIndices(inst)[0];
			esc_edge(g, esc_val(g, inst), esc_call_result(g, LLVMGetOperand(inst, 0), k), 0);
			break;
		}
		esc_edge(g, esc_val(g, inst), esc_val(g, LLVMGetOperand(inst, 0)), 0);
		break;
	case LLVMGetElementPtr: case LLVMBitCast: case LLVMAddrSpaceCast: case LLVMFreeze:
	case LLVMExtractElement:
		esc_edge(g, esc_val(g, inst), esc_val(g, LLVMGetOperand(inst, 0)), 0);
		break;
	case LLVMInsertValue: case LLVMInsertElement: case LLVMShuffleVector:
		self = esc_val(g, inst);
		esc_edge(g, self, esc_val(g, LLVMGetOperand(inst, 0)), 0);
		esc_edge(g, self, esc_val(g, LLVMGetOperand(inst, 1)), 0);
		break;
	case LLVMPHI:
		self = esc_val(g, inst);
		for (unsigned k = 0; k < LLVMCountIncoming(inst); k++)
			esc_edge(g, self, esc_val(g, LLVMGetIncomingValue(inst, k)), 0);
		break;
	case LLVMSelect:
		self = esc_val(g, inst);
		esc_edge(g, self, esc_val(g, LLVMGetOperand(inst, 1)), 0);
		esc_edge(g, self, esc_val(g, LLVMGetOperand(inst, 2)), 0);
		break;
	case LLVMCall: case LLVMInvoke:
		esc_build_call(g, inst);
		break;
	case LLVMRet:
		esc_build_ret(g, inst);
		break;
	case LLVMICmp: case LLVMFCmp: case LLVMBr: case LLVMSwitch: case LLVMUnreachable:
		break;
	default:
		esc_all_to_heap(g, inst, (unsigned)LLVMGetNumOperands(inst));
		break;
	}
	g->note = NULL;
}

/* Builds the graph: the heap is location 0, results 1..nresults, then the parameters. */
void esc_build(EscGraph *g)
{
	EscFunc *f = g->func;
	for (int k = 0; k < f->nresults; k++)
		esc_loc_new(g, LOC_RESULT, 0, k);
	for (int i = 0; i < f->nargs; i++) {
		LLVMValueRef a = LLVMGetParam(f->fn, (unsigned)i);
		if (esc_type_has_ptr(LLVMTypeOf(a)))
			esc_map_put(g, a, esc_loc_new(g, LOC_PARAM, 0, i));
	}
	for (int b = 0; b < g->nblocks; b++)
		for (LLVMValueRef i = LLVMGetFirstInstruction(g->blocks[b]); i; i = LLVMGetNextInstruction(i))
			esc_build_inst(g, i);
}
