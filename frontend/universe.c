/* universe.c: the universe scope: predeclared types, constants, nil and builtin functions.
 *
 * byte and rune are aliases (the same Type as uint8 and int32, as in Go); any is an alias of
 * interface{}. iota is a constant whose value the checker substitutes per const spec.
 */
#include "arena.h"
#include "constant.h"
#include "scope.h"
#include "types.h"

static Scope *universe;
Symbol *universe_iota;

Scope *universe_scope(void) { return universe; }

static void def_type(Arena *a, const char *name, Type *t)
{
    Symbol *s = symbol_new(a, SYM_TYPE, name, POS_NONE);
    s->type = t;
    s->state = SYMST_RESOLVED;
    scope_insert(universe, s);
}

static void def_basic_types(Arena *a)
{
    static const struct { const char *name; TypeKind k; } basics[] = {
        {"bool", TY_BOOL}, {"int", TY_INT}, {"int8", TY_INT8}, {"int16", TY_INT16},
        {"int32", TY_INT32}, {"int64", TY_INT64}, {"uint", TY_UINT}, {"uint8", TY_UINT8},
        {"uint16", TY_UINT16}, {"uint32", TY_UINT32}, {"uint64", TY_UINT64},
        {"uintptr", TY_UINTPTR}, {"float32", TY_FLOAT32}, {"float64", TY_FLOAT64},
        {"string", TY_STRING},
    };
    for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++)
        def_type(a, basics[i].name, type_basic(basics[i].k));
    def_type(a, "byte", type_byte);
    def_type(a, "rune", type_rune);
    def_type(a, "error", type_error);
    Type *any = type_new_interface(NULL, 0, NULL, 0);
    type_iface_complete(any, NULL);
    def_type(a, "any", any);
    /* complex types exist only to be rejected */
    Symbol *c64 = symbol_new(a, SYM_TYPE, "complex64", POS_NONE);
    c64->type = type_invalid;
    scope_insert(universe, c64);
    Symbol *c128 = symbol_new(a, SYM_TYPE, "complex128", POS_NONE);
    c128->type = type_invalid;
    scope_insert(universe, c128);
}

static void def_const(Arena *a, const char *name, Type *t, ConstVal *v)
{
    Symbol *s = symbol_new(a, SYM_CONST, name, POS_NONE);
    s->type = t;
    s->cval = v;
    s->state = SYMST_RESOLVED;
    scope_insert(universe, s);
    if (name[0] == 'i')
        universe_iota = s;
}

void universe_init(Arena *a)
{
    universe = scope_new(a, NULL);
    def_basic_types(a);
    def_const(a, "true", type_basic(TY_UNTYPED_BOOL), const_bool(true));
    def_const(a, "false", type_basic(TY_UNTYPED_BOOL), const_bool(false));
    def_const(a, "iota", type_basic(TY_UNTYPED_INT), const_int64(0));
    Symbol *nil = symbol_new(a, SYM_NIL, "nil", POS_NONE);
    nil->type = type_basic(TY_UNTYPED_NIL);
    scope_insert(universe, nil);
    for (int b = 0; b < BUILTIN__COUNT; b++) {
        Symbol *s = symbol_new(a, SYM_BUILTIN, builtin_name((BuiltinKind)b), POS_NONE);
        s->builtin = (BuiltinKind)b;
        s->type = type_invalid;
        scope_insert(universe, s);
    }
}
