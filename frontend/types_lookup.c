/* types_lookup.c: field and method lookup, method sets and interface satisfaction.
 *
 * Lookup is Go's breadth-first search over embedded fields: at each depth every type reached is
 * searched for a method (named types) or a field (structs) or an interface method (embedded
 * interfaces); the shallowest depth with exactly one match wins, two or more at that depth make the
 * selector ambiguous. The search remembers the path of embedded field indices and whether a pointer
 * was dereferenced on the way (`indirect`): a pointer-receiver method belongs to the method set of a
 * value type only if it is reached through a pointer (Go spec "Method sets").
 */
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "types.h"
#include "scope.h"

void *types_alloc(size_t n);
const char *type_string_rel(Type *t);

typedef struct Probe {
    Type *type;    /* type at this step (named or struct or interface), pointer already stripped */
    int *path; int npath;
    bool indirect;
} Probe;

typedef struct ProbeList { Probe *v; int n, cap; } ProbeList;

static void probes_push(ProbeList *l, Probe p)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 8;
        Probe *nv = types_alloc(sizeof(Probe) * (size_t)cap);
        if (l->n)
            memcpy(nv, l->v, sizeof(Probe) * (size_t)l->n);
        l->v = nv;
        l->cap = cap;
    }
    l->v[l->n++] = p;
}

static int *path_extend(const int *path, int n, int idx)
{
    int *np = types_alloc(sizeof(int) * (size_t)(n + 1));
    if (n)
        memcpy(np, path, sizeof(int) * (size_t)n);
    np[n] = idx;
    return np;
}

/* Looks for `name` directly in one probe (not in its embedded fields). Returns true and fills sel. */
static bool probe_match(const Probe *p, const char *name, Selection *sel)
{
    Type *t = p->type;
    if (t->kind == TY_NAMED) {
        for (int i = 0; i < t->named.nmethods; i++) {
            Symbol *m = t->named.methods[i];
            if (strcmp(m->name, name) == 0) {
                sel->kind = SEL_METHOD;
                sel->method = m;
                sel->path = p->path;
                sel->npath = p->npath;
                sel->indirect = p->indirect;
                sel->type = m->type;
                return true;
            }
        }
    }
    Type *u = type_underlying(t);
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->strct.nfields; i++) {
            if (strcmp(u->strct.fields[i].name, name) == 0) {
                sel->kind = SEL_FIELD;
                sel->field = &u->strct.fields[i];
                sel->path = path_extend(p->path, p->npath, i);
                sel->npath = p->npath + 1;
                sel->indirect = p->indirect;
                sel->type = u->strct.fields[i].type;
                return true;
            }
        }
    } else if (u->kind == TY_INTERFACE) {
        type_iface_complete(u, NULL);
        for (int i = 0; i < u->iface.nmethods; i++) {
            if (strcmp(u->iface.methods[i].name, name) == 0) {
                sel->kind = SEL_IFACE_METHOD;
                sel->iface_index = i;
                sel->path = p->path;
                sel->npath = p->npath;
                sel->indirect = p->indirect;
                sel->type = u->iface.methods[i].sig;
                return true;
            }
        }
    }
    return false;
}

static bool seen_named(Type **seen, int nseen, Type *t)
{
    for (int i = 0; i < nseen; i++)
        if (seen[i] == t)
            return true;
    return false;
}

/* Adds the embedded fields of probe p to the next level. */
static void probe_expand(const Probe *p, ProbeList *next)
{
    Type *u = type_underlying(p->type);
    if (u->kind != TY_STRUCT)
        return;
    for (int i = 0; i < u->strct.nfields; i++) {
        Field *f = &u->strct.fields[i];
        if (!f->embedded)
            continue;
        Probe q = { f->type, path_extend(p->path, p->npath, i), p->npath + 1, p->indirect };
        if (type_underlying(f->type)->kind == TY_POINTER && f->type->kind != TY_NAMED) {
            q.type = type_underlying(f->type)->pointer.elem;
            q.indirect = true;
        }
        probes_push(next, q);
    }
}

LookupResult type_lookup(Type *t, const char *name, Selection *sel)
{
    memset(sel, 0, sizeof *sel);
    sel->recv = t;
    if (!t || strcmp(name, "_") == 0)
        return LOOKUP_NONE;
    Probe start = { t, NULL, 0, false };
    if (t->kind == TY_POINTER || (t->kind == TY_NAMED && type_underlying(t)->kind == TY_POINTER)) {
        if (t->kind == TY_NAMED) {
            /* a named pointer type (`type Q *T2`) has no methods, but q.x selects T2's fields
             * (promoted ones too) as through *T2 */
            LookupResult r = type_lookup(type_underlying(t), name, sel);
            sel->recv = t;
            if (r == LOOKUP_FOUND && sel->kind != SEL_FIELD)
                return LOOKUP_NONE;
            return r;
        }
        start.type = t->pointer.elem;
        start.indirect = true;
        if (type_underlying(start.type)->kind == TY_INTERFACE)
            return LOOKUP_NONE; /* *I has no methods */
    }
    ProbeList cur = {0};
    probes_push(&cur, start);
    Type *seen[64];
    int nseen = 0;
    while (cur.n > 0) {
        int found = 0;
        Selection first;
        ProbeList next = {0};
        for (int i = 0; i < cur.n; i++) {
            Probe *p = &cur.v[i];
            if (p->type->kind == TY_NAMED) {
                if (seen_named(seen, nseen, p->type))
                    continue;
                if (nseen < 64)
                    seen[nseen++] = p->type;
            }
            Selection s = {0};
            s.recv = t;
            if (probe_match(p, name, &s)) {
                if (found++ == 0)
                    first = s;
                continue;
            }
            probe_expand(p, &next);
        }
        if (found == 1) {
            *sel = first;
            return LOOKUP_FOUND;
        }
        if (found > 1)
            return LOOKUP_AMBIGUOUS;
        cur = next;
    }
    return LOOKUP_NONE;
}

/* ---- method sets ---- */

static int mse_cmp(const void *a, const void *b)
{
    return strcmp(((const MethodSetEntry *)a)->name, ((const MethodSetEntry *)b)->name);
}

/* Collects every method name reachable from t through embedding (a superset of the method set). */
/* Names of the methods reachable through t's embedded fields, each named type visited once (so an
 * embedding cycle through pointers, `type T struct{ *T }`, ends, and shared embeddings are not
 * walked again); the lookup then decides which of them are in the method set. */
typedef struct NameWalk {
    const char **names;
    int n, cap;
    Type **seen;
    int nseen, capseen;
} NameWalk;

/* Room for one more element in an array of n elements of size elem (types_alloc'd: never freed). */
static void *walk_grow(void *v, int n, int *cap, size_t elem)
{
    if (n < *cap)
        return v;
    *cap = *cap ? *cap * 2 : 16;
    void *nv = types_alloc(elem * (size_t)*cap);
    if (n)
        memcpy(nv, v, elem * (size_t)n);
    return nv;
}

static void push_name(NameWalk *w, const char *name)
{
    w->names = walk_grow(w->names, w->n, &w->cap, sizeof *w->names);
    w->names[w->n++] = name;
}

static bool walk_seen(NameWalk *w, Type *t)
{
    for (int i = 0; i < w->nseen; i++)
        if (w->seen[i] == t)
            return true;
    w->seen = walk_grow(w->seen, w->nseen, &w->capseen, sizeof *w->seen);
    w->seen[w->nseen++] = t;
    return false;
}

static void collect_names(Type *t, NameWalk *w, int depth)
{
    if (t->kind == TY_POINTER)
        t = t->pointer.elem;
    if (t->kind == TY_NAMED) {
        if (walk_seen(w, t))
            return;
        for (int i = 0; i < t->named.nmethods; i++)
            push_name(w, t->named.methods[i]->name);
    }
    Type *u = type_underlying(t);
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->strct.nfields; i++)
            if (u->strct.fields[i].embedded)
                collect_names(u->strct.fields[i].type, w, depth + 1);
    } else if (u->kind == TY_INTERFACE && depth > 0) {
        type_iface_complete(u, NULL);
        for (int i = 0; i < u->iface.nmethods; i++)
            push_name(w, u->iface.methods[i].name);
    }
}

/* Is the selection a member of the method set of the looked-up type? */
static bool in_method_set(Type *t, const Selection *s)
{
    if (s->kind == SEL_FIELD)
        return false;
    if (s->kind == SEL_METHOD && s->method->recv_ptr && !s->indirect)
        return false;
    (void)t;
    return true;
}

static MethodSet *method_set_compute(Type *t)
{
    MethodSet *ms = types_alloc(sizeof *ms);
    Type *u = type_underlying(t);
    if (u->kind == TY_INTERFACE) {
        type_iface_complete(u, NULL);
        ms->entries = types_alloc(sizeof(MethodSetEntry) * (size_t)(u->iface.nmethods + 1));
        for (int i = 0; i < u->iface.nmethods; i++) {
            MethodSetEntry *e = &ms->entries[ms->n++];
            e->name = u->iface.methods[i].name;
            e->iface_index = i;
            e->sig = u->iface.methods[i].sig;
        }
        return ms;
    }
    NameWalk w = {0};
    collect_names(t, &w, 0);
    const char **names = w.names;
    int n = w.n;
    ms->entries = types_alloc(sizeof(MethodSetEntry) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        bool dup = false;
        for (int j = 0; j < ms->n; j++)
            dup = dup || strcmp(ms->entries[j].name, names[i]) == 0;
        Selection s;
        if (dup || type_lookup(t, names[i], &s) != LOOKUP_FOUND || !in_method_set(t, &s))
            continue;
        MethodSetEntry *e = &ms->entries[ms->n++];
        e->name = names[i];
        e->method = s.method;
        e->iface_index = s.kind == SEL_IFACE_METHOD ? s.iface_index : -1;
        e->path = s.path;
        e->npath = s.npath;
        e->indirect = s.indirect;
        e->ptr_recv = s.method && s.method->recv_ptr;
        e->sig = s.type;
    }
    qsort(ms->entries, (size_t)ms->n, sizeof(MethodSetEntry), mse_cmp);
    return ms;
}

/* A small cache keyed by type id. */
typedef struct MsCache { int id; MethodSet *ms; } MsCache;
static MsCache *ms_cache;
static int ms_cache_n, ms_cache_cap;

MethodSet *type_method_set(Type *t)
{
    for (int i = 0; i < ms_cache_n; i++)
        if (ms_cache[i].id == t->id)
            return ms_cache[i].ms;
    MethodSet *ms = method_set_compute(t);
    if (ms_cache_n == ms_cache_cap) {
        ms_cache_cap = ms_cache_cap ? ms_cache_cap * 2 : 64;
        MsCache *nc = types_alloc(sizeof(MsCache) * (size_t)ms_cache_cap);
        if (ms_cache_n)
            memcpy(nc, ms_cache, sizeof(MsCache) * (size_t)ms_cache_n);
        ms_cache = nc;
    }
    ms_cache[ms_cache_n].id = t->id;
    ms_cache[ms_cache_n++].ms = ms;
    return ms;
}

void types_reset_caches(void);
void types_reset_caches(void) { ms_cache = NULL; ms_cache_n = ms_cache_cap = 0; }

/* ---- interface satisfaction ---- */

static const char *fmt_reason(const char *fmt, const char *name)
{
    size_t n = strlen(fmt) + strlen(name) + 1;
    char *s = types_alloc(n);
    snprintf(s, n, fmt, name);
    return s;
}

bool type_implements(Type *v, Type *iface, const char **why)
{
    Type *it = type_underlying(iface);
    if (it->kind != TY_INTERFACE || v->kind == TY_INVALID)
        return true;
    type_iface_complete(it, NULL);
    Type *vu = type_underlying(v);
    for (int i = 0; i < it->iface.nmethods; i++) {
        IfaceMethod *m = &it->iface.methods[i];
        Selection s;
        LookupResult r = type_lookup(v, m->name, &s);
        if (vu->kind == TY_INTERFACE && r == LOOKUP_FOUND && s.kind != SEL_IFACE_METHOD)
            r = LOOKUP_NONE;
        if (r != LOOKUP_FOUND || s.kind == SEL_FIELD) {
            if (why)
                *why = fmt_reason("(missing %s method)", m->name);
            return false;
        }
        if (!type_identical(s.type, m->sig)) {
            if (why)
                *why = fmt_reason("(wrong type for %s method)", m->name);
            return false;
        }
        if (!in_method_set(v, &s)) {
            if (why)
                *why = fmt_reason("(%s method has pointer receiver)", m->name);
            return false;
        }
    }
    return true;
}
