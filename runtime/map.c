/*
 * map.c: Go maps as open-addressing hash tables with linear probing, driven by the map's TypeDesc.
 *
 * The header (LLGO_MAP_HEADER_SIZE bytes, allocated by generated code) holds the count and the table:
 * a control-byte array (empty, deleted, or full with 7 bits of the hash) and a slot array where each
 * slot holds the key and then the value. Keys hash and compare through typealg.c, so every kind Go
 * allows as a key works, including NaN keys (never equal, each inserted anew).
 *
 * A small map's first table may live inline, after the header in the header's own site
 * (rt_map_init_inline, see abi.h), so it costs no allocation of its own.
 *
 * Invariants: the table never changes in place except by filling an empty/deleted slot, overwriting
 * a value, or marking a slot deleted; growth, tombstone purges and clear always build a NEW table.
 * Iteration relies on that: an iterator walks the table it started on; while that table is still the
 * map's, deleted slots are skipped naturally; once the map moved to a new table, each old key is
 * looked up again and only produced if still present (with its current value). This gives Go's
 * guarantees: a deleted entry not yet reached is never produced, each surviving entry exactly once.
 */
#include <string.h>

#include "rt_internal.h"

enum { CTRL_EMPTY = 0, CTRL_DELETED = 1, CTRL_FULL = 0x80 };

typedef struct RtMap {
	int64_t count;
	int64_t cap;     /* slots, a power of two (0 before the first insert) */
	int64_t used;    /* full + deleted slots */
	uint8_t *ctrl;
	uint8_t *slots;
	uint64_t seed;
} RtMap;

typedef struct RtMapIter {
	const TypeDesc *t;
	RtMap *m;
	uint8_t *ctrl;
	uint8_t *slots;
	int64_t cap;
	int64_t i;
	void *key;
	void *val;
} RtMapIter;

_Static_assert(sizeof(RtMap) <= LLGO_MAP_HEADER_SIZE, "map header too large");
_Static_assert(sizeof(RtMapIter) <= LLGO_MAP_ITER_SIZE, "map iterator too large");

static int64_t rt_round8(int64_t n)
{
	return (n + 7) & ~(int64_t)7;
}

static int64_t rt_map_valoff(const TypeDesc *t)
{
	return rt_round8(t->key->size);
}

static int64_t rt_map_slotsize(const TypeDesc *t)
{
	return rt_round8(rt_map_valoff(t) + t->elem->size);
}

static uint8_t *rt_map_slot(const TypeDesc *t, uint8_t *slots, int64_t i)
{
	return slots + i * rt_map_slotsize(t);
}

/* Allocates an empty table of `cap` slots into m (the old one is left untouched for iterators). */
static void rt_map_alloc_table(const TypeDesc *t, RtMap *m, int64_t cap)
{
	int scan = (t->key->flags & TDF_HASPTR) || (t->elem->flags & TDF_HASPTR);
	int64_t bytes = cap * rt_map_slotsize(t);
	m->ctrl = gc_alloc_noscan(cap);
	m->slots = scan ? gc_alloc(bytes) : gc_alloc_noscan(bytes);
	m->cap = cap;
	m->used = 0;
}

static void rt_map_seed(RtMap *m)
{
	static uint64_t seeds = 0x243F6A8885A308D3ull;
	memset(m, 0, sizeof *m);
	seeds = seeds * 6364136223846793005ull + 1442695040888963407ull;
	m->seed = seeds;
}

void rt_map_init(void *mp, void *tp, int64_t hint)
{
	RtMap *m = mp;
	rt_map_seed(m);
	int64_t cap = 8;
	while (hint > 0 && cap < (1 << 24) && cap * 3 < hint * 4 + 4)
		cap *= 2;
	rt_map_alloc_table(tp, m, cap);
}

/* A small map's first table lives right after its header, in the same site (abi.h); the site is
 * zeroed, so every control byte is already CTRL_EMPTY. Growth moves the map to a heap table as usual. */
void rt_map_init_inline(void *mp, void *tp)
{
	(void)tp;
	RtMap *m = mp;
	rt_map_seed(m);
	m->ctrl = (uint8_t *)mp + LLGO_MAP_HEADER_SIZE;
	m->slots = m->ctrl + LLGO_MAP_INLINE_SLOTS;
	m->cap = LLGO_MAP_INLINE_SLOTS;
}

static uint8_t rt_ctrl_tag(uint64_t h)
{
	return (uint8_t)(CTRL_FULL | (h >> 57));
}

/* The slot index holding key, or -1. */
static int64_t rt_map_find(const TypeDesc *t, RtMap *m, const void *key, uint64_t h)
{
	if (m->cap == 0)
		return -1;
	uint8_t tag = rt_ctrl_tag(h);
	int64_t mask = m->cap - 1;
	for (int64_t i = (int64_t)(h & (uint64_t)mask), n = 0; n < m->cap; i = (i + 1) & mask, n++) {
		uint8_t c = m->ctrl[i];
		if (c == CTRL_EMPTY)
			return -1;
		if (c == tag && rt_type_equal(t->key, rt_map_slot(t, m->slots, i), key))
			return i;
	}
	return -1;
}

/* Puts a key known to be absent into the first free slot of its probe sequence; returns the slot. */
static uint8_t *rt_map_put_new(const TypeDesc *t, RtMap *m, const void *key, uint64_t h)
{
	int64_t mask = m->cap - 1;
	int64_t i = (int64_t)(h & (uint64_t)mask);
	while (m->ctrl[i] >= CTRL_FULL)
		i = (i + 1) & mask;
	if (m->ctrl[i] == CTRL_EMPTY)
		m->used++;
	m->ctrl[i] = rt_ctrl_tag(h);
	uint8_t *slot = rt_map_slot(t, m->slots, i);
	memcpy(slot, key, (size_t)t->key->size);
	m->count++;
	return slot;
}

/* Rebuilds the table (bigger if it is more than half full of live entries). */
static void rt_map_rehash(const TypeDesc *t, RtMap *m)
{
	uint8_t *octrl = m->ctrl, *oslots = m->slots;
	int64_t ocap = m->cap;
	int64_t ncap = ocap == 0 ? 8 : (m->count * 2 >= ocap ? ocap * 2 : ocap);
	rt_map_alloc_table(t, m, ncap);
	m->count = 0;
	for (int64_t i = 0; i < ocap; i++) {
		if (octrl[i] < CTRL_FULL)
			continue;
		uint8_t *os = rt_map_slot(t, oslots, i);
		uint64_t h = rt_type_hash(t->key, os, m->seed);
		uint8_t *ns = rt_map_put_new(t, m, os, h);
		memcpy(ns, os, (size_t)rt_map_slotsize(t));
	}
}

void *rt_map_access(void *tp, void *mp, void *key)
{
	const TypeDesc *t = tp;
	RtMap *m = mp;
	if (m == NULL || m->count == 0) {
		if (t->key->kind == GK_INTERFACE)
			rt_type_hash(t->key, key, 0); /* panics on unhashable dynamic types, as Go does */
		return NULL;
	}
	int64_t i = rt_map_find(t, m, key, rt_type_hash(t->key, key, m->seed));
	return i < 0 ? NULL : rt_map_slot(t, m->slots, i) + rt_map_valoff(t);
}

void *rt_map_assign(void *tp, void *mp, void *key)
{
	const TypeDesc *t = tp;
	RtMap *m = mp;
	if (m == NULL)
		rt_panic_nilmap();
	uint64_t h = rt_type_hash(t->key, key, m->seed);
	int64_t i = rt_map_find(t, m, key, h);
	if (i >= 0) {
		uint8_t *slot = rt_map_slot(t, m->slots, i);
		memcpy(slot, key, (size_t)t->key->size);
		return slot + rt_map_valoff(t);
	}
	if ((m->used + 1) * 4 > m->cap * 3)
		rt_map_rehash(t, m);
	return rt_map_put_new(t, m, key, h) + rt_map_valoff(t);
}

void rt_map_delete(void *tp, void *mp, void *key)
{
	const TypeDesc *t = tp;
	RtMap *m = mp;
	if (m == NULL || m->count == 0) {
		if (t->key->kind == GK_INTERFACE)
			rt_type_hash(t->key, key, 0);
		return;
	}
	int64_t i = rt_map_find(t, m, key, rt_type_hash(t->key, key, m->seed));
	if (i < 0)
		return;
	m->ctrl[i] = CTRL_DELETED;
	memset(rt_map_slot(t, m->slots, i), 0, (size_t)rt_map_slotsize(t));
	m->count--;
}

int64_t rt_map_len(void *mp)
{
	RtMap *m = mp;
	return m == NULL ? 0 : m->count;
}

void rt_map_clear(void *tp, void *mp)
{
	RtMap *m = mp;
	if (m == NULL)
		return;
	m->count = 0;
	rt_map_alloc_table(tp, m, 8);
}

void rt_map_iter_init(void *tp, void *mp, void *itp)
{
	RtMapIter *it = itp;
	RtMap *m = mp;
	memset(it, 0, sizeof *it);
	it->t = tp;
	it->m = m;
	if (m != NULL) {
		it->ctrl = m->ctrl;
		it->slots = m->slots;
		it->cap = m->cap;
	}
}

/* For a table the map has left: the live slot of the old slot's key, or null if it was deleted. */
static uint8_t *rt_map_iter_relookup(RtMapIter *it, uint8_t *old)
{
	const TypeDesc *t = it->t;
	if (!rt_type_equal(t->key, old, old))
		return old; /* NaN keys cannot be looked up: produce the old pair, as Go does */
	int64_t i = rt_map_find(t, it->m, old, rt_type_hash(t->key, old, it->m->seed));
	return i < 0 ? NULL : rt_map_slot(t, it->m->slots, i);
}

int32_t rt_map_iter_next(void *itp)
{
	RtMapIter *it = itp;
	while (it->i < it->cap) {
		int64_t i = it->i++;
		if (it->ctrl[i] < CTRL_FULL)
			continue;
		uint8_t *slot = rt_map_slot(it->t, it->slots, i);
		if (it->ctrl != it->m->ctrl && (slot = rt_map_iter_relookup(it, slot)) == NULL)
			continue;
		it->key = slot;
		it->val = slot + rt_map_valoff(it->t);
		return 1;
	}
	it->key = it->val = NULL;
	return 0;
}

void *rt_map_iter_key(void *itp)
{
	return ((RtMapIter *)itp)->key;
}

void *rt_map_iter_val(void *itp)
{
	return ((RtMapIter *)itp)->val;
}
