/*
 * lower_hook.c: Go functions declared without a body, implemented by the C runtime.
 *
 * The bundled standard packages are written in Go; where the subset cannot express something
 * (libm, float formatting, system calls, walking type descriptors) a package declares a function
 * without a body whose name is an entry of include/llgo/runtime.def, e.g.
 *
 *     func math_sqrt(x float64) float64          RT(math_sqrt, RTF_NONE, T_F64, "-", T_F64)
 *
 * Lowering gives such a function a body that splits each Go argument into the runtime's words and
 * calls the runtime entry: bool -> i32; integers -> i64 (sign- or zero-extended); floats -> double;
 * pointers, maps, funcs -> ptr; string -> ptr, len; slice -> ptr, len, cap; interface -> two ptrs.
 * The result comes back the same way (string from T_STR, a slice from T_SPAN with cap = len). The
 * escape pass then sees an ordinary Go function calling a runtime entry whose escape behaviour
 * runtime.def declares, so a hook is analysed like any other call. The checker (check_hook.c) has
 * already rejected, with a positioned error, any Go signature that does not match its entry.
 */
#include "lower_internal.h"

/* Appends the runtime words of Go value v of type t to out, as check_hook.c classifies them: a
 * one-word scalar is widened to its word type, a string, slice or interface is split into fields. */
static void hook_split(Lower *L, LLVMValueRef v, Type *t, LLVMValueRef *out, unsigned *n)
{
	RtType w[3];
	int k = 0;
	check_hook_param_words(t, w, &k);
	if (k > 1) {
		for (int i = 0; i < k; i++)
			out[(*n)++] = LLVMBuildExtractValue(L->b, v, (unsigned)i, "");
		return;
	}
	Type *u = type_underlying(t);
	if (w[0] == RTT_I32)
		v = LLVMBuildZExt(L->b, v, L->t_i32, "");
	else if (w[0] == RTT_I64)
		v = type_is_unsigned(u) ? LLVMBuildZExtOrBitCast(L->b, v, L->t_i64, "")
		                        : LLVMBuildSExtOrBitCast(L->b, v, L->t_i64, "");
	else if (w[0] == RTT_F64)
		v = LLVMBuildFPCast(L->b, v, L->t_f64, "");
	out[(*n)++] = v;
}

/* Converts the runtime's result r back to Go type t. */
static LLVMValueRef hook_result(Lower *L, LLVMValueRef r, Type *t)
{
	Type *u = type_underlying(t);
	LLVMTypeRef lt = lower_type(L, u);
	if (type_is_boolean(u))
		return LLVMBuildICmp(L->b, LLVMIntNE, r, LLVMConstInt(L->t_i32, 0, 0), "");
	if (type_is_integer(u))
		return LLVMBuildTruncOrBitCast(L->b, r, lt, "");
	if (type_is_float(u))
		return LLVMBuildFPCast(L->b, r, lt, "");
	if (u->kind == TY_SLICE) {
		LLVMValueRef p = LLVMBuildExtractValue(L->b, r, 0, ""), n = LLVMBuildExtractValue(L->b, r, 1, "");
		LLVMValueRef s = LLVMGetUndef(L->t_slice);
		s = LLVMBuildInsertValue(L->b, s, p, 0, "");
		s = LLVMBuildInsertValue(L->b, s, n, 1, "");
		return LLVMBuildInsertValue(L->b, s, n, 2, "");
	}
	return r; /* pointers, strings and interfaces have the runtime's layout already */
}

/* Defines fn (the LLVM function of bodyless Go function f) as a call of runtime entry id. */
void lower_hook_body(Lower *L, Symbol *f, FuncInfo *fi, LLVMValueRef fn, RtId id)
{
	Type *sig = f->type;
	LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(L->ctx, fn, "entry");
	LLVMPositionBuilderAtEnd(L->b, entry);
	LLVMValueRef words[12];
	unsigned n = 0;
	for (int i = 0; i < sig->func.nparams; i++)
		hook_split(L, LLVMGetParam(fn, (unsigned)i), sig->func.params[i], words, &n);
	LLVMValueRef r = lower_rt(L, id, words, n);
	if (!sig->func.nresults)
		LLVMBuildRetVoid(L->b);
	else
		LLVMBuildRet(L->b, hook_result(L, r, sig->func.results[0]));
}
