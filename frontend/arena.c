/* arena.c: the bump allocator behind arena.h.
 *
 * Chunks are linked newest first; each allocation is carved from the newest chunk, and a request
 * larger than the default chunk size gets a chunk of its own. Memory comes from calloc, so every
 * allocation is zeroed without extra work. */
#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

#define ARENA_CHUNK_SIZE (64 * 1024)
#define ARENA_ALIGN 16

struct ArenaChunk {
    ArenaChunk *next;
    size_t size;    /* usable bytes in data */
    size_t used;
    _Alignas(ARENA_ALIGN) unsigned char data[];
};

static ArenaChunk *arena_new_chunk(size_t size)
{
    ArenaChunk *c = calloc(1, sizeof(ArenaChunk) + size);
    if (!c) {
        fprintf(stderr, "llgo-lite: out of memory\n");
        abort();
    }
    c->size = size;
    return c;
}

void *arena_alloc(Arena *a, size_t size)
{
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size == 0)
        size = ARENA_ALIGN;
    ArenaChunk *c = a->head;
    if (!c || c->size - c->used < size) {
        size_t chunk = size > ARENA_CHUNK_SIZE / 4 ? size : ARENA_CHUNK_SIZE;
        c = arena_new_chunk(chunk);
        if (a->head && chunk != ARENA_CHUNK_SIZE) {
            /* keep the current chunk in front so its free space stays usable */
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = c->data + c->used;
    c->used += size;
    a->total += size;
    return p;
}

void *arena_realloc(Arena *a, void *old, size_t old_size, size_t new_size)
{
    void *p = arena_alloc(a, new_size);
    if (old && old_size)
        memcpy(p, old, old_size < new_size ? old_size : new_size);
    return p;
}

void arena_grow(Arena *a, void **v, int n, int *cap, size_t elem)
{
    if (n < *cap)
        return;
    int nc = *cap ? *cap * 2 : 16;
    *v = arena_realloc(a, *v, elem * (size_t)n, elem * (size_t)nc);
    *cap = nc;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_strdup(Arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

char *arena_vprintf(Arena *a, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        n = 0;
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *arena_printf(Arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vprintf(a, fmt, ap);
    va_end(ap);
    return p;
}

void arena_free_all(Arena *a)
{
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
    a->total = 0;
}
