/*
 * lower_convert.c: conversions between strings and byte/rune slices, and string(rune).
 *
 * Each result is fresh memory at a "convert" allocation site (site.h), with the Go text of the
 * conversion for -m (`([]byte)(s)`, `string(b)`). Bytes are copied with llvm.memcpy; runes go
 * through the runtime's UTF-8 helpers (rt_encode_rune, rt_rune_count, rt_string_to_runes,
 * rt_runes_byte_len, rt_runes_to_string).
 *
 * string(b) of at most one byte takes no memory at all, as in Go's runtime: the empty string, or the
 * byte's entry of a 256-byte constant table (llgo.onebyte); only longer results reach the site.
 */
#include "lower_internal.h"

static LLVMValueRef make_str(Lower *L, LLVMValueRef p, LLVMValueRef n)
{
	LLVMValueRef r = LLVMBuildInsertValue(L->b, LLVMGetUndef(L->t_str), p, 0, "");
	return LLVMBuildInsertValue(L->b, r, n, 1, "");
}

static LLVMValueRef make_slice(Lower *L, LLVMValueRef p, LLVMValueRef n)
{
	LLVMValueRef r = LLVMBuildInsertValue(L->b, LLVMGetUndef(L->t_slice), p, 0, "");
	r = LLVMBuildInsertValue(L->b, r, n, 1, "");
	return LLVMBuildInsertValue(L->b, r, n, 2, "");
}

static bool is_rune_slice(Type *t)
{
	Type *u = type_underlying(t);
	return u->kind == TY_SLICE && type_underlying(u->slice.elem)->kind == TY_INT32;
}

/* The module's table of the 256 one-byte strings. */
static LLVMValueRef onebyte_table(Lower *L)
{
	LLVMValueRef g = LLVMGetNamedGlobal(L->mod, "llgo.onebyte");
	if (g)
		return g;
	char bytes[256];
	for (int i = 0; i < 256; i++)
		bytes[i] = (char)i;
	LLVMValueRef init = LLVMConstStringInContext(L->ctx, bytes, 256, 1);
	g = LLVMAddGlobal(L->mod, LLVMTypeOf(init), "llgo.onebyte");
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMInternalLinkage);
	LLVMSetUnnamedAddr(g, 1);
	return g;
}

/* string(b) for a []byte b = {sp, sl}: a table entry when sl <= 1, else a copy at the site. */
static LLVMValueRef bytes_to_string(Lower *L, Node *n, LLVMValueRef sp, LLVMValueRef sl, const char *text)
{
	LLVMBasicBlockRef small = lower_new_block(L, "str.onebyte"), copy = lower_new_block(L, "str.copy");
	LLVMBasicBlockRef done = lower_new_block(L, "str.done");
	LLVMValueRef le1 = LLVMBuildICmp(L->b, LLVMIntULE, sl, LLVMConstInt(L->t_i64, 1, 0), "");
	LLVMBuildCondBr(L->b, le1, small, copy);
	LLVMPositionBuilderAtEnd(L->b, small);
	LLVMValueRef first = LLVMBuildLoad2(L->b, L->t_i8,
		LLVMBuildSelect(L->b, LLVMBuildIsNull(L->b, sl, ""), onebyte_table(L), sp, ""), "");
	LLVMValueRef idx = LLVMBuildZExt(L->b, first, L->t_i64, "");
	LLVMValueRef entry = LLVMBuildGEP2(L->b, L->t_i8, onebyte_table(L), &idx, 1, "");
	LLVMBuildBr(L->b, done);
	LLVMPositionBuilderAtEnd(L->b, copy);
	LLVMValueRef p = lower_site(L, SITE_CONVERT, NULL, sl, text, n->pos);
	LLVMBuildMemCpy(L->b, p, 1, sp, 1, sl);
	LLVMBasicBlockRef copied = LLVMGetInsertBlock(L->b);
	LLVMBuildBr(L->b, done);
	LLVMPositionBuilderAtEnd(L->b, done);
	LLVMValueRef phi = LLVMBuildPhi(L->b, L->t_ptr, "");
	LLVMAddIncoming(phi, (LLVMValueRef[]){ entry, p }, (LLVMBasicBlockRef[]){ small, copied }, 2);
	return make_str(L, phi, sl);
}

/* string(x) for an integer, a []byte or a []rune x. */
static LLVMValueRef to_string(Lower *L, Node *n, Node *x, const char *text)
{
	Type *fu = type_underlying(x->type);
	LLVMValueRef v = lower_expr(L, x);
	if (type_is_integer(fu)) {
		LLVMValueRef p = lower_site(L, SITE_CONVERT, NULL, LLVMConstInt(L->t_i64, 4, 0), text, n->pos);
		LLVMValueRef r64 = lower_int64(L, v, fu);
		/* out-of-range code points become U+FFFD (the runtime checks the i32 value) */
		LLVMValueRef bad = LLVMBuildICmp(L->b, LLVMIntUGT, r64, LLVMConstInt(L->t_i64, 0x10FFFF, 0), "");
		r64 = LLVMBuildSelect(L->b, bad, LLVMConstInt(L->t_i64, 0xFFFD, 0), r64, "");
		LLVMValueRef a[2] = { p, LLVMBuildTrunc(L->b, r64, L->t_i32, "") };
		return make_str(L, p, lower_rt(L, RT_rt_encode_rune, a, 2));
	}
	LLVMValueRef sp = LLVMBuildExtractValue(L->b, v, 0, ""), sl = LLVMBuildExtractValue(L->b, v, 1, "");
	if (is_rune_slice(x->type)) {
		LLVMValueRef n8 = lower_rt(L, RT_rt_runes_byte_len, (LLVMValueRef[]){ sp, sl }, 2);
		LLVMValueRef p = lower_site(L, SITE_CONVERT, NULL, n8, text, n->pos);
		lower_rt(L, RT_rt_runes_to_string, (LLVMValueRef[]){ p, sp, sl }, 3);
		return make_str(L, p, n8);
	}
	return bytes_to_string(L, n, sp, sl, text);
}

/* []byte(s) or []rune(s). */
static LLVMValueRef to_slice(Lower *L, Node *n, Node *x, const char *text)
{
	LLVMValueRef v = lower_expr(L, x);
	LLVMValueRef sp = LLVMBuildExtractValue(L->b, v, 0, ""), sl = LLVMBuildExtractValue(L->b, v, 1, "");
	if (is_rune_slice(n->type)) {
		LLVMValueRef cnt = lower_rt(L, RT_rt_rune_count, (LLVMValueRef[]){ sp, sl }, 2);
		LLVMValueRef size = LLVMBuildMul(L->b, cnt, LLVMConstInt(L->t_i64, 4, 0), "");
		LLVMValueRef p = lower_site(L, SITE_CONVERT, NULL, size, text, n->pos);
		lower_rt(L, RT_rt_string_to_runes, (LLVMValueRef[]){ p, sp, sl }, 3);
		return make_slice(L, p, cnt);
	}
	LLVMValueRef p = lower_site(L, SITE_CONVERT, NULL, sl, text, n->pos);
	LLVMBuildMemCpy(L->b, p, 1, sp, 1, sl);
	return make_slice(L, p, sl);
}

/* Conversions that allocate; NULL when n is not one of them. */
LLVMValueRef lower_alloc_conversion(Lower *L, Node *n)
{
	Node *x = n->call.args.items[0];
	Type *tu = type_underlying(n->type), *fu = type_underlying(x->type);
	const char *text = ast_expr_text(&L->arena, n);
	if (type_is_string(tu) && !type_is_string(fu))
		return to_string(L, n, x, text);
	if (tu->kind == TY_SLICE && type_is_string(fu))
		return to_slice(L, n, x, text);
	return NULL;
}
