/*
 * runtime_abi.h: the runtime ABI, generated from runtime.def.
 *
 * - `RtId`: RT_<name> for every entry point.
 * - C prototypes of every entry point (the runtime implements them; the JIT takes their addresses).
 * - `rt_abi_entries()`: per entry its name, flags, return type, escape string and parameter types, for
 *   lowering (to declare the LLVM functions), the escape pass (escape behaviour) and the JIT.
 */
#ifndef LLGO_RUNTIME_ABI_H
#define LLGO_RUNTIME_ABI_H

#include <stdint.h>
#include "llgo/abi.h"

typedef struct GoSpan {
	void *ptr;
	int64_t n;
} GoSpan;

/* An arena in a function's frame for append growth (passes/esc_grow.c, rt_growslice_arena): the
 * escape pass allocates RT_ARENA_BYTES of stack, sets size to RT_ARENA_BYTES - 16 and used to 0 at
 * the function's entry, and used to 0 again where no array of it can still be reached. */
typedef struct RtArena {
	int64_t used;      /* bytes of data handed out */
	int64_t size;      /* bytes of data */
	uint8_t data[];    /* 16-byte aligned: the arena itself is */
} RtArena;

enum { RT_ARENA_BYTES = 1040 };

typedef enum RtType { RTT_END, RTT_VOID, RTT_I32, RTT_I64, RTT_F64, RTT_PTR, RTT_STR, RTT_PAIR,
	RTT_SPAN, RTT_EFACE } RtType;

enum { RTF_NONE = 0, RTF_NORETURN = 1 };

typedef enum RtId {
#define RT(name, flags, ret, esc, ...) RT_##name,
#include "llgo/runtime.def"
#undef RT
	RT__COUNT
} RtId;

/* C prototypes */
#define T_VOID void
#define T_I32 int32_t
#define T_I64 int64_t
#define T_F64 double
#define T_PTR void *
#define T_STR GoString
#define T_PAIR GoPair
#define T_SPAN GoSpan
#define T_EFACE GoEface
#define RT(name, flags, ret, esc, ...) ret name(__VA_ARGS__);
#include "llgo/runtime.def"
#undef RT
#undef T_VOID
#undef T_I32
#undef T_I64
#undef T_F64
#undef T_PTR
#undef T_STR
#undef T_PAIR
#undef T_SPAN
#undef T_EFACE

typedef struct RtEntry {
	const char *name;
	int flags;          /* RTF_* */
	RtType ret;
	const char *escape; /* one char per parameter: see runtime.def */
	RtType params[12];  /* terminated by RTT_END; a lone RTT_VOID means no parameters */
} RtEntry;

/* The table, indexed by RtId. */
static inline const RtEntry *rt_abi_entries(void)
{
#define T_VOID RTT_VOID
#define T_I32 RTT_I32
#define T_I64 RTT_I64
#define T_F64 RTT_F64
#define T_PTR RTT_PTR
#define T_STR RTT_STR
#define T_PAIR RTT_PAIR
#define T_SPAN RTT_SPAN
#define T_EFACE RTT_EFACE
	static const RtEntry entries[] = {
#define RT(name, flags, ret, esc, ...) { #name, flags, ret, esc, { __VA_ARGS__, RTT_END } },
#include "llgo/runtime.def"
#undef RT
	};
#undef T_VOID
#undef T_I32
#undef T_I64
#undef T_F64
#undef T_PTR
#undef T_STR
#undef T_PAIR
#undef T_SPAN
#undef T_EFACE
	return entries;
}

/* The address of every entry point, indexed by RtId (defined by the runtime, for the JIT). */
extern void *const rt_abi_addresses[RT__COUNT];

#endif
