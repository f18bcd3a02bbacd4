/*
 * typealg.c: hashing and equality of Go values, driven by their TypeDesc (Go's runtime/alg.go).
 *
 * Map keys and interface comparison both need "==" for every comparable type: strings compare by
 * content, floats numerically (+0 == -0, NaN != NaN, and every NaN hashes differently so NaN keys
 * never collide into one entry), structs field by field skipping blank `_` fields, arrays element by
 * element, interfaces by dynamic type and then value. An interface holding an uncomparable dynamic
 * type panics with Go's wording ("hash of unhashable type" / "comparing uncomparable type").
 */
#include <string.h>

#include "rt_internal.h"

static uint64_t rt_mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
	h ^= h >> 31;
	h *= 0xBF58476D1CE4E5B9ull;
	h ^= h >> 29;
	return h;
}

static uint64_t rt_hash_bytes(const uint8_t *p, int64_t n, uint64_t seed)
{
	uint64_t h = seed ^ 0xCBF29CE484222325ull ^ (uint64_t)n;
	for (int64_t i = 0; i < n; i++)
		h = (h ^ p[i]) * 0x100000001B3ull;
	return rt_mix(h, (uint64_t)n);
}

static uint64_t rt_hash_float(double f, uint64_t seed)
{
	static uint64_t nan_counter;
	if (f == 0)
		return rt_mix(seed, 0);
	if (f != f)
		return rt_mix(seed, ++nan_counter * 0x2545F4914F6CDD1Dull);
	uint64_t bits;
	memcpy(&bits, &f, sizeof bits);
	return rt_mix(seed, bits);
}

static int rt_is_blank(GoString name)
{
	return name.len == 1 && name.ptr[0] == '_';
}

/* The dynamic type of an interface value in memory (eface: type word; iface: itab->type). */
static const TypeDesc *rt_iface_dyntype(const TypeDesc *t, const void *p)
{
	const void *w = *(const void *const *)p;
	if (w == NULL)
		return NULL;
	if (t->len == 0)
		return w;
	return ((const Itab *)w)->type;
}

static uint64_t rt_hash_struct(const TypeDesc *t, const uint8_t *p, uint64_t seed)
{
	uint64_t h = seed;
	for (int64_t i = 0; i < t->len; i++) {
		const FieldDesc *f = &t->fields[i];
		if (!rt_is_blank(f->name))
			h = rt_type_hash(f->type, p + f->offset, h);
	}
	return h;
}

static uint64_t rt_hash_array(const TypeDesc *t, const uint8_t *p, uint64_t seed)
{
	uint64_t h = seed;
	for (int64_t i = 0; i < t->len; i++)
		h = rt_type_hash(t->elem, p + i * t->elem->size, h);
	return h;
}

_Noreturn static void rt_panic_type_msg(const char *what, const TypeDesc *t)
{
	rt_panic_error_str(rt_string_concat3(rt_string_from_cstr(what), t->name, (GoString){ 0, 0 }), 0);
}

uint64_t rt_eface_hash(const TypeDesc *t, void *data, uint64_t seed)
{
	if (t == NULL)
		return rt_mix(seed, 0);
	if (!(t->flags & TDF_COMPARABLE))
		rt_panic_type_msg("hash of unhashable type ", t);
	uint64_t h = rt_mix(seed, (uint64_t)(uintptr_t)t);
	if (t->flags & TDF_DIRECT)
		return rt_mix(h, (uint64_t)(uintptr_t)data);
	return rt_type_hash(t, data, h);
}

uint64_t rt_type_hash(const TypeDesc *t, const void *p, uint64_t seed)
{
	switch ((int)t->kind) {
	case GK_FLOAT32:
		return rt_hash_float(*(const float *)p, seed);
	case GK_FLOAT64:
		return rt_hash_float(*(const double *)p, seed);
	case GK_COMPLEX64:
		return rt_hash_float(((const float *)p)[1], rt_hash_float(((const float *)p)[0], seed));
	case GK_COMPLEX128:
		return rt_hash_float(((const double *)p)[1], rt_hash_float(((const double *)p)[0], seed));
	case GK_STRING: {
		const GoString *s = p;
		return rt_hash_bytes(s->ptr, s->len, seed);
	}
	case GK_INTERFACE:
		return rt_eface_hash(rt_iface_dyntype(t, p), ((void *const *)p)[1], seed);
	case GK_STRUCT:
		return rt_hash_struct(t, p, seed);
	case GK_ARRAY:
		return rt_hash_array(t, p, seed);
	case GK_SLICE:
	case GK_MAP:
	case GK_FUNC:
		rt_panic_type_msg("hash of unhashable type ", t);
	case GK_INVALID: case GK_BOOL: case GK_INT: case GK_INT8: case GK_INT16: case GK_INT32:
	case GK_INT64: case GK_UINT: case GK_UINT8: case GK_UINT16: case GK_UINT32: case GK_UINT64:
	case GK_UINTPTR: case GK_CHAN: case GK_POINTER: case GK_UNSAFEPOINTER:
		break;
	}
	return rt_hash_bytes(p, t->size, seed); /* plain memory: integers, booleans, pointers */
}

static int rt_struct_equal(const TypeDesc *t, const uint8_t *a, const uint8_t *b)
{
	for (int64_t i = 0; i < t->len; i++) {
		const FieldDesc *f = &t->fields[i];
		if (!rt_is_blank(f->name) && !rt_type_equal(f->type, a + f->offset, b + f->offset))
			return 0;
	}
	return 1;
}

static int rt_array_equal(const TypeDesc *t, const uint8_t *a, const uint8_t *b)
{
	for (int64_t i = 0; i < t->len; i++)
		if (!rt_type_equal(t->elem, a + i * t->elem->size, b + i * t->elem->size))
			return 0;
	return 1;
}

/* Equality of two interface data words known to hold the same dynamic type t (non-null). */
int rt_eface_data_equal(const TypeDesc *t, void *d1, void *d2)
{
	if (!(t->flags & TDF_COMPARABLE))
		rt_panic_type_msg("comparing uncomparable type ", t);
	if (t->flags & TDF_DIRECT)
		return d1 == d2;
	return rt_type_equal(t, d1, d2);
}

int rt_type_equal(const TypeDesc *t, const void *a, const void *b)
{
	switch ((int)t->kind) {
	case GK_FLOAT32:
		return *(const float *)a == *(const float *)b;
	case GK_FLOAT64:
		return *(const double *)a == *(const double *)b;
	case GK_COMPLEX64:
		return ((const float *)a)[0] == ((const float *)b)[0] &&
			((const float *)a)[1] == ((const float *)b)[1];
	case GK_COMPLEX128:
		return ((const double *)a)[0] == ((const double *)b)[0] &&
			((const double *)a)[1] == ((const double *)b)[1];
	case GK_STRING: {
		const GoString *x = a, *y = b;
		return rt_string_eq((void *)x->ptr, x->len, (void *)y->ptr, y->len);
	}
	case GK_INTERFACE: {
		const TypeDesc *ta = rt_iface_dyntype(t, a), *tb = rt_iface_dyntype(t, b);
		if (ta != tb)
			return 0;
		return ta == NULL || rt_eface_data_equal(ta, ((void *const *)a)[1], ((void *const *)b)[1]);
	}
	case GK_STRUCT:
		return rt_struct_equal(t, a, b);
	case GK_ARRAY:
		return rt_array_equal(t, a, b);
	case GK_SLICE:
	case GK_MAP:
	case GK_FUNC:
		rt_panic_type_msg("comparing uncomparable type ", t);
	case GK_INVALID: case GK_BOOL: case GK_INT: case GK_INT8: case GK_INT16: case GK_INT32:
	case GK_INT64: case GK_UINT: case GK_UINT8: case GK_UINT16: case GK_UINT32: case GK_UINT64:
	case GK_UINTPTR: case GK_CHAN: case GK_POINTER: case GK_UNSAFEPOINTER:
		break;
	}
	return memcmp(a, b, (size_t)t->size) == 0;
}

int32_t rt_eface_eq(void *t1, void *d1, void *t2, void *d2)
{
	if (t1 != t2)
		return 0;
	if (t1 == NULL)
		return 1;
	return rt_eface_data_equal(t1, d1, d2);
}
