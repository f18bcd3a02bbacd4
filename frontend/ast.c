/* ast.c: node construction, the one function that knows every node's children (ast_children),
 * deep copies, and position queries.
 *
 * Every traversal in the compiler goes through ast_children / ast_walk, so a new node kind needs
 * its children listed here and nowhere else. ast_clone is built on the same per-kind knowledge. */
#include "ast.h"

#include <string.h>

#include "diag.h"

static uint32_t ast_ids;

static const char *const ast_kind_names[] = {
#define AST(kind, member, name) name,
#include "ast.def"
};

const char *ast_kind_name(NodeKind kind)
{
    return kind < ND_COUNT ? ast_kind_names[kind] : "?";
}

uint32_t ast_node_count(void)
{
    return ast_ids;
}

Node *ast_new(Arena *a, NodeKind kind, Pos pos)
{
    Node *n = ARENA_NEW(a, Node);
    n->kind = kind;
    n->pos = pos;
    n->id = ++ast_ids;
    return n;
}

Node *ast_new_ident(Arena *a, Pos pos, const char *name, size_t len)
{
    Node *n = ast_new(a, ND_IDENT, pos);
    n->ident.name = arena_strndup(a, name, len);
    return n;
}

Node *ast_new_lit(Arena *a, Pos pos, TokKind kind, const char *text, size_t len)
{
    Node *n = ast_new(a, ND_BASIC_LIT, pos);
    n->lit.kind = kind;
    n->lit.text = arena_strndup(a, text, len);
    n->lit.len = (int32_t)len;
    return n;
}

Node *ast_new_unary(Arena *a, Pos pos, NodeKind kind, TokKind op, Node *x)
{
    Node *n = ast_new(a, kind, pos);
    n->unary.op = op;
    n->unary.x = x;
    return n;
}

Node *ast_new_binary(Arena *a, Pos pos, TokKind op, Node *x, Node *y)
{
    Node *n = ast_new(a, ND_BINARY, pos);
    n->binary.op = op;
    n->binary.x = x;
    n->binary.y = y;
    return n;
}

Node *ast_new_bad(Arena *a, Pos pos)
{
    return ast_new(a, ND_BAD, pos);
}

void ast_list_push(Arena *a, NodeList *list, Node *n)
{
    if (list->len == list->cap) {
        int cap = list->cap ? list->cap * 2 : 4;
        list->items = arena_realloc(a, list->items, sizeof(Node *) * (size_t)list->len, sizeof(Node *) * (size_t)cap);
        list->cap = cap;
    }
    list->items[list->len++] = n;
}

bool ast_is_expr(const Node *n)
{
    return n->kind >= ND_IDENT && n->kind <= ND_DOTS_TYPE;
}

bool ast_is_stmt(const Node *n)
{
    return n->kind >= ND_EMPTY_STMT && n->kind <= ND_RANGE;
}

Node *ast_unparen(Node *n)
{
    while (n && n->kind == ND_PAREN)
        n = n->paren.x;
    return n;
}

/* --- children --- */

static void ast_each(NodeList *l, AstChildFn fn, void *ctx)
{
    for (int i = 0; i < l->len; i++)
        if (l->items[i])
            fn(l->items[i], ctx);
}

#define VISIT(x) do { if (x) fn((x), ctx); } while (0)

static void ast_expr_children(Node *n, AstChildFn fn, void *ctx)
{
    switch (n->kind) {
    case ND_COMPOSITE_LIT: VISIT(n->composite.type); ast_each(&n->composite.elts, fn, ctx); break;
    case ND_KEY_VALUE: VISIT(n->key_value.key); VISIT(n->key_value.value); break;
    case ND_FUNC_LIT: VISIT(n->func_lit.type); VISIT(n->func_lit.body); break;
    case ND_PAREN: VISIT(n->paren.x); break;
    case ND_SELECTOR: VISIT(n->selector.x); VISIT(n->selector.name); break;
    case ND_INDEX: VISIT(n->index.x); VISIT(n->index.index); break;
    case ND_SLICE_EXPR:
        VISIT(n->slice.x); VISIT(n->slice.lo); VISIT(n->slice.hi); VISIT(n->slice.max);
        break;
    case ND_TYPE_ASSERT: VISIT(n->assert.x); VISIT(n->assert.type); break;
    case ND_CALL: VISIT(n->call.fun); ast_each(&n->call.args, fn, ctx); break;
    case ND_STAR: case ND_UNARY: case ND_DOTS_TYPE: VISIT(n->unary.x); break;
    case ND_BINARY: VISIT(n->binary.x); VISIT(n->binary.y); break;
    case ND_ARRAY_TYPE: case ND_SLICE_TYPE: VISIT(n->array.len); VISIT(n->array.elem); break;
    case ND_MAP_TYPE: VISIT(n->map.key); VISIT(n->map.value); break;
    case ND_CHAN_TYPE: VISIT(n->chan.elem); break;
    case ND_FUNC_TYPE: ast_each(&n->func_type.params, fn, ctx); ast_each(&n->func_type.results, fn, ctx); break;
    case ND_STRUCT_TYPE: ast_each(&n->struct_type.fields, fn, ctx); break;
    case ND_INTERFACE_TYPE: ast_each(&n->interface_type.elems, fn, ctx); break;
    case ND_FIELD: VISIT(n->field.name); VISIT(n->field.type); VISIT(n->field.tag); break;
    default: diag_internal("ast_expr_children: %s", ast_kind_name(n->kind));
    }
}

static void ast_decl_children(Node *n, AstChildFn fn, void *ctx)
{
    switch (n->kind) {
    case ND_IMPORT: VISIT(n->import.name); VISIT(n->import.path); break;
    case ND_CONST_SPEC: case ND_VAR_SPEC:
        ast_each(&n->value_spec.names, fn, ctx); VISIT(n->value_spec.type);
        ast_each(&n->value_spec.values, fn, ctx);
        break;
    case ND_TYPE_SPEC: VISIT(n->type_spec.name); VISIT(n->type_spec.type); break;
    case ND_FUNC_DECL:
        VISIT(n->func_decl.recv); VISIT(n->func_decl.name); VISIT(n->func_decl.type); VISIT(n->func_decl.body);
        break;
    default: diag_internal("ast_decl_children: %s", ast_kind_name(n->kind));
    }
}

static void ast_stmt_children(Node *n, AstChildFn fn, void *ctx)
{
    switch (n->kind) {
    case ND_EXPR_STMT: VISIT(n->expr_stmt.x); break;
    case ND_INC_DEC: VISIT(n->inc_dec.x); break;
    case ND_ASSIGN: ast_each(&n->assign.lhs, fn, ctx); ast_each(&n->assign.rhs, fn, ctx); break;
    case ND_DECL_STMT: ast_each(&n->decl_stmt.decls, fn, ctx); break;
    case ND_LABELED: VISIT(n->labeled.label); VISIT(n->labeled.stmt); break;
    case ND_GO_STMT: case ND_DEFER_STMT: VISIT(n->call_stmt.call); break;
    case ND_RETURN: ast_each(&n->ret.results, fn, ctx); break;
    case ND_BRANCH: VISIT(n->branch.label); break;
    case ND_BLOCK: ast_each(&n->block.stmts, fn, ctx); break;
    case ND_IF: VISIT(n->if_stmt.init); VISIT(n->if_stmt.cond); VISIT(n->if_stmt.then); VISIT(n->if_stmt.els); break;
    case ND_SWITCH: case ND_TYPE_SWITCH:
        VISIT(n->switch_stmt.init); VISIT(n->switch_stmt.bind); VISIT(n->switch_stmt.tag);
        ast_each(&n->switch_stmt.clauses, fn, ctx);
        break;
    case ND_CASE_CLAUSE: ast_each(&n->case_clause.exprs, fn, ctx); ast_each(&n->case_clause.body, fn, ctx); break;
    case ND_FOR:
        VISIT(n->for_stmt.init); VISIT(n->for_stmt.cond); VISIT(n->for_stmt.post); VISIT(n->for_stmt.body);
        break;
    case ND_RANGE:
        VISIT(n->range_stmt.key); VISIT(n->range_stmt.value); VISIT(n->range_stmt.x); VISIT(n->range_stmt.body);
        break;
    default: diag_internal("ast_stmt_children: %s", ast_kind_name(n->kind));
    }
}

void ast_children(Node *n, AstChildFn fn, void *ctx)
{
    switch (n->kind) {
    case ND_BAD: case ND_IDENT: case ND_BASIC_LIT: case ND_EMPTY_STMT:
        return;
    case ND_COMPOSITE_LIT: case ND_KEY_VALUE: case ND_FUNC_LIT: case ND_PAREN: case ND_SELECTOR:
    case ND_INDEX: case ND_SLICE_EXPR: case ND_TYPE_ASSERT: case ND_CALL: case ND_STAR: case ND_UNARY:
    case ND_BINARY: case ND_ARRAY_TYPE: case ND_SLICE_TYPE: case ND_MAP_TYPE: case ND_CHAN_TYPE:
    case ND_FUNC_TYPE: case ND_STRUCT_TYPE: case ND_INTERFACE_TYPE: case ND_DOTS_TYPE: case ND_FIELD:
        ast_expr_children(n, fn, ctx);
        return;
    case ND_IMPORT: case ND_CONST_SPEC: case ND_VAR_SPEC: case ND_TYPE_SPEC: case ND_FUNC_DECL:
        ast_decl_children(n, fn, ctx);
        return;
    case ND_EXPR_STMT: case ND_INC_DEC: case ND_ASSIGN: case ND_DECL_STMT: case ND_LABELED:
    case ND_GO_STMT: case ND_DEFER_STMT: case ND_RETURN: case ND_BRANCH: case ND_BLOCK: case ND_IF:
    case ND_SWITCH: case ND_TYPE_SWITCH: case ND_CASE_CLAUSE: case ND_FOR: case ND_RANGE:
        ast_stmt_children(n, fn, ctx);
        return;
    case ND_COUNT:
        break;
    }
    diag_internal("ast_children: bad kind %d", (int)n->kind);
}

typedef struct WalkCtx {
    AstVisitFn pre;
    void *ctx;
} WalkCtx;

static void ast_walk_child(Node *child, void *p)
{
    WalkCtx *w = p;
    ast_walk(child, w->pre, w->ctx);
}

void ast_walk(Node *n, AstVisitFn pre, void *ctx)
{
    if (!n || !pre(n, ctx))
        return;
    WalkCtx w = {pre, ctx};
    ast_children(n, ast_walk_child, &w);
}

/* --- cloning: copy the node, then replace every child pointer by a copy of the child --- */

typedef struct CloneCtx {
    Arena *a;
} CloneCtx;

static void ast_clone_list(Arena *a, NodeList *l)
{
    Node **items = ARENA_NEW_ARRAY(a, Node *, l->len ? l->len : 1);
    for (int i = 0; i < l->len; i++)
        items[i] = ast_clone(a, l->items[i]);
    l->items = items;
    l->cap = l->len;
}

#define CL(x) ((x) = ast_clone(a, (x)))

static void ast_clone_expr_fields(Arena *a, Node *c)
{
    switch (c->kind) {
    case ND_COMPOSITE_LIT: CL(c->composite.type); ast_clone_list(a, &c->composite.elts); break;
    case ND_KEY_VALUE: CL(c->key_value.key); CL(c->key_value.value); break;
    case ND_FUNC_LIT: CL(c->func_lit.type); CL(c->func_lit.body); break;
    case ND_PAREN: CL(c->paren.x); break;
    case ND_SELECTOR: CL(c->selector.x); CL(c->selector.name); break;
    case ND_INDEX: CL(c->index.x); CL(c->index.index); break;
    case ND_SLICE_EXPR: CL(c->slice.x); CL(c->slice.lo); CL(c->slice.hi); CL(c->slice.max); break;
    case ND_TYPE_ASSERT: CL(c->assert.x); CL(c->assert.type); break;
    case ND_CALL: CL(c->call.fun); ast_clone_list(a, &c->call.args); break;
    case ND_STAR: case ND_UNARY: case ND_DOTS_TYPE: CL(c->unary.x); break;
    case ND_BINARY: CL(c->binary.x); CL(c->binary.y); break;
    case ND_ARRAY_TYPE: case ND_SLICE_TYPE: CL(c->array.len); CL(c->array.elem); break;
    case ND_MAP_TYPE: CL(c->map.key); CL(c->map.value); break;
    case ND_CHAN_TYPE: CL(c->chan.elem); break;
    case ND_FUNC_TYPE: ast_clone_list(a, &c->func_type.params); ast_clone_list(a, &c->func_type.results); break;
    case ND_STRUCT_TYPE: ast_clone_list(a, &c->struct_type.fields); break;
    case ND_INTERFACE_TYPE: ast_clone_list(a, &c->interface_type.elems); break;
    case ND_FIELD: CL(c->field.name); CL(c->field.type); CL(c->field.tag); break;
    default: break;
    }
}

/* Statements inside a cloned function literal. */
static void ast_clone_stmt_fields(Arena *a, Node *c)
{
    switch (c->kind) {
    case ND_EXPR_STMT: CL(c->expr_stmt.x); break;
    case ND_INC_DEC: CL(c->inc_dec.x); break;
    case ND_ASSIGN: ast_clone_list(a, &c->assign.lhs); ast_clone_list(a, &c->assign.rhs); break;
    case ND_DECL_STMT: ast_clone_list(a, &c->decl_stmt.decls); break;
    case ND_LABELED: CL(c->labeled.label); CL(c->labeled.stmt); break;
    case ND_GO_STMT: case ND_DEFER_STMT: CL(c->call_stmt.call); break;
    case ND_RETURN: ast_clone_list(a, &c->ret.results); break;
    case ND_BRANCH: CL(c->branch.label); break;
    case ND_BLOCK: ast_clone_list(a, &c->block.stmts); break;
    case ND_IF: CL(c->if_stmt.init); CL(c->if_stmt.cond); CL(c->if_stmt.then); CL(c->if_stmt.els); break;
    case ND_SWITCH: case ND_TYPE_SWITCH:
        CL(c->switch_stmt.init); CL(c->switch_stmt.tag); CL(c->switch_stmt.bind);
        ast_clone_list(a, &c->switch_stmt.clauses);
        break;
    case ND_CASE_CLAUSE: ast_clone_list(a, &c->case_clause.exprs); ast_clone_list(a, &c->case_clause.body); break;
    case ND_FOR: CL(c->for_stmt.init); CL(c->for_stmt.cond); CL(c->for_stmt.post); CL(c->for_stmt.body); break;
    case ND_RANGE: CL(c->range_stmt.key); CL(c->range_stmt.value); CL(c->range_stmt.x); CL(c->range_stmt.body); break;
    case ND_CONST_SPEC: case ND_VAR_SPEC:
        ast_clone_list(a, &c->value_spec.names); CL(c->value_spec.type); ast_clone_list(a, &c->value_spec.values);
        break;
    case ND_TYPE_SPEC: CL(c->type_spec.name); CL(c->type_spec.type); break;
    case ND_FUNC_DECL:
        CL(c->func_decl.recv); CL(c->func_decl.name); CL(c->func_decl.type); CL(c->func_decl.body);
        break;
    case ND_IMPORT: CL(c->import.name); CL(c->import.path); break;
    default: break;
    }
}

Node *ast_clone(Arena *a, const Node *n)
{
    if (!n)
        return NULL;
    Node *c = ARENA_NEW(a, Node);
    *c = *n;
    c->id = ++ast_ids;
    c->type = NULL;
    c->cval = NULL;
    c->sym = NULL;
    c->sel = NULL;
    c->mode = 0;
    ast_clone_expr_fields(a, c);
    ast_clone_stmt_fields(a, c);
    return c;
}

/* --- positions --- */

Pos ast_start_pos(const Node *n)
{
    for (;;) {
        switch (n->kind) {
        case ND_COMPOSITE_LIT: if (!n->composite.type) return n->pos; n = n->composite.type; break;
        case ND_KEY_VALUE: n = n->key_value.key; break;
        case ND_SELECTOR: n = n->selector.x; break;
        case ND_INDEX: n = n->index.x; break;
        case ND_SLICE_EXPR: n = n->slice.x; break;
        case ND_TYPE_ASSERT: n = n->assert.x; break;
        case ND_CALL: n = n->call.fun; break;
        case ND_BINARY: n = n->binary.x; break;
        case ND_FIELD: if (n->field.name) return n->field.name->pos; n = n->field.type; break;
        case ND_EXPR_STMT: n = n->expr_stmt.x; break;
        case ND_INC_DEC: n = n->inc_dec.x; break;
        case ND_ASSIGN: if (!n->assign.lhs.len) return n->pos; n = n->assign.lhs.items[0]; break;
        case ND_LABELED: n = n->labeled.label; break;
        case ND_FUNC_DECL: return n->pos;
        default: return n->pos;
        }
        if (!n)
            return POS_NONE;
    }
}
