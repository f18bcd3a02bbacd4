/*
 * abi.h: how Go values look in memory, shared by the runtime (C) and lowering (LLVM IR).
 *
 * Lowering builds LLVM types that mirror these structs field for field, and emits type descriptors
 * (`TypeDesc`) and interface tables (`Itab`) as constant globals in exactly this layout; the runtime
 * reads them. Both targets (x86-64, AArch64) are LP64, little-endian: `int` and `uint` are 64 bits,
 * pointers 8 bytes. Change a layout here and in lowering's mirror together.
 *
 * Calling convention between generated code and the C runtime (see runtime.def): runtime functions take
 * only scalars and pointers (a string is passed as two arguments, ptr then len; a slice as three,
 * ptr, len, cap) and return a scalar, a pointer, void, or a two-word struct of integers/pointers
 * (`GoString`, `GoPair`): those are returned in two registers by both C and LLVM on both targets.
 * Anything larger is returned through an out pointer. Go functions compiled by llgo-lite pass strings,
 * slices and interfaces as LLVM first-class aggregates among themselves; the runtime never calls them
 * except through the fixed shapes documented below (deferred thunks, methods named "Error"/"String").
 */
#ifndef LLGO_ABI_H
#define LLGO_ABI_H

#include <stdint.h>

/* string: immutable bytes, not NUL-terminated. LLVM: { ptr, i64 } */
typedef struct GoString {
	const uint8_t *ptr;
	int64_t len;
} GoString;

/* []T. LLVM: { ptr, i64, i64 } */
typedef struct GoSlice {
	void *ptr;
	int64_t len;
	int64_t cap;
} GoSlice;

/* Two words returned in registers (e.g. a decoded rune and the next index). LLVM: { i64, i64 } */
typedef struct GoPair {
	int64_t a;
	int64_t b;
} GoPair;

/* Kinds of type descriptors: Go's reflect.Kind numbering. */
enum {
	GK_INVALID = 0, GK_BOOL, GK_INT, GK_INT8, GK_INT16, GK_INT32, GK_INT64,
	GK_UINT, GK_UINT8, GK_UINT16, GK_UINT32, GK_UINT64, GK_UINTPTR,
	GK_FLOAT32, GK_FLOAT64, GK_COMPLEX64, GK_COMPLEX128,
	GK_ARRAY, GK_CHAN, GK_FUNC, GK_INTERFACE, GK_MAP, GK_POINTER, GK_SLICE,
	GK_STRING, GK_STRUCT, GK_UNSAFEPOINTER
};

/* TypeDesc.flags */
enum {
	TDF_NAMED = 1 << 0,      /* a defined type (name is "main.T") */
	TDF_HASPTR = 1 << 1,     /* values contain pointers (GC must scan them) */
	TDF_COMPARABLE = 1 << 2, /* == is defined (map keys, interface comparison) */
	TDF_DIRECT = 1 << 3,     /* stored directly in an interface's data word (pointers, maps, funcs) */
	TDF_LOCAL = 1 << 4       /* a defined type declared inside a function */
};

struct TypeDesc;

/* A struct field. LLVM: { {ptr,i64}, ptr, i64, i64 } */
typedef struct FieldDesc {
	GoString name;
	const struct TypeDesc *type;
	int64_t offset;
	int64_t embedded; /* 1 if an embedded field */
} FieldDesc;

/*
 * A method in a type's method set, sorted by name (then by sig). `fn` is the interface-call entry:
 * it takes the interface data word first (the pointer itself for TDF_DIRECT types, else a pointer to
 * the boxed value), then the method's arguments. LLVM: { {ptr,i64}, {ptr,i64}, ptr }
 */
typedef struct MethodDesc {
	GoString name;
	GoString sig;  /* the method's func type in Go's spelling without "func", e.g. "(int) string" */
	void *fn;
} MethodDesc;

/* An interface's method (for assertions to interfaces). LLVM: { {ptr,i64}, {ptr,i64} } */
typedef struct IMethodDesc {
	GoString name;
	GoString sig;
} IMethodDesc;

/*
 * A type descriptor: one constant global per type that reaches an interface, a map, or a panic.
 * Descriptors are unique per type within a program (lowering names them by the type's canonical
 * string), so the runtime compares types by pointer. LLVM:
 * { i8, i8, i16, i32, i64, {ptr,i64}, ptr, ptr, i64, ptr, ptr, ptr, ptr }
 */
typedef struct TypeDesc {
	uint8_t kind;     /* GK_* */
	uint8_t align;
	uint16_t flags;   /* TDF_* */
	uint32_t nmethods;
	int64_t size;
	GoString name;    /* Go's spelling: "int", "main.T", "*main.T", "[]int", "interface {}" */
	const struct TypeDesc *elem;  /* pointer, slice, array: element; map: value */
	const struct TypeDesc *key;   /* map: key */
	int64_t len;                  /* array: length; struct: field count; interface: method count */
	const FieldDesc *fields;      /* struct */
	const MethodDesc *methods;    /* method set (nmethods entries), sorted */
	const IMethodDesc *imethods;  /* interface: its methods (len entries), sorted */
	const void *uncommon;         /* reserved (0) */
} TypeDesc;

/*
 * Interfaces. An empty interface is { type, data } (`GoEface`); a non-empty one is { itab, data }
 * (`GoIface`). A nil interface has a null first word. `data` is the value itself for TDF_DIRECT types,
 * otherwise a pointer to a box holding the value (boxes are allocation sites, site kind "box").
 * LLVM for both: { ptr, ptr }.
 */
typedef struct GoEface {
	const TypeDesc *type;
	void *data;
} GoEface;

typedef struct Itab {
	const TypeDesc *inter;  /* the interface type */
	const TypeDesc *type;   /* the dynamic type */
	void *fns[];            /* in the order of inter->imethods */
} Itab;

typedef struct GoIface {
	const Itab *itab;
	void *data;
} GoIface;

/*
 * Func values are a single pointer to a closure object whose first word is the code pointer:
 * { fnptr, captured... }. The code takes the closure pointer as its first argument. A nil func value is
 * a null pointer. Top-level functions used as values get a constant closure { wrapper } whose wrapper
 * ignores its context argument.
 */
typedef struct GoClosure {
	void *fn;
} GoClosure;

/*
 * Maps: a map value is a pointer to a `GoMap` header (nil map = null). The header is allocated by
 * lowering at a site (kind "make_map", size LLGO_MAP_HEADER_SIZE) and initialised by rt_map_init; its
 * buckets live on the GC heap. The header's fields are private to the runtime.
 */
#define LLGO_MAP_HEADER_SIZE 48
/* A map made with no hint or a constant hint <= LLGO_MAP_INLINE_SLOTS gets its first table in the same
 * site, right after the header: LLGO_MAP_INLINE_SLOTS control bytes, then the slots (each the key
 * rounded up to 8 bytes, then the value, the whole rounded up to 8), initialised by
 * rt_map_init_inline; so a small map is one allocation, or none when its site is on the stack. Only
 * when the slots take at most LLGO_MAP_INLINE_MAX bytes. */
#define LLGO_MAP_INLINE_SLOTS 8
#define LLGO_MAP_INLINE_MAX 512
#define LLGO_MAP_SLOT_SIZE(ksize, vsize) (((((ksize) + 7) & ~7ull) + (vsize) + 7) & ~7ull)
#define LLGO_MAP_ITER_SIZE 64   /* rt_map_iter_* work on a caller-provided iterator of this size */

/*
 * Defer frames. A function containing `defer` reserves an LLGO_DEFER_FRAME_SIZE-byte, 16-aligned
 * stack slot, calls rt_defer_push(frame), then calls `_setjmp(frame)` itself (the jmp_buf is at
 * offset 0; the call must carry the `returns_twice` attribute). A non-zero result means a deferred call
 * recovered a panic: the function then calls rt_defer_return(frame) and returns its named results'
 * current values (results of such functions live in memory). `defer f(args)` builds a closure taking no
 * arguments (site kind "defer") and calls rt_defer_add(frame, closure). At every return the function
 * calls rt_defer_return(frame), which runs the deferred calls LIFO and pops the frame.
 */
#define LLGO_DEFER_FRAME_SIZE 512
#define LLGO_DEFER_FRAME_ALIGN 16

#endif
