/*
 * lower_from.c: the statements' steps of Go's -m=2 explanation (include/llgo/site.h rule 9).
 *
 * Go explains an escape as flows, each with the steps that made it: `from gp = p (assign) at
 * f.go:7:24`, `from return y (return) at ...`, `from leak(&a) (call parameter) at ...`, `from &a
 * (address-of) at ...`. The escape pass reads IR, not statements, so lowering tags the instructions
 * that carry a value out of a statement: the store of a single assignment `x = v`, the ret of a
 * return, a call. The tag is
 *     !llgo.from !{!"assign"|!"return"|!"call parameter", !"<Go text>", i32 line, i32 col, addr...}
 * at the statement's position (the assignment's operator, the `return` keyword, the call's `(`),
 * and each addr is !{!"&x", i32 line, i32 col}: one of the values carried (the stored value, a
 * result, an argument) is the address of variable x, taken at that `&`.
 * The tags feed the -m=2 report only (lowering makes them only then); no decision depends on them.
 */
#include "lower_internal.h"

#include <string.h>

static LLVMMetadataRef from_str(Lower *L, const char *s)
{
	return LLVMMDStringInContext2(L->ctx, s, strlen(s));
}

static LLVMMetadataRef from_i32(Lower *L, int v)
{
	return LLVMValueAsMetadata(LLVMConstInt(L->t_i32, (unsigned long long)v, 1));
}

/* A statement starts: no address is taken in it yet. */
void lower_from_begin(Lower *L)
{
	L->naddr_notes = 0;
}

/* &x (n, x a variable) gave v; implicit: x.m() took x's address for a pointer method at n
 * (the selector), which Go words as `x` alone. */
void lower_from_addr(Lower *L, Node *n, LLVMValueRef v, bool implicit)
{
	Node *x = ast_unparen(implicit ? n->selector.x : n->unary.x);
	if (x->kind != ND_IDENT || !x->sym || x->sym->kind != SYM_VAR)
		return;
	if (L->naddr_notes == (int)(sizeof L->addr_notes / sizeof L->addr_notes[0]))
		return;
	L->addr_notes[L->naddr_notes++] = (struct AddrNote){ v, n->pos, ast_expr_text(&L->arena, implicit ? x : n) };
}

/* Tags inst (site.h rule 9); ops[k] are the values whose `&x` steps to look for. */
void lower_from_tag(Lower *L, LLVMValueRef inst, const char *kind, const char *text, Pos pos,
	const LLVMValueRef *ops, int nops)
{
	if (!inst || !text || !L->explain)
		return;
	LLVMMetadataRef md[4 + 16];
	int n = 0;
	PosInfo pi = pos_info(pos);
	md[n++] = from_str(L, kind);
	md[n++] = from_str(L, text);
	md[n++] = from_i32(L, pi.line);
	md[n++] = from_i32(L, pi.col);
	for (int k = 0; k < nops; k++)
		for (int a = 0; a < L->naddr_notes && n < (int)(sizeof md / sizeof md[0]); a++) {
			if (L->addr_notes[a].v != ops[k])
				continue;
			PosInfo ai = pos_info(L->addr_notes[a].pos);
			LLVMMetadataRef step[3] = { from_str(L, L->addr_notes[a].text), from_i32(L, ai.line),
				from_i32(L, ai.col) };
			md[n++] = LLVMMDNodeInContext2(L->ctx, step, 3);
			break;
		}
	LLVMSetMetadata(inst, L->md_from, LLVMMetadataAsValue(L->ctx, LLVMMDNodeInContext2(L->ctx, md, (size_t)n)));
}

const char *type_string_rel(Type *t);

/* Go's words for the callee: `(func literal)`, `(*T).m` / `T.m` for a method (whose receiver x then
 * leads the arguments), else the expression. */
static const char *from_callee_text(Lower *L, Node *fun, const char **recv)
{
	*recv = NULL;
	if (fun->kind == ND_FUNC_LIT)
		return "(func literal)";
	if (fun->kind != ND_SELECTOR || !fun->sel || fun->sel->kind != SEL_METHOD || fun->sel->npath > 0)
		return ast_expr_text(&L->arena, fun);
	Type *t = fun->selector.x->type;
	if (type_is_pointer(t))
		t = type_underlying(t)->pointer.elem;
	*recv = ast_expr_text(&L->arena, fun->selector.x);
	const char *name = fun->sel->method->name;
	return fun->sel->method->recv_ptr ? arena_printf(&L->arena, "(*%s).%s", type_string_rel(t), name)
		: arena_printf(&L->arena, "%s.%s", type_string_rel(t), name);
}

/* Go's text of call n: the arguments of a variadic parameter (without `...`) are `... argument...`. */
static const char *from_call_text(Lower *L, Node *n)
{
	Node *fun = ast_unparen(n->call.fun);
	const char *recv;
	const char *head = from_callee_text(L, fun, &recv);
	Type *sig = fun->type ? type_underlying(fun->type) : NULL;
	int fixed = sig && sig->kind == TY_FUNC && sig->func.variadic && !n->call.has_dots ? sig->func.nparams - 1
		: n->call.args.len;
	char text[512];
	size_t k = (size_t)snprintf(text, sizeof text, "%s(%s", head, recv ? recv : "");
	for (int i = 0; i < n->call.args.len && i <= fixed && k < sizeof text; i++)
		k += (size_t)snprintf(text + k, sizeof text - k, "%s%s", i || recv ? ", " : "",
			i < fixed ? ast_expr_text(&L->arena, n->call.args.items[i]) : "... argument...");
	if (k < sizeof text)
		snprintf(text + k, sizeof text - k, "%s)", n->call.has_dots ? "..." : "");
	return arena_printf(&L->arena, "%s", text);
}

/* Tags a call (its LLVM arguments are the operands) made for call expression n. */
void lower_from_call(Lower *L, LLVMValueRef call, Node *n)
{
	if (!call || !LLVMIsACallInst(call) || !L->explain)
		return;
	int nargs = (int)LLVMGetNumArgOperands(call);
	LLVMValueRef *ops = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(nargs + 1));
	for (int i = 0; i < nargs; i++)
		ops[i] = LLVMGetOperand(call, (unsigned)i);
	lower_from_tag(L, call, "call parameter", from_call_text(L, n), n->pos, ops, nargs);
}

/* Go's text of an assignment (`a, b = x, y`, `y := &x`) or a return (`return a, b`). */
const char *lower_stmt_text(Lower *L, Node *n)
{
	const NodeList *lhs = n->kind == ND_RETURN ? NULL : &n->assign.lhs;
	const NodeList *rhs = n->kind == ND_RETURN ? &n->ret.results : &n->assign.rhs;
	int nl = lhs ? lhs->len : 0;
	char text[512];
	size_t k = (size_t)snprintf(text, sizeof text, "%s", lhs ? "" : rhs->len ? "return " : "return");
	for (int i = 0; i < nl + rhs->len && k < sizeof text; i++) {
		const char *sep = i == 0 ? "" : i == nl ? (n->assign.op == TK_DEFINE ? " := " : " = ") : ", ";
		Node *e = i < nl ? lhs->items[i] : rhs->items[i - nl];
		k += (size_t)snprintf(text + k, sizeof text - k, "%s%s", sep, ast_expr_text(&L->arena, e));
	}
	return arena_printf(&L->arena, "%s", text);
}
