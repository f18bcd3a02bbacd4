/*
 * slice.c: growing a slice for append, with Go 1.19's capacity rule (runtime/slice.go growslice).
 *
 * A length that overflowed or a capacity whose byte size passes RT_MAX_ALLOC panics with Go 1.19's
 * "growslice: cap out of range" instead of asking the collector for a wrapped-around size.
 *
 * The new capacity doubles below 256 elements and then grows by (cap + 3*256)/4 per step, and the
 * byte size is rounded up to Go's malloc size class (runtime/sizeclasses.go), so programs that print
 * cap() after append see the capacities Go prints. The old elements are copied; the caller stores the
 * appended ones. rt_growslice_arena takes the new array from an arena in the caller's frame when the
 * escape pass proved the slice stays there (passes/esc_grow.c).
 */
#include <string.h>

#include "rt_internal.h"

/* Go 1.19's class_to_size (runtime/sizeclasses.go). */
static const uint16_t rt_class_size[] = {
	0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
	352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
	2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
	10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768
};

/* The size Go's mallocgc really allocates for a request of `size` bytes (roundupsize). Below 1 KB the
 * class comes from a table indexed by size/8, built on first use (Go's size_to_class8); above, a
 * binary search over the classes. */
static uint64_t rt_roundupsize(uint64_t size)
{
	static uint8_t class8[1024 / 8 + 1];
	size_t n = sizeof rt_class_size / sizeof rt_class_size[0];
	if (size <= 1024) {
		if (class8[0] == 0)
			for (size_t i = 0, c = 1; i <= 1024 / 8; i++) {
				while (rt_class_size[c] < i * 8)
					c++;
				class8[i] = (uint8_t)c;
			}
		return rt_class_size[class8[(size + 7) / 8]];
	}
	if (size < 32768) {
		size_t lo = 1, hi = n - 1; /* the first class >= size lies in [lo, hi] */
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (rt_class_size[mid] >= size)
				hi = mid;
			else
				lo = mid + 1;
		}
		return rt_class_size[lo];
	}
	if (size + 8192 < size)
		return size;
	return (size + 8191) & ~(uint64_t)8191;
}

static int64_t rt_grow_cap(int64_t oldcap, int64_t newlen)
{
	int64_t newcap = oldcap;
	int64_t doublecap = newcap + newcap;
	if (newlen > doublecap)
		return newlen;
	if (oldcap < 256)
		return doublecap;
	while (0 < newcap && newcap < newlen)
		newcap += (newcap + 3 * 256) / 4;
	return newcap <= 0 ? newlen : newcap;
}

/* The capacity Go gives a slice of cap elements grown to newlen, and its byte size in *mem; panics
 * as Go does when the length overflowed or the size is out of range. */
static int64_t rt_grown_cap(int64_t cap, int64_t newlen, int64_t elemsize, uint64_t *mem)
{
	if (newlen < cap) /* len + n overflowed */
		rt_panic_error_cstr("growslice: cap out of range", 0);
	int64_t newcap = rt_grow_cap(cap, newlen);
	if ((uint64_t)newcap > RT_MAX_ALLOC / (uint64_t)elemsize)
		rt_panic_error_cstr("growslice: cap out of range", 0);
	*mem = rt_roundupsize((uint64_t)newcap * (uint64_t)elemsize);
	newcap = (int64_t)(*mem / (uint64_t)elemsize);
	*mem = (uint64_t)newcap * (uint64_t)elemsize;
	return newcap;
}

static uint8_t rt_zerobase[8];

static GoSpan rt_grow(void *old, int64_t len, int64_t cap, int64_t newlen, int64_t elemsize, int scan)
{
	if (elemsize == 0) {
		if (newlen < cap)
			rt_panic_error_cstr("growslice: cap out of range", 0);
		return (GoSpan){ rt_zerobase, newlen };
	}
	uint64_t mem;
	int64_t newcap = rt_grown_cap(cap, newlen, elemsize, &mem);
	void *p = scan ? gc_alloc((int64_t)mem) : gc_alloc_noscan((int64_t)mem);
	if (len > 0 && old != NULL)
		memcpy(p, old, (size_t)(len * elemsize));
	return (GoSpan){ p, newcap };
}

/* Growth into a frame's arena (passes/esc_grow.c): the same capacity as rt_grow, taken from the
 * arena while it has room (16-byte aligned), else from the heap. The new array's bytes past the
 * old length are zeroed, as the collector's are. */
GoSpan rt_growslice_arena(void *arena, void *old, int64_t len, int64_t cap, int64_t newlen, int64_t elemsize,
                          int64_t scan)
{
	RtArena *a = arena;
	if (elemsize == 0)
		return rt_grow(old, len, cap, newlen, elemsize, (int)scan);
	uint64_t mem;
	int64_t newcap = rt_grown_cap(cap, newlen, elemsize, &mem);
	uint64_t need = (mem + 15) & ~(uint64_t)15;
	if (need > (uint64_t)(a->size - a->used))
		return rt_grow(old, len, cap, newlen, elemsize, (int)scan);
	uint8_t *p = a->data + a->used;
	a->used += (int64_t)need;
	size_t kept = len > 0 && old != NULL ? (size_t)(len * elemsize) : 0;
	if (kept > 0)
		memcpy(p, old, kept);
	memset(p + kept, 0, (size_t)mem - kept);
	return (GoSpan){ p, newcap };
}

GoSpan rt_growslice(void *old, int64_t len, int64_t cap, int64_t newlen, int64_t elemsize)
{
	return rt_grow(old, len, cap, newlen, elemsize, 0);
}

GoSpan rt_growslice_ptr(void *old, int64_t len, int64_t cap, int64_t newlen, int64_t elemsize)
{
	return rt_grow(old, len, cap, newlen, elemsize, 1);
}
