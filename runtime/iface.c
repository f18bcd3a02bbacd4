/*
 * iface.c: interface tables and failed interface conversions.
 *
 * rt_getitab builds the Itab for (interface type, dynamic type) by matching each of the interface's
 * methods (IMethodDesc) to the dynamic type's method set (MethodDesc) by name and signature; the
 * first interface method without a match is the "missing method" of Go's message. Results, including failures, are cached in a small
 * open-addressing table keyed by the two descriptor pointers (descriptors are unique per type), so a
 * conversion in a loop builds its Itab once. The cache lives in GC memory reachable from a static.
 */
#include <string.h>

#include "rt_internal.h"

typedef struct RtItabEntry {
	const TypeDesc *inter;
	const TypeDesc *type;
	Itab *itab;            /* null: the type does not implement the interface */
	GoString missing;      /* for a failure: the first missing method */
} RtItabEntry;

static RtItabEntry *rt_itab_cache;
static int64_t rt_itab_cap;
static int64_t rt_itab_count;

static uint64_t rt_itab_hash(const TypeDesc *inter, const TypeDesc *type)
{
	uint64_t h = (uint64_t)(uintptr_t)inter * 0x9E3779B97F4A7C15ull ^ (uint64_t)(uintptr_t)type;
	return h ^ (h >> 29);
}

static RtItabEntry *rt_itab_slot(RtItabEntry *tab, int64_t cap, const TypeDesc *inter, const TypeDesc *type)
{
	int64_t mask = cap - 1;
	int64_t i = (int64_t)(rt_itab_hash(inter, type) & (uint64_t)mask);
	while (tab[i].inter != NULL && (tab[i].inter != inter || tab[i].type != type))
		i = (i + 1) & mask;
	return &tab[i];
}

static void rt_itab_grow(void)
{
	int64_t ncap = rt_itab_cap == 0 ? 64 : rt_itab_cap * 2;
	RtItabEntry *ntab = gc_alloc(ncap * (int64_t)sizeof *ntab);
	for (int64_t i = 0; i < rt_itab_cap; i++) {
		RtItabEntry *e = &rt_itab_cache[i];
		if (e->inter != NULL)
			*rt_itab_slot(ntab, ncap, e->inter, e->type) = *e;
	}
	rt_itab_cache = ntab;
	rt_itab_cap = ncap;
}

static int rt_gostr_cmp(GoString a, GoString b)
{
	return (int)rt_string_cmp((void *)a.ptr, a.len, (void *)b.ptr, b.len);
}

/* The method of type named like im with the same signature, or null. A linear search: method sets
 * are small, and it does not depend on both tables being sorted the same way. */
static const MethodDesc *rt_find_method(const TypeDesc *type, const IMethodDesc *im)
{
	for (uint32_t j = 0; j < type->nmethods; j++) {
		const MethodDesc *m = &type->methods[j];
		if (rt_gostr_cmp(m->name, im->name) == 0 && rt_gostr_cmp(m->sig, im->sig) == 0)
			return m;
	}
	return NULL;
}

/* Builds the entry for (inter, type): the itab, or the name of the first missing method. */
static RtItabEntry rt_itab_build(const TypeDesc *inter, const TypeDesc *type)
{
	RtItabEntry e = { inter, type, NULL, { 0, 0 } };
	Itab *tab = gc_alloc((int64_t)sizeof(Itab) + inter->len * (int64_t)sizeof(void *));
	tab->inter = inter;
	tab->type = type;
	for (int64_t i = 0; i < inter->len; i++) {
		const MethodDesc *m = rt_find_method(type, &inter->imethods[i]);
		if (m == NULL) {
			e.missing = inter->imethods[i].name;
			return e;
		}
		tab->fns[i] = m->fn;
	}
	e.itab = tab;
	return e;
}

static RtItabEntry *rt_itab_lookup(const TypeDesc *inter, const TypeDesc *type)
{
	if (rt_itab_cap == 0 || (rt_itab_count + 1) * 2 > rt_itab_cap)
		rt_itab_grow();
	RtItabEntry *e = rt_itab_slot(rt_itab_cache, rt_itab_cap, inter, type);
	if (e->inter == NULL) {
		*e = rt_itab_build(inter, type);
		rt_itab_count++;
	}
	return e;
}

static GoString rt_cat(GoString a, const char *b)
{
	return rt_string_concat3(a, rt_string_from_cstr(b), (GoString){ 0, 0 });
}

static GoString rt_inter_name(const TypeDesc *src)
{
	return src != NULL ? src->name : rt_string_from_cstr("interface");
}

void *rt_getitab(void *interp, void *typep, void *srcp, int32_t canfail)
{
	const TypeDesc *inter = interp, *type = typep;
	if (type == NULL) {
		if (canfail)
			return NULL;
		rt_panic_assert(NULL, interp, NULL); /* Go: "interface is nil, not main.I" */
	}
	RtItabEntry *e = rt_itab_lookup(inter, type);
	if (e->itab != NULL || canfail)
		return e->itab;
	/* "interface conversion: main.T is not main.I: missing method M" */
	GoString msg = rt_string_concat3(rt_string_from_cstr("interface conversion: "), type->name,
		rt_string_from_cstr(" is not "));
	msg = rt_string_concat3(msg, inter->name, rt_string_from_cstr(": missing method "));
	msg = rt_string_concat3(msg, e->missing, (GoString){ 0, 0 });
	rt_panic_error_str(msg, 1);
}

void rt_panic_assert(void *havep, void *wantp, void *srcp)
{
	const TypeDesc *have = havep, *want = wantp;
	GoString msg = rt_string_concat3(rt_string_from_cstr("interface conversion: "), rt_inter_name(srcp),
		rt_string_from_cstr(" is "));
	if (have == NULL) {
		msg = rt_string_concat3(msg, rt_string_from_cstr("nil, not "), want->name);
	} else {
		msg = rt_string_concat3(msg, have->name, rt_string_from_cstr(", not "));
		msg = rt_string_concat3(msg, want->name, (GoString){ 0, 0 });
		/* Go tells the two apart by package path: a type declared in a function shares its
		 * package's, and only such a type can share a package-level type's spelling there */
		if (rt_gostr_cmp(have->name, want->name) == 0)
			msg = rt_cat(msg, (have->flags | want->flags) & TDF_LOCAL ? " (types from different scopes)"
			                                                         : " (types from different packages)");
	}
	rt_panic_error_str(msg, 1);
}
