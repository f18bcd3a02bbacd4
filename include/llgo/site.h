/*
 * site.h: the allocation-site contract between lowering and the escape pass.
 *
 * 1. Lowering never decides stack or heap for memory a Go program can address. Every Go-level
 *    allocation is a call to one of the two site functions:
 *        ptr @llgo.alloc(i64 size)          ; memory that may hold pointers
 *        ptr @llgo.alloc.noscan(i64 size)   ; pointer-free memory
 *    The memory a site returns is zeroed (whatever it becomes). Sites are: a variable whose address
 *    is taken or that a closure captures by reference (parameters and named results too: lowering
 *    copies the incoming value into the site), `&T{...}`, `new(T)`, `make([]T, n)`, `make(map...)`
 *    (the map header), the backing array of a slice literal, a closure's environment, the box of a
 *    non-pointer value converted to an interface, string concatenation, `[]byte(s)`, `string(b)`,
 *    `[]rune(s)`, `string(runes)`, `string(rune)`, the slice of a variadic call, a deferred closure.
 * 2. Each site call carries `!llgo.site` metadata:
 *        !{!"<kind>", !"<go text>", !"<file>", i32 <line>, i32 <col>, i32 <loop depth>}
 *    kind is one of the SITE_ names below (the string in the list), go text is what Go's -m report
 *    says for the site (`x`, `&Node{...}`, `new(int)`, `make([]int, n)`, `func literal`,
 *    `... argument`, `[]int{...}`, `a + b`, `([]byte)(s)`, `string(b)`, `x` for a box of x), and
 *    file:line:col is the position Go reports. Loop depth is the syntactic loop nesting of the site in
 *    its function (0 outside any loop; labels targeted by backward gotos count as loops as in Go).
 * 3. Each Go function defined in the module carries `!llgo.func` metadata on the LLVM function:
 *        !{!"<go name>", !"<file>", i32 line, i32 col, !{<param>...}, !{<result>...}}
 *    where each <param> is !{!"<name>", i32 line, i32 col, i32 <llvm arg index>} (the receiver first;
 *    unnamed params are "_" or "~p0", as Go names them) and each <result> is !{!"<name>"} ("~r0", ... for
 *    unnamed results). The pass reports `leaking param: x`, `x does not escape` and
 *    `leaking param: x to result ~r0 level=0` from them. Closure bodies carry it too, with go name
 *    `main.f.func1` as Go names them. Functions without it (runtime, thunks) are not reported.
 * 4. Runtime functions declare their escape behaviour in runtime.def; the pass never guesses about
 *    them. Calls to `llvm.memcpy`/`llvm.memmove`/`llvm.memset` are understood by the pass; a copy of
 *    pointer-free bytes carries `!llgo.noscan !{}` so the pass adds no flow for it.
 * 5. `gc_alloc` is declared without allocator attributes until the pass has run.
 * 6. Each assignment Go's escape analysis ignores as a self-assignment (`p.a = p.b`) is listed in the
 *    module's `!llgo.selfassign` named metadata as !{ptr @fn, !"<statement>", !"<file>", i32 line,
 *    i32 col} (the position of its operator), for the report only: the pass finds those stores itself.
 * 7. The site of a `for _, v := range slice` value variable carries `!llgo.rangevalue !{}`: Go flows
 *    the slice's elements into v whatever their type, so a heap v leaks the slice's content.
 * 8. A `make` whose length or capacity is not a Go constant expression carries `!llgo.dynsize !{}`:
 *    Go's report calls it "non-constant size" even when LLVM folds the size to a constant
 *    (`n := 32; make([]int, n)`); the pass reports it so, and only its own analyses may keep it.
 * 9. For -m=2 only (LowerOptions.explain), the instructions that carry a value out of a statement carry `!llgo.from
 *    !{!"assign"|!"return"|!"call parameter", !"<statement or call>", i32 line, i32 col, addr...}`:
 *    the store of a single assignment, the ret of a return, a call (frontend/lower_from.c); each addr
 *    !{!"&x", i32 line, i32 col} says a value it carries is the address of variable x taken there
 *    (!"x" alone: the implicit address of x.m() for a pointer method, at the selector).
 *
 * The escape pass rewrites every site call into an entry-block alloca (with lifetime markers and a
 * memset to zero at the original position, so each loop iteration starts from zero) or into a call
 * of gc_alloc / gc_alloc_noscan, or, for a pointer-free site of run-time size that its flows keep local,
 * into rt_alloc_small(entry-block buffer, its size, size): the buffer when the size fits, else the heap.
 * After the pass no call to llgo.alloc* remains in the module.
 *
 * 10. In a program's module, the definitions of imported packages (their functions, globals and
 *    initialisers, which lowering makes internal) carry `!llgo.import !{}`. A library module of the
 *    same packages (LowerOptions.library: `run`'s package object) defines each of them under the
 *    same name with external linkage, so the driver may turn them into declarations
 *    (pipe_strip_imports) once the escape pass has summarised them.
 */
#ifndef LLGO_SITE_H
#define LLGO_SITE_H

#define LLGO_SITE_FN "llgo.alloc"
#define LLGO_SITE_NOSCAN_FN "llgo.alloc.noscan"
#define LLGO_SITE_MD "llgo.site"
/* Go's MaxStackVarSize: a declared variable larger than this is always a heap site (lowering makes
 * it a site, the escape pass sends it to the heap). */
#define LLGO_MAX_STACK_VAR (10 * 1024 * 1024)
#define LLGO_FUNC_MD "llgo.func"
#define LLGO_FROM_MD "llgo.from"
#define LLGO_IMPORT_MD "llgo.import"

/* SITE(enum name, kind string in metadata) */
#define LLGO_SITE_KINDS(SITE) \
	SITE(SITE_VAR, "var")             /* moved to heap: x (address-taken or by-ref captured variable) */ \
	SITE(SITE_PARAM, "param")         /* moved to heap: x (a parameter or named result) */ \
	SITE(SITE_COMPOSITE, "composite") /* &T{...} */ \
	SITE(SITE_NEW, "new")             /* new(T) */ \
	SITE(SITE_MAKE_SLICE, "make_slice") /* make([]T, n) */ \
	SITE(SITE_MAKE_MAP, "make_map")   /* make(map[K]V) and map literals */ \
	SITE(SITE_SLICE_LIT, "slice_lit") /* []T{...} backing array */ \
	SITE(SITE_CLOSURE, "closure")     /* func literal */ \
	SITE(SITE_BOX, "box")             /* x escapes to heap (interface conversion) */ \
	SITE(SITE_CONCAT, "concat")       /* a + b */ \
	SITE(SITE_CONVERT, "convert")     /* ([]byte)(s), string(b), []rune(s), string(r) */ \
	SITE(SITE_VARIADIC, "variadic")   /* ... argument */ \
	SITE(SITE_DEFER, "defer")         /* the closure of a defer statement */

typedef enum SiteKind {
#define LLGO_SITE_ENUM(e, s) e,
	LLGO_SITE_KINDS(LLGO_SITE_ENUM)
#undef LLGO_SITE_ENUM
	SITE__COUNT
} SiteKind;

#endif
