/*
 * lower_expr.c: expressions to LLVM values, and addressable expressions to addresses.
 *
 * lower_expr gives an expression's value as an LLVM first-class value of lower_type(node->type);
 * lower_addr gives the address of an addressable expression (variables, *p, fields, elements).
 * Constants come straight from the checker's Node.cval. Go's run-time checks are explicit branches
 * to no-return runtime calls: nil dereference (rt_panic_nil), index and slice bounds
 * (rt_panic_bounds with Go's boundsErrorCode), integer division by zero (rt_panic_divide) and
 * negative shift counts (rt_panic_shift). Integer arithmetic wraps (LLVM's default without nsw);
 * MinInt / -1 is defined as Go defines it (MinInt, remainder 0); over-wide shifts give 0 (or the
 * sign for >> on signed values).
 */
#include <string.h>
#include <llvm-c/Target.h>
#include "lower_internal.h"

LLVMValueRef lower_bool_const(Lower *L, bool v)
{
	return LLVMConstInt(L->t_i1, v ? 1 : 0, 0);
}

LLVMValueRef lower_load(Lower *L, Type *t, LLVMValueRef ptr)
{
	return LLVMBuildLoad2(L->b, lower_type(L, t), ptr, "");
}

/* Does nothing after load v in its block write memory (only GEPs, allocas and allocation sites)? */
static bool lower_nothing_written_after(LLVMValueRef v)
{
	for (LLVMValueRef i = LLVMGetNextInstruction(v); i; i = LLVMGetNextInstruction(i)) {
		if (LLVMIsAGetElementPtrInst(i) || LLVMIsAAllocaInst(i))
			continue;
		LLVMValueRef callee = LLVMIsACallInst(i) ? LLVMGetCalledValue(i) : NULL;
		size_t len = 0;
		const char *name = callee && LLVMIsAFunction(callee) ? LLVMGetValueName2(callee, &len) : "";
		if (strncmp(name, LLGO_SITE_FN, strlen(LLGO_SITE_FN)) != 0)
			return false;
	}
	return true;
}

/*
 * A store. Large aggregates (over 256 bytes) do not travel as first-class values, which LLVM splits
 * into one load or store per element (a million for `var a [1 << 20]int`): their zero value is a
 * memset, and a value loaded in the same block with nothing after it writing memory (allocation
 * sites may come between) is a memmove from where it was loaded.
 */
void lower_store(Lower *L, LLVMValueRef v, LLVMValueRef ptr)
{
	LLVMTypeRef t = LLVMTypeOf(v);
	LLVMTypeKind k = LLVMGetTypeKind(t);
	LLVMTargetDataRef td = LLVMGetModuleDataLayout(L->mod);
	bool big = (k == LLVMArrayTypeKind || k == LLVMStructTypeKind) && LLVMABISizeOfType(td, t) > 256;
	LLVMValueRef size = big ? LLVMConstInt(L->t_i64, LLVMABISizeOfType(td, t), 0) : NULL;
	unsigned align = big ? LLVMABIAlignmentOfType(td, t) : 0;
	LLVMBasicBlockRef bb = LLVMGetInsertBlock(L->b);
	if (big && LLVMIsNull(v)) {
		LLVMBuildMemSet(L->b, ptr, LLVMConstInt(L->t_i8, 0, 0), size, align);
		return;
	}
	if (big && LLVMIsALoadInst(v) && !LLVMGetFirstUse(v) && bb && lower_nothing_written_after(v)) {
		LLVMValueRef src = LLVMGetOperand(v, 0);
		LLVMInstructionEraseFromParent(v);
		LLVMBuildMemMove(L->b, ptr, align, src, align, size);
		return;
	}
	LLVMBuildStore(L->b, v, ptr);
}

/* if (cond) runtime_panic(args...) */
void lower_panic_if(Lower *L, LLVMValueRef cond, RtId id, LLVMValueRef *args, unsigned nargs)
{
	LLVMBasicBlockRef bad = lower_new_block(L, "panic");
	LLVMBasicBlockRef ok = lower_new_block(L, "ok");
	LLVMBuildCondBr(L->b, cond, bad, ok);
	LLVMPositionBuilderAtEnd(L->b, bad);
	lower_rt(L, id, args, nargs);
	LLVMBuildUnreachable(L->b);
	LLVMPositionBuilderAtEnd(L->b, ok);
}

void lower_nil_check(Lower *L, LLVMValueRef p)
{
	if (LLVMIsAGlobalValue(p) || LLVMIsAAllocaInst(p))
		return;
	LLVMValueRef c = LLVMBuildICmp(L->b, LLVMIntEQ, p, LLVMConstNull(L->t_ptr), "isnil");
	lower_panic_if(L, c, RT_rt_panic_nil, NULL, 0);
}

/* Panics unless idx < len (idx <= len when lt_or_eq), comparing as unsigned. */
void lower_bounds_check(Lower *L, LLVMValueRef idx, LLVMValueRef len, int code, bool lt_or_eq)
{
	if (LLVMIsAConstantInt(idx) && LLVMIsAConstantInt(len)) {
		unsigned long long i = LLVMConstIntGetZExtValue(idx), n = LLVMConstIntGetZExtValue(len);
		if (lt_or_eq ? i <= n : i < n)
			return;
	}
	LLVMValueRef c = LLVMBuildICmp(L->b, lt_or_eq ? LLVMIntUGT : LLVMIntUGE, idx, len, "oob");
	LLVMValueRef args[3] = { LLVMConstInt(L->t_i32, (unsigned long long)code, 0), idx, len };
	lower_panic_if(L, c, RT_rt_panic_bounds, args, 3);
}

/* An integer value widened to i64 by its Go signedness. */
LLVMValueRef lower_int64(Lower *L, LLVMValueRef v, Type *t)
{
	if (LLVMTypeOf(v) == L->t_i64)
		return v;
	return type_is_unsigned(t) ? LLVMBuildZExt(L->b, v, L->t_i64, "") : LLVMBuildSExt(L->b, v, L->t_i64, "");
}

LLVMValueRef lower_var_addr(Lower *L, Symbol *s)
{
	VarSlot *v = &L->vars[s->id];
	if (!v->ptr && L->failed)
		return lower_alloca(L, lower_type(L, s->type), "bad");
	if (!v->ptr)
		diag_internal("variable %s has no storage", s->name);
	if (v->indirect)
		return LLVMBuildLoad2(L->b, L->t_ptr, v->ptr, s->name);
	return v->ptr;
}

/* Spills a value into a fresh temporary so it can be addressed (not visible to the program). */
static LLVMValueRef spill(Lower *L, LLVMValueRef v)
{
	LLVMValueRef a = lower_alloca(L, LLVMTypeOf(v), "tmp");
	lower_store(L, v, a);
	return a;
}

/* Walks a selection's field path from a pointer `p` to a value of type *t. */
static LLVMValueRef walk_path(Lower *L, LLVMValueRef p, Type **t, int *path, int npath)
{
	for (int i = 0; i < npath; i++) {
		Type *u = type_underlying(*t);
		if (u->kind == TY_POINTER) {
			p = LLVMBuildLoad2(L->b, L->t_ptr, p, "");
			lower_nil_check(L, p);
			*t = u->pointer.elem;
			u = type_underlying(*t);
		}
		p = LLVMBuildStructGEP2(L->b, lower_type(L, u), p, (unsigned)path[i], "");
		*t = u->strct.fields[path[i]].type;
	}
	return p;
}

/* Address of x itself or, when x is a pointer, the pointee; sets *t to the type at that address. */
static LLVMValueRef base_addr(Lower *L, Node *x, Type **t)
{
	Type *u = type_underlying(x->type);
	if (u->kind == TY_POINTER) {
		LLVMValueRef p = lower_expr(L, x);
		lower_nil_check(L, p);
		*t = u->pointer.elem;
		return p;
	}
	*t = x->type;
	if (x->mode == MODE_VARIABLE)
		return lower_addr(L, x);
	return spill(L, lower_expr(L, x));
}

static LLVMValueRef selector_addr(Lower *L, Node *n)
{
	Selection *sel = n->sel;
	Type *t;
	LLVMValueRef p = base_addr(L, n->selector.x, &t);
	return walk_path(L, p, &t, sel->path, sel->npath);
}

/* Whether target n is p.f (a field through pointer p): its nil check belongs to the assignment. */
static bool target_through_pointer(Node *n)
{
	return n->kind == ND_SELECTOR && n->sel && n->sel->kind == SEL_FIELD &&
	       type_underlying(n->selector.x->type)->kind == TY_POINTER;
}

/* Phase one of an assignment to n: the operands of its index expressions and pointer indirections
 * (p of *p, p.f and p[i]; x and i of x[i]), no check yet: Go assigns left to right, so the
 * nil and bounds checks of a target come after the earlier targets' stores (phase two). */
void lower_target_prepare(Lower *L, Node *n, LowerTarget *t)
{
	n = ast_unparen(n);
	t->n = n;
	t->b = NULL;
	if (n->kind == ND_STAR || target_through_pointer(n)) {
		t->a = lower_expr(L, n->kind == ND_STAR ? n->unary.x : n->selector.x);
		return;
	}
	if (n->kind != ND_INDEX) {
		t->a = lower_addr(L, n);
		return;
	}
	Type *u = type_underlying(n->index.x->type);
	if (u->kind == TY_MAP) {
		t->a = lower_expr(L, n->index.x);
		t->b = lower_map_key_ptr(L, n->index.index, u->map.key);
		return;
	}
	Type *at;
	t->a = u->kind == TY_SLICE || u->kind == TY_POINTER ? lower_expr(L, n->index.x) : base_addr(L, n->index.x, &at);
	t->b = lower_int64(L, lower_expr(L, n->index.index), n->index.index->type);
}

/* Phase two: the checks of target t, and its address. */
LLVMValueRef lower_target_addr(Lower *L, LowerTarget *t)
{
	Node *n = t->n;
	if (n->kind == ND_STAR) {
		lower_nil_check(L, t->a);
		return t->a;
	}
	if (target_through_pointer(n)) {
		lower_nil_check(L, t->a);
		Type *et = type_underlying(n->selector.x->type)->pointer.elem;
		return walk_path(L, t->a, &et, n->sel->path, n->sel->npath);
	}
	if (n->kind != ND_INDEX)
		return t->a;
	Type *u = type_underlying(n->index.x->type);
	if (u->kind == TY_MAP)
		return lower_map_assign_slot(L, n->index.x->type, t->a, t->b);
	LLVMValueRef idx = t->b;
	if (u->kind == TY_SLICE) {
		lower_bounds_check(L, idx, LLVMBuildExtractValue(L->b, t->a, 1, "len"), 0, false);
		return LLVMBuildInBoundsGEP2(L->b, lower_type(L, u->slice.elem), LLVMBuildExtractValue(L->b, t->a, 0, ""), &idx, 1, "");
	}
	if (u->kind == TY_POINTER)
		lower_nil_check(L, t->a);
	Type *au = type_underlying(u->kind == TY_POINTER ? u->pointer.elem : u);
	lower_bounds_check(L, idx, LLVMConstInt(L->t_i64, (unsigned long long)au->array.len, 0), 0, false);
	LLVMValueRef ix[2] = { LLVMConstInt(L->t_i64, 0, 0), idx };
	/* inbounds: the index is checked and the base is an object (an array variable, or a pointer
	 * checked for nil), so LLVM may fold a later nil check of the address (&a[i] is never nil) */
	return LLVMBuildInBoundsGEP2(L->b, lower_type(L, au), t->a, ix, 2, "");
}

/* x[i] as an address: x, then i, then the checks (Go's left-to-right order for calls in both). */
static LLVMValueRef index_addr(Lower *L, Node *n)
{
	LowerTarget t;
	lower_target_prepare(L, n, &t);
	return lower_target_addr(L, &t);
}

LLVMValueRef lower_addr(Lower *L, Node *n)
{
	switch (n->kind) {
	case ND_PAREN: return lower_addr(L, n->paren.x);
	case ND_IDENT: return lower_var_addr(L, n->sym);
	case ND_STAR: {
		LLVMValueRef p = lower_expr(L, n->unary.x);
		lower_nil_check(L, p);
		return p;
	}
	case ND_SELECTOR: return selector_addr(L, n);
	case ND_INDEX: return index_addr(L, n);
	default: break;
	}
	return spill(L, lower_expr(L, n));
}

static LLVMValueRef lower_ident(Lower *L, Node *n)
{
	Symbol *s = n->sym;
	if (!s)
		return LLVMGetUndef(lower_type(L, n->type));
	switch (s->kind) {
	case SYM_VAR: return lower_load(L, s->type, lower_var_addr(L, s));
	case SYM_NIL: return lower_zero(L, n->type);
	case SYM_FUNC:
		return lower_func_value(L, s);
	case SYM_CONST: case SYM_TYPE: case SYM_PACKAGE: case SYM_BUILTIN: case SYM_LABEL:
		break;
	}
	lower_unsupported(L, n->pos, "this identifier");
	return LLVMGetUndef(lower_type(L, n->type));
}

static LLVMValueRef lower_unary(Lower *L, Node *n)
{
	Node *x = n->unary.x;
	switch (n->unary.op) {
	case TK_AND: {
		Node *ux = ast_unparen(x);
		if (ux->kind == ND_COMPOSITE_LIT) {
			Type *t = ux->type;
			LLVMValueRef p = lower_site(L, SITE_COMPOSITE, t, NULL, ast_expr_text(&L->arena, n), n->pos);
			lower_composite_into(L, ux, p);
			return p;
		}
		LLVMValueRef p = lower_addr(L, x);
		lower_from_addr(L, n, p, false);
		return p;
	}
	case TK_SUB: {
		LLVMValueRef v = lower_expr(L, x);
		return type_is_float(n->type) ? LLVMBuildFNeg(L->b, v, "") : LLVMBuildNeg(L->b, v, "");
	}
	case TK_ADD: return lower_expr(L, x);
	case TK_NOT: return LLVMBuildNot(L->b, lower_expr(L, x), "");
	case TK_XOR: return LLVMBuildNot(L->b, lower_expr(L, x), "");
	default: break;
	}
	lower_unsupported(L, n->pos, "this unary operator");
	return LLVMGetUndef(lower_type(L, n->type));
}

/* a && b, a || b with short-circuit evaluation. */
static LLVMValueRef lower_logical(Lower *L, Node *n)
{
	bool is_and = n->binary.op == TK_LAND;
	LLVMValueRef x = lower_expr(L, n->binary.x);
	LLVMBasicBlockRef from = LLVMGetInsertBlock(L->b);
	LLVMBasicBlockRef rhs = lower_new_block(L, is_and ? "and.rhs" : "or.rhs");
	LLVMBasicBlockRef done = lower_new_block(L, "logic.done");
	if (is_and)
		LLVMBuildCondBr(L->b, x, rhs, done);
	else
		LLVMBuildCondBr(L->b, x, done, rhs);
	LLVMPositionBuilderAtEnd(L->b, rhs);
	LLVMValueRef y = lower_expr(L, n->binary.y);
	LLVMBasicBlockRef rhs_end = LLVMGetInsertBlock(L->b);
	LLVMBuildBr(L->b, done);
	LLVMPositionBuilderAtEnd(L->b, done);
	LLVMValueRef phi = LLVMBuildPhi(L->b, L->t_i1, "");
	LLVMValueRef vals[2] = { lower_bool_const(L, !is_and), y };
	LLVMBasicBlockRef bbs[2] = { from, rhs_end };
	LLVMAddIncoming(phi, vals, bbs, 2);
	return phi;
}

static LLVMValueRef lower_binary(Lower *L, Node *n)
{
	TokKind op = n->binary.op;
	if (op == TK_LAND || op == TK_LOR)
		return lower_logical(L, n);
	if (op == TK_ADD && type_is_string(n->type))
		return lower_concat_chain(L, n);
	Node *x = n->binary.x, *y = n->binary.y;
	Type *ot = x->type;
	if (ot->kind == TY_UNTYPED_NIL)
		ot = y->type;
	LLVMValueRef xv = lower_expr(L, x);
	LLVMValueRef yv = lower_expr(L, y);
	bool xi = type_is_interface(x->type), yi = type_is_interface(y->type);
	if (xi != yi && x->type->kind != TY_UNTYPED_NIL && y->type->kind != TY_UNTYPED_NIL) {
		if (xi)
			yv = lower_to_iface(L, yv, y->type, x->type, y);
		else
			xv = lower_to_iface(L, xv, x->type, y->type, x);
		ot = xi ? x->type : y->type;
	}
	if (op == TK_ADD && type_is_string(ot)) {
		return lower_concat(L, xv, yv, n);
	}
	return lower_binary_values(L, op, xv, yv, ot, y->type, n->pos);
}

static LLVMValueRef lower_slice_value(Lower *L, Node *n);

LLVMValueRef lower_expr(Lower *L, Node *n)
{
	if (n->mode == MODE_CONSTANT && n->cval)
		return lower_const(L, n->cval, n->type);
	switch (n->kind) {
	case ND_PAREN: return lower_expr(L, n->paren.x);
	case ND_IDENT: return lower_ident(L, n);
	case ND_UNARY: return lower_unary(L, n);
	case ND_BINARY: return lower_binary(L, n);
	case ND_CALL: return lower_call(L, n);
	case ND_STAR: return lower_load(L, n->type, lower_addr(L, n));
	case ND_SELECTOR:
		if (n->sel && n->sel->kind == SEL_FIELD)
			return lower_load(L, n->type, selector_addr(L, n));
		if (n->sel && n->sel->kind == SEL_IFACE_METHOD && n->selector.x->mode == MODE_TYPEXPR)
			return lower_method_expr(L, n); /* I.m */
		if (n->sel && (n->sel->kind == SEL_METHOD || n->sel->kind == SEL_IFACE_METHOD))
			return lower_method_value(L, n);
		if (n->sel && n->sel->kind == SEL_METHOD_EXPR)
			return lower_method_expr(L, n);
		break;
	case ND_INDEX: {
		Type *u = type_underlying(n->index.x->type);
		if (u->kind == TY_STRING) {
			LLVMValueRef s = lower_expr(L, n->index.x);
			LLVMValueRef idx = lower_int64(L, lower_expr(L, n->index.index), n->index.index->type);
			lower_bounds_check(L, idx, LLVMBuildExtractValue(L->b, s, 1, ""), 0, false);
			LLVMValueRef p = LLVMBuildGEP2(L->b, L->t_i8, LLVMBuildExtractValue(L->b, s, 0, ""), &idx, 1, "");
			return LLVMBuildLoad2(L->b, L->t_i8, p, "");
		}
		if (u->kind == TY_MAP)
			return lower_map_index(L, n, n->mode == MODE_COMMAOK);
		return lower_load(L, n->type, index_addr(L, n));
	}
	case ND_SLICE_EXPR: return lower_slice_value(L, n);
	case ND_COMPOSITE_LIT: return lower_composite(L, n);
	case ND_FUNC_LIT: return lower_func_lit(L, n);
	case ND_TYPE_ASSERT: return lower_type_assert(L, n, n->mode == MODE_COMMAOK);
	default: break;
	}
	lower_unsupported(L, n->pos, ast_kind_name(n->kind));
	return LLVMGetUndef(lower_type(L, n->type));
}

/* The value of n converted for storing into a destination of type dst (interface boxing). */
LLVMValueRef lower_expr_to(Lower *L, Node *n, Type *dst)
{
	LLVMValueRef v = lower_expr(L, n);
	if (!dst || !type_is_interface(dst) || n->type->kind == TY_UNTYPED_NIL)
		return v;
	if (type_is_interface(n->type) && type_identical(type_underlying(n->type), type_underlying(dst)))
		return v;
	return lower_to_iface(L, v, n->type, dst, n);
}

/* lower_expr_to with Go's position for an implicit boxing: an assignment's first target, a call's
 * '(' (what `go build -gcflags=-m` reports for them). */
LLVMValueRef lower_expr_to_at(Lower *L, Node *n, Type *dst, Pos box_pos)
{
	if (!dst || !type_is_interface(dst))
		return lower_expr_to(L, n, dst);
	LLVMValueRef v = lower_expr(L, n);
	const Pos *saved = L->box_pos;
	L->box_pos = box_pos.file >= 0 ? &box_pos : NULL;
	LLVMValueRef r = v;
	if (n->type->kind != TY_UNTYPED_NIL &&
		!(type_is_interface(n->type) && type_identical(type_underlying(n->type), type_underlying(dst))))
		r = lower_to_iface(L, v, n->type, dst, n);
	L->box_pos = saved;
	return r;
}

/* s[lo:hi:max] on strings, slices, arrays (addressable) and pointers to arrays. */
static LLVMValueRef lower_slice_value(Lower *L, Node *n)
{
	Node *x = n->slice.x;
	Type *u = type_underlying(x->type);
	LLVMValueRef ptr, len, cap;
	Type *elem;
	if (u->kind == TY_STRING || u->kind == TY_SLICE) {
		LLVMValueRef s = lower_expr(L, x);
		ptr = LLVMBuildExtractValue(L->b, s, 0, "");
		len = LLVMBuildExtractValue(L->b, s, 1, "");
		cap = u->kind == TY_SLICE ? LLVMBuildExtractValue(L->b, s, 2, "") : len;
		elem = u->kind == TY_SLICE ? u->slice.elem : type_basic(TY_UINT8);
	} else {
		Type *at;
		ptr = base_addr(L, x, &at);
		Type *au = type_underlying(at);
		len = cap = LLVMConstInt(L->t_i64, (unsigned long long)au->array.len, 0);
		elem = au->array.elem;
	}
	LLVMValueRef lo = n->slice.lo ? lower_int64(L, lower_expr(L, n->slice.lo), n->slice.lo->type)
		: LLVMConstInt(L->t_i64, 0, 0);
	LLVMValueRef hi = n->slice.hi ? lower_int64(L, lower_expr(L, n->slice.hi), n->slice.hi->type) : len;
	LLVMValueRef max = n->slice.max ? lower_int64(L, lower_expr(L, n->slice.max), n->slice.max->type) : cap;
	/* the bound of an array or pointer to array is its length to Go ("with length N") */
	bool arr = u->kind != TY_STRING && u->kind != TY_SLICE;
	if (n->slice.full) {
		lower_bounds_check(L, max, cap, arr ? 4 : 5, true);
		lower_bounds_check(L, hi, max, 6, true);
		lower_bounds_check(L, lo, hi, 7, true);
	} else {
		lower_bounds_check(L, hi, u->kind == TY_STRING ? len : cap, u->kind == TY_SLICE ? 2 : 1, true);
		lower_bounds_check(L, lo, hi, 3, true);
	}
	LLVMValueRef np = LLVMBuildGEP2(L->b, lower_type(L, elem), ptr, &lo, 1, "");
	LLVMValueRef nlen = LLVMBuildSub(L->b, hi, lo, "");
	LLVMValueRef r = LLVMGetUndef(lower_type(L, n->type));
	r = LLVMBuildInsertValue(L->b, r, np, 0, "");
	r = LLVMBuildInsertValue(L->b, r, nlen, 1, "");
	if (u->kind != TY_STRING)
		r = LLVMBuildInsertValue(L->b, r, LLVMBuildSub(L->b, max, lo, ""), 2, "");
	return r;
}
