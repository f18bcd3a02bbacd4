/* arena.h: bump allocator for compiler data that lives as long as a stage or the whole compile.
 *
 * The compiler never frees individual objects: it allocates from an Arena and frees the whole arena
 * once (arena_free_all). Memory returned by arena_alloc is zeroed and aligned for any C type, so a
 * freshly allocated node or table needs no further initialisation. An Arena is a plain value that
 * starts zero-initialised (`Arena a = {0};`) and needs no init call. */
#ifndef LLGO_ARENA_H
#define LLGO_ARENA_H

#include <stdarg.h>
#include <stddef.h>

typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
    ArenaChunk *head;   /* newest chunk first; NULL for an empty arena */
    size_t total;       /* bytes handed out so far (statistics only) */
} Arena;

/* Returns `size` zeroed bytes aligned to 16. Never returns NULL (aborts when out of memory). */
void *arena_alloc(Arena *a, size_t size);

/* Grows an array that was allocated from `a`: returns a new block of new_size bytes holding the first
 * old_size bytes of `old` (the old block is simply abandoned until arena_free_all). */
void *arena_realloc(Arena *a, void *old, size_t old_size, size_t new_size);

/* Makes room for one more element in the growable array *v of n elements of elem bytes, *cap of
 * them allocated from `a` (doubling, 16 at first). */
void arena_grow(Arena *a, void **v, int n, int *cap, size_t elem);

/* NUL-terminated copies. arena_strndup copies exactly n bytes (they may contain NULs) plus a NUL. */
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);

/* printf into the arena. */
char *arena_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *arena_vprintf(Arena *a, const char *fmt, va_list ap);

/* Frees every chunk; the arena is then empty and may be reused. */
void arena_free_all(Arena *a);

/* Allocate one zeroed T / n zeroed Ts. */
#define ARENA_NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))
#define ARENA_NEW_ARRAY(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

#endif
