/* check_assign.c: untyped conversion, assignability with Go's messages, assignments, and
 * var/const specs.
 *
 * check_convert_untyped gives an untyped operand its final type, pushing the type down into the
 * operands of untyped non-constant expressions (shifts, arithmetic on them) so that every node
 * ends with the type lowering must compute it in. Messages follow Go 1.19's types2:
 *   cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)
 *   cannot use x (variable of type int) as type string in assignment
 */
#include <string.h>
#include "check_internal.h"

static const char *cur_context; /* set by check_assignable_to for untyped errors */

/* Sets t on n and the untyped operands it was computed from. */
static void update_type(Node *n, Type *t)
{
    if (!n || !type_is_untyped(n->type))
        return;
    n->type = t;
    switch (n->kind) {
    case ND_PAREN: update_type(n->paren.x, t); return;
    case ND_UNARY: update_type(n->unary.x, t); return;
    case ND_BINARY:
        switch (n->binary.op) {
        case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ: return;
        case TK_SHL: case TK_SHR: update_type(n->binary.x, t); return;
        default:
            update_type(n->binary.x, t);
            update_type(n->binary.y, t);
            return;
        }
    default:
        return;
    }
}

/* A non-constant shift of an untyped constant (`1 << s`) takes the type its context gives it, which
 * must be an integer type, and the constant must fit it (Go 1.19: `invalid operation: 1 << s (shift
 * of type float64)`, `1000 (untyped int constant) overflows int8`). Walks what update_type walks. */
static bool untyped_shifts_fit(Checker *c, Node *n, Type *t)
{
    if (!n || !type_is_untyped(n->type) || n->mode == MODE_CONSTANT)
        return true;
    switch (n->kind) {
    case ND_PAREN: return untyped_shifts_fit(c, n->paren.x, t);
    case ND_UNARY: return untyped_shifts_fit(c, n->unary.x, t);
    case ND_BINARY:
        switch (n->binary.op) {
        case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ: return true;
        case TK_SHL: case TK_SHR: {
            Node *x = n->binary.x;
            if (!type_is_integer(t)) {
                diag_error(ast_start_pos(n), "invalid operation: %s (shift of type %s)", check_expr_str(c, n),
                           type_string_rel(t));
                return false;
            }
            if (x->mode == MODE_CONSTANT && !const_representable(x->cval, t, NULL, NULL)) {
                diag_error(ast_start_pos(x), "%s (%s) overflows %s", check_expr_str(c, x), check_operand_str(c, x),
                           type_string_rel(t));
                return false;
            }
            return untyped_shifts_fit(c, x, t);
        }
        default:
            return untyped_shifts_fit(c, n->binary.x, t) && untyped_shifts_fit(c, n->binary.y, t);
        }
    default:
        return true;
    }
}

static void untyped_error(Checker *c, Node *n, Type *t, const char *why)
{
    if (cur_context && n->type->kind == TY_UNTYPED_NIL)
        diag_error(ast_start_pos(n), "cannot use nil as %s value in %s", type_string_rel(t), cur_context);
    else if (cur_context)
        diag_error(ast_start_pos(n), "cannot use %s (%s) as %s value in %s%s%s%s", check_expr_str(c, n),
                   check_operand_str(c, n), type_string_rel(t), cur_context, why ? " (" : "", why ? why : "", why ? ")" : "");
    else if (why && strcmp(why, "overflows") == 0)
        diag_error(ast_start_pos(n), "%s (%s) overflows %s", check_expr_str(c, n), check_operand_str(c, n), type_string_rel(t));
    else if (why)
        diag_error(ast_start_pos(n), "%s (%s) truncated to %s", check_expr_str(c, n), check_operand_str(c, n), type_string_rel(t));
    else
        diag_error(ast_start_pos(n), "cannot convert %s (%s) to type %s", check_expr_str(c, n), check_operand_str(c, n),
                   type_string_rel(t));
}

bool check_convert_untyped(Checker *c, Node *n, Type *t)
{
    if (n->mode == MODE_INVALID || !type_is_untyped(n->type) || t == type_invalid)
        return n->mode != MODE_INVALID;
    if (type_is_untyped(t)) {
        update_type(n, t);
        return true;
    }
    Type *tu = type_underlying(t);
    if (n->type->kind == TY_UNTYPED_NIL) {
        if (!type_has_nil(t)) {
            untyped_error(c, n, t, NULL);
            check_invalid(n);
            return false;
        }
        n->type = t;
        return true;
    }
    if (tu->kind == TY_INTERFACE) {
        Type *d = type_default(n->type);
        check_convert_untyped(c, n, d);
        return true; /* implements is checked by the caller */
    }
    if (!type_is_basic(tu)) {
        untyped_error(c, n, t, NULL);
        check_invalid(n);
        return false;
    }
    if (n->mode == MODE_CONSTANT) {
        ConstVal *r;
        const char *why;
        bool class_ok = (type_is_numeric(n->type) && type_is_numeric(tu)) ||
                        (type_is_string(n->type) && type_is_string(tu)) ||
                        (type_is_boolean(n->type) && type_is_boolean(tu));
        if (!class_ok || !const_representable(n->cval, t, &r, &why)) {
            untyped_error(c, n, t, class_ok ? why : NULL);
            check_invalid(n);
            return false;
        }
        n->cval = r;
        update_type(n, t);
        return true;
    }
    bool ok = (type_is_boolean(n->type) && type_is_boolean(tu)) ||
              (type_is_numeric(n->type) && type_is_numeric(tu)) ||
              (type_is_string(n->type) && type_is_string(tu));
    if (!ok) {
        untyped_error(c, n, t, NULL);
        check_invalid(n);
        return false;
    }
    if (!untyped_shifts_fit(c, n, t)) {
        check_invalid(n);
        return false;
    }
    update_type(n, t);
    return true;
}

void check_default_untyped(Checker *c, Node *n)
{
    if (n->mode != MODE_INVALID && type_is_untyped(n->type) && n->type->kind != TY_UNTYPED_NIL)
        check_convert_untyped(c, n, type_default(n->type));
}

bool check_assignable_to(Checker *c, Node *n, Type *t, const char *context)
{
    if (n->mode == MODE_INVALID || t == type_invalid)
        return false;
    if (!check_single_value(c, n))
        return false;
    if (type_is_untyped(n->type)) {
        const char *saved = cur_context;
        cur_context = context;
        bool ok = check_convert_untyped(c, n, t);
        cur_context = saved;
        if (!ok)
            return false;
    }
    if (type_assignable(n->type, t))
        return true;
    const char *why = NULL;
    if (type_is_interface(t))
        type_implements(n->type, t, &why);
    if (why)
        diag_error(ast_start_pos(n), "cannot use %s (%s) as type %s in %s:\n\t%s does not implement %s %s",
                   check_expr_str(c, n), check_operand_str(c, n), type_string_rel(t), context,
                   type_string_rel(n->type), type_string_rel(t), why);
    else if (type_is_interface(n->type) && !type_is_interface(t))
        diag_error(ast_start_pos(n), "cannot use %s (%s) as type %s in %s:\n\tneed type assertion",
                   check_expr_str(c, n), check_operand_str(c, n), type_string_rel(t), context);
    else
        diag_error(ast_start_pos(n), "cannot use %s (%s) as type %s in %s", check_expr_str(c, n),
                   check_operand_str(c, n), type_string_rel(t), context);
    return false;
}

/* ---- assignment targets ---- */

static bool is_blank(Node *n)
{
    n = ast_unparen(n);
    return n->kind == ND_IDENT && strcmp(n->ident.name, "_") == 0;
}

/* Checks an assignment target; returns its type or NULL for `_`. */
static Type *check_lhs(Checker *c, Node *lhs)
{
    if (is_blank(lhs)) {
        lhs->type = NULL;
        lhs->mode = MODE_VARIABLE;
        return NULL;
    }
    Node *u = ast_unparen(lhs);
    if (u->kind == ND_IDENT) {
        Symbol *s = check_lookup_ident(c, u, false);
        if (!s) {
            check_invalid(lhs);
            return type_invalid;
        }
        if (s->kind != SYM_VAR) {
            diag_error(u->pos, "cannot assign to %s (neither addressable nor a map index expression)", u->ident.name);
            check_invalid(lhs);
            return type_invalid;
        }
        s->reassigned = true;
        u->type = lhs->type = s->type;
        u->mode = lhs->mode = MODE_VARIABLE;
        return s->type;
    }
    check_expr(c, lhs);
    if (lhs->mode == MODE_INVALID)
        return type_invalid;
    if (lhs->mode != MODE_VARIABLE && lhs->mode != MODE_MAPINDEX) {
        Node *x = u->kind == ND_SELECTOR ? u->selector.x : NULL;
        if (u->kind == ND_INDEX && type_is_string(u->index.x->type))
            diag_error(ast_start_pos(lhs), "cannot assign to %s (neither addressable nor a map index expression)", check_expr_str(c, lhs));
        else if (x && x->mode == MODE_MAPINDEX)
            diag_error(ast_start_pos(lhs), "cannot assign to struct field %s in map", check_expr_str(c, lhs));
        else
            diag_error(ast_start_pos(lhs), "cannot assign to %s (neither addressable nor a map index expression)", check_expr_str(c, lhs));
        return type_invalid;
    }
    return lhs->type;
}

static void assign_value(Checker *c, Node *rhs, Type *lt, const char *ctx)
{
    if (!lt) { /* _ = x */
        if (check_single_value(c, rhs)) {
            if (rhs->type->kind == TY_UNTYPED_NIL)
                diag_error(ast_start_pos(rhs), "use of untyped nil in %s", ctx);
            check_default_untyped(c, rhs);
        }
        return;
    }
    if (lt != type_invalid)
        check_assignable_to(c, rhs, lt, ctx);
}

static const char *plural(int n, const char *w) { return n == 1 ? w : (strcmp(w, "variable") == 0 ? "variables" : "values"); }

/* Reports `assignment mismatch: 2 variables but 1 value` style errors. */
static void mismatch(Checker *c, Pos p, int nl, NodeList *rhs)
{
    if (rhs->len > 0)
        p = ast_start_pos(rhs->items[0]);
    if (rhs->len == 1 && rhs->items[0]->kind == ND_CALL && rhs->items[0]->type) {
        Node *call = rhs->items[0];
        int nr = call->type->kind == TY_TUPLE ? call->type->tuple.n : 1;
        diag_error(p, "assignment mismatch: %d %s but %s returns %d %s", nl, plural(nl, "variable"),
                   check_expr_str(c, call->call.fun), nr, plural(nr, "value"));
        return;
    }
    diag_error(p, "assignment mismatch: %d %s but %d %s", nl, plural(nl, "variable"), rhs->len, plural(rhs->len, "value"));
}

/* Evaluates the right-hand side of an n:1 assignment; returns per-lhs types (NULL on error). */
static Type **rhs_types(Checker *c, Node *at, int nl, NodeList *rhs)
{
    Type **ts = check_alloc(c, sizeof(Type *) * (size_t)(nl + 1));
    if (rhs->len == nl) {
        for (int i = 0; i < nl; i++) {
            check_expr(c, rhs->items[i]);
            check_single_value(c, rhs->items[i]);
            ts[i] = rhs->items[i]->type;
        }
        return ts;
    }
    if (rhs->len == 1) {
        Node *r = rhs->items[0];
        check_multi_expr(c, r);
        if (r->mode == MODE_INVALID)
            return NULL;
        Node *ur = ast_unparen(r);
        if (nl == 2 && (r->mode == MODE_MAPINDEX || ur->kind == ND_TYPE_ASSERT) && r->type->kind != TY_TUPLE) {
            r->mode = MODE_COMMAOK;
            ts[0] = r->type;
            ts[1] = type_basic(TY_UNTYPED_BOOL);
            return ts;
        }
        if (r->type->kind == TY_TUPLE && r->type->tuple.n == nl) {
            for (int i = 0; i < nl; i++)
                ts[i] = r->type->tuple.elems[i];
            return ts;
        }
    } else {
        for (int i = 0; i < rhs->len; i++)
            check_multi_expr(c, rhs->items[i]);
    }
    mismatch(c, at->pos, nl, rhs);
    return NULL;
}

static void assign_types(Checker *c, Node *at, NodeList *lhs, Type **lt, NodeList *rhs, Type **rt, const char *ctx)
{
    if (rhs->len == lhs->len) {
        for (int i = 0; i < lhs->len; i++)
            assign_value(c, rhs->items[i], lt[i], ctx);
        return;
    }
    for (int i = 0; i < lhs->len; i++) {
        if (!lt[i] || lt[i] == type_invalid)
            continue;
        Type *t = rt[i];
        if (type_is_untyped(t))
            t = lt[i]->kind == TY_INVALID ? t : (type_is_boolean(lt[i]) ? lt[i] : type_default(t));
        if (!type_assignable(t, lt[i]))
            diag_error(ast_start_pos(rhs->items[0]), "cannot use %s value as type %s in %s", type_string_rel(rt[i]),
                       type_string_rel(lt[i]), ctx);
    }
}

static void check_op_assign(Checker *c, Node *n)
{
    Node *lhs = n->assign.lhs.items[0], *rhs = n->assign.rhs.items[0];
    Node *bin = ast_new_binary(c->arena, n->pos, tok_assign_op(n->assign.op), lhs, rhs);
    check_expr(c, bin);
    Node *u = ast_unparen(lhs);
    if (u->kind == ND_IDENT && u->sym && u->sym->kind == SYM_VAR)
        u->sym->reassigned = true;
    if (bin->mode == MODE_INVALID)
        return;
    if (lhs->mode != MODE_VARIABLE && lhs->mode != MODE_MAPINDEX) {
        diag_error(ast_start_pos(lhs), "cannot assign to %s (neither addressable nor a map index expression)", check_expr_str(c, lhs));
        return;
    }
    if (type_is_untyped(rhs->type) && n->assign.op != TK_SHL_ASSIGN && n->assign.op != TK_SHR_ASSIGN)
        check_convert_untyped(c, rhs, lhs->type);
}

static void check_define(Checker *c, Node *n)
{
    NodeList *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
    Type **rt = rhs_types(c, n, lhs->len, rhs);
    Symbol **syms = check_alloc(c, sizeof(Symbol *) * (size_t)(lhs->len + 1));
    Type **lt = check_alloc(c, sizeof(Type *) * (size_t)(lhs->len + 1));
    bool any_new = false;
    for (int i = 0; i < lhs->len; i++) {
        Node *id = lhs->items[i];
        if (id->kind != ND_IDENT) {
            diag_error(ast_start_pos(id), "non-name %s on left side of :=", check_expr_str(c, id));
            lt[i] = type_invalid;
            continue;
        }
        if (strcmp(id->ident.name, "_") == 0) {
            lt[i] = NULL;
            id->mode = MODE_VARIABLE;
            any_new = any_new || false;
            continue;
        }
        Symbol *old = scope_lookup_local(c->scope, id->ident.name);
        for (int j = 0; j < i; j++)
            if (syms[j] && strcmp(syms[j]->name, id->ident.name) == 0) {
                diag_error(id->pos, "%s repeated on left side of :=", id->ident.name);
                old = syms[j];
            }
        if (old && old->kind == SYM_VAR) {
            id->sym = old;
            old->reassigned = true;
            id->type = lt[i] = old->type;
            id->mode = MODE_VARIABLE;
            continue;
        }
        Type *t = rt ? rt[i] : type_invalid;
        if (t && t->kind == TY_UNTYPED_NIL) {
            diag_error(ast_start_pos(rhs->len == lhs->len ? rhs->items[i] : rhs->items[0]), "use of untyped nil in assignment");
            t = type_invalid;
        }
        if (!t || (t->kind == TY_TUPLE))
            t = type_invalid;
        Symbol *s = symbol_new(c->arena, SYM_VAR, id->ident.name, id->pos);
        s->type = type_default(t);
        s->owner = c->func ? c->func->node : NULL;
        syms[i] = s;
        id->sym = s;
        id->type = s->type;
        id->mode = MODE_VARIABLE;
        lt[i] = s->type;
        any_new = true;
    }
    if (!any_new)
        diag_error(n->pos, "no new variables on left side of :=");
    if (rt)
        assign_types(c, n, lhs, lt, rhs, rt, "assignment");
    for (int i = 0; i < lhs->len; i++)
        if (syms[i]) {
            check_declare(c, c->scope, syms[i]);
            symlist_push(c, &c->locals, syms[i]);
        }
}

void check_assign_stmt(Checker *c, Node *n)
{
    if (n->assign.op == TK_DEFINE) {
        check_define(c, n);
        return;
    }
    if (n->assign.op != TK_ASSIGN) {
        check_op_assign(c, n);
        return;
    }
    NodeList *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
    Type **lt = check_alloc(c, sizeof(Type *) * (size_t)(lhs->len + 1));
    for (int i = 0; i < lhs->len; i++)
        lt[i] = check_lhs(c, lhs->items[i]);
    Type **rt = rhs_types(c, n, lhs->len, rhs);
    if (rt)
        assign_types(c, n, lhs, lt, rhs, rt, "assignment");
}

/* ---- specs ---- */

void check_var_spec(Checker *c, Node *spec, Symbol **syms, int nsyms)
{
    Type *t = spec->value_spec.type ? check_type(c, spec->value_spec.type) : NULL;
    NodeList *values = &spec->value_spec.values;
    if (values->len == 0) {
        for (int i = 0; i < nsyms; i++)
            syms[i]->type = t ? t : type_invalid;
        return;
    }
    Type **rt = rhs_types(c, spec, nsyms, values);
    Type **lt = check_alloc(c, sizeof(Type *) * (size_t)(nsyms + 1));
    for (int i = 0; i < nsyms; i++) {
        Type *vt = t;
        if (!vt) {
            vt = rt ? rt[i] : type_invalid;
            if (vt && vt->kind == TY_UNTYPED_NIL) {
                diag_error(ast_start_pos(values->len == nsyms ? values->items[i] : values->items[0]),
                           "use of untyped nil in variable declaration");
                vt = type_invalid;
            }
            if (!vt || vt->kind == TY_TUPLE)
                vt = type_invalid;
            vt = type_default(vt);
        }
        syms[i]->type = vt;
        lt[i] = vt;
    }
    if (rt)
        assign_types(c, spec, &spec->value_spec.names, lt, values, rt, "variable declaration");
}

void check_const_spec(Checker *c, Node *spec, Symbol **syms, int nsyms)
{
    int saved_iota = c->iota;
    c->iota = spec->value_spec.iota;
    Type *t = spec->value_spec.type ? check_type(c, spec->value_spec.type) : NULL;
    NodeList *values = &spec->value_spec.values;
    if (t && t != type_invalid && !type_is_basic(type_underlying(t))) {
        diag_error(ast_start_pos(spec->value_spec.type), "invalid constant type %s", type_string_rel(t));
        t = type_invalid;
    }
    for (int i = 0; i < nsyms; i++) {
        syms[i]->type = type_invalid;
        if (i >= values->len) {
            if (i == values->len)
                diag_error(syms[i]->pos, values->len ? "missing init expr for const declaration"
                                                     : "missing init expr for const declaration");
            continue;
        }
        Node *v = values->items[i];
        check_expr(c, v);
        if (v->mode == MODE_INVALID)
            continue;
        if (v->mode != MODE_CONSTANT) {
            diag_error(ast_start_pos(v), "%s (%s) is not constant", check_expr_str(c, v), check_operand_str(c, v));
            continue;
        }
        if (t && t != type_invalid) {
            if (!check_assignable_to(c, v, t, "constant declaration"))
                continue;
        }
        syms[i]->type = t ? t : v->type;
        syms[i]->cval = v->cval;
    }
    if (values->len > nsyms)
        diag_error(ast_start_pos(values->items[nsyms]), "extra init expr");
    c->iota = saved_iota;
}
