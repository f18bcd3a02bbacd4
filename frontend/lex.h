/* lex.h: the Go lexer.
 *
 * lex_next turns a SourceFile into tokens on demand, inserting semicolons by Go's rule (after a
 * line's last token if it is a name, a literal, one of the keywords break continue fallthrough
 * return, or one of ++ -- ) ] }; and before EOF). Literal tokens keep their exact source text; the
 * checker converts values (lex_unquote / lex_char_value below do the escape decoding for it).
 * Lexical errors go to diag_error in Go's wording; the lexer never crashes or loops on any input:
 * every call consumes at least one byte or returns TK_EOF. Comments are skipped. */
#ifndef LLGO_LEX_H
#define LLGO_LEX_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "source.h"

typedef enum TokKind {
#define TOK(kind, text, prec) kind,
#define KEYWORD(kind, text) kind,
#include "token.def"
    TK_COUNT
} TokKind;

/* Why a TK_SEMICOLON is there (Go's errors print "unexpected newline" etc.). */
typedef enum SemiKind {
    SEMI_EXPLICIT,  /* ";" in the source: prints as "semicolon" */
    SEMI_NEWLINE,   /* inserted at a newline (or a comment holding one): "newline" */
    SEMI_EOF        /* inserted at end of file: "EOF" */
} SemiKind;

typedef struct Token {
    TokKind kind;
    Pos pos;            /* first byte of the token */
    const char *text;   /* points into the source: the token's bytes (not NUL-terminated) */
    int32_t len;        /* length of text */
    SemiKind semi;      /* only for TK_SEMICOLON */
    bool bad;           /* literal with an error already reported (the parser should not add one) */
} Token;

/* Limits (README, "Limits"): positions are 32-bit offsets, and a bigger file is no Go program anyone
 * writes by hand. A file over LEX_MAX_FILE_SIZE bytes is one error at 1:1 (parse_file); a longer
 * identifier is an error at its start. */
#define LEX_MAX_FILE_SIZE (64u << 20)
#define LEX_MAX_IDENT 4096

typedef struct Lexer {
    SourceFile *file;
    const char *src;
    int32_t len;
    int32_t off;        /* next byte to read */
    bool semi_ok;       /* the previous token allows an automatic semicolon at a newline */
} Lexer;

void lex_init(Lexer *lx, SourceFile *file);
Token lex_next(Lexer *lx);

/* Name of a kind as Go's errors print it ("{", "comma", "else", "name", "literal"). */
const char *tok_kind_text(TokKind kind);
/* Enumerator spelling, e.g. "TK_LBRACE" (dumps). */
const char *tok_kind_name(TokKind kind);
/* Binary precedence (1..5) or 0 when kind is not a binary operator. */
int tok_precedence(TokKind kind);
/* For an op-assign kind (TK_ADD_ASSIGN...): the binary operator (TK_ADD...); otherwise TK_ILLEGAL. */
TokKind tok_assign_op(TokKind kind);
bool tok_is_keyword(TokKind kind);

/* Prints one line per token: "file:L:C\tKIND\ttext" (--dump=tokens). */
void lex_dump_tokens(FILE *out, SourceFile *file);

/* Decodes a string literal's source text (with quotes, interpreted or raw) into bytes.
 * Raw strings drop carriage returns as Go does. The result is NUL-terminated in `a` but may contain
 * NULs; *out_len gets its length. Returns false on a malformed literal (the lexer reported it). */
bool lex_unquote(Arena *a, const char *text, size_t len, char **out, size_t *out_len);
/* Decodes a rune literal's source text ('x', '\n', '\u00e9'...) to its code point; -1 if malformed. */
int32_t lex_char_value(const char *text, size_t len);

#endif
