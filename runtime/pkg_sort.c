/*
 * pkg_sort.c: the C hooks of the bundled package sort (runtime/pkg/sort/slice.go).
 *
 * sort.Slice takes the slice as `any` and sorts it through a less function on indexes; swapping two
 * elements of a slice of unknown element type is what Go does with reflect.Swapper. Here the slice's
 * type descriptor gives the element size, and the interface's data word points to the boxed slice
 * header (slices are not direct interface values). Elements are exchanged byte-wise through a small
 * buffer; Boehm's collector needs no write barrier for that.
 */
#include <string.h>

#include "rt_internal.h"

/* Go's reflect.Kind names, for the panic of a non-slice argument. */
static const char *sort_kind_name(const TypeDesc *t)
{
	static const char *const names[] = {
		"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
		"uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
		"chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer",
	};
	if (t == NULL)
		return "zero";
	return t->kind < sizeof names / sizeof names[0] ? names[t->kind] : "invalid";
}

static const GoSlice *sort_slice_of(const TypeDesc *t, void *data)
{
	if (t == NULL || t->kind != GK_SLICE) {
		GoString msg = rt_string_concat3(rt_string_from_cstr("reflect: call of Swapper on "),
			rt_string_from_cstr(sort_kind_name(t)), rt_string_from_cstr(" Value"));
		rt_panic_error_str(msg, 1);
	}
	return data;
}

int64_t sort_slice_len(void *type, void *data)
{
	return sort_slice_of(type, data)->len;
}

void sort_slice_swap(void *type, void *data, int64_t i, int64_t j)
{
	const TypeDesc *t = type;
	const GoSlice *s = sort_slice_of(t, data);
	if ((uint64_t)i >= (uint64_t)s->len || (uint64_t)j >= (uint64_t)s->len)
		rt_panic_bounds(0, (uint64_t)i >= (uint64_t)s->len ? i : j, s->len);
	size_t size = (size_t)t->elem->size;
	uint8_t *a = (uint8_t *)s->ptr + (size_t)i * size;
	uint8_t *b = (uint8_t *)s->ptr + (size_t)j * size;
	uint8_t tmp[256];
	for (size_t off = 0; off < size; off += sizeof tmp) {
		size_t n = size - off < sizeof tmp ? size - off : sizeof tmp;
		memcpy(tmp, a + off, n);
		memcpy(a + off, b + off, n);
		memcpy(b + off, tmp, n);
	}
}
