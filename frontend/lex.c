/* lex.c: the Go lexer (see lex.h for the contract).
 *
 * One function per token family: space and comments (which also produce automatic semicolons),
 * names, numbers, runes, strings, operators. Error wording and positions follow cmd/compile's
 * scanner: errors inside a literal are reported at the offending byte, "not terminated" errors at
 * the literal's start. The source always ends in a NUL that is not part of the file, so peeking one
 * byte ahead is safe; end of input is tested with the offset, never with the NUL (a NUL byte inside
 * the file is an error, not the end). */
#include "lex.h"

#include <string.h>

#include "diag.h"

static const char *const tok_texts[] = {
#define TOK(kind, text, prec) text,
#define KEYWORD(kind, text) text,
#include "token.def"
};

static const char *const tok_names[] = {
#define TOK(kind, text, prec) #kind,
#define KEYWORD(kind, text) #kind,
#include "token.def"
};

static const int tok_precs[] = {
#define TOK(kind, text, prec) prec,
#define KEYWORD(kind, text) 0,
#include "token.def"
};

const char *tok_kind_text(TokKind kind)
{
    return kind < TK_COUNT ? tok_texts[kind] : "?";
}

const char *tok_kind_name(TokKind kind)
{
    return kind < TK_COUNT ? tok_names[kind] : "?";
}

int tok_precedence(TokKind kind)
{
    return kind < TK_COUNT ? tok_precs[kind] : 0;
}

TokKind tok_assign_op(TokKind kind)
{
    if (kind >= TK_ADD_ASSIGN && kind <= TK_AND_NOT_ASSIGN)
        return (TokKind)(TK_ADD + (kind - TK_ADD_ASSIGN));
    return TK_ILLEGAL;
}

bool tok_is_keyword(TokKind kind)
{
    return kind >= TK_BREAK && kind < TK_COUNT;
}

/* --- UTF-8 --- */

/* Decodes the UTF-8 sequence at s[0..n); returns its length (>= 1) and stores the rune, or stores
 * -1 (and returns 1) for an invalid encoding. */
static int lex_decode_utf8(const unsigned char *s, int n, int32_t *r)
{
    unsigned c = s[0];
    int len;
    int32_t min;
    if (c < 0x80) {
        *r = (int32_t)c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        len = 2, min = 0x80, *r = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, min = 0x800, *r = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, min = 0x10000, *r = c & 0x07;
    } else {
        *r = -1;
        return 1;
    }
    if (len > n) {
        *r = -1;
        return 1;
    }
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *r = -1;
            return 1;
        }
        *r = (*r << 6) | (s[i] & 0x3F);
    }
    if (*r < min || *r > 0x10FFFF || (*r >= 0xD800 && *r <= 0xDFFF)) {
        *r = -1;
        return 1;
    }
    return len;
}

static Pos lex_pos(const Lexer *lx, int32_t off)
{
    return pos_make(lx->file, (size_t)off);
}

static bool lex_at_end(const Lexer *lx)
{
    return lx->off >= lx->len;
}

static int lex_peek(const Lexer *lx)
{
    return lex_at_end(lx) ? -1 : (unsigned char)lx->src[lx->off];
}

/* Consumes one source character (a whole UTF-8 sequence), reporting NUL and bad encodings. */
static int32_t lex_advance_char(Lexer *lx)
{
    int32_t r;
    int n = lex_decode_utf8((const unsigned char *)lx->src + lx->off, lx->len - lx->off, &r);
    if (r == -1)
        diag_error(lex_pos(lx, lx->off), "invalid UTF-8 encoding");
    else if (r == 0)
        diag_error(lex_pos(lx, lx->off), "invalid NUL character");
    else if (r == 0xFEFF && lx->off > 0)
        diag_error(lex_pos(lx, lx->off), "invalid BOM in the middle of the file");
    lx->off += n;
    return r;
}

void lex_init(Lexer *lx, SourceFile *file)
{
    memset(lx, 0, sizeof *lx);
    lx->file = file;
    lx->src = file->bytes;
    lx->len = file->length > LEX_MAX_FILE_SIZE ? 0 : (int32_t)file->length;
    if (lx->len >= 3 && memcmp(lx->src, "\xEF\xBB\xBF", 3) == 0)
        lx->off = 3;   /* a leading byte order mark is ignored */
}

static Token lex_make(const Lexer *lx, TokKind kind, int32_t start)
{
    Token t = {kind, lex_pos(lx, start), lx->src + start, lx->off - start, SEMI_EXPLICIT, false};
    return t;
}

/* --- space and comments --- */

/* Skips a comment starting at lx->off ("//" or block). Returns true for a block comment that
 * spans lines (it then acts as a newline: the semicolon goes at the comment's start). A line comment
 * stops before its newline, which is then seen as an ordinary newline. */
static bool lex_skip_comment(Lexer *lx)
{
    int32_t start = lx->off;
    if (lx->src[lx->off + 1] == '/') {
        lx->off += 2;
        while (!lex_at_end(lx) && lx->src[lx->off] != '\n')
            lex_advance_char(lx);
        return false;
    }
    lx->off += 2;
    bool newline = false;
    for (;;) {
        if (lex_at_end(lx)) {
            diag_error(lex_pos(lx, start), "comment not terminated");
            return false;
        }
        if (lx->src[lx->off] == '*' && lx->off + 1 < lx->len && lx->src[lx->off + 1] == '/') {
            lx->off += 2;
            return newline;
        }
        newline |= lx->src[lx->off] == '\n';
        lex_advance_char(lx);
    }
}

/* Skips blanks and comments. Returns true (with *semi_at set) when a semicolon must be inserted. */
static bool lex_skip_space(Lexer *lx, int32_t *semi_at)
{
    for (;;) {
        int c = lex_peek(lx);
        if (c == ' ' || c == '\t' || c == '\r') {
            lx->off++;
        } else if (c == '\n') {
            if (lx->semi_ok) {
                *semi_at = lx->off++;
                return true;
            }
            lx->off++;
        } else if (c == '/' && lx->off + 1 < lx->len && (lx->src[lx->off + 1] == '/' || lx->src[lx->off + 1] == '*')) {
            int32_t start = lx->off;
            if (lex_skip_comment(lx) && lx->semi_ok) {
                *semi_at = start;
                return true;
            }
        } else {
            return false;
        }
    }
}

/* --- names --- */

static bool lex_is_letter(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static bool lex_is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static bool lex_is_hex(int c)
{
    return lex_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static TokKind lex_keyword(const char *s, int len)
{
    for (int k = TK_BREAK; k < TK_COUNT; k++)
        if ((int)strlen(tok_texts[k]) == len && memcmp(tok_texts[k], s, (size_t)len) == 0)
            return (TokKind)k;
    return TK_IDENT;
}

static Token lex_name(Lexer *lx)
{
    int32_t start = lx->off;
    while (!lex_at_end(lx) && (lex_is_letter(lex_peek(lx)) || lex_is_digit(lex_peek(lx)))) {
        if (lex_peek(lx) >= 0x80)
            lex_advance_char(lx);
        else
            lx->off++;
    }
    Token t = lex_make(lx, TK_IDENT, start);
    t.kind = lex_keyword(t.text, t.len);
    if (t.len > LEX_MAX_IDENT)
        diag_error(lex_pos(lx, start), "identifier too long (%d bytes, the limit is %d)", (int)t.len, LEX_MAX_IDENT);
    return t;
}

/* --- numbers --- */

static const char *lex_base_name(int base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    }
    return "hexadecimal";
}

/* Consumes digits and '_' of the given base. Bit 1 of the result: saw a digit; bit 2: saw '_'.
 * Records the first digit too large for base (bases <= 10) in *invalid. */
static int lex_digits(Lexer *lx, int base, int32_t *invalid)
{
    int seen = 0;
    for (;;) {
        int c = lex_peek(lx);
        if (c == '_') {
            seen |= 2;
        } else if (base <= 10 ? lex_is_digit(c) : lex_is_hex(c)) {
            seen |= 1;
            if (base < 10 && c >= '0' + base && invalid && *invalid < 0)
                *invalid = lx->off;
        } else {
            return seen;
        }
        lx->off++;
    }
}

/* Offset (within text) of a '_' that does not separate two digits, or -1. */
static int lex_invalid_sep(const char *x, int n)
{
    int i = 0, hex = 0;
    char d = '.';   /* previous class: '_', '0' (digit) or '.' (other) */
    if (n >= 2 && x[0] == '0') {
        char c = (char)(x[1] | 0x20);
        if (c == 'x' || c == 'o' || c == 'b') {
            d = '0', i = 2, hex = c == 'x';
        }
    }
    for (; i < n; i++) {
        char p = d;
        d = x[i];
        if (d == '_') {
            if (p != '0')
                return i;
        } else if (lex_is_digit(d) || (hex && lex_is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return i - 1;
            d = '.';
        }
    }
    return d == '_' ? n - 1 : -1;
}

/* Number prefix: returns the base and sets *prefix to 'x', 'o', 'b', '0' (legacy octal) or 0. */
static int lex_number_prefix(Lexer *lx, char *prefix, int *seen)
{
    *prefix = 0;
    if (lex_peek(lx) != '0')
        return 10;
    lx->off++;
    switch (lex_peek(lx) | 0x20) {
    case 'x': lx->off++; *prefix = 'x'; return 16;
    case 'o': lx->off++; *prefix = 'o'; return 8;
    case 'b': lx->off++; *prefix = 'b'; return 2;
    }
    *prefix = '0';
    *seen = 1;
    return 8;
}

/* Exponent part; returns false after reporting an error. */
static bool lex_exponent(Lexer *lx, char prefix, int *seen, bool ok)
{
    int e = lex_peek(lx) | 0x20;
    if (ok && e == 'e' && prefix != 0 && prefix != '0') {
        diag_error(lex_pos(lx, lx->off), "'%c' exponent requires decimal mantissa", lex_peek(lx));
        ok = false;
    } else if (ok && e == 'p' && prefix != 'x') {
        diag_error(lex_pos(lx, lx->off), "'%c' exponent requires hexadecimal mantissa", lex_peek(lx));
        ok = false;
    }
    lx->off++;
    if (lex_peek(lx) == '+' || lex_peek(lx) == '-')
        lx->off++;
    *seen = lex_digits(lx, 10, NULL) | (*seen & 2);
    if (!(*seen & 1) && ok) {
        diag_error(lex_pos(lx, lx->off), "exponent has no digits");
        ok = false;
    }
    return ok;
}

static Token lex_number(Lexer *lx, bool seen_point)
{
    int32_t start = seen_point ? lx->off - 1 : lx->off;
    TokKind kind = TK_INT;
    char prefix = 0;
    int seen = 0, base = 10;
    int32_t invalid = -1;
    bool ok = true;
    if (!seen_point) {
        base = lex_number_prefix(lx, &prefix, &seen);
        seen |= lex_digits(lx, base, &invalid);
        if (lex_peek(lx) == '.') {
            if (prefix == 'o' || prefix == 'b') {
                diag_error(lex_pos(lx, lx->off), "invalid radix point in %s literal", lex_base_name(base));
                ok = false;
            }
            lx->off++;
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = TK_FLOAT;
        seen |= lex_digits(lx, base, &invalid);
    }
    if (!(seen & 1) && ok) {
        diag_error(lex_pos(lx, lx->off), "%s literal has no digits", lex_base_name(base));
        ok = false;
    }
    int e = lex_peek(lx) | 0x20;
    if (e == 'e' || e == 'p') {
        ok = lex_exponent(lx, prefix, &seen, ok);
        kind = TK_FLOAT;
    } else if (prefix == 'x' && kind == TK_FLOAT && ok) {
        diag_error(lex_pos(lx, lx->off), "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (lex_peek(lx) == 'i') {
        lx->off++;
        kind = TK_IMAG;
    }
    Token t = lex_make(lx, kind, start);
    if (kind == TK_INT && invalid >= 0 && ok) {
        diag_error(lex_pos(lx, invalid), "invalid digit '%c' in %s literal", lx->src[invalid], lex_base_name(base));
        ok = false;
    }
    int sep;
    if ((seen & 2) && ok && (sep = lex_invalid_sep(t.text, t.len)) >= 0) {
        diag_error(lex_pos(lx, start + sep), "'_' must separate successive digits");
        ok = false;
    }
    if (kind == TK_IMAG && ok) {
        diag_error(t.pos, "complex numbers are not supported");
        ok = false;
    }
    t.bad = !ok;
    return t;
}

/* --- runes and strings --- */

/* Checks one escape after the backslash (lx->off is just past it). Returns false after an error. */
static bool lex_escape(Lexer *lx, char quote)
{
    int c = lex_peek(lx);
    int n = 0, base = 0;
    uint32_t max = 0;
    if (c == quote) {
        lx->off++;
        return true;
    }
    switch (c) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        lx->off++;
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x': lx->off++; n = 2, base = 16, max = 255; break;
    case 'u': lx->off++; n = 4, base = 16, max = 0x10FFFF; break;
    case 'U': lx->off++; n = 8, base = 16, max = 0x10FFFF; break;
    default:
        if (lex_at_end(lx))
            return true;   /* the caller reports the missing terminator */
        diag_error(lex_pos(lx, lx->off), "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (int i = 0; i < n; i++) {
        if (lex_at_end(lx))
            return true;
        c = lex_peek(lx);
        int d = lex_is_digit(c) ? c - '0' : lex_is_hex(c) ? (c | 0x20) - 'a' + 10 : 16;
        if (d >= base) {
            if (c >= 0x20 && c < 0x7F)
                diag_error(lex_pos(lx, lx->off), "invalid character '%c' in %s escape", c, lex_base_name(base));
            else
                diag_error(lex_pos(lx, lx->off), "invalid character %s in %s escape",
                           c == '\n' ? "'\\n'" : "in escape", lex_base_name(base));
            return false;
        }
        x = x * (uint32_t)base + (uint32_t)d;
        lx->off++;
    }
    if (x > max && base == 8) {
        diag_error(lex_pos(lx, lx->off), "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        diag_error(lex_pos(lx, lx->off), "escape is invalid Unicode code point U+%04X", x);
        return false;
    }
    return true;
}

static Token lex_rune(Lexer *lx)
{
    int32_t start = lx->off++;
    bool ok = true;
    for (int n = 0;; n++) {
        int c = lex_peek(lx);
        if (c == '\'') {
            if (ok && n == 0) {
                diag_error(lex_pos(lx, lx->off), "empty rune literal or unescaped '");
                ok = false;
            } else if (ok && n != 1) {
                diag_error(lex_pos(lx, start), "more than one character in rune literal");
                ok = false;
            }
            lx->off++;
            break;
        }
        if (c == '\\') {
            lx->off++;
            ok &= lex_escape(lx, '\'');
            continue;
        }
        if (c == '\n') {
            if (ok)
                diag_error(lex_pos(lx, lx->off), "newline in rune literal");
            ok = false;
            break;
        }
        if (c < 0) {
            if (ok)
                diag_error(lex_pos(lx, start), "rune literal not terminated");
            ok = false;
            break;
        }
        lex_advance_char(lx);
    }
    Token t = lex_make(lx, TK_CHAR, start);
    t.bad = !ok;
    return t;
}

static Token lex_string(Lexer *lx)
{
    int32_t start = lx->off++;
    bool ok = true;
    for (;;) {
        int c = lex_peek(lx);
        if (c == '"') {
            lx->off++;
            break;
        }
        if (c == '\\') {
            lx->off++;
            ok &= lex_escape(lx, '"');
            continue;
        }
        if (c == '\n') {
            diag_error(lex_pos(lx, lx->off), "newline in string");
            ok = false;
            break;
        }
        if (c < 0) {
            diag_error(lex_pos(lx, start), "string literal not terminated");
            ok = false;
            break;
        }
        lex_advance_char(lx);
    }
    Token t = lex_make(lx, TK_STRING, start);
    t.bad = !ok;
    return t;
}

static Token lex_raw_string(Lexer *lx)
{
    int32_t start = lx->off++;
    bool ok = true;
    for (;;) {
        int c = lex_peek(lx);
        if (c == '`') {
            lx->off++;
            break;
        }
        if (c < 0) {
            diag_error(lex_pos(lx, start), "string literal not terminated");
            ok = false;
            break;
        }
        lex_advance_char(lx);
    }
    Token t = lex_make(lx, TK_STRING, start);
    t.bad = !ok;
    return t;
}

/* --- operators --- */

/* Picks among c, c= and (when `twice` is given) cc and cc= forms. */
static TokKind lex_op(Lexer *lx, TokKind one, TokKind assign, int second, TokKind twice, TokKind twice_assign)
{
    if (lex_peek(lx) == '=' && assign != TK_ILLEGAL) {
        lx->off++;
        return assign;
    }
    if (second && lex_peek(lx) == second) {
        lx->off++;
        if (twice_assign != TK_ILLEGAL && lex_peek(lx) == '=') {
            lx->off++;
            return twice_assign;
        }
        return twice;
    }
    return one;
}

static TokKind lex_operator_rest(Lexer *lx, int c)
{
    switch (c) {
    case '+': return lex_op(lx, TK_ADD, TK_ADD_ASSIGN, '+', TK_INC, TK_ILLEGAL);
    case '-': return lex_op(lx, TK_SUB, TK_SUB_ASSIGN, '-', TK_DEC, TK_ILLEGAL);
    case '*': return lex_op(lx, TK_MUL, TK_MUL_ASSIGN, 0, TK_ILLEGAL, TK_ILLEGAL);
    case '/': return lex_op(lx, TK_QUO, TK_QUO_ASSIGN, 0, TK_ILLEGAL, TK_ILLEGAL);
    case '%': return lex_op(lx, TK_REM, TK_REM_ASSIGN, 0, TK_ILLEGAL, TK_ILLEGAL);
    case '|': return lex_op(lx, TK_OR, TK_OR_ASSIGN, '|', TK_LOR, TK_ILLEGAL);
    case '^': return lex_op(lx, TK_XOR, TK_XOR_ASSIGN, 0, TK_ILLEGAL, TK_ILLEGAL);
    case '>': return lex_op(lx, TK_GTR, TK_GEQ, '>', TK_SHR, TK_SHR_ASSIGN);
    case '=': return lex_op(lx, TK_ASSIGN, TK_EQL, 0, TK_ILLEGAL, TK_ILLEGAL);
    case '!': return lex_op(lx, TK_NOT, TK_NEQ, 0, TK_ILLEGAL, TK_ILLEGAL);
    case ':': return lex_op(lx, TK_COLON, TK_DEFINE, 0, TK_ILLEGAL, TK_ILLEGAL);
    case '&':
        if (lex_peek(lx) == '^') {
            lx->off++;
            return lex_op(lx, TK_AND_NOT, TK_AND_NOT_ASSIGN, 0, TK_ILLEGAL, TK_ILLEGAL);
        }
        return lex_op(lx, TK_AND, TK_AND_ASSIGN, '&', TK_LAND, TK_ILLEGAL);
    case '<':
        if (lex_peek(lx) == '-') {
            lx->off++;
            return TK_ARROW;
        }
        return lex_op(lx, TK_LSS, TK_LEQ, '<', TK_SHL, TK_SHL_ASSIGN);
    case '(': return TK_LPAREN;
    case ')': return TK_RPAREN;
    case '[': return TK_LBRACK;
    case ']': return TK_RBRACK;
    case '{': return TK_LBRACE;
    case '}': return TK_RBRACE;
    case ',': return TK_COMMA;
    case ';': return TK_SEMICOLON;
    case '~': return TK_TILDE;
    case '.':
        if (lex_peek(lx) == '.' && lx->off + 1 < lx->len && lx->src[lx->off + 1] == '.') {
            lx->off += 2;
            return TK_ELLIPSIS;
        }
        return TK_PERIOD;
    }
    return TK_ILLEGAL;
}

/* Reports a character that starts no token, in Go's %#U form. */
static void lex_invalid_char(Lexer *lx, int32_t start, int32_t r)
{
    if (r < 0 || r == 0 || r == 0xFEFF)
        return;   /* already reported by lex_advance_char */
    if (r >= 0x20 && r < 0x7F)
        diag_error(lex_pos(lx, start), "invalid character U+%04X '%c'", (unsigned)r, (int)r);
    else if (r >= 0x80)
        diag_error(lex_pos(lx, start), "invalid character U+%04X '%.*s'", (unsigned)r, lx->off - start, lx->src + start);
    else
        diag_error(lex_pos(lx, start), "invalid character U+%04X", (unsigned)r);
}

static Token lex_token(Lexer *lx)
{
    int32_t start = lx->off;
    int c = lex_peek(lx);
    if (lex_is_digit(c))
        return lex_number(lx, false);
    if (c == '.' && lx->off + 1 < lx->len && lex_is_digit(lx->src[lx->off + 1])) {
        lx->off++;
        return lex_number(lx, true);
    }
    if (c == '"')
        return lex_string(lx);
    if (c == '`')
        return lex_raw_string(lx);
    if (c == '\'')
        return lex_rune(lx);
    if (c >= 0x80) {
        int32_t r;
        lex_decode_utf8((const unsigned char *)lx->src + lx->off, lx->len - lx->off, &r);
        if (r > 0 && r != 0xFEFF)
            return lex_name(lx);
        lex_advance_char(lx);
        return lex_make(lx, TK_ILLEGAL, start);
    }
    if (lex_is_letter(c))
        return lex_name(lx);
    lx->off++;
    TokKind k = lex_operator_rest(lx, c);
    if (k == TK_ILLEGAL) {
        lx->off = start;
        int32_t r = lex_advance_char(lx);
        lex_invalid_char(lx, start, r);
    }
    return lex_make(lx, k, start);
}

static bool lex_allows_semi(TokKind k)
{
    switch (k) {
    case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    case TK_BREAK: case TK_CONTINUE: case TK_FALLTHROUGH: case TK_RETURN:
    case TK_INC: case TK_DEC: case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
        return true;
    default:
        return false;
    }
}

Token lex_next(Lexer *lx)
{
    for (;;) {
        int32_t semi_at;
        if (lex_skip_space(lx, &semi_at)) {
            lx->semi_ok = false;
            Token t = {TK_SEMICOLON, lex_pos(lx, semi_at), "\n", 1, SEMI_NEWLINE, false};
            return t;
        }
        if (lex_at_end(lx)) {
            Token t = {TK_EOF, lex_pos(lx, lx->len), "", 0, SEMI_EOF, false};
            if (lx->semi_ok) {
                t.kind = TK_SEMICOLON;
                lx->semi_ok = false;
            }
            return t;
        }
        Token t = lex_token(lx);
        if (t.kind == TK_ILLEGAL)
            continue;   /* reported; skip it like Go's scanner does */
        lx->semi_ok = lex_allows_semi(t.kind);
        return t;
    }
}

void lex_dump_tokens(FILE *out, SourceFile *file)
{
    Lexer lx;
    lex_init(&lx, file);
    char buf[512];
    for (;;) {
        Token t = lex_next(&lx);
        fprintf(out, "%s\t%s", pos_format(t.pos, buf, sizeof buf), tok_kind_name(t.kind));
        if (t.kind == TK_SEMICOLON)
            fprintf(out, "\t%s", t.semi == SEMI_EXPLICIT ? "semicolon" : t.semi == SEMI_NEWLINE ? "newline" : "EOF");
        else if (t.kind != TK_EOF)
            fprintf(out, "\t%.*s", (int)t.len, t.text);
        fputc('\n', out);
        if (t.kind == TK_EOF)
            break;
    }
}
