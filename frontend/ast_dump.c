/* ast_dump.c: text forms of the AST: the indented tree of --dump=ast, and ast_expr_text, the
 * compact form cmd/compile uses for expressions in -m lines ("&T{...}", "make([]int, n, 2 * n)",
 * "([]byte)(s)", "struct { x int }{...}", "func literal"). Both only read the tree. */
#include "ast.h"

#include <stdarg.h>
#include <string.h>

#include "diag.h"

/* --- a growing text buffer in an arena --- */

typedef struct TextBuf {
    Arena *a;
    char *s;
    size_t len, cap;
    bool syntax;    /* the syntax printer's spelling (interface{}, no parentheses added) */
    int depth;      /* tb_expr nesting */
} TextBuf;

/* An expression's text stops at TB_MAX_DEPTH levels or TB_MAX_LEN bytes with "...": messages and
 * site texts are built for every node, so the text of f()()()... or a+b+... in full made a long
 * chain quadratic in time and memory. */
#define TB_MAX_DEPTH 100
#define TB_MAX_LEN 1000

static void tb_puts(TextBuf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->cap + n + 1) * 2;
        b->s = arena_realloc(b->a, b->s, b->len, cap);
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n + 1);
    b->len += n;
}

static void tb_expr(TextBuf *b, const Node *n);
static void tb_func_type(TextBuf *b, const Node *n);

static void tb_list(TextBuf *b, const NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        if (i)
            tb_puts(b, ", ");
        tb_expr(b, l->items[i]);
    }
}

static void tb_fields(TextBuf *b, const NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        if (i)
            tb_puts(b, ", ");
        const Node *f = l->items[i];
        if (f->field.name) {
            tb_puts(b, f->field.name->ident.name);
            tb_puts(b, " ");
        }
        tb_expr(b, f->field.type);
    }
}

static void tb_func_type(TextBuf *b, const Node *n)
{
    tb_puts(b, "func(");
    tb_fields(b, &n->func_type.params);
    tb_puts(b, ")");
    const NodeList *r = &n->func_type.results;
    if (r->len == 1 && !r->items[0]->field.name) {
        tb_puts(b, " ");
        tb_expr(b, r->items[0]->field.type);
    } else if (r->len) {
        tb_puts(b, " (");
        tb_fields(b, r);
        tb_puts(b, ")");
    }
}

/* struct { a int; b string } as Go's types package writes it ("struct {}" when empty). */
static void tb_struct_type(TextBuf *b, const Node *n)
{
    const NodeList *l = &n->struct_type.fields;
    tb_puts(b, l->len ? "struct { " : "struct {}");
    for (int i = 0; i < l->len; i++) {
        const Node *f = l->items[i];
        if (i)
            tb_puts(b, "; ");
        if (f->field.name) {
            tb_puts(b, f->field.name->ident.name);
            tb_puts(b, " ");
        }
        tb_expr(b, f->field.type);
        if (f->field.tag) {
            tb_puts(b, " ");
            tb_puts(b, f->field.tag->lit.text);
        }
    }
    if (l->len)
        tb_puts(b, " }");
}

/* interface { M(); io.Reader } ("interface {}" when empty). */
static void tb_interface_type(TextBuf *b, const Node *n)
{
    const NodeList *l = &n->interface_type.elems;
    if (!l->len) {
        tb_puts(b, b->syntax ? "interface{}" : "interface {}");
        return;
    }
    tb_puts(b, "interface { ");
    for (int i = 0; i < l->len; i++) {
        const Node *f = l->items[i];
        if (i)
            tb_puts(b, "; ");
        if (f->field.name) {
            tb_puts(b, f->field.name->ident.name);
            TextBuf sig = {b->a, NULL, 0, 0, b->syntax, b->depth};
            tb_puts(&sig, "");
            tb_func_type(&sig, f->field.type);
            tb_puts(b, sig.s + 4);   /* drop "func" */
        } else {
            tb_expr(b, f->field.type);
        }
    }
    if (l->len)
        tb_puts(b, " }");
}

/* A conversion to a type literal prints its type in parentheses: ([]byte)(s). */
static bool tb_is_type_literal(const Node *n)
{
    switch (n->kind) {
    case ND_ARRAY_TYPE: case ND_SLICE_TYPE: case ND_MAP_TYPE: case ND_CHAN_TYPE: case ND_FUNC_TYPE:
    case ND_STRUCT_TYPE: case ND_INTERFACE_TYPE: case ND_STAR:
        return true;
    default:
        return false;
    }
}

static void tb_type_expr(TextBuf *b, const Node *n)
{
    switch (n->kind) {
    case ND_ARRAY_TYPE:
        tb_puts(b, "[");
        if (n->array.len)
            tb_expr(b, n->array.len);
        else
            tb_puts(b, "...");
        tb_puts(b, "]");
        tb_expr(b, n->array.elem);
        break;
    case ND_SLICE_TYPE: tb_puts(b, "[]"); tb_expr(b, n->array.elem); break;
    case ND_MAP_TYPE: tb_puts(b, "map["); tb_expr(b, n->map.key); tb_puts(b, "]"); tb_expr(b, n->map.value); break;
    case ND_CHAN_TYPE: tb_puts(b, "chan "); tb_expr(b, n->chan.elem); break;
    case ND_FUNC_TYPE: tb_func_type(b, n); break;
    case ND_STRUCT_TYPE: tb_struct_type(b, n); break;
    case ND_INTERFACE_TYPE: tb_interface_type(b, n); break;
    case ND_DOTS_TYPE: tb_puts(b, "..."); tb_expr(b, n->unary.x); break;
    default: tb_puts(b, "?"); break;
    }
}

static void tb_slice(TextBuf *b, const Node *n)
{
    tb_expr(b, n->slice.x);
    tb_puts(b, "[");
    if (n->slice.lo)
        tb_expr(b, n->slice.lo);
    tb_puts(b, ":");
    if (n->slice.hi)
        tb_expr(b, n->slice.hi);
    if (n->slice.full) {
        tb_puts(b, ":");
        if (n->slice.max)
            tb_expr(b, n->slice.max);
    }
    tb_puts(b, "]");
}

static void tb_expr_node(TextBuf *b, const Node *n);

static void tb_expr(TextBuf *b, const Node *n)
{
    if (b->depth >= TB_MAX_DEPTH || b->len >= TB_MAX_LEN) {
        if (b->len < 3 || strcmp(b->s + b->len - 3, "...") != 0)
            tb_puts(b, "...");
        return;
    }
    b->depth++;
    tb_expr_node(b, n);
    b->depth--;
}

static void tb_expr_node(TextBuf *b, const Node *n)
{
    if (!n) {
        tb_puts(b, "<nil>");
        return;
    }
    switch (n->kind) {
    case ND_IDENT:
        if (n->ident.qual) {
            tb_puts(b, n->ident.qual);
            tb_puts(b, ".");
        }
        tb_puts(b, n->ident.name);
        break;
    case ND_BASIC_LIT: tb_puts(b, n->lit.text); break;
    case ND_COMPOSITE_LIT:
        if (n->composite.type)
            tb_expr(b, n->composite.type);
        tb_puts(b, n->composite.elts.len ? "{...}" : "{}");
        break;
    case ND_KEY_VALUE: tb_expr(b, n->key_value.key); tb_puts(b, ":"); tb_expr(b, n->key_value.value); break;
    case ND_FUNC_LIT: tb_puts(b, "func literal"); break;
    case ND_PAREN: tb_puts(b, "("); tb_expr(b, n->paren.x); tb_puts(b, ")"); break;
    case ND_SELECTOR: tb_expr(b, n->selector.x); tb_puts(b, "."); tb_expr(b, n->selector.name); break;
    case ND_INDEX: tb_expr(b, n->index.x); tb_puts(b, "["); tb_expr(b, n->index.index); tb_puts(b, "]"); break;
    case ND_SLICE_EXPR: tb_slice(b, n); break;
    case ND_TYPE_ASSERT:
        tb_expr(b, n->assert.x);
        tb_puts(b, ".(");
        if (n->assert.type)
            tb_expr(b, n->assert.type);
        else
            tb_puts(b, "type");
        tb_puts(b, ")");
        break;
    case ND_CALL:
        if (!b->syntax && tb_is_type_literal(n->call.fun) && n->call.fun->kind != ND_STAR) {
            tb_puts(b, "(");
            tb_expr(b, n->call.fun);
            tb_puts(b, ")");
        } else {
            tb_expr(b, n->call.fun);
        }
        tb_puts(b, "(");
        tb_list(b, &n->call.args);
        tb_puts(b, n->call.has_dots ? "...)" : ")");
        break;
    case ND_STAR: case ND_UNARY: tb_puts(b, tok_kind_text(n->unary.op)); tb_expr(b, n->unary.x); break;
    case ND_BINARY:
        tb_expr(b, n->binary.x);
        tb_puts(b, " ");
        tb_puts(b, tok_kind_text(n->binary.op));
        tb_puts(b, " ");
        tb_expr(b, n->binary.y);
        break;
    default: tb_type_expr(b, n); break;
    }
}

const char *ast_expr_text(Arena *a, const Node *n)
{
    TextBuf b = {a, NULL, 0, 0, false, 0};
    tb_puts(&b, "");
    tb_expr(&b, n);
    return b.s;
}

const char *ast_expr_syntax_text(Arena *a, const Node *n)
{
    TextBuf b = {a, NULL, 0, 0, true, 0};
    tb_puts(&b, "");
    tb_expr(&b, n);
    return b.s;
}

/* --- the tree dump --- */

typedef struct DumpCtx {
    FILE *out;
    int depth;
} DumpCtx;

static void ast_dump_attrs(FILE *out, const Node *n)
{
    switch (n->kind) {
    case ND_IDENT: fprintf(out, " %s", n->ident.name); break;
    case ND_BASIC_LIT: fprintf(out, " %s %s", tok_kind_name(n->lit.kind), n->lit.text); break;
    case ND_UNARY: case ND_STAR: fprintf(out, " %s", tok_kind_text(n->unary.op)); break;
    case ND_BINARY: fprintf(out, " %s", tok_kind_text(n->binary.op)); break;
    case ND_ASSIGN: fprintf(out, " %s", tok_kind_text(n->assign.op)); break;
    case ND_INC_DEC: fprintf(out, " %s", tok_kind_text(n->inc_dec.op)); break;
    case ND_BRANCH: fprintf(out, " %s", tok_kind_text(n->branch.tok)); break;
    case ND_CALL: if (n->call.has_dots) fprintf(out, " ..."); break;
    case ND_SLICE_EXPR: if (n->slice.full) fprintf(out, " full"); break;
    case ND_FIELD: if (n->field.embedded) fprintf(out, " embedded"); break;
    case ND_FUNC_TYPE: if (n->func_type.variadic) fprintf(out, " variadic"); break;
    case ND_CONST_SPEC: fprintf(out, " iota=%d%s", n->value_spec.iota, n->value_spec.implicit ? " implicit" : ""); break;
    case ND_TYPE_SPEC: if (n->type_spec.alias) fprintf(out, " alias"); break;
    case ND_RANGE: if (n->range_stmt.define) fprintf(out, " :="); break;
    case ND_CASE_CLAUSE: if (n->case_clause.is_default) fprintf(out, " default"); break;
    case ND_IMPORT: fprintf(out, " \"%s\"", n->import.path_value ? n->import.path_value : ""); break;
    default: break;
    }
}

static void ast_dump_node(const Node *n, void *p);

static void ast_dump_child(Node *n, void *p)
{
    ast_dump_node(n, p);
}

static void ast_dump_node(const Node *n, void *p)
{
    DumpCtx *d = p;
    PosInfo pi = pos_info(n->pos);
    fprintf(d->out, "%*s%s %d:%d", d->depth * 2, "", ast_kind_name(n->kind), pi.line, pi.col);
    ast_dump_attrs(d->out, n);
    fputc('\n', d->out);
    d->depth++;
    ast_children((Node *)n, ast_dump_child, d);
    d->depth--;
}

void ast_dump(FILE *out, const Node *n)
{
    DumpCtx d = {out, 0};
    if (n)
        ast_dump_node(n, &d);
}

void ast_dump_file(FILE *out, const AstFile *f)
{
    fprintf(out, "File %s package %s\n", f->src ? f->src->name : "?",
            f->package_name ? f->package_name->ident.name : "?");
    DumpCtx d = {out, 1};
    for (int i = 0; i < f->imports.len; i++)
        ast_dump_node(f->imports.items[i], &d);
    for (int i = 0; i < f->decls.len; i++)
        ast_dump_node(f->decls.items[i], &d);
}
