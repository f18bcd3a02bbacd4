/*
 * esc_walk.c: following an address through the SSA values derived from it, for the rounds after
 * the first: may a heap object move into its frame (esc_round2.c), may append growth use an arena
 * of the frame (esc_grow.c)?
 *
 * A walk accepts only uses that cannot keep the address: loads through it, stores into it (never of
 * it), comparisons, the memory intrinsics, and runtime parameters marked 'n' or 'c' in runtime.def.
 * It follows GEPs, casts, freezes, aggregates holding the address and the parts extracted from them
 * that may be it, selects, and the results of runtime calls marked 'r'; phis as its mode says (only
 * those outside loop headers for an object of one iteration, every one for an arena that outlives
 * iterations); and, for growth, the result of a growth call the address is the old array of. Any
 * other use (a Go call, a return, a store of the address, ptrtoint...) ends the walk with false.
 */
#include "esc_internal.h"

#include <string.h>

bool esc_is_call_to(LLVMValueRef call, const char *name)
{
	LLVMValueRef callee = LLVMIsACallInst(call) ? LLVMGetCalledValue(call) : NULL;
	if (!callee || !LLVMIsAFunction(callee))
		return false;
	size_t len;
	const char *s = LLVMGetValueName2(callee, &len);
	return strlen(name) == len && memcmp(s, name, len) == 0;
}

static bool walk_push(EscWalk *w, LLVMValueRef v)
{
	for (int i = 0; i < w->n; i++)
		if (w->v[i] == v)
			return true;
	if (w->n == w->max || w->n == ESC_WALK_MAX)
		return false;
	w->v[w->n++] = v;
	return true;
}

static bool walk_prefix(const char *s, const char *p)
{
	return strncmp(s, p, strlen(p)) == 0;
}

/* Is argument i of call the old array of a growth call? */
static bool walk_old_array(LLVMValueRef call, unsigned i)
{
	return (i == 0 && (esc_is_call_to(call, "rt_growslice") || esc_is_call_to(call, "rt_growslice_ptr"))) ||
		(i == 1 && esc_is_call_to(call, "rt_growslice_arena"));
}

/* A call with walked value v among its arguments: can the callee keep v? */
static bool walk_call_ok(EscWalk *w, LLVMValueRef call, LLVMValueRef v)
{
	LLVMValueRef callee = LLVMGetCalledValue(call);
	if (callee == v || !callee || !LLVMIsAFunction(callee))
		return false;
	size_t len;
	const char *name = LLVMGetValueName2(callee, &len);
	if (LLVMGetIntrinsicID(callee) != 0)
		return walk_prefix(name, "llvm.memcpy") || walk_prefix(name, "llvm.memmove") ||
			walk_prefix(name, "llvm.memset") || walk_prefix(name, "llvm.lifetime");
	const RtEntry *found = esc_runtime_entry(name);
	if (!found)
		return false;
	size_t nflags = strlen(found->escape);
	for (unsigned i = 0; i < LLVMGetNumArgOperands(call); i++) {
		if (LLVMGetOperand(call, i) != v)
			continue;
		char how = i < nflags ? found->escape[i] : 0;
		if (how == 'r' || (w->growth && walk_old_array(call, i))) {
			if (!walk_push(w, call))
				return false;
		} else if (how != 'n' && how != 'c') {
			return false;
		}
	}
	return true;
}

/* A phi outside every loop header merges paths of one iteration: it carries nothing from one
 * iteration to the next (every cycle passes a header). */
static bool walk_phi_ok(const EscWalk *w, LLVMValueRef phi)
{
	if (w->all_phis)
		return true;
	if (!w->headers)
		return false;
	LLVMBasicBlockRef bb = LLVMGetInstructionParent(phi);
	for (int i = 0; i < w->nheaders; i++)
		if (w->headers[i] == bb)
			return false;
	return true;
}

/* Does every use of walked value v keep it? Adds the values v flows to. */
static bool walk_uses_ok(EscWalk *w, LLVMValueRef v)
{
	for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef user = LLVMGetUser(u);
		bool ok = true;
		switch (LLVMIsAInstruction(user) ? LLVMGetInstructionOpcode(user) : LLVMRet) {
		case LLVMGetElementPtr:
			ok = LLVMGetOperand(user, 0) == v && walk_push(w, user);
			break;
		case LLVMBitCast:
		case LLVMAddrSpaceCast:
		case LLVMFreeze:
		case LLVMInsertValue:   /* an aggregate holding it (a slice's {ptr, len, cap}) */
			ok = walk_push(w, user);
			break;
		case LLVMExtractValue:  /* a part of such an aggregate: followed when it may be the pointer */
			ok = !esc_type_has_ptr(LLVMTypeOf(user)) || walk_push(w, user);
			break;
		case LLVMSelect:        /* picks it or another pointer within the same iteration */
			ok = LLVMGetOperand(user, 0) != v && walk_push(w, user);
			break;
		case LLVMPHI:
			ok = walk_phi_ok(w, user) && walk_push(w, user);
			break;
		case LLVMLoad:
		case LLVMICmp:
			break;
		case LLVMStore:
			ok = LLVMGetOperand(user, 0) != v;
			break;
		case LLVMCall:
			ok = walk_call_ok(w, user, v);
			break;
		default:
			ok = false;
		}
		if (!ok)
			return false;
	}
	return true;
}

bool esc_walk(EscWalk *w, LLVMValueRef root)
{
	w->n = 0;
	if (!walk_push(w, root))
		return false;
	for (int i = 0; i < w->n; i++)
		if (!walk_uses_ok(w, w->v[i]))
			return false;
	return true;
}
