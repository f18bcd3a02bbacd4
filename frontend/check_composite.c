/* check_composite.c: composite literals and function literals.
 *
 * Composite literals: struct (keyed or positional), array (with `[...]` and constant index keys),
 * slice, map. Inner literals may elide their type; it comes from the element (or key) type of the
 * outer literal. When that type is a pointer *T, the elided literal means &T{...}: its node gets
 * type *T (lowering: a composite literal whose type's underlying kind is TY_POINTER allocates a T
 * and yields its address).
 *
 * Function literals get a FuncInfo (parameters, results, captured variables) and their body is
 * checked in place with the enclosing scope visible.
 */
#include <string.h>
#include "check_internal.h"

static void elem_value(Checker *c, Node *v, Type *et, const char *ctx)
{
    Node *u = ast_unparen(v);
    if (u->kind == ND_COMPOSITE_LIT && !u->composite.type)
        check_expr_hint(c, v, et);
    else
        check_expr(c, v);
    check_assignable_to(c, v, et, ctx);
}

static void struct_lit(Checker *c, Node *n, Type *t, Type *u)
{
    NodeList *el = &n->composite.elts;
    if (el->len == 0)
        return;
    bool keyed = el->items[0]->kind == ND_KEY_VALUE;
    if (keyed) {
        bool *seen = check_alloc(c, (size_t)u->strct.nfields + 1);
        for (int i = 0; i < el->len; i++) {
            Node *kv = el->items[i];
            if (kv->kind != ND_KEY_VALUE) {
                diag_error(ast_start_pos(kv), "mixture of field:value and value elements in struct literal");
                check_expr(c, kv);
                continue;
            }
            Node *k = kv->key_value.key;
            int idx = -1;
            if (k->kind == ND_IDENT)
                for (int f = 0; f < u->strct.nfields; f++)
                    if (strcmp(u->strct.fields[f].name, k->ident.name) == 0 &&
                        check_visible(c, k->ident.name, u->strct.fields[f].pkg))
                        idx = f;
            if (idx < 0) {
                diag_error(k->pos, "unknown field %s in struct literal of type %s", k->kind == ND_IDENT ? k->ident.name : check_expr_str(c, k),
                           type_string_rel(t));
                check_expr(c, kv->key_value.value);
                continue;
            }
            if (seen[idx])
                diag_error(k->pos, "duplicate field name %s in struct literal", k->ident.name);
            seen[idx] = true;
            k->type = u->strct.fields[idx].type;
            k->mode = MODE_VALUE;
            kv->type = k->type;
            elem_value(c, kv->key_value.value, u->strct.fields[idx].type, "struct literal");
        }
        return;
    }
    for (int i = 0; i < el->len; i++) {
        Node *v = el->items[i];
        if (v->kind == ND_KEY_VALUE) {
            diag_error(ast_start_pos(v), "mixture of field:value and value elements in struct literal");
            continue;
        }
        if (i >= u->strct.nfields) {
            diag_error(ast_start_pos(v), "too many values in struct literal of type %s", type_string_rel(t));
            check_expr(c, v);
            return;
        }
        elem_value(c, v, u->strct.fields[i].type, "struct literal");
    }
    if (el->len < u->strct.nfields)
        diag_error(n->composite.rbrace, "too few values in struct literal of type %s", type_string_rel(t));
}

/* Array and slice elements; returns the length (max index + 1). */
static int64_t indexed_elems(Checker *c, NodeList *el, Type *et, int64_t max)
{
    int64_t idx = 0, len = 0;
    for (int i = 0; i < el->len; i++) {
        Node *v = el->items[i];
        if (v->kind == ND_KEY_VALUE) {
            Node *k = v->key_value.key;
            check_expr(c, k);
            if (k->mode == MODE_CONSTANT && const_is_int_valued(k->cval) && const_sign(k->cval) >= 0) {
                if (type_is_untyped(k->type))
                    check_convert_untyped(c, k, type_basic(TY_INT));
                idx = const_to_int64(k->cval);
            } else if (k->mode != MODE_INVALID) {
                diag_error(ast_start_pos(k), "index %s must be integer constant", check_expr_str(c, k));
            }
            v->type = et;
            v = v->key_value.value;
        }
        if (max >= 0 && idx >= max)
            diag_error(ast_start_pos(v), "index %lld out of bounds [0:%lld]", (long long)idx, (long long)max);
        elem_value(c, v, et, "array or slice literal");
        idx++;
        if (idx > len)
            len = idx;
    }
    return len;
}

static void map_lit(Checker *c, Node *n, Type *u)
{
    NodeList *el = &n->composite.elts;
    for (int i = 0; i < el->len; i++) {
        Node *kv = el->items[i];
        if (kv->kind != ND_KEY_VALUE) {
            diag_error(ast_start_pos(kv), "missing key in map literal");
            check_expr(c, kv);
            continue;
        }
        elem_value(c, kv->key_value.key, u->map.key, "map literal");
        elem_value(c, kv->key_value.value, u->map.elem, "map literal");
        kv->type = u->map.elem;
    }
}

void check_expr_composite(Checker *c, Node *n, Type *hint);
void check_expr_composite(Checker *c, Node *n, Type *hint)
{
    Type *t;
    Node *tn = n->composite.type;
    bool open_array = tn && tn->kind == ND_ARRAY_TYPE && !tn->array.len;
    if (open_array) {
        Type *et = check_type(c, tn->array.elem);
        t = type_new_array(et, -1);
    } else if (tn) {
        t = check_type(c, tn);
    } else if (hint) {
        t = hint;
    } else {
        diag_error(n->pos, "invalid composite literal type: missing type");
        check_invalid(n);
        return;
    }
    Type *result = t;
    Type *u = type_underlying(t);
    if (!tn && u->kind == TY_POINTER) { /* elided &T{...} */
        t = u->pointer.elem;
        u = type_underlying(t);
    }
    switch (u->kind) {
    case TY_STRUCT: struct_lit(c, n, t, u); break;
    case TY_ARRAY: {
        int64_t len = indexed_elems(c, &n->composite.elts, u->array.elem, open_array ? -1 : u->array.len);
        if (open_array) {
            u->array.len = len;
            if (tn)
                tn->type = t;
        }
        break;
    }
    case TY_SLICE: indexed_elems(c, &n->composite.elts, u->slice.elem, -1); break;
    case TY_MAP: map_lit(c, n, u); break;
    default:
        if (t != type_invalid)
            diag_error(n->pos, "invalid composite literal type %s", type_string_rel(t));
        for (int i = 0; i < n->composite.elts.len; i++) {
            Node *e = n->composite.elts.items[i];
            check_expr(c, e->kind == ND_KEY_VALUE ? e->key_value.value : e);
        }
        check_invalid(n);
        return;
    }
    n->type = result;
    n->mode = MODE_VALUE;
}

void check_func_lit(Checker *c, Node *n)
{
    FuncInfo *fi = check_new_func_info(c, n);
    if (c->nlits == c->caplits) {
        int cap = c->caplits ? c->caplits * 2 : 8;
        c->lits = arena_realloc(c->arena, c->lits, sizeof(FuncInfo *) * (size_t)c->caplits, sizeof(FuncInfo *) * (size_t)cap);
        c->caplits = cap;
    }
    c->lits[c->nlits++] = fi;
    Type *sig = check_signature(c, n->func_lit.type, fi, NULL);
    n->type = sig;
    n->mode = MODE_VALUE;
    check_func_body(c, fi, n->func_lit.body);
}
