/* parse.c: the parser's core: tokens, syntax errors and recovery, the source file, declarations
 * and types. Expressions are in parse_expr.c and statements in parse_stmt.c.
 *
 * The parser is recursive descent with one token of lookahead, shaped after the Go spec's grammar
 * (each function carries its rule). Error messages and recovery follow cmd/compile's parser:
 * "syntax error: unexpected X, expecting Y" at the offending token, then skipping to a token that
 * can restart a declaration or statement. Two things end parsing early: the tenth error, and a
 * tree deeper than PARSE_MAX_DEPTH (parse_internal.h); both make every further token EOF, so the
 * recursion unwinds through the ordinary paths without extra checks. */
#include "parse_internal.h"

#include <string.h>

/* --- tokens --- */

static Token parse_lex(Parser *p)
{
    if (p->stopped || diag_too_many()) {
        Token t = {TK_EOF, pos_make(p->src, p->src->length), "", 0, SEMI_EOF, false};
        return t;
    }
    return lex_next(&p->lx);
}

void parse_next(Parser *p)
{
    if (p->has_peek) {
        p->tok = p->peeked;
        p->has_peek = false;
    } else {
        p->tok = parse_lex(p);
    }
    if (p->stopped || diag_too_many())
        p->tok.kind = TK_EOF;
}

const Token *parse_peek(Parser *p)
{
    if (!p->has_peek) {
        p->peeked = parse_lex(p);
        p->has_peek = true;
    }
    return &p->peeked;
}

bool parse_got(Parser *p, TokKind k)
{
    if (p->tok.kind == k) {
        parse_next(p);
        return true;
    }
    return false;
}

/* The token as Go's syntax errors name it. */
static const char *parse_tok_string(Parser *p, char *buf, size_t size)
{
    const Token *t = &p->tok;
    switch (t->kind) {
    case TK_IDENT:
        snprintf(buf, size, "%.*s", (int)t->len, t->text);
        return buf;
    case TK_SEMICOLON:
        return t->semi == SEMI_EXPLICIT ? "semicolon" : t->semi == SEMI_NEWLINE ? "newline" : "EOF";
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        snprintf(buf, size, "literal %.*s", (int)(t->len > 200 ? 200 : t->len), t->text);
        return buf;
    default:
        return tok_kind_text(t->kind);
    }
}

/* Go's syntaxErrorAt: messages starting with "in ", "at ", "after " or "expecting " are prefixed
 * by "unexpected <token>"; any other message stands alone. */
void parse_syntax_error_at(Parser *p, Pos pos, const char *msg)
{
    if (p->stopped)
        return;
    if (p->tok.kind == TK_EOF && diag_count() > 0)
        return;   /* an earlier error already explains the early end */
    char buf[256];
    const char *tok = parse_tok_string(p, buf, sizeof buf);
    if (strncmp(msg, "in ", 3) == 0 || strncmp(msg, "at ", 3) == 0 || strncmp(msg, "after ", 6) == 0)
        diag_error(pos, "syntax error: unexpected %s %s", tok, msg);
    else if (strncmp(msg, "expecting ", 10) == 0)
        diag_error(pos, "syntax error: unexpected %s, %s", tok, msg);
    else if (msg[0])
        diag_error(pos, "syntax error: %s", msg);
    else
        diag_error(pos, "syntax error: unexpected %s", tok);
}

void parse_syntax_error(Parser *p, const char *msg)
{
    parse_syntax_error_at(p, p->tok.pos, msg);
}

Pos parse_want(Parser *p, TokKind k)
{
    Pos pos = p->tok.pos;
    if (!parse_got(p, k)) {
        char msg[64];
        snprintf(msg, sizeof msg, "expecting %s", tok_kind_text(k));
        parse_syntax_error(p, msg);
        parse_advance(p, NULL, 0);
    }
    return pos;
}

static bool parse_is_stop_keyword(TokKind k)
{
    switch (k) {
    case TK_BREAK: case TK_CONST: case TK_CONTINUE: case TK_DEFER: case TK_FALLTHROUGH: case TK_FOR:
    case TK_GO: case TK_GOTO: case TK_IF: case TK_RETURN: case TK_SELECT: case TK_SWITCH: case TK_TYPE:
    case TK_VAR:
        return true;
    default:
        return false;
    }
}

/* Skips tokens until one in `follow` (or, inside a function, a statement keyword). With an empty
 * list it skips exactly one token. Never skips EOF. */
void parse_advance(Parser *p, const TokKind *follow, int n)
{
    if (n == 0) {
        if (p->tok.kind != TK_EOF)
            parse_next(p);
        return;
    }
    for (;;) {
        if (p->tok.kind == TK_EOF || (p->fnest > 0 && parse_is_stop_keyword(p->tok.kind)))
            return;
        for (int i = 0; i < n; i++)
            if (p->tok.kind == follow[i])
                return;
        parse_next(p);
    }
}

/* Reports "too deeply nested" once and ends parsing (every further token is EOF). */
void parse_too_deep(Parser *p)
{
    if (p->stopped)
        return;
    diag_error(p->tok.pos, "too deeply nested");
    p->stopped = true;
    p->tok.kind = TK_EOF;
    p->has_peek = false;
}

/* One level deeper; false (after reporting) past the limit. Always paired with parse_leave. */
bool parse_enter(Parser *p)
{
    p->depth += PARSE_LEVEL_UNITS;
    if (p->depth <= PARSE_MAX_DEPTH * PARSE_LEVEL_UNITS)
        return true;
    parse_too_deep(p);
    return false;
}

void parse_leave(Parser *p)
{
    p->depth -= PARSE_LEVEL_UNITS;
}

/* One more link of a left-deep chain; false (after reporting) past the limit. The caller gives the
 * units back (p->depth -= links) when the chain ends. */
bool parse_chain_link(Parser *p)
{
    if (++p->depth <= PARSE_MAX_DEPTH * PARSE_LEVEL_UNITS)
        return true;
    parse_too_deep(p);
    return false;
}

/* Name = identifier . */
Node *parse_name(Parser *p)
{
    if (p->tok.kind == TK_IDENT) {
        Node *n = ast_new_ident(p->a, p->tok.pos, p->tok.text, (size_t)p->tok.len);
        parse_next(p);
        return n;
    }
    Node *n = ast_new_ident(p->a, p->tok.pos, "_", 1);
    parse_syntax_error(p, "expecting name");
    parse_advance(p, NULL, 0);
    return n;
}

/* IdentifierList = identifier { "," identifier } .   (first already parsed) */
void parse_name_list(Parser *p, Node *first, NodeList *out)
{
    ast_list_push(p->a, out, first);
    while (parse_got(p, TK_COMMA))
        ast_list_push(p->a, out, parse_name(p));
}

/* Skips a bracketed list after reporting an unsupported construct: [ ... ] with nesting. */
static void parse_skip_brackets(Parser *p)
{
    int level = 0;
    do {
        if (p->tok.kind == TK_LBRACK)
            level++;
        else if (p->tok.kind == TK_RBRACK)
            level--;
        parse_next(p);
    } while (level > 0 && p->tok.kind != TK_EOF);
}

/* --- types --- */

/* TypeName = identifier | PackageName "." identifier .   (first name already parsed) */
static Node *parse_qualified_name(Parser *p, Node *name)
{
    Node *x = name ? name : parse_name(p);
    if (p->tok.kind == TK_PERIOD) {
        Node *sel = ast_new(p->a, ND_SELECTOR, p->tok.pos);
        parse_next(p);
        sel->selector.x = x;
        sel->selector.name = parse_name(p);
        x = sel;
    }
    if (p->tok.kind == TK_LBRACK) {
        /* a type name followed by '[' in type context is an instantiation T[int] */
        diag_error(p->tok.pos, "generics are not supported");
        parse_skip_brackets(p);
    }
    return x;
}

/* ArrayType = "[" ArrayLength "]" ElementType .  SliceType = "[" "]" ElementType .  ("[" consumed) */
static Node *parse_array_or_slice_type(Parser *p, Pos lbrack)
{
    if (parse_got(p, TK_RBRACK)) {
        Node *n = ast_new(p->a, ND_SLICE_TYPE, lbrack);
        n->array.elem = parse_type(p);
        return n;
    }
    Node *n = ast_new(p->a, ND_ARRAY_TYPE, lbrack);
    if (!parse_got(p, TK_ELLIPSIS)) {
        p->expr_lev++;
        n->array.len = parse_expr(p);
        p->expr_lev--;
    }
    parse_want(p, TK_RBRACK);
    n->array.elem = parse_type(p);
    return n;
}

/* MapType = "map" "[" KeyType "]" ElementType . */
static Node *parse_map_type(Parser *p)
{
    Node *n = ast_new(p->a, ND_MAP_TYPE, p->tok.pos);
    parse_next(p);
    parse_want(p, TK_LBRACK);
    n->map.key = parse_type(p);
    parse_want(p, TK_RBRACK);
    n->map.value = parse_type(p);
    return n;
}

/* ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType .   (rejected) */
static Node *parse_chan_type(Parser *p)
{
    Node *n = ast_new(p->a, ND_CHAN_TYPE, p->tok.pos);
    diag_error(p->tok.pos, "channels are not supported");
    if (parse_got(p, TK_ARROW)) {
        n->chan.dir = 2;
        parse_want(p, TK_CHAN);
    } else {
        parse_next(p);
        if (parse_got(p, TK_ARROW))
            n->chan.dir = 1;
    }
    n->chan.elem = parse_type(p);
    return n;
}

static void parse_add_field(Parser *p, NodeList *out, Pos pos, Node *name, Node *type, Node *tag, bool embedded)
{
    Node *f = ast_new(p->a, ND_FIELD, pos);
    f->field.name = name;
    f->field.type = type;
    f->field.tag = tag;
    f->field.embedded = embedded;
    ast_list_push(p->a, out, f);
}

static Node *parse_tag_or_null(Parser *p)
{
    if (p->tok.kind != TK_STRING)
        return NULL;
    Node *n = ast_new_lit(p->a, p->tok.pos, p->tok.kind, p->tok.text, (size_t)p->tok.len);
    parse_next(p);
    return n;
}

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
 * EmbeddedField = [ "*" ] TypeName . */
static void parse_field_decl(Parser *p, NodeList *out)
{
    Pos pos = p->tok.pos;
    if (p->tok.kind == TK_IDENT) {
        Node *name = parse_name(p);
        TokKind k = p->tok.kind;
        if (k == TK_PERIOD || k == TK_STRING || k == TK_SEMICOLON || k == TK_RBRACE) {
            Node *type = parse_qualified_name(p, name);
            parse_add_field(p, out, pos, NULL, type, parse_tag_or_null(p), true);
            return;
        }
        NodeList names = {0};
        parse_name_list(p, name, &names);
        Node *type = parse_type(p);
        Node *tag = parse_tag_or_null(p);
        for (int i = 0; i < names.len; i++)
            parse_add_field(p, out, names.items[i]->pos, names.items[i], type, tag, false);
        return;
    }
    if (p->tok.kind == TK_MUL) {
        parse_next(p);
        if (p->tok.kind == TK_LPAREN) {
            parse_syntax_error(p, "cannot parenthesize embedded type");
            parse_advance(p, (TokKind[]){TK_SEMICOLON, TK_RBRACE}, 2);
            return;
        }
        Node *type = ast_new_unary(p->a, pos, ND_STAR, TK_MUL, parse_qualified_name(p, NULL));
        parse_add_field(p, out, pos, NULL, type, parse_tag_or_null(p), true);
        return;
    }
    if (p->tok.kind == TK_LPAREN)
        parse_syntax_error(p, "cannot parenthesize embedded type");
    else
        parse_syntax_error(p, "expecting field name or embedded type");
    parse_advance(p, (TokKind[]){TK_SEMICOLON, TK_RBRACE}, 2);
}

/* Go's list: elements separated by sep (optional before close), then close. Called after each
 * element; returns false when the list cannot continue. */
bool parse_list_sep(Parser *p, const char *context, TokKind sep, TokKind close)
{
    if (!parse_got(p, sep) && p->tok.kind != close) {
        char msg[128];
        snprintf(msg, sizeof msg, "in %s; possibly missing %s or %s", context, tok_kind_text(sep), tok_kind_text(close));
        parse_syntax_error(p, msg);
        parse_advance(p, (TokKind[]){TK_RPAREN, TK_RBRACK, TK_RBRACE}, 3);
        return p->tok.kind == close;
    }
    return true;
}

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
static Node *parse_struct_type(Parser *p)
{
    Node *n = ast_new(p->a, ND_STRUCT_TYPE, p->tok.pos);
    parse_next(p);
    parse_want(p, TK_LBRACE);
    while (p->tok.kind != TK_EOF && p->tok.kind != TK_RBRACE) {
        parse_field_decl(p, &n->struct_type.fields);
        if (!parse_list_sep(p, "struct type", TK_SEMICOLON, TK_RBRACE))
            return n;
    }
    parse_want(p, TK_RBRACE);
    return n;
}

/* InterfaceElem = MethodName Signature | TypeName .   (unions and ~T are generics: rejected) */
static void parse_interface_elem(Parser *p, NodeList *out)
{
    Pos pos = p->tok.pos;
    if (p->tok.kind == TK_IDENT) {
        Node *name = parse_name(p);
        if (p->tok.kind == TK_LPAREN) {
            parse_add_field(p, out, pos, name, parse_func_type(p, p->tok.pos), NULL, false);
            return;
        }
        parse_add_field(p, out, pos, NULL, parse_qualified_name(p, name), NULL, true);
    } else if (p->tok.kind == TK_TILDE) {
        diag_error(pos, "generics are not supported");
        parse_next(p);
        parse_type(p);
    } else {
        if (p->tok.kind == TK_LPAREN)
            parse_syntax_error(p, "cannot parenthesize embedded type");
        else
            parse_syntax_error(p, "expecting method or interface name");
        parse_advance(p, (TokKind[]){TK_SEMICOLON, TK_RBRACE}, 2);
        return;
    }
    if (p->tok.kind == TK_OR) {
        diag_error(p->tok.pos, "generics are not supported");
        while (parse_got(p, TK_OR)) {
            parse_got(p, TK_TILDE);
            parse_type(p);
        }
    }
}

/* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" . */
static Node *parse_interface_type(Parser *p)
{
    Node *n = ast_new(p->a, ND_INTERFACE_TYPE, p->tok.pos);
    parse_next(p);
    parse_want(p, TK_LBRACE);
    while (p->tok.kind != TK_EOF && p->tok.kind != TK_RBRACE) {
        parse_interface_elem(p, &n->interface_type.elems);
        if (!parse_list_sep(p, "interface type", TK_SEMICOLON, TK_RBRACE))
            return n;
    }
    parse_want(p, TK_RBRACE);
    return n;
}

/* Type = TypeName | TypeLit | "(" Type ")" .   Returns NULL (consuming nothing) if no type starts here. */
static Node *parse_type_inner(Parser *p)
{
    Pos pos = p->tok.pos;
    switch (p->tok.kind) {
    case TK_MUL:
        parse_next(p);
        return ast_new_unary(p->a, pos, ND_STAR, TK_MUL, parse_type(p));
    case TK_ARROW: case TK_CHAN:
        return parse_chan_type(p);
    case TK_FUNC:
        parse_next(p);
        return parse_func_type(p, pos);
    case TK_LBRACK:
        parse_next(p);
        return parse_array_or_slice_type(p, pos);
    case TK_MAP:
        return parse_map_type(p);
    case TK_STRUCT:
        return parse_struct_type(p);
    case TK_INTERFACE:
        return parse_interface_type(p);
    case TK_IDENT:
        return parse_qualified_name(p, NULL);
    case TK_LPAREN: {
        parse_next(p);
        Node *n = ast_new(p->a, ND_PAREN, pos);
        n->paren.x = parse_type(p);
        parse_want(p, TK_RPAREN);
        return n;
    }
    default:
        return NULL;
    }
}

Node *parse_type_or_null(Parser *p)
{
    if (!parse_enter(p)) {
        parse_leave(p);
        return ast_new_bad(p->a, p->tok.pos);
    }
    Node *n = parse_type_inner(p);
    parse_leave(p);
    return n;
}

Node *parse_type(Parser *p)
{
    Node *n = parse_type_or_null(p);
    if (n)
        return n;
    Node *bad = ast_new_bad(p->a, p->tok.pos);
    parse_syntax_error(p, "expecting type");
    parse_advance(p, (TokKind[]){TK_COMMA, TK_COLON, TK_SEMICOLON, TK_RPAREN, TK_RBRACK, TK_RBRACE}, 6);
    return bad;
}

/* --- parameters --- */

typedef struct ParamItem {
    Node *name;     /* may be NULL */
    Node *type;     /* NULL when only a name was seen */
    Pos pos;
} ParamItem;

/* "..." Type   (the type of a variadic parameter) */
static Node *parse_dots_type(Parser *p)
{
    Node *n = ast_new(p->a, ND_DOTS_TYPE, p->tok.pos);
    n->unary.op = TK_ELLIPSIS;
    parse_next(p);
    n->unary.x = parse_type_or_null(p);
    if (!n->unary.x) {
        n->unary.x = ast_new_bad(p->a, p->tok.pos);
        parse_syntax_error(p, "... is missing type");
    }
    return n;
}

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type .   (one element of the comma list) */
static bool parse_param_decl(Parser *p, ParamItem *it)
{
    it->pos = p->tok.pos;
    it->name = it->type = NULL;
    if (p->tok.kind == TK_IDENT) {
        Node *name = parse_name(p);
        if (p->tok.kind == TK_PERIOD) {
            it->type = parse_qualified_name(p, name);   /* pkg.T */
        } else if (p->tok.kind == TK_ELLIPSIS || (p->tok.kind != TK_COMMA && p->tok.kind != TK_RPAREN)) {
            it->name = name;
            if (p->tok.kind == TK_ELLIPSIS) {
                it->type = parse_dots_type(p);
            } else {
                it->type = parse_type(p);
            }
        } else {
            it->name = name;   /* a lone name: a type or a parameter name, decided by the list */
        }
        return true;
    }
    if (p->tok.kind == TK_ELLIPSIS) {
        it->type = parse_dots_type(p);
        return true;
    }
    it->type = parse_type_or_null(p);
    if (it->type)
        return true;
    parse_syntax_error(p, "expecting )");
    parse_advance(p, (TokKind[]){TK_COMMA, TK_RPAREN}, 2);
    return false;
}

/* Go's rule for a parameter list: if any element has a name and a type, every lone name is a
 * parameter name taking the type that follows it; otherwise every element is a type. */
static void parse_resolve_params(Parser *p, ParamItem *items, int n, NodeList *out)
{
    int named = 0;
    for (int i = 0; i < n; i++)
        named += items[i].name && items[i].type;
    Pos err = POS_NONE;
    if (named) {
        Node *typ = NULL;
        for (int i = n - 1; i >= 0; i--) {
            if (items[i].type) {
                typ = items[i].type;
                if (!items[i].name) {
                    err = ast_start_pos(typ);
                    items[i].name = ast_new_ident(p->a, err, "_", 1);
                }
            } else if (typ) {
                items[i].type = typ;
            } else {
                err = items[i].name->pos;
                items[i].type = ast_new_bad(p->a, err);
            }
        }
        if (pos_valid(err))
            parse_syntax_error_at(p, err, "mixed named and unnamed parameters");
    }
    for (int i = 0; i < n; i++) {
        if (!named && items[i].name) {
            items[i].type = items[i].name;
            items[i].name = NULL;
        }
        Pos pos = items[i].name ? items[i].name->pos : items[i].pos;
        parse_add_field(p, out, pos, items[i].name, items[i].type, NULL, false);
    }
}

/* Parameters = "(" [ ParameterList [ "," ] ] ")" .   ("(" consumed) */
void parse_param_list(Parser *p, NodeList *out)
{
    int n = 0, cap = 8;
    ParamItem *items = ARENA_NEW_ARRAY(p->a, ParamItem, cap);
    while (p->tok.kind != TK_EOF && p->tok.kind != TK_RPAREN) {
        if (n == cap) {
            items = arena_realloc(p->a, items, sizeof(ParamItem) * (size_t)cap, sizeof(ParamItem) * (size_t)cap * 2);
            cap *= 2;
        }
        if (parse_param_decl(p, &items[n]))
            n++;
        if (!parse_got(p, TK_COMMA) && p->tok.kind != TK_RPAREN) {
            parse_syntax_error(p, "in parameter list; possibly missing comma or )");
            parse_advance(p, (TokKind[]){TK_RPAREN, TK_RBRACK, TK_RBRACE}, 3);
            break;
        }
    }
    parse_resolve_params(p, items, n, out);
    parse_want(p, TK_RPAREN);
}

/* Signature = Parameters [ Result ] .  Result = Parameters | Type .  (after "func" [and name]) */
Node *parse_func_type(Parser *p, Pos pos)
{
    Node *n = ast_new(p->a, ND_FUNC_TYPE, pos);
    if (p->tok.kind == TK_LBRACK) {
        diag_error(p->tok.pos, "generics are not supported");
        parse_skip_brackets(p);
    }
    parse_want(p, TK_LPAREN);
    parse_param_list(p, &n->func_type.params);
    NodeList *ps = &n->func_type.params;
    n->func_type.variadic = ps->len > 0 && ps->items[ps->len - 1]->field.type->kind == ND_DOTS_TYPE;
    if (parse_got(p, TK_LPAREN)) {
        parse_param_list(p, &n->func_type.results);
    } else {
        Pos rpos = p->tok.pos;
        Node *t = parse_type_or_null(p);
        if (t)
            parse_add_field(p, &n->func_type.results, rpos, NULL, t, NULL, false);
    }
    return n;
}
