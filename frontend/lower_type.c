/*
 * lower_type.c: Go types to LLVM types, and Go constants to LLVM constants.
 *
 * The mapping mirrors abi.h: bool i1 (a byte in memory), sized integers iN, int/uint/uintptr i64,
 * float32/float64 float/double, string {ptr,i64}, slice {ptr,i64,i64}, interfaces {ptr,ptr}, and
 * pointers, maps and func values a single ptr. Arrays and structs become LLVM arrays and literal
 * structs with natural alignment, which gives Go's layout on LP64 targets. Named types are lowered
 * as their underlying type. Untyped kinds (what the checker leaves on some constant nodes) map to
 * their default types.
 */
#include <string.h>
#include "lower_internal.h"

static LLVMTypeRef lower_struct_type(Lower *L, Type *t)
{
	int n = t->strct.nfields;
	LLVMTypeRef *el = arena_alloc(&L->arena, sizeof(LLVMTypeRef) * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++)
		el[i] = lower_type(L, t->strct.fields[i].type);
	return LLVMStructTypeInContext(L->ctx, el, (unsigned)n, 0);
}

static LLVMTypeRef lower_tuple_type(Lower *L, Type *t)
{
	int n = t->tuple.n;
	LLVMTypeRef *el = arena_alloc(&L->arena, sizeof(LLVMTypeRef) * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++)
		el[i] = lower_type(L, t->tuple.elems[i]);
	return LLVMStructTypeInContext(L->ctx, el, (unsigned)n, 0);
}

static size_t lower_named_slot(const Lower *L, const Type *t)
{
	size_t i = ((uintptr_t)t >> 4) * 0x9E3779B97F4A7C15ull & (L->named_cap - 1);
	while (L->named_keys[i] && L->named_keys[i] != t)
		i = (i + 1) & (L->named_cap - 1);
	return i;
}

/* Named types are lowered as their underlying type, once each. */
static LLVMTypeRef lower_named_type(Lower *L, Type *t)
{
	if (L->named_cap && L->named_keys[lower_named_slot(L, t)])
		return L->named_vals[lower_named_slot(L, t)];
	LLVMTypeRef r = lower_type(L, type_underlying(t));
	if (2 * (L->named_len + 1) > L->named_cap) {
		size_t oldcap = L->named_cap;
		Type **oldk = L->named_keys;
		LLVMTypeRef *oldv = L->named_vals;
		L->named_cap = oldcap ? oldcap * 2 : 64;
		L->named_keys = arena_alloc(&L->arena, sizeof(Type *) * L->named_cap);
		L->named_vals = arena_alloc(&L->arena, sizeof(LLVMTypeRef) * L->named_cap);
		memset(L->named_keys, 0, sizeof(Type *) * L->named_cap);
		for (size_t i = 0; i < oldcap; i++)
			if (oldk[i]) {
				size_t k = lower_named_slot(L, oldk[i]);
				L->named_keys[k] = oldk[i];
				L->named_vals[k] = oldv[i];
			}
	}
	size_t k = lower_named_slot(L, t);
	L->named_keys[k] = t;
	L->named_vals[k] = r;
	L->named_len++;
	return r;
}

LLVMTypeRef lower_type(Lower *L, Type *t)
{
	switch (t->kind) {
	case TY_INVALID: return L->t_i64;
	case TY_BOOL: case TY_UNTYPED_BOOL: return L->t_i1;
	case TY_INT8: case TY_UINT8: return L->t_i8;
	case TY_INT16: case TY_UINT16: return LLVMInt16TypeInContext(L->ctx);
	case TY_INT32: case TY_UINT32: case TY_UNTYPED_RUNE: return L->t_i32;
	case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR: case TY_UNTYPED_INT:
		return L->t_i64;
	case TY_FLOAT32: return LLVMFloatTypeInContext(L->ctx);
	case TY_FLOAT64: case TY_UNTYPED_FLOAT: return L->t_f64;
	case TY_STRING: case TY_UNTYPED_STRING: return L->t_str;
	case TY_UNTYPED_NIL: case TY_POINTER: case TY_FUNC: case TY_MAP: return L->t_ptr;
	case TY_ARRAY: return LLVMArrayType2(lower_type(L, t->array.elem), (uint64_t)t->array.len);
	case TY_SLICE: return L->t_slice;
	case TY_STRUCT: return lower_struct_type(L, t);
	case TY_INTERFACE: return L->t_iface;
	case TY_NAMED: return lower_named_type(L, t);
	case TY_TUPLE: return lower_tuple_type(L, t);
	case TY__COUNT: break;
	}
	diag_internal("lower_type: bad type kind %d", (int)t->kind);
}

/* void, the single result's type, or a struct of all results. */
LLVMTypeRef lower_result_type(Lower *L, Type *sig)
{
	int n = sig->func.nresults;
	if (n == 0)
		return L->t_void;
	if (n == 1)
		return lower_type(L, sig->func.results[0]);
	LLVMTypeRef *el = arena_alloc(&L->arena, sizeof(LLVMTypeRef) * (size_t)n);
	for (int i = 0; i < n; i++)
		el[i] = lower_type(L, sig->func.results[i]);
	return LLVMStructTypeInContext(L->ctx, el, (unsigned)n, 0);
}

/* The LLVM function type of a Go function: receiver (if any) first, then the parameters. */
LLVMTypeRef lower_func_type(Lower *L, Type *sig, Type *recv)
{
	int n = sig->func.nparams + (recv ? 1 : 0);
	LLVMTypeRef *ps = arena_alloc(&L->arena, sizeof(LLVMTypeRef) * (size_t)(n ? n : 1));
	int k = 0;
	if (recv)
		ps[k++] = lower_type(L, recv);
	for (int i = 0; i < sig->func.nparams; i++)
		ps[k++] = lower_type(L, sig->func.params[i]);
	return LLVMFunctionType(lower_result_type(L, sig), ps, (unsigned)n, 0);
}

int64_t lower_size(Lower *L, Type *t)
{
	(void)L;
	return type_size(t);
}

LLVMValueRef lower_zero(Lower *L, Type *t)
{
	return LLVMConstNull(lower_type(L, t));
}

/* A string constant: a private global holding the bytes, as {ptr, len}. */
LLVMValueRef lower_const_string(Lower *L, const char *s, size_t len)
{
	LLVMValueRef ptr = LLVMConstNull(L->t_ptr);
	if (len > 0) {
		LLVMValueRef init = LLVMConstStringInContext2(L->ctx, s, len, 1);
		LLVMValueRef g = LLVMAddGlobal(L->mod, LLVMTypeOf(init), ".str");
		LLVMSetInitializer(g, init);
		LLVMSetGlobalConstant(g, 1);
		LLVMSetLinkage(g, LLVMPrivateLinkage);
		LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
		LLVMSetAlignment(g, 1);
		ptr = g;
	}
	LLVMValueRef f[2] = { ptr, LLVMConstInt(L->t_i64, len, 0) };
	return LLVMConstStructInContext(L->ctx, f, 2, 0);
}

LLVMValueRef lower_const(Lower *L, ConstVal *cv, Type *t)
{
	Type *u = type_underlying(t);
	LLVMTypeRef lt = lower_type(L, u);
	if (type_is_interface(u))
		return LLVMConstNull(lt); /* nil; non-nil constants are boxed by lower_expr_to */
	switch (cv->kind) {
	case CV_BOOL:
		return LLVMConstInt(lt, cv->b ? 1 : 0, 0);
	case CV_INT:
		if (type_is_float(u))
			return LLVMConstReal(lt, const_to_double(cv));
		return LLVMConstInt(lt, (unsigned long long)const_to_int64(cv), 0);
	case CV_FLOAT:
		if (type_is_integer(u))
			return LLVMConstInt(lt, (unsigned long long)const_to_int64(cv), 0);
		return LLVMConstReal(lt, const_to_double(cv));
	case CV_STRING:
		return lower_const_string(L, cv->s, cv->slen);
	}
	diag_internal("lower_const: bad constant kind");
}
