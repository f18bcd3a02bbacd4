/*
 * esc_grow.c: append growth into the frame (beyond Go; rounds 2 and 3, see esc_round2.c).
 *
 * Go's append grows a slice through runtime.growslice, which always allocates on the heap, even for
 * `var s []int; for ... { s = append(s, v) }` in a function that never lets s go. Lowering calls
 * rt_growslice(old, len, cap, newlen, elemsize) there (no allocation site: the size is the runtime's
 * choice). This file moves such growth into an arena in the function's frame (RtArena,
 * include/llgo/runtime_abi.h): rt_growslice_arena gives the same capacities as Go, from the arena
 * while it has room and from the heap after.
 *
 * The web of a growth call is every SSA value its result reaches: the {ptr, cap} pair, the slice
 * aggregates it is inserted into and what is extracted from them, phis, selects, GEPs, and the
 * results of further growth calls it is the old array of (those join the web and share the arena;
 * esc_walk.c follows them).
 * The arena is used only when every use in the web keeps the array in the frame: loads and stores
 * through it (never a store of it), comparisons, memory intrinsics, runtime parameters marked 'n' or
 * 'c'. Anything else (a Go call, a return, a store of the pointer, ptrtoint) leaves growth on the
 * heap. Since no array of the arena is ever stored, an array is reachable only through a live value
 * of the web.
 *
 * The arena is never freed in the frame, so growth in a loop stays sound; to keep it from filling
 * in an outer loop, `used` goes back to 0 at the top of every loop header where no value of the
 * web is live and no phi of the web sits, and that lies on a cycle with a growth call of the web:
 * there, every array the arena ever gave out is unreachable (`var pairs []P` declared in a loop
 * body and appended to in an inner loop: reset at each iteration of the outer loop).
 */
#include "esc_internal.h"

#include <stdlib.h>
#include <string.h>

#define GROW_MAX_WEB 512        /* a bigger web stays on the heap */
#define GROW_MAX_ARENAS 8       /* per function: the frame grows by RT_ARENA_BYTES each */
#define GROW_MAX_BLOCKS 100000  /* functions with more blocks are left alone */

typedef struct GrowWeb {
	EscWalk walk;                        /* the web: every value the seed's arrays reach */
	LLVMValueRef calls[ESC_WALK_MAX];    /* the growth calls of the web, to be moved to the arena */
	int ncalls;
} GrowWeb;

/* The blocks of a function, indexed (a hash table), with predecessor lists. */
typedef struct GrowCfg {
	LLVMBasicBlockRef *bb;
	int n;
	int **preds;
	int *npreds;
	bool *header;   /* target of a retreating edge of the depth-first walk from the entry */
	LLVMBasicBlockRef *keys;   /* open addressing from block to index */
	int *vals;
	int cap;
} GrowCfg;

static bool grow_is_heap_growth(LLVMValueRef v)
{
	return esc_is_call_to(v, "rt_growslice") || esc_is_call_to(v, "rt_growslice_ptr");
}

/* The web of growth call seed (esc_walk.c, every phi and further growth followed) and its growth
 * calls; false when some use may keep an array out of the frame. */
static bool grow_web(GrowWeb *w, LLVMValueRef seed)
{
	w->walk.max = GROW_MAX_WEB;
	w->walk.all_phis = w->walk.growth = true;
	w->walk.headers = NULL;
	w->walk.nheaders = 0;
	w->ncalls = 0;
	if (!esc_walk(&w->walk, seed))
		return false;
	for (int i = 0; i < w->walk.n; i++)
		if (grow_is_heap_growth(w->walk.v[i]))
			w->calls[w->ncalls++] = w->walk.v[i];
	return true;
}

static int grow_block_index(const GrowCfg *g, LLVMBasicBlockRef b)
{
	for (unsigned h = esc_hash(LLVMBasicBlockAsValue(b), g->cap); g->keys[h]; h = (h + 1) % (unsigned)g->cap)
		if (g->keys[h] == b)
			return g->vals[h];
	return -1;
}

static void grow_index_blocks(GrowCfg *g)
{
	g->cap = 2 * g->n + 1;
	g->keys = calloc((size_t)g->cap, sizeof *g->keys);
	g->vals = malloc(sizeof *g->vals * (size_t)g->cap);
	for (int i = 0; i < g->n; i++) {
		unsigned h = esc_hash(LLVMBasicBlockAsValue(g->bb[i]), g->cap);
		while (g->keys[h])
			h = (h + 1) % (unsigned)g->cap;
		g->keys[h] = g->bb[i];
		g->vals[h] = i;
	}
}

static void grow_cfg_free(GrowCfg *g)
{
	for (int i = 0; g->preds && i < g->n; i++)
		free(g->preds[i]);
	free(g->bb), free(g->preds), free(g->npreds), free(g->header), free(g->keys), free(g->vals);
}

/* Depth-first from the entry, iteratively: marks the targets of retreating edges as headers. */
static void grow_find_headers(GrowCfg *g)
{
	int *state = calloc((size_t)g->n, sizeof *state);   /* 0 new, 1 on the stack, 2 done */
	int *stack = malloc(sizeof *stack * (size_t)g->n), *next = calloc((size_t)g->n, sizeof *next);
	int sp = 0;
	stack[sp++] = 0;
	state[0] = 1;
	while (sp > 0) {
		int b = stack[sp - 1];
		LLVMValueRef term = LLVMGetBasicBlockTerminator(g->bb[b]);
		unsigned nsucc = term ? LLVMGetNumSuccessors(term) : 0;
		if ((unsigned)next[b] == nsucc) {
			state[b] = 2;
			sp--;
			continue;
		}
		int s = grow_block_index(g, LLVMGetSuccessor(term, (unsigned)next[b]++));
		if (s < 0)
			continue;
		if (state[s] == 1)
			g->header[s] = true;
		else if (state[s] == 0) {
			state[s] = 1;
			stack[sp++] = s;
		}
	}
	free(state), free(stack), free(next);
}

static bool grow_cfg_build(GrowCfg *g, LLVMValueRef fn)
{
	memset(g, 0, sizeof *g);
	g->n = (int)LLVMCountBasicBlocks(fn);
	if (g->n == 0 || g->n > GROW_MAX_BLOCKS)
		return false;
	g->bb = malloc(sizeof *g->bb * (size_t)g->n);
	LLVMGetBasicBlocks(fn, g->bb);
	grow_index_blocks(g);
	g->preds = calloc((size_t)g->n, sizeof *g->preds);
	g->npreds = calloc((size_t)g->n, sizeof *g->npreds);
	g->header = calloc((size_t)g->n, sizeof *g->header);
	for (int i = 0; i < g->n; i++) {
		LLVMValueRef term = LLVMGetBasicBlockTerminator(g->bb[i]);
		for (unsigned k = 0; term && k < LLVMGetNumSuccessors(term); k++) {
			int s = grow_block_index(g, LLVMGetSuccessor(term, k));
			if (s < 0)
				continue;
			g->preds[s] = realloc(g->preds[s], sizeof **g->preds * (size_t)(g->npreds[s] + 1));
			g->preds[s][g->npreds[s]++] = i;
		}
	}
	grow_find_headers(g);
	return true;
}

/* Marks in live[] the blocks where v is live on entry, walking back from each use to v's block. */
static void grow_live_in(const GrowCfg *g, LLVMValueRef v, bool *live, int *work)
{
	int def = grow_block_index(g, LLVMGetInstructionParent(v));
	for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef user = LLVMGetUser(u);
		int n = 0, from;
		if (LLVMIsAPHINode(user)) {   /* used at the end of the incoming block */
			for (unsigned k = 0; k < LLVMCountIncoming(user); k++)
				if (LLVMGetIncomingValue(user, k) == v && (from = grow_block_index(g, LLVMGetIncomingBlock(user, k))) >= 0 &&
				    from != def && !live[from])
					live[from] = true, work[n++] = from;
		} else if ((from = grow_block_index(g, LLVMGetInstructionParent(user))) >= 0 && from != def && !live[from]) {
			live[from] = true, work[n++] = from;
		}
		while (n > 0) {
			int b = work[--n];
			for (int k = 0; k < g->npreds[b]; k++) {
				int p = g->preds[b][k];
				if (p != def && !live[p])
					live[p] = true, work[n++] = p;
			}
		}
	}
}

/* Strongly connected components (Kosaraju, iteratively): a depth-first walk along successors gives
 * the finishing order, a walk along predecessors in its reverse labels the components. Blocks the
 * entry does not reach get none (-1). */
static int *grow_components(const GrowCfg *g)
{
	int *order = malloc(sizeof *order * (size_t)g->n), norder = 0;
	int *stack = malloc(sizeof *stack * (size_t)g->n), *next = calloc((size_t)g->n, sizeof *next);
	int *comp = malloc(sizeof *comp * (size_t)g->n);
	bool *seen = calloc((size_t)g->n, sizeof *seen);
	int sp = 0;
	stack[sp++] = 0;
	seen[0] = true;
	while (sp > 0) {
		int b = stack[sp - 1];
		LLVMValueRef term = LLVMGetBasicBlockTerminator(g->bb[b]);
		if (!term || (unsigned)next[b] == LLVMGetNumSuccessors(term)) {
			order[norder++] = b;
			sp--;
			continue;
		}
		int s = grow_block_index(g, LLVMGetSuccessor(term, (unsigned)next[b]++));
		if (s >= 0 && !seen[s])
			seen[s] = true, stack[sp++] = s;
	}
	for (int i = 0; i < g->n; i++)
		comp[i] = -1;
	for (int k = norder - 1; k >= 0; k--) {
		if (comp[order[k]] >= 0)
			continue;
		sp = 0;
		stack[sp++] = order[k];
		comp[order[k]] = order[k];
		while (sp > 0) {
			int b = stack[--sp];
			for (int p = 0; p < g->npreds[b]; p++)
				if (seen[g->preds[b][p]] && comp[g->preds[b][p]] < 0)
					comp[g->preds[b][p]] = order[k], stack[sp++] = g->preds[b][p];
		}
	}
	free(order), free(stack), free(next), free(seen);
	return comp;
}

/* Is header h a place to empty the arena: no value of the web live into it or a phi in it, and a
 * growth call of the web on a cycle through it (in its component: a header's is a cycle)? */
static bool grow_reset_here(const GrowCfg *g, const GrowWeb *w, int h, const bool *live, const int *comp)
{
	if (!g->header[h] || live[h] || comp[h] < 0)
		return false;
	for (int i = 0; i < w->walk.n; i++)
		if (LLVMIsAPHINode(w->walk.v[i]) && LLVMGetInstructionParent(w->walk.v[i]) == g->bb[h])
			return false;
	for (int i = 0; i < w->ncalls; i++) {
		int c = grow_block_index(g, LLVMGetInstructionParent(w->calls[i]));
		if (c >= 0 && comp[c] == comp[h])
			return true;
	}
	return false;
}

static void grow_store_i64(EscCtx *ctx, LLVMBuilderRef b, LLVMValueRef arena, int offset, int64_t value)
{
	LLVMTypeRef i8 = LLVMInt8TypeInContext(ctx->llctx), i64 = LLVMInt64TypeInContext(ctx->llctx);
	LLVMValueRef idx = LLVMConstInt(i64, (unsigned long long)offset, 0);
	LLVMValueRef at = offset ? LLVMBuildGEP2(b, i8, arena, &idx, 1, "") : arena;
	LLVMBuildStore(b, LLVMConstInt(i64, (unsigned long long)value, 1), at);
}

/* The declaration of rt_growslice_arena, typed after the heap growth call it replaces. */
static LLVMValueRef grow_arena_fn(EscCtx *ctx, LLVMValueRef heap_call, LLVMTypeRef *fty)
{
	LLVMTypeRef old = LLVMGlobalGetValueType(LLVMGetCalledValue(heap_call));
	LLVMTypeRef params[7], i64 = LLVMInt64TypeInContext(ctx->llctx);
	params[0] = LLVMPointerTypeInContext(ctx->llctx, 0);
	LLVMGetParamTypes(old, params + 1);
	params[6] = i64;
	*fty = LLVMFunctionType(LLVMGetReturnType(old), params, 7, 0);
	LLVMValueRef fn = LLVMGetNamedFunction(ctx->mod, "rt_growslice_arena");
	return fn ? fn : LLVMAddFunction(ctx->mod, "rt_growslice_arena", *fty);
}

static void grow_to_arena(EscCtx *ctx, LLVMBuilderRef b, LLVMValueRef call, LLVMValueRef arena)
{
	LLVMTypeRef fty;
	LLVMValueRef fn = grow_arena_fn(ctx, call, &fty);
	LLVMValueRef args[7];
	args[0] = arena;
	for (int i = 0; i < 5; i++)
		args[i + 1] = LLVMGetOperand(call, (unsigned)i);
	args[6] = LLVMConstInt(LLVMInt64TypeInContext(ctx->llctx), esc_is_call_to(call, "rt_growslice_ptr"), 0);
	LLVMPositionBuilderBefore(b, call);
	LLVMValueRef repl = LLVMBuildCall2(b, fty, fn, args, 7, "");
	LLVMReplaceAllUsesWith(call, repl);
	LLVMInstructionEraseFromParent(call);
}

/* Gives web w an arena in fn: allocated and set up at the entry, emptied at the safe headers. */
static void grow_apply(EscCtx *ctx, LLVMBuilderRef b, LLVMValueRef fn, const GrowCfg *g, GrowWeb *w)
{
	bool *live = calloc((size_t)g->n, sizeof *live);
	int *work = malloc(sizeof *work * (size_t)g->n * 2 + sizeof *work), *comp = grow_components(g);
	for (int i = 0; i < w->walk.n; i++)
		if (LLVMIsAInstruction(w->walk.v[i]))
			grow_live_in(g, w->walk.v[i], live, work);
	LLVMValueRef arena = esc_entry_alloca(b, fn, RT_ARENA_BYTES, "arena");
	grow_store_i64(ctx, b, arena, 0, 0);
	grow_store_i64(ctx, b, arena, 8, RT_ARENA_BYTES - 16);
	for (int h = 1; h < g->n; h++) {
		if (!grow_reset_here(g, w, h, live, comp))
			continue;
		LLVMValueRef at = LLVMGetFirstInstruction(g->bb[h]);
		while (LLVMIsAPHINode(at))
			at = LLVMGetNextInstruction(at);
		LLVMPositionBuilderBefore(b, at);
		grow_store_i64(ctx, b, arena, 0, 0);
	}
	for (int i = 0; i < w->ncalls; i++)
		grow_to_arena(ctx, b, w->calls[i], arena);
	free(live), free(work), free(comp);
}

LLVMBasicBlockRef *esc_loop_headers(LLVMValueRef fn, int *n)
{
	GrowCfg g;
	*n = 0;
	if (!grow_cfg_build(&g, fn)) {
		grow_cfg_free(&g);
		return NULL;
	}
	LLVMBasicBlockRef *headers = malloc(sizeof *headers * (size_t)g.n);
	for (int i = 0; i < g.n; i++)
		if (g.header[i])
			headers[(*n)++] = g.bb[i];
	grow_cfg_free(&g);
	return headers;
}

int esc_grow_function(EscCtx *ctx, LLVMBuilderRef b, LLVMValueRef fn)
{
	LLVMValueRef seeds[GROW_MAX_ARENAS * 4];
	int nseeds = 0;
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
			if (grow_is_heap_growth(i) && nseeds < GROW_MAX_ARENAS * 4)
				seeds[nseeds++] = i;
	if (nseeds == 0)
		return 0;
	GrowCfg g;
	if (!grow_cfg_build(&g, fn)) {
		grow_cfg_free(&g);
		return 0;
	}
	GrowWeb *w = malloc(sizeof *w);
	int arenas = 0, moved = 0;
	for (int s = 0; s < nseeds && arenas < GROW_MAX_ARENAS; s++) {
		if (!seeds[s] || !grow_web(w, seeds[s]))
			continue;
		for (int k = s + 1; k < nseeds; k++)   /* moved along with this web */
			for (int c = 0; c < w->ncalls; c++)
				if (seeds[k] == w->calls[c])
					seeds[k] = NULL;
		grow_apply(ctx, b, fn, &g, w);
		arenas++;
		moved += w->ncalls;
	}
	free(w);
	grow_cfg_free(&g);
	return moved;
}
