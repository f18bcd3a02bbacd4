/*
 * lower_typedesc.c: type descriptors (abi.h TypeDesc), interface tables (Itab) and the
 * interface-call entries of methods.
 *
 * Descriptors are constant globals named "type:<Go spelling>" with linkonce_odr linkage, so each
 * type has one descriptor per program and the runtime compares types by pointer. A descriptor
 * lists the type's method set (sorted by name) with, for each method, an entry that takes the
 * interface data word first: the pointer itself for pointer-shaped (TDF_DIRECT) types, else a
 * pointer to the boxed value; the entry walks embedded fields and calls the method. Itabs for a
 * concrete type converted to a non-empty interface are static globals "itab:<iface>,<type>".
 */
#include <string.h>
#include "llgo/abi.h"
#include "lower_internal.h"

const char *type_string_rt(Type *t);
const char *type_string_link(Type *t);

static LLVMTypeRef td_type(Lower *L)
{
	LLVMTypeRef f[13] = { L->t_i8, L->t_i8, LLVMInt16TypeInContext(L->ctx), L->t_i32, L->t_i64, L->t_str,
		L->t_ptr, L->t_ptr, L->t_i64, L->t_ptr, L->t_ptr, L->t_ptr, L->t_ptr };
	return LLVMStructTypeInContext(L->ctx, f, 13, 0);
}

static int go_kind(Type *t)
{
	Type *u = type_underlying(t);
	switch (u->kind) {
	case TY_BOOL: case TY_UNTYPED_BOOL: return GK_BOOL;
	case TY_INT: case TY_UNTYPED_INT: return GK_INT;
	case TY_INT8: return GK_INT8;
	case TY_INT16: return GK_INT16;
	case TY_INT32: case TY_UNTYPED_RUNE: return GK_INT32;
	case TY_INT64: return GK_INT64;
	case TY_UINT: return GK_UINT;
	case TY_UINT8: return GK_UINT8;
	case TY_UINT16: return GK_UINT16;
	case TY_UINT32: return GK_UINT32;
	case TY_UINT64: return GK_UINT64;
	case TY_UINTPTR: return GK_UINTPTR;
	case TY_FLOAT32: return GK_FLOAT32;
	case TY_FLOAT64: case TY_UNTYPED_FLOAT: return GK_FLOAT64;
	case TY_STRING: case TY_UNTYPED_STRING: return GK_STRING;
	case TY_ARRAY: return GK_ARRAY;
	case TY_SLICE: return GK_SLICE;
	case TY_STRUCT: return GK_STRUCT;
	case TY_POINTER: case TY_UNTYPED_NIL: return GK_POINTER;
	case TY_FUNC: return GK_FUNC;
	case TY_INTERFACE: return GK_INTERFACE;
	case TY_MAP: return GK_MAP;
	case TY_INVALID: case TY_NAMED: case TY_TUPLE: case TY__COUNT: break;
	}
	return GK_INVALID;
}

bool lower_is_direct(Type *t)
{
	Type *u = type_underlying(t);
	return u->kind == TY_POINTER || u->kind == TY_MAP || u->kind == TY_FUNC;
}

static LLVMValueRef str_const(Lower *L, const char *s)
{
	return lower_const_string(L, s, strlen(s));
}

static LLVMValueRef const_array_global(Lower *L, LLVMTypeRef et, LLVMValueRef *vals, unsigned n, const char *name)
{
	if (n == 0)
		return LLVMConstNull(L->t_ptr);
	LLVMValueRef init = LLVMConstArray2(et, vals, n);
	LLVMValueRef g = LLVMAddGlobal(L->mod, LLVMTypeOf(init), name);
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
	return g;
}

static const char *sig_string(Type *sig)
{
	const char *s = type_string_rt(sig);
	return strncmp(s, "func", 4) == 0 ? s + 4 : s;
}

/* *T's entry for T's own value method m with a nil pointer p panics as Go's wrappers do: "value
 * method main.T.m called using nil *T pointer". */
static void wrap_nil_check(Lower *L, LLVMValueRef p, Type *t, const char *m)
{
	LLVMBasicBlockRef bad = lower_new_block(L, "nilwrap"), ok = lower_new_block(L, "ok");
	LLVMBuildCondBr(L->b, LLVMBuildIsNull(L->b, p, ""), bad, ok);
	LLVMPositionBuilderAtEnd(L->b, bad);
	const char *tn = type_string_rt(t), *dot = strrchr(tn, '.');
	const char *msg = arena_printf(&L->arena, "value method %s.%s called using nil *%s pointer", tn, m,
	                               dot ? dot + 1 : tn);
	LLVMValueRef s = lower_const_string(L, msg, strlen(msg));
	LLVMValueRef a[2] = { LLVMBuildExtractValue(L->b, s, 0, ""), LLVMBuildExtractValue(L->b, s, 1, "") };
	lower_rt(L, RT_rt_panic_wrap, a, 2);
	LLVMBuildUnreachable(L->b);
	LLVMPositionBuilderAtEnd(L->b, ok);
}

/* The interface-call entry of method-set entry e of type t: entry(data, args...). */
static LLVMValueRef iface_entry(Lower *L, Type *t, MethodSetEntry *e)
{
	const char *name = arena_printf(&L->arena, "%s.%s$iface", type_string_link(t), e->name);
	LLVMValueRef f = LLVMGetNamedFunction(L->mod, name);
	if (f)
		return f;
	Symbol *m = e->method; /* NULL: promoted from an embedded interface field, called through it */
	f = LLVMAddFunction(L->mod, name, lower_closure_fn_type(L, m ? m->type : e->sig));
	LLVMSetLinkage(f, LLVMLinkOnceODRLinkage);
	LowerThunk saved = lower_thunk_begin(L, f);
	LLVMValueRef p = LLVMGetParam(f, 0);
	Type *cur = type_is_pointer(t) ? type_underlying(t)->pointer.elem : t;
	for (int i = 0; i < e->npath; i++) {
		Type *u = type_underlying(cur);
		if (u->kind == TY_POINTER) {
			lower_nil_check(L, p);
			p = LLVMBuildLoad2(L->b, L->t_ptr, p, "");
			cur = u->pointer.elem;
			u = type_underlying(cur);
		}
		p = LLVMBuildStructGEP2(L->b, lower_type(L, u), p, (unsigned)e->path[i], "");
		cur = u->strct.fields[e->path[i]].type;
	}
	if (type_is_pointer(cur) && e->npath > 0) {
		p = LLVMBuildLoad2(L->b, L->t_ptr, p, "");
		cur = type_underlying(cur)->pointer.elem;
	}
	unsigned n = LLVMCountParams(f);
	LLVMValueRef *args = arena_alloc(&L->arena, sizeof(LLVMValueRef) * n);
	for (unsigned i = 1; i < n; i++)
		args[i] = LLVMGetParam(f, i);
	if (!m) {
		LLVMValueRef iv = lower_load(L, cur, p);
		if (lower_method_may_recover(L, e->name))
			L->defer_forward_from = f;
		LLVMValueRef r = lower_iface_call(L, iv, e->sig, e->iface_index, args + 1, n - 1);
		L->defer_forward_from = NULL;
		if (e->sig->func.nresults == 0)
			LLVMBuildRetVoid(L->b);
		else
			LLVMBuildRet(L->b, r);
		lower_thunk_end(L, saved);
		return f;
	}
	LLVMValueRef target = lower_func_decl_value(L, m);
	if (m->recv_ptr) {
		args[0] = p;
	} else {
		if (e->npath == 0 && type_is_pointer(t))
			wrap_nil_check(L, p, cur, e->name);
		else
			lower_nil_check(L, p);
		args[0] = lower_load(L, cur, p);
	}
	LLVMTypeRef tt = LLVMGlobalGetValueType(target);
	if (lower_calls_recover(m))
		lower_defer_forward(L, L->b, f, target);
	LLVMValueRef r = LLVMBuildCall2(L->b, tt, target, args, n, "");
	if (LLVMGetReturnType(tt) == L->t_void)
		LLVMBuildRetVoid(L->b);
	else
		LLVMBuildRet(L->b, r);
	lower_thunk_end(L, saved);
	return f;
}

static LLVMValueRef methods_table(Lower *L, Type *t, unsigned *count, const char *tname)
{
	*count = 0;
	if (type_is_interface(t))
		return LLVMConstNull(L->t_ptr);
	MethodSet *ms = type_method_set(t);
	if (!ms || ms->n == 0)
		return LLVMConstNull(L->t_ptr);
	LLVMTypeRef mt = LLVMStructTypeInContext(L->ctx, (LLVMTypeRef[]){ L->t_str, L->t_str, L->t_ptr }, 3, 0);
	LLVMValueRef *vals = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)ms->n);
	for (int i = 0; i < ms->n; i++) {
		MethodSetEntry *e = &ms->entries[i];
		LLVMValueRef f[3] = { str_const(L, e->name), str_const(L, sig_string(e->sig)), iface_entry(L, t, e) };
		vals[i] = LLVMConstStructInContext(L->ctx, f, 3, 0);
	}
	*count = (unsigned)ms->n;
	return const_array_global(L, mt, vals, (unsigned)ms->n, arena_printf(&L->arena, "methods:%s", tname));
}

static LLVMValueRef imethods_table(Lower *L, Type *u, const char *tname)
{
	int n = u->iface.nmethods;
	LLVMValueRef *vals = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(n + 1));
	for (int i = 0; i < n; i++) {
		LLVMValueRef f[2] = { str_const(L, u->iface.methods[i].name), str_const(L, sig_string(u->iface.methods[i].sig)) };
		vals[i] = LLVMConstStructInContext(L->ctx, f, 2, 0);
	}
	return const_array_global(L, L->t_iface, vals, (unsigned)n, arena_printf(&L->arena, "imethods:%s", tname));
}

static LLVMValueRef fields_table(Lower *L, Type *u, const char *tname)
{
	int n = u->strct.nfields;
	type_layout(u);
	LLVMTypeRef ft = LLVMStructTypeInContext(L->ctx, (LLVMTypeRef[]){ L->t_str, L->t_ptr, L->t_i64, L->t_i64 }, 4, 0);
	LLVMValueRef *vals = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(n + 1));
	for (int i = 0; i < n; i++) {
		Field *fd = &u->strct.fields[i];
		LLVMValueRef f[4] = { str_const(L, fd->name), lower_typedesc(L, fd->type),
			LLVMConstInt(L->t_i64, (unsigned long long)fd->offset, 0), LLVMConstInt(L->t_i64, fd->embedded, 0) };
		vals[i] = LLVMConstStructInContext(L->ctx, f, 4, 0);
	}
	return const_array_global(L, ft, vals, (unsigned)n, arena_printf(&L->arena, "fields:%s", tname));
}

/* The TypeDesc global of t (created on first use). */
LLVMValueRef lower_typedesc(Lower *L, Type *t)
{
	const char *tname = type_string_rt(t), *lname = type_string_link(t);
	const char *gname = arena_printf(&L->arena, "type:%s", lname);
	LLVMValueRef g = LLVMGetNamedGlobal(L->mod, gname);
	if (g)
		return g;
	LLVMTypeRef tt = td_type(L);
	g = LLVMAddGlobal(L->mod, tt, gname);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
	Type *u = type_underlying(t);
	int flags = (type_is_named(t) ? TDF_NAMED : 0) | (type_has_pointers(t) ? TDF_HASPTR : 0)
		| (type_is_comparable(t) ? TDF_COMPARABLE : 0) | (lower_is_direct(t) ? TDF_DIRECT : 0)
		| (t->kind == TY_NAMED && t->named.sym && t->named.sym->owner ? TDF_LOCAL : 0);
	LLVMValueRef elem = LLVMConstNull(L->t_ptr), key = LLVMConstNull(L->t_ptr), fields = key, imethods = key;
	int64_t len = 0;
	if (u->kind == TY_POINTER || u->kind == TY_SLICE || u->kind == TY_ARRAY)
		elem = lower_typedesc(L, type_elem(u));
	if (u->kind == TY_ARRAY)
		len = u->array.len;
	if (u->kind == TY_MAP) {
		elem = lower_typedesc(L, u->map.elem);
		key = lower_typedesc(L, u->map.key);
	}
	if (u->kind == TY_STRUCT) {
		len = u->strct.nfields;
		fields = fields_table(L, u, lname);
	}
	if (u->kind == TY_INTERFACE) {
		len = u->iface.nmethods;
		imethods = imethods_table(L, u, lname);
	}
	unsigned nm;
	LLVMValueRef methods = methods_table(L, t, &nm, lname);
	LLVMValueRef f[13] = { LLVMConstInt(L->t_i8, (unsigned long long)go_kind(t), 0),
		LLVMConstInt(L->t_i8, (unsigned long long)type_align(t), 0),
		LLVMConstInt(LLVMInt16TypeInContext(L->ctx), (unsigned long long)flags, 0), LLVMConstInt(L->t_i32, nm, 0),
		LLVMConstInt(L->t_i64, (unsigned long long)type_size(t), 0), str_const(L, tname), elem, key,
		LLVMConstInt(L->t_i64, (unsigned long long)len, 0), fields, methods, imethods, LLVMConstNull(L->t_ptr) };
	LLVMSetInitializer(g, LLVMConstNamedStruct(tt, f, 13));
	return g;
}

/* The static itab of concrete type t for interface iface. */
LLVMValueRef lower_itab(Lower *L, Type *iface, Type *t)
{
	const char *gname = arena_printf(&L->arena, "itab:%s,%s", type_string_link(iface), type_string_link(t));
	LLVMValueRef g = LLVMGetNamedGlobal(L->mod, gname);
	if (g)
		return g;
	Type *iu = type_underlying(iface);
	MethodSet *ms = type_method_set(t);
	int n = iu->iface.nmethods;
	LLVMValueRef *fns = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(n + 1));
	for (int i = 0; i < n; i++) {
		fns[i] = LLVMConstNull(L->t_ptr);
		for (int j = 0; ms && j < ms->n; j++)
			if (strcmp(ms->entries[j].name, iu->iface.methods[i].name) == 0)
				fns[i] = iface_entry(L, t, &ms->entries[j]);
	}
	LLVMValueRef f[3] = { lower_typedesc(L, iface), lower_typedesc(L, t), LLVMConstArray2(L->t_ptr, fns, (uint64_t)n) };
	LLVMValueRef init = LLVMConstStructInContext(L->ctx, f, 3, 0);
	g = LLVMAddGlobal(L->mod, LLVMTypeOf(init), gname);
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
	return g;
}
