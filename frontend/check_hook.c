/* check_hook.c: functions declared without a body that the C runtime implements (C hooks).
 *
 * A bundled package declares `func math_sqrt(x float64) float64` without a body; the runtime entry of
 * the same name in include/llgo/runtime.def implements it and lower_hook.c generates the adapter.
 * Here the checker decides whether a bodyless function is such a hook and whether its Go signature
 * has exactly the runtime entry's words (the mapping is in lower_hook.c's header), so a mismatch is
 * a positioned error before lowering, never a verifier failure.
 */
#include <string.h>
#include "check_internal.h"
#include "llgo/runtime_abi.h"

/* Appends the runtime words of a Go parameter type; false for types a hook cannot take. */
bool check_hook_param_words(Type *t, RtType *w, int *n)
{
    Type *u = type_underlying(t);
    if (*n + 3 > 12)
        return false;
    if (type_is_boolean(u))
        w[(*n)++] = RTT_I32;
    else if (type_is_integer(u))
        w[(*n)++] = RTT_I64;
    else if (type_is_float(u))
        w[(*n)++] = RTT_F64;
    else if (u->kind == TY_POINTER || u->kind == TY_MAP || u->kind == TY_FUNC)
        w[(*n)++] = RTT_PTR;
    else if (u->kind == TY_STRING) {
        w[(*n)++] = RTT_PTR;
        w[(*n)++] = RTT_I64;
    } else if (u->kind == TY_SLICE) {
        w[(*n)++] = RTT_PTR;
        w[(*n)++] = RTT_I64;
        w[(*n)++] = RTT_I64;
    } else if (u->kind == TY_INTERFACE) {
        w[(*n)++] = RTT_PTR;
        w[(*n)++] = RTT_PTR;
    } else
        return false;
    return true;
}

RtType check_hook_result_type(Type *t)
{
    Type *u = type_underlying(t);
    if (type_is_boolean(u))
        return RTT_I32;
    if (type_is_integer(u))
        return RTT_I64;
    if (type_is_float(u))
        return RTT_F64;
    if (u->kind == TY_POINTER || u->kind == TY_MAP || u->kind == TY_FUNC)
        return RTT_PTR;
    if (u->kind == TY_STRING)
        return RTT_STR;
    if (u->kind == TY_SLICE)
        return RTT_SPAN;
    if (u->kind == TY_INTERFACE)
        return RTT_EFACE;
    return RTT_END;
}

bool check_hook_lookup(const char *name, RtId *out)
{
    const RtEntry *e = rt_abi_entries();
    for (int i = 0; i < RT__COUNT; i++)
        if (strcmp(e[i].name, name) == 0) {
            *out = (RtId)i;
            return true;
        }
    return false;
}

/* True when signature sig (a bodyless, receiver-less function's) has exactly entry id's words. */
static bool hook_signature_matches(Type *sig, RtId id)
{
    const RtEntry *e = &rt_abi_entries()[id];
    RtType w[12];
    int n = 0;
    if (sig->func.variadic || sig->func.nresults > 1)
        return false;
    for (int i = 0; i < sig->func.nparams; i++)
        if (!check_hook_param_words(sig->func.params[i], w, &n))
            return false;
    RtType ret = sig->func.nresults ? check_hook_result_type(sig->func.results[0]) : RTT_VOID;
    int m = 0;
    for (int i = 0; i < 12 && e->params[i] != RTT_END; i++)
        if (e->params[i] != RTT_VOID) {
            if (m >= n || e->params[i] != w[m])
                return false;
            m++;
        }
    return m == n && e->ret == ret;
}

void check_bodyless_func(Checker *c, Node *d, Symbol *s)
{
    RtId id;
    if (d->func_decl.recv || !check_hook_lookup(s->name, &id))
        diag_error(d->func_decl.name->pos, "missing function body");
    else if (s->type && s->type != type_invalid && !hook_signature_matches(s->type, id))
        diag_error(d->func_decl.name->pos, "%s: signature does not match its runtime.def entry", s->name);
}
