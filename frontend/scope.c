/* scope.c: nested scopes as open-addressing hash tables of Symbols, and symbol creation.
 *
 * Each scope keeps its own table (power-of-two size, linear probing, grown at 2/3 load) and the
 * insertion order (dumps and the unused-variable check walk symbols in declaration order).
 */
#include <string.h>
#include "arena.h"
#include "scope.h"

static Arena *scope_arena_of_last; /* arena of the most recent scope_new, used for growth */
static int next_symbol_id;

static const char *const symbol_kind_names[] = {
#define X(k) #k,
    SYMBOL_KINDS(X)
#undef X
};

static const char *const builtin_names[] = {
#define X(k, s) s,
    BUILTIN_KINDS(X)
#undef X
};

const char *symbol_kind_name(SymbolKind k) { return symbol_kind_names[k]; }
const char *builtin_name(BuiltinKind b) { return b >= 0 && b < BUILTIN__COUNT ? builtin_names[b] : "?"; }
int symbol_count(void) { return next_symbol_id; }

Symbol *symbol_new(Arena *arena, SymbolKind kind, const char *name, Pos pos)
{
    Symbol *s = ARENA_NEW(arena, Symbol);
    s->kind = kind;
    s->id = ++next_symbol_id;
    s->name = name;
    s->pos = pos;
    s->builtin = BUILTIN_NONE;
    return s;
}

Scope *scope_new(Arena *arena, Scope *parent)
{
    Scope *s = ARENA_NEW(arena, Scope);
    s->parent = parent;
    s->nslots = 16;
    s->slots = ARENA_NEW_ARRAY(arena, Symbol *, s->nslots);
    scope_arena_of_last = arena;
    return s;
}

static unsigned hash_name(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void scope_put(Symbol **slots, int nslots, Symbol *sym)
{
    unsigned i = hash_name(sym->name) & (unsigned)(nslots - 1);
    while (slots[i])
        i = (i + 1) & (unsigned)(nslots - 1);
    slots[i] = sym;
}

static void scope_grow(Scope *s)
{
    int n = s->nslots * 2;
    Symbol **slots = ARENA_NEW_ARRAY(scope_arena_of_last, Symbol *, n);
    for (int i = 0; i < s->nslots; i++)
        if (s->slots[i])
            scope_put(slots, n, s->slots[i]);
    s->slots = slots;
    s->nslots = n;
}

Symbol *scope_lookup_local(Scope *s, const char *name)
{
    unsigned i = hash_name(name) & (unsigned)(s->nslots - 1);
    while (s->slots[i]) {
        if (strcmp(s->slots[i]->name, name) == 0)
            return s->slots[i];
        i = (i + 1) & (unsigned)(s->nslots - 1);
    }
    return NULL;
}

Symbol *scope_insert(Scope *s, Symbol *sym)
{
    if (strcmp(sym->name, "_") == 0)
        return NULL;
    Symbol *old = scope_lookup_local(s, sym->name);
    if (old)
        return old;
    if ((s->count + 1) * 3 > s->nslots * 2)
        scope_grow(s);
    scope_put(s->slots, s->nslots, sym);
    s->count++;
    if (s->norder == s->caporder) {
        int cap = s->caporder ? s->caporder * 2 : 8;
        s->order = arena_realloc(scope_arena_of_last, s->order, sizeof(Symbol *) * (size_t)s->caporder,
                                 sizeof(Symbol *) * (size_t)cap);
        s->caporder = cap;
    }
    s->order[s->norder++] = sym;
    if (!sym->scope)
        sym->scope = s;
    return NULL;
}

Symbol *scope_lookup(Scope *s, const char *name, Scope **where)
{
    for (; s; s = s->parent) {
        Symbol *sym = scope_lookup_local(s, name);
        if (sym) {
            if (where)
                *where = s;
            return sym;
        }
    }
    if (where)
        *where = NULL;
    return NULL;
}
