/* types_string.c: spelling of types, in the three forms Go uses.
 *
 *   TSTR_QUALIFIED  types2 with full qualification: `main.T`, `interface{M()}`, `struct{x int}`,
 *                   `func(int) string`; used by dumps.
 *   TSTR_RELATIVE   types2 as `go build` prints in compile errors: named types of the package being
 *                   compiled are unqualified (`*T`), others qualified; signatures keep param names
 *                   when the func type was written with them (also in TSTR_QUALIFIED).
 *   TSTR_RUNTIME    reflect/runtime spelling used in panics: `main.T`, `interface {}`,
 *                   `interface { M() }`, `struct { x int }`.
 *   TSTR_LINK       the runtime spelling made unique per type, for the names of the globals that
 *                   describe types: named types are qualified by import path, and a type declared
 *                   inside a function gets its symbol id (`main.T·12`), so it never shares the
 *                   descriptor of a package-level type of the same name; struct fields say their
 *                   package when unexported and their name when embedded.
 */
#include <stdio.h>
#include <string.h>
#include "arena.h"
#include "types.h"
#include "scope.h"

void *types_alloc(size_t n);
const char *type_basic_name(TypeKind k);

typedef enum TypeStrMode { TSTR_QUALIFIED, TSTR_RELATIVE, TSTR_RUNTIME, TSTR_LINK } TypeStrMode;

#define IS_RT(mode) ((mode) == TSTR_RUNTIME || (mode) == TSTR_LINK)

typedef struct StrBuf { char *p; size_t len, cap; } StrBuf;

static void sb_add(StrBuf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->cap ? b->cap * 2 : 64) + n;
        char *np = types_alloc(cap);
        if (b->len)
            memcpy(np, b->p, b->len);
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static const char *local_pkg = "main";

void types_set_local_package(const char *pkg);
void types_set_local_package(const char *pkg) { local_pkg = pkg; }

static void write_type(StrBuf *b, Type *t, TypeStrMode mode);

static void write_list(StrBuf *b, Type **ts, const char **names, int n, bool variadic, TypeStrMode mode)
{
    for (int i = 0; i < n; i++) {
        if (i)
            sb_add(b, ", ");
        if (names && !IS_RT(mode)) {
            sb_add(b, names[i]);
            sb_add(b, " ");
        }
        if (variadic && i == n - 1 && ts[i]->kind == TY_SLICE) {
            sb_add(b, "...");
            write_type(b, ts[i]->slice.elem, mode);
        } else {
            write_type(b, ts[i], mode);
        }
    }
}

/* Writes `(params) results` of a signature (no `func` keyword). */
static void write_signature(StrBuf *b, Type *t, TypeStrMode mode)
{
    sb_add(b, "(");
    write_list(b, t->func.params, t->func.param_names, t->func.nparams, t->func.variadic, mode);
    sb_add(b, ")");
    bool named_results = t->func.result_names && !IS_RT(mode);
    if (t->func.nresults == 1 && t->func.results[0]->kind != TY_TUPLE && !named_results) {
        sb_add(b, " ");
        write_type(b, t->func.results[0], mode);
    } else if (t->func.nresults >= 1) {
        sb_add(b, " (");
        write_list(b, t->func.results, t->func.result_names, t->func.nresults, false, mode);
        sb_add(b, ")");
    }
}

static void write_struct(StrBuf *b, Type *t, TypeStrMode mode)
{
    bool rt = IS_RT(mode);
    sb_add(b, rt ? "struct {" : "struct{");
    for (int i = 0; i < t->strct.nfields; i++) {
        Field *f = &t->strct.fields[i];
        sb_add(b, i ? "; " : (rt ? " " : ""));
        if (mode == TSTR_LINK && f->name[0] >= 'a' && f->name[0] <= 'z' && f->pkg) {
            sb_add(b, f->pkg); /* unexported names of different packages differ */
            sb_add(b, ".");
        }
        if (mode == TSTR_LINK && f->embedded) {
            sb_add(b, "="); /* an alias embeds under its own name: struct { Int } is not struct { int } */
            sb_add(b, f->name);
            sb_add(b, " ");
        }
        if (!f->embedded) {
            sb_add(b, f->name);
            sb_add(b, " ");
        }
        write_type(b, f->type, mode);
        if (f->tag) {
            sb_add(b, " ");
            sb_add(b, f->tag);
        }
    }
    sb_add(b, rt && t->strct.nfields ? " }" : "}");
}

static void write_iface(StrBuf *b, Type *t, TypeStrMode mode)
{
    bool rt = IS_RT(mode);
    type_iface_complete(t, NULL);
    sb_add(b, rt ? "interface {" : "interface{");
    for (int i = 0; i < t->iface.nmethods; i++) {
        sb_add(b, i ? "; " : (rt ? " " : ""));
        sb_add(b, t->iface.methods[i].name);
        write_signature(b, t->iface.methods[i].sig, mode);
    }
    sb_add(b, rt && t->iface.nmethods ? " }" : "}");
}

static void write_named(StrBuf *b, Type *t, TypeStrMode mode)
{
    const char *pkg = t->named.pkg;
    Symbol *sym = t->named.sym;
    if (mode == TSTR_LINK && sym && sym->pkg)
        pkg = sym->pkg;
    if (pkg && !(mode == TSTR_RELATIVE && local_pkg && strcmp(pkg, local_pkg) == 0)) {
        sb_add(b, pkg);
        sb_add(b, ".");
    }
    sb_add(b, t->named.name);
    if (mode == TSTR_LINK && sym && sym->owner) {
        char id[24];
        snprintf(id, sizeof id, "\xc2\xb7%d", sym->id);
        sb_add(b, id);
    }
}

static void write_type(StrBuf *b, Type *t, TypeStrMode mode)
{
    char num[32];
    switch (t->kind) {
    case TY_ARRAY:
        snprintf(num, sizeof num, "[%lld]", (long long)t->array.len);
        sb_add(b, num);
        write_type(b, t->array.elem, mode);
        return;
    case TY_SLICE: sb_add(b, "[]"); write_type(b, t->slice.elem, mode); return;
    case TY_POINTER: sb_add(b, "*"); write_type(b, t->pointer.elem, mode); return;
    case TY_MAP:
        sb_add(b, "map[");
        write_type(b, t->map.key, mode);
        sb_add(b, "]");
        write_type(b, t->map.elem, mode);
        return;
    case TY_STRUCT: write_struct(b, t, mode); return;
    case TY_FUNC: sb_add(b, "func"); write_signature(b, t, mode); return;
    case TY_INTERFACE: write_iface(b, t, mode); return;
    case TY_NAMED: write_named(b, t, mode); return;
    case TY_TUPLE:
        sb_add(b, "(");
        write_list(b, t->tuple.elems, NULL, t->tuple.n, false, mode);
        sb_add(b, ")");
        return;
    default: /* byte and rune are aliases: the runtime spells them uint8 and int32, as Go's does */
        sb_add(b, t->named.name && !IS_RT(mode) ? t->named.name : type_basic_name(t->kind));
        return;
    }
}

static const char *type_string_mode(Type *t, TypeStrMode mode)
{
    StrBuf b = {0};
    if (!t)
        return "<nil type>";
    write_type(&b, t, mode);
    return b.p ? b.p : "";
}

const char *type_string(Type *t) { return type_string_mode(t, TSTR_QUALIFIED); }

const char *type_string_rel(Type *t);
const char *type_string_rel(Type *t) { return type_string_mode(t, TSTR_RELATIVE); }

const char *type_string_rt(Type *t);
const char *type_string_rt(Type *t) { return type_string_mode(t, TSTR_RUNTIME); }

const char *type_string_link(Type *t);
const char *type_string_link(Type *t) { return type_string_mode(t, TSTR_LINK); }

void type_fprint(FILE *out, Type *t) { fputs(type_string(t), out); }
