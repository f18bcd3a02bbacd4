/* checker.h: the type checker's entry point and what it hands to lowering.
 *
 * check_package: needs a parsed Package (parse_package); annotates every expression node with its
 * type (Node.type), mode (Node.mode, a CheckMode), constant value (Node.cval for MODE_CONSTANT),
 * resolved symbol (Node.sym on identifiers, on pkg.Name selectors, on declared names, on type switch
 * case clauses with a binding), and selection (Node.sel on field/method selectors); reports user
 * errors through diag_error; returns false if any were reported.
 *
 * Conventions lowering relies on:
 *  - Untyped constants get their final type: the type they are converted to by their context
 *    (assignment target, other operand, parameter), else their default type. Untyped nil gets the
 *    target's type. So a node's `type` is what its value is at run time, BEFORE any implicit
 *    conversion to an interface: lowering boxes when the node's type is not an interface but the
 *    destination (variable, parameter, result, field, element, map key/value) is.
 *  - A call whose fun has mode MODE_TYPEXPR is a conversion; whose fun's sym is SYM_BUILTIN is a
 *    builtin call (fun->sym->builtin).
 *  - `v, ok := m[k]`, `v, ok := x.(T)`: the rhs node has mode MODE_COMMAOK and the type of v.
 *  - A method call x.m(...) has fun = ND_SELECTOR with sel->kind SEL_METHOD (addr/deref recorded) or
 *    SEL_IFACE_METHOD; a method value is the same selector not in call position; T.m / (*T).m is
 *    SEL_METHOD_EXPR.
 *  - Multi-value calls have a TY_TUPLE type.
 */
#ifndef LLGO_CHECK_H
#define LLGO_CHECK_H

#include <stdbool.h>
#include <stdio.h>
#include "arena.h"
#include "ast.h"
#include "scope.h"
#include "types.h"
#include "constant.h"
#include "llgo/runtime_abi.h"

typedef enum CheckMode {
    MODE_INVALID = 0, /* erroneous (already reported) */
    MODE_NOVALUE,     /* call of a func without results */
    MODE_BUILTIN,     /* a builtin function name */
    MODE_TYPEXPR,     /* the node denotes a type */
    MODE_CONSTANT,    /* constant; Node.cval holds the value */
    MODE_VARIABLE,    /* addressable */
    MODE_MAPINDEX,    /* m[k]: assignable, not addressable */
    MODE_VALUE,       /* any other value */
    MODE_COMMAOK,     /* m[k] or x.(T) used in a two-value assignment */
} CheckMode;

/* Everything lowering needs about one function (FuncDecl or FuncLit). */
typedef struct FuncInfo {
    Node *node;                  /* ND_FUNC_DECL or ND_FUNC_LIT */
    Symbol *sym;                 /* the func symbol (NULL for literals) */
    Type *sig;                   /* signature (without receiver) */
    Symbol *recv;                /* receiver variable (may be named "_" or be a placeholder) */
    Symbol **params; int nparams;   /* one per parameter (unnamed ones get a "_" symbol) */
    Symbol **results; int nresults; /* one per result (unnamed ones get a "~r0".. symbol) */
    Symbol **captures; int ncaptures; int capcaptures; /* FuncLit: free variables, first-use order */
    Node *parent;                /* enclosing FuncDecl/FuncLit of a literal */
    bool has_defer;
    bool calls_recover;          /* its body calls recover() (not a literal's inside it) */
    bool named_results;
} FuncInfo;

/* One package-level variable initialisation: `lhs... = rhs` (rhs is one multi-value expression
 * when nlhs > 1 and nrhs == 1). nrhs == 0 means zero values. */
typedef struct InitEntry {
    Symbol **lhs; int nlhs;
    Node **rhs; int nrhs;
} InitEntry;

typedef struct CheckedPackage {
    Package *pkg;
    Scope *scope;                    /* package scope */
    Symbol **globals; int nglobals;  /* package-level variables, declaration order */
    InitEntry *inits; int ninits;    /* initialisation in Go's dependency order */
    Symbol **funcs; int nfuncs;      /* package-level funcs and methods with bodies, source order */
    Node **init_funcs; int ninit_funcs; /* `func init()` declarations, source order */
    Symbol **types; int ntypes;      /* every named type declared (package-level and local) */
    Symbol **consts; int nconsts;    /* package-level constants */
    FuncInfo **lits; int nlits;      /* every func literal, source order */
} CheckedPackage;

/* Contract: needs the Packages of a program (parse_package) in dependency order, each after every
 * package it imports; produces annotations and out[i] for pkgs[i]; reports errors. An import names a
 * package by its path (Package.path); package-level symbols record that path in Symbol.pkg. */
bool check_program(Arena *arena, Package **pkgs, int n, CheckedPackage **out);
/* check_program of a single package without imports. */
bool check_package(Arena *arena, Package *pkg, CheckedPackage **out);

/* C hooks (check_hook.c): a function declared without a body whose name is a runtime.def entry and
 * whose signature has that entry's words is implemented by the runtime (lower_hook.c). */
bool check_hook_lookup(const char *name, RtId *out);
/* Appends to w[*n..] the runtime words a Go parameter type crosses as (at most 12 in all); false
 * for a type a hook cannot take. */
bool check_hook_param_words(Type *t, RtType *w, int *n);
/* The runtime return type a hook's Go result type crosses as, or RTT_END if it cannot. */
RtType check_hook_result_type(Type *t);

/* FuncInfo of a ND_FUNC_DECL or ND_FUNC_LIT after check_package, or NULL. */
FuncInfo *check_func_info(const Node *fn);

/* --dump=types: each top-level symbol with its type (and value for constants). */
void check_dump_types(FILE *out, const CheckedPackage *cp);

#endif
