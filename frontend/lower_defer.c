/*
 * lower_defer.c: defer, recover, and returns of functions that defer (abi.h "Defer frames").
 *
 * A function with `defer` reserves a 16-aligned LLGO_DEFER_FRAME_SIZE-byte frame in its entry
 * block, calls rt_defer_push(frame) and then `_setjmp(frame)` (returns_twice). A non-zero result
 * means a deferred call recovered a panic: the function runs rt_defer_return(frame) and returns its
 * results' current values. Results of such functions live in memory (named results in their
 * variables, unnamed ones in hidden slots); every `return` stores them, calls rt_defer_return, and
 * returns what the slots hold then, so deferred closures can change named results.
 *
 * `defer f(args)` evaluates f and the arguments at once into a closure object allocated at a
 * "defer" site: { thunk, callee, args... }; the thunk takes that object, loads the fields and makes
 * the call. rt_defer_add(frame, closure) registers it.
 */
#include <string.h>
#include <llvm-c/Target.h>
#include "llgo/abi.h"
#include "lower_internal.h"

/* Sets up the frame at function entry (after parameters and results are bound). */
void lower_defer_prologue(Lower *L)
{
	LLVMValueRef frame = lower_alloca(L, LLVMArrayType2(L->t_i8, LLGO_DEFER_FRAME_SIZE), "deferframe");
	LLVMSetAlignment(frame, LLGO_DEFER_FRAME_ALIGN);
	L->defer_frame = frame;
	Type *sig = L->fsig;
	int nr = sig->func.nresults;
	L->result_slots = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(nr + 1));
	for (int i = 0; i < nr; i++) {
		if (L->fi->named_results)
			continue;
		L->result_slots[i] = lower_alloca(L, lower_type(L, sig->func.results[i]), "result");
		lower_store(L, lower_zero(L, sig->func.results[i]), L->result_slots[i]);
	}
	lower_rt(L, RT_rt_defer_push, &frame, 1);
	LLVMValueRef sj = LLVMGetNamedFunction(L->mod, "_setjmp");
	LLVMTypeRef sjt = LLVMFunctionType(L->t_i32, &L->t_ptr, 1, 0);
	unsigned rt2 = LLVMGetEnumAttributeKindForName("returns_twice", 13);
	if (!sj) {
		sj = LLVMAddFunction(L->mod, "_setjmp", sjt);
		LLVMAddAttributeAtIndex(sj, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(L->ctx, rt2, 0));
	}
	LLVMValueRef r = LLVMBuildCall2(L->b, sjt, sj, &frame, 1, "sj");
	LLVMAddCallSiteAttribute(r, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(L->ctx, rt2, 0));
	LLVMBasicBlockRef rec = lower_new_block(L, "recovered"), body = lower_new_block(L, "body");
	LLVMBuildCondBr(L->b, LLVMBuildICmp(L->b, LLVMIntNE, r, LLVMConstNull(L->t_i32), ""), rec, body);
	LLVMPositionBuilderAtEnd(L->b, rec);
	L->recovering = true;
	lower_defer_return(L, NULL);
	L->recovering = false;
	LLVMPositionBuilderAtEnd(L->b, body);
}

/* The address of result i in a function that defers. */
static LLVMValueRef result_addr(Lower *L, int i)
{
	if (L->fi->named_results)
		return lower_var_addr(L, L->fi->results[i]);
	return L->result_slots[i];
}

/* Stores vs (if any) into the results, runs the deferred calls, returns the results. */
void lower_defer_return(Lower *L, LLVMValueRef *vs)
{
	Type *sig = L->fsig;
	int nr = sig->func.nresults;
	for (int i = 0; vs && i < nr; i++)
		lower_store(L, vs[i], result_addr(L, i));
	lower_rt(L, RT_rt_defer_return, &L->defer_frame, 1);
	LLVMValueRef *out = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(nr + 1));
	for (int i = 0; i < nr; i++) {
		out[i] = lower_load(L, sig->func.results[i], result_addr(L, i));
		/* after _setjmp returned again, memory may have changed behind LLVM's back */
		if (L->recovering)
			LLVMSetVolatile(out[i], 1);
	}
	if (nr == 0)
		LLVMBuildRetVoid(L->b);
	else if (nr == 1)
		LLVMBuildRet(L->b, out[0]);
	else
		LLVMBuildAggregateRet(L->b, out, (unsigned)nr);
}

/* Builds thunk(env): loads callee and args from env (layout et) and performs the call. */
static LLVMValueRef defer_thunk(Lower *L, LLVMTypeRef et, int kind, LLVMValueRef callee, Type *sig, int slot,
	unsigned nargs)
{
	LLVMValueRef f = LLVMAddFunction(L->mod, arena_printf(&L->arena, "%s.deferwrap", LLVMGetValueName(L->fn)),
		LLVMFunctionType(L->t_void, &L->t_ptr, 1, 0));
	LLVMSetLinkage(f, LLVMInternalLinkage);
	LowerThunk saved = lower_thunk_begin(L, f);
	LLVMValueRef env = LLVMGetParam(f, 0);
	LLVMValueRef *args = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (nargs + 1));
	for (unsigned i = 0; i < nargs; i++)
		args[i] = LLVMBuildLoad2(L->b, LLVMStructGetTypeAtIndex(et, i + 2),
			LLVMBuildStructGEP2(L->b, et, env, i + 2, ""), "");
	LLVMValueRef cv = LLVMBuildLoad2(L->b, LLVMStructGetTypeAtIndex(et, 1), LLVMBuildStructGEP2(L->b, et, env, 1, ""), "");
	if (kind == 0)
		LLVMBuildCall2(L->b, LLVMGlobalGetValueType(callee), callee, args, nargs, "");
	else if (kind == 1)
		lower_call_value(L, cv, sig, args, nargs);
	else if (kind >= 3)
		lower_print_values(L, L->defer_print, args, kind == 3);
	else
		lower_iface_call(L, cv, sig, slot, args, nargs);
	LLVMBuildRetVoid(L->b);
	lower_thunk_end(L, saved);
	return f;
}

/* A deferred nil func value panics when it is called at the function's exit, not at the defer
 * statement: this constant closure, deferred in its place, calls rt_panic_nil. */
static LLVMValueRef nil_func_closure(Lower *L)
{
	LLVMValueRef g = LLVMGetNamedGlobal(L->mod, "llgo.nilfunc");
	if (g)
		return g;
	LLVMTypeRef ft = LLVMFunctionType(L->t_void, &L->t_ptr, 1, 0);
	LLVMValueRef f = LLVMAddFunction(L->mod, "llgo.nilfunc$code", ft);
	LLVMSetLinkage(f, LLVMInternalLinkage);
	LowerThunk saved = lower_thunk_begin(L, f);
	lower_rt(L, RT_rt_panic_nil, NULL, 0);
	LLVMBuildUnreachable(L->b);
	lower_thunk_end(L, saved);
	LLVMValueRef init = LLVMConstStructInContext(L->ctx, &f, 1, 0);
	g = LLVMAddGlobal(L->mod, LLVMTypeOf(init), "llgo.nilfunc");
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMInternalLinkage);
	return g;
}

void lower_defer_stmt(Lower *L, Node *n)
{
	Node *call = n->call_stmt.call;
	Node *fun = ast_unparen(call->call.fun);
	LLVMValueRef args[64], cv = LLVMConstNull(L->t_ptr), callee = NULL;
	unsigned k = 0;
	int kind, slot = 0;
	Type *sig;
	if (fun->kind == ND_IDENT && fun->sym && fun->sym->kind == SYM_FUNC) {
		kind = 0;
		callee = lower_func_decl_value(L, fun->sym);
		sig = fun->sym->type;
	} else if (fun->kind == ND_SELECTOR && fun->sel && fun->sel->kind == SEL_METHOD) {
		kind = 0;
		callee = lower_func_decl_value(L, fun->sel->method);
		sig = fun->sel->method->type;
		args[k++] = lower_method_recv(L, fun);
	} else if (fun->kind == ND_SELECTOR && fun->sel && fun->sel->kind == SEL_IFACE_METHOD) {
		kind = 2;
		cv = lower_expr(L, fun->selector.x);
		lower_nil_check(L, LLVMBuildExtractValue(L->b, cv, 0, "")); /* x.M is evaluated now: nil x panics */
		sig = type_underlying(fun->type);
		slot = fun->sel->iface_index;
	} else if (fun->mode != MODE_TYPEXPR && !(fun->sym && fun->sym->kind == SYM_BUILTIN)
		&& type_underlying(fun->type)->kind == TY_FUNC) {
		kind = 1;
		cv = lower_expr(L, fun);
		sig = type_underlying(fun->type);
	} else if (fun->sym && fun->sym->kind == SYM_BUILTIN
		&& (fun->sym->builtin == BUILTIN_PRINTLN || fun->sym->builtin == BUILTIN_PRINT)) {
		kind = fun->sym->builtin == BUILTIN_PRINTLN ? 3 : 4;
		sig = NULL;
		L->defer_print = call;
		for (int i = 0; i < call->call.args.len && k < 64; i++)
			args[k++] = lower_expr(L, call->call.args.items[i]);
	} else {
		lower_unsupported(L, n->pos, "defer of this call");
		return;
	}
	if (kind < 3)
		k += lower_call_args(L, call, sig, args + k);
	if (kind == 1 && sig->func.nparams == 0 && sig->func.nresults == 0) {
		/* defer f() of a func value: the closure itself is the deferred call */
		LLVMValueRef isnil = LLVMBuildICmp(L->b, LLVMIntEQ, cv, LLVMConstNull(L->t_ptr), "isnil");
		cv = LLVMBuildSelect(L->b, isnil, nil_func_closure(L), cv, "");
		LLVMValueRef a[2] = { L->defer_frame, cv };
		lower_rt(L, RT_rt_defer_add, a, 2);
		return;
	}
	LLVMTypeRef *fts = arena_alloc(&L->arena, sizeof(LLVMTypeRef) * (k + 2));
	fts[0] = L->t_ptr;
	fts[1] = LLVMTypeOf(cv);
	for (unsigned i = 0; i < k; i++)
		fts[i + 2] = LLVMTypeOf(args[i]);
	LLVMTypeRef et = LLVMStructTypeInContext(L->ctx, fts, k + 2, 0);
	LLVMValueRef thunk = defer_thunk(L, et, kind, callee, sig, slot, k);
	LLVMTargetDataRef td = LLVMGetModuleDataLayout(L->mod);
	LLVMValueRef size = LLVMConstInt(L->t_i64, LLVMABISizeOfType(td, et), 0);
	LLVMValueRef env = lower_site_raw(L, SITE_DEFER, size, true, "", n->pos); /* Go reports no line for it */
	lower_store(L, thunk, LLVMBuildStructGEP2(L->b, et, env, 0, ""));
	lower_store(L, cv, LLVMBuildStructGEP2(L->b, et, env, 1, ""));
	for (unsigned i = 0; i < k; i++)
		lower_store(L, args[i], LLVMBuildStructGEP2(L->b, et, env, i + 2, ""));
	LLVMValueRef a[2] = { L->defer_frame, env };
	lower_rt(L, RT_rt_defer_add, a, 2);
}
