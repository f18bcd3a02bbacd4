/*
 * gc.c: the runtime's only allocation gate, over the Boehm collector, plus LLGODEBUG parsing.
 *
 * Generated code allocates every heap object through gc_alloc (may hold pointers, scanned) or
 * gc_alloc_noscan (pointer-free, not scanned); both return zeroed memory, as Go's new/make do.
 * LLGODEBUG=gcstress=N collects before every N-th allocation (1 = every one), which flushes out
 * missing roots the way clox's stress mode does. To stay usable on programs that keep a large live
 * heap, the interval stretches to one collection per (heap size / 1 MB) allocations once the heap
 * passes 1 MB (a full mark of a big heap at every allocation would take hours, not seconds).
 * gcstats=1 prints counters at exit.
 *
 * Tuning, measured with tools/bench.sh on the 2-core machine: one marker thread (Boehm's default of
 * one per core makes every collection of a small heap wake, wait for and broadcast to a helper that
 * the loaded machine often has not scheduled: up to 30% more CPU on the alloc_* kernels), and a 4 MB
 * heap to start with, Go's own minimum heap goal (Boehm's default starts near 256 KB and collects
 * every ~150 KB of allocation while the heap stays small). GC_MARKERS and GC_INITIAL_HEAP_SIZE in the
 * environment still override both.
 *
 * Failure modes, as Go 1.19 reports them: when the collector cannot get the memory it returns null and
 * we die with "fatal error: runtime: out of memory" (exit 2); its own warnings ("GC Warning: Failed to
 * expand heap...") are silenced, since Go prints nothing of the kind (LLGODEBUG=gcwarn=1 shows them).
 * A size that is negative or above RT_MAX_ALLOC can only come from make([]T, n) whose byte size
 * overflowed: Go panics "makeslice: len out of range" there, and so do we rather than allocate a
 * wrapped-around size (the compiler should check this itself; this is the safety net).
 */
#define GC_THREADS
#include <gc.h>
#include <gc/gc_inline.h>
#include <gc/gc_mark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

RtDebug rt_debug;

enum { RT_INITIAL_HEAP = 4 << 20 };

static uint64_t gc_mallocs;
static uint64_t gc_bytes;
static uint64_t gc_stress_tick;
static int gc_ready;

/*
 * The small-object fast path. Objects up to RT_CACHE_MAX bytes come from free lists of our own, one
 * per kind (scanned, pointer-free) and size in collector granules, each refilled a block at a time by
 * GC_generic_malloc_many, the call Boehm's own thread-local allocator makes; a pop is a few
 * instructions where GC_malloc_kind costs a TLS lookup through the shared library and its counters.
 * Go code runs on one thread (the program thread of start.c; no goroutines yet), so the lists are
 * plain globals. The collector does not know the objects on them are free: at the start of every
 * collection (GC_set_start_callback, with the allocation lock held) the lists are dropped, so their
 * objects are garbage like any other and no object can be both on our list and on Boehm's.
 */
enum { RT_GRANULE = 16, RT_CACHE_GRANULES = 16, RT_CACHE_MAX = RT_GRANULE * RT_CACHE_GRANULES - 1 };

static void *gc_cache[2][RT_CACHE_GRANULES + 1]; /* [scan][granules]: objects linked by first word */
static size_t gc_extra; /* the byte GC_malloc adds for pointers one past the end (interior pointers) */

static void gc_drop_caches(void)
{
	memset(gc_cache, 0, sizeof gc_cache);
}

/* Reads one "name=value" item of LLGODEBUG. */
static void rt_debug_item(const char *item, size_t n)
{
	const char *eq = memchr(item, '=', n);
	if (eq == NULL)
		return;
	size_t klen = (size_t)(eq - item);
	int val = atoi(eq + 1);
	if (klen == 7 && memcmp(item, "gcstats", 7) == 0)
		rt_debug.gcstats = val;
	else if (klen == 8 && memcmp(item, "gcstress", 8) == 0)
		rt_debug.gcstress = val;
	else if (klen == 6 && memcmp(item, "gcwarn", 6) == 0)
		rt_debug.gcwarn = val;
}

static void rt_gcstats_at_exit(void)
{
	fprintf(stderr, "gcstats: mallocs=%llu bytes=%llu collections=%llu\n",
		(unsigned long long)gc_mallocs, (unsigned long long)gc_bytes,
		(unsigned long long)GC_get_gc_no());
}

/* Parses LLGODEBUG (comma-separated name=value items). Idempotent. */
void rt_debug_init(void)
{
	static int done;
	if (done)
		return;
	done = 1;
	const char *s = getenv("LLGODEBUG");
	while (s != NULL && *s != '\0') {
		const char *comma = strchr(s, ',');
		size_t n = comma != NULL ? (size_t)(comma - s) : strlen(s);
		rt_debug_item(s, n);
		s = comma != NULL ? comma + 1 : NULL;
	}
	if (rt_debug.gcstats)
		atexit(rt_gcstats_at_exit);
}

/* Initialises the collector once; safe to call from tests and from rt_run_main. */
void rt_gc_init(void)
{
	if (gc_ready)
		return;
	gc_ready = 1;
	rt_debug_init();
	if (!rt_debug.gcwarn)
		GC_set_warn_proc(GC_ignore_warn_proc);
	GC_set_markers_count(1);
	GC_INIT();
	/* not under gcstress, whose interval grows with the heap size */
	if (!rt_debug.gcstress && getenv("GC_INITIAL_HEAP_SIZE") == NULL && GC_get_heap_size() < RT_INITIAL_HEAP)
		GC_expand_hp(RT_INITIAL_HEAP - GC_get_heap_size());
	GC_allow_register_threads();
	gc_extra = GC_get_all_interior_pointers() ? 1 : 0;
	GC_set_start_callback(gc_drop_caches);
}

static uint64_t gc_stress_interval(void)
{
	uint64_t by_heap = (uint64_t)GC_get_heap_size() >> 20;
	uint64_t n = (uint64_t)rt_debug.gcstress;
	return by_heap > n ? by_heap : n;
}

/* The rare work before an allocation: initialisation, a bad size, a gcstress collection. */
__attribute__((noinline)) static void gc_before_alloc_slow(int64_t size)
{
	if ((uint64_t)size > RT_MAX_ALLOC)
		rt_panic_error_cstr("makeslice: len out of range", 0);
	if (!gc_ready)
		rt_gc_init();
	if (rt_debug.gcstress > 0 && ++gc_stress_tick >= gc_stress_interval()) {
		gc_stress_tick = 0;
		GC_gcollect();
	}
}

static inline void gc_before_alloc(int64_t size)
{
	if ((uint64_t)size > RT_MAX_ALLOC || !gc_ready || rt_debug.gcstress > 0)
		gc_before_alloc_slow(size);
	gc_mallocs++;
	gc_bytes += (uint64_t)size;
}

/* Pops an object of `size` (1..RT_CACHE_MAX) bytes; the caller clears it. Like GC_malloc, the object
 * has room for one more byte when interior pointers are on, so a pointer one past the end (an empty
 * tail of a string or slice) still points into it. GC_generic_malloc_many takes whole granules. */
static void *gc_cache_pop(size_t size, int scan)
{
	size_t g = (size + gc_extra + RT_GRANULE - 1) / RT_GRANULE;
	void **head = &gc_cache[scan][g];
	if (*head == NULL) {
		GC_generic_malloc_many(g * RT_GRANULE, scan ? GC_I_NORMAL : GC_I_PTRFREE, head);
		if (*head == NULL)
			rt_fatal("runtime: out of memory");
	}
	void *p = *head;
	*head = *(void **)p;
	__builtin_prefetch(*head, 1); /* the next object, as Boehm's own fast path does */
	return p;
}

void *gc_alloc(int64_t size)
{
	gc_before_alloc(size);
	size_t n = (size_t)(size > 0 ? size : 1);
	if (n <= RT_CACHE_MAX) {
		void *p = gc_cache_pop(n, 1);
		*(void **)p = NULL; /* the rest of a GC_I_NORMAL object is already clear */
		return p;
	}
	void *p = GC_MALLOC(n);
	if (p == NULL)
		rt_fatal("runtime: out of memory");
	return p; /* GC_MALLOC clears the object */
}

void *gc_alloc_noscan(int64_t size)
{
	gc_before_alloc(size);
	size_t n = (size_t)(size > 0 ? size : 1);
	void *p = n <= RT_CACHE_MAX ? gc_cache_pop(n, 0) : GC_MALLOC_ATOMIC(n);
	if (p == NULL)
		rt_fatal("runtime: out of memory");
	memset(p, 0, n);
	return p;
}

/* A local pointer-free object of run-time size (the escape pass's small-buffer rewrite): the caller's
 * stack buffer, zeroed, when the size fits, else pointer-free heap memory. */
void *rt_alloc_small(void *buf, int64_t bufsize, int64_t size)
{
	if (size >= 0 && size <= bufsize) {
		memset(buf, 0, (size_t)size);
		return buf;
	}
	return gc_alloc_noscan(size);
}

void rt_add_roots(void *lo, void *hi)
{
	if (!gc_ready)
		rt_gc_init();
	GC_add_roots(lo, hi);
}
