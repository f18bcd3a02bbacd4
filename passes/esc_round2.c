/*
 * esc_round2.c: the second round, after LLVM's inliner (beyond Go; -O1 and up).
 *
 * Round 1 decides each site in its own function, as Go does: `func newT() *T { return &T{} }`
 * returns its object, so the object goes to the heap. Once the inliner has copied newT's body into
 * a caller, the copy of the site (a gc_alloc call that kept its !llgo.site metadata) may stay inside
 * the caller's frame. This round looks at every such heap call and moves it to the stack when a
 * local check over the SSA uses of its address proves the object cannot outlive the frame or its
 * loop iteration. It only ever moves sites to the stack. The inliner runs alone (pipe_inline):
 * the functions were simplified before round 1, and the check reads through what inlining leaves
 * (a callee's result aggregate rebuilt with insertvalue and taken apart with extractvalue). Append
 * growth whose arrays stay in the frame moves into an arena there (esc_grow.c).
 *
 * The check (esc_walk.c) follows every value derived from the address (GEPs, casts, aggregates
 * it is inserted into and what is extracted from them, and the results of runtime calls marked 'r'
 * in runtime.def) and accepts only uses that cannot keep it: loads through it,
 * stores into it (never of it), comparisons, the memory intrinsics, and runtime parameters marked
 * 'n' or 'c'. Anything else (a store of the address, a call of a Go function, a return, a phi in
 * a loop header, ptrtoint) keeps the site on the heap. Without header phis and stores of the
 * address, no pointer to the object can reach the next iteration of a loop (in SSA a value crosses
 * iterations only through a header phi or memory), so one entry-block slot re-zeroed at the site is
 * enough, as in round 1.
 *
 * A select is followed like a GEP: it picks the address or another pointer within one iteration,
 * and so is a phi outside every loop header (the target of a retreating edge of a depth-first walk:
 * every cycle passes one, so only header phis carry a value to the next iteration). A pointer-free
 * heap call of run-time size (a string built by concatenation or conversion) that passes the same
 * check gets a small buffer of the frame (rt_alloc_small: the heap when the size does not fit).
 *
 * esc_round3 runs the same check once more after LLVM's optimisation pipeline (stage 5 of
 * pipeline.h). By then GVN has forwarded loads from memory that held the address and DSE has
 * deleted the stores nothing reads: a pointer kept in a scratch slice made outside a loop and read
 * back in the same iteration leaves no store of the address behind, and its object moves. Where
 * the memory could still hand out a pointer of an earlier iteration, the store stays, and so does
 * the heap call. Calls the optimiser marked `tail` (they read no slot of the frame) lose the mark
 * in a function where an object moved; a function with a musttail call is left alone.
 *
 * With -m=2 each move is reported, after Go's lines, once per function:
 * `f.go:7:9: llgo: &T{...} stays on the stack after inlining into main.main`, with
 * ` (heap elsewhere)` when a heap copy of the site is left in another function; round 3 says
 * `after optimisation of main.main`.
 */
#include "esc_internal.h"

#include <stdlib.h>
#include <string.h>

#define R2_MAX_DERIVED 256   /* more derived values than this: keep it on the heap */

/* Does the address of heap call `call` stay in its frame and iteration (esc_walk.c)? Phis are
 * followed outside the loop headers given (none when headers is NULL). */
static bool r2_contained(LLVMValueRef call, LLVMBasicBlockRef *headers, int nheaders)
{
	EscWalk *w = malloc(sizeof *w);
	w->max = R2_MAX_DERIVED;
	w->all_phis = w->growth = false;
	w->headers = headers;
	w->nheaders = nheaders;
	bool ok = esc_walk(w, call);
	free(w);
	return ok;
}

/* A heap call the first round made from a site (gc_alloc or gc_alloc_noscan with !llgo.site): of a
 * constant size within Go's limit for implicit stack variables (a slot), or pointer-free of a size
 * known at run time (a small buffer, the heap when it does not fit). */
static bool r2_candidate(EscCtx *ctx, LLVMValueRef inst, bool *dynamic)
{
	LLVMValueRef callee = LLVMIsACallInst(inst) ? LLVMGetCalledValue(inst) : NULL;
	if (!callee || !LLVMIsAFunction(callee) || !LLVMGetMetadata(inst, ctx->site_md))
		return false;
	size_t len;
	const char *name = LLVMGetValueName2(callee, &len);
	bool noscan = strcmp(name, "gc_alloc_noscan") == 0;
	if (strcmp(name, "gc_alloc") != 0 && !noscan)
		return false;
	LLVMValueRef size = LLVMGetOperand(inst, 0);
	*dynamic = !LLVMIsAConstantInt(size);
	return *dynamic ? noscan : LLVMConstIntGetZExtValue(size) <= ESC_MAX_IMPLICIT_STACK_VAR;
}

typedef struct R2Moved {
	LLVMValueRef md;     /* the site's !llgo.site node (shared by every inlined copy) */
	LLVMValueRef fn;     /* where a copy moved */
} R2Moved;

/* Does fn hold a musttail call (whose tail marker could not be dropped)? */
static bool r2_has_musttail(LLVMValueRef fn)
{
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
			if (LLVMIsACallInst(i) && LLVMGetTailCallKind(i) == LLVMTailCallKindMustTail)
				return true;
	return false;
}

/* After optimisation, a call may be marked `tail` (it reads no alloca of the frame): once a heap
 * object becomes a slot of the frame, a call given its address must not be one. */
static void r2_drop_tail_marks(LLVMValueRef fn)
{
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
			if (LLVMIsACallInst(i) && LLVMGetTailCallKind(i) == LLVMTailCallKindTail)
				LLVMSetTailCallKind(i, LLVMTailCallKindNone);
}

/* Moves the contained candidates of fn to the stack; appends them to *moved. */
static void r2_function(EscCtx *ctx, LLVMBuilderRef b, LLVMValueRef fn, R2Moved **moved, int *n, int *cap)
{
	LLVMValueRef slots[256];
	int nslots = 0;
	if (ctx->round == ESC_ROUND_OPTIMISED && r2_has_musttail(fn))
		return;
	int nheaders = 0, nbufs = 0;
	bool have_headers = false;
	LLVMBasicBlockRef *headers = NULL;
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
		LLVMValueRef next;
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = next) {
			next = LLVMGetNextInstruction(i);
			bool dynamic;
			if (nslots == 256 || nbufs == 64 || !r2_candidate(ctx, i, &dynamic))
				continue;
			if (!have_headers)   /* only a function with a candidate pays for its loop headers */
				headers = esc_loop_headers(fn, &nheaders), have_headers = true;
			if (!r2_contained(i, headers, nheaders))
				continue;
			if (*n == *cap) {
				*cap = *cap ? 2 * *cap : 32;
				*moved = realloc(*moved, sizeof **moved * (size_t)*cap);
			}
			(*moved)[(*n)++] = (R2Moved){ LLVMGetMetadata(i, ctx->site_md), fn };
			if (dynamic)
				nbufs++, esc_call_to_small_buffer(ctx, b, fn, i);
			else
				slots[nslots++] = esc_call_to_stack(ctx, b, fn, i, "inlined");
		}
	}
	free(headers);
	esc_end_lifetimes_of(ctx, b, fn, slots, nslots);
	int grown = esc_grow_function(ctx, b, fn);
	ctx->slots += nslots;
	if ((nslots > 0 || grown > 0) && ctx->round == ESC_ROUND_OPTIMISED)
		r2_drop_tail_marks(fn);
}

/* Go's name of fn (from !llgo.func), else its LLVM name. */
static const char *r2_go_name(EscCtx *ctx, LLVMValueRef fn, size_t *len)
{
	unsigned kind = LLVMGetMDKindIDInContext(ctx->llctx, LLGO_FUNC_MD, (unsigned)strlen(LLGO_FUNC_MD));
	size_t n = 0;
	LLVMValueMetadataEntry *entries = LLVMGlobalCopyAllMetadata(fn, &n);
	const char *name = NULL;
	for (unsigned i = 0; i < n && !name; i++) {
		if (LLVMValueMetadataEntriesGetKind(entries, i) != kind)
			continue;
		LLVMValueRef md = LLVMMetadataAsValue(ctx->llctx, LLVMValueMetadataEntriesGetMetadata(entries, i));
		LLVMValueRef ops[6] = {0};
		unsigned l = 0;
		if (LLVMGetMDNodeNumOperands(md) >= 6) {
			LLVMGetMDNodeOperands(md, ops);
			name = LLVMGetMDString(ops[0], &l);
			*len = l;
		}
	}
	if (entries)
		LLVMDisposeValueMetadataEntries(entries);
	return name ? name : LLVMGetValueName2(fn, len);
}

static int r2_md_int(LLVMValueRef v)
{
	return v && LLVMIsAConstantInt(v) ? (int)LLVMConstIntGetSExtValue(v) : 0;
}

/* Is a heap copy of site node md left anywhere in the module? */
static bool r2_heap_copy_left(EscCtx *ctx, LLVMValueRef md)
{
	for (LLVMValueRef fn = LLVMGetFirstFunction(ctx->mod); fn; fn = LLVMGetNextFunction(fn))
		for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
			for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
				if (LLVMIsACallInst(i) && LLVMGetMetadata(i, ctx->site_md) == md)
					return true;
	return false;
}

static int r2_moved_cmp(const void *a, const void *b)
{
	const R2Moved *x = a, *y = b;
	LLVMValueRef xo[5] = {0}, yo[5] = {0};
	LLVMGetMDNodeOperands(x->md, xo);
	LLVMGetMDNodeOperands(y->md, yo);
	unsigned xl, yl;
	const char *xf = LLVMGetMDString(xo[2], &xl), *yf = LLVMGetMDString(yo[2], &yl);
	int c = strncmp(xf ? xf : "", yf ? yf : "", xl < yl ? xl : yl);
	if (c == 0)
		c = (int)xl - (int)yl;
	if (c == 0)
		c = r2_md_int(xo[3]) - r2_md_int(yo[3]);
	return c ? c : r2_md_int(xo[4]) - r2_md_int(yo[4]);
}

/* -m=2: each site that moved, once per function it moved in, by position; a site that still has a
 * heap copy (inlined elsewhere where it is kept, or its own function's) says so. */
static void r2_report(EscCtx *ctx, R2Moved *moved, int n)
{
	if (n > 1)
		qsort(moved, (size_t)n, sizeof *moved, r2_moved_cmp);
	for (int k = 0; k < n; k++) {
		bool seen = false;
		for (int j = k - 1; j >= 0 && moved[j].md == moved[k].md && !seen; j--)
			seen = moved[j].fn == moved[k].fn;
		if (seen || LLVMGetMDNodeNumOperands(moved[k].md) < 6)
			continue;
		LLVMValueRef ops[6];
		LLVMGetMDNodeOperands(moved[k].md, ops);
		unsigned tl = 0, fl = 0;
		size_t nl;
		const char *text = LLVMGetMDString(ops[1], &tl), *file = LLVMGetMDString(ops[2], &fl);
		const char *fn = r2_go_name(ctx, moved[k].fn, &nl);
		if (!text || !tl || (tl == 1 && text[0] == '?') || !file || !esc_reported_file(ctx->opt, file, fl))
			continue;
		fprintf(ctx->opt->report, "%.*s:%d:%d: llgo: %.*s stays on the stack after %s %.*s%s\n",
			(int)fl, file, r2_md_int(ops[3]), r2_md_int(ops[4]), (int)tl, text,
			ctx->round == ESC_ROUND_OPTIMISED ? "optimisation of" : "inlining into", (int)nl, fn,
			r2_heap_copy_left(ctx, moved[k].md) ? " (heap elsewhere)" : "");
	}
}

static int r2_round(LLVMModuleRef m, const EscOptions *opt, EscRound round)
{
	if (opt->no_escape)
		return 0;
	EscCtx ctx;
	memset(&ctx, 0, sizeof ctx);
	ctx.round = round;
	ctx.mod = m;
	ctx.llctx = LLVMGetModuleContext(m);
	ctx.opt = opt;
	ctx.site_md = LLVMGetMDKindIDInContext(ctx.llctx, LLGO_SITE_MD, (unsigned)strlen(LLGO_SITE_MD));
	LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx.llctx);
	R2Moved *moved = NULL;
	int n = 0, cap = 0;
	for (LLVMValueRef fn = LLVMGetFirstFunction(m); fn; fn = LLVMGetNextFunction(fn))
		if (!LLVMIsDeclaration(fn))
			r2_function(&ctx, b, fn, &moved, &n, &cap);
	LLVMDisposeBuilder(b);
	if (opt->report_level >= 2 && opt->report)
		r2_report(&ctx, moved, n);
	free(moved);
	return ctx.slots;
}

bool esc_round2(LLVMModuleRef m, const EscOptions *opt)
{
	r2_round(m, opt, ESC_ROUND_INLINED);
	return true;
}

int esc_round3(LLVMModuleRef m, const EscOptions *opt)
{
	return r2_round(m, opt, ESC_ROUND_OPTIMISED);
}
