/* check_expr.c: operands: identifiers, literals, unary and binary operators, selectors, index
 * and slice expressions, type assertions, composite and function literals.
 *
 * Each check fills the node's slots (type, mode, cval, sym, sel). Untyped constants stay untyped
 * until their context fixes a type (check_assign.c converts them). Constant operations fold with
 * constant.c at arbitrary precision; typed constant results are checked for overflow.
 */
#include <string.h>
#include "check_internal.h"

void check_invalid(Node *n)
{
    n->mode = MODE_INVALID;
    n->type = type_invalid;
}

bool check_is_const(Node *n) { return n->mode == MODE_CONSTANT; }

const char *check_expr_str(Checker *c, Node *n) { return ast_expr_text(c->arena, n); }

/* Go's description of an operand: `x (variable of type int)`, `1 (untyped int constant)`. */
const char *check_operand_str(Checker *c, Node *n)
{
    const char *t = type_string_rel(n->type);
    switch ((CheckMode)n->mode) {
    case MODE_INVALID: return "invalid operand";
    case MODE_NOVALUE: return "no value";
    case MODE_BUILTIN: return "built-in";
    case MODE_TYPEXPR: return "type";
    case MODE_CONSTANT: {
        const char *v = const_string_repr(n->cval);
        const char *e = check_expr_str(c, n);
        bool show = strcmp(v, e) != 0;
        if (type_is_untyped(n->type))
            return arena_printf(c->arena, "%s constant%s%s", t, show ? " " : "", show ? v : "");
        return arena_printf(c->arena, "constant%s%s of type %s", show ? " " : "", show ? v : "", t);
    }
    case MODE_VARIABLE: return arena_printf(c->arena, "variable of type %s", t);
    case MODE_MAPINDEX: return arena_printf(c->arena, "map index expression of type %s", t);
    case MODE_VALUE:
        if (n->type->kind == TY_UNTYPED_NIL)
            return "untyped nil";
        return arena_printf(c->arena, "value of type %s", t);
    case MODE_COMMAOK: return arena_printf(c->arena, "comma, ok expression of type %s", t);
    }
    return "?";
}

/* ---- identifiers ---- */

static void note_capture(Checker *c, Symbol *s)
{
    if (s->kind != SYM_VAR || s->is_global || !s->owner || !c->func || s->owner == c->func->node)
        return;
    s->captured = true;
    for (FuncInfo *fi = c->func; fi && fi->node != s->owner; fi = check_func_info(fi->parent)) {
        bool have = false;
        for (int i = 0; i < fi->ncaptures; i++)
            have = have || fi->captures[i] == s;
        if (!have) {
            if (fi->ncaptures == fi->capcaptures) {
                int cap = fi->capcaptures ? fi->capcaptures * 2 : 4;
                fi->captures = arena_realloc(c->arena, fi->captures, sizeof(Symbol *) * (size_t)fi->capcaptures,
                                             sizeof(Symbol *) * (size_t)cap);
                fi->capcaptures = cap;
            }
            fi->captures[fi->ncaptures++] = s;
        }
        if (!fi->parent)
            break;
    }
}

Symbol *check_lookup_ident(Checker *c, Node *id, bool mark_used)
{
    const char *name = id->ident.name;
    if (id->ident.qual && id->sym) { /* pkg.Name, resolved by check_pkg_selector */
        id->sym->used = true;
        return id->sym;
    }
    if (strcmp(name, "_") == 0) {
        diag_error(id->pos, "cannot use _ as value");
        return NULL;
    }
    Symbol *s = scope_lookup(c->scope, name, NULL);
    if (!s) {
        diag_error(id->pos, "undefined: %s", name);
        return NULL;
    }
    id->sym = s;
    if (s->scope == c->pkg_scope || s->pkg) {
        if (s->state == SYMST_UNRESOLVED)
            check_resolve_global(c, s);
        else if (s->state == SYMST_RESOLVING && (s->kind == SYM_CONST || s->kind == SYM_VAR)) {
            diag_error(s->pos, "initialization cycle or refers to itself");
            s->type = type_invalid;
        }
        check_record_dep(c, s);
    }
    if (mark_used)
        s->used = true;
    note_capture(c, s);
    return s;
}

static void check_ident(Checker *c, Node *n)
{
    Symbol *s = check_lookup_ident(c, n, true);
    if (!s) {
        check_invalid(n);
        return;
    }
    n->type = s->type ? s->type : type_invalid;
    switch (s->kind) {
    case SYM_VAR: n->mode = MODE_VARIABLE; break;
    case SYM_CONST:
        n->mode = MODE_CONSTANT;
        if (s == universe_iota) {
            if (c->iota < 0) {
                diag_error(n->pos, "cannot use iota outside constant declaration");
                check_invalid(n);
                return;
            }
            n->cval = const_int64(c->iota);
        } else {
            n->cval = s->cval;
        }
        if (!n->cval)
            check_invalid(n);
        break;
    case SYM_TYPE: n->mode = MODE_TYPEXPR; break;
    case SYM_FUNC: n->mode = MODE_VALUE; break;
    case SYM_BUILTIN: n->mode = MODE_BUILTIN; break;
    case SYM_NIL: n->mode = MODE_VALUE; break;
    case SYM_PACKAGE:
        diag_error(n->pos, "use of package %s without selector", s->name);
        check_invalid(n);
        break;
    case SYM_LABEL: check_invalid(n); break;
    }
    if (n->type == type_invalid && n->mode != MODE_BUILTIN)
        n->mode = MODE_INVALID;
}

/* Go's cap on numeric literals (types2): longer ones mean nothing at 512 bits of precision and cost
 * time and memory to convert. */
#define CHECK_MAX_NUMBER_LIT 10000

static void check_basic_lit(Checker *c, Node *n)
{
    size_t len = strlen(n->lit.text);
    if (n->lit.kind != TK_STRING && n->lit.kind != TK_CHAR && len > CHECK_MAX_NUMBER_LIT) {
        diag_error(n->pos, "excessively long constant: %.10s... (%zu chars)", n->lit.text, len);
        check_invalid(n);
        return;
    }
    const char *err = NULL;
    ConstVal *v = NULL;
    TypeKind k = TY_INVALID;
    switch (n->lit.kind) {
    case TK_INT: v = const_parse_int(n->lit.text, &err); k = TY_UNTYPED_INT; break;
    case TK_FLOAT: v = const_parse_float(n->lit.text, &err); k = TY_UNTYPED_FLOAT; break;
    case TK_CHAR: v = const_parse_rune(n->lit.text, &err); k = TY_UNTYPED_RUNE; break;
    case TK_STRING: v = const_parse_string(n->lit.text, &err); k = TY_UNTYPED_STRING; break;
    default:
        diag_error(n->pos, "complex numbers are not supported");
        check_invalid(n);
        return;
    }
    if (!v) {
        diag_error(n->pos, "%s", err ? err : "invalid literal");
        check_invalid(n);
        return;
    }
    n->cval = v;
    n->type = type_basic(k);
    n->mode = MODE_CONSTANT;
}

/* ---- addressability bookkeeping ---- */

void check_mark_addr_taken(Checker *c, Node *n)
{
    n = ast_unparen(n);
    switch (n->kind) {
    case ND_IDENT:
        if (n->sym && n->sym->kind == SYM_VAR) {
            n->sym->addr_taken = true;
            n->sym->reassigned = true;
        }
        return;
    case ND_SELECTOR:
        if (n->sel && n->sel->kind == SEL_FIELD && !n->sel->indirect)
            check_mark_addr_taken(c, n->selector.x);
        return;
    case ND_INDEX:
        if (n->index.x->type && type_underlying(n->index.x->type)->kind == TY_ARRAY)
            check_mark_addr_taken(c, n->index.x);
        return;
    default:
        return;
    }
}

bool check_single_value(Checker *c, Node *n)
{
    if (n->mode == MODE_INVALID)
        return false;
    if (n->mode == MODE_NOVALUE) {
        diag_error(ast_start_pos(n), "%s (no value) used as value", check_expr_str(c, n));
        check_invalid(n);
        return false;
    }
    if (n->mode == MODE_TYPEXPR) {
        diag_error(ast_start_pos(n), "%s (type) is not an expression", check_expr_str(c, n));
        check_invalid(n);
        return false;
    }
    if (n->mode == MODE_BUILTIN) {
        diag_error(ast_start_pos(n), "%s (built-in) must be called", check_expr_str(c, n));
        check_invalid(n);
        return false;
    }
    if (n->type && n->type->kind == TY_TUPLE) {
        diag_error(ast_start_pos(n), "multiple-value %s (value of type %s) in single-value context",
                   check_expr_str(c, n), type_string_rel(n->type));
        check_invalid(n);
        return false;
    }
    return true;
}

/* ---- unary ---- */

static ConstOp const_op_of(TokKind op)
{
    switch (op) {
    case TK_ADD: return COP_ADD;
    case TK_SUB: return COP_SUB;
    case TK_MUL: return COP_MUL;
    case TK_QUO: return COP_DIV;
    case TK_REM: return COP_REM;
    case TK_AND: return COP_AND;
    case TK_OR: return COP_OR;
    case TK_XOR: return COP_XOR;
    case TK_AND_NOT: return COP_ANDNOT;
    case TK_SHL: return COP_SHL;
    case TK_SHR: return COP_SHR;
    case TK_LAND: return COP_LAND;
    case TK_LOR: return COP_LOR;
    case TK_EQL: return COP_EQL;
    case TK_NEQ: return COP_NEQ;
    case TK_LSS: return COP_LSS;
    case TK_LEQ: return COP_LEQ;
    case TK_GTR: return COP_GTR;
    case TK_GEQ: return COP_GEQ;
    default: return COP_ADD;
    }
}

/* Go's name of an operation that can make an untyped integer constant grow, or "". */
static const char *const_op_name(Node *n)
{
    if (n->kind == ND_UNARY)
        return n->unary.op == TK_XOR ? "bitwise complement " : "";
    if (n->kind != ND_BINARY)
        return "";
    switch (n->binary.op) {
    case TK_ADD: return "addition ";
    case TK_SUB: return "subtraction ";
    case TK_XOR: return "bitwise XOR ";
    case TK_MUL: return "multiplication ";
    case TK_SHL: return "shift ";
    default: return "";
    }
}

/* Checks that a typed constant result fits its type, and that an untyped integer constant stays
 * within Go's 512 bits (`constant multiplication overflow`, at the operator). */
static void check_const_fits(Checker *c, Node *n)
{
    if (n->mode == MODE_CONSTANT && type_is_untyped(n->type) && n->cval->kind == CV_INT &&
        mpz_sizeinbase(n->cval->i, 2) > 512) {
        diag_error(n->pos, "constant %soverflow", const_op_name(n));
        check_invalid(n);
        return;
    }
    if (n->mode != MODE_CONSTANT || type_is_untyped(n->type) || !type_is_basic(type_underlying(n->type)))
        return;
    ConstVal *r;
    const char *why;
    if (!const_representable(n->cval, n->type, &r, &why)) {
        diag_error(ast_start_pos(n), "constant %s overflows %s", const_string_repr(n->cval), type_string_rel(n->type));
        check_invalid(n);
        return;
    }
    n->cval = r;
}

/* Our bounds on what constant arithmetic may build before it is done (README, "Limits"): Go keeps
 * floats at 512 bits of mantissa, we keep them exact, so a float operation whose operands hold more
 * than CHECK_MAX_FLOAT_BITS bits (numerators and denominators) is an overflow; concatenating
 * constant strings may give at most CHECK_MAX_CONST_STRING bytes (a literal may be as long as its
 * file: 64 MiB). */
#define CHECK_MAX_FLOAT_BITS (1u << 20)
#define CHECK_MAX_CONST_STRING (16u << 20)

static size_t const_bits(const ConstVal *v)
{
    return mpz_sizeinbase(mpq_numref(v->f), 2) + mpz_sizeinbase(mpq_denref(v->f), 2);
}

static bool check_const_size(Node *n, const ConstVal *x, const ConstVal *y)
{
    if (x->kind == CV_STRING && y->kind == CV_STRING && x->slen + y->slen > CHECK_MAX_CONST_STRING) {
        diag_error(n->pos, "constant string too long (%zu bytes, the limit is %u MiB)", x->slen + y->slen,
                   CHECK_MAX_CONST_STRING >> 20);
        return false;
    }
    if (x->kind == CV_FLOAT && y->kind == CV_FLOAT && const_bits(x) + const_bits(y) > CHECK_MAX_FLOAT_BITS) {
        diag_error(n->pos, "constant %soverflow", const_op_name(n));
        return false;
    }
    return true;
}

static void check_addr_of(Checker *c, Node *n)
{
    Node *x = ast_unparen(n->unary.x);
    if (x->kind == ND_COMPOSITE_LIT) {
        check_expr(c, x);
    } else {
        check_expr(c, x);
        if (x->mode == MODE_INVALID) {
            check_invalid(n);
            return;
        }
        if (x->mode != MODE_VARIABLE) {
            diag_error(ast_start_pos(n), "invalid operation: cannot take address of %s (%s)", check_expr_str(c, x),
                       check_operand_str(c, x));
            check_invalid(n);
            return;
        }
        check_mark_addr_taken(c, x);
    }
    if (x->mode == MODE_INVALID) {
        check_invalid(n);
        return;
    }
    n->unary.x->type = x->type;
    n->type = type_new_pointer(x->type);
    n->mode = MODE_VALUE;
}

static void check_unary(Checker *c, Node *n)
{
    if (n->unary.op == TK_AND) {
        check_addr_of(c, n);
        return;
    }
    if (n->unary.op == TK_ARROW) {
        diag_error(n->pos, "channels are not supported");
        check_invalid(n);
        return;
    }
    Node *x = n->unary.x;
    check_expr(c, x);
    if (!check_single_value(c, x)) {
        check_invalid(n);
        return;
    }
    TokKind op = n->unary.op;
    bool ok = op == TK_NOT ? type_is_boolean(x->type)
            : op == TK_XOR ? type_is_integer(x->type) : type_is_numeric(x->type);
    if (!ok) {
        diag_error(n->pos, "invalid operation: operator %s not defined on %s (%s)", tok_kind_text(op), check_expr_str(c, x),
                   check_operand_str(c, x));
        check_invalid(n);
        return;
    }
    n->type = x->type;
    n->mode = MODE_VALUE;
    if (x->mode == MODE_CONSTANT) {
        ConstOp cop = op == TK_NOT ? COP_NOT : op == TK_XOR ? COP_BITNOT : op == TK_SUB ? COP_NEG : COP_POS;
        int ubits = 0;
        if (cop == COP_BITNOT && type_is_unsigned(x->type) && !type_is_untyped(x->type))
            ubits = (int)type_size(x->type) * 8;
        n->cval = const_unary(cop, x->cval, ubits);
        n->mode = MODE_CONSTANT;
        check_const_fits(c, n);
    }
}

/* ---- binary ---- */

static int untyped_rank(Type *t)
{
    switch (t->kind) {
    case TY_UNTYPED_INT: return 1;
    case TY_UNTYPED_RUNE: return 2;
    case TY_UNTYPED_FLOAT: return 3;
    default: return 0;
    }
}

/* Brings x and y to a common type per Go's rules; false (with error) on mismatch. */
static bool match_types(Checker *c, Node *n, Node *x, Node *y)
{
    bool ux = type_is_untyped(x->type), uy = type_is_untyped(y->type);
    if (ux && !uy) {
        if (x->type->kind == TY_UNTYPED_NIL && !type_has_nil(y->type))
            goto mismatch;
        return check_convert_untyped(c, x, y->type);
    }
    if (uy && !ux) {
        if (y->type->kind == TY_UNTYPED_NIL && !type_has_nil(x->type))
            goto mismatch;
        return check_convert_untyped(c, y, x->type);
    }
    if (ux && uy) {
        int rx = untyped_rank(x->type), ry = untyped_rank(y->type);
        if (rx && ry) {
            Type *t = rx >= ry ? x->type : y->type;
            x->type = y->type = t;
            return true;
        }
        if (x->type->kind == y->type->kind)
            return true;
        goto mismatch;
    }
    if (type_identical(x->type, y->type))
        return true;
    if ((n->binary.op == TK_EQL || n->binary.op == TK_NEQ) &&
        (type_assignable(x->type, y->type) || type_assignable(y->type, x->type)))
        return true;
mismatch:
    diag_error(ast_start_pos(n), "invalid operation: %s (mismatched types %s and %s)", check_expr_str(c, n),
               type_string_rel(x->type), type_string_rel(y->type));
    return false;
}

static void check_shift(Checker *c, Node *n, Node *x, Node *y)
{
    const char *ydesc = NULL; /* y as Go describes it before it is converted to uint */
    if (y->mode == MODE_CONSTANT) {
        ydesc = check_operand_str(c, y);
        if (!const_is_int_valued(y->cval) || const_sign(y->cval) < 0) {
            diag_error(ast_start_pos(y), "invalid shift count %s", check_operand_str(c, y));
            check_invalid(n);
            return;
        }
        if (type_is_untyped(y->type))
            check_convert_untyped(c, y, type_basic(TY_UINT));
    } else if (!type_is_integer(y->type)) {
        diag_error(ast_start_pos(y), "invalid operation: shift count %s (%s) must be integer", check_expr_str(c, y), check_operand_str(c, y));
        check_invalid(n);
        return;
    } else if (type_is_untyped(y->type)) {
        check_convert_untyped(c, y, type_basic(TY_UINT)); /* untyped non-constant count: `x << (1 << s)` */
    }
    if (x->mode == MODE_CONSTANT && type_is_untyped(x->type)) {
        if (!const_is_int_valued(x->cval)) {
            diag_error(ast_start_pos(x), "invalid operation: shifted operand %s (%s) must be integer", check_expr_str(c, x), check_operand_str(c, x));
            check_invalid(n);
            return;
        }
        /* a constant shift is an integer constant; a non-constant one keeps x's kind until its
         * context types it (`var f float64 = 1 << s` is an error, see check_convert_untyped) */
        if (x->type->kind == TY_UNTYPED_FLOAT && y->mode == MODE_CONSTANT)
            x->type = type_basic(TY_UNTYPED_INT);
        x->cval = const_to_int(x->cval, NULL);
    } else if (!type_is_integer(x->type)) {
        diag_error(ast_start_pos(x), "invalid operation: shifted operand %s (%s) must be integer", check_expr_str(c, x), check_operand_str(c, x));
        check_invalid(n);
        return;
    }
    n->type = x->type;
    n->mode = MODE_VALUE;
    if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT && !check_const_size(n, x->cval, y->cval)) {
        check_invalid(n);
        return;
    }
    if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT) {
        ConstVal *r = NULL;
        if (const_fits_uint64(const_to_int(y->cval, NULL)) && const_to_uint64(const_to_int(y->cval, NULL)) <= 1074)
            r = const_shift(n->binary.op == TK_SHL ? COP_SHL : COP_SHR, x->cval, const_to_uint64(const_to_int(y->cval, NULL)));
        if (!r) { /* Go bounds constant shift counts by 1023 - 1 + 52 */
            diag_error(ast_start_pos(y), "invalid operation: invalid shift count %s (%s)", check_expr_str(c, y), ydesc);
            check_invalid(n);
            return;
        }
        n->cval = r;
        n->mode = MODE_CONSTANT;
        check_const_fits(c, n);
    }
    /* A non-constant shift of an untyped constant stays untyped (n->type is x's untyped kind): the
     * context converts it (check_convert_untyped pushes the type into x), else its default type. */
}

static bool op_defined(TokKind op, Type *t)
{
    switch (op) {
    case TK_ADD: return type_is_numeric(t) || type_is_string(t);
    case TK_SUB: case TK_MUL: case TK_QUO: return type_is_numeric(t);
    case TK_REM: case TK_AND: case TK_OR: case TK_XOR: case TK_AND_NOT: return type_is_integer(t);
    case TK_LAND: case TK_LOR: return type_is_boolean(t);
    default: return false;
    }
}

static void check_comparison(Checker *c, Node *n, Node *x, Node *y, bool xnil, bool ynil)
{
    TokKind op = n->binary.op;
    bool eq = op == TK_EQL || op == TK_NEQ;
    Type *t = xnil ? y->type : x->type;
    bool ok;
    const char *why = "";
    if (eq) {
        if (xnil || ynil)
            ok = type_has_nil(t);
        else
            ok = type_is_comparable(t);
        if (!ok && !xnil && !ynil) {
            Type *u = type_underlying(t);
            why = u->kind == TY_SLICE ? "slice can only be compared to nil"
                : u->kind == TY_MAP ? "map can only be compared to nil"
                : u->kind == TY_FUNC ? "func can only be compared to nil" : "";
        }
    } else {
        ok = type_is_ordered(t);
    }
    if (!ok) {
        if (*why)
            diag_error(ast_start_pos(n), "invalid operation: %s (%s)", check_expr_str(c, n), why);
        else
            diag_error(ast_start_pos(n), "invalid operation: %s (operator %s not defined on %s)", check_expr_str(c, n),
                       tok_kind_text(op), check_expr_str(c, x));
        check_invalid(n);
        return;
    }
    n->mode = MODE_VALUE;
    n->type = type_basic(TY_UNTYPED_BOOL);
    if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT) {
        n->cval = const_bool(const_compare(const_op_of(op), x->cval, y->cval));
        n->mode = MODE_CONSTANT;
        return;
    }
    /* operands of a non-constant comparison must have their final types */
    if (type_is_untyped(x->type))
        check_default_untyped(c, x);
    if (type_is_untyped(y->type))
        check_default_untyped(c, y);
}

static void check_binary(Checker *c, Node *n)
{
    Node *x = n->binary.x, *y = n->binary.y;
    check_expr(c, x);
    check_expr(c, y);
    bool okx = check_single_value(c, x), oky = check_single_value(c, y);
    if (!okx || !oky) {
        check_invalid(n);
        return;
    }
    TokKind op = n->binary.op;
    if (op == TK_SHL || op == TK_SHR) {
        check_shift(c, n, x, y);
        return;
    }
    bool xnil = x->type->kind == TY_UNTYPED_NIL, ynil = y->type->kind == TY_UNTYPED_NIL;
    if (!match_types(c, n, x, y)) {
        check_invalid(n);
        return;
    }
    if (op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ) {
        check_comparison(c, n, x, y, xnil, ynil);
        return;
    }
    if (!op_defined(op, x->type)) {
        Node *bad = x;
        diag_error(ast_start_pos(n), "invalid operation: operator %s not defined on %s (%s)", tok_kind_text(op),
                   check_expr_str(c, bad), check_operand_str(c, bad));
        check_invalid(n);
        return;
    }
    if ((op == TK_QUO || op == TK_REM) && y->mode == MODE_CONSTANT && const_sign(y->cval) == 0 &&
        (x->mode == MODE_CONSTANT || type_is_integer(x->type))) {
        diag_error(ast_start_pos(y), "invalid operation: division by zero");
        check_invalid(n);
        return;
    }
    n->type = x->type;
    n->mode = MODE_VALUE;
    if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT && !check_const_size(n, x->cval, y->cval)) {
        check_invalid(n);
        return;
    }
    if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT) {
        ConstVal *r = const_binary(const_op_of(op), x->cval, y->cval, type_is_integer(x->type));
        if (!r) {
            diag_error(ast_start_pos(y), "invalid operation: division by zero");
            check_invalid(n);
            return;
        }
        n->cval = r;
        n->mode = MODE_CONSTANT;
        check_const_fits(c, n);
    }
}

/* ---- selectors ---- */

static bool is_exported(const char *name)
{
    return name[0] >= 'A' && name[0] <= 'Z'; /* the subset's identifiers of other scripts are not exported */
}

/* An exported name is visible everywhere, an unexported one only in the package declaring it. */
bool check_visible(Checker *c, const char *name, const char *pkg)
{
    return is_exported(name) || !pkg || strcmp(pkg, c->pkg->path) == 0;
}

static bool selection_visible(Checker *c, const char *name, const Selection *sel)
{
    if (sel->kind == SEL_FIELD)
        return check_visible(c, name, sel->field ? sel->field->pkg : NULL);
    if (sel->kind == SEL_METHOD || sel->kind == SEL_METHOD_EXPR)
        return check_visible(c, name, sel->method ? sel->method->pkg : NULL);
    return true;
}

/* pkg.Name: resolves Name in the imported package and turns the selector into a qualified identifier
 * (ND_IDENT with ident.qual and sym set), so later stages treat it as any package-level name. */
static void check_pkg_selector(Checker *c, Node *n, Symbol *pkg)
{
    pkg->used = true;
    Node *name = n->selector.name;
    const char *id = name->ident.name;
    Symbol *s = pkg->members ? scope_lookup_local(pkg->members, id) : NULL;
    if (s && !is_exported(id)) {
        diag_error(name->pos, "%s not exported by package %s", id, pkg->name);
        check_invalid(n);
        return;
    }
    if (!s) {
        diag_error(name->pos, "undefined: %s.%s", pkg->name, id);
        check_invalid(n);
        return;
    }
    n->pos = ast_start_pos(n);
    n->kind = ND_IDENT;
    n->ident.name = id;
    n->ident.qual = pkg->name;
    n->sym = s;
    check_ident(c, n);
}

static void set_method_value(Checker *c, Node *n, Selection *sel, Node *x)
{
    Symbol *m = sel->method;
    Type *xt = x->type;
    bool x_is_ptr = type_underlying(xt)->kind == TY_POINTER && xt->kind != TY_NAMED;
    if (sel->npath == 0) {
        if (m->recv_ptr && !x_is_ptr) {
            if (x->mode != MODE_VARIABLE) {
                diag_error(ast_start_pos(n), "cannot call pointer method %s on %s", m->name, type_string_rel(xt));
                check_invalid(n);
                return;
            }
            sel->addr = true;
            check_mark_addr_taken(c, x);
        } else if (!m->recv_ptr && x_is_ptr) {
            sel->deref = true;
        }
    } else {
        /* receiver reached through embedded fields: decide by the last embedded field */
        bool last_ptr = sel->indirect;
        if (m->recv_ptr && !last_ptr) {
            if (x->mode != MODE_VARIABLE && !x_is_ptr) {
                diag_error(ast_start_pos(n), "cannot call pointer method %s on %s", m->name, type_string_rel(xt));
                check_invalid(n);
                return;
            }
            sel->addr = true;
            if (!x_is_ptr)
                check_mark_addr_taken(c, x);
        } else if (!m->recv_ptr) {
            sel->deref = true; /* lowering loads through any pointer on the way */
        }
    }
    n->type = m->type;
    n->mode = MODE_VALUE;
}

static void check_method_expr(Checker *c, Node *n, Type *t)
{
    Selection *sel = check_alloc(c, sizeof *sel);
    const char *name = n->selector.name->ident.name;
    LookupResult r = type_lookup(t, name, sel);
    if (r != LOOKUP_FOUND || sel->kind == SEL_FIELD) {
        diag_error(n->selector.name->pos, "%s.%s undefined (type %s has no method %s)", check_expr_str(c, n->selector.x),
                   name, type_string_rel(t), name);
        check_invalid(n);
        return;
    }
    bool tptr = type_underlying(t)->kind == TY_POINTER;
    if (sel->kind == SEL_METHOD && sel->method->recv_ptr && !tptr && !sel->indirect) {
        diag_error(n->selector.name->pos, "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
                   type_string_rel(t), name, type_string_rel(t), name);
        check_invalid(n);
        return;
    }
    Type *sig = sel->type;
    Type **params = check_alloc(c, sizeof(Type *) * (size_t)(sig->func.nparams + 1));
    params[0] = t;
    for (int i = 0; i < sig->func.nparams; i++)
        params[i + 1] = sig->func.params[i];
    if (sel->kind == SEL_METHOD) {
        sel->kind = SEL_METHOD_EXPR;
        check_record_dep(c, sel->method); /* initialisation order sees what the method refers to */
    }
    sel->recv = t;
    n->sel = sel;
    n->type = type_new_func(params, sig->func.nparams + 1, sig->func.results, sig->func.nresults, sig->func.variadic);
    n->mode = MODE_VALUE;
    sel->type = n->type;
}

/* x.f where x's type (or the type x points to) was left invalid by its declaration's error, e.g. an
 * invalid recursive type: Go reports nothing more, its fields being unknown. */
static bool selector_on_invalid(Type *t)
{
    Type *u = type_underlying(t);
    if (u && u->kind == TY_POINTER)
        u = type_underlying(u->pointer.elem);
    return !u || u == type_invalid;
}

static void check_selector(Checker *c, Node *n)
{
    Node *x = n->selector.x;
    const char *name = n->selector.name->ident.name;
    Node *ux = ast_unparen(x);
    if (ux->kind == ND_IDENT) {
        Symbol *s = scope_lookup(c->scope, ux->ident.name, NULL);
        if (s && s->kind == SYM_PACKAGE) {
            ux->sym = s;
            check_pkg_selector(c, n, s);
            return;
        }
    }
    check_expr_or_type(c, x);
    if (x->mode == MODE_INVALID) {
        check_invalid(n);
        return;
    }
    if (x->mode == MODE_TYPEXPR) {
        check_method_expr(c, n, x->type);
        return;
    }
    if (!check_single_value(c, x)) {
        check_invalid(n);
        return;
    }
    Selection *sel = check_alloc(c, sizeof *sel);
    LookupResult r = type_lookup(x->type, name, sel);
    if (r == LOOKUP_AMBIGUOUS) {
        diag_error(n->selector.name->pos, "ambiguous selector %s.%s", check_expr_str(c, x), name);
        check_invalid(n);
        return;
    }
    if (r == LOOKUP_NONE && selector_on_invalid(x->type)) {
        check_invalid(n); /* the type's own error says why (Go reports nothing more either) */
        return;
    }
    if (r == LOOKUP_NONE || !selection_visible(c, name, sel)) {
        diag_error(n->selector.name->pos, "%s.%s undefined (type %s has no field or method %s)", check_expr_str(c, x),
                   name, type_string_rel(x->type), name);
        check_invalid(n);
        return;
    }
    n->sel = sel;
    if (sel->kind == SEL_FIELD) {
        n->type = sel->type;
        bool xptr = type_underlying(x->type)->kind == TY_POINTER;
        n->mode = (x->mode == MODE_VARIABLE || xptr || sel->indirect) ? MODE_VARIABLE : MODE_VALUE;
        return;
    }
    if (sel->kind == SEL_IFACE_METHOD) {
        n->type = sel->type;
        n->mode = MODE_VALUE;
        return;
    }
    check_record_dep(c, sel->method);
    set_method_value(c, n, sel, x);
}

/* ---- index, slice, assertion ---- */

static bool check_index_value(Checker *c, Node *i, int64_t max, bool allow_eq, int64_t *out)
{
    check_expr(c, i);
    if (!check_single_value(c, i))
        return false;
    if (type_is_untyped(i->type)) {
        if (i->mode == MODE_CONSTANT && !const_is_int_valued(i->cval)) {
            diag_error(ast_start_pos(i), "invalid argument: index %s (%s) must be integer", check_expr_str(c, i), check_operand_str(c, i));
            return false;
        }
        check_convert_untyped(c, i, type_basic(TY_INT));
    }
    if (!type_is_integer(i->type)) {
        diag_error(ast_start_pos(i), "invalid argument: index %s (%s) must be integer", check_expr_str(c, i), check_operand_str(c, i));
        return false;
    }
    if (i->mode == MODE_CONSTANT) {
        if (const_sign(i->cval) < 0) {
            diag_error(ast_start_pos(i), "invalid argument: index %s (constant of type int) must not be negative", check_expr_str(c, i));
            return false;
        }
        int64_t v = const_to_int64(i->cval);
        if (max >= 0 && (v > max || (!allow_eq && v == max))) {
            diag_error(ast_start_pos(i), "invalid argument: index %s out of bounds [0:%lld]", check_expr_str(c, i),
                       (long long)(allow_eq ? max + 1 : max));
            return false;
        }
        if (out)
            *out = v;
    }
    return true;
}

static void check_index(Checker *c, Node *n)
{
    Node *x = n->index.x;
    check_expr_or_type(c, x);
    if (x->mode == MODE_INVALID || !check_single_value(c, x)) {
        check_invalid(n);
        return;
    }
    Type *u = type_underlying(x->type);
    if (u->kind == TY_POINTER && type_underlying(u->pointer.elem)->kind == TY_ARRAY)
        u = type_underlying(u->pointer.elem), x->mode = MODE_VARIABLE;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING: {
        int64_t len = x->mode == MODE_CONSTANT ? (int64_t)x->cval->slen : -1;
        int64_t iv = -1;
        if (!check_index_value(c, n->index.index, len, false, &iv)) {
            check_invalid(n);
            return;
        }
        if (type_is_untyped(x->type))
            check_convert_untyped(c, x, type_basic(TY_STRING));
        n->type = type_basic(TY_UINT8);
        n->mode = MODE_VALUE; /* even "abc"[1] is not a constant (Go spec, Index expressions) */
        (void)iv;
        return;
    }
    case TY_ARRAY:
        if (!check_index_value(c, n->index.index, u->array.len, false, NULL)) {
            check_invalid(n);
            return;
        }
        n->type = u->array.elem;
        n->mode = x->mode == MODE_VARIABLE ? MODE_VARIABLE : MODE_VALUE;
        return;
    case TY_SLICE:
        if (!check_index_value(c, n->index.index, -1, false, NULL)) {
            check_invalid(n);
            return;
        }
        n->type = u->slice.elem;
        n->mode = MODE_VARIABLE;
        return;
    case TY_MAP:
        check_expr(c, n->index.index);
        if (check_single_value(c, n->index.index))
            check_assignable_to(c, n->index.index, u->map.key, "map index");
        n->type = u->map.elem;
        n->mode = MODE_MAPINDEX;
        return;
    default:
        diag_error(ast_start_pos(x), "invalid operation: cannot index %s (%s)", check_expr_str(c, x), check_operand_str(c, x));
        check_invalid(n);
        return;
    }
}

static void check_slice_expr(Checker *c, Node *n)
{
    Node *x = n->slice.x;
    check_expr(c, x);
    if (!check_single_value(c, x)) {
        check_invalid(n);
        return;
    }
    Type *u = type_underlying(x->type);
    int64_t len = -1;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        if (n->slice.full) {
            diag_error(n->pos, "invalid operation: 3-index slice of string");
            check_invalid(n);
            return;
        }
        if (x->mode == MODE_CONSTANT)
            len = (int64_t)x->cval->slen;
        if (type_is_untyped(x->type))
            check_convert_untyped(c, x, type_basic(TY_STRING));
        n->type = x->type;
        break;
    case TY_ARRAY:
        if (x->mode != MODE_VARIABLE) {
            diag_error(ast_start_pos(x), "invalid operation: %s (slice of unaddressable value)", check_expr_str(c, n));
            check_invalid(n);
            return;
        }
        check_mark_addr_taken(c, x);
        len = u->array.len;
        n->type = type_new_slice(u->array.elem);
        break;
    case TY_POINTER:
        if (type_underlying(u->pointer.elem)->kind == TY_ARRAY) {
            Type *a = type_underlying(u->pointer.elem);
            len = a->array.len;
            n->type = type_new_slice(a->array.elem);
            break;
        }
        /* fallthrough */
    default:
        if (u->kind == TY_SLICE) {
            n->type = x->type;
            break;
        }
        diag_error(ast_start_pos(x), "cannot slice %s (%s)", check_expr_str(c, x), check_operand_str(c, x));
        check_invalid(n);
        return;
    }
    Node *idx[3] = { n->slice.lo, n->slice.hi, n->slice.max };
    int64_t vals[3] = { -1, -1, -1 };
    for (int i = 0; i < 3; i++)
        if (idx[i] && !check_index_value(c, idx[i], len, true, &vals[i])) {
            check_invalid(n);
            return;
        }
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
                diag_error(ast_start_pos(idx[j]), "invalid slice indices: %lld < %lld", (long long)vals[j], (long long)vals[i]);
                check_invalid(n);
                return;
            }
    n->mode = MODE_VALUE;
}

static void check_type_assert(Checker *c, Node *n)
{
    Node *x = n->assert.x;
    check_expr(c, x);
    if (!check_single_value(c, x)) {
        check_invalid(n);
        return;
    }
    if (!type_is_interface(x->type)) {
        diag_error(ast_start_pos(x), "invalid operation: %s (%s) is not an interface", check_expr_str(c, x), check_operand_str(c, x));
        check_invalid(n);
        return;
    }
    if (!n->assert.type) {
        diag_error(n->pos, "invalid syntax tree: use of .(type) outside type switch");
        check_invalid(n);
        return;
    }
    Type *t = check_type(c, n->assert.type);
    if (t == type_invalid) {
        check_invalid(n);
        return;
    }
    const char *why = NULL;
    if (!type_is_interface(t) && !type_implements(t, x->type, &why)) {
        diag_error(ast_start_pos(n), "impossible type assertion: %s\n\t%s does not implement %s %s",
                   check_expr_str(c, n), type_string_rel(t), type_string_rel(x->type), why ? why : "");
        check_invalid(n);
        return;
    }
    n->type = t;
    n->mode = MODE_VALUE;
}

static void check_star(Checker *c, Node *n)
{
    Node *x = n->unary.x;
    check_expr_or_type(c, x);
    if (x->mode == MODE_INVALID) {
        check_invalid(n);
        return;
    }
    if (x->mode == MODE_TYPEXPR) {
        n->type = type_new_pointer(x->type);
        n->mode = MODE_TYPEXPR;
        return;
    }
    if (!check_single_value(c, x)) {
        check_invalid(n);
        return;
    }
    if (x->type->kind == TY_UNTYPED_NIL) {
        diag_error(ast_start_pos(x), "invalid operation: cannot indirect nil");
        check_invalid(n);
        return;
    }
    Type *u = type_underlying(x->type);
    if (u->kind != TY_POINTER) {
        diag_error(ast_start_pos(n), "invalid operation: cannot indirect %s (%s)", check_expr_str(c, x), check_operand_str(c, x));
        check_invalid(n);
        return;
    }
    n->type = u->pointer.elem;
    n->mode = MODE_VARIABLE;
}

/* ---- dispatcher ---- */

void check_expr_composite(Checker *c, Node *n, Type *hint);

/* One level deeper into an expression or type; false past CHECK_MAX_DEPTH (reported once). Always
 * paired with check_leave. */
bool check_enter(Checker *c, Node *n)
{
    if (++c->depth <= CHECK_MAX_DEPTH)
        return true;
    if (!c->too_deep)
        diag_error(n->pos, "too deeply nested");
    c->too_deep = true;
    return false;
}

void check_leave(Checker *c)
{
    c->depth--;
}

static void check_expr_dispatch(Checker *c, Node *n, Type *hint);

static void check_expr_internal(Checker *c, Node *n, Type *hint)
{
    if (check_enter(c, n))
        check_expr_dispatch(c, n, hint);
    else
        check_invalid(n);
    check_leave(c);
}

static void check_expr_dispatch(Checker *c, Node *n, Type *hint)
{
    switch (n->kind) {
    case ND_IDENT: check_ident(c, n); return;
    case ND_BASIC_LIT: check_basic_lit(c, n); return;
    case ND_COMPOSITE_LIT: check_expr_composite(c, n, hint); return;
    case ND_FUNC_LIT: check_func_lit(c, n); return;
    case ND_PAREN:
        check_expr_internal(c, n->paren.x, hint);
        n->type = n->paren.x->type;
        n->mode = n->paren.x->mode;
        n->cval = n->paren.x->cval;
        n->sym = n->paren.x->sym;
        return;
    case ND_SELECTOR: check_selector(c, n); return;
    case ND_INDEX: check_index(c, n); return;
    case ND_SLICE_EXPR: check_slice_expr(c, n); return;
    case ND_TYPE_ASSERT: check_type_assert(c, n); return;
    case ND_CALL: check_call(c, n); return;
    case ND_STAR: check_star(c, n); return;
    case ND_UNARY: check_unary(c, n); return;
    case ND_BINARY: check_binary(c, n); return;
    case ND_ARRAY_TYPE: case ND_SLICE_TYPE: case ND_MAP_TYPE: case ND_CHAN_TYPE: case ND_FUNC_TYPE:
    case ND_STRUCT_TYPE: case ND_INTERFACE_TYPE:
        check_type(c, n);
        return;
    case ND_KEY_VALUE:
        diag_error(n->pos, "unexpected key:value expression");
        check_invalid(n);
        return;
    case ND_BAD:
        check_invalid(n);
        return;
    default:
        diag_error(n->pos, "%s is not an expression", ast_kind_name(n->kind));
        check_invalid(n);
        return;
    }
}

void check_expr_or_type(Checker *c, Node *n)
{
    check_expr_internal(c, n, NULL);
    if (!n->type)
        check_invalid(n);
}

void check_multi_expr(Checker *c, Node *n)
{
    check_expr_internal(c, n, NULL);
    if (!n->type)
        check_invalid(n);
}

void check_expr_hint(Checker *c, Node *n, Type *hint)
{
    check_expr_internal(c, n, hint);
    if (!n->type)
        check_invalid(n);
}

void check_expr(Checker *c, Node *n) { check_expr_hint(c, n, NULL); }
