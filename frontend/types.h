/* types.h: Go types as the checker builds them and lowering reads them.
 *
 * A Type is a tagged union over TY_ kinds (types.def). Basic types are singletons (type_basic());
 * composite types are built by the constructors below and are compared structurally with
 * type_identical(), never by pointer, except TY_NAMED, which is identical only to itself (each type
 * declaration makes one Type). Sizes and offsets assume a 64-bit target (int, uint, uintptr and
 * pointers are 8 bytes; a string is {ptr,len} 16 bytes; a slice {ptr,len,cap} 24; an interface
 * {itab/type,data} 16; a map and a func value are one pointer, 8 bytes).
 *
 * Invariants:
 *  - An interface's `methods` is the COMPLETE method set (explicit plus embedded), sorted by name
 *    as Go sorts it; the index of a method in that array is its itab slot.
 *  - A struct's fields carry their byte offsets once type_layout() (called by type_size) has run.
 *  - A named type's `methods` lists the Symbol (SYM_FUNC) of every method declared on it, in
 *    declaration order; sym->recv_ptr says whether the receiver is *T.
 *
 * Memory: every Type lives in the arena given to types_init() (the checker's arena).
 */
#ifndef LLGO_TYPES_H
#define LLGO_TYPES_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>

struct Symbol;
struct Arena;

typedef enum TypeKind {
#define TYPE_KIND(id, name, flags) id,
#include "types.def"
#undef TYPE_KIND
    TY__COUNT
} TypeKind;

/* Classification flags used in types.def. */
enum { TF_BOOL = 1, TF_INT = 2, TF_UNSIGNED = 4, TF_FLOAT = 8, TF_STRING = 16, TF_UNTYPED = 32 };

typedef struct Type Type;

/* One struct field. `name` is the field name; for an embedded field it is the type's name
 * (`T` for `T` or `*T`). */
typedef struct Field {
    const char *name;
    Type *type;
    bool embedded;
    int64_t offset; /* byte offset, valid after type_layout() */
    const char *tag; /* raw tag text or NULL */
    const char *pkg; /* import path of the package declaring the struct (unexported names stay in it) */
} Field;

/* One interface method. `sig` is a TY_FUNC without receiver. */
typedef struct IfaceMethod {
    const char *name;
    Type *sig;
} IfaceMethod;

struct Type {
    TypeKind kind;
    int id; /* unique per Type object; handy as a hash key */
    int64_t size, align; /* -1 until computed by type_layout() */
    union {
        struct { Type *elem; int64_t len; } array;   /* TY_ARRAY; len -1 while `[...]` unresolved */
        struct { Type *elem; } slice;                /* TY_SLICE */
        struct { Type *elem; } pointer;              /* TY_POINTER */
        struct { Field *fields; int nfields; } strct; /* TY_STRUCT */
        struct {                                     /* TY_FUNC (signatures carry no receiver) */
            Type **params; int nparams;              /* for variadic, the last param is []T */
            Type **results; int nresults;
            bool variadic;
            /* names as written (for messages only: identity ignores them); NULL when unnamed */
            const char **param_names, **result_names;
        } func;
        struct {                                     /* TY_INTERFACE */
            IfaceMethod *methods; int nmethods;      /* complete and sorted (see above) */
            Type **embeds; int nembeds;              /* embedded interfaces as written */
            IfaceMethod *explicit_methods; int nexplicit;
            bool complete;                           /* methods[] computed */
        } iface;
        struct { Type *key; Type *elem; } map;       /* TY_MAP */
        struct {                                     /* TY_NAMED */
            const char *name;                        /* `T` */
            const char *pkg;                         /* package name, `main`; NULL for predeclared `error` */
            Type *underlying;                        /* NULL while the declaration is being resolved */
            struct Symbol **methods; int nmethods; int capmethods;
            struct Symbol *sym;                      /* the type name symbol */
            int visit;                               /* check_typexpr.c's cycle search: last visit */
        } named;
        struct { Type **elems; int n; } tuple;       /* TY_TUPLE: results of a multi-value call */
    };
};

/* ---- set-up ---- */
void types_init(struct Arena *arena); /* creates the basic singletons; call once before anything else */
Type *type_basic(TypeKind kind);      /* the singleton for a basic kind (TY_BOOL..TY_UNTYPED_NIL) */
extern Type *type_error;              /* the predeclared `error` (a TY_NAMED over interface { Error() string }) */
extern Type *type_invalid;            /* poison: operations on it are silently accepted */
/* `byte` and `rune`: distinct Type objects of kind TY_UINT8 / TY_INT32 that only SPELL differently
 * (Go prints `byte` where the source said byte). Compare basic types by kind, never by pointer. */
extern Type *type_byte;
extern Type *type_rune;

/* ---- constructors ---- */
Type *type_new_array(Type *elem, int64_t len);
Type *type_new_slice(Type *elem);
Type *type_new_pointer(Type *elem);
Type *type_new_map(Type *key, Type *elem);
Type *type_new_struct(Field *fields, int nfields);
Type *type_new_func(Type **params, int nparams, Type **results, int nresults, bool variadic);
/* Interface from explicit methods and embedded types; call type_iface_complete() before use. */
Type *type_new_interface(IfaceMethod *methods, int nmethods, Type **embeds, int nembeds);
Type *type_new_named(const char *pkg, const char *name, struct Symbol *sym); /* underlying set later */
Type *type_new_tuple(Type **elems, int n);
void type_named_add_method(Type *named, struct Symbol *method);
/* Computes iface.methods (complete, sorted). Returns false (with *dup set to the duplicate name)
 * on a duplicate method, false with *dup NULL on an embedded non-interface. */
bool type_iface_complete(Type *iface, const char **dup);

/* ---- predicates and accessors ---- */
Type *type_underlying(Type *t);          /* follows TY_NAMED; identity for others */
bool type_is_basic(const Type *t);       /* kind in TY_BOOL..TY_UNTYPED_NIL (not through named) */
bool type_is_untyped(const Type *t);
bool type_is_boolean(Type *t);           /* these look through named types */
bool type_is_integer(Type *t);
bool type_is_unsigned(Type *t);
bool type_is_float(Type *t);
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_interface(Type *t);
bool type_is_empty_interface(Type *t);
bool type_is_pointer(Type *t);
bool type_is_named(const Type *t);
bool type_is_ordered(Type *t);           /* < <= > >= apply */
bool type_is_comparable(Type *t);        /* == applies (excluding the nil comparisons) */
bool type_has_nil(Type *t);              /* pointer, slice, map, func, interface */
Type *type_default(Type *t);             /* default type of an untyped kind; identity otherwise */
Type *type_elem(Type *t);                /* element of array/slice/pointer/map (through named) */

/* ---- relations ---- */
bool type_identical(Type *a, Type *b);
/* Assignability of a value of type v (not an untyped constant: the checker handles those) to t.
 * `vnil` means the value is the untyped nil. */
bool type_assignable(Type *v, Type *t);
bool type_convertible(Type *v, Type *t); /* non-constant conversion T(x) */

/* ---- layout (64-bit target) ---- */
void type_layout(Type *t);               /* computes size/align and struct offsets */
int64_t type_size(Type *t);
int64_t type_align(Type *t);
bool type_has_pointers(Type *t);         /* memory of this type may hold GC pointers */

/* ---- spelling ---- */
/* Go's spelling: `main.T`, `*main.T`, `[]int`, `map[string]int`, `func(int) string`,
 * `interface {}`, `interface { M() }`, `struct { x int }`, `untyped int`. Arena-allocated. */
const char *type_string(Type *t);
void type_fprint(FILE *out, Type *t);
const char *type_kind_name(TypeKind k);

/* ---- methods, fields, selection (types_lookup.c) ---- */

/* Kinds of selector results recorded in Selection. */
typedef enum SelectionKind {
    SEL_FIELD,        /* x.f: a struct field (possibly promoted) */
    SEL_METHOD,       /* x.m: a method of a concrete type (call or method value) */
    SEL_IFACE_METHOD, /* x.m: a method of an interface value (call or method value) */
    SEL_METHOD_EXPR,  /* T.m or (*T).m: method expression, a func whose first param is the receiver */
} SelectionKind;

/* What a selector x.f resolved to.
 * `path` lists struct field indices walked from x's type: for a field, the embedded fields then the
 * field itself (the last index); for a method, only the embedded fields to reach the receiver.
 * At each step, if the current value is a pointer it is dereferenced first (lowering can see that
 * from the types). For methods: `addr` says the receiver (after the path) must have its address
 * taken (pointer method on an addressable value), `deref` says it must be loaded through its
 * pointer (value method reached through *T). */
typedef struct Selection {
    SelectionKind kind;
    Type *recv;            /* type of x (for METHOD_EXPR: the T or *T written) */
    int *path; int npath;
    struct Symbol *method; /* SEL_METHOD / SEL_METHOD_EXPR: the method's func symbol */
    int iface_index;       /* SEL_IFACE_METHOD: slot in the interface's sorted methods */
    Field *field;          /* SEL_FIELD: the field */
    bool indirect;         /* a pointer was dereferenced along the path (incl. x itself) */
    bool addr;
    bool deref;
    Type *type;            /* the selector expression's type (method: signature without receiver) */
} Selection;

/* One entry of a method set. `path` is the embedded-field path to the receiver; `indirect` says a
 * pointer is dereferenced along it; for interface types `method` is NULL and `iface_index` used. */
typedef struct MethodSetEntry {
    const char *name;
    struct Symbol *method;
    int iface_index;
    int *path; int npath;
    bool indirect;
    bool ptr_recv; /* the method is declared on *T */
    Type *sig;
} MethodSetEntry;

typedef struct MethodSet { MethodSetEntry *entries; int n; } MethodSet;

/* Method set of t (Go's rules: T gets value-receiver methods, *T all, promoted through embedding,
 * interfaces their methods), sorted by name. Cached per type. */
MethodSet *type_method_set(Type *t);

typedef enum LookupResult { LOOKUP_NONE, LOOKUP_FOUND, LOOKUP_AMBIGUOUS } LookupResult;
/* Looks up field or method `name` in type t (t may be a pointer to a named/struct type). Fills
 * sel->kind, path, field/method/iface_index, indirect, type. Does not set addr/deref. */
LookupResult type_lookup(Type *t, const char *name, Selection *sel);

/* Does type v implement interface t? On failure writes Go's reason to *why (arena string) like
 * `(missing method M)` or `(method M has pointer receiver)` or `(wrong type for method M)`. */
bool type_implements(Type *v, Type *iface, const char **why);

#endif
