/*
 * lower.c: lowering of a checked package to an LLVM module (see lower.h for the contract).
 *
 * Order of work: declare every package-level function (so calls can refer to any of them), define
 * the globals (zero-initialised, named "main.x"), lower each function body, then build "main.init"
 * (rt_add_roots for pointer-holding globals, global initialisers in the checker's order, then the
 * `init` functions) and, for executables, the C `main`. The module is verified before it is
 * returned; constructs lowering cannot handle yet are reported as positioned user errors.
 *
 * This file also holds the two helpers the contract depends on: lower_alloca (every alloca goes to
 * the entry block) and lower_site (every Go-level allocation is a call of llgo.alloc[.noscan] with
 * !llgo.site metadata, include/llgo/site.h).
 */
#include <string.h>
#include <llvm-c/Analysis.h>
#include "lower.h"
#include "lower_internal.h"

static const char *const site_kind_names[] = {
#define LLGO_SITE_NAME(e, s) s,
	LLGO_SITE_KINDS(LLGO_SITE_NAME)
#undef LLGO_SITE_NAME
};

void lower_unsupported(Lower *L, Pos pos, const char *what)
{
	diag_error(pos, "%s is not supported yet", what);
	L->failed = true;
}

LowerThunk lower_thunk_begin(Lower *L, LLVMValueRef f)
{
	LowerThunk saved = { L->b, L->fn, L->entry };
	L->b = LLVMCreateBuilderInContext(L->ctx);
	L->fn = f;
	L->entry = LLVMAppendBasicBlockInContext(L->ctx, f, "entry");
	LLVMPositionBuilderAtEnd(L->b, L->entry);
	return saved;
}

void lower_thunk_end(Lower *L, LowerThunk saved)
{
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(L->fn); bb; bb = LLVMGetNextBasicBlock(bb))
		if (!LLVMGetBasicBlockTerminator(bb)) {
			LLVMPositionBuilderAtEnd(L->b, bb);
			LLVMBuildUnreachable(L->b);
		}
	LLVMDisposeBuilder(L->b);
	L->b = saved.b;
	L->fn = saved.fn;
	L->entry = saved.entry;
}

/* Allocas live at the top of the entry block, so mem2reg and the escape pass find them. */
LLVMValueRef lower_alloca(Lower *L, LLVMTypeRef ty, const char *name)
{
	LLVMBuilderRef ab = LLVMCreateBuilderInContext(L->ctx);
	LLVMValueRef first = LLVMGetFirstInstruction(L->entry);
	if (first)
		LLVMPositionBuilderBefore(ab, first);
	else
		LLVMPositionBuilderAtEnd(ab, L->entry);
	LLVMValueRef a = LLVMBuildAlloca(ab, ty, name);
	LLVMDisposeBuilder(ab);
	return a;
}

static LLVMMetadataRef md_str(Lower *L, const char *s)
{
	return LLVMMDStringInContext2(L->ctx, s, strlen(s));
}

static LLVMMetadataRef md_i32(Lower *L, int v)
{
	return LLVMValueAsMetadata(LLVMConstInt(L->t_i32, (unsigned long long)v, 1));
}

/* An allocation site for a value of type t (size overrides type_size(t) when non-NULL). */
LLVMValueRef lower_site(Lower *L, SiteKind kind, Type *t, LLVMValueRef size, const char *text, Pos pos)
{
	bool scan = t ? type_has_pointers(t) : false;
	if (!size)
		size = LLVMConstInt(L->t_i64, (unsigned long long)lower_size(L, t), 0);
	return lower_site_raw(L, kind, size, scan, text, pos);
}

LLVMValueRef lower_site_raw(Lower *L, SiteKind kind, LLVMValueRef size, bool scan, const char *text, Pos pos)
{
	LLVMValueRef fixed = L->nstatic_marks ? lower_static_site(L, kind, size, scan, pos) : NULL;
	if (fixed)
		return fixed;
	LLVMValueRef fn = scan ? L->site_fn : L->site_noscan_fn;
	LLVMValueRef call = LLVMBuildCall2(L->b, L->site_ty, fn, &size, 1, "site");
	PosInfo pi = pos_info(pos);
	LLVMMetadataRef ops[6] = {
		md_str(L, site_kind_names[kind]), md_str(L, text ? text : ""),
		md_str(L, pi.file ? pi.file : ""), md_i32(L, pi.line), md_i32(L, pi.col),
		md_i32(L, L->loop_depth),
	};
	LLVMMetadataRef node = LLVMMDNodeInContext2(L->ctx, ops, 6);
	LLVMSetMetadata(call, L->md_site, LLVMMetadataAsValue(L->ctx, node));
	return call;
}

static LLVMTypeRef rt_llvm_type(Lower *L, RtType t)
{
	switch (t) {
	case RTT_END: case RTT_VOID: return L->t_void;
	case RTT_I32: return L->t_i32;
	case RTT_I64: return L->t_i64;
	case RTT_F64: return L->t_f64;
	case RTT_PTR: return L->t_ptr;
	case RTT_STR: return L->t_str;
	case RTT_PAIR: return L->t_pair;
	case RTT_SPAN: return LLVMStructTypeInContext(L->ctx, (LLVMTypeRef[]){ L->t_ptr, L->t_i64 }, 2, 0);
	case RTT_EFACE: return L->t_iface;
	}
	diag_internal("bad runtime type");
}

static void declare_rt(Lower *L, RtId id)
{
	const RtEntry *e = &rt_abi_entries()[id];
	LLVMTypeRef ps[12];
	unsigned n = 0;
	for (int i = 0; i < 12 && e->params[i] != RTT_END; i++)
		if (e->params[i] != RTT_VOID)
			ps[n++] = rt_llvm_type(L, e->params[i]);
	L->rt_ty[id] = LLVMFunctionType(rt_llvm_type(L, e->ret), ps, n, 0);
	L->rt_fn[id] = LLVMAddFunction(L->mod, e->name, L->rt_ty[id]);
	if (e->flags & RTF_NORETURN) {
		unsigned k = LLVMGetEnumAttributeKindForName("noreturn", 8);
		LLVMAddAttributeAtIndex(L->rt_fn[id], LLVMAttributeFunctionIndex,
			LLVMCreateEnumAttribute(L->ctx, k, 0));
	}
}

LLVMValueRef lower_rt_at(Lower *L, LLVMBuilderRef b, RtId id, LLVMValueRef *args, unsigned nargs)
{
	if (!L->rt_fn[id])
		declare_rt(L, id);
	bool isvoid = LLVMGetReturnType(L->rt_ty[id]) == L->t_void;
	return LLVMBuildCall2(b, L->rt_ty[id], L->rt_fn[id], args, nargs, isvoid ? "" : "rt");
}

LLVMValueRef lower_rt(Lower *L, RtId id, LLVMValueRef *args, unsigned nargs)
{
	return lower_rt_at(L, L->b, id, args, nargs);
}

bool lower_calls_recover(Symbol *f)
{
	FuncInfo *fi = f && f->decl && f->decl->kind == ND_FUNC_DECL ? check_func_info(f->decl) : NULL;
	return fi && fi->calls_recover;
}

bool lower_method_may_recover(Lower *L, const char *name)
{
	if (L->recover_methods_unknown)
		return true;
	for (int i = 0; i < L->nrecover_methods; i++)
		if (strcmp(L->recover_methods[i], name) == 0)
			return true;
	return false;
}

/* The names of every package's methods whose bodies call recover() (lower_method_may_recover). */
static void collect_recover_methods(Lower *L, CheckedPackage **cps, int n, bool library)
{
	int cap = 0;
	L->recover_methods_unknown = library;
	for (int p = 0; p < n; p++)
		for (int i = 0; i < cps[p]->nfuncs; i++) {
			Symbol *f = cps[p]->funcs[i];
			if (!f->decl || f->decl->kind != ND_FUNC_DECL || !f->decl->func_decl.recv || !lower_calls_recover(f))
				continue;
			arena_grow(&L->arena, (void **)&L->recover_methods, L->nrecover_methods, &cap, sizeof(const char *));
			L->recover_methods[L->nrecover_methods++] = f->name;
		}
}

void lower_defer_forward(Lower *L, LLVMBuilderRef b, LLVMValueRef self, LLVMValueRef target)
{
	lower_rt_at(L, b, RT_rt_defer_forward, (LLVMValueRef[]){ self, target }, 2);
}

static Lower *g_lower; /* the lowering in progress (for lower_capture_by_ref) */

/* A variable lives in an allocation site when its address is taken, a closure captures it by
 * reference, or it is larger than Go's MaxStackVarSize (10 MB): the escape pass then moves it to the
 * heap and reports it as Go does (`moved to heap: b`), where a plain alloca would overflow the stack. */
bool lower_is_site_var(Symbol *s)
{
	return s->addr_taken || (s->captured && lower_capture_by_ref(s)) || type_size(s->type) > LLGO_MAX_STACK_VAR;
}

/* Closures capture by value a variable never reassigned and at most 128 bytes, else by reference.
 * A named result is assigned by every `return v` (a deferred closure reads what it returned). */
bool lower_capture_by_ref(Symbol *s)
{
	return s->reassigned || s->addr_taken || s->is_result || type_size(s->type) > 128 ||
	       (g_lower && g_lower->assigned[s->id]);
}

static const char *func_link_name(Lower *L, Symbol *f)
{
	if (f->is_method) {
		Type *rn = f->recv_named;
		const char *tn = rn->named.name;
		return f->recv_ptr ? arena_printf(&L->arena, "%s.(*%s).%s", f->pkg ? f->pkg : "main", tn, f->name)
			: arena_printf(&L->arena, "%s.%s.%s", f->pkg ? f->pkg : "main", tn, f->name);
	}
	return arena_printf(&L->arena, "%s.%s", f->pkg ? f->pkg : "main", f->name);
}

/* The LLVM function of a package-level func or method (declared on first use). */
LLVMValueRef lower_func_decl_value(Lower *L, Symbol *f)
{
	if (L->funcs[f->id])
		return L->funcs[f->id];
	Type *recv = NULL;
	if (f->is_method)
		recv = f->recv_ptr ? type_new_pointer(f->recv_named) : f->recv_named;
	LLVMTypeRef ft = lower_func_type(L, f->type, recv);
	L->funcs[f->id] = LLVMAddFunction(L->mod, func_link_name(L, f), ft);
	return L->funcs[f->id];
}

static LLVMMetadataRef param_md(Lower *L, Symbol *s, int argi)
{
	PosInfo pi = pos_info(s->pos);
	LLVMMetadataRef ops[4] = { md_str(L, s->name ? s->name : "_"), md_i32(L, pi.line), md_i32(L, pi.col),
		md_i32(L, argi) };
	return LLVMMDNodeInContext2(L->ctx, ops, 4);
}

/* !llgo.func on a Go function (site.h rule 3). */
void lower_attach_func_md(Lower *L, LLVMValueRef fn, FuncInfo *fi, const char *goname, Pos pos)
{
	/* Go has no tail calls: runaway recursion must overflow the stack (a fatal error), not become
	 * an endless loop once LLVM turns self-recursion into a jump. */
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
		LLVMCreateStringAttribute(L->ctx, "disable-tail-calls", 18, "true", 4));
	int np = fi->nparams + (fi->recv ? 1 : 0), k = 0;
	int off = fi->node->kind == ND_FUNC_LIT ? 1 : 0; /* closures take their context first */
	LLVMMetadataRef *ps = arena_alloc(&L->arena, sizeof(LLVMMetadataRef) * (size_t)(np + 1));
	if (fi->recv) {
		ps[k] = param_md(L, fi->recv, k + off);
		k++;
	}
	for (int i = 0; i < fi->nparams; i++, k++)
		ps[k] = param_md(L, fi->params[i], k + off);
	LLVMMetadataRef *rs = arena_alloc(&L->arena, sizeof(LLVMMetadataRef) * (size_t)(fi->nresults + 1));
	for (int i = 0; i < fi->nresults; i++) {
		const char *nm = fi->results[i]->name ? fi->results[i]->name : "~r0";
		rs[i] = LLVMMDNodeInContext2(L->ctx, (LLVMMetadataRef[]){ md_str(L, nm) }, 1);
	}
	PosInfo pi = pos_info(pos);
	LLVMMetadataRef ops[6] = { md_str(L, goname), md_str(L, pi.file ? pi.file : ""), md_i32(L, pi.line),
		md_i32(L, pi.col), LLVMMDNodeInContext2(L->ctx, ps, (size_t)np),
		LLVMMDNodeInContext2(L->ctx, rs, (size_t)fi->nresults) };
	LLVMGlobalSetMetadata(fn, L->md_func, LLVMMDNodeInContext2(L->ctx, ops, 6));
}

/* Binds a parameter (or receiver) symbol to memory holding the incoming argument. */
static void bind_param(Lower *L, Symbol *s, LLVMValueRef arg)
{
	if (!s || !s->name || strcmp(s->name, "_") == 0)
		return;
	if (lower_is_site_var(s)) {
		LLVMValueRef p = lower_site(L, SITE_PARAM, s->type, NULL, s->name, s->pos);
		lower_store(L, arg, p);
		LLVMValueRef slot = lower_alloca(L, L->t_ptr, s->name);
		lower_store(L, p, slot);
		L->vars[s->id] = (VarSlot){ slot, true };
		return;
	}
	LLVMValueRef a = lower_alloca(L, lower_type(L, s->type), s->name);
	lower_store(L, arg, a);
	L->vars[s->id] = (VarSlot){ a, false };
}

static void bind_results(Lower *L, FuncInfo *fi)
{
	if (!fi->named_results)
		return;
	for (int i = 0; i < fi->nresults; i++) {
		Symbol *s = fi->results[i];
		if (lower_is_site_var(s)) {
			LLVMValueRef p = lower_site(L, SITE_PARAM, s->type, NULL, s->name, s->pos);
			LLVMValueRef slot = lower_alloca(L, L->t_ptr, s->name);
			lower_store(L, p, slot);
			L->vars[s->id] = (VarSlot){ slot, true };
		} else {
			LLVMValueRef a = lower_alloca(L, lower_type(L, s->type), s->name);
			lower_store(L, lower_zero(L, s->type), a);
			L->vars[s->id] = (VarSlot){ a, false };
		}
	}
}

/* Terminates every block left open: the fall-off-the-end block returns, others are dead. */
static void finish_blocks(Lower *L)
{
	if (!lower_terminated(L)) {
		Type *sig = L->fsig;
		if (sig->func.nresults == 0 && L->defer_frame)
			lower_defer_return(L, NULL);
		else if (sig->func.nresults == 0)
			LLVMBuildRetVoid(L->b);
		else
			LLVMBuildUnreachable(L->b);
	}
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(L->fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
		if (!LLVMGetBasicBlockTerminator(bb)) {
			LLVMPositionBuilderAtEnd(L->b, bb);
			LLVMBuildUnreachable(L->b);
		}
	}
}

void lower_body(Lower *L, LLVMValueRef fn, FuncInfo *fi, Node *body, bool has_ctx)
{
	L->fn = fn;
	L->fi = fi;
	L->fsig = fi->sig;
	L->ntargets = 0;
	L->nlabels = 0;
	L->loop_depth = 0;
	L->entry = LLVMAppendBasicBlockInContext(L->ctx, fn, "entry");
	LLVMPositionBuilderAtEnd(L->b, L->entry);
	unsigned k = 0;
	/* first of all, before any call: was this function called by a deferred call itself? */
	L->recover_direct = fi->calls_recover ? lower_rt(L, RT_rt_defer_direct, &fn, 1) : NULL;
	if (has_ctx)
		lower_bind_captures(L, fi, LLVMGetParam(fn, k++));
	if (fi->recv)
		bind_param(L, fi->recv, LLVMGetParam(fn, k++));
	for (int i = 0; i < fi->nparams; i++)
		bind_param(L, fi->params[i], LLVMGetParam(fn, k++));
	bind_results(L, fi);
	L->defer_frame = NULL;
	if (fi->has_defer)
		lower_defer_prologue(L);
	lower_block(L, body);
	finish_blocks(L);
}

static void lower_func_decl(Lower *L, Symbol *f)
{
	Node *decl = f->decl;
	RtId hook;
	if (!decl || decl->kind != ND_FUNC_DECL)
		return;
	FuncInfo *fi = check_func_info(decl);
	if (!fi)
		return;
	if (!decl->func_decl.body && !check_hook_lookup(f->name, &hook))
		return;
	LLVMValueRef fn = lower_func_decl_value(L, f);
	lower_attach_func_md(L, fn, fi, LLVMGetValueName(fn), decl->pos);
	if (!decl->func_decl.body)
		lower_hook_body(L, f, fi, fn, hook);
	else
		lower_body(L, fn, fi, decl->func_decl.body, false);
}

static bool is_init_func(Symbol *f)
{
	return !f->is_method && strcmp(f->name, "init") == 0;
}

/* Marks variables assigned through a field or array element (x.f = v, a[i]++), which the
 * checker's `reassigned` flag does not count but which force capture by reference. */
static bool scan_assigned_visit(Node *n, void *ctx)
{
	Lower *L = ctx;
	NodeList one = { 0 };
	NodeList *targets = &one;
	Node *single = NULL;
	if (n->kind == ND_ASSIGN && n->assign.op != TK_DEFINE)
		targets = &n->assign.lhs;
	else if (n->kind == ND_INC_DEC)
		single = n->inc_dec.x;
	else if (n->kind == ND_RANGE && !n->range_stmt.define) {
		single = n->range_stmt.key;
		if (n->range_stmt.value)
			lower_mark_assigned(L, n->range_stmt.value);
	}
	if (single)
		lower_mark_assigned(L, single);
	for (int i = 0; i < targets->len; i++)
		lower_mark_assigned(L, targets->items[i]);
	return true;
}

void lower_mark_assigned(Lower *L, Node *x)
{
	for (;;) {
		if (!x)
			return;
		if (x->kind == ND_PAREN)
			x = x->paren.x;
		else if (x->kind == ND_SELECTOR && x->selector.x->type && !type_is_pointer(x->selector.x->type))
			x = x->selector.x;
		else if (x->kind == ND_INDEX && x->index.x->type && type_underlying(x->index.x->type)->kind == TY_ARRAY)
			x = x->index.x;
		else
			break;
	}
	if (x->kind == ND_IDENT && x->sym && x->sym->kind == SYM_VAR)
		L->assigned[x->sym->id] = true;
}

static void lower_scan_assigned(Lower *L)
{
	for (int i = 0; i < L->cp->nfuncs; i++) {
		Node *d = L->cp->funcs[i]->decl;
		if (d && d->kind == ND_FUNC_DECL && d->func_decl.body)
			ast_walk(d->func_decl.body, scan_assigned_visit, L);
	}
	for (int i = 0; i < L->cp->ninit_funcs; i++)
		if (L->cp->init_funcs[i]->func_decl.body)
			ast_walk(L->cp->init_funcs[i]->func_decl.body, scan_assigned_visit, L);
}

static void define_globals(Lower *L)
{
	for (int i = 0; i < L->cp->nglobals; i++) {
		Symbol *g = L->cp->globals[i];
		const char *name = arena_printf(&L->arena, "%s.%s", g->pkg ? g->pkg : "main", g->name);
		LLVMTypeRef t = lower_type(L, g->type);
		LLVMValueRef gv = LLVMAddGlobal(L->mod, t, name);
		LLVMSetInitializer(gv, LLVMConstNull(t));
		L->vars[g->id] = (VarSlot){ gv, false };
	}
}

/* Runs one package-level initialisation entry inside main.init. */
static void lower_init_entry(Lower *L, InitEntry *e)
{
	if (e->nrhs == 0)
		return;
	if (e->nlhs > 1 && e->nrhs == 1) {
		LLVMValueRef tup = lower_expr(L, e->rhs[0]);
		for (int i = 0; i < e->nlhs; i++) {
			if (!e->lhs[i] || strcmp(e->lhs[i]->name, "_") == 0)
				continue;
			LLVMValueRef v = lower_tuple_elem_to(L, tup, e->rhs[0], i, e->lhs[i]->type, e->rhs[0]->pos);
			lower_store(L, v, lower_var_addr(L, e->lhs[i]));
		}
		return;
	}
	for (int i = 0; i < e->nlhs && i < e->nrhs; i++) {
		if (!e->lhs[i] || strcmp(e->lhs[i]->name, "_") == 0) {
			lower_expr(L, e->rhs[i]);
			continue;
		}
		lower_static_mark(L, e->rhs[i], e->lhs[i]->type);
		LLVMValueRef v = lower_expr_to(L, e->rhs[i], e->lhs[i]->type);
		lower_static_clear(L);
		lower_store(L, v, lower_var_addr(L, e->lhs[i]));
	}
}

static void register_roots(Lower *L)
{
	for (int i = 0; i < L->cp->nglobals; i++) {
		Symbol *g = L->cp->globals[i];
		if (!type_has_pointers(g->type))
			continue;
		LLVMValueRef gv = L->vars[g->id].ptr;
		LLVMValueRef end = LLVMBuildGEP2(L->b, L->t_i8, gv,
			(LLVMValueRef[]){ LLVMConstInt(L->t_i64, (unsigned long long)type_size(g->type), 0) }, 1, "");
		lower_rt(L, RT_rt_add_roots, (LLVMValueRef[]){ gv, end }, 2);
	}
}

/* PATH.init: registers the package's globals as GC roots, initialises them in Go's order, then runs
 * its init functions. The command-line package's init first runs its imports' inits, `deps`, which
 * come in dependency order, so every package is initialised once, after the packages it imports. */
static void lower_init_func(Lower *L, LLVMValueRef *deps, int ndeps)
{
	LLVMTypeRef ft = LLVMFunctionType(L->t_void, NULL, 0, 0);
	LLVMValueRef fn = LLVMAddFunction(L->mod, arena_printf(&L->arena, "%s.init", L->cp->pkg->path), ft);
	static FuncInfo dummy_fi;
	static Type *void_sig;
	if (!void_sig)
		void_sig = type_new_func(NULL, 0, NULL, 0, false);
	dummy_fi.sig = void_sig;
	L->fn = fn;
	L->fi = &dummy_fi;
	L->fsig = void_sig;
	L->defer_frame = NULL;
	L->entry = LLVMAppendBasicBlockInContext(L->ctx, fn, "entry");
	LLVMPositionBuilderAtEnd(L->b, L->entry);
	for (int i = 0; i < ndeps; i++)
		LLVMBuildCall2(L->b, ft, deps[i], NULL, 0, "");
	register_roots(L);
	for (int i = 0; i < L->cp->ninits; i++)
		lower_init_entry(L, &L->cp->inits[i]);
	for (int i = 0; i < L->cp->ninit_funcs; i++) {
		Node *d = L->cp->init_funcs[i];
		FuncInfo *fi = check_func_info(d);
		if (!fi || !d->func_decl.body)
			continue;
		LLVMValueRef f = LLVMAddFunction(L->mod, arena_printf(&L->arena, "%s.init.%d", L->cp->pkg->path, i), ft);
		LLVMBuildCall2(L->b, ft, f, NULL, 0, "");
		LLVMBasicBlockRef saved = LLVMGetInsertBlock(L->b);
		LLVMValueRef saved_fn = L->fn;
		LLVMBasicBlockRef saved_entry = L->entry;
		lower_attach_func_md(L, f, fi, LLVMGetValueName(f), d->pos);
		lower_body(L, f, fi, d->func_decl.body, false);
		L->fn = saved_fn;
		L->entry = saved_entry;
		L->fsig = void_sig;
		LLVMPositionBuilderAtEnd(L->b, saved);
	}
	LLVMBuildRetVoid(L->b);
}

static void lower_entry(Lower *L)
{
	LLVMTypeRef ps[2] = { L->t_i32, L->t_ptr };
	LLVMValueRef fn = LLVMAddFunction(L->mod, "main", LLVMFunctionType(L->t_i32, ps, 2, 0));
	LLVMBasicBlockRef bb = LLVMAppendBasicBlockInContext(L->ctx, fn, "entry");
	LLVMPositionBuilderAtEnd(L->b, bb);
	LLVMValueRef init = LLVMGetNamedFunction(L->mod, "main.init");
	LLVMValueRef mainf = LLVMGetNamedFunction(L->mod, "main.main");
	if (!mainf) {
		diag_error(L->cp->pkg->files[0]->pos, "function main is undeclared in the main package");
		L->failed = true;
		LLVMBuildRet(L->b, LLVMConstInt(L->t_i32, 2, 0));
		return;
	}
	LLVMValueRef args[4] = { init, mainf, LLVMGetParam(fn, 0), LLVMGetParam(fn, 1) };
	LLVMBuildRet(L->b, lower_rt(L, RT_rt_run_main, args, 4));
}

static void lower_setup(Lower *L, CheckedPackage *cp, LLVMContextRef ctx, const LowerOptions *opt)
{
	memset(L, 0, sizeof *L);
	L->cp = cp;
	L->ctx = ctx;
	L->mod = LLVMModuleCreateWithNameInContext(cp->pkg->path ? cp->pkg->path : "main", ctx);
	if (opt && opt->triple)
		LLVMSetTarget(L->mod, opt->triple);
	if (opt && opt->datalayout)
		LLVMSetDataLayout(L->mod, opt->datalayout);
	L->explain = opt && opt->explain;
	L->b = LLVMCreateBuilderInContext(ctx);
	L->t_i1 = LLVMInt1TypeInContext(ctx);
	L->t_i8 = LLVMInt8TypeInContext(ctx);
	L->t_i32 = LLVMInt32TypeInContext(ctx);
	L->t_i64 = LLVMInt64TypeInContext(ctx);
	L->t_f64 = LLVMDoubleTypeInContext(ctx);
	L->t_ptr = LLVMPointerTypeInContext(ctx, 0);
	L->t_void = LLVMVoidTypeInContext(ctx);
	L->t_str = LLVMStructTypeInContext(ctx, (LLVMTypeRef[]){ L->t_ptr, L->t_i64 }, 2, 0);
	L->t_slice = LLVMStructTypeInContext(ctx, (LLVMTypeRef[]){ L->t_ptr, L->t_i64, L->t_i64 }, 3, 0);
	L->t_iface = LLVMStructTypeInContext(ctx, (LLVMTypeRef[]){ L->t_ptr, L->t_ptr }, 2, 0);
	L->t_pair = LLVMStructTypeInContext(ctx, (LLVMTypeRef[]){ L->t_i64, L->t_i64 }, 2, 0);
	L->md_site = LLVMGetMDKindIDInContext(ctx, LLGO_SITE_MD, (unsigned)strlen(LLGO_SITE_MD));
	L->md_func = LLVMGetMDKindIDInContext(ctx, LLGO_FUNC_MD, (unsigned)strlen(LLGO_FUNC_MD));
	L->md_from = LLVMGetMDKindIDInContext(ctx, LLGO_FROM_MD, (unsigned)strlen(LLGO_FROM_MD));
	L->site_ty = LLVMFunctionType(L->t_ptr, &L->t_i64, 1, 0);
	L->site_fn = LLVMAddFunction(L->mod, LLGO_SITE_FN, L->site_ty);
	L->site_noscan_fn = LLVMAddFunction(L->mod, LLGO_SITE_NOSCAN_FN, L->site_ty);
	L->nsyms = symbol_count() + 1;
	L->vars = arena_alloc(&L->arena, sizeof(VarSlot) * (size_t)L->nsyms);
	L->funcs = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)L->nsyms);
	L->assigned = arena_alloc(&L->arena, sizeof(bool) * (size_t)L->nsyms);
	L->plain = arena_alloc(&L->arena, sizeof(bool) * (size_t)L->nsyms);
	g_lower = L;
}

/* Globals and function declarations of every package first, so any package can refer to any. */
static void declare_packages(Lower *L, CheckedPackage **cps, int n)
{
	for (int p = 0; p < n; p++) {
		CheckedPackage *cp = L->cp = cps[p];
		define_globals(L);
		lower_scan_assigned(L);
		for (int i = 0; i < cp->nfuncs; i++)
			if (!is_init_func(cp->funcs[i]))
				lower_func_decl_value(L, cp->funcs[i]);
	}
}

/* The imported packages' functions, globals and initialisers are internal to the program's module:
 * only the command-line package's names are seen from outside (the JIT looks up main.init and
 * main.main), so global DCE can drop what the program never reaches, which is most of the bundled
 * packages in most programs. The command-line package keeps every function, as Go reports -m lines
 * for functions that nothing calls. */
static void internalize_import(Lower *L, LLVMValueRef def, LLVMMetadataRef mark)
{
	LLVMSetLinkage(def, LLVMInternalLinkage);
	LLVMGlobalSetMetadata(def, LLVMGetMDKindIDInContext(L->ctx, LLGO_IMPORT_MD, strlen(LLGO_IMPORT_MD)), mark);
}

static void internalize_imports(Lower *L, CheckedPackage **cps, int n)
{
	LLVMMetadataRef mark = LLVMMDNodeInContext2(L->ctx, NULL, 0);
	for (int p = 0; p < n - 1; p++) {
		CheckedPackage *cp = cps[p];
		for (int i = 0; i < cp->nfuncs; i++)
			if (L->funcs[cp->funcs[i]->id])
				internalize_import(L, L->funcs[cp->funcs[i]->id], mark);
		for (int i = 0; i < cp->nglobals; i++)
			if (L->vars[cp->globals[i]->id].ptr)
				internalize_import(L, L->vars[cp->globals[i]->id].ptr, mark);
		const char *prefix = arena_printf(&L->arena, "%s.init", cp->pkg->path);
		size_t plen = strlen(prefix);
		for (LLVMValueRef f = LLVMGetFirstFunction(L->mod); f; f = LLVMGetNextFunction(f)) {
			const char *name = LLVMGetValueName(f);
			if (strncmp(name, prefix, plen) == 0 && (name[plen] == 0 || name[plen] == '.'))
				internalize_import(L, f, mark);
		}
	}
}

LLVMModuleRef lower_program(CheckedPackage **cps, int n, LLVMContextRef ctx, const LowerOptions *opt)
{
	Lower lw, *L = &lw;
	lower_setup(L, cps[n - 1], ctx, opt);
	collect_recover_methods(L, cps, n, opt && opt->library);
	declare_packages(L, cps, n);
	LLVMValueRef *inits = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)n);
	for (int p = 0; p < n; p++) {
		CheckedPackage *cp = L->cp = cps[p];
		for (int i = 0; i < cp->nfuncs; i++)
			if (!is_init_func(cp->funcs[i]))
				lower_func_decl(L, cp->funcs[i]);
		bool runs_others = p == n - 1 && !(opt && opt->library);
		lower_init_func(L, runs_others ? inits : NULL, runs_others ? n - 1 : 0);
		inits[p] = LLVMGetNamedFunction(L->mod, arena_printf(&L->arena, "%s.init", cp->pkg->path));
		lower_pending_lits(L);
	}
	if (!(opt && opt->library))
		internalize_imports(L, cps, n);
	if (opt && opt->emit_entry)
		lower_entry(L);
	LLVMDisposeBuilder(L->b);
	char *msg = NULL;
	if (!L->failed && LLVMVerifyModule(L->mod, LLVMReturnStatusAction, &msg)) {
		fprintf(stderr, "internal compiler error: lowered module does not verify:\n%s\n", msg);
		L->failed = true;
	}
	LLVMDisposeMessage(msg);
	arena_free_all(&L->arena);
	g_lower = NULL;
	if (L->failed) {
		LLVMDisposeModule(L->mod);
		return NULL;
	}
	return L->mod;
}

LLVMModuleRef lower_package(CheckedPackage *cp, LLVMContextRef ctx, const LowerOptions *opt)
{
	return lower_program(&cp, 1, ctx, opt);
}
