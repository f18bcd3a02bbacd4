/*
 * lower_map.c: maps through the runtime (runtime.def: rt_map_*).
 *
 * A map value is a pointer to a header of LLGO_MAP_HEADER_SIZE bytes allocated at a "make_map" site
 * (make or a map literal) and initialised by rt_map_init with the map's TypeDesc. Keys are passed
 * by address (a temporary holding the key); lookups return the value slot or null, assignments
 * return the slot to store into. Assigning into a nil map panics (rt_panic_nilmap) before the call.
 * Range over a map uses an iterator of LLGO_MAP_ITER_SIZE bytes in a temporary.
 */
#include <string.h>
#include "llgo/abi.h"
#include "lower_internal.h"

LLVMValueRef lower_map_key_ptr(Lower *L, Node *k, Type *kt)
{
	return lower_map_key_slot(L, lower_expr_to(L, k, kt), kt);
}

LLVMValueRef lower_map_key_slot(Lower *L, LLVMValueRef v, Type *kt)
{
	LLVMValueRef a = lower_alloca(L, LLVMTypeOf(v), "key");
	/* zero the padding: the runtime hashes and compares key bytes */
	LLVMBuildMemSet(L->b, a, LLVMConstInt(L->t_i8, 0, 0), LLVMConstInt(L->t_i64, (unsigned long long)type_size(kt), 0), 1);
	lower_store(L, v, a);
	return a;
}

/* The "make_map" site of a map of type n->type and its initialisation. With no hint or a constant hint
 * of at most LLGO_MAP_INLINE_SLOTS, and small enough slots, the first table rides in the same site
 * (abi.h); else rt_map_init allocates the table. The header points to the table: it is scanned. */
static LLVMValueRef lower_map_site(Lower *L, Node *n, LLVMValueRef hint)
{
	Type *mt = type_underlying(n->type);
	uint64_t slots = LLGO_MAP_INLINE_SLOTS * LLGO_MAP_SLOT_SIZE((uint64_t)type_size(mt->map.key),
		(uint64_t)type_size(mt->map.elem));
	bool small_hint = LLVMIsAConstantInt(hint) && LLVMConstIntGetSExtValue(hint) >= 0 &&
		LLVMConstIntGetSExtValue(hint) <= LLGO_MAP_INLINE_SLOTS;
	bool inline_table = small_hint && slots <= LLGO_MAP_INLINE_MAX;
	uint64_t size = LLGO_MAP_HEADER_SIZE + (inline_table ? LLGO_MAP_INLINE_SLOTS + slots : 0);
	LLVMValueRef m = lower_site_raw(L, SITE_MAKE_MAP, LLVMConstInt(L->t_i64, size, 0), true,
		ast_expr_text(&L->arena, n), n->pos);
	LLVMValueRef td = lower_typedesc(L, n->type);
	if (inline_table)
		lower_rt(L, RT_rt_map_init_inline, (LLVMValueRef[]){ m, td }, 2);
	else
		lower_rt(L, RT_rt_map_init, (LLVMValueRef[]){ m, td, hint }, 3);
	return m;
}

LLVMValueRef lower_make_map(Lower *L, Node *n, Node *hint)
{
	LLVMValueRef h = LLVMConstInt(L->t_i64, 0, 0);
	if (hint)
		h = lower_int64(L, lower_expr(L, hint), hint->type);
	return lower_map_site(L, n, h);
}

/* Address of m[k]'s value slot for storing (creates the entry). */
LLVMValueRef lower_map_assign_slot(Lower *L, Type *map_type, LLVMValueRef m, LLVMValueRef key)
{
	LLVMValueRef isnil = LLVMBuildICmp(L->b, LLVMIntEQ, m, LLVMConstNull(L->t_ptr), "");
	lower_panic_if(L, isnil, RT_rt_panic_nilmap, NULL, 0);
	LLVMValueRef a[3] = { lower_typedesc(L, map_type), m, key };
	return lower_rt(L, RT_rt_map_assign, a, 3);
}

/* m[k] (zero value when absent); with commaok a {V, bool} struct. */
LLVMValueRef lower_map_index(Lower *L, Node *n, bool commaok)
{
	Type *mt = type_underlying(n->index.x->type);
	Type *vt = mt->map.elem;
	LLVMValueRef m = lower_expr(L, n->index.x);
	LLVMValueRef a[3] = { lower_typedesc(L, n->index.x->type), m, lower_map_key_ptr(L, n->index.index, mt->map.key) };
	LLVMValueRef slot = lower_rt(L, RT_rt_map_access, a, 3);
	LLVMValueRef found = LLVMBuildICmp(L->b, LLVMIntNE, slot, LLVMConstNull(L->t_ptr), "found");
	LLVMBasicBlockRef from = LLVMGetInsertBlock(L->b);
	LLVMBasicBlockRef load = lower_new_block(L, "map.load"), done = lower_new_block(L, "map.done");
	LLVMBuildCondBr(L->b, found, load, done);
	LLVMPositionBuilderAtEnd(L->b, load);
	LLVMValueRef v = lower_load(L, vt, slot);
	LLVMBuildBr(L->b, done);
	LLVMPositionBuilderAtEnd(L->b, done);
	LLVMTypeRef lt = lower_type(L, vt);
	LLVMValueRef phi = LLVMBuildPhi(L->b, lt, "");
	LLVMAddIncoming(phi, (LLVMValueRef[]){ LLVMConstNull(lt), v }, (LLVMBasicBlockRef[]){ from, load }, 2);
	if (!commaok)
		return phi;
	LLVMTypeRef st = LLVMStructTypeInContext(L->ctx, (LLVMTypeRef[]){ lt, L->t_i1 }, 2, 0);
	LLVMValueRef r = LLVMBuildInsertValue(L->b, LLVMGetUndef(st), phi, 0, "");
	return LLVMBuildInsertValue(L->b, r, found, 1, "");
}

void lower_map_delete(Lower *L, Node *n)
{
	Node *mn = n->call.args.items[0];
	Type *mt = type_underlying(mn->type);
	LLVMValueRef m = lower_expr(L, mn);
	LLVMValueRef a[3] = { lower_typedesc(L, mn->type), m, lower_map_key_ptr(L, n->call.args.items[1], mt->map.key) };
	lower_rt(L, RT_rt_map_delete, a, 3);
}

void lower_clear(Lower *L, Node *n)
{
	Node *x = n->call.args.items[0];
	Type *u = type_underlying(x->type);
	LLVMValueRef v = lower_expr(L, x);
	if (u->kind == TY_MAP) {
		lower_rt(L, RT_rt_map_clear, (LLVMValueRef[]){ lower_typedesc(L, x->type), v }, 2);
		return;
	}
	LLVMValueRef len = LLVMBuildExtractValue(L->b, v, 1, "");
	LLVMValueRef bytes = LLVMBuildMul(L->b, len, LLVMConstInt(L->t_i64, (unsigned long long)type_size(u->slice.elem), 0), "");
	LLVMBuildMemSet(L->b, LLVMBuildExtractValue(L->b, v, 0, ""), LLVMConstInt(L->t_i8, 0, 0), bytes, 1);
}

/* map[K]V{k: v, ...} */
LLVMValueRef lower_map_lit(Lower *L, Node *n)
{
	Type *mt = type_underlying(n->type);
	LLVMValueRef h = LLVMConstInt(L->t_i64, (unsigned long long)n->composite.elts.len, 0);
	LLVMValueRef m = lower_map_site(L, n, h);
	LLVMValueRef td = lower_typedesc(L, n->type);
	for (int i = 0; i < n->composite.elts.len; i++) {
		Node *kv = n->composite.elts.items[i];
		Node *k = kv->key_value.key, *v = kv->key_value.value;
		LLVMValueRef kp;
		if (ast_unparen(k)->kind == ND_COMPOSITE_LIT && !type_is_interface(mt->map.key)) {
			kp = lower_alloca(L, lower_type(L, mt->map.key), "key");
			LLVMBuildMemSet(L->b, kp, LLVMConstInt(L->t_i8, 0, 0),
				LLVMConstInt(L->t_i64, (unsigned long long)type_size(mt->map.key), 0), 1);
			lower_composite_into(L, ast_unparen(k), kp);
		} else {
			kp = lower_map_key_ptr(L, k, mt->map.key);
		}
		LLVMValueRef val;
		if (ast_unparen(v)->kind == ND_COMPOSITE_LIT && !type_is_interface(mt->map.elem)) {
			LLVMValueRef tmp = lower_alloca(L, lower_type(L, mt->map.elem), "val");
			lower_composite_into(L, ast_unparen(v), tmp);
			val = lower_load(L, mt->map.elem, tmp);
		} else {
			val = lower_expr_to(L, v, mt->map.elem);
		}
		LLVMValueRef slot = lower_rt(L, RT_rt_map_assign, (LLVMValueRef[]){ td, m, kp }, 3);
		lower_store(L, val, slot);
	}
	return m;
}

/* for k, v := range m */
void lower_range_map(Lower *L, Node *n, const char *label)
{
	Node *x = n->range_stmt.x;
	Type *mt = type_underlying(x->type);
	LLVMValueRef m = lower_expr(L, x);
	LLVMValueRef it = lower_alloca(L, LLVMArrayType2(L->t_i64, LLGO_MAP_ITER_SIZE / 8), "mapiter");
	lower_rt(L, RT_rt_map_iter_init, (LLVMValueRef[]){ lower_typedesc(L, x->type), m, it }, 3);
	LLVMBasicBlockRef cond = lower_new_block(L, "mrange.cond"), body = lower_new_block(L, "mrange.body");
	LLVMBasicBlockRef done = lower_new_block(L, "mrange.end");
	lower_br(L, cond);
	LLVMPositionBuilderAtEnd(L->b, cond);
	LLVMValueRef more = lower_rt(L, RT_rt_map_iter_next, &it, 1);
	LLVMBuildCondBr(L->b, LLVMBuildICmp(L->b, LLVMIntNE, more, LLVMConstNull(L->t_i32), ""), body, done);
	LLVMPositionBuilderAtEnd(L->b, body);
	lower_push_target(L, label, done, cond);
	L->loop_depth++;
	Node *kn = n->range_stmt.key, *vn = n->range_stmt.value;
	if (kn && !(ast_unparen(kn)->kind == ND_IDENT && strcmp(ast_unparen(kn)->ident.name, "_") == 0)) {
		LLVMValueRef kv = lower_load(L, mt->map.key, lower_rt(L, RT_rt_map_iter_key, &it, 1));
		if (n->range_stmt.define)
			lower_declare_var(L, ast_unparen(kn)->sym, kv, kn->pos);
		else
			lower_store(L, kv, lower_addr(L, kn));
	}
	if (vn && !(ast_unparen(vn)->kind == ND_IDENT && strcmp(ast_unparen(vn)->ident.name, "_") == 0)) {
		LLVMValueRef vv = lower_load(L, mt->map.elem, lower_rt(L, RT_rt_map_iter_val, &it, 1));
		if (n->range_stmt.define)
			lower_declare_var(L, ast_unparen(vn)->sym, vv, vn->pos);
		else
			lower_store(L, vv, lower_addr(L, vn));
	}
	lower_block(L, n->range_stmt.body);
	lower_br(L, cond);
	L->loop_depth--;
	L->ntargets--;
	LLVMPositionBuilderAtEnd(L->b, done);
}
