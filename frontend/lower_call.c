/*
 * lower_call.c: calls of package-level functions and methods, conversions, and builtins.
 *
 * A call of a Go function passes each argument converted to its parameter type (variadic calls
 * build the `... argument` slice as a site); multiple results come back as one LLVM struct, which
 * the assignment code takes apart. println/print call rt_print_* per argument by its type, with
 * rt_print_space between println's arguments and rt_print_nl at the end.
 */
#include <string.h>
#include <stdint.h>
#include "lower_internal.h"

static void print_value(Lower *L, LLVMValueRef v, Type *t, Pos pos)
{
	Type *u = type_underlying(t);
	if (type_is_boolean(u)) {
		lower_rt(L, RT_rt_print_bool, (LLVMValueRef[]){ LLVMBuildZExt(L->b, v, L->t_i32, "") }, 1);
	} else if (type_is_integer(u)) {
		LLVMValueRef w = lower_int64(L, v, u);
		lower_rt(L, type_is_unsigned(u) ? RT_rt_print_uint : RT_rt_print_int, &w, 1);
	} else if (type_is_float(u)) {
		LLVMValueRef d = LLVMTypeOf(v) == L->t_f64 ? v : LLVMBuildFPExt(L->b, v, L->t_f64, "");
		lower_rt(L, RT_rt_print_float, &d, 1);
	} else if (type_is_string(u)) {
		LLVMValueRef a[2] = { LLVMBuildExtractValue(L->b, v, 0, ""), LLVMBuildExtractValue(L->b, v, 1, "") };
		lower_rt(L, RT_rt_print_string, a, 2);
	} else if (u->kind == TY_POINTER || u->kind == TY_MAP || u->kind == TY_FUNC || u->kind == TY_UNTYPED_NIL) {
		lower_rt(L, RT_rt_print_pointer, &v, 1);
	} else if (u->kind == TY_SLICE) {
		LLVMValueRef a[3];
		for (unsigned i = 0; i < 3; i++)
			a[i] = LLVMBuildExtractValue(L->b, v, i, "");
		lower_rt(L, RT_rt_print_slice, a, 3);
	} else if (u->kind == TY_INTERFACE) {
		LLVMValueRef a[2] = { LLVMBuildExtractValue(L->b, v, 0, ""), LLVMBuildExtractValue(L->b, v, 1, "") };
		lower_rt(L, type_is_empty_interface(u) ? RT_rt_print_eface : RT_rt_print_iface, a, 2);
	} else {
		lower_unsupported(L, pos, "printing this type");
	}
}

static bool has_call_visit(Node *n, void *ctx)
{
	bool *found = ctx;
	if (n->kind == ND_FUNC_LIT)
		return false;
	if (n->kind == ND_CALL) {
		Node *f = ast_unparen(n->call.fun);
		bool conv = f->mode == MODE_TYPEXPR;
		bool cheap = f->sym && f->sym->kind == SYM_BUILTIN
			&& (f->sym->builtin == BUILTIN_LEN || f->sym->builtin == BUILTIN_CAP);
		if (!conv && !cheap)
			*found = true;
	}
	return !*found;
}

/* gc evaluates the arguments that make calls first (into temporaries), then the others. */
static void eval_args_gc_order(Lower *L, Node *call, LLVMValueRef *vals)
{
	int n = call->call.args.len;
	bool *calls = arena_alloc(&L->arena, sizeof(bool) * (size_t)(n + 1));
	for (int i = 0; i < n; i++) {
		if (call->call.args.items[i]->mode == MODE_CONSTANT)
			continue;
		ast_walk(call->call.args.items[i], has_call_visit, &calls[i]);
		if (calls[i])
			vals[i] = lower_expr(L, call->call.args.items[i]);
	}
	for (int i = 0; i < n; i++)
		if (!calls[i])
			vals[i] = lower_expr(L, call->call.args.items[i]);
}

static void lower_print(Lower *L, Node *n, bool ln)
{
	Node *a0 = n->call.args.len == 1 ? n->call.args.items[0] : NULL;
	if (a0 && a0->type && a0->type->kind == TY_TUPLE) {
		LLVMValueRef tup = lower_expr(L, a0);
		for (int i = 0; i < a0->type->tuple.n; i++) {
			if (ln && i > 0)
				lower_rt(L, RT_rt_print_space, NULL, 0);
			print_value(L, LLVMBuildExtractValue(L->b, tup, (unsigned)i, ""), a0->type->tuple.elems[i], a0->pos);
		}
		if (ln)
			lower_rt(L, RT_rt_print_nl, NULL, 0);
		return;
	}
	LLVMValueRef *vals = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(n->call.args.len + 1));
	eval_args_gc_order(L, n, vals);
	lower_print_values(L, n, vals, ln);
}

/* print/println of already evaluated arguments (the values of call's arguments). */
void lower_print_values(Lower *L, Node *call, LLVMValueRef *vals, bool ln)
{
	for (int i = 0; i < call->call.args.len; i++) {
		if (ln && i > 0)
			lower_rt(L, RT_rt_print_space, NULL, 0);
		print_value(L, vals[i], call->call.args.items[i]->type, call->call.args.items[i]->pos);
	}
	if (ln)
		lower_rt(L, RT_rt_print_nl, NULL, 0);
}

static LLVMValueRef i64c(Lower *L, int64_t v)
{
	return LLVMConstInt(L->t_i64, (unsigned long long)v, 0);
}

static LLVMValueRef lower_len_cap(Lower *L, Node *n, bool is_cap)
{
	Node *x = n->call.args.items[0];
	Type *u = type_underlying(x->type);
	if (u->kind == TY_POINTER)
		u = type_underlying(u->pointer.elem);
	if (u->kind == TY_ARRAY)
		return i64c(L, u->array.len);
	LLVMValueRef v = lower_expr(L, x);
	if (u->kind == TY_STRING || u->kind == TY_SLICE)
		return LLVMBuildExtractValue(L->b, v, is_cap ? 2 : 1, "");
	if (u->kind == TY_MAP)
		return lower_rt(L, RT_rt_map_len, &v, 1);
	lower_unsupported(L, n->pos, "len/cap of this type");
	return i64c(L, 0);
}

/* make([]T, len[, cap]): a make_slice site of cap elements. */
static LLVMValueRef lower_make(Lower *L, Node *n)
{
	Type *t = n->type, *u = type_underlying(t);
	if (u->kind == TY_MAP)
		return lower_make_map(L, n, n->call.args.len > 1 ? n->call.args.items[1] : NULL);
	if (u->kind != TY_SLICE) {
		lower_unsupported(L, n->pos, "make of this type");
		return LLVMGetUndef(lower_type(L, t));
	}
	Node *ln = n->call.args.items[1];
	LLVMValueRef len = lower_int64(L, lower_expr(L, ln), ln->type);
	LLVMValueRef cap = len;
	if (n->call.args.len > 2) {
		Node *cn = n->call.args.items[2];
		cap = lower_int64(L, lower_expr(L, cn), cn->type);
	}
	/* Go's makeslice: a negative length or one whose bytes pass maxAlloc (1 << 48) is "len out of
	 * range"; then a capacity that is negative, too large or below the length is "cap out of range".
	 * Compared unsigned, a negative value is too large. */
	Type *et = u->slice.elem;
	int64_t esz = type_size(et);
	LLVMValueRef maxe = i64c(L, esz > 0 ? ((int64_t)1 << 48) / esz : INT64_MAX);
	LLVMValueRef bad = LLVMBuildICmp(L->b, LLVMIntUGT, len, maxe, "");
	lower_panic_if(L, bad, RT_rt_panic_makeslice, (LLVMValueRef[]){ LLVMConstInt(L->t_i32, 0, 0) }, 1);
	bad = LLVMBuildOr(L->b, LLVMBuildICmp(L->b, LLVMIntUGT, cap, maxe, ""),
		LLVMBuildICmp(L->b, LLVMIntSGT, len, cap, ""), "");
	lower_panic_if(L, bad, RT_rt_panic_makeslice, (LLVMValueRef[]){ LLVMConstInt(L->t_i32, 1, 0) }, 1);
	LLVMValueRef size = LLVMBuildMul(L->b, cap, i64c(L, type_size(et)), "");
	Type *at = type_new_array(et, 1);
	LLVMValueRef p = lower_site(L, SITE_MAKE_SLICE, at, size, ast_expr_text(&L->arena, n), n->pos);
	/* the size is the capacity's: make([]T, n, 8) is a constant-size site, as Go sees it */
	bool dynamic = n->call.args.len > 2 ? !n->call.args.items[2]->cval : !ln->cval;
	if (dynamic && LLVMIsACallInst(p)) /* site.h rule 8 */
		LLVMSetMetadata(p, LLVMGetMDKindIDInContext(L->ctx, "llgo.dynsize", 12),
			LLVMMetadataAsValue(L->ctx, LLVMMDNodeInContext2(L->ctx, NULL, 0)));
	LLVMValueRef r = LLVMBuildInsertValue(L->b, LLVMGetUndef(L->t_slice), p, 0, "");
	r = LLVMBuildInsertValue(L->b, r, len, 1, "");
	return LLVMBuildInsertValue(L->b, r, cap, 2, "");
}

/* append(s, elems...) / append(s, t...): grow through rt_growslice when needed, then store. */
/* memmove of n bytes; pointer-free element bytes carry !llgo.noscan so the escape pass adds no flow
 * for them (site.h, rule 4). */
static void lower_memmove(Lower *L, LLVMValueRef dst, LLVMValueRef src, LLVMValueRef bytes, Type *elem)
{
	LLVMValueRef mv = LLVMBuildMemMove(L->b, dst, 1, src, 1, bytes);
	if (!type_has_pointers(elem))
		LLVMSetMetadata(mv, LLVMGetMDKindIDInContext(L->ctx, "llgo.noscan", 11),
			LLVMMetadataAsValue(L->ctx, LLVMMDNodeInContext2(L->ctx, NULL, 0)));
}

static LLVMValueRef lower_append(Lower *L, Node *n)
{
	Type *u = type_underlying(n->type);
	Type *et = u->slice.elem;
	LLVMTypeRef elt = lower_type(L, et);
	int64_t esz = type_size(et);
	LLVMValueRef s = lower_expr(L, n->call.args.items[0]);
	int nextra = n->call.args.len - 1;
	LLVMValueRef src = NULL, addn;
	LLVMValueRef *vals = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(nextra + 1));
	if (n->call.has_dots) {
		Node *a = n->call.args.items[1];
		src = lower_expr(L, a);
		addn = LLVMBuildExtractValue(L->b, src, 1, "");
	} else {
		for (int i = 0; i < nextra; i++)
			vals[i] = lower_expr_to(L, n->call.args.items[i + 1], et);
		addn = i64c(L, nextra);
	}
	LLVMValueRef ptr = LLVMBuildExtractValue(L->b, s, 0, ""), len = LLVMBuildExtractValue(L->b, s, 1, "");
	LLVMValueRef cap = LLVMBuildExtractValue(L->b, s, 2, "");
	LLVMValueRef newlen = LLVMBuildAdd(L->b, len, addn, "");
	LLVMBasicBlockRef from = LLVMGetInsertBlock(L->b);
	LLVMBasicBlockRef grow = lower_new_block(L, "grow"), done = lower_new_block(L, "append");
	LLVMBuildCondBr(L->b, LLVMBuildICmp(L->b, LLVMIntUGT, newlen, cap, ""), grow, done);
	LLVMPositionBuilderAtEnd(L->b, grow);
	LLVMValueRef ga[5] = { ptr, len, cap, newlen, i64c(L, esz) };
	LLVMValueRef span = lower_rt(L, type_has_pointers(et) ? RT_rt_growslice_ptr : RT_rt_growslice, ga, 5);
	LLVMValueRef gp = LLVMBuildExtractValue(L->b, span, 0, ""), gc = LLVMBuildExtractValue(L->b, span, 1, "");
	LLVMBuildBr(L->b, done);
	LLVMPositionBuilderAtEnd(L->b, done);
	LLVMValueRef p = LLVMBuildPhi(L->b, L->t_ptr, ""), c = LLVMBuildPhi(L->b, L->t_i64, "");
	LLVMAddIncoming(p, (LLVMValueRef[]){ ptr, gp }, (LLVMBasicBlockRef[]){ from, grow }, 2);
	LLVMAddIncoming(c, (LLVMValueRef[]){ cap, gc }, (LLVMBasicBlockRef[]){ from, grow }, 2);
	LLVMValueRef dst = LLVMBuildGEP2(L->b, elt, p, &len, 1, "");
	if (src) {
		LLVMValueRef bytes = LLVMBuildMul(L->b, addn, i64c(L, esz), "");
		lower_memmove(L, dst, LLVMBuildExtractValue(L->b, src, 0, ""), bytes, et);
	} else {
		for (int i = 0; i < nextra; i++) {
			LLVMValueRef ix = i64c(L, i);
			lower_store(L, vals[i], LLVMBuildGEP2(L->b, elt, dst, &ix, 1, ""));
		}
	}
	LLVMValueRef r = LLVMBuildInsertValue(L->b, LLVMGetUndef(L->t_slice), p, 0, "");
	r = LLVMBuildInsertValue(L->b, r, newlen, 1, "");
	return LLVMBuildInsertValue(L->b, r, c, 2, "");
}

/* copy(dst, src) of the evaluated operands (src a slice or a string), elem dst's element type:
 * moves min(len(dst), len(src)) elements and returns that count. */
LLVMValueRef lower_copy_values(Lower *L, LLVMValueRef dv, LLVMValueRef sv, Type *elem)
{
	LLVMValueRef dl = LLVMBuildExtractValue(L->b, dv, 1, ""), sl = LLVMBuildExtractValue(L->b, sv, 1, "");
	LLVMValueRef lt = LLVMBuildICmp(L->b, LLVMIntSLT, dl, sl, "");
	LLVMValueRef m = LLVMBuildSelect(L->b, lt, dl, sl, "");
	LLVMValueRef bytes = LLVMBuildMul(L->b, m, i64c(L, type_size(elem)), "");
	lower_memmove(L, LLVMBuildExtractValue(L->b, dv, 0, ""), LLVMBuildExtractValue(L->b, sv, 0, ""), bytes, elem);
	return m;
}

static LLVMValueRef lower_copy(Lower *L, Node *n)
{
	Node *d = n->call.args.items[0], *s = n->call.args.items[1];
	LLVMValueRef dv = lower_expr(L, d), sv = lower_expr(L, s);
	return lower_copy_values(L, dv, sv, type_underlying(d->type)->slice.elem);
}

static LLVMValueRef lower_minmax(Lower *L, Node *n, bool is_min)
{
	Type *t = n->type;
	LLVMValueRef acc = lower_expr(L, n->call.args.items[0]);
	for (int i = 1; i < n->call.args.len; i++) {
		LLVMValueRef v = lower_expr(L, n->call.args.items[i]);
		LLVMValueRef c = lower_binary_values(L, is_min ? TK_LSS : TK_GTR, v, acc, t, t, n->pos);
		acc = LLVMBuildSelect(L->b, c, v, acc, "");
	}
	return acc;
}

static LLVMValueRef lower_new(Lower *L, Node *n)
{
	Type *pt = type_underlying(n->type);
	Type *et = pt->pointer.elem;
	return lower_site(L, SITE_NEW, et, NULL, ast_expr_text(&L->arena, n), n->pos);
}

static LLVMValueRef lower_builtin(Lower *L, Node *n, BuiltinKind k)
{
	switch (k) {
	case BUILTIN_PRINT: lower_print(L, n, false); return NULL;
	case BUILTIN_PRINTLN: lower_print(L, n, true); return NULL;
	case BUILTIN_LEN: return lower_len_cap(L, n, false);
	case BUILTIN_CAP: return lower_len_cap(L, n, true);
	case BUILTIN_MAKE: return lower_make(L, n);
	case BUILTIN_APPEND: return lower_append(L, n);
	case BUILTIN_COPY: return lower_copy(L, n);
	case BUILTIN_MIN: return lower_minmax(L, n, true);
	case BUILTIN_MAX: return lower_minmax(L, n, false);
	case BUILTIN_NEW: return lower_new(L, n);
	case BUILTIN_PANIC: lower_panic(L, n); return NULL;
	case BUILTIN_DELETE: lower_map_delete(L, n); return NULL;
	case BUILTIN_CLEAR: lower_clear(L, n); return NULL;
	case BUILTIN_RECOVER: {
		LLVMValueRef direct = L->recover_direct ? L->recover_direct : LLVMConstInt(L->t_i32, 0, 0);
		return lower_rt(L, RT_rt_recover, &direct, 1);
	}
	case BUILTIN_COMPLEX: case BUILTIN_REAL: case BUILTIN_IMAG: case BUILTIN__COUNT: case BUILTIN_NONE:
		break;
	}
	lower_unsupported(L, n->pos, arena_printf(&L->arena, "builtin %s", builtin_name(k)));
	return n->type && n->mode != MODE_NOVALUE ? LLVMGetUndef(lower_type(L, n->type)) : NULL;
}

static LLVMValueRef lower_conversion(Lower *L, Node *n)
{
	Node *x = n->call.args.items[0];
	Type *to = n->type, *tu = type_underlying(to), *fu = type_underlying(x->type);
	if (type_is_interface(tu))
		return lower_expr_to(L, x, to);
	if ((type_is_string(tu) && !type_is_string(fu)) || (tu->kind == TY_SLICE && type_is_string(fu)))
		return lower_alloc_conversion(L, n);
	return lower_convert_value(L, lower_expr(L, x), x->type, to, n->pos);
}

/* Where Go 1.19 reports the implicit boxing of argument x, given the position `at` it reported for
 * the argument before (the call's '(' for the first): an expression at its own position, a variable
 * (already typechecked, so Go's current position does not move) where the last expression was. */
static Pos box_pos_of_arg(Node *x, Pos at)
{
	Node *u = ast_unparen(x);
	return u->kind == ND_IDENT && !u->cval ? at : u->pos;
}

/* The slice value of a `... argument` array p holding nv elements. */
static LLVMValueRef lower_variadic_slice(Lower *L, LLVMValueRef p, int nv)
{
	LLVMValueRef r = LLVMConstNull(L->t_slice);
	r = LLVMBuildInsertValue(L->b, r, p, 0, "");
	r = LLVMBuildInsertValue(L->b, r, i64c(L, nv), 1, "");
	return LLVMBuildInsertValue(L->b, r, i64c(L, nv), 2, "");
}

/* Result i of call g, or of comma-ok expression g, (its values in tup) as a value of type `to` (NULL:
 * unchanged), boxed at `at`: Go boxes the temporaries it assigns g's results to, and reports them at
 * the outer call's '(' for f(g()), at g's '(' for return g() and var a, b T = g(), at the last
 * target for a, b = g(). */
LLVMValueRef lower_tuple_elem_to(Lower *L, LLVMValueRef tup, Node *g, int i, Type *to, Pos at)
{
	LLVMValueRef v = LLVMBuildExtractValue(L->b, tup, (unsigned)i, "");
	Type *from = g->mode == MODE_COMMAOK ? (i == 0 ? g->type : type_basic(TY_BOOL)) : g->type->tuple.elems[i];
	if (!to || !type_is_interface(to) || (type_is_interface(from) && type_identical(type_underlying(from), type_underlying(to))))
		return v;
	const Pos *saved = L->box_pos;
	L->box_pos = &at;
	/* Go converts a comma-ok value after its escape analysis, and reports nothing: no text */
	v = lower_to_iface(L, v, from, to, g->mode == MODE_COMMAOK ? NULL : g);
	L->box_pos = saved;
	return v;
}

/* f(g()): g's results are f's arguments, each converted to its parameter's type, those past a
 * variadic f's fixed parameters in its `... argument`. */
static unsigned lower_call_tuple_args(Lower *L, Node *n, Type *sig, LLVMValueRef *out)
{
	Node *g = n->call.args.items[0];
	LLVMValueRef tup = lower_expr(L, g);
	int np = sig->func.nparams;
	bool variadic = sig->func.variadic && !n->call.has_dots;
	int fixed = variadic ? np - 1 : np;
	unsigned k = 0;
	for (int i = 0; i < fixed; i++)
		out[k++] = lower_tuple_elem_to(L, tup, g, i, sig->func.params[i], n->pos);
	if (!variadic)
		return k;
	Type *et = type_underlying(sig->func.params[np - 1])->slice.elem;
	int nv = g->type->tuple.n - fixed;
	if (nv <= 0) {
		out[k++] = LLVMConstNull(L->t_slice);
		return k;
	}
	LLVMValueRef p = lower_site(L, SITE_VARIADIC, type_new_array(et, nv), NULL, "... argument", n->pos);
	for (int i = 0; i < nv; i++) {
		LLVMValueRef ix = i64c(L, i);
		LLVMValueRef v = lower_tuple_elem_to(L, tup, g, fixed + i, et, n->pos);
		lower_store(L, v, LLVMBuildGEP2(L->b, lower_type(L, et), p, &ix, 1, ""));
	}
	out[k++] = lower_variadic_slice(L, p, nv);
	return k;
}

/* Arguments converted to the parameter types; the variadic tail becomes a `... argument` site. */
unsigned lower_call_args(Lower *L, Node *n, Type *sig, LLVMValueRef *out)
{
	int np = sig->func.nparams;
	bool variadic = sig->func.variadic && !n->call.has_dots;
	int fixed = variadic ? np - 1 : np;
	unsigned k = 0;
	if (n->call.args.len == 1 && n->call.args.items[0]->type && n->call.args.items[0]->type->kind == TY_TUPLE)
		return lower_call_tuple_args(L, n, sig, out);
	Pos at = n->pos;
	for (int i = 0; i < fixed; i++) {
		at = box_pos_of_arg(n->call.args.items[i], at);
		out[k++] = lower_expr_to_at(L, n->call.args.items[i], sig->func.params[i], at);
	}
	if (!variadic)
		return k;
	Type *st = sig->func.params[np - 1], *et = type_underlying(st)->slice.elem;
	int nv = n->call.args.len - fixed;
	LLVMValueRef r = LLVMConstNull(L->t_slice);
	if (nv > 0) {
		LLVMValueRef p = lower_site(L, SITE_VARIADIC, type_new_array(et, nv), NULL, "... argument", n->pos);
		for (int i = 0; i < nv; i++) {
			LLVMValueRef ix = i64c(L, i);
			at = box_pos_of_arg(n->call.args.items[fixed + i], at);
			LLVMValueRef v = lower_expr_to_at(L, n->call.args.items[fixed + i], et, at);
			lower_store(L, v, LLVMBuildGEP2(L->b, lower_type(L, et), p, &ix, 1, ""));
		}
		r = lower_variadic_slice(L, p, nv);
	}
	out[k++] = r;
	return k;
}

/* The address of the embedded field x.f1.f2... that selection sel_node's path leads to (through
 * embedded pointers); *t receives the field's type. */
static LLVMValueRef lower_embedded_addr(Lower *L, Node *sel_node, Type **tp)
{
	Selection *sel = sel_node->sel;
	Node *x = sel_node->selector.x;
	LLVMValueRef p;
	Type *t;
	if (type_is_pointer(x->type)) {
		p = lower_expr(L, x);
		t = type_underlying(x->type)->pointer.elem;
		if (sel->npath > 0)
			lower_nil_check(L, p); /* &x.f needs x, even at offset 0 (Go's test/nilptr2.go) */
	} else if (x->mode == MODE_VARIABLE) {
		p = lower_addr(L, x);
		t = x->type;
	} else {
		LLVMValueRef v = lower_expr(L, x);
		p = lower_alloca(L, LLVMTypeOf(v), "recv");
		lower_store(L, v, p);
		t = x->type;
	}
	p = LLVMBuildGEP2(L->b, L->t_i8, p, (LLVMValueRef[]){ i64c(L, 0) }, 1, "");
	for (int i = 0; i < sel->npath; i++) {
		Type *u = type_underlying(t);
		if (u->kind == TY_POINTER) {
			p = LLVMBuildLoad2(L->b, L->t_ptr, p, "");
			lower_nil_check(L, p);
			t = u->pointer.elem;
			u = type_underlying(t);
		}
		p = LLVMBuildStructGEP2(L->b, lower_type(L, u), p, (unsigned)sel->path[i], "");
		t = u->strct.fields[sel->path[i]].type;
	}
	*tp = t;
	return p;
}

/* The interface value whose method x.m(...) calls: x itself, or the embedded interface field of x. */
static LLVMValueRef lower_iface_recv(Lower *L, Node *sel_node)
{
	if (sel_node->sel->npath == 0)
		return lower_expr(L, sel_node->selector.x);
	Type *t;
	LLVMValueRef p = lower_embedded_addr(L, sel_node, &t);
	if (type_is_pointer(t)) {
		p = LLVMBuildLoad2(L->b, L->t_ptr, p, "");
		t = type_underlying(t)->pointer.elem;
	}
	return lower_load(L, t, p);
}

/* Receiver value for a method call x.m(...) with a concrete method. */
LLVMValueRef lower_method_recv(Lower *L, Node *sel_node)
{
	Selection *sel = sel_node->sel;
	Node *x = sel_node->selector.x;
	Symbol *m = sel->method;
	LLVMValueRef p;
	Type *t;
	if (sel->npath == 0 && !m->recv_ptr && !type_is_pointer(x->type))
		return lower_expr(L, x);
	if (sel->npath == 0 && m->recv_ptr && type_is_pointer(x->type))
		return lower_expr(L, x);
	p = lower_embedded_addr(L, sel_node, &t);
	if (type_is_pointer(t)) {
		p = LLVMBuildLoad2(L->b, L->t_ptr, p, "");
		t = type_underlying(t)->pointer.elem;
	}
	if (m->recv_ptr) {
		lower_from_addr(L, sel_node, p, true);
		return p;
	}
	lower_nil_check(L, p);
	return lower_load(L, t, p);
}

/* T.m or I.m: a method expression (a func value taking the receiver first). */
bool lower_is_method_expr(const Node *fun)
{
	return fun->kind == ND_SELECTOR && fun->sel && (fun->sel->kind == SEL_METHOD_EXPR
		|| (fun->sel->kind == SEL_IFACE_METHOD && fun->selector.x->mode == MODE_TYPEXPR));
}

LLVMValueRef lower_call(Lower *L, Node *n)
{
	Node *fun = ast_unparen(n->call.fun);
	if (fun->mode == MODE_TYPEXPR)
		return lower_conversion(L, n);
	if (fun->sym && fun->sym->kind == SYM_BUILTIN)
		return lower_builtin(L, n, fun->sym->builtin);
	/* a receiver and the parameters (a variadic tail packed into one slice) */
	Type *ft0 = fun->type ? type_underlying(fun->type) : NULL;
	LLVMValueRef *args = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(n->call.args.len + 2 +
		(ft0 && ft0->kind == TY_FUNC ? ft0->func.nparams : 0)));
	unsigned k = 0;
	LLVMValueRef callee = NULL;
	Type *sig = NULL;
	if (fun->kind == ND_IDENT && fun->sym && fun->sym->kind == SYM_FUNC) {
		callee = lower_func_decl_value(L, fun->sym);
		sig = fun->sym->type;
	} else if (fun->kind == ND_SELECTOR && fun->sel && fun->sel->kind == SEL_METHOD) {
		Symbol *m = fun->sel->method;
		callee = lower_func_decl_value(L, m);
		sig = m->type;
		args[k++] = lower_method_recv(L, fun);
	} else if (fun->kind == ND_SELECTOR && fun->sel && fun->sel->kind == SEL_IFACE_METHOD
		&& fun->selector.x->mode != MODE_TYPEXPR) {
		LLVMValueRef iv = lower_iface_recv(L, fun);
		sig = type_underlying(fun->type);
		k = lower_call_args(L, n, sig, args);
		LLVMValueRef r = lower_iface_call(L, iv, sig, fun->sel->iface_index, args, k);
		lower_from_call(L, r, n);
		return r;
	} else if (type_underlying(fun->type)->kind == TY_FUNC && fun->mode != MODE_TYPEXPR
		&& !(fun->kind == ND_SELECTOR && fun->sel && fun->sel->kind != SEL_FIELD
		     && !lower_is_method_expr(fun))) { /* T.m(recv, args): through its func value */
		LLVMValueRef fv = lower_expr(L, fun);
		sig = type_underlying(fun->type);
		k = lower_call_args(L, n, sig, args);
		LLVMValueRef r = lower_call_value(L, fv, sig, args, k);
		lower_from_call(L, r, n);
		return r;
	} else {
		lower_unsupported(L, n->pos, "this kind of call");
		return n->mode == MODE_NOVALUE ? NULL : LLVMGetUndef(lower_type(L, n->type));
	}
	k += lower_call_args(L, n, sig, args + k);
	LLVMTypeRef ft = LLVMGlobalGetValueType(callee);
	bool isvoid = LLVMGetReturnType(ft) == L->t_void;
	LLVMValueRef call = LLVMBuildCall2(L->b, ft, callee, args, k, isvoid ? "" : "call");
	lower_from_call(L, call, n);
	return call;
}
