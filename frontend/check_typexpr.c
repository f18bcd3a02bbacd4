/* check_typexpr.c: type expressions, signatures and type declarations.
 *
 * check_type turns a type expression node into a Type and records it in the node (mode
 * MODE_TYPEXPR). A named type's underlying type is resolved when its declaration is; a direct
 * self-containment (through struct fields or array elements, not through pointers, slices, maps,
 * funcs or interfaces) is reported as `invalid recursive type T`.
 */
#include <stdlib.h>
#include <string.h>
#include "check_internal.h"

static Type *type_fail(Node *n)
{
    n->type = type_invalid;
    n->mode = MODE_INVALID;
    return type_invalid;
}

static Type *type_from_ident(Checker *c, Node *n)
{
    Symbol *s = check_lookup_ident(c, n, true);
    if (!s)
        return type_fail(n);
    if (s->kind != SYM_TYPE) {
        diag_error(n->pos, "%s is not a type", n->ident.name);
        return type_fail(n);
    }
    if (s->type == type_invalid && (strcmp(s->name, "complex64") == 0 || strcmp(s->name, "complex128") == 0)) {
        diag_error(n->pos, "complex numbers are not supported");
        return type_fail(n);
    }
    return s->type ? s->type : type_invalid;
}

bool check_array_len(Checker *c, Node *len, int64_t *out)
{
    check_expr(c, len);
    if (len->mode == MODE_INVALID)
        return false;
    if (len->mode != MODE_CONSTANT) {
        diag_error(ast_start_pos(len), "array length %s (%s) must be constant", check_expr_str(c, len),
                   check_operand_str(c, len));
        return false;
    }
    if (!const_is_int_valued(len->cval) || !type_is_numeric(len->type)) {
        diag_error(ast_start_pos(len), "array length %s (%s) must be integer", check_expr_str(c, len),
                   check_operand_str(c, len));
        return false;
    }
    ConstVal *iv = const_to_int(len->cval, NULL);
    if (const_sign(iv) < 0 || !const_fits_int64(iv)) {
        diag_error(ast_start_pos(len), "invalid array length %s (%s)", check_expr_str(c, len), check_operand_str(c, len));
        return false;
    }
    if (type_is_untyped(len->type))
        check_convert_untyped(c, len, type_basic(TY_INT));
    *out = const_to_int64(iv);
    return true;
}

static Type *struct_type(Checker *c, Node *n)
{
    NodeList *fl = &n->struct_type.fields;
    Field *fields = check_alloc(c, sizeof(Field) * (size_t)(fl->len + 1));
    for (int i = 0; i < fl->len; i++) {
        Node *f = fl->items[i];
        Type *ft = check_type(c, f->field.type);
        fields[i].type = ft;
        fields[i].embedded = f->field.embedded;
        fields[i].pkg = c->pkg->path;
        fields[i].tag = f->field.tag ? f->field.tag->lit.text : NULL;
        if (f->field.name) {
            fields[i].name = f->field.name->ident.name;
        } else {
            Node *t = ast_unparen(f->field.type);
            if (t->kind == ND_STAR)
                t = ast_unparen(t->unary.x);
            fields[i].name = t->kind == ND_IDENT ? t->ident.name
                           : t->kind == ND_SELECTOR ? t->selector.name->ident.name : "?";
            Type *u = type_underlying(ft);
            if (u->kind == TY_POINTER && type_underlying(u->pointer.elem)->kind == TY_POINTER)
                diag_error(f->pos, "embedded field type cannot be a pointer to an interface");
        }
        for (int j = 0; j < i; j++) {
            if (strcmp(fields[j].name, fields[i].name) == 0 && strcmp(fields[i].name, "_") != 0) {
                diag_error(f->field.name ? f->field.name->pos : f->pos, "%s redeclared", fields[i].name);
                break;
            }
        }
    }
    return type_new_struct(fields, fl->len);
}

static Type *interface_type(Checker *c, Node *n)
{
    NodeList *el = &n->interface_type.elems;
    IfaceMethod *ms = check_alloc(c, sizeof(IfaceMethod) * (size_t)(el->len + 1));
    Type **embeds = check_alloc(c, sizeof(Type *) * (size_t)(el->len + 1));
    int nm = 0, ne = 0;
    for (int i = 0; i < el->len; i++) {
        Node *f = el->items[i];
        if (f->field.name) {
            ms[nm].name = f->field.name->ident.name;
            ms[nm].sig = check_signature(c, f->field.type, NULL, NULL);
            for (int j = 0; j < nm; j++)
                if (strcmp(ms[j].name, ms[nm].name) == 0)
                    diag_error(f->field.name->pos, "duplicate method %s", ms[nm].name);
            nm++;
        } else {
            Type *et = check_type(c, f->field.type);
            if (et != type_invalid && type_underlying(et)->kind != TY_INTERFACE &&
                !(et->kind == TY_NAMED && !et->named.underlying)) {
                diag_error(ast_start_pos(f->field.type), "cannot use %s as interface: generics are not supported",
                           type_string_rel(et));
                continue;
            }
            embeds[ne++] = et;
        }
    }
    Type *t = type_new_interface(ms, nm, embeds, ne);
    if (ne == 0)
        type_iface_complete(t, NULL);
    return t;
}

/* The names of a parameter list as written (types2 prints them in messages), or NULL if unnamed. */
static const char **field_names(Checker *c, NodeList *l)
{
    if (l->len == 0 || !l->items[0]->field.name)
        return NULL;
    const char **names = check_alloc(c, sizeof(char *) * (size_t)l->len);
    for (int i = 0; i < l->len; i++) {
        Node *nm = l->items[i]->field.name;
        names[i] = nm ? nm->ident.name : "_";
    }
    return names;
}

/* Builds a signature; when fi is given, declares params/results/receiver symbols for the body. */
Type *check_signature(Checker *c, Node *ft, FuncInfo *fi, Node *recv)
{
    NodeList *pl = &ft->func_type.params, *rl = &ft->func_type.results;
    Type **params = check_alloc(c, sizeof(Type *) * (size_t)(pl->len + 1));
    Type **results = check_alloc(c, sizeof(Type *) * (size_t)(rl->len + 1));
    bool variadic = ft->func_type.variadic;
    for (int i = 0; i < pl->len; i++) {
        Node *tn = pl->items[i]->field.type;
        if (tn->kind == ND_DOTS_TYPE) {
            if (i != pl->len - 1)
                diag_error(tn->pos, "can only use ... with final parameter in list");
            Type *et = check_type(c, tn->unary.x);
            params[i] = type_new_slice(et);
            tn->type = params[i];
            tn->mode = MODE_TYPEXPR;
        } else {
            params[i] = check_type(c, tn);
        }
    }
    for (int i = 0; i < rl->len; i++)
        results[i] = check_type(c, rl->items[i]->field.type);
    Type *sig = type_new_func(params, pl->len, results, rl->len, variadic);
    sig->func.param_names = field_names(c, pl);
    sig->func.result_names = field_names(c, rl);
    ft->type = sig;
    ft->mode = MODE_TYPEXPR;
    if (fi) {
        fi->sig = sig;
        if (recv)
            check_type(c, recv->field.type);
    }
    return sig;
}

/* The search for a type that contains itself by value: the named types met on the way down (for
 * the message) and a mark per named type, so that each is searched once per declaration (types
 * shared many times by value do not multiply the work; a cycle not through `self` is left to its
 * own declaration). The depth is bounded by the declarations' own nesting (README "Limits"). */
typedef struct CycleSearch {
    Type *self;
    int visit;
    Type **path;
    int npath, cap;
} CycleSearch;

static void cycle_push(Checker *c, CycleSearch *cs, Type *t)
{
    if (cs->npath == cs->cap) {
        int cap = cs->cap ? cs->cap * 2 : 16;
        Type **np = check_alloc(c, sizeof(Type *) * (size_t)cap);
        if (cs->npath)
            memcpy(np, cs->path, sizeof(Type *) * (size_t)cs->npath);
        cs->path = np;
        cs->cap = cap;
    }
    cs->path[cs->npath++] = t;
}

/* Does t contain cs->self directly (by value)? On true, cs->path holds the named types from the one
 * containing self back up to t's, innermost first. */
static bool contains_directly(Checker *c, Type *t, CycleSearch *cs)
{
    if (!t)
        return false;
    if (t == cs->self)
        return true;
    switch (t->kind) {
    case TY_NAMED:
        if (t->named.visit == cs->visit || !t->named.underlying)
            return false;
        t->named.visit = cs->visit;
        if (!contains_directly(c, t->named.underlying, cs))
            return false;
        cycle_push(c, cs, t);
        return true;
    case TY_ARRAY: return contains_directly(c, t->array.elem, cs);
    case TY_STRUCT:
        for (int i = 0; i < t->strct.nfields; i++)
            if (contains_directly(c, t->strct.fields[i].type, cs))
                return true;
        return false;
    case TY_INTERFACE: /* embedded types, not method signatures */
        for (int i = 0; i < t->iface.nembeds; i++)
            if (contains_directly(c, t->iface.embeds[i], cs))
                return true;
        return false;
    default: return false;
    }
}

/* Go's message: `invalid recursive type A` then the cycle, one declaration a line with its
 * position, back to A; A is the cycle's type declared first, as Go chooses. The cycle is s's type
 * followed by cs->path from the outermost (cs->path holds it innermost first). */
static void report_cycle(Symbol *s, CycleSearch *cs)
{
    int n = cs->npath + 1, first = 0;
    Symbol **cyc = malloc(sizeof(Symbol *) * (size_t)n);
    cyc[0] = s;
    for (int i = 0; i < cs->npath; i++) {
        Symbol *q = cs->path[cs->npath - 1 - i]->named.sym;
        cyc[i + 1] = q ? q : s;
    }
    for (int i = 1; i < n; i++) {
        Pos a = cyc[i]->pos, b = cyc[first]->pos;
        if (a.file < b.file || (a.file == b.file && a.offset < b.offset))
            first = i;
    }
    size_t cap = 64, len = 0;
    for (int i = 0; i < n; i++)
        cap += strlen(cyc[i]->name) + 160;
    char *msg = malloc(cap), where[128];
    len += (size_t)snprintf(msg + len, cap - len, "invalid recursive type %s", cyc[first]->name);
    for (int k = 0; k <= n; k++) {
        Symbol *q = cyc[(first + k) % n];
        len += (size_t)snprintf(msg + len, cap - len, "\n\t%s: %s%s", pos_format(q->pos, where, sizeof where),
            q->name, k < n ? " refers to" : "");
    }
    diag_error(cyc[first]->pos, "%s", msg);
    free(msg);
    free(cyc);
}

/* Gives named type nt (symbol s) the underlying type of `from` (from itself when it is not named),
 * then checks that nt does not contain itself (searching from `from`, so that a named `from` is
 * listed in the cycle). */
static void set_underlying(Checker *c, Symbol *s, Type *nt, Type *from)
{
    Type *u = from->kind == TY_NAMED ? from->named.underlying : from;
    nt->named.underlying = u;
    static int visits;
    CycleSearch cs = { nt, ++visits, NULL, 0, 0 };
    if (contains_directly(c, from, &cs)) {
        report_cycle(s, &cs);
        nt->named.underlying = type_invalid;
    }
    if (u->kind == TY_INTERFACE) {
        const char *dup = NULL;
        if (!type_iface_complete(u, &dup) && dup)
            diag_error(s->decl ? s->decl->pos : s->pos, "duplicate method %s", dup);
    }
}

/* The named type that pending declaration nt waits for, or NULL. */
static Type *pending_source(Checker *c, Type *nt)
{
    for (int i = 0; i < c->npending; i++)
        if (c->pending[i].nt == nt)
            return c->pending[i].src;
    return NULL;
}

/* Sets the underlying type of every pending declaration whose source has one now, repeatedly. */
static void resolve_pending(Checker *c)
{
    bool progress = true;
    while (progress) {
        progress = false;
        for (int i = 0; i < c->npending; i++) {
            PendingType *p = &c->pending[i];
            if (!p->src->named.underlying)
                continue;
            PendingType done = *p;
            c->pending[i] = c->pending[--c->npending];
            i--;
            set_underlying(c, done.sym, done.nt, done.src);
            progress = true;
        }
    }
}

/* `type T2 T1` while T1's own declaration is being checked (T1 refers to T2 through a pointer, a
 * slice, a function...): T2's underlying type is T1's, known only when T1's declaration ends. A
 * chain of such declarations back to nt itself is a cycle: `type A B; type B A`. */
static void defer_underlying(Checker *c, Symbol *s, Type *nt, Type *src)
{
    int n = 0;
    for (Type *t = src; t; t = pending_source(c, t), n++) {
        if (t != nt && n <= c->npending)
            continue;
        CycleSearch cs = { nt, 0, NULL, 0, 0 };
        for (Type *q = src; q != nt && cs.npath <= c->npending; q = pending_source(c, q))
            cycle_push(c, &cs, q);
        for (int i = 0, j = cs.npath - 1; i < j; i++, j--) { /* innermost first, as contains_directly */
            Type *x = cs.path[i]; cs.path[i] = cs.path[j]; cs.path[j] = x;
        }
        report_cycle(s, &cs);
        nt->named.underlying = type_invalid;
        for (Type *q = src; q && q != nt && !q->named.underlying; q = pending_source(c, q))
            q->named.underlying = type_invalid;
        resolve_pending(c);
        return;
    }
    arena_grow(c->arena, (void **)&c->pending, c->npending, &c->cappending, sizeof(PendingType));
    c->pending[c->npending++] = (PendingType){ nt, src, s };
}

void check_type_decl(Checker *c, Symbol *s, Node *spec)
{
    if (spec->type_spec.alias) {
        s->type = check_type(c, spec->type_spec.type);
        return;
    }
    Type *nt = s->type;
    Type *u = check_type(c, spec->type_spec.type);
    if (u->kind == TY_NAMED && !u->named.underlying) {
        defer_underlying(c, s, nt, u);
        return;
    }
    set_underlying(c, s, nt, u);
    if (c->npending)
        resolve_pending(c);
}

/* After every declaration: a pending one left is a cycle defer_underlying did not see. */
void check_pending_types(Checker *c)
{
    for (int i = 0; i < c->npending; i++) {
        PendingType *p = &c->pending[i];
        if (p->nt->named.underlying)
            continue;
        CycleSearch cs = { p->nt, 0, NULL, 0, 0 };
        report_cycle(p->sym, &cs);
        p->nt->named.underlying = type_invalid;
    }
    c->npending = 0;
}

static Type *array_type(Checker *c, Node *n)
{
    if (!n->array.len) {
        diag_error(n->pos, "invalid use of [...] array (outside a composite literal)");
        check_type(c, n->array.elem);
        return type_invalid;
    }
    int64_t len = 0;
    bool ok = check_array_len(c, n->array.len, &len);
    Type *elem = check_type(c, n->array.elem);
    return ok ? type_new_array(elem, len) : type_invalid;
}

static Type *type_expr(Checker *c, Node *n)
{
    switch (n->kind) {
    case ND_IDENT: return type_from_ident(c, n);
    case ND_PAREN: return check_type(c, n->paren.x);
    case ND_STAR: return type_new_pointer(check_type(c, n->unary.x));
    case ND_ARRAY_TYPE: return array_type(c, n);
    case ND_SLICE_TYPE: return type_new_slice(check_type(c, n->array.elem));
    case ND_MAP_TYPE: {
        Type *k = check_type(c, n->map.key);
        Type *v = check_type(c, n->map.value);
        if (k != type_invalid && !(k->kind == TY_NAMED && !k->named.underlying) && !type_is_comparable(k))
            diag_error(ast_start_pos(n->map.key), "invalid map key type %s", type_string_rel(k));
        return type_new_map(k, v);
    }
    case ND_FUNC_TYPE: return check_signature(c, n, NULL, NULL);
    case ND_STRUCT_TYPE: return struct_type(c, n);
    case ND_INTERFACE_TYPE: return interface_type(c, n);
    case ND_CHAN_TYPE:
        diag_error(n->pos, "channels are not supported");
        return type_invalid;
    case ND_SELECTOR:
        check_expr_or_type(c, n);
        if (n->mode == MODE_TYPEXPR)
            return n->type;
        if (n->mode != MODE_INVALID)
            diag_error(ast_start_pos(n), "%s is not a type", check_expr_str(c, n));
        return type_invalid;
    case ND_BAD: return type_invalid;
    default:
        check_expr_or_type(c, n);
        if (n->mode == MODE_TYPEXPR)
            return n->type;
        if (n->mode != MODE_INVALID)
            diag_error(ast_start_pos(n), "%s is not a type", check_expr_str(c, n));
        return type_invalid;
    }
}

Type *check_type(Checker *c, Node *n)
{
    Type *t = check_enter(c, n) ? type_expr(c, n) : type_invalid;
    check_leave(c);
    n->type = t;
    n->mode = t == type_invalid ? MODE_INVALID : MODE_TYPEXPR;
    return t;
}
