/* check_stmt.c: statements and function bodies.
 *
 * A function body shares its scope with the parameters (Go: redeclaring a parameter at the top
 * level of the body is an error). Labels have function scope: they are collected before the body
 * is checked. break/continue find their target on a small stack of enclosing for/switch
 * statements. `missing return` uses the spec's terminating-statement rules. Unused local
 * variables are reported once the outermost function (with its literals) is done.
 */
#include <string.h>
#include "check_internal.h"

typedef struct Target { Node *stmt; const char *label; bool is_loop; } Target;

typedef struct FuncCtx {
    Target *targets;          /* the enclosing breakable statements, innermost last */
    int ntargets, captargets;
    Symbol **labels;          /* the function's labels */
    int nlabels, caplabels;
} FuncCtx;

static FuncCtx *fctx;

static void stmt_list(Checker *c, NodeList *l);

/* ---- labels ---- */

static bool collect_labels_visit(Node *n, void *ctx)
{
    Checker *c = ctx;
    if (n->kind == ND_FUNC_LIT)
        return false;
    if (n->kind == ND_LABELED) {
        Node *id = n->labeled.label;
        for (int i = 0; i < fctx->nlabels; i++) {
            if (strcmp(fctx->labels[i]->name, id->ident.name) == 0) {
                diag_error(id->pos, "label %s already defined", id->ident.name);
                return true;
            }
        }
        Symbol *s = symbol_new(c->arena, SYM_LABEL, id->ident.name, id->pos);
        s->decl = n;
        id->sym = s;
        arena_grow(c->arena, (void **)&fctx->labels, fctx->nlabels, &fctx->caplabels, sizeof(Symbol *));
        fctx->labels[fctx->nlabels++] = s;
    }
    return true;
}

static Symbol *find_label(const char *name)
{
    for (int i = 0; i < fctx->nlabels; i++)
        if (strcmp(fctx->labels[i]->name, name) == 0)
            return fctx->labels[i];
    return NULL;
}

/* ---- terminating statements ---- */

static bool is_terminating(Node *n, const char *label);

static bool has_break_visit_list(NodeList *l, const char *label, bool nested);

static bool has_break(Node *n, const char *label, bool nested)
{
    if (!n)
        return false;
    switch (n->kind) {
    case ND_BRANCH:
        if (n->branch.tok != TK_BREAK)
            return false;
        if (!n->branch.label)
            return !nested;
        return label && strcmp(n->branch.label->ident.name, label) == 0;
    case ND_BLOCK: return has_break_visit_list(&n->block.stmts, label, nested);
    case ND_IF: return has_break(n->if_stmt.then, label, nested) || has_break(n->if_stmt.els, label, nested);
    case ND_LABELED: return has_break(n->labeled.stmt, label, nested);
    case ND_CASE_CLAUSE: return has_break_visit_list(&n->case_clause.body, label, nested);
    case ND_FOR: return has_break(n->for_stmt.body, label, true);
    case ND_RANGE: return has_break(n->range_stmt.body, label, true);
    case ND_SWITCH: case ND_TYPE_SWITCH:
        for (int i = 0; i < n->switch_stmt.clauses.len; i++)
            if (has_break(n->switch_stmt.clauses.items[i], label, true))
                return true;
        return false;
    default: return false;
    }
}

static bool has_break_visit_list(NodeList *l, const char *label, bool nested)
{
    for (int i = 0; i < l->len; i++)
        if (has_break(l->items[i], label, nested))
            return true;
    return false;
}

static bool list_terminating(NodeList *l)
{
    int i = l->len - 1;
    while (i >= 0 && l->items[i]->kind == ND_EMPTY_STMT)
        i--;
    return i >= 0 && is_terminating(l->items[i], NULL);
}

static bool is_terminating(Node *n, const char *label)
{
    switch (n->kind) {
    case ND_RETURN: return true;
    case ND_BRANCH: return n->branch.tok == TK_GOTO || n->branch.tok == TK_FALLTHROUGH;
    case ND_EXPR_STMT: {
        Node *x = ast_unparen(n->expr_stmt.x);
        if (x->kind != ND_CALL)
            return false;
        Node *f = ast_unparen(x->call.fun);
        return f->kind == ND_IDENT && f->sym && f->sym->kind == SYM_BUILTIN && f->sym->builtin == BUILTIN_PANIC;
    }
    case ND_BLOCK: return list_terminating(&n->block.stmts);
    case ND_IF:
        return n->if_stmt.els && is_terminating(n->if_stmt.then, NULL) && is_terminating(n->if_stmt.els, NULL);
    case ND_LABELED: return is_terminating(n->labeled.stmt, n->labeled.label->ident.name);
    case ND_FOR:
        return !n->for_stmt.cond && !has_break(n->for_stmt.body, label, false);
    case ND_SWITCH: case ND_TYPE_SWITCH: {
        bool has_default = false;
        for (int i = 0; i < n->switch_stmt.clauses.len; i++) {
            Node *cl = n->switch_stmt.clauses.items[i];
            has_default = has_default || cl->case_clause.is_default;
            if (!list_terminating(&cl->case_clause.body) || has_break(cl, label, false))
                return false;
        }
        return has_default;
    }
    default: return false;
    }
}

/* ---- simple statements ---- */

static void expr_stmt(Checker *c, Node *n)
{
    Node *x = n->expr_stmt.x;
    check_multi_expr(c, x);
    if (x->mode == MODE_INVALID)
        return;
    Node *u = ast_unparen(x);
    if (u->kind == ND_CALL) {
        Node *f = ast_unparen(u->call.fun);
        if (f->mode == MODE_TYPEXPR) {
            diag_error(ast_start_pos(x), "%s (%s) is not used", check_expr_str(c, x), check_operand_str(c, x));
            return;
        }
        if (f->mode == MODE_BUILTIN && f->sym) {
            BuiltinKind b = f->sym->builtin;
            if (b != BUILTIN_COPY && b != BUILTIN_PANIC && b != BUILTIN_PRINT && b != BUILTIN_PRINTLN &&
                b != BUILTIN_RECOVER && b != BUILTIN_DELETE && b != BUILTIN_CLEAR)
                diag_error(ast_start_pos(x), "%s (%s) is not used", check_expr_str(c, x), check_operand_str(c, x));
        }
        return;
    }
    if (x->mode == MODE_TYPEXPR)
        diag_error(ast_start_pos(x), "%s (type) is not an expression", check_expr_str(c, x));
    else
        diag_error(ast_start_pos(x), "%s (%s) is not used", check_expr_str(c, x), check_operand_str(c, x));
}

static void inc_dec(Checker *c, Node *n)
{
    Node *x = n->inc_dec.x;
    check_expr(c, x);
    if (!check_single_value(c, x))
        return;
    if (!type_is_numeric(x->type)) {
        diag_error(n->pos, "invalid operation: %s%s (non-numeric type %s)", check_expr_str(c, x),
                   n->inc_dec.op == TK_INC ? "++" : "--", type_string_rel(x->type));
        return;
    }
    if (x->mode != MODE_VARIABLE && x->mode != MODE_MAPINDEX) {
        diag_error(ast_start_pos(x), "cannot assign to %s (neither addressable nor a map index expression)", check_expr_str(c, x));
        return;
    }
    Node *u = ast_unparen(x);
    if (u->kind == ND_IDENT && u->sym)
        u->sym->reassigned = true;
}

static void declare_local(Checker *c, Symbol *s)
{
    s->owner = c->func ? c->func->node : NULL;
    check_declare(c, c->scope, s);
    if (s->kind == SYM_VAR)
        symlist_push(c, &c->locals, s);
}

static void local_value_spec(Checker *c, Node *spec)
{
    int n = spec->value_spec.names.len;
    Symbol **syms = check_alloc(c, sizeof(Symbol *) * (size_t)(n + 1));
    bool is_const = spec->kind == ND_CONST_SPEC;
    for (int i = 0; i < n; i++) {
        Node *id = spec->value_spec.names.items[i];
        syms[i] = symbol_new(c->arena, is_const ? SYM_CONST : SYM_VAR, id->ident.name, id->pos);
        syms[i]->state = SYMST_RESOLVED;
        id->sym = syms[i];
    }
    if (is_const)
        check_const_spec(c, spec, syms, n);
    else
        check_var_spec(c, spec, syms, n);
    for (int i = 0; i < n; i++) {
        Node *id = spec->value_spec.names.items[i];
        id->type = syms[i]->type;
        declare_local(c, syms[i]);
    }
}

static void decl_stmt(Checker *c, Node *n)
{
    for (int i = 0; i < n->decl_stmt.decls.len; i++) {
        Node *d = n->decl_stmt.decls.items[i];
        if (d->kind == ND_TYPE_SPEC) {
            Symbol *s = symbol_new(c->arena, SYM_TYPE, d->type_spec.name->ident.name, d->type_spec.name->pos);
            s->decl = d;
            s->pkg = c->pkg->path;
            d->type_spec.name->sym = s;
            check_collect_type(c, s);
            declare_local(c, s);
            s->state = SYMST_RESOLVING;
            check_type_decl(c, s, d);
            s->state = SYMST_RESOLVED;
        } else {
            local_value_spec(c, d);
        }
    }
}

/* ---- branches ---- */

/* Set by clause_body while it checks a labeled statement ending a case clause (`lab: fallthrough`):
 * the fallthrough node that is in place there, and whether its clause is the final one. */
static Node *labeled_fallthrough;
static bool labeled_fallthrough_final;

static void branch(Checker *c, Node *n)
{
    const char *kw = n->branch.tok == TK_BREAK ? "break" : n->branch.tok == TK_CONTINUE ? "continue" : "goto";
    if (n->branch.tok == TK_FALLTHROUGH) {
        if (n != labeled_fallthrough)
            diag_error(n->pos, "fallthrough statement out of place");
        else if (labeled_fallthrough_final)
            diag_error(n->pos, "cannot fallthrough final case in switch");
        return;
    }
    Node *lab = n->branch.label;
    if (n->branch.tok == TK_GOTO) {
        Symbol *s = lab ? find_label(lab->ident.name) : NULL;
        if (!s)
            diag_error(lab ? lab->pos : n->pos, "label %s not defined", lab ? lab->ident.name : "");
        else
            s->used = true, lab->sym = s;
        return;
    }
    if (lab) {
        Symbol *s = find_label(lab->ident.name);
        if (s) {
            s->used = true;
            lab->sym = s;
        }
        for (int i = fctx->ntargets - 1; i >= 0; i--) {
            Target *t = &fctx->targets[i];
            if (t->label && strcmp(t->label, lab->ident.name) == 0) {
                if (n->branch.tok == TK_CONTINUE && !t->is_loop)
                    diag_error(lab->pos, "invalid continue label %s", lab->ident.name);
                return;
            }
        }
        diag_error(lab->pos, "invalid %s label %s", kw, lab->ident.name);
        if (!s)
            diag_error(lab->pos, "%s label not defined: %s", kw, lab->ident.name);
        return;
    }
    for (int i = fctx->ntargets - 1; i >= 0; i--)
        if (n->branch.tok == TK_BREAK || fctx->targets[i].is_loop)
            return;
    diag_error(n->pos, n->branch.tok == TK_BREAK ? "break is not in a loop, switch, or select" : "continue is not in a loop");
}

static const char *pending_label;

static void push_target(Checker *c, Node *stmt, bool is_loop)
{
    arena_grow(c->arena, (void **)&fctx->targets, fctx->ntargets, &fctx->captargets, sizeof(Target));
    fctx->targets[fctx->ntargets++] = (Target){ stmt, pending_label, is_loop };
    pending_label = NULL;
}

static void pop_target(void) { fctx->ntargets--; }

/* ---- compound statements ---- */

static void cond_expr(Checker *c, Node *cond, const char *what)
{
    check_expr(c, cond);
    if (!check_single_value(c, cond))
        return;
    if (!type_is_boolean(cond->type)) {
        diag_error(ast_start_pos(cond), "non-boolean condition in %s statement", what);
        return;
    }
    check_default_untyped(c, cond);
}

static void if_stmt(Checker *c, Node *n)
{
    check_push_scope(c);
    if (n->if_stmt.init)
        check_stmt(c, n->if_stmt.init);
    cond_expr(c, n->if_stmt.cond, "if");
    check_stmt(c, n->if_stmt.then);
    if (n->if_stmt.els)
        check_stmt(c, n->if_stmt.els);
    check_pop_scope(c);
}

static void for_stmt(Checker *c, Node *n)
{
    check_push_scope(c);
    if (n->for_stmt.init)
        check_stmt(c, n->for_stmt.init);
    if (n->for_stmt.cond)
        cond_expr(c, n->for_stmt.cond, "for");
    if (n->for_stmt.post)
        check_stmt(c, n->for_stmt.post);
    push_target(c, n, true);
    check_stmt(c, n->for_stmt.body);
    pop_target();
    check_pop_scope(c);
}

static void range_stmt(Checker *c, Node *n)
{
    const char *label = pending_label;
    pending_label = NULL;
    Node *x = n->range_stmt.x;
    check_expr(c, x);
    check_push_scope(c);
    Type *kt = type_invalid, *vt = NULL;
    if (check_single_value(c, x)) {
        Type *u = type_underlying(x->type);
        if (u->kind == TY_POINTER && type_underlying(u->pointer.elem)->kind == TY_ARRAY)
            u = type_underlying(u->pointer.elem);
        if (type_is_string(u)) {
            check_default_untyped(c, x);
            kt = type_basic(TY_INT), vt = type_rune;
        } else if (type_is_integer(u)) {
            check_default_untyped(c, x);
            kt = x->type;
            if (n->range_stmt.value)
                diag_error(ast_start_pos(n->range_stmt.value), "range over %s permits only one iteration variable",
                           check_operand_str(c, x));
        } else if (u->kind == TY_ARRAY) {
            kt = type_basic(TY_INT), vt = u->array.elem;
        } else if (u->kind == TY_SLICE) {
            kt = type_basic(TY_INT), vt = u->slice.elem;
        } else if (u->kind == TY_MAP) {
            kt = u->map.key, vt = u->map.elem;
        } else {
            diag_error(ast_start_pos(x), "cannot range over %s (%s)", check_expr_str(c, x), check_operand_str(c, x));
        }
    }
    Node *vars[2] = { n->range_stmt.key, n->range_stmt.value };
    Type *types[2] = { kt, vt ? vt : type_invalid };
    for (int i = 0; i < 2; i++) {
        Node *v = vars[i];
        if (!v)
            continue;
        if (n->range_stmt.define) {
            if (v->kind != ND_IDENT) {
                diag_error(ast_start_pos(v), "non-name %s on left side of :=", check_expr_str(c, v));
                continue;
            }
            Symbol *s = symbol_new(c->arena, SYM_VAR, v->ident.name, v->pos);
            s->type = types[i];
            v->sym = s;
            v->type = s->type;
            v->mode = MODE_VARIABLE;
            declare_local(c, s);
        } else if (!(v->kind == ND_IDENT && strcmp(v->ident.name, "_") == 0)) {
            check_expr(c, v);
            Node *uv = ast_unparen(v);
            if (uv->kind == ND_IDENT && uv->sym && uv->sym->kind == SYM_VAR)
                uv->sym->reassigned = true;
            if (v->mode != MODE_INVALID && v->mode != MODE_VARIABLE && v->mode != MODE_MAPINDEX)
                diag_error(ast_start_pos(v), "cannot assign to %s (neither addressable nor a map index expression)", check_expr_str(c, v));
            else if (v->mode != MODE_INVALID && types[i] != type_invalid && !type_assignable(types[i], v->type))
                diag_error(ast_start_pos(v), "cannot use %s (value of type %s) as type %s in range",
                           check_expr_str(c, v), type_string_rel(types[i]), type_string_rel(v->type));
        }
    }
    pending_label = label;
    push_target(c, n, true);
    check_stmt(c, n->range_stmt.body);
    pop_target();
    check_pop_scope(c);
}

static void clause_body(Checker *c, Node *cl, bool last, bool type_switch)
{
    NodeList *b = &cl->case_clause.body;
    for (int i = 0; i < b->len; i++) {
        Node *s = b->items[i];
        if (s->kind == ND_BRANCH && s->branch.tok == TK_FALLTHROUGH) {
            int j = i + 1;
            while (j < b->len && b->items[j]->kind == ND_EMPTY_STMT)
                j++;
            if (type_switch || j < b->len)
                diag_error(s->pos, "fallthrough statement out of place");
            else if (last)
                diag_error(s->pos, "cannot fallthrough final case in switch");
            continue;
        }
        Node *inner = s;
        while (inner->kind == ND_LABELED && inner->labeled.stmt)
            inner = inner->labeled.stmt;
        int j = i + 1;
        while (j < b->len && b->items[j]->kind == ND_EMPTY_STMT)
            j++;
        Node *saved = labeled_fallthrough;
        if (inner != s && inner->kind == ND_BRANCH && inner->branch.tok == TK_FALLTHROUGH && !type_switch && j == b->len) {
            labeled_fallthrough = inner;
            labeled_fallthrough_final = last;
        }
        check_stmt(c, s);
        labeled_fallthrough = saved;
    }
}

/* Go reports a constant case value that equals an earlier one of the same type. `seen` is an open
 * addressing table (mask + 1 slots, a power of two, at least twice the cases) of the earlier constant
 * cases of this switch by value: a switch may have tens of thousands of cases, and comparing each
 * with every earlier one took seconds. Equal values probe the same slots in insertion order, so the
 * first equal case found is the earliest. Adds e to the table. */
static void check_duplicate_case(Checker *c, Node *e, Node **seen, size_t mask)
{
    if (e->mode != MODE_CONSTANT || !e->cval)
        return;
    bool reported = false;
    size_t i = (size_t)const_hash(e->cval) & mask;
    for (; seen[i]; i = (i + 1) & mask) {
        Node *p = seen[i];
        if (reported || p->cval->kind != e->cval->kind || !type_identical(p->type, e->type) ||
            !const_compare(COP_EQL, p->cval, e->cval))
            continue;
        char buf[256];
        pos_format(ast_start_pos(p), buf, sizeof buf);
        diag_error(ast_start_pos(e), "duplicate case %s (%s) in expression switch\n\t%s: previous case",
                   check_expr_str(c, e), check_operand_str(c, e), buf);
        reported = true;
    }
    seen[i] = e;
}

static void switch_stmt(Checker *c, Node *n)
{
    check_push_scope(c);
    if (n->switch_stmt.init)
        check_stmt(c, n->switch_stmt.init);
    Node *tag = n->switch_stmt.tag;
    if (tag) {
        check_expr(c, tag);
        if (check_single_value(c, tag))
            check_default_untyped(c, tag);
    }
    push_target(c, n, false);
    NodeList *cls = &n->switch_stmt.clauses;
    int ndefault = 0;
    size_t ncases = 0, mask = 15;
    for (int i = 0; i < cls->len; i++)
        ncases += (size_t)cls->items[i]->case_clause.exprs.len;
    while (mask < 2 * ncases)
        mask = mask * 2 + 1;
    Node **seen = check_alloc(c, sizeof(Node *) * (mask + 1));
    memset(seen, 0, sizeof(Node *) * (mask + 1));
    for (int i = 0; i < cls->len; i++) {
        Node *cl = cls->items[i];
        if (cl->case_clause.is_default && ndefault++)
            diag_error(cl->pos, "multiple defaults in switch");
        for (int j = 0; j < cl->case_clause.exprs.len; j++) {
            Node *e = cl->case_clause.exprs.items[j];
            check_expr(c, e);
            if (!check_single_value(c, e))
                continue;
            if (tag && tag->mode != MODE_INVALID) {
                Node *cmp = ast_new_binary(c->arena, e->pos, TK_EQL, tag, e);
                /* compare without re-checking: convert e to tag's type, then comparability */
                (void)cmp;
                if (type_is_untyped(e->type))
                    check_convert_untyped(c, e, tag->type);
                else if (!type_identical(e->type, tag->type) && !type_assignable(e->type, tag->type) &&
                         !type_assignable(tag->type, e->type))
                    diag_error(ast_start_pos(e), "invalid case %s in switch on %s (mismatched types %s and %s)",
                               check_expr_str(c, e), check_expr_str(c, tag), type_string_rel(e->type), type_string_rel(tag->type));
                check_duplicate_case(c, e, seen, mask);
            } else if (!tag) {
                if (!type_is_boolean(e->type))
                    diag_error(ast_start_pos(e), "invalid case %s in switch (mismatched types %s and bool)",
                               check_expr_str(c, e), type_string_rel(e->type));
                else
                    check_default_untyped(c, e);
            }
        }
        check_push_scope(c);
        clause_body(c, cl, i == cls->len - 1, false);
        check_pop_scope(c);
    }
    pop_target();
    check_pop_scope(c);
}

static void type_switch(Checker *c, Node *n)
{
    check_push_scope(c);
    if (n->switch_stmt.init)
        check_stmt(c, n->switch_stmt.init);
    Node *ta = n->switch_stmt.tag;
    Node *x = ta->assert.x;
    check_expr(c, x);
    bool ok = check_single_value(c, x);
    if (ok && !type_is_interface(x->type)) {
        diag_error(ast_start_pos(x), "%s (%s) is not an interface", check_expr_str(c, x), check_operand_str(c, x));
        ok = false;
    }
    ta->type = ok ? x->type : type_invalid;
    ta->mode = MODE_VALUE;
    Node *bind = n->switch_stmt.bind;
    push_target(c, n, false);
    NodeList *cls = &n->switch_stmt.clauses;
    bool used = false;
    for (int i = 0; i < cls->len; i++) {
        Node *cl = cls->items[i];
        Type *single = NULL;
        for (int j = 0; j < cl->case_clause.exprs.len; j++) {
            Node *e = cl->case_clause.exprs.items[j];
            if (e->kind == ND_IDENT && strcmp(e->ident.name, "nil") == 0 && scope_lookup(c->scope, "nil", NULL)->kind == SYM_NIL) {
                e->type = type_basic(TY_UNTYPED_NIL);
                e->mode = MODE_VALUE;
                e->sym = scope_lookup(c->scope, "nil", NULL);
                single = NULL;
                continue;
            }
            Type *t = check_type(c, e);
            if (t == type_invalid || !ok)
                continue;
            const char *why = NULL;
            if (!type_is_interface(t) && !type_implements(t, x->type, &why))
                diag_error(ast_start_pos(e), "impossible type switch case: %s (%s) cannot have dynamic type %s %s",
                           check_expr_str(c, x), check_operand_str(c, x), type_string_rel(t), why ? why : "");
            single = cl->case_clause.exprs.len == 1 ? t : NULL;
        }
        check_push_scope(c);
        if (bind) {
            Symbol *s = symbol_new(c->arena, SYM_VAR, bind->ident.name, bind->pos);
            s->type = single ? single : (ok ? x->type : type_invalid);
            s->owner = c->func ? c->func->node : NULL;
            cl->sym = s;
            check_declare(c, c->scope, s);
            clause_body(c, cl, i == cls->len - 1, true);
            used = used || s->used;
        } else {
            clause_body(c, cl, i == cls->len - 1, true);
        }
        check_pop_scope(c);
    }
    if (bind && !used && strcmp(bind->ident.name, "_") != 0)
        diag_error(bind->pos, "%s declared but not used", bind->ident.name);
    pop_target();
    check_pop_scope(c);
}

static void return_stmt(Checker *c, Node *n)
{
    FuncInfo *fi = c->func;
    Type *sig = fi->sig;
    NodeList *r = &n->ret.results;
    int want = sig->func.nresults;
    if (r->len == 0) {
        if (want > 0 && !fi->named_results)
            diag_error(n->pos, "not enough return values\n\thave ()\n\twant %s",
                       type_string_rel(type_new_tuple(sig->func.results, want)));
        return;
    }
    if (r->len == 1 && want != 1) {
        check_multi_expr(c, r->items[0]);
        Node *e = r->items[0];
        if (e->mode == MODE_INVALID)
            return;
        if (e->type->kind == TY_TUPLE && e->type->tuple.n == want && want > 0) {
            for (int i = 0; i < want; i++)
                if (!type_assignable(e->type->tuple.elems[i], sig->func.results[i]))
                    diag_error(ast_start_pos(e), "cannot use %s value as type %s in return statement",
                               type_string_rel(e->type->tuple.elems[i]), type_string_rel(sig->func.results[i]));
            return;
        }
        if (want == 0) {
            diag_error(ast_start_pos(e), "too many return values\n\thave (%s)\n\twant ()", type_string_rel(e->type));
            return;
        }
        diag_error(ast_start_pos(e), "not enough return values\n\thave (%s)\n\twant %s", type_string_rel(e->type),
                   type_string_rel(type_new_tuple(sig->func.results, want)));
        return;
    }
    for (int i = 0; i < r->len; i++)
        check_expr(c, r->items[i]);
    if (r->len != want) {
        diag_error(ast_start_pos(r->items[r->len < want ? 0 : want]), "%s return values\n\thave (...)\n\twant %s",
                   r->len < want ? "not enough" : "too many", type_string_rel(type_new_tuple(sig->func.results, want)));
        return;
    }
    for (int i = 0; i < r->len; i++)
        check_assignable_to(c, r->items[i], sig->func.results[i], "return statement");
}

static void defer_stmt(Checker *c, Node *n)
{
    Node *call = n->call_stmt.call;
    if (n->kind == ND_GO_STMT) {
        diag_error(n->pos, "goroutines are not supported");
        return;
    }
    c->func->has_defer = true;
    if (!call || ast_unparen(call)->kind != ND_CALL) {
        if (call && call->kind != ND_BAD)
            diag_error(ast_start_pos(call), "expression in defer must be function call");
        return;
    }
    check_multi_expr(c, call);
    Node *f = ast_unparen(ast_unparen(call)->call.fun);
    if (f->mode == MODE_TYPEXPR)
        diag_error(ast_start_pos(call), "defer requires function call, not conversion");
    else if (f->mode == MODE_BUILTIN && f->sym && (f->sym->builtin == BUILTIN_LEN || f->sym->builtin == BUILTIN_CAP ||
             f->sym->builtin == BUILTIN_APPEND || f->sym->builtin == BUILTIN_MAKE || f->sym->builtin == BUILTIN_NEW ||
             f->sym->builtin == BUILTIN_MIN || f->sym->builtin == BUILTIN_MAX))
        diag_error(ast_start_pos(call), "defer discards result of %s", check_expr_str(c, call));
}

void check_stmt(Checker *c, Node *n)
{
    switch (n->kind) {
    case ND_EMPTY_STMT: case ND_BAD: return;
    case ND_EXPR_STMT: expr_stmt(c, n); return;
    case ND_INC_DEC: inc_dec(c, n); return;
    case ND_ASSIGN: check_assign_stmt(c, n); return;
    case ND_DECL_STMT: decl_stmt(c, n); return;
    case ND_LABELED: {
        Node *s = n->labeled.stmt;
        if (s->kind == ND_FOR || s->kind == ND_RANGE || s->kind == ND_SWITCH || s->kind == ND_TYPE_SWITCH)
            pending_label = n->labeled.label->ident.name;
        check_stmt(c, s);
        pending_label = NULL;
        return;
    }
    case ND_GO_STMT: case ND_DEFER_STMT: defer_stmt(c, n); return;
    case ND_RETURN: return_stmt(c, n); return;
    case ND_BRANCH: branch(c, n); return;
    case ND_BLOCK:
        check_push_scope(c);
        stmt_list(c, &n->block.stmts);
        check_pop_scope(c);
        return;
    case ND_IF: if_stmt(c, n); return;
    case ND_SWITCH: switch_stmt(c, n); return;
    case ND_TYPE_SWITCH: type_switch(c, n); return;
    case ND_FOR: for_stmt(c, n); return;
    case ND_RANGE: range_stmt(c, n); return;
    case ND_CASE_CLAUSE:
        return;
    default:
        diag_error(n->pos, "unexpected %s in statement position", ast_kind_name(n->kind));
        return;
    }
}

static void stmt_list(Checker *c, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        check_stmt(c, l->items[i]);
}

void check_block_stmts(Checker *c, NodeList *stmts) { stmt_list(c, stmts); }

/* ---- function bodies ---- */

static Symbol *param_symbol(Checker *c, Node *field, Type *t, const char *fallback)
{
    Node *name = field ? field->field.name : NULL;
    Symbol *s = symbol_new(c->arena, SYM_VAR, name ? name->ident.name : fallback, name ? name->pos : (field ? field->pos : POS_NONE));
    s->type = t;
    s->is_param = true;
    s->used = true;
    s->owner = c->func->node;
    if (name) {
        name->sym = s;
        name->type = t;
        check_declare(c, c->scope, s);
    }
    return s;
}

static void declare_params(Checker *c, FuncInfo *fi, Node *ftype, Node *recv)
{
    Type *sig = fi->sig;
    if (recv) {
        fi->recv = param_symbol(c, recv, recv->field.type->type, "_");
    }
    NodeList *pl = &ftype->func_type.params, *rl = &ftype->func_type.results;
    fi->nparams = pl->len;
    fi->params = check_alloc(c, sizeof(Symbol *) * (size_t)(pl->len + 1));
    for (int i = 0; i < pl->len; i++)
        fi->params[i] = param_symbol(c, pl->items[i], sig->func.params[i], "_");
    fi->nresults = rl->len;
    fi->results = check_alloc(c, sizeof(Symbol *) * (size_t)(rl->len + 1));
    for (int i = 0; i < rl->len; i++) {
        const char *fallback = arena_printf(c->arena, "~r%d", i);
        fi->results[i] = param_symbol(c, rl->items[i], sig->func.results[i], fallback);
        fi->results[i]->is_param = false;
        fi->results[i]->is_result = true;
        fi->results[i]->index = i;
        if (rl->items[i]->field.name)
            fi->named_results = true;
    }
    for (int i = 0; i < pl->len; i++)
        fi->params[i]->index = i;
}

static void report_unused(Checker *c)
{
    for (int i = 0; i < c->locals.n; i++) {
        Symbol *s = c->locals.v[i];
        if (s->kind == SYM_VAR && !s->used && strcmp(s->name, "_") != 0)
            diag_error(s->pos, "%s declared but not used", s->name);
    }
    c->locals.n = 0;
}

static void report_unused_labels(void)
{
    for (int i = 0; i < fctx->nlabels; i++)
        if (!fctx->labels[i]->used && strcmp(fctx->labels[i]->name, "_") != 0)
            diag_error(fctx->labels[i]->pos, "label %s defined and not used", fctx->labels[i]->name);
}

void check_func_body(Checker *c, FuncInfo *fi, Node *body)
{
    FuncInfo *saved_func = c->func;
    Scope *saved_scope = c->scope;
    FuncCtx *saved_ctx = fctx;
    const char *saved_label = pending_label;
    int saved_iota = c->iota;
    FuncCtx ctx = {0};
    fctx = &ctx;
    pending_label = NULL;
    c->iota = -1;
    c->func = fi;
    check_push_scope(c);
    c->scope->is_func_scope = true;
    Node *fn = fi->node;
    Node *ftype = fn->kind == ND_FUNC_DECL ? fn->func_decl.type : fn->func_lit.type;
    declare_params(c, fi, ftype, fn->kind == ND_FUNC_DECL ? fn->func_decl.recv : NULL);
    ast_walk(body, collect_labels_visit, c);
    stmt_list(c, &body->block.stmts);
    if (fi->sig->func.nresults > 0 && !list_terminating(&body->block.stmts))
        diag_error(body->block.rbrace, "missing return");
    report_unused_labels();
    check_pop_scope(c);
    c->scope = saved_scope;
    c->func = saved_func;
    fctx = saved_ctx;
    pending_label = saved_label;
    c->iota = saved_iota;
    if (!saved_func)
        report_unused(c);
}
