/* ast.h: the abstract syntax tree of a Go package.
 *
 * Every node is a `Node`: a common header (kind, position, a unique id, and slots the type checker
 * fills) plus a union whose member is chosen by the kind (ast.def names it). Lists are NodeLists
 * (array + count) so passes can index them. Nodes are allocated in an Arena and never freed one by
 * one. The AST holds no LLVM handles; later stages that need per-node data either use the checker
 * slots or key side tables by `Node.id` (dense, 1..ast_node_count()).
 *
 * Positions: `Node.pos` is the position cmd/compile's syntax package gives the node (ast.def says
 * which token), because both Go's -m lines and most of its messages use it: a call is at its '(',
 * a binary expression at its operator, `&T{...}` at the '&', a composite literal at its '{',
 * `func` literals at `func`, a parameter at its name. Go's type checker reports many errors at the
 * left-most position of an expression instead: ast_start_pos computes that.
 *
 * Shapes worth knowing (the rest is in the union below):
 *   - Groups are flattened: `var ( a, b int; c = 1 )` gives two ND_VAR_SPECs; `func(a, b int)` gives
 *     two ND_FIELDs that share one type node. Parameters and results are ND_FIELDs whose name is
 *     NULL when unnamed. An embedded struct field has name NULL and embedded = true; an interface
 *     element is a method (name + ND_FUNC_TYPE) or an embedded type (name NULL).
 *   - In a const group, a spec without values repeats the previous spec's type and values: the
 *     parser gives it its own deep copy (ast_clone, same positions) and sets value_spec.implicit, so
 *     the checker evaluates each copy with that spec's iota and can annotate it freely.
 *   - A type switch is ND_TYPE_SWITCH with switch_stmt.tag the ND_TYPE_ASSERT `x.(type)` (assert.type
 *     NULL) and switch_stmt.bind the identifier of `v := x.(type)` or NULL. Each ND_CASE_CLAUSE of a
 *     type switch with a binding gets its implicit variable in its own `sym` slot from the checker.
 *   - A conversion T(x) is an ND_CALL whose fun is a type; the parser does not tell them apart.
 *   - A method's receiver is an ND_FIELD in func_decl.recv; func_decl.body is NULL for a body-less
 *     declaration.
 *   - Types appear in expression positions as ordinary nodes (ND_IDENT, ND_SELECTOR for pkg.T,
 *     ND_STAR for *T, ND_ARRAY_TYPE...). */
#ifndef LLGO_AST_H
#define LLGO_AST_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "lex.h"
#include "source.h"

/* Owned by the checker (frontend/types.h, constant.h, scope.h). */
struct Type;
struct ConstVal;
struct Symbol;
struct Selection;

typedef enum NodeKind {
#define AST(kind, member, name) kind,
#include "ast.def"
    ND_COUNT
} NodeKind;

typedef struct Node Node;

typedef struct NodeList {
    Node **items;
    int len;
    int cap;
} NodeList;

struct Node {
    NodeKind kind;
    Pos pos;
    uint32_t id;                 /* unique, dense from 1; see ast_node_count */

    /* Filled by the checker; NULL/0 after parsing. */
    struct Type *type;           /* type of an expression, or the type a type expression denotes */
    struct ConstVal *cval;       /* value of a constant expression */
    struct Symbol *sym;          /* what an identifier / pkg.Name / declared name resolves to */
    struct Selection *sel;       /* for selectors: field path or method */
    int mode;                    /* checker's operand mode */

    union {
        struct { int unused; } bad;
        struct { const char *name; const char *qual; } ident;  /* NUL-terminated; qual: `pkg` of a resolved pkg.Name */
        struct {
            TokKind kind;        /* TK_INT TK_FLOAT TK_IMAG TK_CHAR TK_STRING */
            const char *text;    /* exact source text, NUL-terminated arena copy (quotes included) */
            int32_t len;
        } lit;
        struct {
            Node *type;          /* NULL when elided inside an outer composite literal */
            NodeList elts;       /* values or ND_KEY_VALUEs */
            Pos rbrace;
        } composite;
        struct { Node *key, *value; } key_value;
        struct {
            Node *type;          /* ND_FUNC_TYPE */
            Node *body;          /* ND_BLOCK */
        } func_lit;
        struct { Node *x; } paren;
        struct {
            Node *x;
            Node *name;          /* ND_IDENT */
        } selector;
        struct { Node *x, *index; } index;
        struct {
            Node *x, *lo, *hi, *max;  /* lo/hi/max NULL when omitted */
            bool full;                /* three-index form x[lo:hi:max] */
        } slice;
        struct {
            Node *x;
            Node *type;          /* NULL for x.(type) in a type switch */
        } assert;
        struct {
            Node *fun;
            NodeList args;
            bool has_dots;       /* f(a, b...) */
            Pos dots;            /* position of "..." when has_dots */
            Pos rparen;
        } call;
        struct {
            TokKind op;          /* ND_UNARY: TK_ADD TK_SUB TK_NOT TK_XOR TK_AND (TK_ARROW rejected);
                                    ND_STAR: TK_MUL; ND_DOTS_TYPE: TK_ELLIPSIS */
            Node *x;
        } unary;
        struct {
            TokKind op;          /* binary operator kind (tok_precedence > 0) */
            Node *x, *y;
        } binary;
        struct {
            Node *len;           /* ND_ARRAY_TYPE: length expression, NULL for [...]T; slice: NULL */
            Node *elem;
        } array;
        struct { Node *key, *value; } map;
        struct {
            int dir;             /* 0 both, 1 send-only (chan<-), 2 receive-only (<-chan) */
            Node *elem;
        } chan;
        struct {
            NodeList params;     /* ND_FIELDs */
            NodeList results;    /* ND_FIELDs */
            bool variadic;       /* the last param's type is ND_DOTS_TYPE */
        } func_type;
        struct { NodeList fields; } struct_type;                /* ND_FIELDs */
        struct { NodeList elems; } interface_type;              /* ND_FIELDs */
        struct {
            Node *name;          /* ND_IDENT, NULL when unnamed or embedded */
            Node *type;          /* shared by the fields of one group `a, b T` */
            Node *tag;           /* ND_BASIC_LIT string or NULL */
            bool embedded;
        } field;
        struct {
            Node *name;          /* ND_IDENT alias, or "." / "_", or NULL */
            Node *path;          /* ND_BASIC_LIT */
            const char *path_value;   /* decoded path, e.g. "unicode/utf8" */
        } import;
        struct {
            NodeList names;      /* ND_IDENTs */
            Node *type;          /* NULL when omitted */
            NodeList values;     /* may be empty */
            int iota;            /* const specs: index in the group (0 outside a group) */
            int group;           /* specs of one parenthesised group share this number (> 0) */
            bool implicit;       /* const spec whose type/values are copies of an earlier spec's */
        } value_spec;
        struct {
            Node *name;          /* ND_IDENT */
            Node *type;
            bool alias;          /* type A = B */
        } type_spec;
        struct {
            Node *recv;          /* ND_FIELD or NULL */
            Node *name;          /* ND_IDENT */
            Node *type;          /* ND_FUNC_TYPE */
            Node *body;          /* ND_BLOCK or NULL */
        } func_decl;
        struct { Node *x; } expr_stmt;
        struct {
            Node *x;
            TokKind op;          /* TK_INC or TK_DEC */
        } inc_dec;
        struct {
            TokKind op;          /* TK_ASSIGN, TK_DEFINE, or an op-assign kind (tok_assign_op) */
            NodeList lhs, rhs;
        } assign;
        struct { NodeList decls; } decl_stmt;                   /* specs */
        struct {
            Node *label;         /* ND_IDENT */
            Node *stmt;          /* never NULL (ND_EMPTY_STMT for `L: }`) */
        } labeled;
        struct { Node *call; } call_stmt;                       /* ND_CALL (or ND_BAD) */
        struct { NodeList results; } ret;
        struct {
            TokKind tok;         /* TK_BREAK TK_CONTINUE TK_GOTO TK_FALLTHROUGH */
            Node *label;         /* ND_IDENT or NULL */
        } branch;
        struct {
            NodeList stmts;
            Pos rbrace;
        } block;
        struct {
            Node *init;          /* simple statement or NULL */
            Node *cond;
            Node *then;          /* ND_BLOCK */
            Node *els;           /* ND_IF, ND_BLOCK or NULL */
        } if_stmt;
        struct {
            Node *init;          /* simple statement or NULL */
            Node *tag;           /* ND_SWITCH: tag expression or NULL; ND_TYPE_SWITCH: the x.(type) */
            Node *bind;          /* ND_TYPE_SWITCH: ND_IDENT of `v := x.(type)` or NULL */
            NodeList clauses;    /* ND_CASE_CLAUSEs */
            Pos rbrace;
        } switch_stmt;
        struct {
            NodeList exprs;      /* empty for default; types in a type switch (nil is ND_IDENT "nil") */
            NodeList body;
            bool is_default;
            Pos colon;
        } case_clause;
        struct {
            Node *init, *cond, *post;  /* each may be NULL */
            Node *body;                /* ND_BLOCK */
        } for_stmt;
        struct {
            Node *key, *value;   /* NULL when absent: `for range x`, `for k := range x` */
            bool define;         /* := rather than = */
            Node *x;
            Node *body;          /* ND_BLOCK */
            Pos range_pos;       /* position of 'range' */
        } range_stmt;
    };
};

/* One parsed file. decls holds ND_CONST_SPEC, ND_VAR_SPEC, ND_TYPE_SPEC and ND_FUNC_DECL nodes in
 * source order; imports holds the ND_IMPORTs. */
typedef struct AstFile {
    SourceFile *src;
    Pos pos;                     /* the 'package' keyword (Go reports file-level errors there) */
    Node *package_name;          /* ND_IDENT (NULL if the package clause is missing) */
    NodeList imports;
    NodeList decls;
} AstFile;

/* A package: all files of one directory / command line with the same package name. */
typedef struct Package {
    const char *name;            /* "main" */
    const char *path;            /* import path ("main" for the command-line package) */
    AstFile **files;
    int nfiles;
} Package;

/* --- constructors: every node gets a kind, a position and an id --- */
Node *ast_new(Arena *a, NodeKind kind, Pos pos);
Node *ast_new_ident(Arena *a, Pos pos, const char *name, size_t len);
Node *ast_new_lit(Arena *a, Pos pos, TokKind kind, const char *text, size_t len);
Node *ast_new_unary(Arena *a, Pos pos, NodeKind kind, TokKind op, Node *x);
Node *ast_new_binary(Arena *a, Pos pos, TokKind op, Node *x, Node *y);
Node *ast_new_bad(Arena *a, Pos pos);
void ast_list_push(Arena *a, NodeList *list, Node *n);
/* Deep copy with the same positions and fresh ids (checker slots cleared). */
Node *ast_clone(Arena *a, const Node *n);
/* Number of ids handed out so far (ids are 1..count); side tables size themselves with it. */
uint32_t ast_node_count(void);

/* --- queries --- */
const char *ast_kind_name(NodeKind kind);
bool ast_is_expr(const Node *n);
bool ast_is_stmt(const Node *n);
/* Left-most position of the source text of n (types2 reports most errors there). */
Pos ast_start_pos(const Node *n);
/* Strips ND_PAREN wrappers. */
Node *ast_unparen(Node *n);

/* The one function that knows a node's children: calls fn(child, ctx) for every non-NULL child,
 * in source order. (A field group's shared type is visited once per field.) */
typedef void (*AstChildFn)(Node *child, void *ctx);
void ast_children(Node *n, AstChildFn fn, void *ctx);
/* Pre-order walk: calls pre(n, ctx) and descends into n's children when it returns true. */
typedef bool (*AstVisitFn)(Node *n, void *ctx);
void ast_walk(Node *n, AstVisitFn pre, void *ctx);

/* Compact text of an expression as cmd/compile writes it in -m lines: "&T{...}" ("&T{}" when
 * empty), "make([]int, n, 2 * n)", "func literal", "x.f", "s + \"x\"", "([]byte)(s)" (a conversion
 * to a type literal is parenthesised), "struct { x int }{...}", "interface {}". Works from syntax
 * alone: source parentheses are kept as written, literals are printed as written (Go prints
 * constant values, so 0x10 would be 16 there). */
const char *ast_expr_text(Arena *a, const Node *n);
/* The same in the spelling of cmd/compile's syntax printer, used in syntax errors ("interface{}",
 * conversions not parenthesised). */
const char *ast_expr_syntax_text(Arena *a, const Node *n);

/* --- dumps (--dump=ast) --- */
void ast_dump(FILE *out, const Node *n);
void ast_dump_file(FILE *out, const AstFile *f);

#endif
