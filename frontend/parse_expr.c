/* parse_expr.c: expressions.
 *
 * Binary expressions use precedence climbing over tok_precedence; everything else is recursive
 * descent. `expr_lev` resolves Go's composite-literal ambiguity: inside an if/for/switch header it
 * is negative, and `T {` is then not a composite literal (the brace opens the block) unless the
 * literal is inside parentheses or brackets, which raise the level again. Types may appear as
 * operands (conversions, composite literal types, make/new arguments); whether `T(x)` is a call or
 * a conversion is left to the checker. */
#include "parse_internal.h"

static Node *parse_lit(Parser *p)
{
    Node *n = ast_new_lit(p->a, p->tok.pos, p->tok.kind, p->tok.text, (size_t)p->tok.len);
    parse_next(p);
    return n;
}

/* FunctionLit = "func" Signature FunctionBody .   (a bare "func" Signature is a type) */
Node *parse_func_lit(Parser *p)
{
    Pos pos = p->tok.pos;
    parse_next(p);
    Node *type = parse_func_type(p, pos);
    if (p->tok.kind != TK_LBRACE)
        return type;
    Node *n = ast_new(p->a, ND_FUNC_LIT, pos);
    n->func_lit.type = type;
    p->expr_lev++;
    n->func_lit.body = parse_func_body(p);
    p->expr_lev--;
    return n;
}

/* Operand = Literal | OperandName | "(" Expression ")" | FunctionLit | LiteralType . */
Node *parse_operand(Parser *p, bool keep_parens)
{
    Pos pos = p->tok.pos;
    switch (p->tok.kind) {
    case TK_IDENT:
        return parse_name(p);
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        return parse_lit(p);
    case TK_LPAREN: {
        parse_next(p);
        p->expr_lev++;
        Node *n = ast_new(p->a, ND_PAREN, pos);
        n->paren.x = parse_expr(p);
        p->expr_lev--;
        parse_want(p, TK_RPAREN);
        return n;
    }
    case TK_FUNC:
        return parse_func_lit(p);
    case TK_LBRACK: case TK_CHAN: case TK_MAP: case TK_STRUCT: case TK_INTERFACE:
        return parse_type(p);
    default: {
        Node *bad = ast_new_bad(p->a, pos);
        parse_syntax_error(p, "expecting expression");
        parse_advance(p, (TokKind[]){TK_RPAREN, TK_RBRACK, TK_RBRACE}, 3);
        return bad;
    }
    }
}

/* Element = Expression | LiteralValue .  KeyedElement = [ Key ":" ] Element . */
static Node *parse_composite_lit(Parser *p, Node *type);

static Node *parse_element(Parser *p)
{
    if (p->tok.kind == TK_LBRACE)
        return parse_composite_lit(p, NULL);
    return parse_expr(p);
}

static Node *parse_keyed_element(Parser *p)
{
    Node *e = parse_element(p);
    if (p->tok.kind != TK_COLON)
        return e;
    Node *kv = ast_new(p->a, ND_KEY_VALUE, p->tok.pos);
    parse_next(p);
    kv->key_value.key = e;
    kv->key_value.value = parse_element(p);
    return kv;
}

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" .   (type already parsed, or NULL when elided) */
static Node *parse_composite_lit(Parser *p, Node *type)
{
    Node *n = ast_new(p->a, ND_COMPOSITE_LIT, p->tok.pos);
    n->composite.type = type;
    if (!parse_enter(p)) {
        parse_leave(p);
        return n;
    }
    p->expr_lev++;
    parse_want(p, TK_LBRACE);
    while (p->tok.kind != TK_EOF && p->tok.kind != TK_RBRACE) {
        ast_list_push(p->a, &n->composite.elts, parse_keyed_element(p));
        if (!parse_list_sep(p, "composite literal", TK_COMMA, TK_RBRACE))
            break;
    }
    n->composite.rbrace = p->tok.pos;
    if (p->tok.kind == TK_RBRACE || p->tok.kind == TK_EOF)
        parse_want(p, TK_RBRACE);
    p->expr_lev--;
    parse_leave(p);
    return n;
}

/* Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .   At the "(". */
static Node *parse_call(Parser *p, Node *fun)
{
    Node *n = ast_new(p->a, ND_CALL, p->tok.pos);
    n->call.fun = fun;
    parse_next(p);
    p->expr_lev++;
    while (p->tok.kind != TK_EOF && p->tok.kind != TK_RPAREN) {
        ast_list_push(p->a, &n->call.args, parse_expr(p));
        if (p->tok.kind == TK_ELLIPSIS) {
            n->call.has_dots = true;
            n->call.dots = p->tok.pos;
            parse_next(p);
        }
        if (!parse_list_sep(p, "argument list", TK_COMMA, TK_RPAREN)) {
            p->expr_lev--;
            return n;
        }
        if (n->call.has_dots)
            break;
    }
    p->expr_lev--;
    n->call.rparen = p->tok.pos;
    parse_want(p, TK_RPAREN);
    return n;
}

/* Index = "[" Expression "]" .  Slice = "[" [ Expression ] ":" [ Expression ] [ ":" Expression ] "]" . */
static Node *parse_index_or_slice(Parser *p, Node *x)
{
    Pos pos = p->tok.pos;
    parse_next(p);
    p->expr_lev++;
    Node *i = NULL;
    if (p->tok.kind != TK_COLON) {
        if (p->tok.kind == TK_RBRACK) {
            parse_syntax_error(p, "expecting operand");
            i = ast_new_bad(p->a, p->tok.pos);
        } else {
            i = parse_expr(p);
        }
        if (p->tok.kind == TK_COMMA) {
            diag_error(p->tok.pos, "generics are not supported");
            while (parse_got(p, TK_COMMA) && p->tok.kind != TK_RBRACK)
                parse_type(p);
        }
        if (p->tok.kind == TK_RBRACK) {
            p->expr_lev--;
            parse_next(p);
            Node *n = ast_new(p->a, ND_INDEX, pos);
            n->index.x = x;
            n->index.index = i;
            return n;
        }
    }
    Node *n = ast_new(p->a, ND_SLICE_EXPR, pos);
    n->slice.x = x;
    n->slice.lo = i;
    if (!parse_got(p, TK_COLON)) {
        parse_syntax_error(p, "expecting comma, : or ]");
        parse_advance(p, (TokKind[]){TK_COMMA, TK_COLON, TK_RBRACK}, 3);
        parse_got(p, TK_COLON);
    }
    if (p->tok.kind != TK_COLON && p->tok.kind != TK_RBRACK)
        n->slice.hi = parse_expr(p);
    if (p->tok.kind == TK_COLON) {
        n->slice.full = true;
        if (!n->slice.hi)
            diag_error(p->tok.pos, "middle index required in 3-index slice");
        parse_next(p);
        if (p->tok.kind != TK_RBRACK)
            n->slice.max = parse_expr(p);
        else
            diag_error(p->tok.pos, "final index required in 3-index slice");
    }
    p->expr_lev--;
    parse_want(p, TK_RBRACK);
    return n;
}

/* Selector = "." identifier .  TypeAssertion = "." "(" Type ")" .  (also ".(type)") */
static Node *parse_dot(Parser *p, Node *x, bool *ok)
{
    Pos pos = p->tok.pos;
    parse_next(p);
    if (p->tok.kind == TK_IDENT) {
        Node *n = ast_new(p->a, ND_SELECTOR, pos);
        n->selector.x = x;
        n->selector.name = parse_name(p);
        return n;
    }
    if (parse_got(p, TK_LPAREN)) {
        Node *n = ast_new(p->a, ND_TYPE_ASSERT, pos);
        n->assert.x = x;
        if (!parse_got(p, TK_TYPE))
            n->assert.type = parse_type(p);
        parse_want(p, TK_RPAREN);
        return n;
    }
    parse_syntax_error(p, "expecting name or (");
    parse_advance(p, (TokKind[]){TK_SEMICOLON, TK_RPAREN}, 2);
    *ok = false;
    return x;
}

/* Whether `x {` may start a composite literal here (Go's complit_ok). */
static bool parse_complit_ok(Parser *p, Node *x)
{
    Node *t = ast_unparen(x);
    switch (t->kind) {
    case ND_IDENT: case ND_SELECTOR:
        return p->expr_lev >= 0;
    case ND_INDEX:
        return p->expr_lev >= 0;
    case ND_ARRAY_TYPE: case ND_SLICE_TYPE: case ND_STRUCT_TYPE: case ND_MAP_TYPE:
        return true;
    default:
        return false;
    }
}

/* Whether the current token continues a primary expression x with a suffix. */
static bool parse_has_suffix(Parser *p, Node *x)
{
    switch (p->tok.kind) {
    case TK_PERIOD: case TK_LBRACK: case TK_LPAREN:
        return true;
    case TK_LBRACE:
        return parse_complit_ok(p, x);
    default:
        return false;
    }
}

/* The suffixes of x, each a link of a left-deep chain (x.f.g, f()(), a[0][1]: parse_chain_link);
 * *links counts the units to give back. */
static Node *parse_suffixes(Parser *p, Node *x, int *links)
{
    while (parse_has_suffix(p, x)) {
        bool ok = true;
        (*links)++;
        if (!parse_chain_link(p))
            return x;
        switch (p->tok.kind) {
        case TK_PERIOD:
            x = parse_dot(p, x, &ok);
            if (!ok)
                return x;
            break;
        case TK_LBRACK:
            x = parse_index_or_slice(p, x);
            break;
        case TK_LPAREN:
            x = parse_call(p, x);
            break;
        default: /* TK_LBRACE */
            if (x->kind == ND_PAREN)
                parse_syntax_error(p, "cannot parenthesize type in composite literal");
            x = parse_composite_lit(p, x);
            break;
        }
    }
    return x;
}

/* PrimaryExpr = Operand | Conversion | PrimaryExpr ( Selector | Index | Slice | TypeAssertion | Arguments ) . */
Node *parse_primary_expr(Parser *p, Node *x, bool keep_parens)
{
    if (!x)
        x = parse_operand(p, keep_parens);
    int links = 0;
    x = parse_suffixes(p, x, &links);
    p->depth -= links;
    return x;
}

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr .  unary_op = "+" | "-" | "!" | "^" | "*" | "&" | "<-" . */
Node *parse_unary_expr(Parser *p)
{
    Pos pos = p->tok.pos;
    Node *n;
    if (!parse_enter(p)) {
        parse_leave(p);
        return ast_new_bad(p->a, pos);
    }
    switch (p->tok.kind) {
    case TK_MUL:
        parse_next(p);
        n = ast_new_unary(p->a, pos, ND_STAR, TK_MUL, parse_unary_expr(p));
        break;
    case TK_ADD: case TK_SUB: case TK_NOT: case TK_XOR: case TK_AND: case TK_TILDE: {
        TokKind op = p->tok.kind;
        if (op == TK_TILDE)
            diag_error(pos, "generics are not supported");
        parse_next(p);
        n = ast_new_unary(p->a, pos, ND_UNARY, op, parse_unary_expr(p));
        break;
    }
    case TK_ARROW:
        if (parse_peek(p)->kind == TK_CHAN) {
            n = parse_primary_expr(p, parse_type(p), true);
            break;
        }
        diag_error(pos, "channels are not supported");
        parse_next(p);
        n = ast_new_unary(p->a, pos, ND_UNARY, TK_ARROW, parse_unary_expr(p));
        break;
    default:
        n = parse_primary_expr(p, NULL, true);
        break;
    }
    parse_leave(p);
    return n;
}

/* Expression = UnaryExpr | Expression binary_op Expression .   (precedence climbing) */
/* Each operator is a link of a left-deep chain (a + b + c...: parse_chain_link), whose units are
 * given back when the chain ends. */
static Node *parse_binary_expr(Parser *p, Node *x, int prec)
{
    if (!x)
        x = parse_unary_expr(p);
    int links = 0;
    while (tok_precedence(p->tok.kind) > prec) {
        links++;
        if (!parse_chain_link(p))
            break;
        Pos pos = p->tok.pos;
        TokKind op = p->tok.kind;
        int tprec = tok_precedence(op);
        parse_next(p);
        x = ast_new_binary(p->a, pos, op, x, parse_binary_expr(p, NULL, tprec));
    }
    p->depth -= links;
    return x;
}

Node *parse_expr(Parser *p)
{
    return parse_binary_expr(p, NULL, 0);
}

/* ExpressionList = Expression { "," Expression } . */
void parse_expr_list(Parser *p, NodeList *out)
{
    do {
        ast_list_push(p->a, out, parse_expr(p));
    } while (parse_got(p, TK_COMMA));
}
