/* parse_stmt.c: statements, blocks and function bodies.
 *
 * Follows the Go spec's Statement grammar. Simple statements are parsed from an expression list
 * and then classified by the token after it (=, :=, op=, ++, --, or nothing). The headers of
 * if/for/switch share one function (parse_header), as in cmd/compile, so the composite-literal
 * restriction and the error wording for headers live in one place. */
#include "parse_internal.h"

#include <string.h>

static Node *parse_stmt_or_null(Parser *p);

/* Block = "{" StatementList "}" .   `context` names the clause for "expecting { after ..." */
static Node *parse_block_ctx(Parser *p, const char *context)
{
    Node *n = ast_new(p->a, ND_BLOCK, p->tok.pos);
    if (!parse_got(p, TK_LBRACE)) {
        char msg[64];
        snprintf(msg, sizeof msg, "expecting { after %s", context);
        parse_syntax_error(p, msg);
        parse_advance(p, (TokKind[]){TK_IDENT, TK_RBRACE}, 2);
        n->block.rbrace = p->tok.pos;
        if (parse_got(p, TK_RBRACE))
            return n;
    }
    parse_stmt_list(p, &n->block.stmts);
    n->block.rbrace = p->tok.pos;
    parse_want(p, TK_RBRACE);
    return n;
}

Node *parse_block(Parser *p)
{
    return parse_block_ctx(p, "block");
}

/* FunctionBody = Block . */
Node *parse_func_body(Parser *p)
{
    p->fnest++;
    int outer = p->expr_lev;
    p->expr_lev = 0;
    Node *body = parse_block(p);
    p->expr_lev = outer;
    p->fnest--;
    return body;
}

static Node *parse_range_clause(Parser *p, Pos for_pos, NodeList *lhs, bool define)
{
    Node *n = ast_new(p->a, ND_RANGE, for_pos);
    n->range_stmt.range_pos = p->tok.pos;
    n->range_stmt.define = define;
    parse_next(p);   /* range */
    if (lhs && lhs->len > 0)
        n->range_stmt.key = lhs->items[0];
    if (lhs && lhs->len > 1)
        n->range_stmt.value = lhs->items[1];
    if (lhs && lhs->len > 2)
        diag_error(ast_start_pos(lhs->items[2]), "range clause permits at most two iteration variables");
    n->range_stmt.x = parse_expr(p);
    return n;
}

static Node *parse_new_assign(Parser *p, Pos pos, TokKind op, NodeList *lhs)
{
    Node *n = ast_new(p->a, ND_ASSIGN, pos);
    n->assign.op = op;
    n->assign.lhs = *lhs;
    return n;
}

static Node *parse_expr_stmt(Parser *p, Node *x)
{
    Node *s = ast_new(p->a, ND_EXPR_STMT, x->pos);
    s->expr_stmt.x = x;
    return s;
}

/* The single-expression forms: x op= y, x++, x--, ch <- v (rejected), or an expression statement. */
static Node *parse_simple_single(Parser *p, Node *x)
{
    Pos pos = p->tok.pos;
    TokKind k = p->tok.kind;
    if (tok_assign_op(k) != TK_ILLEGAL) {
        parse_next(p);
        NodeList lhs = {0};
        ast_list_push(p->a, &lhs, x);
        Node *n = parse_new_assign(p, pos, k, &lhs);
        ast_list_push(p->a, &n->assign.rhs, parse_expr(p));
        return n;
    }
    if (k == TK_INC || k == TK_DEC) {
        parse_next(p);
        Node *n = ast_new(p->a, ND_INC_DEC, pos);
        n->inc_dec.x = x;
        n->inc_dec.op = k;
        return n;
    }
    if (k == TK_ARROW) {
        diag_error(pos, "channels are not supported");
        parse_next(p);
        parse_expr(p);
        return ast_new_bad(p->a, pos);
    }
    return parse_expr_stmt(p, x);
}

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
 * `keyword` is TK_FOR when a range clause may follow (TK_ILLEGAL otherwise); `for_pos` its position.
 * lhs, when given, is an expression list already parsed. */
static Node *parse_simple_stmt(Parser *p, NodeList *lhs, TokKind keyword, Pos for_pos)
{
    if (keyword == TK_FOR && p->tok.kind == TK_RANGE)
        return parse_range_clause(p, for_pos, NULL, false);
    NodeList list = {0};
    if (!lhs) {
        parse_expr_list(p, &list);
        lhs = &list;
    }
    if (lhs->len == 1 && p->tok.kind != TK_ASSIGN && p->tok.kind != TK_DEFINE)
        return parse_simple_single(p, lhs->items[0]);
    if (p->tok.kind == TK_ASSIGN || p->tok.kind == TK_DEFINE) {
        Pos pos = p->tok.pos;
        TokKind op = p->tok.kind;
        parse_next(p);
        if (keyword == TK_FOR && p->tok.kind == TK_RANGE)
            return parse_range_clause(p, for_pos, lhs, op == TK_DEFINE);
        Node *n = parse_new_assign(p, pos, op, lhs);
        parse_expr_list(p, &n->assign.rhs);
        return n;
    }
    parse_syntax_error(p, "expecting := or = or comma");
    parse_advance(p, (TokKind[]){TK_SEMICOLON, TK_RBRACE}, 2);
    return parse_expr_stmt(p, lhs->items[0]);
}

/* x.(type) or v := x.(type) at the top of a switch header: returns the guard and sets *bind. */
static Node *parse_type_switch_guard(Node *s, Node **bind)
{
    *bind = NULL;
    if (!s)
        return NULL;
    if (s->kind == ND_EXPR_STMT) {
        Node *x = s->expr_stmt.x;
        return x->kind == ND_TYPE_ASSERT && !x->assert.type ? x : NULL;
    }
    if (s->kind == ND_ASSIGN && s->assign.op == TK_DEFINE && s->assign.lhs.len == 1 && s->assign.rhs.len == 1) {
        Node *x = s->assign.rhs.items[0];
        Node *v = s->assign.lhs.items[0];
        if (x->kind == ND_TYPE_ASSERT && !x->assert.type && v->kind == ND_IDENT) {
            *bind = v;
            return x;
        }
    }
    return NULL;
}

static const char *parse_list_text(Parser *p, const NodeList *l)
{
    const char *s = "";
    for (int i = 0; i < l->len; i++)
        s = arena_printf(p->a, "%s%s%s", s, i ? ", " : "", ast_expr_syntax_text(p->a, l->items[i]));
    return s;
}

/* Go's text of a simple statement, for "cannot use ... as value". */
static const char *parse_stmt_text(Parser *p, const Node *s)
{
    switch (s->kind) {
    case ND_ASSIGN:
        return arena_printf(p->a, "%s %s %s", parse_list_text(p, &s->assign.lhs), tok_kind_text(s->assign.op),
                            parse_list_text(p, &s->assign.rhs));
    case ND_INC_DEC:
        return arena_printf(p->a, "%s%s", ast_expr_syntax_text(p->a, s->inc_dec.x), tok_kind_text(s->inc_dec.op));
    default:
        return "statement";
    }
}

typedef struct Header {
    Node *init, *cond, *post;
    Node *bind;         /* switch: v of v := x.(type) */
    bool type_switch;
    Node *range;        /* for: the ND_RANGE (without body) */
} Header;

/* Turns the statement in condition position into an expression (Go's header "unpack" step). */
static void parse_header_cond(Parser *p, Header *h, Node *cond_stmt, TokKind keyword, Token semi)
{
    if (keyword == TK_SWITCH) {
        Node *guard = parse_type_switch_guard(cond_stmt, &h->bind);
        if (guard) {
            h->cond = guard;
            h->type_switch = true;
            return;
        }
    }
    if (!cond_stmt) {
        if (keyword == TK_IF && pos_valid(semi.pos)) {
            if (semi.semi == SEMI_EXPLICIT)
                parse_syntax_error_at(p, semi.pos, "missing condition in if statement");
            else
                diag_error(semi.pos, "syntax error: unexpected newline, expecting { after if clause");
            h->cond = ast_new_bad(p->a, semi.pos);
        }
        return;
    }
    if (cond_stmt->kind == ND_EXPR_STMT) {
        h->cond = cond_stmt->expr_stmt.x;
        return;
    }
    if (cond_stmt->kind == ND_ASSIGN && cond_stmt->assign.op == TK_ASSIGN && cond_stmt->assign.lhs.len == 1 &&
        cond_stmt->assign.rhs.len == 1) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot use assignment (%s) = (%s) as value",
                 ast_expr_syntax_text(p->a, cond_stmt->assign.lhs.items[0]), ast_expr_syntax_text(p->a, cond_stmt->assign.rhs.items[0]));
        parse_syntax_error_at(p, cond_stmt->pos, msg);
    } else if (cond_stmt->kind != ND_BAD) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot use %s as value", parse_stmt_text(p, cond_stmt));
        parse_syntax_error_at(p, cond_stmt->pos, msg);
    }
    h->cond = ast_new_bad(p->a, cond_stmt->pos);
}

/* For the for header after the first ';': [ Condition ] ";" [ PostStmt ]. Returns the condition stmt. */
static Node *parse_for_rest(Parser *p, Header *h)
{
    Node *cond_stmt = NULL;
    if (p->tok.kind != TK_SEMICOLON) {
        if (p->tok.kind == TK_LBRACE) {
            parse_syntax_error(p, "expecting for loop condition");
            return NULL;
        }
        cond_stmt = parse_simple_stmt(p, NULL, TK_ILLEGAL, POS_NONE);
    }
    parse_want(p, TK_SEMICOLON);
    if (p->tok.kind != TK_LBRACE) {
        h->post = parse_simple_stmt(p, NULL, TK_ILLEGAL, POS_NONE);
        if (h->post->kind == ND_ASSIGN && h->post->assign.op == TK_DEFINE)
            parse_syntax_error_at(p, h->post->pos, "cannot declare in post statement of for loop");
    }
    return cond_stmt;
}

/* Header of if/for/switch: [ SimpleStmt ";" ] Expression, or the for clause / range clause. */
static void parse_header(Parser *p, Header *h, TokKind keyword, Pos kw_pos)
{
    memset(h, 0, sizeof *h);
    if (p->tok.kind == TK_LBRACE) {
        if (keyword == TK_IF) {
            parse_syntax_error(p, "missing condition in if statement");
            h->cond = ast_new_bad(p->a, p->tok.pos);
        }
        return;
    }
    int outer = p->expr_lev;
    p->expr_lev = -1;
    if (p->tok.kind != TK_SEMICOLON) {
        if (parse_got(p, TK_VAR)) {
            char msg[64];
            snprintf(msg, sizeof msg, "var declaration not allowed in %s initializer", tok_kind_text(keyword));
            parse_syntax_error(p, msg);
        }
        h->init = parse_simple_stmt(p, NULL, keyword, kw_pos);
        if (h->init->kind == ND_RANGE) {
            h->range = h->init;
            h->init = NULL;
            p->expr_lev = outer;
            return;
        }
    }
    Node *cond_stmt = NULL;
    Token semi = {0};
    semi.pos = POS_NONE;
    if (p->tok.kind != TK_LBRACE) {
        if (p->tok.kind == TK_SEMICOLON) {
            semi = p->tok;
            parse_next(p);
        } else {
            parse_want(p, TK_LBRACE);
            if (p->tok.kind != TK_LBRACE)
                parse_advance(p, (TokKind[]){TK_LBRACE, TK_RBRACE}, 2);
        }
        if (keyword == TK_FOR)
            cond_stmt = parse_for_rest(p, h);
        else if (p->tok.kind != TK_LBRACE)
            cond_stmt = parse_simple_stmt(p, NULL, keyword, kw_pos);
    } else {
        cond_stmt = h->init;
        h->init = NULL;
    }
    parse_header_cond(p, h, cond_stmt, keyword, semi);
    p->expr_lev = outer;
}

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
static Node *parse_if_stmt(Parser *p)
{
    Node *n = ast_new(p->a, ND_IF, p->tok.pos);
    parse_next(p);
    Header h;
    parse_header(p, &h, TK_IF, n->pos);
    n->if_stmt.init = h.init;
    n->if_stmt.cond = h.cond;
    n->if_stmt.then = parse_block_ctx(p, "if clause");
    if (parse_got(p, TK_ELSE)) {
        if (p->tok.kind == TK_IF) {
            if (parse_enter(p))
                n->if_stmt.els = parse_if_stmt(p);
            parse_leave(p);
        } else if (p->tok.kind == TK_LBRACE) {
            n->if_stmt.els = parse_block(p);
        } else {
            parse_syntax_error(p, "else must be followed by if or statement block");
            parse_advance(p, (TokKind[]){TK_IDENT, TK_RBRACE}, 2);
        }
    }
    return n;
}

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
static Node *parse_for_stmt(Parser *p)
{
    Pos pos = p->tok.pos;
    parse_next(p);
    Header h;
    parse_header(p, &h, TK_FOR, pos);
    if (h.range) {
        h.range->range_stmt.body = parse_block_ctx(p, "for clause");
        return h.range;
    }
    Node *n = ast_new(p->a, ND_FOR, pos);
    n->for_stmt.init = h.init;
    n->for_stmt.cond = h.cond;
    n->for_stmt.post = h.post;
    n->for_stmt.body = parse_block_ctx(p, "for clause");
    return n;
}

/* ExprCaseClause = ExprSwitchCase ":" StatementList .  ExprSwitchCase = "case" ExpressionList | "default" . */
static Node *parse_case_clause(Parser *p)
{
    Node *n = ast_new(p->a, ND_CASE_CLAUSE, p->tok.pos);
    if (parse_got(p, TK_CASE)) {
        parse_expr_list(p, &n->case_clause.exprs);
    } else if (parse_got(p, TK_DEFAULT)) {
        n->case_clause.is_default = true;
    } else {
        parse_syntax_error(p, "expecting case or default or }");
        parse_advance(p, (TokKind[]){TK_COLON, TK_CASE, TK_DEFAULT, TK_RBRACE}, 4);
    }
    n->case_clause.colon = p->tok.pos;
    parse_want(p, TK_COLON);
    parse_stmt_list(p, &n->case_clause.body);
    return n;
}

/* SwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression | TypeSwitchGuard ] "{" { CaseClause } "}" . */
static Node *parse_switch_stmt(Parser *p)
{
    Node *n = ast_new(p->a, ND_SWITCH, p->tok.pos);
    parse_next(p);
    Header h;
    parse_header(p, &h, TK_SWITCH, n->pos);
    if (h.type_switch)
        n->kind = ND_TYPE_SWITCH;
    n->switch_stmt.init = h.init;
    n->switch_stmt.tag = h.cond;
    n->switch_stmt.bind = h.bind;
    if (!parse_got(p, TK_LBRACE)) {
        parse_syntax_error(p, "missing { after switch clause");
        parse_advance(p, (TokKind[]){TK_CASE, TK_DEFAULT, TK_RBRACE}, 3);
    }
    while (p->tok.kind != TK_EOF && p->tok.kind != TK_RBRACE)
        ast_list_push(p->a, &n->switch_stmt.clauses, parse_case_clause(p));
    n->switch_stmt.rbrace = p->tok.pos;
    parse_want(p, TK_RBRACE);
    return n;
}

/* SelectStmt: rejected; its body is skipped by brace matching. */
static Node *parse_select_stmt(Parser *p)
{
    Pos pos = p->tok.pos;
    diag_error(pos, "channels are not supported");
    parse_next(p);
    if (p->tok.kind != TK_LBRACE) {
        parse_syntax_error(p, "expecting {");
        return ast_new_bad(p->a, pos);
    }
    int level = 0;
    do {
        if (p->tok.kind == TK_LBRACE)
            level++;
        else if (p->tok.kind == TK_RBRACE)
            level--;
        parse_next(p);
    } while (level > 0 && p->tok.kind != TK_EOF);
    return ast_new_bad(p->a, pos);
}

/* GoStmt = "go" Expression .  DeferStmt = "defer" Expression . */
static Node *parse_call_stmt(Parser *p)
{
    Node *n = ast_new(p->a, p->tok.kind == TK_GO ? ND_GO_STMT : ND_DEFER_STMT, p->tok.pos);
    const char *word = p->tok.kind == TK_GO ? "go" : "defer";
    if (n->kind == ND_GO_STMT)
        diag_error(n->pos, "goroutines are not supported");
    parse_next(p);
    Node *x = parse_primary_expr(p, NULL, p->tok.kind == TK_LPAREN);
    if (x->kind == ND_PAREN) {
        diag_error(x->pos, "expression in %s must not be parenthesized", word);
        x = ast_unparen(x);
    }
    n->call_stmt.call = x;
    return n;
}

/* ReturnStmt = "return" [ ExpressionList ] . */
static Node *parse_return_stmt(Parser *p)
{
    Node *n = ast_new(p->a, ND_RETURN, p->tok.pos);
    parse_next(p);
    if (p->tok.kind != TK_SEMICOLON && p->tok.kind != TK_RBRACE)
        parse_expr_list(p, &n->ret.results);
    return n;
}

/* BreakStmt, ContinueStmt, GotoStmt, FallthroughStmt. */
static Node *parse_branch_stmt(Parser *p)
{
    Node *n = ast_new(p->a, ND_BRANCH, p->tok.pos);
    TokKind k = p->tok.kind;
    n->branch.tok = k;
    parse_next(p);
    if (k == TK_GOTO || ((k == TK_BREAK || k == TK_CONTINUE) && p->tok.kind == TK_IDENT))
        n->branch.label = parse_name(p);
    return n;
}

/* LabeledStmt = Label ":" Statement .   (at the ':') */
static Node *parse_labeled_stmt(Parser *p, Node *label)
{
    Node *n = ast_new(p->a, ND_LABELED, p->tok.pos);
    n->labeled.label = label;
    parse_want(p, TK_COLON);
    if (p->tok.kind == TK_RBRACE) {
        n->labeled.stmt = ast_new(p->a, ND_EMPTY_STMT, p->tok.pos);
        return n;
    }
    n->labeled.stmt = parse_stmt_or_null(p);
    if (n->labeled.stmt)
        return n;
    parse_syntax_error_at(p, n->pos, "missing statement after label");
    return NULL;
}

static Node *parse_decl_stmt(Parser *p)
{
    Node *n = ast_new(p->a, ND_DECL_STMT, p->tok.pos);
    parse_decl_group(p, &n->decl_stmt.decls);
    return n;
}

/* Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt | ContinueStmt
 *           | GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
 * Returns NULL (consuming nothing) when no statement starts here. */
static Node *parse_stmt_inner(Parser *p)
{
    switch (p->tok.kind) {
    case TK_IDENT: {
        NodeList lhs = {0};
        parse_expr_list(p, &lhs);
        if (lhs.len == 1 && lhs.items[0]->kind == ND_IDENT && p->tok.kind == TK_COLON)
            return parse_labeled_stmt(p, lhs.items[0]);
        return parse_simple_stmt(p, &lhs, TK_ILLEGAL, POS_NONE);
    }
    case TK_VAR: case TK_CONST: case TK_TYPE: return parse_decl_stmt(p);
    case TK_LBRACE: return parse_block(p);
    case TK_ADD: case TK_SUB: case TK_MUL: case TK_AND: case TK_XOR: case TK_NOT:
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING: case TK_FUNC: case TK_LPAREN:
    case TK_LBRACK: case TK_STRUCT: case TK_MAP: case TK_CHAN: case TK_INTERFACE: case TK_ARROW:
        return parse_simple_stmt(p, NULL, TK_ILLEGAL, POS_NONE);
    case TK_FOR: return parse_for_stmt(p);
    case TK_SWITCH: return parse_switch_stmt(p);
    case TK_SELECT: return parse_select_stmt(p);
    case TK_IF: return parse_if_stmt(p);
    case TK_FALLTHROUGH: case TK_BREAK: case TK_CONTINUE: case TK_GOTO: return parse_branch_stmt(p);
    case TK_GO: case TK_DEFER: return parse_call_stmt(p);
    case TK_RETURN: return parse_return_stmt(p);
    case TK_SEMICOLON: return ast_new(p->a, ND_EMPTY_STMT, p->tok.pos);
    default: return NULL;
    }
}

static Node *parse_stmt_or_null(Parser *p)
{
    if (!parse_enter(p)) {
        parse_leave(p);
        return NULL;
    }
    Node *n = parse_stmt_inner(p);
    parse_leave(p);
    return n;
}

/* StatementList = { Statement ";" } . */
void parse_stmt_list(Parser *p, NodeList *out)
{
    while (p->tok.kind != TK_EOF && p->tok.kind != TK_RBRACE && p->tok.kind != TK_CASE &&
           p->tok.kind != TK_DEFAULT) {
        Node *s = parse_stmt_or_null(p);
        if (!s)
            break;
        if (s->kind != ND_EMPTY_STMT)
            ast_list_push(p->a, out, s);
        if (!parse_got(p, TK_SEMICOLON) && p->tok.kind != TK_RBRACE) {
            parse_syntax_error(p, "at end of statement");
            parse_advance(p, (TokKind[]){TK_SEMICOLON, TK_RBRACE, TK_CASE, TK_DEFAULT}, 4);
            parse_got(p, TK_SEMICOLON);
        }
    }
}
