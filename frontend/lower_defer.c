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
 * the call. rt_defer_add(frame, closure) registers it. Deferred builtins (print, println, panic,
 * delete, copy, recover) are thunks of their own over their evaluated operands.
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

/* What a deferred call calls. */
typedef enum {
	DEFER_FUNC,        /* a declared function or method: callee */
	DEFER_VALUE,       /* a func value (the closure stored in the record) */
	DEFER_IFACE,       /* interface method slot of the interface value stored in the record */
	DEFER_PRINTLN,
	DEFER_PRINT,
	DEFER_BUILTIN,     /* panic, delete, copy, recover: builtin, of the operand type type */
} DeferKind;

typedef struct {
	DeferKind kind;
	Symbol *callee_sym;   /* DEFER_FUNC: the function or method called */
	LLVMValueRef callee;
	Type *sig;
	int slot;
	const char *method_name; /* DEFER_IFACE */
	BuiltinKind builtin;
	Type *type;        /* delete: the map's type; copy: the destination's element type */
} DeferCall;

/* The deferred builtin of d with its evaluated operands args. */
static void defer_builtin(Lower *L, const DeferCall *d, LLVMValueRef *args)
{
	switch (d->builtin) {
	case BUILTIN_PANIC:
		lower_panic_value(L, args[0]);
		break;
	case BUILTIN_DELETE: {
		Type *mt = type_underlying(d->type);
		LLVMValueRef a[3] = { lower_typedesc(L, d->type), args[0], lower_map_key_slot(L, args[1], mt->map.key) };
		lower_rt(L, RT_rt_map_delete, a, 3);
		break;
	}
	case BUILTIN_COPY:
		lower_copy_values(L, args[0], args[1], d->type);
		break;
	default: /* BUILTIN_RECOVER: as if its caller, the deferring function, called it */
		lower_rt(L, RT_rt_recover_deferred, args, 1);
		break;
	}
}

/* Builds thunk(env): loads the callee and the arguments from env (layout et) and performs call d. */
static LLVMValueRef defer_thunk(Lower *L, LLVMTypeRef et, const DeferCall *d, unsigned nargs)
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
	switch (d->kind) {
	case DEFER_FUNC:
		if (lower_calls_recover(d->callee_sym))
			lower_defer_forward(L, L->b, f, d->callee);
		LLVMBuildCall2(L->b, LLVMGlobalGetValueType(d->callee), d->callee, args, nargs, "");
		break;
	case DEFER_VALUE:
		L->defer_forward_from = f;
		lower_call_value(L, cv, d->sig, args, nargs);
		L->defer_forward_from = NULL;
		break;
	case DEFER_IFACE:
		if (lower_method_may_recover(L, d->method_name))
			L->defer_forward_from = f;
		lower_iface_call(L, cv, d->sig, d->slot, args, nargs);
		L->defer_forward_from = NULL;
		break;
	case DEFER_PRINTLN:
	case DEFER_PRINT:
		lower_print_values(L, L->defer_print, args, d->kind == DEFER_PRINTLN);
		break;
	case DEFER_BUILTIN:
		defer_builtin(L, d, args);
		break;
	}
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
	Symbol *bsym = fun->kind == ND_IDENT && fun->sym && fun->sym->kind == SYM_BUILTIN ? fun->sym : NULL;
	/* a receiver, the parameters (a variadic tail packed into one slice) or print's operands */
	LLVMValueRef *args = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(call->call.args.len + 2 +
		(fun->type && type_underlying(fun->type)->kind == TY_FUNC ? type_underlying(fun->type)->func.nparams : 0)));
	LLVMValueRef cv = LLVMConstNull(L->t_ptr);
	unsigned k = 0;
	DeferCall d = { 0 };
	if (fun->kind == ND_IDENT && fun->sym && fun->sym->kind == SYM_FUNC) {
		d.kind = DEFER_FUNC;
		d.callee_sym = fun->sym;
		d.callee = lower_func_decl_value(L, fun->sym);
		d.sig = fun->sym->type;
	} else if (fun->kind == ND_SELECTOR && fun->sel && fun->sel->kind == SEL_METHOD) {
		d.kind = DEFER_FUNC;
		d.callee_sym = fun->sel->method;
		d.callee = lower_func_decl_value(L, fun->sel->method);
		d.sig = fun->sel->method->type;
		args[k++] = lower_method_recv(L, fun);
	} else if (fun->kind == ND_SELECTOR && fun->sel && fun->sel->kind == SEL_IFACE_METHOD
		&& !lower_is_method_expr(fun)) {
		d.kind = DEFER_IFACE;
		cv = lower_expr(L, fun->selector.x);
		lower_nil_check(L, LLVMBuildExtractValue(L->b, cv, 0, "")); /* x.M is evaluated now: nil x panics */
		d.sig = type_underlying(fun->type);
		d.slot = fun->sel->iface_index;
		d.method_name = fun->selector.name->ident.name;
	} else if (fun->mode != MODE_TYPEXPR && !bsym && type_underlying(fun->type)->kind == TY_FUNC) {
		d.kind = DEFER_VALUE;
		cv = lower_expr(L, fun);
		d.sig = type_underlying(fun->type);
	} else if (bsym && (bsym->builtin == BUILTIN_PRINTLN || bsym->builtin == BUILTIN_PRINT)) {
		d.kind = bsym->builtin == BUILTIN_PRINTLN ? DEFER_PRINTLN : DEFER_PRINT;
		L->defer_print = call;
		for (int i = 0; i < call->call.args.len; i++)
			args[k++] = lower_expr(L, call->call.args.items[i]);
	} else if (bsym && (bsym->builtin == BUILTIN_PANIC || bsym->builtin == BUILTIN_DELETE
		|| bsym->builtin == BUILTIN_COPY || bsym->builtin == BUILTIN_RECOVER)) {
		/* the operands are evaluated now, the builtin runs at the function's exit */
		Node **a = call->call.args.items;
		d.kind = DEFER_BUILTIN;
		d.builtin = bsym->builtin;
		if (d.builtin == BUILTIN_PANIC) {
			args[k++] = lower_panic_arg(L, call);
		} else if (d.builtin == BUILTIN_DELETE) {
			d.type = a[0]->type;
			args[k++] = lower_expr(L, a[0]);
			args[k++] = lower_expr_to(L, a[1], type_underlying(a[0]->type)->map.key);
		} else if (d.builtin == BUILTIN_RECOVER) {
			/* the deferring function's own answer (its body calls recover: the checker saw it) */
			args[k++] = L->recover_direct ? L->recover_direct : LLVMConstInt(L->t_i32, 0, 0);
		} else if (d.builtin == BUILTIN_COPY) {
			d.type = type_underlying(a[0]->type)->slice.elem;
			args[k++] = lower_expr(L, a[0]);
			args[k++] = lower_expr(L, a[1]);
		}
	} else {
		lower_unsupported(L, n->pos, "defer of this call");
		return;
	}
	if (d.kind <= DEFER_IFACE)
		k += lower_call_args(L, call, d.sig, args + k);
	if (d.kind == DEFER_VALUE && d.sig->func.nparams == 0 && d.sig->func.nresults == 0) {
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
	LLVMValueRef thunk = defer_thunk(L, et, &d, k);
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
