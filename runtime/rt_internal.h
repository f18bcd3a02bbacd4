/*
 * rt_internal.h: declarations shared between the runtime's own files (not part of the ABI).
 *
 * The public contract with generated code is include/llgo/runtime_abi.h (generated from runtime.def);
 * this header adds what the runtime's files need from each other: debug settings, the type algorithms
 * (hash and equality driven by a TypeDesc), the print primitives, and the runtime-error panics.
 */
#ifndef LLGO_RT_INTERNAL_H
#define LLGO_RT_INTERNAL_H

#include <stdint.h>
#include <stddef.h>
#include "llgo/abi.h"
#include "llgo/runtime_abi.h"

/* LLGODEBUG settings, parsed once by rt_debug_init (rt_run_main calls it; tests may too). */
typedef struct RtDebug {
	int gcstats;   /* print allocation counters at exit */
	int gcstress;  /* collect every `gcstress` allocations (1 = every allocation) */
	int gcwarn;    /* show the collector's own warnings */
} RtDebug;

extern RtDebug rt_debug;
void rt_debug_init(void);
void rt_gc_init(void);

/* Type algorithms (typealg.c). Values are addressed by pointer to their memory. */
uint64_t rt_type_hash(const TypeDesc *t, const void *p, uint64_t seed);
int rt_type_equal(const TypeDesc *t, const void *a, const void *b);
uint64_t rt_eface_hash(const TypeDesc *t, void *data, uint64_t seed);
int rt_eface_data_equal(const TypeDesc *t, void *d1, void *d2);

/* Printing to stderr (print.c). */
void rt_print_cstr(const char *s);
void rt_print_gostring(GoString s);
void rt_print_hex(uint64_t v);
void rt_print_flush(void);

/* The largest object Go 1.19 allocates on 64-bit targets (runtime/malloc.go maxAlloc, 48 address bits);
 * a larger request is a makeslice/growslice panic in Go, never an allocation. */
#define RT_MAX_ALLOC ((uint64_t)1 << 48)

/* Panics (panic.c). */
_Noreturn void rt_panic_error_cstr(const char *msg, int plain);
_Noreturn void rt_panic_error_str(GoString msg, int plain);
_Noreturn void rt_fatal(const char *msg);
void rt_print_panic_value(const TypeDesc *t, void *data);
GoString rt_string_from_cstr(const char *s);
GoString rt_string_concat3(GoString a, GoString b, GoString c);

/* The last fault turned into a panic (start.c), for the "[signal SIGSEGV: ...]" line. */
typedef struct RtSigInfo {
	int sig;         /* 0: no fault */
	int code;
	uintptr_t addr;
	uintptr_t pc;
} RtSigInfo;
extern RtSigInfo rt_last_signal;

/* The program's arguments as rt_run_main received them (for a future os.Args entry point). */
extern int32_t rt_argc;
extern char **rt_argv;

/* The runtime-error TypeDesc; its data word points to a GoString message. */
extern const TypeDesc rt_error_type;

#endif
