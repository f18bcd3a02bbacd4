/* parse_decl.c: the source file and its declarations: package clause, imports, const/var/type
 * specs (groups flattened, const repetition made explicit by cloning) and function declarations.
 * Also parse_package, which groups files into a Package. */
#include "parse_internal.h"

#include <string.h>

static const TokKind decl_follow[] = {TK_IMPORT, TK_CONST, TK_TYPE, TK_VAR, TK_FUNC};

/* ImportSpec = [ "." | PackageName ] ImportPath . */
static Node *parse_import_spec(Parser *p)
{
    Node *n = ast_new(p->a, ND_IMPORT, p->tok.pos);
    if (p->tok.kind == TK_IDENT) {
        n->import.name = parse_name(p);
    } else if (p->tok.kind == TK_PERIOD) {
        n->import.name = ast_new_ident(p->a, p->tok.pos, ".", 1);
        parse_next(p);
    }
    TokKind k = p->tok.kind;
    if (k != TK_STRING && k != TK_INT && k != TK_FLOAT && k != TK_IMAG && k != TK_CHAR) {
        parse_syntax_error(p, "missing import path");
        parse_advance(p, (TokKind[]){TK_SEMICOLON, TK_RPAREN}, 2);
        n->import.path = ast_new_bad(p->a, p->tok.pos);
        return n;
    }
    n->import.path = ast_new_lit(p->a, p->tok.pos, k, p->tok.text, (size_t)p->tok.len);
    bool bad = p->tok.bad;
    parse_next(p);
    if (k != TK_STRING) {
        parse_syntax_error(p, "import path must be a string");
    } else if (!bad) {
        char *s;
        size_t len;
        if (lex_unquote(p->a, n->import.path->lit.text, (size_t)n->import.path->lit.len, &s, &len))
            n->import.path_value = s;
    }
    return n;
}

/* Consumes '=' (or ':=' with an error, as Go does); returns whether one was there. */
static bool parse_got_assign(Parser *p)
{
    if (p->tok.kind == TK_DEFINE) {
        parse_syntax_error(p, "expecting =");
        parse_next(p);
        return true;
    }
    return parse_got(p, TK_ASSIGN);
}

typedef struct SpecGroup {
    int seq;        /* group number, 0 outside parentheses */
    int index;      /* spec index within the group (iota) */
    Node *prev;     /* previous const spec with values, for implicit repetition */
} SpecGroup;

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
static Node *parse_const_spec(Parser *p, SpecGroup *g)
{
    Node *n = ast_new(p->a, ND_CONST_SPEC, p->tok.pos);
    n->value_spec.iota = g->index;
    n->value_spec.group = g->seq;
    parse_name_list(p, parse_name(p), &n->value_spec.names);
    TokKind k = p->tok.kind;
    if (k != TK_EOF && k != TK_SEMICOLON && k != TK_RPAREN) {
        n->value_spec.type = parse_type_or_null(p);
        if (parse_got_assign(p))
            parse_expr_list(p, &n->value_spec.values);
    }
    if (n->value_spec.values.len == 0 && !n->value_spec.type && g->seq && g->prev) {
        Node *prev = g->prev;
        n->value_spec.type = ast_clone(p->a, prev->value_spec.type);
        for (int i = 0; i < prev->value_spec.values.len; i++)
            ast_list_push(p->a, &n->value_spec.values, ast_clone(p->a, prev->value_spec.values.items[i]));
        n->value_spec.implicit = true;
    } else if (n->value_spec.values.len > 0) {
        g->prev = n;
    }
    return n;
}

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
static Node *parse_var_spec(Parser *p, SpecGroup *g)
{
    Node *n = ast_new(p->a, ND_VAR_SPEC, p->tok.pos);
    n->value_spec.group = g->seq;
    parse_name_list(p, parse_name(p), &n->value_spec.names);
    if (parse_got_assign(p)) {
        parse_expr_list(p, &n->value_spec.values);
    } else {
        n->value_spec.type = parse_type(p);
        if (parse_got_assign(p))
            parse_expr_list(p, &n->value_spec.values);
    }
    return n;
}

/* After `type T [`: either an array/slice type or type parameters (rejected). */
static Node *parse_type_spec_bracket(Parser *p)
{
    Pos lbrack = p->tok.pos;
    parse_next(p);
    if (p->tok.kind == TK_RBRACK || p->tok.kind == TK_ELLIPSIS) {
        Node *n = ast_new(p->a, p->tok.kind == TK_RBRACK ? ND_SLICE_TYPE : ND_ARRAY_TYPE, lbrack);
        parse_next(p);
        if (n->kind == ND_ARRAY_TYPE)
            parse_want(p, TK_RBRACK);
        n->array.elem = parse_type(p);
        return n;
    }
    p->expr_lev++;
    Node *len = parse_expr(p);
    p->expr_lev--;
    if (p->tok.kind != TK_RBRACK) {
        diag_error(lbrack, "generics are not supported");
        while (p->tok.kind != TK_RBRACK && p->tok.kind != TK_EOF && p->tok.kind != TK_SEMICOLON)
            parse_next(p);
        parse_got(p, TK_RBRACK);
        return parse_type(p);
    }
    parse_next(p);
    Node *n = ast_new(p->a, ND_ARRAY_TYPE, lbrack);
    n->array.len = len;
    n->array.elem = parse_type(p);
    return n;
}

/* TypeSpec = identifier [ "=" ] Type . */
static Node *parse_type_spec(Parser *p)
{
    Node *n = ast_new(p->a, ND_TYPE_SPEC, p->tok.pos);
    n->type_spec.name = parse_name(p);
    if (p->tok.kind == TK_LBRACK) {
        n->type_spec.type = parse_type_spec_bracket(p);
        return n;
    }
    n->type_spec.alias = parse_got_assign(p);
    n->type_spec.type = parse_type_or_null(p);
    if (!n->type_spec.type) {
        n->type_spec.type = ast_new_bad(p->a, p->tok.pos);
        parse_syntax_error(p, "in type declaration");
        parse_advance(p, (TokKind[]){TK_SEMICOLON, TK_RPAREN}, 2);
    }
    return n;
}

static Node *parse_spec(Parser *p, TokKind keyword, SpecGroup *g)
{
    switch (keyword) {
    case TK_CONST: return parse_const_spec(p, g);
    case TK_VAR: return parse_var_spec(p, g);
    case TK_TYPE: return parse_type_spec(p);
    case TK_IMPORT: return parse_import_spec(p);
    default: diag_internal("parse_spec: %s", tok_kind_name(keyword));
    }
}

/* Decl = keyword ( Spec | "(" { Spec ";" } ")" ) .   At the keyword; appends the specs to out. */
void parse_decl_group(Parser *p, NodeList *out)
{
    TokKind keyword = p->tok.kind;
    parse_next(p);
    SpecGroup g = {0, 0, NULL};
    if (!parse_got(p, TK_LPAREN)) {
        ast_list_push(p->a, out, parse_spec(p, keyword, &g));
        return;
    }
    g.seq = ++p->group_seq;
    while (p->tok.kind != TK_EOF && p->tok.kind != TK_RPAREN) {
        ast_list_push(p->a, out, parse_spec(p, keyword, &g));
        g.index++;
        if (!parse_list_sep(p, "grouped declaration", TK_SEMICOLON, TK_RPAREN))
            return;
    }
    parse_want(p, TK_RPAREN);
}

/* FunctionDecl = "func" [ Receiver ] FunctionName Signature [ FunctionBody ] . */
static Node *parse_func_decl(Parser *p)
{
    Node *n = ast_new(p->a, ND_FUNC_DECL, p->tok.pos);
    parse_next(p);
    if (p->tok.kind == TK_LPAREN) {
        Pos lparen = p->tok.pos;
        NodeList r = {0};
        parse_next(p);
        parse_param_list(p, &r);
        if (r.len == 0)
            diag_error(lparen, "method has no receiver");
        else if (r.len > 1)
            diag_error(lparen, "method has multiple receivers");
        if (r.len > 0)
            n->func_decl.recv = r.items[0];
    }
    if (p->tok.kind != TK_IDENT) {
        parse_syntax_error(p, "expecting name or (");
        parse_advance(p, (TokKind[]){TK_LBRACE, TK_SEMICOLON}, 2);
        return NULL;
    }
    n->func_decl.name = parse_name(p);
    n->func_decl.type = parse_func_type(p, n->pos);
    if (p->tok.kind == TK_LBRACE)
        n->func_decl.body = parse_func_body(p);
    return n;
}

/* PackageClause = "package" PackageName . */
static bool parse_package_clause(Parser *p, AstFile *f)
{
    f->pos = p->tok.pos;
    if (!parse_got(p, TK_PACKAGE)) {
        parse_syntax_error(p, "package statement must be first");
        return false;
    }
    f->package_name = parse_name(p);
    parse_want(p, TK_SEMICOLON);
    return diag_count() == 0;
}

static bool parse_is_empty_func_decl(const NodeList *decls)
{
    return decls->len > 0 && decls->items[decls->len - 1]->kind == ND_FUNC_DECL &&
           !decls->items[decls->len - 1]->func_decl.body;
}

/* One top-level declaration, at its keyword (or at something that is not one). */
static void parse_top_decl(Parser *p, AstFile *f, bool *imports_done)
{
    switch (p->tok.kind) {
    case TK_IMPORT:
        if (*imports_done)
            parse_syntax_error(p, "imports must appear before other declarations");
        parse_decl_group(p, &f->imports);
        return;
    case TK_CONST: case TK_VAR: case TK_TYPE:
        *imports_done = true;
        parse_decl_group(p, &f->decls);
        return;
    case TK_FUNC: {
        *imports_done = true;
        Node *fn = parse_func_decl(p);
        if (fn)
            ast_list_push(p->a, &f->decls, fn);
        return;
    }
    default:
        if (p->tok.kind == TK_LBRACE && parse_is_empty_func_decl(&f->decls))
            parse_syntax_error(p, "unexpected semicolon or newline before {");
        else
            parse_syntax_error(p, "non-declaration statement outside function body");
        parse_advance(p, decl_follow, 5);
        return;
    }
}

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
AstFile *parse_file(Arena *a, SourceFile *src)
{
    Parser p = {0};
    p.a = a;
    p.src = src;
    lex_init(&p.lx, src);
    parse_next(&p);
    AstFile *f = ARENA_NEW(a, AstFile);
    f->src = src;
    if (src->length > LEX_MAX_FILE_SIZE) {  /* the lexer sees an empty file */
        diag_error(pos_make(src, 0), "file too large (%zu bytes, the limit is %u MiB)", src->length,
                   LEX_MAX_FILE_SIZE >> 20);
        return f;
    }
    if (!parse_package_clause(&p, f))
        return f;
    bool imports_done = false;
    while (p.tok.kind != TK_EOF) {
        TokKind k = p.tok.kind;
        parse_top_decl(&p, f, &imports_done);
        bool was_decl = k == TK_IMPORT || k == TK_CONST || k == TK_VAR || k == TK_TYPE || k == TK_FUNC;
        if (was_decl && p.tok.kind != TK_EOF && !parse_got(&p, TK_SEMICOLON)) {
            parse_syntax_error(&p, "after top level declaration");
            parse_advance(&p, decl_follow, 5);
        }
    }
    return f;
}

Package *parse_package(Arena *a, AstFile **files, int nfiles, const char *path)
{
    if (nfiles == 0)
        return NULL;
    Package *pkg = ARENA_NEW(a, Package);
    pkg->files = files;
    pkg->nfiles = nfiles;
    pkg->path = path;
    for (int i = 0; i < nfiles; i++) {
        Node *name = files[i]->package_name;
        if (!name)
            continue;
        if (!pkg->name) {
            pkg->name = name->ident.name;
        } else if (strcmp(pkg->name, name->ident.name) != 0) {
            diag_error(files[i]->pos, "package %s; expected %s", name->ident.name, pkg->name);
        }
    }
    return pkg;
}
