/*
 * escape.c: the escape pass. Decides for every allocation site whether it lives on the stack or on
 * the garbage-collected heap, rewrites it accordingly, and explains the decision in Go's words.
 *
 * The invariants (as in Go's cmd/compile/internal/escape):
 *   1. a pointer to a stack object is never stored in the heap or in a global;
 *   2. a pointer to a stack object never outlives it: not past its function's return, and not past
 *      its loop iteration (each iteration re-zeroes the slot, so a pointer carried from one iteration
 *      to the next would see the object change under it).
 *
 * The graph. Each function gets a graph of locations: the heap (a single location that escapes),
 * one per SSA value that may hold a pointer, one per memory object (a site or a plain alloca), one per
 * pointer-carrying parameter and one per result. An edge dst <- src with a dereference count says
 * "dst = *^derefs src": taking a site's address is -1 (`p = &obj`), copying is 0 (phi, select, GEP,
 * insert/extractvalue), a load is +1 (`v = *p`). A store `*p = v` assigns to the object p points into
 * when p is a GEP chain from one known object (Go's `x.f = v`), and to the heap otherwise (Go's
 * `*p = v`, which Go also sends to the heap). memcpy is a load followed by a store.
 *
 * Calls. Runtime functions declare their behaviour per parameter in runtime.def ('n', 'h', 'c',
 * 'r', 'f'); defined functions are used through their parameter summaries (leaks to the heap with
 * k derefs; to result i with k derefs); anything else (external declarations, indirect calls) makes
 * every pointer argument escape. Summaries are computed bottom-up over the call graph's strongly
 * connected components (Tarjan; an edge for every defined function an instruction names, so
 * closure bodies and function values count), each component iterated to its least fixpoint from
 * "leaks nothing": every step only adds flows. Each function is then analysed about once.
 *
 * Go analyses a function together with its closures. Two consequences are modelled: a closure body
 * called where it is made (`func(p *int) *int {...}(&x)`, or through the code word of a closure
 * made here) takes its arguments through stand-ins for its parameters, and what reaches the heap
 * from a stand-in leaks that parameter of the body; and `defer f(args)` of a func literal is a call
 * of the body at the defer statement (esc_build.c resolves the record and its wrapper).
 *
 * Assignments Go ignores: `x.f = x.g` (two fields or elements of the memory one pointer points
 * into) adds nothing in a field-insensitive model and makes no flow. Flows Go adds although no
 * pointer moves: a slice element copied into a `range` value variable (Go's "range-deref"), which
 * leaks the slice's content when the variable is on the heap.
 *
 * The solver walks backwards from every location (the root) with the fewest derefs, as Go's walkOne:
 * a location whose address (derefs < 0) reaches a root that outlives it escapes, and then becomes a
 * root itself. A root outlives a location when the root escapes, is a result, or is declared at a
 * shallower loop depth. Parameters reaching the heap or a result give the summary.
 *
 * Loop depth: sites carry Go's syntactic depth; the pass also computes depth from the CFG's back
 * edges and uses the larger. A phi in a loop header carries values between iterations, so it counts
 * as declared one level out. Plain allocas count as depth 0 (conservative).
 *
 * Calls of llvm.memcpy/memmove carrying `!llgo.noscan` (lowering marks copies of pointer-free data
 * that way) and copies into pointer-free sites move no pointers and make no flow.
 *
 * What is given up on purpose: aggregates are one location (all fields together, as Go does for
 * structs); a store through any pointer that is not a GEP of one known object goes to the heap;
 * plain allocas are depth 0.
 */
#include "esc_internal.h"

#include <stdlib.h>
#include <string.h>

/* A metadata string as a C string; the copy lives until esc_run returns (EscCtx.strings). */
const char *esc_md_string(EscCtx *ctx, LLVMValueRef v)
{
	unsigned len = 0;
	const char *s = v ? LLVMGetMDString(v, &len) : NULL;
	if (!s)
		return "";
	if (ctx->nstrings == ctx->capstrings) {
		ctx->capstrings = ctx->capstrings ? 2 * ctx->capstrings : 64;
		ctx->strings = realloc(ctx->strings, sizeof(char *) * (size_t)ctx->capstrings);
	}
	return ctx->strings[ctx->nstrings++] = strndup(s, len);
}

static int esc_md_int(LLVMValueRef v)
{
	return v && LLVMIsAConstantInt(v) ? (int)LLVMConstIntGetSExtValue(v) : 0;
}

static bool esc_site_kind(const char *s, SiteKind *out)
{
	static const char *const names[] = {
#define LLGO_SITE_NAME(e, str) str,
		LLGO_SITE_KINDS(LLGO_SITE_NAME)
#undef LLGO_SITE_NAME
	};
	for (int i = 0; i < SITE__COUNT; i++) {
		if (strcmp(names[i], s) == 0) {
			*out = (SiteKind)i;
			return true;
		}
	}
	return false;
}

/* The callee's name when `inst` is a direct call, else NULL. */
static const char *esc_callee_name(LLVMValueRef inst)
{
	if (!LLVMIsACallInst(inst))
		return NULL;
	LLVMValueRef callee = LLVMGetCalledValue(inst);
	if (!callee || !LLVMIsAFunction(callee))
		return NULL;
	size_t len;
	return LLVMGetValueName2(callee, &len);
}

bool esc_is_site_call(LLVMValueRef inst)
{
	const char *name = esc_callee_name(inst);
	if (!name)
		return false;
	return strcmp(name, LLGO_SITE_FN) == 0 || strcmp(name, LLGO_SITE_NOSCAN_FN) == 0;
}

static void esc_add_site(EscCtx *ctx, LLVMValueRef fn, LLVMValueRef call)
{
	if (ctx->nsites == ctx->capsites) {
		ctx->capsites = ctx->capsites ? 2 * ctx->capsites : 64;
		ctx->sites = realloc(ctx->sites, sizeof(EscSite) * ctx->capsites);
	}
	EscSite *s = &ctx->sites[ctx->nsites++];
	memset(s, 0, sizeof *s);
	s->call = call;
	s->fn = fn;
	s->kind = SITE_NEW;
	s->text = "";
	s->file = "";
	const char *name = esc_callee_name(call);
	s->noscan = strstr(name, "noscan") != NULL;
	s->go_dynamic = LLVMGetMetadata(call, ctx->dynsize_md) != NULL;
	LLVMValueRef md = LLVMGetMetadata(call, ctx->site_md);
	if (!md || LLVMGetMDNodeNumOperands(md) < 6)
		return;
	LLVMValueRef ops[6];
	LLVMGetMDNodeOperands(md, ops);
	esc_site_kind(esc_md_string(ctx, ops[0]), &s->kind);
	s->text = esc_md_string(ctx, ops[1]);
	s->file = esc_md_string(ctx, ops[2]);
	s->line = esc_md_int(ops[3]);
	s->col = esc_md_int(ops[4]);
	s->depth = esc_md_int(ops[5]);
}

/* Reads !llgo.func: !{name, file, line, col, !{params}, !{results}}. */
static void esc_read_func_md(EscCtx *ctx, EscFunc *f)
{
	size_t n = 0;
	LLVMValueMetadataEntry *entries = LLVMGlobalCopyAllMetadata(f->fn, &n);
	LLVMValueRef md = NULL;
	for (unsigned i = 0; i < n; i++)
		if (LLVMValueMetadataEntriesGetKind(entries, i) == ctx->func_md)
			md = LLVMMetadataAsValue(ctx->llctx, LLVMValueMetadataEntriesGetMetadata(entries, i));
	if (entries)
		LLVMDisposeValueMetadataEntries(entries);
	if (!md || LLVMGetMDNodeNumOperands(md) < 6)
		return;
	LLVMValueRef ops[6];
	LLVMGetMDNodeOperands(md, ops);
	f->reported = true;
	f->name = esc_md_string(ctx, ops[0]);
	f->file = esc_md_string(ctx, ops[1]);
	f->nparams = (int)LLVMGetMDNodeNumOperands(ops[4]);
	LLVMValueRef *ps = calloc((size_t)f->nparams + 1, sizeof *ps);
	LLVMGetMDNodeOperands(ops[4], ps);
	f->params = calloc((size_t)f->nparams + 1, sizeof *f->params);
	for (int i = 0; i < f->nparams; i++) {
		LLVMValueRef p[4] = {0};
		if (LLVMGetMDNodeNumOperands(ps[i]) >= 4)
			LLVMGetMDNodeOperands(ps[i], p);
		f->params[i] = (EscParam){ esc_md_string(ctx, p[0]), esc_md_int(p[1]), esc_md_int(p[2]),
			esc_md_int(p[3]) };
	}
	free(ps);
	int nres = (int)LLVMGetMDNodeNumOperands(ops[5]);
	LLVMValueRef *rs = calloc((size_t)nres + 1, sizeof *rs);
	LLVMGetMDNodeOperands(ops[5], rs);
	if (nres > 0) {
		f->nresults = nres;
		f->result_names = calloc((size_t)nres, sizeof *f->result_names);
		for (int i = 0; i < nres; i++) {
			LLVMValueRef r[1] = {0};
			if (LLVMGetMDNodeNumOperands(rs[i]) >= 1)
				LLVMGetMDNodeOperands(rs[i], r);
			f->result_names[i] = esc_md_string(ctx, r[0]);
		}
	}
	free(rs);
}

static void esc_init_func(EscCtx *ctx, EscFunc *f, LLVMValueRef fn)
{
	memset(f, 0, sizeof *f);
	f->fn = fn;
	f->nargs = (int)LLVMCountParams(fn);
	esc_read_func_md(ctx, f);
	LLVMTypeRef ret = LLVMGetReturnType(LLVMGlobalGetValueType(fn));
	if (f->nresults == 0 && LLVMGetTypeKind(ret) != LLVMVoidTypeKind)
		f->nresults = 1;
	f->leak_heap = malloc(sizeof(int) * ((size_t)f->nargs + 1));
	f->leak_result = malloc(sizeof(int) * ((size_t)f->nargs * (size_t)f->nresults + 1));
	for (int i = 0; i < f->nargs; i++)
		f->leak_heap[i] = ESC_INF;
	for (int i = 0; i < f->nargs * f->nresults; i++)
		f->leak_result[i] = ESC_INF;
	if (ctx->opt->report_level >= 2)
		f->leak_notes = calloc((size_t)f->nargs * (1 + (size_t)f->nresults) + 1, sizeof *f->leak_notes);
}

/* -m=2 notes back to none (a second analysis, the end). */
static void esc_notes_clear(EscCtx *ctx)
{
	for (int i = 0; i < ctx->nfuncs; i++) {
		EscFunc *f = &ctx->funcs[i];
		for (int a = 0; f->leak_notes && a < f->nargs * (1 + f->nresults); a++)
			esc_notes_set(&f->leak_notes[a], (EscNotes){0});
	}
	for (int i = 0; i < ctx->nsites; i++)
		esc_notes_set(&ctx->sites[i].notes, (EscNotes){0});
}

/* Slot of LLVM function fn in the open-addressing table by_fn (at least twice nfuncs slots). */
static unsigned esc_fn_slot(const EscCtx *ctx, LLVMValueRef fn)
{
	unsigned h = esc_hash(fn, ctx->capfn);
	while (ctx->by_fn[h] && ctx->by_fn[h]->fn != fn)
		h = (h + 1) % (unsigned)ctx->capfn;
	return h;
}

/* Collects the defined functions and every site in them. */
static void esc_collect(EscCtx *ctx)
{
	int n = 0;
	for (LLVMValueRef fn = LLVMGetFirstFunction(ctx->mod); fn; fn = LLVMGetNextFunction(fn))
		n += !LLVMIsDeclaration(fn);
	ctx->funcs = calloc((size_t)n + 1, sizeof *ctx->funcs);
	for (LLVMValueRef fn = LLVMGetFirstFunction(ctx->mod); fn; fn = LLVMGetNextFunction(fn)) {
		if (LLVMIsDeclaration(fn))
			continue;
		EscFunc *f = &ctx->funcs[ctx->nfuncs++];
		esc_init_func(ctx, f, fn);
		f->site_first = ctx->nsites;
		for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(fn); b; b = LLVMGetNextBasicBlock(b))
			for (LLVMValueRef i = LLVMGetFirstInstruction(b); i; i = LLVMGetNextInstruction(i))
				if (esc_is_site_call(i))
					esc_add_site(ctx, fn, i);
		f->site_count = ctx->nsites - f->site_first;
	}
	ctx->capfn = 2 * ctx->nfuncs + 1;
	ctx->by_fn = calloc((size_t)ctx->capfn, sizeof *ctx->by_fn);
	for (int i = 0; i < ctx->nfuncs; i++)
		ctx->by_fn[esc_fn_slot(ctx, ctx->funcs[i].fn)] = &ctx->funcs[i];
}

EscFunc *esc_func_of(EscCtx *ctx, LLVMValueRef fn)
{
	return ctx->by_fn[esc_fn_slot(ctx, fn)];
}

/* Is fn's address taken: used other than as the callee of a direct call (stored, passed, in a
 * global's initializer such as an itab or a method table)? */
static bool esc_address_taken(LLVMValueRef fn)
{
	for (LLVMUseRef u = LLVMGetFirstUse(fn); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef user = LLVMGetUser(u);
		if (!LLVMIsACallInst(user) && !LLVMIsAInvokeInst(user))
			return true;
		if (LLVMGetCalledValue(user) != fn)
			return true;
		for (unsigned a = 0; a < LLVMGetNumArgOperands(user); a++)
			if (LLVMGetOperand(user, a) == fn)
				return true;
	}
	return false;
}

static int esc_taken_cmp(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)((const EscTaken *)a)->type, y = (uintptr_t)((const EscTaken *)b)->type;
	return x < y ? -1 : x > y;
}

/* The whole program is in the module (imports included), so the functions whose address is taken
 * are every possible target of a call through a function value or an interface method. */
static void esc_collect_taken(EscCtx *ctx)
{
	int cap = 0;
	for (LLVMValueRef fn = LLVMGetFirstFunction(ctx->mod); fn; fn = LLVMGetNextFunction(fn)) {
		if (LLVMGetIntrinsicID(fn) != 0 || !esc_address_taken(fn))
			continue;
		if (ctx->ntaken == cap) {
			cap = cap ? 2 * cap : 64;
			ctx->taken = realloc(ctx->taken, sizeof(EscTaken) * (size_t)cap);
		}
		ctx->taken[ctx->ntaken++] = (EscTaken){ LLVMGlobalGetValueType(fn), fn,
			LLVMIsDeclaration(fn) ? NULL : esc_func_of(ctx, fn), 0, false };
	}
	if (ctx->ntaken > 1)
		qsort(ctx->taken, (size_t)ctx->ntaken, sizeof *ctx->taken, esc_taken_cmp);
	for (int i = ctx->ntaken - 1; i >= 0; i--) {  /* each run of one type: its end, any declaration */
		bool last = i + 1 == ctx->ntaken || ctx->taken[i + 1].type != ctx->taken[i].type;
		ctx->taken[i].end = last ? i + 1 : ctx->taken[i + 1].end;
		ctx->taken[i].run_has_decl = !ctx->taken[i].f || (!last && ctx->taken[i + 1].run_has_decl);
	}
}

/*
 * The possible targets of indirect call `call`: the address-taken functions of its function type
 * (lowering calls function values and interface methods with exactly their targets' LLVM types).
 * With none (*n = 0, a non-NULL result), no call can happen: a nil function value panics. The
 * runtime's own methods (runtime.Error's, runtime/error.c) are not in the module, but they only
 * ever receive the runtime's own heap boxes. False when one target is a declaration (code the pass
 * cannot see), or when there are more than ESC_MAX_TARGETS (Go's rule then, so that the call graph
 * and the work stay linear in the program).
 */
bool esc_targets(EscCtx *ctx, LLVMValueRef call, const EscTaken **out, int *n)
{
	LLVMTypeRef fty = LLVMGetCalledFunctionType(call);
	int lo = 0, hi = ctx->ntaken;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if ((uintptr_t)ctx->taken[mid].type < (uintptr_t)fty)
			lo = mid + 1;
		else
			hi = mid;
	}
	int end = lo < ctx->ntaken && ctx->taken[lo].type == fty ? ctx->taken[lo].end : lo;
	if (lo < end && ctx->taken[lo].run_has_decl)
		return false;
	if (end - lo > ESC_MAX_TARGETS)
		return false; /* every call of a popular type would tie it to all of them: quadratic */
	*out = ctx->taken + lo;
	*n = end - lo;
	return true;
}

int esc_site_of(EscCtx *ctx, EscFunc *f, LLVMValueRef call)
{
	for (int i = f->site_first; i < f->site_first + f->site_count; i++)
		if (ctx->sites[i].call == call)
			return i;
	return -1;
}

/* Analyses one function with the current summaries; returns whether its summary changed. */
static bool esc_analyze(EscCtx *ctx, EscFunc *f)
{
	size_t nh = sizeof(int) * (size_t)f->nargs, nr = nh * (size_t)f->nresults;
	int *old_heap = malloc(nh + 1), *old_res = malloc(nr + 1);
	memcpy(old_heap, f->leak_heap, nh);
	memcpy(old_res, f->leak_result, nr);
	EscGraph g;
	esc_graph_init(&g, ctx, f);
	esc_loop_depths(&g);
	esc_build(&g);
	esc_solve(&g);
	esc_graph_free(&g);
	bool changed = memcmp(old_heap, f->leak_heap, nh) != 0 || memcmp(old_res, f->leak_result, nr) != 0;
	free(old_heap);
	free(old_res);
	return changed;
}

/* Sites that cannot live on the stack whatever their flows: non-constant or too large sizes. */
static void esc_decide_sizes(EscCtx *ctx)
{
	for (int i = 0; i < ctx->nsites; i++) {
		EscSite *s = &ctx->sites[i];
		LLVMValueRef size = LLVMGetOperand(s->call, 0);
		bool declared = s->kind == SITE_VAR || s->kind == SITE_PARAM;
		uint64_t limit = declared ? ESC_MAX_STACK_VAR : ESC_MAX_IMPLICIT_STACK_VAR;
		/* Go puts a small concatenation or conversion result in a stack buffer and reports it by
		 * its flows alone; a non-constant size here gets a small stack buffer (esc_rewrite.c) */
		bool by_flow = s->kind == SITE_CONCAT || s->kind == SITE_CONVERT;
		/* a pointer-free make([]T, n) of run-time size holds no pointers, so its verdict touches no
		 * other site: its flows are solved like any site's, and esc_apply_sized reports it as Go does */
		s->sized = !LLVMIsAConstantInt(size) && s->noscan && s->kind == SITE_MAKE_SLICE;
		/* a size Go cannot know is one for Go's report, even when LLVM folded it to a constant; the
		 * whole-program analysis goes by the IR's size (a win when the flows keep the site) */
		if (!LLVMIsAConstantInt(size) || (s->go_dynamic && !ctx->whole))
			s->reason = by_flow || s->sized ? NULL : "non-constant size";
		else if (LLVMConstIntGetZExtValue(size) > limit)
			s->reason = "too large for stack";
		s->forced = s->heap = s->reason != NULL;
	}
}

/* After the solve: a sized site goes to the heap in the report, as Go's does for its run-time size,
 * and remembers whether its flows would have kept it local (esc_rewrite gives it a stack buffer). */
static void esc_apply_sized(EscCtx *ctx)
{
	for (int i = 0; i < ctx->nsites; i++) {
		EscSite *s = &ctx->sites[i];
		if (!s->sized)
			continue;
		s->local_by_flow = !s->heap;
		s->forced = s->heap = true;
		s->reason = "non-constant size";
	}
}

/* The call graph: for each function, the defined functions its instructions name (callees, and
 * closure bodies and function values it makes, whose summaries its graph uses). */
typedef struct EscCallGraph {
	int *at, *to;          /* to[at[f] .. at[f + 1]) are f's successors (indices into ctx->funcs) */
	int *index, *low, *stack, *order;
	bool *on_stack;
	int sp, counter, norder;
	int *scc_end;          /* order[] split into SCCs: scc_end[k] is one past the k-th SCC's end */
	int nscc;
} EscCallGraph;

/* The defined functions f's instruction i names, or may call through a function value or an
 * interface (whole-program mode), written to out (when given); returns how many. */
static int esc_inst_uses(EscCtx *ctx, LLVMValueRef i, int *out)
{
	int n = 0;
	for (int k = 0; k < LLVMGetNumOperands(i); k++) {
		LLVMValueRef op = LLVMGetOperand(i, (unsigned)k);
		EscFunc *g = op && LLVMIsAFunction(op) ? esc_func_of(ctx, op) : NULL;
		if (g && out)
			out[n] = (int)(g - ctx->funcs);
		n += g != NULL;
	}
	LLVMValueRef callee = LLVMIsACallInst(i) ? LLVMGetCalledValue(i) : NULL;
	int nt = 0;
	const EscTaken *t = NULL;
	if (ctx->whole && callee && !LLVMIsAFunction(callee) && !esc_targets(ctx, i, &t, &nt))
		nt = 0;
	for (int k = 0; k < nt; k++, n++)
		if (out)
			out[n] = (int)(t[k].f - ctx->funcs);
	return n;
}

static int esc_uses(EscCtx *ctx, EscFunc *f, int *out)
{
	int n = 0;
	for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(f->fn); b; b = LLVMGetNextBasicBlock(b))
		for (LLVMValueRef i = LLVMGetFirstInstruction(b); i; i = LLVMGetNextInstruction(i))
			n += esc_inst_uses(ctx, i, out ? out + n : NULL);
	return n;
}

static void esc_cg_build(EscCtx *ctx, EscCallGraph *cg)
{
	int n = ctx->nfuncs;
	cg->at = calloc((size_t)n + 1, sizeof(int));
	for (int f = 0; f < n; f++)
		cg->at[f + 1] = cg->at[f] + esc_uses(ctx, &ctx->funcs[f], NULL);
	cg->to = calloc((size_t)cg->at[n] + 1, sizeof(int));
	for (int f = 0; f < n; f++)
		esc_uses(ctx, &ctx->funcs[f], cg->to + cg->at[f]);
	cg->index = malloc(sizeof(int) * ((size_t)n + 1));
	for (int f = 0; f < n; f++)
		cg->index[f] = -1;
	cg->low = calloc((size_t)n + 1, sizeof(int));
	cg->stack = calloc((size_t)n + 1, sizeof(int));
	cg->order = calloc((size_t)n + 1, sizeof(int));
	cg->scc_end = calloc((size_t)n + 1, sizeof(int));
	cg->on_stack = calloc((size_t)n + 1, sizeof(bool));
}

/* Tarjan's algorithm: SCCs come out callees first, the bottom-up order Go analyses in. */
static void esc_cg_visit(EscCallGraph *cg, int f)
{
	cg->index[f] = cg->low[f] = cg->counter++;
	cg->stack[cg->sp++] = f;
	cg->on_stack[f] = true;
	for (int e = cg->at[f]; e < cg->at[f + 1]; e++) {
		int g = cg->to[e];
		if (cg->index[g] < 0) {
			esc_cg_visit(cg, g);
			cg->low[f] = cg->low[g] < cg->low[f] ? cg->low[g] : cg->low[f];
		} else if (cg->on_stack[g] && cg->index[g] < cg->low[f]) {
			cg->low[f] = cg->index[g];
		}
	}
	if (cg->low[f] != cg->index[f])
		return;
	int g;
	do {
		g = cg->stack[--cg->sp];
		cg->on_stack[g] = false;
		cg->order[cg->norder++] = g;
	} while (g != f);
	cg->scc_end[cg->nscc++] = cg->norder;
}

static void esc_cg_free(EscCallGraph *cg)
{
	free(cg->at), free(cg->to), free(cg->index), free(cg->low), free(cg->stack);
	free(cg->order), free(cg->scc_end), free(cg->on_stack);
}

/* Analyses one SCC until its summaries stop changing; false if it does not converge. */
static bool esc_fixpoint_scc(EscCtx *ctx, const int *members, int n)
{
	for (int iter = 0; iter < 100; iter++) {
		bool changed = false;
		ctx->other_changed = false;
		for (int i = 0; i < n; i++)
			changed |= esc_analyze(ctx, &ctx->funcs[members[i]]);
		if (!changed && !ctx->other_changed)
			return true;
	}
	return false;
}

/* Summaries bottom-up over the call graph's SCCs, each SCC iterated to its least fixpoint from
 * "leaks nothing" (bounded; if one does not converge, every site goes to the heap). */
static void esc_fixpoint(EscCtx *ctx)
{
	EscCallGraph cg;
	memset(&cg, 0, sizeof cg);
	esc_cg_build(ctx, &cg);
	for (int f = 0; f < ctx->nfuncs; f++)
		if (cg.index[f] < 0)
			esc_cg_visit(&cg, f);
	bool ok = true;
	for (int k = 0, start = 0; k < cg.nscc && ok; start = cg.scc_end[k++])
		ok = esc_fixpoint_scc(ctx, cg.order + start, cg.scc_end[k] - start);
	esc_cg_free(&cg);
	for (int i = 0; i < ctx->nsites && !ok; i++) {
		ctx->sites[i].heap = true;
		ctx->sites[i].reason = "analysis did not converge";
	}
}

/* Back to "leaks nothing" and no decisions, for a second analysis of the same module. */
static void esc_reset(EscCtx *ctx)
{
	esc_notes_clear(ctx);
	for (int i = 0; i < ctx->nfuncs; i++) {
		EscFunc *f = &ctx->funcs[i];
		for (int a = 0; a < f->nargs; a++)
			f->leak_heap[a] = ESC_INF;
		for (int a = 0; a < f->nargs * f->nresults; a++)
			f->leak_result[a] = ESC_INF;
	}
	for (int i = 0; i < ctx->nsites; i++) {
		ctx->sites[i].heap = ctx->sites[i].forced = false;
		ctx->sites[i].reason = ctx->sites[i].flow_to = NULL;
	}
}

/*
 * Beyond Go: the analysis once more with every call through a function value or an interface
 * method taking its possible targets' summaries (esc_targets) instead of leaking its arguments.
 * The sites that analysis keeps on the stack are marked whole_stack; then everything is reset for
 * the Go-compatible analysis, which the report describes. A site goes to the heap only if both
 * analyses send it there: each is a sound over-approximation of the program's flows, so either's
 * "does not escape" is a fact about the program, whatever the other decides.
 */
static void esc_whole_program(EscCtx *ctx)
{
	esc_collect_taken(ctx);
	ctx->whole = true;
	esc_decide_sizes(ctx);
	esc_fixpoint(ctx);
	for (int i = 0; i < ctx->nsites; i++)
		ctx->sites[i].whole_stack = !ctx->sites[i].heap;
	ctx->whole = false;
	esc_reset(ctx);
}

static void esc_ctx_free(EscCtx *ctx)
{
	esc_notes_clear(ctx);
	for (int i = 0; i < ctx->nfuncs; i++) {
		free(ctx->funcs[i].params);
		free(ctx->funcs[i].result_names);
		free(ctx->funcs[i].leak_heap);
		free(ctx->funcs[i].leak_result);
		free(ctx->funcs[i].leak_notes);
	}
	for (int i = 0; i < ctx->nstrings; i++)
		free(ctx->strings[i]);
	free(ctx->strings);
	free(ctx->funcs);
	free(ctx->by_fn);
	free(ctx->taken);
	free(ctx->sites);
}

/* esc_run: needs lowered IR with sites (site.h); rewrites every site to an alloca or gc_alloc and
 * writes the -m report; invalidates only the site calls. */
bool esc_run(LLVMModuleRef m, const EscOptions *opt)
{
	EscCtx ctx;
	memset(&ctx, 0, sizeof ctx);
	ctx.mod = m;
	ctx.llctx = LLVMGetModuleContext(m);
	ctx.opt = opt;
	ctx.site_md = LLVMGetMDKindIDInContext(ctx.llctx, LLGO_SITE_MD, (unsigned)strlen(LLGO_SITE_MD));
	ctx.func_md = LLVMGetMDKindIDInContext(ctx.llctx, LLGO_FUNC_MD, (unsigned)strlen(LLGO_FUNC_MD));
	ctx.noscan_md = LLVMGetMDKindIDInContext(ctx.llctx, "llgo.noscan", 11);
	ctx.rangevalue_md = LLVMGetMDKindIDInContext(ctx.llctx, "llgo.rangevalue", 15);
	ctx.dynsize_md = LLVMGetMDKindIDInContext(ctx.llctx, "llgo.dynsize", 12);
	ctx.from_md = LLVMGetMDKindIDInContext(ctx.llctx, LLGO_FROM_MD, (unsigned)strlen(LLGO_FROM_MD));
	esc_collect(&ctx);
	if (opt->no_escape) {
		for (int i = 0; i < ctx.nsites; i++) {
			ctx.sites[i].heap = true;
			ctx.sites[i].reason = "--no-escape";
		}
	} else {
		if (opt->whole_program)
			esc_whole_program(&ctx);
		esc_decide_sizes(&ctx);
		esc_fixpoint(&ctx);
		esc_apply_sized(&ctx);
	}
	if (opt->report_level > 0 && opt->report)
		esc_report(&ctx);
	for (int i = 0; i < ctx.nsites; i++)
		ctx.sites[i].heap &= !ctx.sites[i].whole_stack;
	esc_rewrite(&ctx);
	esc_ctx_free(&ctx);
	return true;
}
