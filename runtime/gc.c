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
 * Failure modes, as Go 1.19 reports them: when the collector cannot get the memory it returns null and
 * we die with "fatal error: runtime: out of memory" (exit 2); its own warnings ("GC Warning: Failed to
 * expand heap...") are silenced, since Go prints nothing of the kind (LLGODEBUG=gcwarn=1 shows them).
 * A size that is negative or above RT_MAX_ALLOC can only come from make([]T, n) whose byte size
 * overflowed: Go panics "makeslice: len out of range" there, and so do we rather than allocate a
 * wrapped-around size (the compiler should check this itself; this is the safety net).
 */
#define GC_THREADS
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

RtDebug rt_debug;

static uint64_t gc_mallocs;
static uint64_t gc_bytes;
static uint64_t gc_stress_tick;
static int gc_ready;

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
	GC_INIT();
	GC_allow_register_threads();
}

static uint64_t gc_stress_interval(void)
{
	uint64_t by_heap = (uint64_t)GC_get_heap_size() >> 20;
	uint64_t n = (uint64_t)rt_debug.gcstress;
	return by_heap > n ? by_heap : n;
}

static void gc_before_alloc(int64_t size)
{
	if ((uint64_t)size > RT_MAX_ALLOC)
		rt_panic_error_cstr("makeslice: len out of range", 0);
	if (!gc_ready)
		rt_gc_init();
	gc_mallocs++;
	gc_bytes += (uint64_t)size;
	if (rt_debug.gcstress > 0 && ++gc_stress_tick >= gc_stress_interval()) {
		gc_stress_tick = 0;
		GC_gcollect();
	}
}

void *gc_alloc(int64_t size)
{
	gc_before_alloc(size);
	void *p = GC_MALLOC((size_t)(size > 0 ? size : 1));
	if (p == NULL)
		rt_fatal("runtime: out of memory");
	return p; /* GC_MALLOC clears the object */
}

void *gc_alloc_noscan(int64_t size)
{
	gc_before_alloc(size);
	void *p = GC_MALLOC_ATOMIC((size_t)(size > 0 ? size : 1));
	if (p == NULL)
		rt_fatal("runtime: out of memory");
	memset(p, 0, (size_t)(size > 0 ? size : 1));
	return p;
}

void rt_add_roots(void *lo, void *hi)
{
	if (!gc_ready)
		rt_gc_init();
	GC_add_roots(lo, hi);
}
