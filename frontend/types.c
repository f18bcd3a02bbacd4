/* types.c: construction, classification, identity, assignability, convertibility and layout of Go
 * types (see types.h for the representation and its invariants).
 *
 * Identity follows the Go spec: named types are identical only to themselves; composite types are
 * identical when built the same way from identical components (struct fields: same names, types,
 * embedding and tags; funcs: same params/results/variadic, names ignored; interfaces: same method
 * sets). Layout is the 64-bit Go layout (gc's sizes), so `unsafe.Sizeof` would agree with gc.
 */
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "types.h"
#include "constant.h"
#include "scope.h"

static Arena *types_arena;
static Type basic_types[TY_UNTYPED_NIL + 1];
static int next_type_id = TY__COUNT + 1;
Type *type_error;
Type *type_invalid;
Type *type_byte;
Type *type_rune;
static Type byte_type, rune_type;

static const int kind_flags[] = {
#define TYPE_KIND(id, name, flags) flags,
#include "types.def"
#undef TYPE_KIND
};

static const char *const kind_names[] = {
#define TYPE_KIND(id, name, flags) #id,
#include "types.def"
#undef TYPE_KIND
};

static const char *const basic_names[] = {
#define TYPE_KIND(id, name, flags) name,
#include "types.def"
#undef TYPE_KIND
};

const char *type_kind_name(TypeKind k) { return kind_names[k]; }

static Type *type_alloc(TypeKind kind)
{
    Type *t = arena_alloc(types_arena, sizeof(Type));
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->id = next_type_id++;
    t->size = -1;
    t->align = -1;
    return t;
}

void *types_alloc(size_t n);
void *types_alloc(size_t n)
{
    void *p = arena_alloc(types_arena, n ? n : 1);
    memset(p, 0, n ? n : 1);
    return p;
}

/* Sets up the basic singletons and the predeclared `error` type. */
void types_init(Arena *arena)
{
    types_arena = arena;
    for (int k = 0; k <= TY_UNTYPED_NIL; k++) {
        basic_types[k].kind = (TypeKind)k;
        basic_types[k].id = k + 1;
        basic_types[k].size = -1;
        basic_types[k].align = -1;
    }
    type_invalid = &basic_types[TY_INVALID];
    byte_type = basic_types[TY_UINT8];
    byte_type.id = next_type_id++;
    byte_type.named.name = "byte";
    type_byte = &byte_type;
    rune_type = basic_types[TY_INT32];
    rune_type.id = next_type_id++;
    rune_type.named.name = "rune";
    type_rune = &rune_type;
    IfaceMethod *m = types_alloc(sizeof *m);
    m->name = "Error";
    Type **res = types_alloc(sizeof(Type *));
    res[0] = type_basic(TY_STRING);
    m->sig = type_new_func(NULL, 0, res, 1, false);
    type_error = type_new_named(NULL, "error", NULL);
    type_error->named.underlying = type_new_interface(m, 1, NULL, 0);
    type_iface_complete(type_error->named.underlying, NULL);
}

Type *type_basic(TypeKind kind) { return &basic_types[kind]; }

Type *type_new_array(Type *elem, int64_t len)
{
    Type *t = type_alloc(TY_ARRAY);
    t->array.elem = elem;
    t->array.len = len;
    return t;
}

Type *type_new_slice(Type *elem)
{
    Type *t = type_alloc(TY_SLICE);
    t->slice.elem = elem;
    return t;
}

Type *type_new_pointer(Type *elem)
{
    Type *t = type_alloc(TY_POINTER);
    t->pointer.elem = elem;
    return t;
}

Type *type_new_map(Type *key, Type *elem)
{
    Type *t = type_alloc(TY_MAP);
    t->map.key = key;
    t->map.elem = elem;
    return t;
}

Type *type_new_struct(Field *fields, int nfields)
{
    Type *t = type_alloc(TY_STRUCT);
    t->strct.fields = fields;
    t->strct.nfields = nfields;
    return t;
}

Type *type_new_func(Type **params, int nparams, Type **results, int nresults, bool variadic)
{
    Type *t = type_alloc(TY_FUNC);
    t->func.params = params;
    t->func.nparams = nparams;
    t->func.results = results;
    t->func.nresults = nresults;
    t->func.variadic = variadic;
    return t;
}

Type *type_new_interface(IfaceMethod *methods, int nmethods, Type **embeds, int nembeds)
{
    Type *t = type_alloc(TY_INTERFACE);
    t->iface.explicit_methods = methods;
    t->iface.nexplicit = nmethods;
    t->iface.embeds = embeds;
    t->iface.nembeds = nembeds;
    return t;
}

Type *type_new_named(const char *pkg, const char *name, Symbol *sym)
{
    Type *t = type_alloc(TY_NAMED);
    t->named.pkg = pkg;
    t->named.name = name;
    t->named.sym = sym;
    return t;
}

Type *type_new_tuple(Type **elems, int n)
{
    Type *t = type_alloc(TY_TUPLE);
    t->tuple.elems = elems;
    t->tuple.n = n;
    return t;
}

void type_named_add_method(Type *named, Symbol *method)
{
    if (named->named.nmethods == named->named.capmethods) {
        int cap = named->named.capmethods ? named->named.capmethods * 2 : 4;
        Symbol **nm = types_alloc(sizeof(Symbol *) * (size_t)cap);
        if (named->named.nmethods)
            memcpy(nm, named->named.methods, sizeof(Symbol *) * (size_t)named->named.nmethods);
        named->named.methods = nm;
        named->named.capmethods = cap;
    }
    named->named.methods[named->named.nmethods++] = method;
}

static int iface_method_cmp(const void *a, const void *b)
{
    return strcmp(((const IfaceMethod *)a)->name, ((const IfaceMethod *)b)->name);
}

/* Adds m to the set unless present; a present method with an identical signature is fine (Go
 * allows overlapping embedded interfaces). Returns false on a conflicting duplicate. */
static bool iface_add(IfaceMethod *set, int *n, const IfaceMethod *m, bool explicit_dup_is_error)
{
    for (int i = 0; i < *n; i++) {
        if (strcmp(set[i].name, m->name) == 0) {
            if (explicit_dup_is_error)
                return false;
            return type_identical(set[i].sig, m->sig);
        }
    }
    set[(*n)++] = *m;
    return true;
}

/* Interfaces whose method sets are being computed: an interface that embeds itself (an error the
 * checker reports as an invalid recursive type) must not recurse forever. */
static Type *completing[64];
static int ncompleting;

static bool iface_complete_rec(Type *t, const char **dup);

bool type_iface_complete(Type *t, const char **dup)
{
    if (dup)
        *dup = NULL;
    if (t->iface.complete)
        return true;
    for (int i = 0; i < ncompleting; i++)
        if (completing[i] == t)
            return false;
    if (ncompleting == (int)(sizeof completing / sizeof completing[0]))
        return false;
    completing[ncompleting++] = t;
    bool ok = iface_complete_rec(t, dup);
    ncompleting--;
    return ok;
}

static bool iface_complete_rec(Type *t, const char **dup)
{
    /* An embedded named interface still being declared (`type I1 interface{ m() I2 }; type I2
     * interface{ I1 }` reaches I2 while I1 is resolving): stay incomplete, complete on next use. */
    for (int i = 0; i < t->iface.nembeds; i++) {
        Type *e = t->iface.embeds[i];
        if (e && e->kind == TY_NAMED && !e->named.underlying)
            return true;
    }
    int cap = t->iface.nexplicit;
    for (int i = 0; i < t->iface.nembeds; i++) {
        Type *e = type_underlying(t->iface.embeds[i]);
        if (!e || e->kind != TY_INTERFACE)
            continue;
        type_iface_complete(e, NULL);
        cap += e->iface.nmethods;
    }
    IfaceMethod *set = types_alloc(sizeof(IfaceMethod) * (size_t)(cap ? cap : 1));
    int n = 0;
    bool ok = true;
    for (int i = 0; i < t->iface.nexplicit; i++) {
        if (!iface_add(set, &n, &t->iface.explicit_methods[i], true)) {
            if (dup && !*dup)
                *dup = t->iface.explicit_methods[i].name;
            ok = false;
        }
    }
    for (int i = 0; i < t->iface.nembeds; i++) {
        Type *e = type_underlying(t->iface.embeds[i]);
        if (!e || e->kind != TY_INTERFACE) {
            ok = false;
            continue;
        }
        for (int j = 0; j < e->iface.nmethods; j++) {
            if (!iface_add(set, &n, &e->iface.methods[j], false)) {
                if (dup && !*dup)
                    *dup = e->iface.methods[j].name;
                ok = false;
            }
        }
    }
    qsort(set, (size_t)n, sizeof *set, iface_method_cmp);
    t->iface.methods = set;
    t->iface.nmethods = n;
    t->iface.complete = true;
    return ok;
}

/* ---- predicates ---- */

Type *type_underlying(Type *t)
{
    while (t && t->kind == TY_NAMED) {
        if (!t->named.underlying)
            return type_invalid;
        t = t->named.underlying;
    }
    return t;
}

bool type_is_basic(const Type *t) { return t->kind <= TY_UNTYPED_NIL; }
bool type_is_named(const Type *t) { return t->kind == TY_NAMED; }
bool type_is_untyped(const Type *t) { return (kind_flags[t->kind] & TF_UNTYPED) != 0; }

static int flags_of(Type *t)
{
    t = type_underlying(t);
    return t ? kind_flags[t->kind] : 0;
}

bool type_is_boolean(Type *t) { return flags_of(t) & TF_BOOL; }
bool type_is_integer(Type *t) { return flags_of(t) & TF_INT; }
bool type_is_unsigned(Type *t) { return flags_of(t) & TF_UNSIGNED; }
bool type_is_float(Type *t) { return flags_of(t) & TF_FLOAT; }
bool type_is_numeric(Type *t) { return flags_of(t) & (TF_INT | TF_FLOAT); }
bool type_is_string(Type *t) { return flags_of(t) & TF_STRING; }
bool type_is_ordered(Type *t) { return flags_of(t) & (TF_INT | TF_FLOAT | TF_STRING); }
bool type_is_interface(Type *t) { return type_underlying(t)->kind == TY_INTERFACE; }
bool type_is_pointer(Type *t) { return type_underlying(t)->kind == TY_POINTER; }

bool type_is_empty_interface(Type *t)
{
    Type *u = type_underlying(t);
    if (u->kind != TY_INTERFACE)
        return false;
    type_iface_complete(u, NULL);
    return u->iface.nmethods == 0;
}

bool type_has_nil(Type *t)
{
    switch (type_underlying(t)->kind) {
    case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_FUNC: case TY_INTERFACE:
    case TY_UNTYPED_NIL:
        return true;
    default:
        return false;
    }
}

bool type_is_comparable(Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TY_SLICE: case TY_MAP: case TY_FUNC: case TY_TUPLE:
        return false;
    case TY_ARRAY:
        return type_is_comparable(u->array.elem);
    case TY_STRUCT:
        for (int i = 0; i < u->strct.nfields; i++)
            if (!type_is_comparable(u->strct.fields[i].type))
                return false;
        return true;
    default:
        return true;
    }
}

Type *type_default(Type *t)
{
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return type_basic(TY_BOOL);
    case TY_UNTYPED_INT: return type_basic(TY_INT);
    case TY_UNTYPED_RUNE: return type_rune;
    case TY_UNTYPED_FLOAT: return type_basic(TY_FLOAT64);
    case TY_UNTYPED_STRING: return type_basic(TY_STRING);
    default: return t;
    }
}

Type *type_elem(Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TY_ARRAY: return u->array.elem;
    case TY_SLICE: return u->slice.elem;
    case TY_POINTER: return u->pointer.elem;
    case TY_MAP: return u->map.elem;
    default: return NULL;
    }
}

/* ---- identity ---- */

static bool types_identical_list(Type **a, Type **b, int n)
{
    for (int i = 0; i < n; i++)
        if (!type_identical(a[i], b[i]))
            return false;
    return true;
}

/* Conversions compare underlying types ignoring struct tags (set by type_convertible). */
static bool ignore_tags;

/* Tags are compared by value: `""`, `` and no tag are the same. */
static bool tags_equal(const char *x, const char *y)
{
    const char *err = NULL;
    ConstVal *vx = x ? const_parse_string(x, &err) : NULL, *vy = y ? const_parse_string(y, &err) : NULL;
    size_t nx = vx ? vx->slen : 0, ny = vy ? vy->slen : 0;
    if (x && !vx)
        return y && strcmp(x, y) == 0;
    if (y && !vy)
        return false;
    return nx == ny && (nx == 0 || memcmp(vx->s, vy->s, nx) == 0);
}

static bool struct_identical(Type *a, Type *b)
{
    if (a->strct.nfields != b->strct.nfields)
        return false;
    for (int i = 0; i < a->strct.nfields; i++) {
        Field *x = &a->strct.fields[i], *y = &b->strct.fields[i];
        if (strcmp(x->name, y->name) != 0 || x->embedded != y->embedded)
            return false;
        if (!ignore_tags && !tags_equal(x->tag, y->tag))
            return false;
        if (!type_identical(x->type, y->type))
            return false;
    }
    return true;
}

/* Interface pairs being compared, innermost last: interfaces can refer to themselves through
 * embedded named interfaces in method signatures (`type I interface { F() interface{ I } }`), so,
 * like Go, a pair met again while it is being compared is assumed identical. */
typedef struct IfacePair { Type *a, *b; } IfacePair;
static IfacePair iface_stack[256];
static int iface_depth;

static bool iface_identical(Type *a, Type *b)
{
    type_iface_complete(a, NULL);
    type_iface_complete(b, NULL);
    if (a->iface.nmethods != b->iface.nmethods)
        return false;
    for (int i = 0; i < iface_depth; i++)
        if ((iface_stack[i].a == a && iface_stack[i].b == b) || (iface_stack[i].a == b && iface_stack[i].b == a))
            return true;
    if (iface_depth == (int)(sizeof iface_stack / sizeof iface_stack[0]))
        return true; /* absurdly deep: give up, as if identical */
    iface_stack[iface_depth++] = (IfacePair){a, b};
    bool same = true;
    for (int i = 0; i < a->iface.nmethods && same; i++)
        same = strcmp(a->iface.methods[i].name, b->iface.methods[i].name) == 0 &&
               type_identical(a->iface.methods[i].sig, b->iface.methods[i].sig);
    iface_depth--;
    return same;
}

bool type_identical(Type *a, Type *b)
{
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    switch (a->kind) {
    case TY_ARRAY:
        return a->array.len == b->array.len && type_identical(a->array.elem, b->array.elem);
    case TY_SLICE: return type_identical(a->slice.elem, b->slice.elem);
    case TY_POINTER: return type_identical(a->pointer.elem, b->pointer.elem);
    case TY_MAP:
        return type_identical(a->map.key, b->map.key) && type_identical(a->map.elem, b->map.elem);
    case TY_STRUCT: return struct_identical(a, b);
    case TY_FUNC:
        return a->func.nparams == b->func.nparams && a->func.nresults == b->func.nresults &&
               a->func.variadic == b->func.variadic &&
               types_identical_list(a->func.params, b->func.params, a->func.nparams) &&
               types_identical_list(a->func.results, b->func.results, a->func.nresults);
    case TY_INTERFACE: return iface_identical(a, b);
    case TY_TUPLE:
        return a->tuple.n == b->tuple.n && types_identical_list(a->tuple.elems, b->tuple.elems, a->tuple.n);
    case TY_NAMED: return false;
    default:
        return a->kind == b->kind; /* basic kinds */
    }
}

/* ---- assignability and convertibility ---- */

/* Go spec "Assignability" for a non-constant value of type v to type t. */
bool type_assignable(Type *v, Type *t)
{
    if (v->kind == TY_INVALID || t->kind == TY_INVALID)
        return true;
    if (type_identical(v, t))
        return true;
    Type *vu = type_underlying(v), *tu = type_underlying(t);
    if (v->kind == TY_UNTYPED_NIL)
        return type_has_nil(t);
    if (type_is_untyped(v)) {
        if (tu->kind == TY_INTERFACE)
            return v->kind != TY_UNTYPED_NIL && type_implements(type_default(v), t, NULL);
        return (type_is_boolean(v) && type_is_boolean(tu)) ||
               (type_is_numeric(v) && type_is_numeric(tu)) ||
               (type_is_string(v) && type_is_string(tu));
    }
    /* identical underlying types and at least one is not named (predeclared basic types are named:
     * MyInt is not assignable to int) */
    bool vnamed = type_is_named(v) || type_is_basic(v), tnamed = type_is_named(t) || type_is_basic(t);
    if (type_identical(vu, tu) && (!vnamed || !tnamed))
        return true;
    if (tu->kind == TY_INTERFACE)
        return type_implements(v, t, NULL);
    return false;
}

bool type_convertible(Type *v, Type *t)
{
    if (type_assignable(v, t))
        return true;
    Type *vu = type_underlying(v), *tu = type_underlying(t);
    ignore_tags = true;
    bool same = type_identical(vu, tu) ||
                (vu->kind == TY_POINTER && tu->kind == TY_POINTER && !type_is_named(v) && !type_is_named(t) &&
                 type_identical(type_underlying(vu->pointer.elem), type_underlying(tu->pointer.elem)));
    ignore_tags = false;
    if (same)
        return true;
    if (type_is_numeric(vu) && type_is_numeric(tu))
        return true;
    if (type_is_string(tu) && type_is_integer(vu))
        return true;
    if (type_is_string(tu) && vu->kind == TY_SLICE) {
        Type *e = type_underlying(vu->slice.elem);
        return e->kind == TY_UINT8 || e->kind == TY_INT32;
    }
    if (type_is_string(vu) && tu->kind == TY_SLICE) {
        Type *e = type_underlying(tu->slice.elem);
        return e->kind == TY_UINT8 || e->kind == TY_INT32;
    }
    if (vu->kind == TY_SLICE && tu->kind == TY_POINTER) {
        Type *a = type_underlying(tu->pointer.elem);
        return a->kind == TY_ARRAY && type_identical(a->array.elem, vu->slice.elem);
    }
    return false;
}

/* ---- layout ---- */

static int64_t align_up(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

static void basic_layout(Type *t)
{
    static const int8_t sizes[] = {
        [TY_BOOL] = 1, [TY_INT] = 8, [TY_INT8] = 1, [TY_INT16] = 2, [TY_INT32] = 4, [TY_INT64] = 8,
        [TY_UINT] = 8, [TY_UINT8] = 1, [TY_UINT16] = 2, [TY_UINT32] = 4, [TY_UINT64] = 8,
        [TY_UINTPTR] = 8, [TY_FLOAT32] = 4, [TY_FLOAT64] = 8, [TY_STRING] = 16,
    };
    Type *d = type_default(t);
    if (d->kind == TY_UNTYPED_NIL || d->kind == TY_INVALID) {
        t->size = 8;
        t->align = 8;
        return;
    }
    t->size = sizes[d->kind];
    t->align = d->kind == TY_STRING ? 8 : t->size;
}

static void struct_layout(Type *t)
{
    int64_t off = 0, align = 1;
    for (int i = 0; i < t->strct.nfields; i++) {
        Field *f = &t->strct.fields[i];
        int64_t a = type_align(f->type);
        off = align_up(off, a);
        f->offset = off;
        off += type_size(f->type);
        if (a > align)
            align = a;
    }
    /* gc pads a trailing zero-size field so &last does not point past the object */
    if (t->strct.nfields > 0 && off > 0 && type_size(t->strct.fields[t->strct.nfields - 1].type) == 0)
        off++;
    t->size = align_up(off, align);
    t->align = align;
}

void type_layout(Type *t)
{
    if (t->size >= 0)
        return;
    switch (t->kind) {
    case TY_ARRAY:
        t->size = type_size(t->array.elem) * (t->array.len < 0 ? 0 : t->array.len);
        t->align = type_align(t->array.elem);
        return;
    case TY_SLICE: t->size = 24; t->align = 8; return;
    case TY_INTERFACE: t->size = 16; t->align = 8; return;
    case TY_POINTER: case TY_MAP: case TY_FUNC: t->size = 8; t->align = 8; return;
    case TY_STRUCT: struct_layout(t); return;
    case TY_NAMED:
        t->size = type_size(type_underlying(t));
        t->align = type_align(type_underlying(t));
        return;
    case TY_TUPLE: {
        int64_t off = 0, align = 1;
        for (int i = 0; i < t->tuple.n; i++) {
            int64_t a = type_align(t->tuple.elems[i]);
            off = align_up(off, a) + type_size(t->tuple.elems[i]);
            if (a > align)
                align = a;
        }
        t->size = align_up(off, align);
        t->align = align;
        return;
    }
    default:
        basic_layout(t);
        return;
    }
}

int64_t type_size(Type *t)
{
    type_layout(t);
    return t->size;
}

int64_t type_align(Type *t)
{
    type_layout(t);
    return t->align;
}

bool type_has_pointers(Type *t)
{
    Type *u = type_underlying(t);
    switch (u->kind) {
    case TY_STRING: case TY_SLICE: case TY_POINTER: case TY_MAP: case TY_FUNC:
    case TY_INTERFACE: case TY_UNTYPED_STRING: case TY_UNTYPED_NIL:
        return true;
    case TY_ARRAY:
        return u->array.len > 0 && type_has_pointers(u->array.elem);
    case TY_STRUCT:
        for (int i = 0; i < u->strct.nfields; i++)
            if (type_has_pointers(u->strct.fields[i].type))
                return true;
        return false;
    case TY_TUPLE:
        for (int i = 0; i < u->tuple.n; i++)
            if (type_has_pointers(u->tuple.elems[i]))
                return true;
        return false;
    default:
        return false;
    }
}

const char *type_basic_name(TypeKind k);
const char *type_basic_name(TypeKind k) { return basic_names[k]; }
