/*
 * lower_range.c: `for ... range` over integers, slices, arrays (and pointers to arrays) and strings.
 *
 * The range expression is evaluated once; a hidden index counts from 0 to the length. Key and
 * value variables of `:=` ranges are declared afresh in every iteration (Go 1.22), so a site-
 * allocated one gets a new site per iteration. Strings decode UTF-8 with rt_decode_rune, which
 * returns {rune, next index}.
 */
#include <string.h>
#include "lower_internal.h"

static bool blank(Node *n)
{
	return !n || (ast_unparen(n)->kind == ND_IDENT && strcmp(ast_unparen(n)->ident.name, "_") == 0);
}

/* Assigns or declares one range variable. */
static void bind_range_var(Lower *L, Node *n, Node *var, LLVMValueRef v)
{
	if (blank(var))
		return;
	if (n->range_stmt.define)
		lower_declare_var(L, ast_unparen(var)->sym, v, var->pos);
	else
		lower_store(L, v, lower_addr(L, var));
}

typedef struct RangeLoop {
	LLVMValueRef idx;          /* slot of the hidden index */
	LLVMBasicBlockRef cond, body, post, done;
} RangeLoop;

static void range_begin(Lower *L, RangeLoop *r, LLVMValueRef len, const char *label)
{
	r->idx = lower_alloca(L, L->t_i64, "range.i");
	lower_store(L, LLVMConstInt(L->t_i64, 0, 0), r->idx);
	r->cond = lower_new_block(L, "range.cond");
	r->body = lower_new_block(L, "range.body");
	r->post = lower_new_block(L, "range.post");
	r->done = lower_new_block(L, "range.end");
	lower_br(L, r->cond);
	LLVMPositionBuilderAtEnd(L->b, r->cond);
	LLVMValueRef i = LLVMBuildLoad2(L->b, L->t_i64, r->idx, "i");
	LLVMBuildCondBr(L->b, LLVMBuildICmp(L->b, LLVMIntSLT, i, len, ""), r->body, r->done);
	LLVMPositionBuilderAtEnd(L->b, r->body);
	lower_push_target(L, label, r->done, r->post);
	L->loop_depth++;
}

static void range_end(Lower *L, RangeLoop *r, Node *body, LLVMValueRef next)
{
	lower_block(L, body);
	lower_br(L, r->post);
	LLVMPositionBuilderAtEnd(L->b, r->post);
	if (!next) {
		LLVMValueRef i = LLVMBuildLoad2(L->b, L->t_i64, r->idx, "");
		next = LLVMBuildAdd(L->b, i, LLVMConstInt(L->t_i64, 1, 0), "");
	}
	lower_store(L, next, r->idx);
	L->loop_depth--;
	L->ntargets--;
	LLVMBuildBr(L->b, r->cond);
	LLVMPositionBuilderAtEnd(L->b, r->done);
}

static void range_string(Lower *L, Node *n, LLVMValueRef s, const char *label)
{
	RangeLoop r;
	LLVMValueRef len = LLVMBuildExtractValue(L->b, s, 1, "");
	LLVMValueRef next = lower_alloca(L, L->t_i64, "range.next");
	range_begin(L, &r, len, label);
	LLVMValueRef i = LLVMBuildLoad2(L->b, L->t_i64, r.idx, "");
	LLVMValueRef args[3] = { LLVMBuildExtractValue(L->b, s, 0, ""), len, i };
	LLVMValueRef pair = lower_rt(L, RT_rt_decode_rune, args, 3);
	lower_store(L, LLVMBuildExtractValue(L->b, pair, 1, ""), next);
	bind_range_var(L, n, n->range_stmt.key, lower_convert_value(L, i, type_basic(TY_INT),
		n->range_stmt.key ? n->range_stmt.key->type : type_basic(TY_INT), n->pos));
	if (!blank(n->range_stmt.value)) {
		LLVMValueRef rv = LLVMBuildTrunc(L->b, LLVMBuildExtractValue(L->b, pair, 0, ""), L->t_i32, "");
		bind_range_var(L, n, n->range_stmt.value, rv);
	}
	lower_block(L, n->range_stmt.body);
	lower_br(L, r.post);
	LLVMPositionBuilderAtEnd(L->b, r.post);
	lower_store(L, LLVMBuildLoad2(L->b, L->t_i64, next, ""), r.idx);
	L->loop_depth--;
	L->ntargets--;
	LLVMBuildBr(L->b, r.cond);
	LLVMPositionBuilderAtEnd(L->b, r.done);
}

void lower_range(Lower *L, Node *n)
{
	const char *label = lower_take_label(L);
	Node *x = n->range_stmt.x;
	Type *u = type_underlying(x->type);
	Node *key = n->range_stmt.key, *val = n->range_stmt.value;
	RangeLoop r;
	if (type_is_integer(u)) {
		LLVMValueRef len = lower_int64(L, lower_expr(L, x), u);
		range_begin(L, &r, len, label);
		LLVMValueRef i = LLVMBuildLoad2(L->b, L->t_i64, r.idx, "");
		if (!blank(key))
			bind_range_var(L, n, key, lower_convert_value(L, i, type_basic(TY_INT64), key->type, n->pos));
		range_end(L, &r, n->range_stmt.body, NULL);
		return;
	}
	if (u->kind == TY_MAP) {
		lower_range_map(L, n, label);
		return;
	}
	if (type_is_string(u)) {
		range_string(L, n, lower_expr(L, x), label);
		return;
	}
	LLVMValueRef base, len;
	Type *et;
	if (u->kind == TY_SLICE) {
		LLVMValueRef s = lower_expr(L, x);
		base = LLVMBuildExtractValue(L->b, s, 0, "");
		len = LLVMBuildExtractValue(L->b, s, 1, "");
		et = u->slice.elem;
	} else if (u->kind == TY_ARRAY || (u->kind == TY_POINTER && type_underlying(u->pointer.elem)->kind == TY_ARRAY)) {
		Type *au = u->kind == TY_ARRAY ? u : type_underlying(u->pointer.elem);
		et = au->array.elem;
		len = LLVMConstInt(L->t_i64, (unsigned long long)au->array.len, 0);
		if (u->kind == TY_POINTER)
			base = lower_expr(L, x);
		else if (blank(val))
			base = NULL;
		else {
			/* ranging over an array value copies it first */
			LLVMValueRef v = lower_expr(L, x);
			base = lower_alloca(L, LLVMTypeOf(v), "range.arr");
			lower_store(L, v, base);
		}
	} else {
		lower_unsupported(L, n->pos, "range over this type");
		return;
	}
	range_begin(L, &r, len, label);
	LLVMValueRef i = LLVMBuildLoad2(L->b, L->t_i64, r.idx, "");
	if (!blank(key))
		bind_range_var(L, n, key, i);
	if (!blank(val) && base) {
		LLVMValueRef p = LLVMBuildGEP2(L->b, lower_type(L, et), base, &i, 1, "");
		bind_range_var(L, n, val, lower_load(L, et, p));
		/* Go copies *x into a heap value variable whatever its type: mark the site (site.h rule 7) */
		LLVMValueRef last = LLVMGetLastInstruction(LLVMGetInsertBlock(L->b));
		if (u->kind == TY_SLICE && n->range_stmt.define && last && LLVMIsAStoreInst(last) &&
			LLVMIsACallInst(LLVMGetOperand(last, 0)))
			LLVMSetMetadata(LLVMGetOperand(last, 0), LLVMGetMDKindIDInContext(L->ctx, "llgo.rangevalue", 15),
				LLVMMetadataAsValue(L->ctx, LLVMMDNodeInContext2(L->ctx, NULL, 0)));
	}
	range_end(L, &r, n->range_stmt.body, NULL);
}
