/* scope.h: scopes, symbols and the universe.
 *
 * A Symbol is one declared name: a variable, constant, type, function, package, builtin, the
 * predeclared nil, or a label. Every symbol has a unique `id` (dense, from 1) so later passes can
 * keep side tables indexed by it. The checker resolves each identifier expression to its Symbol
 * (the AST's `sym` slot) and fills the flags that lowering and the escape pass need:
 *   addr_taken  the variable's address is taken somewhere: `&x`, `x.m()` with a pointer method on an
 *               addressable x (auto-address), `x[:]` on an addressable array, `&x.f`, `&x[i]` of an
 *               array (a field or element of x counts as x);
 *   captured    the variable is referenced from a func literal other than the one declaring it;
 *   reassigned  the variable is assigned after its declaration (=, op=, ++/--, as a range or
 *               type-switch target, or through its address being taken).
 * Loop variables of `for` statements get a fresh Symbol per statement; lowering gives each
 * iteration its own copy (Go 1.22 semantics).
 *
 * Scopes are nested hash tables of Symbols. The universe is the outermost scope.
 */
#ifndef LLGO_SCOPE_H
#define LLGO_SCOPE_H

#include <stdbool.h>
#include <stdint.h>
#include "source.h"

struct Type;
struct ConstVal;
struct Node;
struct Arena;
struct Scope;

#define SYMBOL_KINDS(X) \
    X(SYM_VAR)     \
    X(SYM_CONST)   \
    X(SYM_TYPE)    \
    X(SYM_FUNC)    \
    X(SYM_PACKAGE) \
    X(SYM_BUILTIN) \
    X(SYM_NIL)     \
    X(SYM_LABEL)

typedef enum SymbolKind {
#define X(k) k,
    SYMBOL_KINDS(X)
#undef X
} SymbolKind;

/* Builtin functions (SYM_BUILTIN symbols carry one in `builtin`). COMPLEX/REAL/IMAG exist only to
 * be rejected with `complex numbers are not supported`. */
#define BUILTIN_KINDS(X) \
    X(BUILTIN_APPEND, "append") X(BUILTIN_CAP, "cap") X(BUILTIN_CLEAR, "clear") \
    X(BUILTIN_COPY, "copy") X(BUILTIN_DELETE, "delete") X(BUILTIN_LEN, "len") \
    X(BUILTIN_MAKE, "make") X(BUILTIN_MAX, "max") X(BUILTIN_MIN, "min") X(BUILTIN_NEW, "new") \
    X(BUILTIN_PANIC, "panic") X(BUILTIN_PRINT, "print") X(BUILTIN_PRINTLN, "println") \
    X(BUILTIN_RECOVER, "recover") X(BUILTIN_COMPLEX, "complex") X(BUILTIN_REAL, "real") \
    X(BUILTIN_IMAG, "imag")

typedef enum BuiltinKind {
    BUILTIN_NONE = -1,
#define X(k, s) k,
    BUILTIN_KINDS(X)
#undef X
    BUILTIN__COUNT
} BuiltinKind;

/* Where a package-level or local symbol's declaration resolution stands (cycle detection). */
typedef enum SymbolState { SYMST_UNRESOLVED, SYMST_RESOLVING, SYMST_RESOLVED } SymbolState;

typedef struct Symbol {
    SymbolKind kind;
    int id;                    /* unique, dense, from 1 */
    const char *name;
    Pos pos;                   /* position of the declaring identifier */
    struct Type *type;         /* var/const/func: its type; type: the declared type; else NULL */
    struct ConstVal *cval;     /* SYM_CONST: its value */
    const char *pkg;           /* package-level symbols: the package's import path ("main", "unicode/utf8");
                                  SYM_PACKAGE: the path it imports; NULL for locals */
    struct Node *decl;         /* declaring node: FuncDecl for funcs/methods, the spec for others */
    struct Scope *scope;       /* scope the symbol is declared in */
    struct Node *owner;        /* SYM_VAR/SYM_CONST/SYM_TYPE local: the FuncDecl or FuncLit declaring it */
    BuiltinKind builtin;       /* SYM_BUILTIN */
    struct Scope *members;     /* SYM_PACKAGE: the imported package's scope */
    SymbolState state;
    int iota;                  /* SYM_CONST: the iota value of its spec */

    /* SYM_FUNC that is a method */
    bool is_method;
    bool recv_ptr;             /* receiver is *T */
    struct Type *recv_named;   /* the named type T */

    /* SYM_VAR flags */
    bool is_global;
    bool is_param;             /* parameter or receiver */
    bool is_result;            /* named (or unnamed) result */
    bool is_field;             /* a struct field name (not in any scope) */
    bool addr_taken;
    bool captured;
    bool reassigned;
    bool used;                 /* referenced (for `declared but not used`) */
    int index;                 /* params/results: position; fields: index */
} Symbol;

typedef struct Scope {
    struct Scope *parent;
    Symbol **slots;            /* open-addressing hash table */
    int nslots, count;
    Symbol **order; int norder, caporder; /* insertion order (for dumps and unused checks) */
    struct Node *func;         /* FuncDecl or FuncLit this scope belongs to (NULL at package level) */
    bool is_func_scope;        /* outermost scope of a function body (params live here) */
} Scope;

Scope *scope_new(struct Arena *arena, Scope *parent);
/* Inserts sym; returns the existing symbol with the same name in THIS scope (sym not inserted), or
 * NULL on success. `_` is never inserted (returns NULL). */
Symbol *scope_insert(Scope *s, Symbol *sym);
Symbol *scope_lookup_local(Scope *s, const char *name);
/* Looks up through parents; sets *where to the scope found in (may be NULL). */
Symbol *scope_lookup(Scope *s, const char *name, Scope **where);

Symbol *symbol_new(struct Arena *arena, SymbolKind kind, const char *name, Pos pos);
int symbol_count(void);        /* number of ids given out so far (ids are 1..symbol_count()) */
const char *symbol_kind_name(SymbolKind k);
const char *builtin_name(BuiltinKind b);

/* The universe: predeclared types (bool, int..., byte, rune, string, error, any), true/false/iota
 * (constants; iota resolved by the checker), nil, and the builtins. Created once by
 * universe_init() after types_init(). */
void universe_init(struct Arena *arena);
Scope *universe_scope(void);
extern Symbol *universe_iota;  /* the iota symbol (the checker substitutes its value) */

#endif
