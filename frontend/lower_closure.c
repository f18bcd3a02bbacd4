/*
 * lower_closure.c: func literals, func values and calls through them (abi.h: GoClosure).
 *
 * A func value is a pointer to a closure object { code, captured... }; the code takes that pointer
 * as its first argument. A func literal allocates its object at a "closure" site (`func literal`)
 * and stores each captured variable: its value when the variable is never reassigned and at most
 * 128 bytes, else its address (such variables live at sites, lower_is_site_var). The literal's
 * body is lowered after the enclosing function (the queue in Lower.lits), with its captured
 * symbols re-bound to the closure object's fields. Package-level functions used as values get a
 * constant closure { wrapper } whose wrapper drops the context argument. Literal names follow Go:
 * `main.f.func1`, and `main.f.func1.1` for a literal inside it.
 */
#include <string.h>
#include "lower_internal.h"

const char *type_string_link(Type *t);

/* The closure object's layout as a Go struct: code pointer, then one field per capture. */
static Type *env_type(Lower *L, FuncInfo *fi)
{
	Field *fs = arena_alloc(&L->arena, sizeof(Field) * (size_t)(fi->ncaptures + 1));
	fs[0].name = "fn";
	fs[0].type = type_new_pointer(type_basic(TY_UINT8));
	for (int i = 0; i < fi->ncaptures; i++) {
		Symbol *s = fi->captures[i];
		fs[i + 1].name = s->name;
		fs[i + 1].type = lower_capture_by_ref(s) ? type_new_pointer(s->type) : s->type;
	}
	Type *t = type_new_struct(fs, fi->ncaptures + 1);
	type_layout(t);
	return t;
}

LLVMTypeRef lower_closure_fn_type(Lower *L, Type *sig)
{
	int n = sig->func.nparams + 1;
	LLVMTypeRef *ps = arena_alloc(&L->arena, sizeof(LLVMTypeRef) * (size_t)n);
	ps[0] = L->t_ptr;
	for (int i = 0; i < sig->func.nparams; i++)
		ps[i + 1] = lower_type(L, sig->func.params[i]);
	return LLVMFunctionType(lower_result_type(L, sig), ps, (unsigned)n, 0);
}

static const char *lit_name(Lower *L)
{
	LLVMValueRef parent = L->fn;
	int k = 0;
	for (; k < L->ncounters; k++)
		if (L->counters[k].parent == parent)
			break;
	if (k == L->ncounters) {
		if (L->ncounters >= 4096)
			diag_internal("too many functions with literals");
		L->counters[L->ncounters++] = (struct LitCounter){ parent, 0 };
	}
	int n = ++L->counters[k].n;
	const char *pn = LLVMGetValueName(parent);
	if (strcmp(pn, "main.init") == 0)
		return arena_printf(&L->arena, "main.glob..func%d", n);
	if (strstr(pn, ".func"))
		return arena_printf(&L->arena, "%s.%d", pn, n);
	return arena_printf(&L->arena, "%s.func%d", pn, n);
}

LLVMValueRef lower_func_lit(Lower *L, Node *n)
{
	FuncInfo *fi = check_func_info(n);
	if (!fi)
		diag_internal("func literal without FuncInfo");
	LLVMValueRef fn = LLVMAddFunction(L->mod, lit_name(L), lower_closure_fn_type(L, fi->sig));
	LLVMSetLinkage(fn, LLVMInternalLinkage);
	if (L->nlits == L->caplits) {
		int cap = L->caplits ? L->caplits * 2 : 16;
		L->lits = arena_realloc(&L->arena, L->lits, sizeof *L->lits * (size_t)L->caplits, sizeof *L->lits * (size_t)cap);
		L->caplits = cap;
	}
	L->lits[L->nlits++] = (struct PendingLit){ fi, fn };
	Type *et = env_type(L, fi);
	LLVMTypeRef elt = lower_type(L, et);
	LLVMValueRef env = lower_site(L, SITE_CLOSURE, et, NULL, "func literal", n->pos);
	lower_store(L, fn, env);
	for (int i = 0; i < fi->ncaptures; i++) {
		Symbol *s = fi->captures[i];
		LLVMValueRef addr = lower_var_addr(L, s);
		LLVMValueRef v = lower_capture_by_ref(s) ? addr : lower_load(L, s->type, addr);
		lower_store(L, v, LLVMBuildStructGEP2(L->b, elt, env, (unsigned)i + 1, ""));
	}
	return env;
}

void lower_bind_captures(Lower *L, FuncInfo *fi, LLVMValueRef env)
{
	Type *et = env_type(L, fi);
	LLVMTypeRef elt = lower_type(L, et);
	for (int i = 0; i < fi->ncaptures; i++) {
		Symbol *s = fi->captures[i];
		LLVMValueRef p = LLVMBuildStructGEP2(L->b, elt, env, (unsigned)i + 1, s->name);
		L->vars[s->id] = (VarSlot){ p, lower_capture_by_ref(s) };
	}
}

void lower_pending_lits(Lower *L)
{
	for (int i = 0; i < L->nlits; i++) {
		struct PendingLit pl = L->lits[i];
		lower_attach_func_md(L, pl.fn, pl.fi, LLVMGetValueName(pl.fn), pl.fi->node->pos);
		lower_body(L, pl.fn, pl.fi, pl.fi->node->func_lit.body, true);
	}
	L->nlits = 0;
}

/* Finishes wrapper w (builder b at its body): calls target (function tsym) with args, returns its
 * result, and makes the constant closure { w } named gname that stands for the wrapped function as a
 * value. */
static LLVMValueRef constant_closure(Lower *L, LLVMValueRef w, const char *gname);

static LLVMValueRef wrapper_closure(Lower *L, LLVMBuilderRef b, LLVMValueRef w, Symbol *tsym, LLVMValueRef target,
	LLVMValueRef *args, unsigned nargs, const char *gname)
{
	LLVMTypeRef tt = LLVMGlobalGetValueType(target);
	if (lower_calls_recover(tsym))
		lower_defer_forward(L, b, w, target);
	LLVMValueRef r = LLVMBuildCall2(b, tt, target, args, nargs, "");
	if (LLVMGetReturnType(tt) == L->t_void)
		LLVMBuildRetVoid(b);
	else
		LLVMBuildRet(b, r);
	LLVMDisposeBuilder(b);
	return constant_closure(L, w, gname);
}

/* The constant closure { w } named gname: the function w as a func value. */
static LLVMValueRef constant_closure(Lower *L, LLVMValueRef w, const char *gname)
{
	LLVMValueRef init = LLVMConstStructInContext(L->ctx, &w, 1, 0);
	LLVMValueRef g = LLVMAddGlobal(L->mod, LLVMTypeOf(init), gname);
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMInternalLinkage);
	return g;
}

/* The constant closure of a package-level function: { wrapper } with wrapper(ctx, args...). */
LLVMValueRef lower_func_value(Lower *L, Symbol *f)
{
	LLVMValueRef target = lower_func_decl_value(L, f);
	const char *tn = LLVMGetValueName(target);
	const char *gname = arena_printf(&L->arena, "%s$fv", tn);
	LLVMValueRef g = LLVMGetNamedGlobal(L->mod, gname);
	if (g)
		return g;
	LLVMTypeRef wt = lower_closure_fn_type(L, f->type);
	LLVMValueRef w = LLVMAddFunction(L->mod, arena_printf(&L->arena, "%s$wrap", tn), wt);
	LLVMSetLinkage(w, LLVMInternalLinkage);
	LLVMBuilderRef b = LLVMCreateBuilderInContext(L->ctx);
	LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(L->ctx, w, "entry"));
	unsigned n = LLVMCountParams(w);
	LLVMValueRef *args = arena_alloc(&L->arena, sizeof(LLVMValueRef) * n);
	for (unsigned i = 1; i < n; i++)
		args[i - 1] = LLVMGetParam(w, i);
	return wrapper_closure(L, b, w, f, target, args, n - 1, gname);
}

/* Calls func value fv (nil check, load the code pointer, pass fv as the context). */
LLVMValueRef lower_call_value(Lower *L, LLVMValueRef fv, Type *sig, LLVMValueRef *args, unsigned nargs)
{
	lower_nil_check(L, fv);
	LLVMValueRef code = LLVMBuildLoad2(L->b, L->t_ptr, fv, "code");
	if (L->defer_forward_from)
		lower_defer_forward(L, L->b, L->defer_forward_from, code);
	LLVMValueRef *all = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (nargs + 1));
	all[0] = fv;
	for (unsigned i = 0; i < nargs; i++)
		all[i + 1] = args[i];
	LLVMTypeRef ft = lower_closure_fn_type(L, sig);
	bool isvoid = LLVMGetReturnType(ft) == L->t_void;
	return LLVMBuildCall2(L->b, ft, code, all, nargs + 1, isvoid ? "" : "call");
}

/* Wrapper for a bound method value: wrapper(env, args...) with env = { wrapper, receiver }. */
static LLVMValueRef bound_wrapper(Lower *L, Node *n, LLVMTypeRef et, Type *sig)
{
	Selection *sel = n->sel;
	const char *name = arena_printf(&L->arena, "%s-fm", LLVMGetValueName(L->fn));
	LLVMValueRef f = LLVMAddFunction(L->mod, name, lower_closure_fn_type(L, sig));
	LLVMSetLinkage(f, LLVMInternalLinkage);
	LowerThunk saved = lower_thunk_begin(L, f);
	LLVMValueRef recv = LLVMBuildLoad2(L->b, LLVMStructGetTypeAtIndex(et, 1),
		LLVMBuildStructGEP2(L->b, et, LLVMGetParam(f, 0), 1, ""), "recv");
	unsigned np = LLVMCountParams(f);
	LLVMValueRef *args = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (np + 1));
	for (unsigned i = 1; i < np; i++)
		args[i] = LLVMGetParam(f, i);
	LLVMValueRef r;
	if (sel->kind == SEL_IFACE_METHOD) {
		if (lower_method_may_recover(L, n->selector.name->ident.name))
			L->defer_forward_from = f;
		r = lower_iface_call(L, recv, sig, sel->iface_index, args + 1, np - 1);
		L->defer_forward_from = NULL;
	} else {
		LLVMValueRef target = lower_func_decl_value(L, sel->method);
		args[0] = recv;
		if (lower_calls_recover(sel->method))
			lower_defer_forward(L, L->b, f, target);
		r = LLVMBuildCall2(L->b, LLVMGlobalGetValueType(target), target, args, np, "");
	}
	if (lower_result_type(L, sig) == L->t_void)
		LLVMBuildRetVoid(L->b);
	else
		LLVMBuildRet(L->b, r);
	lower_thunk_end(L, saved);
	return f;
}

/* x.M or i.M used as a value: a closure binding the receiver (evaluated now). */
LLVMValueRef lower_method_value(Lower *L, Node *n)
{
	Selection *sel = n->sel;
	Type *sig = type_underlying(n->type);
	LLVMValueRef recv = sel->kind == SEL_IFACE_METHOD ? lower_expr(L, n->selector.x) : lower_method_recv(L, n);
	if (sel->kind == SEL_IFACE_METHOD)
		lower_nil_check(L, LLVMBuildExtractValue(L->b, recv, 0, ""));
	LLVMTypeRef et = LLVMStructTypeInContext(L->ctx, (LLVMTypeRef[]){ L->t_ptr, LLVMTypeOf(recv) }, 2, 0);
	LLVMValueRef w = bound_wrapper(L, n, et, sig);
	Field fs[2] = { { "fn", type_new_pointer(type_basic(TY_UINT8)), false, 0, NULL, NULL },
		{ "recv", sel->kind == SEL_IFACE_METHOD ? n->selector.x->type
			: (sel->method->recv_ptr ? type_new_pointer(sel->method->recv_named) : sel->method->recv_named), false, 0, NULL, NULL } };
	Field *fp = arena_alloc(&L->arena, sizeof fs);
	memcpy(fp, fs, sizeof fs);
	Type *gt = type_new_struct(fp, 2);
	type_layout(gt);
	LLVMValueRef env = lower_site(L, SITE_CLOSURE, gt, NULL, ast_expr_text(&L->arena, n), n->pos);
	lower_store(L, w, LLVMBuildStructGEP2(L->b, et, env, 0, ""));
	lower_store(L, recv, LLVMBuildStructGEP2(L->b, et, env, 1, ""));
	return env;
}

/* T.M / (*T).M: a constant closure whose wrapper takes the receiver as its first argument. */
/* The receiver method m takes, from a method expression's first argument v (of type sel->recv):
 * through the embedded fields of sel->path, loading embedded pointers, then the value or its
 * address as m's receiver wants. A value argument is spilled to a plain alloca for the walk; its
 * address never reaches m, since a pointer method is promoted to a value only through an
 * embedded pointer. */
static LLVMValueRef mexpr_recv(Lower *L, LLVMBuilderRef b, Selection *sel, Symbol *m, LLVMValueRef v)
{
	Type *t = sel->recv;
	LLVMValueRef p;
	if (type_is_pointer(t)) {
		p = v;
		t = type_underlying(t)->pointer.elem;
	} else {
		if (sel->npath == 0)
			return v;
		p = LLVMBuildAlloca(b, lower_type(L, t), "mexpr.recv");
		LLVMBuildStore(b, v, p);
	}
	for (int i = 0; i < sel->npath; i++) {
		Type *st = type_underlying(t);
		p = LLVMBuildStructGEP2(b, lower_type(L, st), p, (unsigned)sel->path[i], "");
		t = st->strct.fields[sel->path[i]].type;
		if (type_is_pointer(t)) {
			p = LLVMBuildLoad2(b, L->t_ptr, p, "");
			t = type_underlying(t)->pointer.elem;
		}
	}
	return m->recv_ptr ? p : LLVMBuildLoad2(b, lower_type(L, t), p, "");
}

/* I.m for an interface type I: a func value whose first argument is the interface value, called
 * through its itab like x.m(...). */
static LLVMValueRef iface_method_expr(Lower *L, Node *n)
{
	Selection *sel = n->sel;
	Type *sig = type_underlying(n->type), *iu = type_underlying(sel->recv);
	const char *gname = arena_printf(&L->arena, "%s.%s$imexpr", type_string_link(sel->recv),
		n->selector.name->ident.name);
	LLVMValueRef g = LLVMGetNamedGlobal(L->mod, gname);
	if (g)
		return g;
	LLVMValueRef w = LLVMAddFunction(L->mod, arena_printf(&L->arena, "%s$wrap", gname), lower_closure_fn_type(L, sig));
	LLVMSetLinkage(w, LLVMInternalLinkage);
	LowerThunk saved = lower_thunk_begin(L, w);
	unsigned np = LLVMCountParams(w);
	LLVMValueRef *args = arena_alloc(&L->arena, sizeof(LLVMValueRef) * np);
	for (unsigned i = 2; i < np; i++)
		args[i - 2] = LLVMGetParam(w, i);
	Type *msig = iu->iface.methods[sel->iface_index].sig;
	if (lower_method_may_recover(L, n->selector.name->ident.name))
		L->defer_forward_from = w;
	LLVMValueRef r = lower_iface_call(L, LLVMGetParam(w, 1), msig, sel->iface_index, args, np - 2);
	L->defer_forward_from = NULL;
	if (msig->func.nresults == 0)
		LLVMBuildRetVoid(L->b);
	else
		LLVMBuildRet(L->b, r);
	lower_thunk_end(L, saved);
	return constant_closure(L, w, gname);
}

LLVMValueRef lower_method_expr(Lower *L, Node *n)
{
	if (n->sel->kind == SEL_IFACE_METHOD)
		return iface_method_expr(L, n);
	Symbol *m = n->sel->method;
	Type *sig = type_underlying(n->type);
	LLVMValueRef target = lower_func_decl_value(L, m);
	const char *gname = arena_printf(&L->arena, "%s$mexpr%s", LLVMGetValueName(target),
		type_is_pointer(n->sel->recv) ? "p" : "");
	LLVMValueRef g = LLVMGetNamedGlobal(L->mod, gname);
	if (g)
		return g;
	LLVMValueRef w = LLVMAddFunction(L->mod, arena_printf(&L->arena, "%s$wrap", gname), lower_closure_fn_type(L, sig));
	LLVMSetLinkage(w, LLVMInternalLinkage);
	LLVMBuilderRef b = LLVMCreateBuilderInContext(L->ctx);
	LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(L->ctx, w, "entry"));
	unsigned np = LLVMCountParams(w);
	LLVMValueRef *args = arena_alloc(&L->arena, sizeof(LLVMValueRef) * np);
	for (unsigned i = 1; i < np; i++)
		args[i - 1] = LLVMGetParam(w, i);
	args[0] = mexpr_recv(L, b, n->sel, m, args[0]);
	return wrapper_closure(L, b, w, m, target, args, np - 1, gname);
}
