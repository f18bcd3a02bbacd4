/*
 * lower_stmt.c: statements and control flow.
 *
 * Every statement starts in an open block; after a terminator (return, break, goto, panic) the
 * builder moves to a fresh unreachable block so later statements still have somewhere to go, and
 * lower.c terminates leftover blocks at the end. Loops push a Target (break/continue blocks, with
 * the statement's label) that branch statements search; `goto` and labels share per-function blocks
 * found by name. Three-clause `for` loops give each iteration its own copy of loop variables that
 * live at allocation sites (Go 1.22): before the post statement the variable is re-bound to a fresh
 * site holding the current value.
 */
#include <string.h>
#include "lower_internal.h"

LLVMBasicBlockRef lower_new_block(Lower *L, const char *name)
{
	return LLVMAppendBasicBlockInContext(L->ctx, L->fn, name);
}

bool lower_terminated(Lower *L)
{
	return LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(L->b)) != NULL;
}

void lower_br(Lower *L, LLVMBasicBlockRef bb)
{
	if (!lower_terminated(L))
		LLVMBuildBr(L->b, bb);
}

static void dead_block(Lower *L)
{
	LLVMPositionBuilderAtEnd(L->b, lower_new_block(L, "dead"));
}

static bool is_blank(Node *n)
{
	n = ast_unparen(n);
	return n->kind == ND_IDENT && strcmp(n->ident.name, "_") == 0;
}

/* Gives a new local variable storage, initialised to init (or zero). */
void lower_declare_var(Lower *L, Symbol *s, LLVMValueRef init, Pos pos)
{
	if (!s || !s->name || strcmp(s->name, "_") == 0)
		return;
	if (!init)
		init = lower_zero(L, s->type);
	if (lower_is_site_var(s) && !L->plain[s->id]) {
		LLVMValueRef p = lower_site(L, SITE_VAR, s->type, NULL, s->name, s->pos);
		lower_store(L, init, p);
		LLVMValueRef slot = L->vars[s->id].ptr;
		if (!slot)
			slot = lower_alloca(L, L->t_ptr, s->name);
		lower_store(L, p, slot);
		L->vars[s->id] = (VarSlot){ slot, true };
		return;
	}
	LLVMValueRef a = L->vars[s->id].ptr;
	if (!a)
		a = lower_alloca(L, lower_type(L, s->type), s->name);
	lower_store(L, init, a);
	L->vars[s->id] = (VarSlot){ a, false };
}

static void lower_var_spec(Lower *L, Node *spec)
{
	NodeList *names = &spec->value_spec.names, *vals = &spec->value_spec.values;
	if (vals->len == 1 && names->len > 1) {
		LLVMValueRef tup = lower_expr(L, vals->items[0]);
		for (int i = 0; i < names->len; i++) {
			Symbol *s = names->items[i]->sym;
			lower_declare_var(L, s, lower_tuple_elem_to(L, tup, vals->items[0], i, s ? s->type : NULL,
				vals->items[0]->pos), names->items[i]->pos);
		}
		return;
	}
	LLVMValueRef *vs = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(names->len + 1));
	for (int i = 0; i < names->len; i++) {
		Symbol *s = names->items[i]->sym;
		vs[i] = i < vals->len ? lower_expr_to(L, vals->items[i], s ? s->type : NULL) : NULL;
	}
	for (int i = 0; i < names->len; i++)
		lower_declare_var(L, names->items[i]->sym, vs[i], names->items[i]->pos);
}

static bool defines_new(Node *lhs)
{
	Node *id = ast_unparen(lhs);
	return id->kind == ND_IDENT && id->sym && id->sym->kind == SYM_VAR && id->sym->pos.offset == id->pos.offset
		&& id->sym->pos.file == id->pos.file;
}

/* Go's self-assignment (`x.f = x.g`, `x.a[i] = x.a[j]`): same kind of access on the same
 * call-free operand (and call-free indices). The escape pass ignores such stores on its own. */
static bool is_self_assign(Lower *L, Node *d, Node *s)
{
	d = ast_unparen(d), s = ast_unparen(s);
	if (d->kind != s->kind || (d->kind != ND_SELECTOR && d->kind != ND_INDEX))
		return false;
	Node *dx = d->kind == ND_SELECTOR ? d->selector.x : d->index.x;
	Node *sx = s->kind == ND_SELECTOR ? s->selector.x : s->index.x;
	Node *ux = ast_unparen(dx);
	if (ux->kind == ND_IDENT && ux->sym && ux->sym->kind == SYM_PACKAGE)
		return false;
	if (d->kind == ND_INDEX && (!dx->type || type_underlying(dx->type)->kind == TY_MAP ||
		strchr(ast_expr_text(&L->arena, d->index.index), '(') ||
		strchr(ast_expr_text(&L->arena, s->index.index), '(')))
		return false;
	const char *a = ast_expr_text(&L->arena, dx), *b = ast_expr_text(&L->arena, sx);
	return strcmp(a, b) == 0 && !strchr(a, '(');
}

/* Records a self-assignment for the -m report: !llgo.selfassign module metadata, one node per
 * statement, !{ptr @fn, !"lhs = rhs", !"file", i32 line, i32 col} (site.h rule 6). */
static void note_self_assign(Lower *L, Node *n)
{
	NodeList *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
	bool any = false;
	for (int i = 0; n->assign.op == TK_ASSIGN && lhs->len == rhs->len && i < lhs->len; i++)
		any |= is_self_assign(L, lhs->items[i], rhs->items[i]);
	if (!any)
		return;
	const char *text = lower_stmt_text(L, n);
	PosInfo pi = pos_info(n->pos);
	const char *file = pi.file ? pi.file : "";
	LLVMMetadataRef ops[5] = {
		LLVMValueAsMetadata(L->fn), LLVMMDStringInContext2(L->ctx, text, strlen(text)),
		LLVMMDStringInContext2(L->ctx, file, strlen(file)),
		LLVMValueAsMetadata(LLVMConstInt(L->t_i32, (unsigned)pi.line, 0)),
		LLVMValueAsMetadata(LLVMConstInt(L->t_i32, (unsigned)pi.col, 0)),
	};
	LLVMAddNamedMetadataOperand(L->mod, "llgo.selfassign",
		LLVMMetadataAsValue(L->ctx, LLVMMDNodeInContext2(L->ctx, ops, 5)));
}

/* Phase two of an assignment: left to right, each target's checks and address, then its store
 * (one at a time: inserting a second map key may move the first one's slot). */
static void assign_values(Lower *L, Node *n, LLVMValueRef *vs, LowerTarget *ts)
{
	NodeList *lhs = &n->assign.lhs;
	bool define = n->assign.op == TK_DEFINE;
	note_self_assign(L, n);
	for (int i = 0; i < lhs->len; i++) {
		Node *l = lhs->items[i];
		if (is_blank(l))
			continue;
		if (define && defines_new(l)) {
			lower_declare_var(L, ast_unparen(l)->sym, vs[i], l->pos);
			continue;
		}
		lower_store(L, vs[i], lower_target_addr(L, &ts[i]));
		LLVMValueRef st = LLVMGetLastInstruction(LLVMGetInsertBlock(L->b));
		if (L->explain && lhs->len == 1 && st && LLVMIsAStoreInst(st) && LLVMGetOperand(st, 0) == vs[i])
			lower_from_tag(L, st, "assign", lower_stmt_text(L, n), n->pos, &vs[i], 1);
	}
}

static void lower_assign(Lower *L, Node *n)
{
	NodeList *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
	TokKind op = n->assign.op;
	if (op != TK_ASSIGN && op != TK_DEFINE) {
		Node *l = lhs->items[0], *r = rhs->items[0];
		LLVMValueRef addr = lower_addr(L, l);
		LLVMValueRef cur = lower_load(L, l->type, addr);
		LLVMValueRef rv = lower_expr(L, r);
		TokKind bop = tok_assign_op(op);
		LLVMValueRef v;
		if (bop == TK_ADD && type_is_string(l->type)) {
			v = lower_concat(L, cur, rv, n);
		} else {
			v = lower_binary_values(L, bop, cur, rv, l->type, r->type, n->pos);
		}
		lower_store(L, v, addr);
		return;
	}
	/* phase one: the left side's index and indirection operands, then the right side */
	LowerTarget *ts = arena_alloc(&L->arena, sizeof(LowerTarget) * (size_t)(lhs->len + 1));
	for (int i = 0; i < lhs->len; i++) {
		Node *l = lhs->items[i];
		if (!is_blank(l) && !(op == TK_DEFINE && defines_new(l)))
			lower_target_prepare(L, l, &ts[i]);
	}
	LLVMValueRef *vs = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(lhs->len + 1));
	if (rhs->len == 1 && lhs->len > 1) {
		LLVMValueRef tup = lower_expr(L, rhs->items[0]);
		for (int i = 0; i < lhs->len; i++)
			vs[i] = lower_tuple_elem_to(L, tup, rhs->items[0], i, is_blank(lhs->items[i]) ? NULL : lhs->items[i]->type,
				op == TK_DEFINE ? rhs->items[0]->pos : ast_start_pos(lhs->items[lhs->len - 1]));
	} else {
		for (int i = 0; i < rhs->len; i++)
			vs[i] = lower_expr_to_at(L, rhs->items[i], is_blank(lhs->items[i]) ? NULL : lhs->items[i]->type,
				op == TK_DEFINE ? POS_NONE : ast_start_pos(lhs->items[0]));
	}
	assign_values(L, n, vs, ts);
}

static void lower_inc_dec(Lower *L, Node *n)
{
	Node *x = n->inc_dec.x;
	LLVMValueRef addr = lower_addr(L, x);
	LLVMValueRef cur = lower_load(L, x->type, addr);
	LLVMTypeRef lt = LLVMTypeOf(cur);
	LLVMValueRef one = type_is_float(x->type) ? LLVMConstReal(lt, 1.0) : LLVMConstInt(lt, 1, 0);
	LLVMValueRef v = lower_binary_values(L, n->inc_dec.op == TK_INC ? TK_ADD : TK_SUB, cur, one, x->type,
		x->type, n->pos);
	lower_store(L, v, addr);
}

static void lower_return(Lower *L, Node *n)
{
	Type *sig = L->fsig;
	int nr = sig->func.nresults;
	NodeList *rs = &n->ret.results;
	LLVMValueRef *vs = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(nr + 1));
	if (rs->len == 0) {
		for (int i = 0; i < nr; i++)
			vs[i] = lower_load(L, L->fi->results[i]->type, lower_var_addr(L, L->fi->results[i]));
	} else if (rs->len == 1 && nr > 1) {
		LLVMValueRef tup = lower_expr(L, rs->items[0]);
		for (int i = 0; i < nr; i++)
			vs[i] = lower_tuple_elem_to(L, tup, rs->items[0], i, sig->func.results[i], rs->items[0]->pos);
	} else {
		for (int i = 0; i < nr; i++)
			vs[i] = lower_expr_to(L, rs->items[i], sig->func.results[i]);
	}
	if (L->defer_frame)
		lower_defer_return(L, rs->len == 0 ? NULL : vs);
	else if (nr == 0)
		LLVMBuildRetVoid(L->b);
	else /* a bare return's values flow through the named results (Go names no return step) */
		lower_from_tag(L, nr == 1 ? LLVMBuildRet(L->b, vs[0]) : LLVMBuildAggregateRet(L->b, vs, (unsigned)nr),
			"return", rs->len && L->explain ? lower_stmt_text(L, n) : NULL, n->pos, vs, nr);
	dead_block(L);
}

void lower_push_target(Lower *L, const char *label, LLVMBasicBlockRef brk, LLVMBasicBlockRef cont)
{
	arena_grow(&L->arena, (void **)&L->targets, L->ntargets, &L->captargets, sizeof(Target));
	L->targets[L->ntargets++] = (Target){ label, brk, cont };
}

/* The label of the loop or switch being lowered (taken once). */
const char *lower_take_label(Lower *L)
{
	const char *l = L->pending_label;
	L->pending_label = NULL;
	return l;
}

static LLVMBasicBlockRef label_block(Lower *L, const char *name)
{
	for (int i = 0; i < L->nlabels; i++)
		if (strcmp(L->labels[i].name, name) == 0)
			return L->labels[i].bb;
	arena_grow(&L->arena, (void **)&L->labels, L->nlabels, &L->caplabels, sizeof(LabelBlock));
	LLVMBasicBlockRef bb = lower_new_block(L, name);
	L->labels[L->nlabels++] = (LabelBlock){ name, bb };
	return bb;
}

static void lower_branch(Lower *L, Node *n)
{
	TokKind tok = n->branch.tok;
	const char *label = n->branch.label ? n->branch.label->ident.name : NULL;
	LLVMBasicBlockRef dest = NULL;
	if (tok == TK_GOTO) {
		dest = label_block(L, label);
	} else if (tok == TK_FALLTHROUGH) {
		dest = L->fallthrough_to;
	} else {
		for (int i = L->ntargets - 1; i >= 0 && !dest; i--) {
			Target *t = &L->targets[i];
			if (label && (!t->label || strcmp(t->label, label) != 0))
				continue;
			if (tok == TK_CONTINUE)
				dest = t->cont;
			else
				dest = t->brk;
		}
	}
	if (!dest)
		diag_internal("branch without a target");
	LLVMBuildBr(L->b, dest);
	dead_block(L);
}

static void lower_if(Lower *L, Node *n)
{
	if (n->if_stmt.init)
		lower_stmt(L, n->if_stmt.init);
	LLVMValueRef c = lower_expr(L, n->if_stmt.cond);
	LLVMBasicBlockRef then = lower_new_block(L, "then"), els = lower_new_block(L, "else");
	LLVMBasicBlockRef done = lower_new_block(L, "endif");
	LLVMBuildCondBr(L->b, c, then, els);
	LLVMPositionBuilderAtEnd(L->b, then);
	lower_block(L, n->if_stmt.then);
	lower_br(L, done);
	LLVMPositionBuilderAtEnd(L->b, els);
	if (n->if_stmt.els)
		lower_stmt(L, n->if_stmt.els);
	lower_br(L, done);
	LLVMPositionBuilderAtEnd(L->b, done);
}

/* Site-allocated variables declared by a for statement's init (at most 16). Go 1.22 gives each
 * iteration its own copy: the loop itself runs on a plain "outer" variable, and each iteration
 * declares the site variable from it at the top of the body and copies it back before post. */
static int loop_site_vars(Lower *L, Node *init, Symbol **out)
{
	int n = 0;
	if (!init || init->kind != ND_ASSIGN || init->assign.op != TK_DEFINE)
		return 0;
	for (int i = 0; i < init->assign.lhs.len; i++) {
		Node *id = ast_unparen(init->assign.lhs.items[i]);
		if (id->kind == ND_IDENT && id->sym && !is_blank(id) && lower_is_site_var(id->sym))
			out[n++] = id->sym;
	}
	return n;
}

static void lower_for(Lower *L, Node *n)
{
	const char *label = lower_take_label(L);
	int nlhs = n->for_stmt.init && n->for_stmt.init->kind == ND_ASSIGN ? n->for_stmt.init->assign.lhs.len : 0;
	Symbol **lv = arena_alloc(&L->arena, sizeof(Symbol *) * (size_t)(nlhs + 1));
	LLVMValueRef *outer = arena_alloc(&L->arena, sizeof(LLVMValueRef) * (size_t)(nlhs + 1));
	int nlv = loop_site_vars(L, n->for_stmt.init, lv);
	for (int i = 0; i < nlv; i++)
		L->plain[lv[i]->id] = true;
	if (n->for_stmt.init)
		lower_stmt(L, n->for_stmt.init);
	for (int i = 0; i < nlv; i++) {
		L->plain[lv[i]->id] = false;
		outer[i] = L->vars[lv[i]->id].ptr;
	}
	LLVMBasicBlockRef cond = lower_new_block(L, "for.cond"), body = lower_new_block(L, "for.body");
	LLVMBasicBlockRef post = lower_new_block(L, "for.post"), done = lower_new_block(L, "for.end");
	lower_br(L, cond);
	LLVMPositionBuilderAtEnd(L->b, cond);
	if (n->for_stmt.cond)
		LLVMBuildCondBr(L->b, lower_expr(L, n->for_stmt.cond), body, done);
	else
		LLVMBuildBr(L->b, body);
	LLVMPositionBuilderAtEnd(L->b, body);
	lower_push_target(L, label, done, post);
	L->loop_depth++;
	for (int i = 0; i < nlv; i++) {
		LLVMValueRef v = lower_load(L, lv[i]->type, outer[i]);
		L->vars[lv[i]->id] = (VarSlot){ NULL, false };
		lower_declare_var(L, lv[i], v, lv[i]->pos);
	}
	lower_block(L, n->for_stmt.body);
	lower_br(L, post);
	LLVMPositionBuilderAtEnd(L->b, post);
	for (int i = 0; i < nlv; i++) {
		lower_store(L, lower_load(L, lv[i]->type, lower_var_addr(L, lv[i])), outer[i]);
		L->vars[lv[i]->id] = (VarSlot){ outer[i], false };
	}
	if (n->for_stmt.post)
		lower_stmt(L, n->for_stmt.post);
	L->loop_depth--;
	L->ntargets--;
	lower_br(L, cond);
	LLVMPositionBuilderAtEnd(L->b, done);
}


/* A case that may join an LLVM `switch` instruction: an integer constant compared with an integer
 * tag. The checker has rejected equal constant cases, so such cases are distinct, and a constant
 * has no effects to order: testing a run of them at once keeps Go's first-match semantics. */
static bool switch_const_case(Node *tag, Node *e)
{
	return e->mode == MODE_CONSTANT && e->cval && e->cval->kind == CV_INT && type_is_integer(tag->type) &&
	       type_is_integer(e->type);
}

/* The tests of an expression switch, in source order: each run of integer constant cases is one
 * LLVM `switch` (a jump table or a binary search; a chain of 20,000 compares took LLVM minutes),
 * any other case a compare and branch; what matches nothing goes to `deflt`. */
static void switch_dispatch(Lower *L, Node *n, LLVMValueRef tv, LLVMBasicBlockRef *bodies, LLVMBasicBlockRef deflt)
{
	Node *tag = n->switch_stmt.tag;
	LLVMValueRef run = NULL;
	for (int i = 0; i < n->switch_stmt.clauses.len; i++) {
		Node *cc = n->switch_stmt.clauses.items[i];
		for (int j = 0; j < cc->case_clause.exprs.len; j++) {
			Node *e = cc->case_clause.exprs.items[j];
			LLVMValueRef ev = NULL;
			if (tv && switch_const_case(tag, e) && LLVMIsAConstantInt(ev = lower_expr(L, e)) &&
			    LLVMTypeOf(ev) == LLVMTypeOf(tv)) {
				if (!run) {   /* the switch's default continues with the next tests */
					LLVMBasicBlockRef next = lower_new_block(L, "case.next");
					run = LLVMBuildSwitch(L->b, tv, next, 16);
					LLVMPositionBuilderAtEnd(L->b, next);
				}
				LLVMAddCase(run, ev, bodies[i]);
				continue;
			}
			run = NULL;
			LLVMValueRef c = ev;
			if (tv) {
				/* a concrete case value is compared with an interface tag as an interface */
				bool box = type_is_interface(tag->type) && !type_is_interface(e->type);
				if (!ev || box)
					ev = box ? lower_expr_to(L, e, tag->type) : lower_expr(L, e);
				c = lower_binary_values(L, TK_EQL, tv, ev, tag->type, box ? tag->type : e->type, e->pos);
			} else {
				c = lower_expr(L, e);
			}
			LLVMBasicBlockRef next = lower_new_block(L, "case.next");
			LLVMBuildCondBr(L->b, c, bodies[i], next);
			LLVMPositionBuilderAtEnd(L->b, next);
		}
	}
	LLVMBuildBr(L->b, deflt);
}

/* Expression switch: tests in source order, default last; fallthrough jumps to the next body. */
static void lower_switch(Lower *L, Node *n)
{
	const char *label = lower_take_label(L);
	if (n->switch_stmt.init)
		lower_stmt(L, n->switch_stmt.init);
	Node *tag = n->switch_stmt.tag;
	LLVMValueRef tv = tag ? lower_expr(L, tag) : NULL;
	int nc = n->switch_stmt.clauses.len;
	LLVMBasicBlockRef done = lower_new_block(L, "switch.end");
	LLVMBasicBlockRef *bodies = arena_alloc(&L->arena, sizeof(LLVMBasicBlockRef) * (size_t)(nc + 1));
	LLVMBasicBlockRef deflt = done;
	for (int i = 0; i < nc; i++) {
		bodies[i] = lower_new_block(L, "case");
		if (n->switch_stmt.clauses.items[i]->case_clause.is_default)
			deflt = bodies[i];
	}
	bodies[nc] = done;
	switch_dispatch(L, n, tv, bodies, deflt);
	lower_push_target(L, label, done, NULL);
	LLVMBasicBlockRef saved_ft = L->fallthrough_to;
	for (int i = 0; i < nc; i++) {
		Node *cc = n->switch_stmt.clauses.items[i];
		LLVMPositionBuilderAtEnd(L->b, bodies[i]);
		L->fallthrough_to = bodies[i + 1];
		for (int j = 0; j < cc->case_clause.body.len; j++)
			lower_stmt(L, cc->case_clause.body.items[j]);
		lower_br(L, done);
	}
	L->fallthrough_to = saved_ft;
	L->ntargets--;
	LLVMPositionBuilderAtEnd(L->b, done);
}

static void lower_labeled(Lower *L, Node *n)
{
	const char *name = n->labeled.label->ident.name;
	LLVMBasicBlockRef bb = label_block(L, name);
	lower_br(L, bb);
	LLVMPositionBuilderAtEnd(L->b, bb);
	L->pending_label = name;
	lower_stmt(L, n->labeled.stmt);
	L->pending_label = NULL;
}

void lower_block(Lower *L, Node *block)
{
	for (int i = 0; i < block->block.stmts.len; i++)
		lower_stmt(L, block->block.stmts.items[i]);
}

void lower_stmt(Lower *L, Node *n)
{
	if (n->kind != ND_FOR && n->kind != ND_RANGE && n->kind != ND_SWITCH && n->kind != ND_TYPE_SWITCH)
		L->pending_label = NULL;
	lower_from_begin(L);
	switch (n->kind) {
	case ND_EMPTY_STMT: return;
	case ND_EXPR_STMT: lower_expr(L, n->expr_stmt.x); return;
	case ND_ASSIGN: lower_assign(L, n); return;
	case ND_INC_DEC: lower_inc_dec(L, n); return;
	case ND_DECL_STMT:
		for (int i = 0; i < n->decl_stmt.decls.len; i++)
			if (n->decl_stmt.decls.items[i]->kind == ND_VAR_SPEC)
				lower_var_spec(L, n->decl_stmt.decls.items[i]);
		return;
	case ND_LABELED: lower_labeled(L, n); return;
	case ND_RETURN: lower_return(L, n); return;
	case ND_BRANCH: lower_branch(L, n); return;
	case ND_BLOCK: lower_block(L, n); return;
	case ND_IF: lower_if(L, n); return;
	case ND_FOR: lower_for(L, n); return;
	case ND_RANGE: lower_range(L, n); return;
	case ND_SWITCH: lower_switch(L, n); return;
	case ND_TYPE_SWITCH: lower_type_switch(L, n); return;
	case ND_DEFER_STMT: lower_defer_stmt(L, n); return;
	case ND_GO_STMT:
		break;
	default:
		break;
	}
	lower_unsupported(L, n->pos, ast_kind_name(n->kind));
}
