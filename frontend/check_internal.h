/* check_internal.h: the checker's shared state and the functions its files call on each other.
 *
 * Files: check.c (package set-up, package-level declarations, init order), check_typexpr.c (type
 * expressions), check_expr.c (operands, operators, selectors, composite literals), check_call.c
 * (calls, conversions, builtins), check_assign.c (assignability with Go's messages, untyped
 * conversion), check_stmt.c (statements, function bodies, labels, terminating statements),
 * check_dump.c (--dump=types).
 */
#ifndef LLGO_CHECK_INTERNAL_H
#define LLGO_CHECK_INTERNAL_H

#include "checker.h"
#include "diag.h"

typedef struct SymList { Symbol **v; int n, cap; } SymList;

/* A named type declared as another whose underlying type is not known yet (check_type_decl). */
typedef struct PendingType {
    Type *nt, *src;
    Symbol *sym;
} PendingType;

typedef struct Checker {
    Arena *arena;
    Package *pkg;
    CheckedPackage *out;
    Scope *pkg_scope;
    Scope *scope;             /* innermost scope */
    FuncInfo *func;           /* function being checked (NULL at package level) */
    Symbol *decl_sym;         /* package-level var/func whose initializer/body is being checked */
    int iota;                 /* value of iota, -1 outside const specs */
    SymList *deps;            /* per package-level symbol id: symbols it references */
    int ndeps;
    SymList all_globals_order;/* package-level vars in declaration order */
    FuncInfo **finfo;         /* per node id */
    uint32_t nfinfo;
    Scope **file_scopes;      /* one per file: imports */
    int in_defer_or_go;
    int cap_inits;            /* capacity of out->inits */
    int depth;                /* expressions and types being checked, nested (check_enter) */
    bool too_deep;            /* "too deeply nested" reported */
    SymList consts_l, types_l, funcs_l;
    SymList locals;           /* local vars of the current top-level function (unused check) */
    FuncInfo **lits; int nlits, caplits;
    CheckedPackage **imported; int nimported; /* the packages checked before this one */
    PendingType *pending; int npending, cappending; /* check_type_decl */
} Checker;

/* utilities (check.c) */
void *check_alloc(Checker *c, size_t n);
void symlist_push(Checker *c, SymList *l, Symbol *s);
void check_record_dep(Checker *c, Symbol *s);
void check_resolve_global(Checker *c, Symbol *s);
FuncInfo *check_new_func_info(Checker *c, Node *fn);
void check_declare(Checker *c, Scope *s, Symbol *sym);
void check_collect_type(Checker *c, Symbol *s);

bool check_visible(Checker *c, const char *name, const char *pkg);

/* C hooks (check_hook.c): bodyless functions implemented by the runtime.def entry of their name */
void check_bodyless_func(Checker *c, Node *d, Symbol *s);
void check_push_scope(Checker *c);
void check_pop_scope(Checker *c);

/* type expressions (check_typexpr.c) */
Type *check_type(Checker *c, Node *n);
Type *check_signature(Checker *c, Node *ftype, FuncInfo *fi, Node *recv);
void check_type_decl(Checker *c, Symbol *s, Node *spec);
void check_pending_types(Checker *c);
bool check_array_len(Checker *c, Node *len, int64_t *out);

/* expressions (check_expr.c) */
/* The checker recurses over expressions and types, through the declarations they name: a tree
 * deeper than CHECK_MAX_DEPTH (left-deep chains nested in one another, declarations naming later
 * ones) is reported once, `too deeply nested`, so no stage after it overflows the stack. */
#define CHECK_MAX_DEPTH 10000
bool check_enter(Checker *c, Node *n);
void check_leave(Checker *c);
void check_expr(Checker *c, Node *n);                 /* single value (or novalue/type if allowed) */
void check_expr_hint(Checker *c, Node *n, Type *hint);/* hint: type for elided composite literals */
void check_multi_expr(Checker *c, Node *n);           /* allows tuples */
void check_expr_or_type(Checker *c, Node *n);
bool check_single_value(Checker *c, Node *n);
Symbol *check_lookup_ident(Checker *c, Node *id, bool mark_used);
void check_mark_addr_taken(Checker *c, Node *n);
void check_invalid(Node *n);
const char *check_expr_str(Checker *c, Node *n);
const char *check_operand_str(Checker *c, Node *n);
bool check_is_const(Node *n);
void check_func_lit(Checker *c, Node *n);

/* calls (check_call.c) */
void check_call(Checker *c, Node *n);
void check_conversion(Checker *c, Node *n, Type *t);

/* assignment and untyped conversion (check_assign.c) */
/* Converts untyped n to t (sets final types; reports overflow etc.). Returns false on error. */
bool check_convert_untyped(Checker *c, Node *n, Type *t);
void check_default_untyped(Checker *c, Node *n);
/* Checks that n can be assigned to type t; `context` is Go's ("assignment", "argument to f",
 * "return statement", "variable declaration"...). Reports and returns false on error. */
bool check_assignable_to(Checker *c, Node *n, Type *t, const char *context);
void check_assign_stmt(Checker *c, Node *n);
void check_var_spec(Checker *c, Node *spec, Symbol **syms, int nsyms);
void check_const_spec(Checker *c, Node *spec, Symbol **syms, int nsyms);

/* statements (check_stmt.c) */
void check_func_body(Checker *c, FuncInfo *fi, Node *body);
void check_stmt(Checker *c, Node *n);
void check_block_stmts(Checker *c, NodeList *stmts);

const char *type_string_rel(Type *t);
void types_set_local_package(const char *pkg);
void types_reset_caches(void);

#endif
