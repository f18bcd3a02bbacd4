/* check_call.c: calls, conversions and the builtin functions.
 *
 * A call's fun decides its meaning: a type makes a conversion, a builtin symbol a builtin call,
 * anything of func type an ordinary call. Arguments are assigned to parameters with Go's rules
 * (untyped constants converted, `f(g())` spreading a multi-value g, `...` passing a slice to the
 * variadic parameter). A call's type is its single result, a TY_TUPLE for several, or nothing
 * (MODE_NOVALUE).
 */
#include <string.h>
#include "check_internal.h"

/* `(int, string)` for the have/want lines of argument-count errors. */
static const char *arg_types_str(Checker *c, NodeList *args)
{
    const char *s = "(";
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        const char *t = a->mode == MODE_CONSTANT && type_is_untyped(a->type) && type_is_numeric(a->type)
                            ? "number" : type_string_rel(type_default(a->type));
        s = arena_printf(c->arena, "%s%s%s", s, i ? ", " : "", t);
    }
    return arena_printf(c->arena, "%s)", s);
}

static const char *param_types_str(Checker *c, Type *sig)
{
    Type *t = type_new_func(sig->func.params, sig->func.nparams, NULL, 0, sig->func.variadic);
    return type_string_rel(t) + 4; /* skip "func" */
}

static void check_args(Checker *c, Node *n, Type *sig, const char *fname)
{
    NodeList *args = &n->call.args;
    int np = sig->func.nparams;
    bool variadic = sig->func.variadic;
    /* f(g()) with multi-value g */
    if (args->len == 1 && args->items[0]->type && args->items[0]->type->kind == TY_TUPLE) {
        Type *tt = args->items[0]->type;
        bool ok = variadic ? tt->tuple.n >= np - 1 : tt->tuple.n == np;
        for (int i = 0; ok && i < tt->tuple.n; i++) {
            Type *pt = (variadic && i >= np - 1) ? sig->func.params[np - 1]->slice.elem : sig->func.params[i];
            if (!type_assignable(tt->tuple.elems[i], pt)) {
                diag_error(ast_start_pos(args->items[0]), "cannot use %s (value of type %s) as type %s in argument to %s",
                           check_expr_str(c, args->items[0]), type_string_rel(tt->tuple.elems[i]), type_string_rel(pt), fname);
                return;
            }
        }
        if (!ok)
            diag_error(n->call.rparen, "%s arguments in call to %s\n\thave %s\n\twant %s",
                       tt->tuple.n < np ? "not enough" : "too many", fname, type_string_rel(tt), param_types_str(c, sig));
        return;
    }
    for (int i = 0; i < args->len; i++)
        if (args->items[i]->type && args->items[i]->type->kind == TY_TUPLE)
            check_single_value(c, args->items[i]);
    if (n->call.has_dots) {
        if (!variadic) {
            diag_error(n->call.dots, "have (...) but function is not variadic: %s", fname);
            return;
        }
        if (args->len != np) {
            diag_error(args->len < np ? n->call.rparen : ast_start_pos(args->items[np]), "%s arguments in call to %s\n\thave %s\n\twant %s",
                       args->len < np ? "not enough" : "too many", fname, arg_types_str(c, args), param_types_str(c, sig));
            return;
        }
        for (int i = 0; i < np; i++)
            check_assignable_to(c, args->items[i], sig->func.params[i], arena_printf(c->arena, "argument to %s", fname));
        return;
    }
    int min = variadic ? np - 1 : np;
    if (args->len < min || (!variadic && args->len > np)) {
        Pos p = args->len < min ? (args->len ? ast_start_pos(args->items[args->len - 1]) : n->call.rparen)
                                : ast_start_pos(args->items[np]);
        diag_error(p, "%s arguments in call to %s\n\thave %s\n\twant %s", args->len < min ? "not enough" : "too many",
                   fname, arg_types_str(c, args), param_types_str(c, sig));
        return;
    }
    for (int i = 0; i < args->len; i++) {
        Type *pt = (variadic && i >= np - 1) ? sig->func.params[np - 1]->slice.elem : sig->func.params[i];
        check_assignable_to(c, args->items[i], pt, arena_printf(c->arena, "argument to %s", fname));
    }
}

static void set_call_result(Node *n, Type *sig)
{
    if (sig->func.nresults == 0) {
        n->mode = MODE_NOVALUE;
        n->type = type_new_tuple(NULL, 0);
    } else if (sig->func.nresults == 1) {
        n->mode = MODE_VALUE;
        n->type = sig->func.results[0];
    } else {
        n->mode = MODE_VALUE;
        n->type = type_new_tuple(sig->func.results, sig->func.nresults);
    }
}

/* ---- conversions ---- */

void check_conversion(Checker *c, Node *n, Type *t)
{
    NodeList *args = &n->call.args;
    if (args->len != 1) {
        diag_error(args->len ? ast_start_pos(args->items[args->len - 1]) : n->call.rparen,
                   args->len ? "too many arguments in conversion to %s" : "missing argument in conversion to %s",
                   type_string_rel(t));
        check_invalid(n);
        return;
    }
    Node *x = args->items[0];
    check_expr(c, x);
    if (!check_single_value(c, x)) {
        check_invalid(n);
        return;
    }
    n->type = t;
    n->mode = MODE_VALUE;
    Type *tu = type_underlying(t);
    if (x->mode == MODE_CONSTANT && type_is_basic(tu) && !type_is_untyped(tu)) {
        ConstVal *r;
        const char *why;
        if (type_is_string(tu) && type_is_integer(x->type)) {
            /* string(rune constant) */
            int64_t v = const_fits_int64(x->cval) ? const_to_int64(x->cval) : 0xFFFD;
            char buf[8];
            ConstVal *tmp = const_int64(v);
            (void)tmp;
            size_t len = 0;
            if (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
                v = 0xFFFD;
            if (v < 0x80) buf[len++] = (char)v;
            else if (v < 0x800) { buf[len++] = (char)(0xC0 | (v >> 6)); buf[len++] = (char)(0x80 | (v & 0x3F)); }
            else if (v < 0x10000) { buf[len++] = (char)(0xE0 | (v >> 12)); buf[len++] = (char)(0x80 | ((v >> 6) & 0x3F)); buf[len++] = (char)(0x80 | (v & 0x3F)); }
            else { buf[len++] = (char)(0xF0 | (v >> 18)); buf[len++] = (char)(0x80 | ((v >> 12) & 0x3F)); buf[len++] = (char)(0x80 | ((v >> 6) & 0x3F)); buf[len++] = (char)(0x80 | (v & 0x3F)); }
            if (type_is_untyped(x->type)) { /* string(1 << 100) is "\uFFFD": no overflow error */
                if (const_fits_int64(x->cval))
                    check_convert_untyped(c, x, type_default(x->type));
                else
                    x->type = type_default(x->type);
            }
            n->cval = const_string(buf, len);
            n->mode = MODE_CONSTANT;
            return;
        }
        bool numeric_ok = type_is_numeric(tu) && type_is_numeric(x->type);
        if (numeric_ok && type_is_integer(tu) && !const_is_int_valued(x->cval)) {
            diag_error(ast_start_pos(x), "cannot convert %s (%s) to type %s (truncated)", check_expr_str(c, x),
                       check_operand_str(c, x), type_string_rel(t));
            check_invalid(n);
            return;
        }
        if ((numeric_ok || (type_is_string(tu) && type_is_string(x->type)) ||
             (type_is_boolean(tu) && type_is_boolean(x->type))) &&
            const_representable(x->cval, t, &r, &why)) {
            if (type_is_untyped(x->type)) /* uint64(0xffffffffffffff01): the operand is typed T */
                check_convert_untyped(c, x, t);
            n->cval = r;
            n->mode = MODE_CONSTANT;
            return;
        }
        if (numeric_ok || type_is_string(tu) || type_is_boolean(tu)) {
            diag_error(ast_start_pos(x), "cannot convert %s (%s) to type %s", check_expr_str(c, x), check_operand_str(c, x),
                       type_string_rel(t));
            check_invalid(n);
            return;
        }
    }
    if (type_is_untyped(x->type)) {
        if (x->type->kind == TY_UNTYPED_NIL) {
            if (!type_has_nil(t)) {
                diag_error(ast_start_pos(x), "cannot convert nil to type %s", type_string_rel(t));
                check_invalid(n);
                return;
            }
            x->type = t;
            return;
        }
        Type *target = type_is_interface(t) || !type_is_basic(tu) ? type_default(x->type) : t;
        if (type_is_string(tu) && !type_is_string(x->type))
            target = type_default(x->type);
        if (type_is_numeric(tu) && type_is_numeric(x->type) && !type_is_interface(t))
            target = t;
        check_convert_untyped(c, x, target);
    }
    if (x->mode != MODE_INVALID && !type_convertible(x->type, t)) {
        diag_error(ast_start_pos(x), "cannot convert %s (%s) to type %s", check_expr_str(c, x), check_operand_str(c, x),
                   type_string_rel(t));
        check_invalid(n);
    }
}

/* ---- builtins ---- */

static bool nargs_ok(Checker *c, Node *n, const char *name, int min, int max)
{
    int k = n->call.args.len;
    if (k < min) {
        diag_error(n->call.rparen, "not enough arguments for %s (expected %d, found %d)", check_expr_str(c, n), min, k);
        return false;
    }
    if (max >= 0 && k > max) {
        diag_error(ast_start_pos(n->call.args.items[max]), "too many arguments for %s (expected %d, found %d)",
                   check_expr_str(c, n), max, k);
        return false;
    }
    return true;
}

static bool arg_value(Checker *c, Node *a)
{
    check_expr(c, a);
    return check_single_value(c, a);
}

static void builtin_len_cap(Checker *c, Node *n, BuiltinKind b)
{
    Node *x = n->call.args.items[0];
    if (!arg_value(c, x))
        return check_invalid(n);
    Type *u = type_underlying(x->type);
    if (u->kind == TY_POINTER && type_underlying(u->pointer.elem)->kind == TY_ARRAY)
        u = type_underlying(u->pointer.elem);
    bool ok = u->kind == TY_ARRAY || u->kind == TY_SLICE ||
              (b == BUILTIN_LEN && (type_is_string(u) || u->kind == TY_MAP));
    if (!ok) {
        diag_error(ast_start_pos(x), "invalid argument: %s (%s) for %s", check_expr_str(c, x), check_operand_str(c, x),
                   builtin_name(b));
        return check_invalid(n);
    }
    n->type = type_basic(TY_INT);
    n->mode = MODE_VALUE;
    if (x->mode == MODE_CONSTANT && type_is_string(u)) {
        n->cval = const_int64((int64_t)x->cval->slen);
        n->mode = MODE_CONSTANT;
        check_convert_untyped(c, x, type_basic(TY_STRING));
    } else if (u->kind == TY_ARRAY) {
        /* constant unless x contains calls or receives; we approximate: no call in x */
        Node *ux = ast_unparen(x);
        if (ux->kind != ND_CALL) {
            n->cval = const_int64(u->array.len);
            n->mode = MODE_CONSTANT;
        }
    }
}

static void builtin_append(Checker *c, Node *n)
{
    NodeList *args = &n->call.args;
    Node *s = args->items[0];
    if (!arg_value(c, s))
        return check_invalid(n);
    if (s->type->kind == TY_UNTYPED_NIL) {
        diag_error(ast_start_pos(s), "first argument to append must be a typed slice; have untyped nil");
        return check_invalid(n);
    }
    Type *u = type_underlying(s->type);
    if (u->kind != TY_SLICE) {
        diag_error(ast_start_pos(s), "invalid argument: %s (%s) is not a slice", check_expr_str(c, s), check_operand_str(c, s));
        return check_invalid(n);
    }
    n->type = s->type;
    n->mode = MODE_VALUE;
    if (n->call.has_dots) {
        if (args->len != 2) {
            diag_error(n->call.dots, "can only use ... with final argument in list");
            return;
        }
        Node *a = args->items[1];
        if (!arg_value(c, a))
            return;
        Type *e = type_underlying(u->slice.elem);
        if (e->kind == TY_UINT8 && type_is_string(a->type)) {
            if (type_is_untyped(a->type))
                check_convert_untyped(c, a, type_basic(TY_STRING));
            return;
        }
        /* the spread argument is assignable to []E (not to S): append(s, t...) with T []E is fine */
        check_assignable_to(c, a, type_new_slice(u->slice.elem), "append");
        return;
    }
    for (int i = 1; i < args->len; i++) {
        if (arg_value(c, args->items[i]))
            check_assignable_to(c, args->items[i], u->slice.elem, "argument to append");
    }
}

static void builtin_make(Checker *c, Node *n)
{
    NodeList *args = &n->call.args;
    Type *t = check_type(c, args->items[0]);
    if (t == type_invalid)
        return check_invalid(n);
    Type *u = type_underlying(t);
    int min = 1, max = 1;
    if (u->kind == TY_SLICE)
        min = 2, max = 3;
    else if (u->kind == TY_MAP)
        max = 2;
    else {
        diag_error(ast_start_pos(args->items[0]), "invalid argument: cannot make %s; type must be slice, map, or channel",
                   check_expr_str(c, args->items[0]));
        return check_invalid(n);
    }
    if (args->len < min || args->len > max) {
        diag_error(n->pos, "invalid operation: %s expects %d or %d arguments; found %d", check_expr_str(c, n), min, max,
                   args->len);
        return check_invalid(n);
    }
    int64_t vals[3] = { -1, -1, -1 };
    for (int i = 1; i < args->len; i++) {
        Node *a = args->items[i];
        if (!arg_value(c, a))
            continue;
        if (a->mode == MODE_CONSTANT) {
            if (!const_is_int_valued(a->cval)) {
                diag_error(ast_start_pos(a), "%s (%s) truncated to int", check_expr_str(c, a), check_operand_str(c, a));
                continue;
            }
            if (const_sign(a->cval) < 0) {
                diag_error(ast_start_pos(a), "invalid argument: index %s (constant of type int) must not be negative", check_expr_str(c, a));
                continue;
            }
            if (type_is_untyped(a->type))
                check_convert_untyped(c, a, type_basic(TY_INT));
            vals[i] = const_to_int64(a->cval);
        } else if (!type_is_integer(a->type)) {
            diag_error(ast_start_pos(a), "cannot convert %s (%s) to type int", check_expr_str(c, a), check_operand_str(c, a));
        }
    }
    if (vals[1] >= 0 && vals[2] >= 0 && vals[1] > vals[2])
        diag_error(ast_start_pos(args->items[1]), "invalid argument: length and capacity swapped");
    n->type = t;
    n->mode = MODE_VALUE;
}

static void builtin_minmax(Checker *c, Node *n, BuiltinKind b)
{
    NodeList *args = &n->call.args;
    Node *first = NULL;
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        if (!arg_value(c, a))
            return check_invalid(n);
        if (!type_is_ordered(a->type)) {
            diag_error(ast_start_pos(a), "invalid argument: %s (%s) cannot be ordered", check_expr_str(c, a), check_operand_str(c, a));
            return check_invalid(n);
        }
    }
    /* find a typed operand to convert the others to */
    for (int i = 0; i < args->len; i++)
        if (!type_is_untyped(args->items[i]->type))
            first = args->items[i];
    bool all_const = true;
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        all_const = all_const && a->mode == MODE_CONSTANT;
        if (first && type_is_untyped(a->type)) {
            if (!check_convert_untyped(c, a, first->type))
                return check_invalid(n);
        } else if (first && !type_identical(a->type, first->type)) {
            diag_error(ast_start_pos(a), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                       type_string_rel(first->type), type_string_rel(a->type), check_expr_str(c, a));
            return check_invalid(n);
        }
    }
    Node *best = args->items[0];
    if (all_const) {
        for (int i = 1; i < args->len; i++) {
            Node *a = args->items[i];
            if (const_compare(b == BUILTIN_MIN ? COP_LSS : COP_GTR, a->cval, best->cval))
                best = a;
        }
        n->cval = best->cval;
        n->mode = MODE_CONSTANT;
        n->type = first ? first->type : best->type;
        if (!first) { /* all untyped: the kind is the largest */
            for (int i = 0; i < args->len; i++)
                if (args->items[i]->type->kind > n->type->kind && type_is_numeric(args->items[i]->type))
                    n->type = args->items[i]->type;
        }
        return;
    }
    n->type = first ? first->type : type_default(best->type);
    n->mode = MODE_VALUE;
}

static void builtin_print(Checker *c, Node *n)
{
    if (n->call.args.len == 1) { /* print(f()) with a multi-value f */
        Node *a = n->call.args.items[0];
        check_multi_expr(c, a);
        if (a->mode != MODE_INVALID && a->type->kind == TY_TUPLE && a->type->tuple.n > 1) {
            n->mode = MODE_NOVALUE;
            n->type = type_new_tuple(NULL, 0);
            return;
        }
        if (a->mode != MODE_INVALID && check_single_value(c, a) && type_is_untyped(a->type)) {
            if (a->type->kind == TY_UNTYPED_NIL)
                diag_error(ast_start_pos(a), "use of untyped nil in argument to built-in %s", builtin_name(n->call.fun->sym->builtin));
            else
                check_default_untyped(c, a);
        }
        n->mode = MODE_NOVALUE;
        n->type = type_new_tuple(NULL, 0);
        return;
    }
    for (int i = 0; i < n->call.args.len; i++) {
        Node *a = n->call.args.items[i];
        if (!arg_value(c, a))
            continue;
        if (a->type->kind == TY_UNTYPED_NIL) {
            diag_error(ast_start_pos(a), "use of untyped nil in argument to built-in %s", builtin_name(n->call.fun->sym->builtin));
            continue;
        }
        if (type_is_untyped(a->type))
            check_default_untyped(c, a);
    }
    n->mode = MODE_NOVALUE;
    n->type = type_new_tuple(NULL, 0);
}

static void builtin_copy(Checker *c, Node *n)
{
    Node *d = n->call.args.items[0], *s = n->call.args.items[1];
    bool okd = arg_value(c, d), oks = arg_value(c, s);
    if (!okd || !oks)
        return check_invalid(n);
    Type *du = type_underlying(d->type), *su = type_underlying(s->type);
    bool ok = du->kind == TY_SLICE &&
              ((su->kind == TY_SLICE && type_identical(du->slice.elem, su->slice.elem)) ||
               (type_is_string(su) && type_underlying(du->slice.elem)->kind == TY_UINT8));
    if (!ok) {
        diag_error(n->pos, "invalid argument: copy expects slice arguments; found %s (%s) and %s (%s)", check_expr_str(c, d),
                   check_operand_str(c, d), check_expr_str(c, s), check_operand_str(c, s));
        return check_invalid(n);
    }
    if (type_is_untyped(s->type))
        check_convert_untyped(c, s, type_basic(TY_STRING));
    n->type = type_basic(TY_INT);
    n->mode = MODE_VALUE;
}

static void builtin_call(Checker *c, Node *n, BuiltinKind b)
{
    NodeList *args = &n->call.args;
    const char *name = builtin_name(b);
    n->type = type_new_tuple(NULL, 0);
    n->mode = MODE_NOVALUE;
    if (n->call.has_dots && b != BUILTIN_APPEND) {
        diag_error(n->call.dots, "invalid operation: invalid use of ... with built-in %s", name);
        return check_invalid(n);
    }
    switch (b) {
    case BUILTIN_LEN: case BUILTIN_CAP:
        if (nargs_ok(c, n, name, 1, 1)) builtin_len_cap(c, n, b); else check_invalid(n);
        return;
    case BUILTIN_APPEND:
        if (nargs_ok(c, n, name, 1, -1)) builtin_append(c, n); else check_invalid(n);
        return;
    case BUILTIN_MAKE:
        if (nargs_ok(c, n, name, 1, 3)) builtin_make(c, n); else check_invalid(n);
        return;
    case BUILTIN_NEW:
        if (nargs_ok(c, n, name, 1, 1)) {
            Type *t = check_type(c, args->items[0]);
            n->type = t == type_invalid ? t : type_new_pointer(t);
            n->mode = t == type_invalid ? MODE_INVALID : MODE_VALUE;
        } else {
            check_invalid(n);
        }
        return;
    case BUILTIN_COPY:
        if (nargs_ok(c, n, name, 2, 2)) builtin_copy(c, n); else check_invalid(n);
        return;
    case BUILTIN_DELETE:
        if (!nargs_ok(c, n, name, 2, 2))
            return check_invalid(n);
        if (arg_value(c, args->items[0])) {
            Type *u = type_underlying(args->items[0]->type);
            if (u->kind != TY_MAP) {
                diag_error(ast_start_pos(args->items[0]), "invalid argument: %s (%s) is not a map",
                           check_expr_str(c, args->items[0]), check_operand_str(c, args->items[0]));
            } else if (arg_value(c, args->items[1])) {
                check_assignable_to(c, args->items[1], u->map.key, "argument to delete");
            }
        }
        return;
    case BUILTIN_CLEAR:
        if (!nargs_ok(c, n, name, 1, 1))
            return check_invalid(n);
        if (arg_value(c, args->items[0])) {
            Type *u = type_underlying(args->items[0]->type);
            if (u->kind != TY_MAP && u->kind != TY_SLICE)
                diag_error(ast_start_pos(args->items[0]), "invalid argument: %s (%s) must be a map or slice",
                           check_expr_str(c, args->items[0]), check_operand_str(c, args->items[0]));
        }
        return;
    case BUILTIN_MIN: case BUILTIN_MAX:
        if (nargs_ok(c, n, name, 1, -1)) builtin_minmax(c, n, b); else check_invalid(n);
        return;
    case BUILTIN_PANIC:
        if (nargs_ok(c, n, name, 1, 1) && arg_value(c, args->items[0]))
            check_assignable_to(c, args->items[0], type_new_interface(NULL, 0, NULL, 0), "argument to panic");
        return;
    case BUILTIN_PRINT: case BUILTIN_PRINTLN:
        builtin_print(c, n);
        return;
    case BUILTIN_RECOVER:
        if (c->func)
            c->func->calls_recover = true;
        if (nargs_ok(c, n, name, 0, 0)) {
            Type *e = type_new_interface(NULL, 0, NULL, 0);
            type_iface_complete(e, NULL);
            n->type = e;
            n->mode = MODE_VALUE;
        }
        return;
    case BUILTIN_COMPLEX: case BUILTIN_REAL: case BUILTIN_IMAG:
        diag_error(n->call.fun->pos, "complex numbers are not supported");
        return check_invalid(n);
    case BUILTIN_NONE: case BUILTIN__COUNT:
        return check_invalid(n);
    }
}

void check_call(Checker *c, Node *n)
{
    Node *fun = n->call.fun;
    check_expr_or_type(c, fun);
    if (fun->mode == MODE_INVALID) {
        for (int i = 0; i < n->call.args.len; i++)
            check_multi_expr(c, n->call.args.items[i]);
        return check_invalid(n);
    }
    if (fun->mode == MODE_TYPEXPR) {
        check_conversion(c, n, fun->type);
        return;
    }
    if (fun->mode == MODE_BUILTIN) {
        Node *uf = ast_unparen(fun);
        fun->sym = uf->sym;
        builtin_call(c, n, uf->sym->builtin);
        return;
    }
    Type *sig = type_underlying(fun->type);
    if (sig->kind != TY_FUNC) {
        diag_error(ast_start_pos(n), "invalid operation: cannot call non-function %s (%s)", check_expr_str(c, fun),
                   check_operand_str(c, fun));
        for (int i = 0; i < n->call.args.len; i++)
            check_multi_expr(c, n->call.args.items[i]);
        return check_invalid(n);
    }
    for (int i = 0; i < n->call.args.len; i++) {
        Node *a = n->call.args.items[i];
        Type *hint = NULL;
        check_expr_hint(c, a, hint);
    }
    check_args(c, n, sig, check_expr_str(c, fun));
    set_call_result(n, sig);
}
