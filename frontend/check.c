/* check.c: package-level checking: collect declarations, resolve them lazily in any order (with
 * cycle detection), check function bodies, and compute Go's variable initialisation order.
 *
 * Package-level symbols start SYMST_UNRESOLVED; the first reference to one resolves it on the spot
 * (saving and restoring the checker's context), so declaration order does not matter. A reference
 * to a symbol still SYMST_RESOLVING is a cycle: for constants and variables Go reports
 * `initialization cycle or refers to itself`... we report `initialization cycle`.
 *
 * Init order: while checking a variable's initializer or a function body we record which package-
 * level variables and functions it references (check_record_dep). Variables are then emitted in
 * declaration order, each after the variables it depends on transitively (through functions),
 * which is Go's rule in all non-pathological programs.
 */
#include <string.h>
#include "check_internal.h"

void *check_alloc(Checker *c, size_t n) { return arena_alloc(c->arena, n ? n : 1); }

void symlist_push(Checker *c, SymList *l, Symbol *s)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 8;
        l->v = arena_realloc(c->arena, l->v, sizeof(Symbol *) * (size_t)l->cap, sizeof(Symbol *) * (size_t)cap);
        l->cap = cap;
    }
    l->v[l->n++] = s;
}

static FuncInfo *g_finfo_owner_table_unused;
static Checker *current_checker;

FuncInfo *check_func_info(const Node *fn)
{
    Checker *c = current_checker;
    (void)g_finfo_owner_table_unused;
    if (!c || !fn || fn->id >= c->nfinfo)
        return NULL;
    return c->finfo[fn->id];
}

FuncInfo *check_new_func_info(Checker *c, Node *fn)
{
    FuncInfo *fi = check_alloc(c, sizeof *fi);
    fi->node = fn;
    fi->parent = c->func ? c->func->node : NULL;
    if (fn->id >= c->nfinfo) {
        uint32_t n = ast_node_count() + 1;
        if (n <= fn->id)
            n = fn->id + 1;
        c->finfo = arena_realloc(c->arena, c->finfo, sizeof(FuncInfo *) * c->nfinfo, sizeof(FuncInfo *) * n);
        c->nfinfo = n;
    }
    c->finfo[fn->id] = fi;
    return fi;
}

void check_push_scope(Checker *c) { c->scope = scope_new(c->arena, c->scope); c->scope->func = c->func ? c->func->node : NULL; }
void check_pop_scope(Checker *c) { c->scope = c->scope->parent; }

/* Declares sym in scope s, reporting a redeclaration Go's way. */
void check_declare(Checker *c, Scope *s, Symbol *sym)
{
    Symbol *old = scope_insert(s, sym);
    if (old) {
        char buf[256];
        sym->used = true; /* the duplicate is not in scope: no "declared but not used" for it */
        if (pos_valid(old->pos)) {
            pos_format(old->pos, buf, sizeof buf);
            diag_error(sym->pos, "%s redeclared in this block\n\t%s: other declaration of %s", sym->name, buf,
                       sym->name);
        } else {
            diag_error(sym->pos, "%s redeclared in this block", sym->name);
        }
    }
}

void check_record_dep(Checker *c, Symbol *s)
{
    if (!c->decl_sym || !(s->kind == SYM_FUNC || (s->kind == SYM_VAR && s->is_global)))
        return;
    int id = c->decl_sym->id;
    if (id >= c->ndeps) {
        int n = symbol_count() + 64;
        c->deps = arena_realloc(c->arena, c->deps, sizeof(SymList) * (size_t)c->ndeps, sizeof(SymList) * (size_t)n);
        c->ndeps = n;
    }
    symlist_push(c, &c->deps[id], s);
}

/* ---- collecting package-level declarations ---- */

static Symbol *new_global(Checker *c, SymbolKind k, Node *ident, Node *decl)
{
    Symbol *s = symbol_new(c->arena, k, ident->ident.name, ident->pos);
    s->decl = decl;
    s->pkg = c->pkg->path;
    s->is_global = k == SYM_VAR;
    ident->sym = s;
    return s;
}

static void collect_value_spec(Checker *c, Node *spec)
{
    bool is_const = spec->kind == ND_CONST_SPEC;
    for (int i = 0; i < spec->value_spec.names.len; i++) {
        Node *id = spec->value_spec.names.items[i];
        Symbol *s = new_global(c, is_const ? SYM_CONST : SYM_VAR, id, spec);
        s->index = i;
        s->iota = spec->value_spec.iota;
        check_declare(c, c->pkg_scope, s);
        if (is_const) {
            symlist_push(c, &c->consts_l, s);
        } else {
            symlist_push(c, &c->all_globals_order, s);
        }
    }
}

static void collect_func(Checker *c, Node *fd)
{
    Node *name = fd->func_decl.name;
    Symbol *s = new_global(c, SYM_FUNC, name, fd);
    FuncInfo *fi = check_new_func_info(c, fd);
    fi->sym = s;
    if (fd->func_decl.recv) {
        s->is_method = true;
        return; /* attached to its type in resolve_methods */
    }
    if (strcmp(s->name, "init") == 0) {
        if (fd->func_decl.type->func_type.params.len || fd->func_decl.type->func_type.results.len)
            diag_error(name->pos, "func init must have no arguments and no return values");
        Node **v = c->out->init_funcs;
        c->out->init_funcs = arena_realloc(c->arena, v, sizeof(Node *) * (size_t)c->out->ninit_funcs,
                                           sizeof(Node *) * (size_t)(c->out->ninit_funcs + 1));
        c->out->init_funcs[c->out->ninit_funcs++] = fd;
        return;
    }
    if (strcmp(s->name, "main") == 0 && strcmp(c->pkg->name, "main") == 0 &&
        (fd->func_decl.type->func_type.params.len || fd->func_decl.type->func_type.results.len))
        diag_error(name->pos, "func main must have no arguments and no return values");
    check_declare(c, c->pkg_scope, s);
}

static void collect_decl(Checker *c, Node *d)
{
    switch (d->kind) {
    case ND_CONST_SPEC: case ND_VAR_SPEC:
        collect_value_spec(c, d);
        return;
    case ND_TYPE_SPEC: {
        Symbol *s = new_global(c, SYM_TYPE, d->type_spec.name, d);
        check_declare(c, c->pkg_scope, s);
        check_collect_type(c, s);
        return;
    }
    case ND_FUNC_DECL:
        collect_func(c, d);
        return;
    default:
        return;
    }
}

/* Records a named type symbol for lowering and creates its Type (underlying resolved later). */
void check_collect_type(Checker *c, Symbol *s)
{
    Node *spec = s->decl;
    if (!spec->type_spec.alias) {
        s->type = type_new_named(c->pkg->name, s->name, s);
        symlist_push(c, &c->types_l, s);
    }
}

static CheckedPackage *find_imported(Checker *c, const char *path)
{
    for (int i = 0; i < c->nimported; i++)
        if (strcmp(c->imported[i]->pkg->path, path) == 0)
            return c->imported[i];
    return NULL;
}

/* Declares each import of file f in its file scope as a SYM_PACKAGE whose `members` is the
 * imported package's scope (the loader has checked every imported package before this one). */
static void collect_imports(Checker *c, AstFile *f, Scope *fs)
{
    for (int i = 0; i < f->imports.len; i++) {
        Node *imp = f->imports.items[i];
        const char *path = imp->import.path_value ? imp->import.path_value : "";
        if (strcmp(path, "unsafe") == 0) {
            diag_error(imp->pos, "package unsafe is not supported");
            continue;
        }
        CheckedPackage *dep = find_imported(c, path);
        if (!dep) {
            diag_error(imp->import.path->pos, "package %s is not in GOROOT", path);
            continue;
        }
        const char *name = imp->import.name ? imp->import.name->ident.name : dep->pkg->name;
        if (strcmp(name, ".") == 0) {
            diag_error(imp->pos, "dot imports are not supported");
            continue;
        }
        Symbol *s = symbol_new(c->arena, SYM_PACKAGE, name, imp->pos);
        s->decl = imp;
        s->pkg = path;
        s->members = dep->scope;
        if (strcmp(name, "_") != 0)
            check_declare(c, fs, s);
    }
}

/* ---- resolving package-level symbols ---- */

static void resolve_value_spec(Checker *c, Node *spec)
{
    int n = spec->value_spec.names.len;
    Symbol **syms = check_alloc(c, sizeof(Symbol *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        syms[i] = spec->value_spec.names.items[i]->sym;
        syms[i]->state = SYMST_RESOLVING;
    }
    if (spec->kind == ND_CONST_SPEC) {
        check_const_spec(c, spec, syms, n);
    } else {
        check_var_spec(c, spec, syms, n);
        InitEntry e = { syms, n, spec->value_spec.values.items, spec->value_spec.values.len };
        if (c->out->ninits == c->cap_inits) { /* doubling: one entry at a time was quadratic */
            int cap = c->cap_inits ? c->cap_inits * 2 : 16;
            c->out->inits = arena_realloc(c->arena, c->out->inits, sizeof(InitEntry) * (size_t)c->cap_inits,
                                          sizeof(InitEntry) * (size_t)cap);
            c->cap_inits = cap;
        }
        c->out->inits[c->out->ninits++] = e;
    }
    for (int i = 0; i < n; i++)
        syms[i]->state = SYMST_RESOLVED;
}

/* Resolves a package-level symbol now, in a clean context. */
/* The scope of the file holding pos (its imports), or the package scope. */
static Scope *check_file_scope(Checker *c, Pos pos)
{
    for (int f = 0; f < c->pkg->nfiles; f++)
        if (c->pkg->files[f]->src && c->pkg->files[f]->src->index == pos.file)
            return c->file_scopes[f];
    return c->pkg_scope;
}

void check_resolve_global(Checker *c, Symbol *s)
{
    if (s->state != SYMST_UNRESOLVED)
        return;
    Checker saved = *c;
    c->scope = check_file_scope(c, s->pos);
    c->func = NULL;
    c->iota = -1;
    c->decl_sym = s->kind == SYM_VAR ? s : NULL;
    Node *d = s->decl;
    switch (s->kind) {
    case SYM_CONST: case SYM_VAR:
        resolve_value_spec(c, d);
        break;
    case SYM_TYPE:
        s->state = SYMST_RESOLVING;
        check_type_decl(c, s, d);
        s->state = SYMST_RESOLVED;
        break;
    case SYM_FUNC: {
        s->state = SYMST_RESOLVING;
        FuncInfo *fi = c->finfo[d->id];
        c->func = NULL;
        s->type = check_signature(c, d->func_decl.type, fi, d->func_decl.recv);
        s->state = SYMST_RESOLVED;
        break;
    }
    default:
        break;
    }
    Checker after = *c;
    *c = saved;
    c->deps = after.deps;
    c->ndeps = after.ndeps;
    c->finfo = after.finfo;
    c->nfinfo = after.nfinfo;
    c->too_deep = after.too_deep;
    c->cap_inits = after.cap_inits;
    c->pending = after.pending;
    c->npending = after.npending;
    c->cappending = after.cappending;
}

/* Attaches a method to its receiver's named type (after all types are collected). */
static void resolve_method(Checker *c, Symbol *s)
{
    Node *fd = s->decl;
    Node *rt = fd->func_decl.recv->field.type;
    bool ptr = false;
    while (rt->kind == ND_PAREN)
        rt = rt->paren.x;
    if (rt->kind == ND_STAR) {
        ptr = true;
        rt = ast_unparen(rt->unary.x);
    }
    Symbol *ts = rt->kind == ND_IDENT ? scope_lookup(c->pkg_scope, rt->ident.name, NULL) : NULL;
    if (!ts || ts->kind != SYM_TYPE || !ts->type || ts->type->kind != TY_NAMED) {
        if (!ts && rt->kind == ND_IDENT)
            diag_error(rt->pos, "undefined: %s", rt->ident.name);
        else
            diag_error(rt->pos, "invalid receiver type %s", rt->kind == ND_IDENT ? rt->ident.name : "");
        return;
    }
    s->recv_ptr = ptr;
    s->recv_named = ts->type;
    Type *nt = ts->type;
    for (int i = 0; i < nt->named.nmethods; i++) {
        if (strcmp(nt->named.methods[i]->name, s->name) == 0) {
            diag_error(s->pos, "method %s.%s already declared at %s", ts->name, s->name,
                       pos_format(nt->named.methods[i]->pos, (char[128]){0}, 128));
            return;
        }
    }
    type_named_add_method(nt, s);
}

/* ---- init order ---- */

/*
 * Go's rule (spec, "Package initialization"; types2's initorder.go): repeatedly initialise the
 * variable that is earliest in declaration order and ready, i.e. whose initializer depends on no
 * uninitialised variable. Dependencies go through functions transitively. One InitEntry (a spec
 * `a, b = f()`) is one node.
 */

/* The dependencies of every entry as lists, and the reverse lists. Memory and time grow with the
 * edges walked, never with entries squared (20000 package variables once cost 7 GB here). */
typedef struct InitGraph {
    int **deps, *ndeps;       /* per entry: the entries it waits for (distinct, not itself) */
    int **waiters, *nwaiters; /* per entry: the entries waiting for it */
} InitGraph;

static void int_push(Checker *c, int **v, int *n, int *cap, int x)
{
    if (*n == *cap) {
        int ncap = *cap ? *cap * 2 : 8;
        *v = arena_realloc(c->arena, *v, sizeof(int) * (size_t)*cap, sizeof(int) * (size_t)ncap);
        *cap = ncap;
    }
    (*v)[(*n)++] = x;
}

/* Entry e's dependencies: the variables its initializer reaches, through functions transitively
 * (an explicit stack: call chains may be as long as the file). seen/taken hold stamps e + 1. */
static void collect_deps(Checker *c, InitEntry *entry, int e, const int *entry_of, int *seen, int *taken,
                         InitGraph *g)
{
    int cap = 0, sp = 0, scap = 0;
    Symbol **stack = NULL;
    for (int j = 0; j < entry->nlhs; j++) {
        if (sp == scap) {
            scap = scap ? scap * 2 : 16;
            stack = arena_realloc(c->arena, stack, sizeof *stack * (size_t)sp, sizeof *stack * (size_t)scap);
        }
        stack[sp++] = entry->lhs[j];
    }
    while (sp > 0) {
        Symbol *s = stack[--sp];
        SymList *l = s->id < c->ndeps ? &c->deps[s->id] : NULL;
        for (int i = 0; l && i < l->n; i++) {
            Symbol *d = l->v[i];
            if (seen[d->id] == e + 1)
                continue;
            seen[d->id] = e + 1;
            int de = d->kind == SYM_VAR ? entry_of[d->id] : -1;
            if (d->kind == SYM_VAR) {
                if (de >= 0 && de != e && taken[de] != e + 1) {
                    taken[de] = e + 1;
                    int_push(c, &g->deps[e], &g->ndeps[e], &cap, de);
                }
                continue;
            }
            if (sp == scap) {
                scap = scap ? scap * 2 : 16;
                stack = arena_realloc(c->arena, stack, sizeof *stack * (size_t)sp, sizeof *stack * (size_t)scap);
            }
            stack[sp++] = d;
        }
    }
}

/* A binary min-heap of ready entries by declaration rank. */
typedef struct RankHeap { int *v; int n; const int *rank; } RankHeap;

static void heap_push(RankHeap *h, int e)
{
    int i = h->n++;
    for (; i > 0 && h->rank[h->v[(i - 1) / 2]] > h->rank[e]; i = (i - 1) / 2)
        h->v[i] = h->v[(i - 1) / 2];
    h->v[i] = e;
}

static int heap_pop(RankHeap *h)
{
    int top = h->v[0], last = h->v[--h->n], i = 0;
    for (;;) {
        int k = 2 * i + 1;
        if (k >= h->n)
            break;
        if (k + 1 < h->n && h->rank[h->v[k + 1]] < h->rank[h->v[k]])
            k++;
        if (h->rank[h->v[k]] >= h->rank[last])
            break;
        h->v[i] = h->v[k];
        i = k;
    }
    if (h->n > 0)
        h->v[i] = last;
    return top;
}

static void build_init_graph(Checker *c, InitEntry *entries, int ne, const int *entry_of, InitGraph *g)
{
    int nsym = symbol_count() + 1;
    int *seen = check_alloc(c, sizeof(int) * (size_t)nsym);
    int *taken = check_alloc(c, sizeof(int) * (size_t)(ne + 1));
    g->deps = check_alloc(c, sizeof(int *) * (size_t)(ne + 1));
    g->ndeps = check_alloc(c, sizeof(int) * (size_t)(ne + 1));
    g->waiters = check_alloc(c, sizeof(int *) * (size_t)(ne + 1));
    g->nwaiters = check_alloc(c, sizeof(int) * (size_t)(ne + 1));
    int *wcap = check_alloc(c, sizeof(int) * (size_t)(ne + 1));
    for (int e = 0; e < ne; e++)
        collect_deps(c, &entries[e], e, entry_of, seen, taken, g);
    for (int e = 0; e < ne; e++)
        for (int i = 0; i < g->ndeps[e]; i++) {
            int d = g->deps[e][i];
            int_push(c, &g->waiters[d], &g->nwaiters[d], &wcap[d], e);
        }
}

static void compute_init_order(Checker *c)
{
    int ne = c->out->ninits, nsym = symbol_count() + 1;
    InitEntry *entries = c->out->inits;
    int *entry_of = check_alloc(c, sizeof(int) * (size_t)nsym);
    for (int i = 0; i < nsym; i++)
        entry_of[i] = -1;
    for (int e = 0; e < ne; e++)
        for (int j = 0; j < entries[e].nlhs; j++)
            entry_of[entries[e].lhs[j]->id] = e;
    /* declaration rank of each entry: where its first variable is declared */
    int *rank = check_alloc(c, sizeof(int) * (size_t)(ne + 1));
    for (int i = 0; i < ne; i++)
        rank[i] = ne + i;
    for (int i = c->all_globals_order.n - 1; i >= 0; i--) {
        int e = entry_of[c->all_globals_order.v[i]->id];
        if (e >= 0)
            rank[e] = i;
    }
    InitGraph g;
    build_init_graph(c, entries, ne, entry_of, &g);
    RankHeap ready = { check_alloc(c, sizeof(int) * (size_t)(ne + 1)), 0, rank };
    for (int e = 0; e < ne; e++)
        if (g.ndeps[e] == 0)
            heap_push(&ready, e);
    InitEntry *order = check_alloc(c, sizeof(InitEntry) * (size_t)(ne + 1));
    char *done = check_alloc(c, (size_t)ne + 1);
    int first_left = 0;
    for (int n = 0; n < ne; n++) {
        int best;
        if (ready.n > 0) {
            best = heap_pop(&ready);
        } else { /* a cycle (already reported) leaves no ready entry: take the first left */
            while (done[first_left])
                first_left++;
            best = first_left;
        }
        done[best] = 1;
        order[n] = entries[best];
        for (int i = 0; i < g.nwaiters[best]; i++) {
            int w = g.waiters[best][i];
            if (!done[w] && --g.ndeps[w] == 0)
                heap_push(&ready, w);
        }
    }
    c->out->inits = order;
}

/* ---- driver ---- */

static void check_bodies(Checker *c)
{
    for (int f = 0; f < c->pkg->nfiles; f++) {
        AstFile *file = c->pkg->files[f];
        for (int i = 0; i < file->decls.len; i++) {
            Node *d = file->decls.items[i];
            if (d->kind != ND_FUNC_DECL || !d->func_decl.name->sym)
                continue;
            Symbol *s = d->func_decl.name->sym;
            check_resolve_global(c, s);
            FuncInfo *fi = c->finfo[d->id];
            symlist_push(c, &c->funcs_l, s);
            if (!d->func_decl.body) {
                check_bodyless_func(c, d, s);
                continue;
            }
            c->scope = c->file_scopes[f];
            c->decl_sym = s;
            c->func = NULL;
            check_func_body(c, fi, d->func_decl.body);
            c->decl_sym = NULL;
        }
    }
}

static void check_unused_imports(Checker *c)
{
    for (int f = 0; f < c->pkg->nfiles; f++) {
        Scope *fs = c->file_scopes[f];
        for (int i = 0; i < fs->norder; i++) {
            Symbol *s = fs->order[i];
            if (s->kind == SYM_PACKAGE && !s->used)
                diag_error(s->pos, "imported and not used: \"%s\"", s->pkg);
        }
    }
}

static void resolve_all(Checker *c)
{
    for (int f = 0; f < c->pkg->nfiles; f++) {
        AstFile *file = c->pkg->files[f];
        for (int i = 0; i < file->decls.len; i++) {
            Node *d = file->decls.items[i];
            if (d->kind == ND_FUNC_DECL && d->func_decl.recv && d->func_decl.name->sym)
                resolve_method(c, d->func_decl.name->sym);
        }
    }
    for (int f = 0; f < c->pkg->nfiles; f++) {
        AstFile *file = c->pkg->files[f];
        c->scope = c->file_scopes[f];
        for (int i = 0; i < file->decls.len; i++) {
            Node *d = file->decls.items[i];
            if (d->kind == ND_FUNC_DECL && d->func_decl.name->sym)
                check_resolve_global(c, d->func_decl.name->sym);
        }
    }
    for (int f = 0; f < c->pkg->nfiles; f++) {
        AstFile *file = c->pkg->files[f];
        c->scope = c->file_scopes[f];
        for (int i = 0; i < file->decls.len; i++) {
            Node *d = file->decls.items[i];
            if (d->kind == ND_CONST_SPEC || d->kind == ND_VAR_SPEC) {
                for (int j = 0; j < d->value_spec.names.len; j++)
                    if (d->value_spec.names.items[j]->sym)
                        check_resolve_global(c, d->value_spec.names.items[j]->sym);
            } else if (d->kind == ND_TYPE_SPEC && d->type_spec.name->sym) {
                check_resolve_global(c, d->type_spec.name->sym);
            }
        }
    }
}

/* Checks one package of a program; `done` are the packages checked before it (its imports among them).
 * The FuncInfo table (per node id) lives on across packages: lowering looks up every package's. */
static CheckedPackage *check_one(Checker *c, Arena *arena, Package *pkg, CheckedPackage **done, int ndone)
{
    FuncInfo **finfo = c->finfo;
    uint32_t nfinfo = c->nfinfo;
    memset(c, 0, sizeof *c);
    c->finfo = finfo;
    c->nfinfo = nfinfo;
    current_checker = c;
    c->arena = arena;
    c->pkg = pkg;
    c->iota = -1;
    c->imported = done;
    c->nimported = ndone;
    c->out = check_alloc(c, sizeof *c->out);
    c->out->pkg = pkg;
    types_set_local_package(pkg->name);
    c->pkg_scope = scope_new(arena, universe_scope());
    c->out->scope = c->pkg_scope;
    c->file_scopes = check_alloc(c, sizeof(Scope *) * (size_t)(pkg->nfiles + 1));
    for (int f = 0; f < pkg->nfiles; f++) {
        c->file_scopes[f] = scope_new(arena, c->pkg_scope);
        collect_imports(c, pkg->files[f], c->file_scopes[f]);
        for (int i = 0; i < pkg->files[f]->decls.len; i++)
            collect_decl(c, pkg->files[f]->decls.items[i]);
    }
    /* the file scope lookups must see package symbols: file scope's parent is the package scope */
    resolve_all(c);
    check_pending_types(c);
    check_bodies(c);
    check_unused_imports(c);
    c->out->consts = c->consts_l.v;
    c->out->nconsts = c->consts_l.n;
    c->out->types = c->types_l.v;
    c->out->ntypes = c->types_l.n;
    c->out->funcs = c->funcs_l.v;
    c->out->nfuncs = c->funcs_l.n;
    c->out->lits = c->lits;
    c->out->nlits = c->nlits;
    c->out->globals = c->all_globals_order.v;
    c->out->nglobals = c->all_globals_order.n;
    compute_init_order(c);
    return c->out;
}

bool check_program(Arena *arena, Package **pkgs, int n, CheckedPackage **out)
{
    static Checker checker;
    int errors_before = diag_count();
    memset(&checker, 0, sizeof checker);
    types_init(arena);
    const_init(arena);
    universe_init(arena);
    types_reset_caches();
    for (int i = 0; i < n; i++)
        out[i] = check_one(&checker, arena, pkgs[i], out, i);
    return diag_count() == errors_before;
}

bool check_package(Arena *arena, Package *pkg, CheckedPackage **out)
{
    return check_program(arena, &pkg, 1, out);
}
