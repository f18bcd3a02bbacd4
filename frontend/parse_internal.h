/* parse_internal.h: the parser's state and the functions its three files share.
 *
 * parse.c holds token handling, error recovery, declarations and types; parse_expr.c expressions;
 * parse_stmt.c statements. Private to those files. */
#ifndef LLGO_PARSE_INTERNAL_H
#define LLGO_PARSE_INTERNAL_H

#include "ast.h"
#include "diag.h"
#include "lex.h"
#include "parse.h"

/* The depth of the syntax tree is bounded, so that every later stage may recurse over it: each level
 * of nesting (a statement in a block, a type in a type, a unary operand, a composite literal) costs
 * PARSE_LEVEL_UNITS, each link of a left-deep chain (a + b + c..., x.f.g..., f()()..., a[0][1]...)
 * costs one unit, and a path from the root may hold PARSE_MAX_DEPTH levels' worth: 1000 nested
 * blocks, or a 10000-term sum, or any mix (README, "Limits"). */
#define PARSE_MAX_DEPTH 1000
#define PARSE_LEVEL_UNITS 10

typedef struct Parser {
    Arena *a;
    SourceFile *src;
    Lexer lx;
    Token tok;          /* current token */
    Token peeked;       /* one token of lookahead, valid when has_peek */
    bool has_peek;
    int expr_lev;       /* < 0: in an if/for/switch header, where T{ is not a composite literal */
    int fnest;          /* function nesting (error recovery stops at statement keywords inside) */
    int depth;          /* tree depth in units, limited to PARSE_MAX_DEPTH * PARSE_LEVEL_UNITS */
    bool stopped;       /* too deep / too many errors: every further token is EOF */
    int group_seq;      /* numbering of parenthesised declaration groups */
} Parser;

/* parse.c */
void parse_next(Parser *p);
bool parse_got(Parser *p, TokKind k);
Pos parse_want(Parser *p, TokKind k);
void parse_syntax_error(Parser *p, const char *msg);
void parse_syntax_error_at(Parser *p, Pos pos, const char *msg);
void parse_advance(Parser *p, const TokKind *follow, int n);
bool parse_enter(Parser *p);
bool parse_chain_link(Parser *p);
void parse_too_deep(Parser *p);
void parse_leave(Parser *p);
Node *parse_name(Parser *p);
void parse_name_list(Parser *p, Node *first, NodeList *out);
bool parse_list_sep(Parser *p, const char *context, TokKind sep, TokKind close);
Node *parse_type(Parser *p);
Node *parse_type_or_null(Parser *p);
Node *parse_func_type(Parser *p, Pos pos);
void parse_param_list(Parser *p, NodeList *out);

/* parse_decl.c */
void parse_decl_group(Parser *p, NodeList *out);
const Token *parse_peek(Parser *p);

/* parse_expr.c */
Node *parse_expr(Parser *p);
void parse_expr_list(Parser *p, NodeList *out);
Node *parse_unary_expr(Parser *p);
Node *parse_primary_expr(Parser *p, Node *x, bool keep_parens);
Node *parse_operand(Parser *p, bool keep_parens);
Node *parse_func_lit(Parser *p);

/* parse_stmt.c */
Node *parse_block(Parser *p);
Node *parse_func_body(Parser *p);
void parse_stmt_list(Parser *p, NodeList *out);

#endif
