/* check_dump.c: --dump=types: one line per package-level symbol with its kind and type (and the
 * value of constants), then the variable initialisation order. Output is for humans and tests:
 *   const main.N untyped int = 3
 *   var main.x int
 *   func main.f func(int) string
 *   type main.T struct{x int}
 *   method (*main.T).M func()
 *   init x, y = ...
 */
#include "check_internal.h"

static void dump_symbol(FILE *out, const Symbol *s)
{
    switch (s->kind) {
    case SYM_CONST:
        fprintf(out, "const %s.%s %s = %s\n", s->pkg, s->name, type_string(s->type),
                s->cval ? const_string_repr(s->cval) : "?");
        return;
    case SYM_VAR: fprintf(out, "var %s.%s %s\n", s->pkg, s->name, type_string(s->type)); return;
    case SYM_TYPE:
        fprintf(out, "type %s.%s %s\n", s->pkg, s->name,
                s->type && s->type->kind == TY_NAMED ? type_string(type_underlying(s->type)) : type_string(s->type));
        return;
    case SYM_FUNC:
        if (s->is_method && s->recv_named)
            fprintf(out, "method (%s%s).%s %s\n", s->recv_ptr ? "*" : "", type_string(s->recv_named), s->name,
                    type_string(s->type));
        else
            fprintf(out, "func %s.%s %s\n", s->pkg, s->name, type_string(s->type));
        return;
    case SYM_PACKAGE: case SYM_BUILTIN: case SYM_NIL: case SYM_LABEL:
        return;
    }
}

void check_dump_types(FILE *out, const CheckedPackage *cp)
{
    for (int i = 0; i < cp->nconsts; i++)
        dump_symbol(out, cp->consts[i]);
    for (int i = 0; i < cp->ntypes; i++)
        if (cp->types[i]->scope == cp->scope)
            dump_symbol(out, cp->types[i]);
    for (int i = 0; i < cp->nglobals; i++)
        dump_symbol(out, cp->globals[i]);
    for (int i = 0; i < cp->nfuncs; i++)
        dump_symbol(out, cp->funcs[i]);
    for (int i = 0; i < cp->ninits; i++) {
        fprintf(out, "init");
        for (int j = 0; j < cp->inits[i].nlhs; j++)
            fprintf(out, "%s%s", j ? ", " : " ", cp->inits[i].lhs[j]->name);
        fprintf(out, "\n");
    }
}
