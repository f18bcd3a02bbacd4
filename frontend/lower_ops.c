/*
 * lower_ops.c: operators, conversions, string concatenation and composite literals.
 *
 * Binary operators work on already-lowered operands of the operand type `t` (comparisons yield i1).
 * Division checks for zero and special-cases MinInt / -1 (LLVM's sdiv would be undefined there,
 * Go's result is MinInt with remainder 0). Shift counts are checked for negativity when signed,
 * and counts >= the operand width give 0 (or all sign bits for a signed >>), as in Go.
 */
#include <string.h>
#include "lower_internal.h"

static LLVMValueRef lower_compare(Lower *L, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t, Pos pos);

static LLVMValueRef lower_divrem(Lower *L, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t)
{
	LLVMTypeRef lt = LLVMTypeOf(x);
	if (!LLVMIsAConstantInt(y) || LLVMConstIntGetZExtValue(y) == 0) {
		LLVMValueRef z = LLVMBuildICmp(L->b, LLVMIntEQ, y, LLVMConstNull(lt), "divzero");
		lower_panic_if(L, z, RT_rt_panic_divide, NULL, 0);
	}
	if (type_is_unsigned(t))
		return op == TK_QUO ? LLVMBuildUDiv(L->b, x, y, "") : LLVMBuildURem(L->b, x, y, "");
	LLVMValueRef m1 = LLVMBuildICmp(L->b, LLVMIntEQ, y, LLVMConstAllOnes(lt), "");
	LLVMValueRef sy = LLVMBuildSelect(L->b, m1, LLVMConstInt(lt, 1, 0), y, "");
	if (op == TK_QUO) {
		LLVMValueRef q = LLVMBuildSDiv(L->b, x, sy, "");
		return LLVMBuildSelect(L->b, m1, LLVMBuildNeg(L->b, x, ""), q, "");
	}
	LLVMValueRef r = LLVMBuildSRem(L->b, x, sy, "");
	return LLVMBuildSelect(L->b, m1, LLVMConstNull(lt), r, "");
}

static LLVMValueRef lower_shift(Lower *L, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t, Type *yt)
{
	LLVMTypeRef lt = LLVMTypeOf(x);
	unsigned bits = LLVMGetIntTypeWidth(lt);
	if (!type_is_unsigned(yt) && !LLVMIsAConstantInt(y)) {
		LLVMValueRef neg = LLVMBuildICmp(L->b, LLVMIntSLT, y, LLVMConstNull(LLVMTypeOf(y)), "");
		lower_panic_if(L, neg, RT_rt_panic_shift, NULL, 0);
	}
	LLVMValueRef y64 = LLVMTypeOf(y) == L->t_i64 ? y : LLVMBuildZExt(L->b, y, L->t_i64, "");
	LLVMValueRef big = LLVMBuildICmp(L->b, LLVMIntUGE, y64, LLVMConstInt(L->t_i64, bits, 0), "");
	bool arith = op == TK_SHR && !type_is_unsigned(t);
	LLVMValueRef cnt = LLVMBuildSelect(L->b, big, LLVMConstInt(L->t_i64, arith ? bits - 1 : 0, 0), y64, "");
	if (bits < 64)
		cnt = LLVMBuildTrunc(L->b, cnt, lt, "");
	LLVMValueRef r;
	if (op == TK_SHL)
		r = LLVMBuildShl(L->b, x, cnt, "");
	else
		r = arith ? LLVMBuildAShr(L->b, x, cnt, "") : LLVMBuildLShr(L->b, x, cnt, "");
	if (arith)
		return r;
	return LLVMBuildSelect(L->b, big, LLVMConstNull(lt), r, "");
}

static LLVMValueRef lower_string_compare(Lower *L, TokKind op, LLVMValueRef x, LLVMValueRef y)
{
	LLVMValueRef args[4] = { LLVMBuildExtractValue(L->b, x, 0, ""), LLVMBuildExtractValue(L->b, x, 1, ""),
		LLVMBuildExtractValue(L->b, y, 0, ""), LLVMBuildExtractValue(L->b, y, 1, "") };
	if (op == TK_EQL || op == TK_NEQ) {
		LLVMValueRef r = lower_rt(L, RT_rt_string_eq, args, 4);
		return LLVMBuildICmp(L->b, op == TK_EQL ? LLVMIntNE : LLVMIntEQ, r, LLVMConstNull(L->t_i32), "");
	}
	LLVMValueRef c = lower_rt(L, RT_rt_string_cmp, args, 4);
	LLVMIntPredicate p = op == TK_LSS ? LLVMIntSLT : op == TK_LEQ ? LLVMIntSLE : op == TK_GTR ? LLVMIntSGT
		: LLVMIntSGE;
	return LLVMBuildICmp(L->b, p, c, LLVMConstNull(L->t_i64), "");
}

/* x == y for values of any comparable type, field by field and element by element. */
static LLVMValueRef equal_values(Lower *L, LLVMValueRef x, LLVMValueRef y, Type *t, Pos pos)
{
	Type *u = type_underlying(t);
	if (u->kind == TY_STRUCT || u->kind == TY_ARRAY) {
		int n = u->kind == TY_STRUCT ? u->strct.nfields : (int)u->array.len;
		LLVMValueRef acc = lower_bool_const(L, true);
		for (int i = 0; i < n; i++) {
			Type *et = u->kind == TY_STRUCT ? u->strct.fields[i].type : u->array.elem;
			if (u->kind == TY_STRUCT && strcmp(u->strct.fields[i].name, "_") == 0)
				continue;
			LLVMValueRef e = equal_values(L, LLVMBuildExtractValue(L->b, x, (unsigned)i, ""),
				LLVMBuildExtractValue(L->b, y, (unsigned)i, ""), et, pos);
			acc = LLVMBuildAnd(L->b, acc, e, "");
		}
		return acc;
	}
	return lower_compare(L, TK_EQL, x, y, t, pos);
}

static LLVMValueRef lower_compare(Lower *L, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t, Pos pos)
{
	Type *u = type_underlying(t);
	if (type_is_string(u))
		return lower_string_compare(L, op, x, y);
	if (type_is_float(u)) {
		LLVMRealPredicate p = op == TK_EQL ? LLVMRealOEQ : op == TK_NEQ ? LLVMRealUNE : op == TK_LSS
			? LLVMRealOLT : op == TK_LEQ ? LLVMRealOLE : op == TK_GTR ? LLVMRealOGT : LLVMRealOGE;
		return LLVMBuildFCmp(L->b, p, x, y, "");
	}
	if (u->kind == TY_INTERFACE && !LLVMIsNull(x) && !LLVMIsNull(y)) {
		LLVMValueRef e = lower_iface_eq(L, x, y, t);
		return op == TK_EQL ? e : LLVMBuildNot(L->b, e, "");
	}
	if (u->kind == TY_SLICE || u->kind == TY_INTERFACE) {
		/* only comparison against nil reaches here for slices; interfaces: nil checks */
		x = LLVMBuildExtractValue(L->b, x, 0, "");
		y = LLVMBuildExtractValue(L->b, y, 0, "");
		(void)0;
	} else if (u->kind == TY_STRUCT || u->kind == TY_ARRAY) {
		LLVMValueRef e = equal_values(L, x, y, t, pos);
		return op == TK_EQL ? e : LLVMBuildNot(L->b, e, "");
	}
	bool uns = type_is_unsigned(u);
	LLVMIntPredicate p;
	switch (op) {
	case TK_EQL: p = LLVMIntEQ; break;
	case TK_NEQ: p = LLVMIntNE; break;
	case TK_LSS: p = uns ? LLVMIntULT : LLVMIntSLT; break;
	case TK_LEQ: p = uns ? LLVMIntULE : LLVMIntSLE; break;
	case TK_GTR: p = uns ? LLVMIntUGT : LLVMIntSGT; break;
	default: p = uns ? LLVMIntUGE : LLVMIntSGE; break;
	}
	return LLVMBuildICmp(L->b, p, x, y, "");
}

LLVMValueRef lower_binary_values(Lower *L, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t,
	Type *yt, Pos pos)
{
	bool fl = type_is_float(t);
	switch (op) {
	case TK_ADD: return fl ? LLVMBuildFAdd(L->b, x, y, "") : LLVMBuildAdd(L->b, x, y, "");
	case TK_SUB: return fl ? LLVMBuildFSub(L->b, x, y, "") : LLVMBuildSub(L->b, x, y, "");
	case TK_MUL: return fl ? LLVMBuildFMul(L->b, x, y, "") : LLVMBuildMul(L->b, x, y, "");
	case TK_QUO:
		if (fl)
			return LLVMBuildFDiv(L->b, x, y, "");
		return lower_divrem(L, op, x, y, t);
	case TK_REM: return lower_divrem(L, op, x, y, t);
	case TK_AND: return LLVMBuildAnd(L->b, x, y, "");
	case TK_OR: return LLVMBuildOr(L->b, x, y, "");
	case TK_XOR: return LLVMBuildXor(L->b, x, y, "");
	case TK_AND_NOT: return LLVMBuildAnd(L->b, x, LLVMBuildNot(L->b, y, ""), "");
	case TK_SHL: case TK_SHR: return lower_shift(L, op, x, y, t, yt);
	case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ:
		return lower_compare(L, op, x, y, t, pos);
	default: break;
	}
	lower_unsupported(L, pos, "this binary operator");
	return x;
}

/* a + b on strings: a "concat" site holding the bytes of both. */
LLVMValueRef lower_concat(Lower *L, LLVMValueRef x, LLVMValueRef y, Node *n)
{
	LLVMValueRef xl = LLVMBuildExtractValue(L->b, x, 1, ""), yl = LLVMBuildExtractValue(L->b, y, 1, "");
	LLVMValueRef len = LLVMBuildAdd(L->b, xl, yl, "");
	LLVMValueRef p = lower_site(L, SITE_CONCAT, NULL, len, ast_expr_text(&L->arena, n), n->pos);
	LLVMBuildMemCpy(L->b, p, 1, LLVMBuildExtractValue(L->b, x, 0, ""), 1, xl);
	LLVMValueRef q = LLVMBuildGEP2(L->b, L->t_i8, p, &xl, 1, "");
	LLVMBuildMemCpy(L->b, q, 1, LLVMBuildExtractValue(L->b, y, 0, ""), 1, yl);
	LLVMValueRef r = LLVMBuildInsertValue(L->b, LLVMGetUndef(L->t_str), p, 0, "");
	return LLVMBuildInsertValue(L->b, r, len, 1, "");
}

/* a + b + c ... on strings: Go makes one concatenation of the whole left-leaning chain, so one
 * "concat" site holds all the bytes. */
LLVMValueRef lower_concat_chain(Lower *L, Node *n)
{
	Node *ops[32];
	int nops = 0;
	Node *cur = n;
	while (nops < 30 && cur->kind == ND_BINARY && cur->binary.op == TK_ADD && cur->mode != MODE_CONSTANT) {
		ops[nops++] = cur->binary.y;
		cur = cur->binary.x;
	}
	ops[nops++] = cur;
	LLVMValueRef vals[32], lens[32];
	LLVMValueRef total = LLVMConstInt(L->t_i64, 0, 0);
	for (int i = nops - 1, k = 0; i >= 0; i--, k++) {
		vals[k] = lower_expr(L, ops[i]);
		lens[k] = LLVMBuildExtractValue(L->b, vals[k], 1, "");
		total = LLVMBuildAdd(L->b, total, lens[k], "");
	}
	LLVMValueRef p = lower_site(L, SITE_CONCAT, NULL, total, ast_expr_text(&L->arena, n), n->pos);
	LLVMValueRef off = LLVMConstInt(L->t_i64, 0, 0);
	for (int k = 0; k < nops; k++) {
		LLVMValueRef q = LLVMBuildGEP2(L->b, L->t_i8, p, &off, 1, "");
		LLVMBuildMemCpy(L->b, q, 1, LLVMBuildExtractValue(L->b, vals[k], 0, ""), 1, lens[k]);
		off = LLVMBuildAdd(L->b, off, lens[k], "");
	}
	LLVMValueRef r = LLVMBuildInsertValue(L->b, LLVMGetUndef(L->t_str), p, 0, "");
	return LLVMBuildInsertValue(L->b, r, total, 1, "");
}

/* Numeric conversions between basic types (named types convert as their underlying type). */
LLVMValueRef lower_convert_value(Lower *L, LLVMValueRef v, Type *from, Type *to, Pos pos)
{
	Type *fu = type_underlying(from), *tu = type_underlying(to);
	LLVMTypeRef lt = lower_type(L, tu);
	if (LLVMTypeOf(v) == lt && !(type_is_integer(fu) && type_is_float(tu)))
		return v;
	if (type_is_integer(fu) && type_is_integer(tu)) {
		unsigned fb = LLVMGetIntTypeWidth(LLVMTypeOf(v)), tb = LLVMGetIntTypeWidth(lt);
		if (fb > tb)
			return LLVMBuildTrunc(L->b, v, lt, "");
		return type_is_unsigned(fu) ? LLVMBuildZExt(L->b, v, lt, "") : LLVMBuildSExt(L->b, v, lt, "");
	}
	if (type_is_integer(fu) && type_is_float(tu))
		return type_is_unsigned(fu) ? LLVMBuildUIToFP(L->b, v, lt, "") : LLVMBuildSIToFP(L->b, v, lt, "");
	if (type_is_float(fu) && type_is_integer(tu))
		return type_is_unsigned(tu) ? LLVMBuildFPToUI(L->b, v, lt, "") : LLVMBuildFPToSI(L->b, v, lt, "");
	if (type_is_float(fu) && type_is_float(tu))
		return LLVMBuildFPCast(L->b, v, lt, "");
	if (fu->kind == TY_SLICE && tu->kind == TY_POINTER) {
		/* (*[N]T)(s): s's array, when len(s) >= N; a nil slice gives nil */
		Type *at = type_underlying(tu->pointer.elem);
		LLVMValueRef n = LLVMConstInt(L->t_i64, (unsigned long long)at->array.len, 0);
		LLVMValueRef len = LLVMBuildExtractValue(L->b, v, 1, "");
		LLVMValueRef args[3] = { LLVMConstInt(L->t_i32, 8, 0), n, len };
		lower_panic_if(L, LLVMBuildICmp(L->b, LLVMIntUGT, n, len, "short"), RT_rt_panic_bounds, args, 3);
		return LLVMBuildExtractValue(L->b, v, 0, "");
	}
	if (LLVMTypeOf(v) == lt)
		return v;
	lower_unsupported(L, pos, "this conversion");
	return LLVMGetUndef(lt);
}

/* ---- composite literals ---- */

const char *type_string_rel(Type *t);

/* Go's -m text of a composite literal; an elided literal gets its type written out. */
static const char *composite_text(Lower *L, Node *n, Type *t)
{
	if (n->composite.type)
		return ast_expr_text(&L->arena, n);
	return arena_printf(&L->arena, "%s{%s}", type_string_rel(t), n->composite.elts.len ? "..." : "");
}


static void store_elem(Lower *L, Node *v, Type *et, LLVMValueRef p)
{
	Node *uv = ast_unparen(v);
	if (uv->kind == ND_COMPOSITE_LIT && !type_is_interface(et) && !type_is_pointer(et)) {
		lower_composite_into(L, uv, p);
		return;
	}
	lower_store(L, lower_expr_to(L, v, et), p);
}

static void struct_into(Lower *L, Node *n, Type *u, LLVMValueRef p)
{
	LLVMTypeRef lt = lower_type(L, u);
	for (int i = 0; i < n->composite.elts.len; i++) {
		Node *e = n->composite.elts.items[i];
		int fi = i;
		Node *v = e;
		if (e->kind == ND_KEY_VALUE) {
			const char *fname = e->key_value.key->ident.name;
			for (fi = 0; fi < u->strct.nfields; fi++)
				if (strcmp(u->strct.fields[fi].name, fname) == 0)
					break;
			v = e->key_value.value;
		}
		if (fi >= u->strct.nfields)
			continue;
		LLVMValueRef fp = LLVMBuildStructGEP2(L->b, lt, p, (unsigned)fi, "");
		store_elem(L, v, u->strct.fields[fi].type, fp);
	}
}

/* Elements of an array or slice literal stored at p (an array of et). */
static void elems_into(Lower *L, Node *n, Type *et, LLVMValueRef p)
{
	LLVMTypeRef elt = lower_type(L, et);
	int64_t idx = 0;
	for (int i = 0; i < n->composite.elts.len; i++) {
		Node *e = n->composite.elts.items[i];
		Node *v = e;
		if (e->kind == ND_KEY_VALUE) {
			idx = const_to_int64(e->key_value.key->cval);
			v = e->key_value.value;
		}
		LLVMValueRef ix = LLVMConstInt(L->t_i64, (unsigned long long)idx, 0);
		store_elem(L, v, et, LLVMBuildGEP2(L->b, elt, p, &ix, 1, ""));
		idx++;
	}
}

static int64_t slice_lit_len(Node *n)
{
	int64_t idx = 0, max = 0;
	for (int i = 0; i < n->composite.elts.len; i++) {
		Node *e = n->composite.elts.items[i];
		if (e->kind == ND_KEY_VALUE)
			idx = const_to_int64(e->key_value.key->cval);
		idx++;
		if (idx > max)
			max = idx;
	}
	return max;
}

/* Stores the literal's value into zeroed memory p. */
LLVMValueRef lower_composite_into(Lower *L, Node *n, LLVMValueRef p)
{
	return lower_composite_typed_into(L, n, n->type, p);
}

LLVMValueRef lower_composite_typed_into(Lower *L, Node *n, Type *t, LLVMValueRef p)
{
	Type *u = type_underlying(t);
	lower_store(L, lower_zero(L, u), p);
	if (u->kind == TY_STRUCT)
		struct_into(L, n, u, p);
	else if (u->kind == TY_ARRAY)
		elems_into(L, n, u->array.elem, p);
	else
		lower_store(L, lower_composite(L, n), p);
	return p;
}

LLVMValueRef lower_composite(Lower *L, Node *n)
{
	Type *u = type_underlying(n->type);
	if (u->kind == TY_STRUCT || u->kind == TY_ARRAY) {
		/* a literal over Go's implicit stack limit (64 KB) is built in a site Go reports nothing
		 * for (no text), which the escape pass sends to the heap, not in a frame-sized alloca */
		LLVMValueRef tmp = type_size(u) > 64 * 1024 ? lower_site(L, SITE_COMPOSITE, u, NULL, "", n->pos)
		                                            : lower_alloca(L, lower_type(L, u), "lit");
		lower_composite_into(L, n, tmp);
		return lower_load(L, u, tmp);
	}
	if (u->kind == TY_SLICE) {
		int64_t len = slice_lit_len(n);
		Type *at = type_new_array(u->slice.elem, len);
		LLVMValueRef p = lower_site(L, SITE_SLICE_LIT, at, NULL, composite_text(L, n, n->type), n->pos);
		elems_into(L, n, u->slice.elem, p);
		LLVMValueRef r = LLVMBuildInsertValue(L->b, LLVMGetUndef(L->t_slice), p, 0, "");
		r = LLVMBuildInsertValue(L->b, r, LLVMConstInt(L->t_i64, (unsigned long long)len, 0), 1, "");
		return LLVMBuildInsertValue(L->b, r, LLVMConstInt(L->t_i64, (unsigned long long)len, 0), 2, "");
	}
	if (u->kind == TY_MAP)
		return lower_map_lit(L, n);
	if (u->kind == TY_POINTER) {
		/* an elided &T{...} inside a slice, array or map literal of pointers */
		Type *et = u->pointer.elem;
		LLVMValueRef p = lower_site(L, SITE_COMPOSITE, et, NULL, arena_printf(&L->arena, "&%s", composite_text(L, n, et)), n->pos);
		lower_composite_typed_into(L, n, et, p);
		return p;
	}
	lower_unsupported(L, n->pos, "this composite literal");
	return LLVMGetUndef(lower_type(L, n->type));
}
