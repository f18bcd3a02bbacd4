/*
 * esc_rewrite.c: turns each decided site into stack or heap memory.
 *
 * Stack: an alloca of [size x i8] in the entry block (through esc_entry_alloca, the one helper), and
 * at the site's own position `llvm.lifetime.start` plus a memset to zero, so each loop iteration
 * starts from a zero value; `llvm.lifetime.end` before every return of the function.
 * Small buffer: a pointer-free site whose flows keep it local but whose size is only known at run
 * time (a concatenation or conversion, which Go puts in a 32-byte stack buffer, or a make([]T, n)
 * that Go's report puts on the heap: s->local_by_flow) gets an entry-block
 * buffer of ESC_SMALL_BUF bytes and a call of rt_alloc_small(buf, ESC_SMALL_BUF, size), which zeroes
 * and returns the buffer when the size fits and heap memory otherwise. The flows that decided the site
 * bound its life to the buffer's (its function, its loop iteration), as for any stack site.
 * Heap: a call of gc_alloc (may hold pointers) or gc_alloc_noscan (pointer-free); the runtime returns
 * both zeroed (it clears GC_MALLOC_ATOMIC memory itself, see runtime/gc.c). The heap call keeps the !llgo.site
 * metadata so the second round (esc_round2.c) can still move it to the stack.
 * Afterwards gc_alloc and gc_alloc_noscan get their allocator attributes, and the site functions'
 * declarations are deleted when nothing calls them any more.
 */
#include "esc_internal.h"

#include <stdlib.h>
#include <string.h>

#define ESC_ALIGN 16
#define ESC_SMALL_BUF 128

/* The one place allocas are made: in the entry block, after the allocas already there. */
LLVMValueRef esc_entry_alloca(LLVMBuilderRef b, LLVMValueRef fn, uint64_t size, const char *name)
{
	LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
	LLVMValueRef at = LLVMGetFirstInstruction(entry);
	while (at && LLVMIsAAllocaInst(at))
		at = LLVMGetNextInstruction(at);
	if (at)
		LLVMPositionBuilderBefore(b, at);
	else
		LLVMPositionBuilderAtEnd(b, entry);
	LLVMContextRef c = LLVMGetModuleContext(LLVMGetGlobalParent(fn));
	LLVMTypeRef ty = LLVMArrayType2(LLVMInt8TypeInContext(c), size ? size : 1);
	LLVMValueRef a = LLVMBuildAlloca(b, ty, name);
	LLVMSetAlignment(a, ESC_ALIGN);
	return a;
}

static void esc_lifetime(EscCtx *ctx, LLVMBuilderRef b, const char *which, LLVMValueRef slot, uint64_t size)
{
	LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx->llctx, 0);
	unsigned id = LLVMLookupIntrinsicID(which, strlen(which));
	LLVMValueRef decl = LLVMGetIntrinsicDeclaration(ctx->mod, id, &ptr, 1);
	LLVMTypeRef fty = LLVMIntrinsicGetType(ctx->llctx, id, &ptr, 1);
	LLVMValueRef args[2] = { LLVMConstInt(LLVMInt64TypeInContext(ctx->llctx), size ? size : 1, 0), slot };
	LLVMBuildCall2(b, fty, decl, args, 2, "");
}

static LLVMValueRef esc_gc_fn(EscCtx *ctx, const char *name, LLVMTypeRef *fty)
{
	LLVMTypeRef i64 = LLVMInt64TypeInContext(ctx->llctx);
	*fty = LLVMFunctionType(LLVMPointerTypeInContext(ctx->llctx, 0), &i64, 1, 0);
	LLVMValueRef fn = LLVMGetNamedFunction(ctx->mod, name);
	return fn ? fn : LLVMAddFunction(ctx->mod, name, *fty);
}

/* Replaces heap or site call `call` in fn by an entry-block slot of its (constant) size, started
 * and zeroed where the call was; returns the slot. */
LLVMValueRef esc_call_to_stack(EscCtx *ctx, LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef call, const char *name)
{
	uint64_t size = LLVMConstIntGetZExtValue(LLVMGetOperand(call, 0));
	LLVMValueRef slot = esc_entry_alloca(b, fn, size, name);
	LLVMPositionBuilderBefore(b, call);
	esc_lifetime(ctx, b, "llvm.lifetime.start", slot, size);
	LLVMBuildMemSet(b, slot, LLVMConstInt(LLVMInt8TypeInContext(ctx->llctx), 0, 0),
		LLVMGetOperand(call, 0), ESC_ALIGN);
	LLVMReplaceAllUsesWith(call, slot);
	LLVMInstructionEraseFromParent(call);
	return slot;
}

static void esc_to_stack(EscCtx *ctx, LLVMBuilderRef b, EscSite *s)
{
	const char *name = s->text && s->text[0] && s->kind <= SITE_PARAM ? s->text : "site";
	s->call = esc_call_to_stack(ctx, b, s->fn, s->call, name);
}

LLVMValueRef esc_call_to_small_buffer(EscCtx *ctx, LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef site)
{
	LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx->llctx, 0), i64 = LLVMInt64TypeInContext(ctx->llctx);
	LLVMTypeRef params[3] = { ptr, i64, i64 };
	LLVMTypeRef fty = LLVMFunctionType(ptr, params, 3, 0);
	LLVMValueRef alloc = LLVMGetNamedFunction(ctx->mod, "rt_alloc_small");
	if (!alloc)
		alloc = LLVMAddFunction(ctx->mod, "rt_alloc_small", fty);
	LLVMValueRef buf = esc_entry_alloca(b, fn, ESC_SMALL_BUF, "buf");
	LLVMPositionBuilderBefore(b, site);
	LLVMValueRef args[3] = { buf, LLVMConstInt(i64, ESC_SMALL_BUF, 0), LLVMGetOperand(site, 0) };
	LLVMValueRef call = LLVMBuildCall2(b, fty, alloc, args, 3, "");
	LLVMReplaceAllUsesWith(site, call);
	LLVMInstructionEraseFromParent(site);
	return call;
}

static void esc_to_small_buffer(EscCtx *ctx, LLVMBuilderRef b, EscSite *s)
{
	s->call = esc_call_to_small_buffer(ctx, b, s->fn, s->call);
}

static void esc_to_heap(EscCtx *ctx, LLVMBuilderRef b, EscSite *s)
{
	const char *name = s->noscan ? "gc_alloc_noscan" : "gc_alloc";
	LLVMTypeRef fty;
	LLVMValueRef gc = esc_gc_fn(ctx, name, &fty);
	LLVMValueRef size = LLVMGetOperand(s->call, 0);
	LLVMPositionBuilderBefore(b, s->call);
	size_t namelen;
	const char *old = LLVMGetValueName2(s->call, &namelen);
	char *keep = strndup(old, namelen);
	LLVMValueRef call = LLVMBuildCall2(b, fty, gc, &size, 1, "");
	LLVMValueRef md = LLVMGetMetadata(s->call, ctx->site_md);
	if (md)
		LLVMSetMetadata(call, ctx->site_md, md);
	LLVMReplaceAllUsesWith(s->call, call);
	LLVMInstructionEraseFromParent(s->call);
	LLVMSetValueName2(call, keep, namelen);
	free(keep);
	s->call = call;
}

/* lifetime.end of slots[0..n) (allocas of fn) before each return of fn */
void esc_end_lifetimes_of(EscCtx *ctx, LLVMBuilderRef b, LLVMValueRef fn, const LLVMValueRef *slots, int n)
{
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb && n > 0; bb = LLVMGetNextBasicBlock(bb)) {
		LLVMValueRef term = LLVMGetBasicBlockTerminator(bb);
		if (!term || LLVMGetInstructionOpcode(term) != LLVMRet)
			continue;
		for (int i = 0; i < n; i++) {
			LLVMPositionBuilderBefore(b, term);
			esc_lifetime(ctx, b, "llvm.lifetime.end", slots[i], LLVMGetArrayLength2(LLVMGetAllocatedType(slots[i])));
		}
	}
}

/* lifetime.end of every stack slot of f's sites (linear in f's sites) */
static void esc_end_lifetimes(EscCtx *ctx, LLVMBuilderRef b, const EscFunc *f)
{
	LLVMValueRef *slots = malloc(sizeof *slots * ((size_t)f->site_count + 1));
	int n = 0;
	for (int i = f->site_first; i < f->site_first + f->site_count; i++)
		if (LLVMIsAAllocaInst(ctx->sites[i].call))
			slots[n++] = ctx->sites[i].call;
	esc_end_lifetimes_of(ctx, b, f->fn, slots, n);
	free(slots);
}

static void esc_alloc_attrs(EscCtx *ctx, const char *name, uint64_t kind)
{
	LLVMValueRef fn = LLVMGetNamedFunction(ctx->mod, name);
	if (!fn)
		return;
	LLVMContextRef c = ctx->llctx;
#define ESC_ATTR(n) LLVMGetEnumAttributeKindForName(n, strlen(n))
	LLVMAddAttributeAtIndex(fn, LLVMAttributeReturnIndex, LLVMCreateEnumAttribute(c, ESC_ATTR("noalias"), 0));
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(c, ESC_ATTR("nounwind"), 0));
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
		LLVMCreateEnumAttribute(c, ESC_ATTR("allocsize"), 0xFFFFFFFFull));
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(c, ESC_ATTR("allockind"), kind));
#undef ESC_ATTR
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
		LLVMCreateStringAttribute(c, "alloc-family", 12, "llgo.gc", 7));
}

static void esc_drop_decl(EscCtx *ctx, const char *name)
{
	LLVMValueRef fn = LLVMGetNamedFunction(ctx->mod, name);
	if (fn && !LLVMGetFirstUse(fn))
		LLVMDeleteFunction(fn);
}

void esc_rewrite(EscCtx *ctx)
{
	LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx->llctx);
	for (int i = 0; i < ctx->nsites; i++) {
		EscSite *s = &ctx->sites[i];
		bool local = !ctx->opt->no_escape && (!s->heap || s->local_by_flow);
		bool fixed = LLVMIsAConstantInt(LLVMGetOperand(s->call, 0));
		if (local && fixed)
			esc_to_stack(ctx, b, s);
		else if (local && s->noscan)
			esc_to_small_buffer(ctx, b, s);
		else
			esc_to_heap(ctx, b, s);
	}
	for (int i = 0; i < ctx->nfuncs; i++)
		esc_end_lifetimes(ctx, b, &ctx->funcs[i]);
	LLVMDisposeBuilder(b);
	esc_alloc_attrs(ctx, "gc_alloc", 1 | 16);        /* alloc, zeroed */
	esc_alloc_attrs(ctx, "gc_alloc_noscan", 1 | 16); /* alloc, zeroed (the runtime zeroes it) */
	esc_drop_decl(ctx, LLGO_SITE_FN);
	esc_drop_decl(ctx, LLGO_SITE_NOSCAN_FN);
}
