/*
 * lower_iface.c: interface values: conversions (boxing at "box" sites), method calls through
 * itabs, type assertions, type switches, comparison, and panic(v).
 *
 * An interface is {type-or-itab, data} (abi.h). Converting a concrete value stores its TypeDesc
 * (empty interface) or its static Itab (non-empty) in the first word, and in the data word the
 * value itself for pointer-shaped types or a pointer to a box holding it. The dynamic type of a
 * non-empty interface is Itab.type (offset 8), read only when the itab is not null.
 */
#include <string.h>
#include "lower_internal.h"

static LLVMValueRef make_iface(Lower *L, LLVMValueRef w0, LLVMValueRef data)
{
	LLVMValueRef r = LLVMBuildInsertValue(L->b, LLVMGetUndef(L->t_iface), w0, 0, "");
	return LLVMBuildInsertValue(L->b, r, data, 1, "");
}

/* The dynamic type (TypeDesc pointer or null) of interface value v of type t. */
LLVMValueRef lower_iface_type(Lower *L, LLVMValueRef v, Type *t)
{
	LLVMValueRef w0 = LLVMBuildExtractValue(L->b, v, 0, "");
	if (type_is_empty_interface(t))
		return w0;
	LLVMValueRef isnil = LLVMBuildICmp(L->b, LLVMIntEQ, w0, LLVMConstNull(L->t_ptr), "");
	LLVMBasicBlockRef from = LLVMGetInsertBlock(L->b);
	LLVMBasicBlockRef load = lower_new_block(L, "itab.type"), done = lower_new_block(L, "itab.done");
	LLVMBuildCondBr(L->b, isnil, done, load);
	LLVMPositionBuilderAtEnd(L->b, load);
	LLVMValueRef tp = LLVMBuildGEP2(L->b, L->t_i8, w0, (LLVMValueRef[]){ LLVMConstInt(L->t_i64, 8, 0) }, 1, "");
	LLVMValueRef ty = LLVMBuildLoad2(L->b, L->t_ptr, tp, "dyntype");
	LLVMBuildBr(L->b, done);
	LLVMPositionBuilderAtEnd(L->b, done);
	LLVMValueRef phi = LLVMBuildPhi(L->b, L->t_ptr, "");
	LLVMAddIncoming(phi, (LLVMValueRef[]){ LLVMConstNull(L->t_ptr), ty }, (LLVMBasicBlockRef[]){ from, load }, 2);
	return phi;
}

/* Go's -m text of a boxed expression: a dereference of a dereference is parenthesised (`*(*p)`). */
static const char *box_text(Lower *L, Node *src)
{
	src = ast_unparen(src); /* Go's IR keeps no parentheses */
	Node *x = src->kind == ND_STAR ? ast_unparen(src->unary.x) : NULL;
	if (x && (x->kind == ND_STAR || x->kind == ND_UNARY))
		return arena_printf(&L->arena, "*(%s)", box_text(L, x));
	return ast_expr_text(&L->arena, src);
}

/* Converts value v of type from to interface type to. */
LLVMValueRef lower_to_iface(Lower *L, LLVMValueRef v, Type *from, Type *to, Node *src)
{
	if (from->kind == TY_UNTYPED_NIL)
		return LLVMConstNull(L->t_iface);
	if (type_is_interface(from)) {
		if (type_is_empty_interface(to))
			return make_iface(L, lower_iface_type(L, v, from), LLVMBuildExtractValue(L->b, v, 1, ""));
		if (type_is_empty_interface(from) || true) {
			/* assignable: the dynamic type implements `to`, or v is nil (canfail: no panic, a
			 * nil itab) */
			LLVMValueRef ty = lower_iface_type(L, v, from);
			LLVMValueRef a[4] = { lower_typedesc(L, to), ty, lower_typedesc(L, from), LLVMConstInt(L->t_i32, 1, 0) };
			LLVMValueRef isnil = LLVMBuildICmp(L->b, LLVMIntEQ, ty, LLVMConstNull(L->t_ptr), "");
			LLVMValueRef itab = lower_rt(L, RT_rt_getitab, a, 4);
			itab = LLVMBuildSelect(L->b, isnil, LLVMConstNull(L->t_ptr), itab, "");
			return make_iface(L, itab, LLVMBuildExtractValue(L->b, v, 1, ""));
		}
	}
	if (from->kind == TY_UNTYPED_BOOL || from->kind == TY_UNTYPED_INT || from->kind == TY_UNTYPED_RUNE
		|| from->kind == TY_UNTYPED_FLOAT || from->kind == TY_UNTYPED_STRING)
		from = type_default(from);
	LLVMValueRef w0 = type_is_empty_interface(to) ? lower_typedesc(L, from) : lower_itab(L, to, from);
	LLVMValueRef data;
	if (lower_is_direct(from)) {
		data = v;
	} else {
		const char *text = src ? box_text(L, src) : "";
		Pos at = L->box_pos ? *L->box_pos : src ? src->pos : POS_NONE;
		data = lower_site(L, SITE_BOX, from, NULL, text, at);
		lower_store(L, v, data);
	}
	return make_iface(L, w0, data);
}

/* Calls interface method slot i of interface value v with args (receiver data word first). */
LLVMValueRef lower_iface_call(Lower *L, LLVMValueRef v, Type *sig, int slot, LLVMValueRef *args, unsigned n)
{
	LLVMValueRef itab = LLVMBuildExtractValue(L->b, v, 0, "itab");
	lower_nil_check(L, itab);
	LLVMValueRef fp = LLVMBuildGEP2(L->b, L->t_i8, itab,
		(LLVMValueRef[]){ LLVMConstInt(L->t_i64, 16 + 8 * (unsigned long long)slot, 0) }, 1, "");
	LLVMValueRef fn = LLVMBuildLoad2(L->b, L->t_ptr, fp, "method");
	if (L->defer_forward_from)
		lower_defer_forward(L, L->b, L->defer_forward_from, fn);
	LLVMValueRef *all = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (n + 1));
	all[0] = LLVMBuildExtractValue(L->b, v, 1, "data");
	for (unsigned i = 0; i < n; i++)
		all[i + 1] = args[i];
	LLVMTypeRef ft = lower_closure_fn_type(L, sig);
	bool isvoid = LLVMGetReturnType(ft) == L->t_void;
	return LLVMBuildCall2(L->b, ft, fn, all, n + 1, isvoid ? "" : "call");
}

/* The value of type t held in interface data word `data` (the type already matched). */
static LLVMValueRef unbox(Lower *L, LLVMValueRef data, Type *t)
{
	if (lower_is_direct(t))
		return data;
	return lower_load(L, t, data);
}

/* Test of interface value v (type it) against target type t: sets *ok and *val (valid if ok). */
static void assert_test(Lower *L, LLVMValueRef v, Type *it, Type *t, LLVMValueRef *ok, LLVMValueRef *itab_out)
{
	LLVMValueRef ty = lower_iface_type(L, v, it);
	if (!type_is_interface(t)) {
		*ok = LLVMBuildICmp(L->b, LLVMIntEQ, ty, lower_typedesc(L, t), "");
		*itab_out = ty;
		return;
	}
	if (type_is_empty_interface(t)) {
		*ok = LLVMBuildICmp(L->b, LLVMIntNE, ty, LLVMConstNull(L->t_ptr), "");
		*itab_out = ty;
		return;
	}
	LLVMValueRef isnil = LLVMBuildICmp(L->b, LLVMIntEQ, ty, LLVMConstNull(L->t_ptr), "");
	LLVMValueRef a[4] = { lower_typedesc(L, t), ty, lower_typedesc(L, it), LLVMConstInt(L->t_i32, 1, 0) };
	LLVMValueRef itab = lower_rt(L, RT_rt_getitab, a, 4);
	itab = LLVMBuildSelect(L->b, isnil, LLVMConstNull(L->t_ptr), itab, "");
	*ok = LLVMBuildICmp(L->b, LLVMIntNE, itab, LLVMConstNull(L->t_ptr), "");
	*itab_out = itab;
}

static LLVMValueRef assert_value(Lower *L, LLVMValueRef v, Type *t, LLVMValueRef w0)
{
	LLVMValueRef data = LLVMBuildExtractValue(L->b, v, 1, "");
	if (type_is_interface(t))
		return make_iface(L, w0, data);
	return unbox(L, data, t);
}

/* x.(T); with commaok a {T, bool} struct value, else panics on failure. */
LLVMValueRef lower_type_assert(Lower *L, Node *n, bool commaok)
{
	Node *x = n->assert.x;
	Type *t = n->type;
	LLVMValueRef v = lower_expr(L, x);
	LLVMValueRef ok, w0;
	assert_test(L, v, x->type, t, &ok, &w0);
	LLVMTypeRef lt = lower_type(L, t);
	LLVMBasicBlockRef from = LLVMGetInsertBlock(L->b);
	LLVMBasicBlockRef yes = lower_new_block(L, "assert.ok"), no = lower_new_block(L, "assert.fail");
	LLVMBasicBlockRef done = lower_new_block(L, "assert.done");
	LLVMBuildCondBr(L->b, ok, yes, no);
	LLVMPositionBuilderAtEnd(L->b, no);
	if (!commaok && type_is_interface(t) && !type_is_empty_interface(t)) {
		/* rt_getitab without canfail panics with Go's "missing method" message */
		LLVMValueRef a[4] = { lower_typedesc(L, t), lower_iface_type(L, v, x->type), lower_typedesc(L, x->type),
			LLVMConstInt(L->t_i32, 0, 0) };
		lower_rt(L, RT_rt_getitab, a, 4);
		LLVMValueRef b[3] = { LLVMConstNull(L->t_ptr), lower_typedesc(L, t), lower_typedesc(L, x->type) };
		lower_rt(L, RT_rt_panic_assert, b, 3);
		LLVMBuildUnreachable(L->b);
	} else if (!commaok) {
		LLVMValueRef a[3] = { lower_iface_type(L, v, x->type), lower_typedesc(L, t), lower_typedesc(L, x->type) };
		lower_rt(L, RT_rt_panic_assert, a, 3);
		LLVMBuildUnreachable(L->b);
	} else {
		LLVMBuildBr(L->b, done);
	}
	(void)from;
	LLVMPositionBuilderAtEnd(L->b, yes);
	LLVMValueRef val = assert_value(L, v, t, w0);
	LLVMBasicBlockRef yes_end = LLVMGetInsertBlock(L->b);
	LLVMBuildBr(L->b, done);
	LLVMPositionBuilderAtEnd(L->b, done);
	LLVMValueRef phi = LLVMBuildPhi(L->b, lt, "");
	if (!commaok) {
		LLVMAddIncoming(phi, &val, &yes_end, 1);
		return phi;
	}
	LLVMAddIncoming(phi, (LLVMValueRef[]){ val, LLVMConstNull(lt) }, (LLVMBasicBlockRef[]){ yes_end, no }, 2);
	LLVMValueRef okphi = LLVMBuildPhi(L->b, L->t_i1, "");
	LLVMAddIncoming(okphi, (LLVMValueRef[]){ lower_bool_const(L, true), lower_bool_const(L, false) },
		(LLVMBasicBlockRef[]){ yes_end, no }, 2);
	LLVMTypeRef st = LLVMStructTypeInContext(L->ctx, (LLVMTypeRef[]){ lt, L->t_i1 }, 2, 0);
	LLVMValueRef r = LLVMBuildInsertValue(L->b, LLVMGetUndef(st), phi, 0, "");
	return LLVMBuildInsertValue(L->b, r, okphi, 1, "");
}

/* Interface == interface (both already interface values of type t). */
LLVMValueRef lower_iface_eq(Lower *L, LLVMValueRef x, LLVMValueRef y, Type *t)
{
	LLVMValueRef a[4] = { lower_iface_type(L, x, t), LLVMBuildExtractValue(L->b, x, 1, ""),
		lower_iface_type(L, y, t), LLVMBuildExtractValue(L->b, y, 1, "") };
	LLVMValueRef r = lower_rt(L, RT_rt_eface_eq, a, 4);
	return LLVMBuildICmp(L->b, LLVMIntNE, r, LLVMConstNull(L->t_i32), "");
}

/* Type switch: each clause tests its types in order; nil matches a nil interface. */
void lower_type_switch(Lower *L, Node *n)
{
	const char *label = lower_take_label(L);
	if (n->switch_stmt.init)
		lower_stmt(L, n->switch_stmt.init);
	Node *x = n->switch_stmt.tag->assert.x;
	LLVMValueRef v = lower_expr(L, x);
	int nc = n->switch_stmt.clauses.len;
	LLVMBasicBlockRef done = lower_new_block(L, "tswitch.end"), deflt = done;
	int dflt_i = -1;
	LLVMBasicBlockRef *bodies = arena_alloc(&L->arena, sizeof(LLVMBasicBlockRef) * (size_t)(nc + 1));
	for (int i = 0; i < nc; i++) {
		bodies[i] = lower_new_block(L, "tcase");
		if (n->switch_stmt.clauses.items[i]->case_clause.is_default) {
			deflt = bodies[i];
			dflt_i = i;
		}
	}
	/* per clause with a single type, the matching w0 (type or itab) for the bound variable */
	LLVMValueRef *w0s = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(nc + 1));
	LLVMBasicBlockRef *tests = arena_alloc(&L->arena, sizeof(LLVMBasicBlockRef) * (size_t)(nc + 1));
	for (int i = 0; i < nc; i++) {
		Node *cc = n->switch_stmt.clauses.items[i];
		for (int j = 0; j < cc->case_clause.exprs.len; j++) {
			Node *e = cc->case_clause.exprs.items[j];
			LLVMValueRef ok, w0;
			if (e->kind == ND_IDENT && e->sym && e->sym->kind == SYM_NIL) {
				ok = LLVMBuildICmp(L->b, LLVMIntEQ, LLVMBuildExtractValue(L->b, v, 0, ""), LLVMConstNull(L->t_ptr), "");
				w0 = NULL;
			} else {
				assert_test(L, v, x->type, e->type, &ok, &w0);
			}
			LLVMBasicBlockRef hit = bodies[i];
			if (cc->case_clause.exprs.len == 1 && w0) {
				hit = lower_new_block(L, "tcase.hit");
				w0s[i] = w0;
				tests[i] = hit;
			}
			LLVMBasicBlockRef next = lower_new_block(L, "tcase.next");
			LLVMBuildCondBr(L->b, ok, hit, next);
			if (hit != bodies[i]) {
				LLVMPositionBuilderAtEnd(L->b, hit);
				LLVMBuildBr(L->b, bodies[i]);
			}
			LLVMPositionBuilderAtEnd(L->b, next);
		}
	}
	LLVMBuildBr(L->b, deflt);
	(void)dflt_i;
	lower_push_target(L, label, done, NULL);
	for (int i = 0; i < nc; i++) {
		Node *cc = n->switch_stmt.clauses.items[i];
		LLVMPositionBuilderAtEnd(L->b, bodies[i]);
		if (cc->sym) {
			Type *bt = cc->sym->type;
			LLVMValueRef bv;
			if (w0s[i] && cc->case_clause.exprs.len == 1 && !type_is_interface(bt))
				bv = unbox(L, LLVMBuildExtractValue(L->b, v, 1, ""), bt);
			else if (w0s[i] && type_is_interface(bt) && !type_is_interface(x->type))
				bv = v;
			else if (w0s[i] && type_is_interface(bt))
				bv = type_identical(bt, x->type) ? v : make_iface(L, w0s[i], LLVMBuildExtractValue(L->b, v, 1, ""));
			else
				bv = type_identical(bt, x->type) ? v : lower_to_iface(L, v, x->type, bt, NULL);
			lower_declare_var(L, cc->sym, bv, cc->pos);
		}
		for (int j = 0; j < cc->case_clause.body.len; j++)
			lower_stmt(L, cc->case_clause.body.items[j]);
		lower_br(L, done);
	}
	L->ntargets--;
	LLVMPositionBuilderAtEnd(L->b, done);
}

typedef struct {
	Pos last;
} PanicPosWalk;

static bool panic_pos_visit(Node *n, void *ctx)
{
	PanicPosWalk *w = ctx;
	if (n->kind == ND_PAREN || n->kind == ND_KEY_VALUE)
		return true;
	if (!ast_is_expr(n) || n->mode == MODE_TYPEXPR || n->cval || !n->type || (n->sym && n->sym->kind == SYM_BUILTIN))
		return false;
	w->last = n->pos;
	return n->kind != ND_FUNC_LIT;
}

/* Where Go 1.19 reports the boxing of panic's argument: its compiler converts it after building the
 * whole call, at the position of the last expression it built (a pre-order walk of the argument
 * that skips constants, types and builtins), or at the call's '(' when there is none. */
static Pos panic_box_pos(Node *call)
{
	PanicPosWalk w = { call->pos };
	ast_walk(call->call.args.items[0], panic_pos_visit, &w);
	return w.last;
}

/* The argument of panic call `call` as an empty interface value (boxed if need be). */
LLVMValueRef lower_panic_arg(Lower *L, Node *call)
{
	Node *arg = call->call.args.items[0];
	Type *efc = type_new_interface(NULL, 0, NULL, 0);
	const char *dup;
	type_iface_complete(efc, &dup);
	LLVMValueRef v = lower_expr(L, arg);
	if (!type_is_interface(arg->type) || !type_is_empty_interface(arg->type)) {
		Pos at = panic_box_pos(call);
		const Pos *saved = L->box_pos;
		L->box_pos = &at;
		v = lower_to_iface(L, v, arg->type, efc, arg);
		L->box_pos = saved;
	}
	return v;
}

/* Panics with the empty interface value v; the code after it is unreachable. */
void lower_panic_value(Lower *L, LLVMValueRef v)
{
	LLVMValueRef a[2] = { LLVMBuildExtractValue(L->b, v, 0, ""), LLVMBuildExtractValue(L->b, v, 1, "") };
	lower_rt(L, RT_rt_panic, a, 2);
	LLVMBuildUnreachable(L->b);
	LLVMPositionBuilderAtEnd(L->b, lower_new_block(L, "after.panic"));
}

/* panic(v): v converted to interface{}, handed to rt_panic. */
void lower_panic(Lower *L, Node *call)
{
	lower_panic_value(L, lower_panic_arg(L, call));
}
