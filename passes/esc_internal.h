/*
 * esc_internal.h: the escape pass's data model, shared by its files (not by the rest of the compiler).
 *
 *   escape.c      the essay, esc_run, reading sites and function metadata, the summary fixpoint
 *   esc_graph.c   locations, edges and the solver (walk from each root with the fewest derefs)
 *   esc_build.c   building one function's graph from its LLVM IR, and loop depth from back edges
 *   esc_rewrite.c turning sites into entry-block allocas or gc_alloc calls
 *   esc_round2.c  the second round after LLVM's inliner, and the third after optimisation: heap
 *                 calls whose address stays in their frame and loop iteration
 *   esc_grow.c    append growth into an arena in the frame (rounds 2 and 3)
 *   esc_walk.c    the SSA values derived from an address, for those two rounds
 *   esc_report.c  the -m report in Go's words, sorted by position
 */
#ifndef LLGO_ESC_INTERNAL_H
#define LLGO_ESC_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <llvm-c/Core.h>

#include "escape.h"
#include "llgo/runtime_abi.h"
#include "llgo/site.h"

#define ESC_INF 1000000          /* "no path" in dereference counts */
#define ESC_MAX_STACK_VAR LLGO_MAX_STACK_VAR          /* Go's MaxStackVarSize (declared variables) */
#define ESC_MAX_IMPLICIT_STACK_VAR (64 * 1024)     /* Go's MaxImplicitStackVarSize (new, &T{}, make) */
#define ESC_MAX_TARGETS 64        /* an indirect call with more possible targets follows Go's rule */

/* -m=2: the instructions tagged !llgo.from (site.h rule 9) on the edges of a path to a root, in the
 * order the value took them. */
typedef struct EscNotes {
	LLVMValueRef *v;
	int n;
} EscNotes;

/* One allocation site: a call of llgo.alloc / llgo.alloc.noscan with its !llgo.site metadata. */
typedef struct EscSite {
	LLVMValueRef call;
	LLVMValueRef fn;       /* the function holding it */
	SiteKind kind;
	const char *text;      /* Go's words for it (x, &T{...}, make([]int, n)) */
	const char *file;
	int line, col, depth;  /* depth: syntactic loop depth from the metadata */
	bool noscan;
	bool forced;           /* on the heap whatever the flows (size) */
	bool sized;            /* pointer-free, run-time size: Go reports it on the heap; flows decide */
	bool local_by_flow;    /* sized and its flows keep it local: rewritten to a small stack buffer */
	bool heap;             /* the decision */
	const char *reason;    /* why it is on the heap (for -m=2) */
	const char *flow_to;   /* -m=2: where its address flowed ({heap}, ~r0 or a result's name) */
	bool whole_stack;      /* the whole-program analysis keeps it on the stack (escape.c) */
	bool go_dynamic;       /* !llgo.dynsize: a size Go does not know at compile time (site.h rule 8) */
	EscNotes notes;        /* -m=2: the statements on its path to the root that made it escape */
} EscSite;

/* A parameter as the report names it (from !llgo.func). */
typedef struct EscParam {
	const char *name;
	int line, col, arg;   /* arg: the LLVM argument index */
} EscParam;

/* A defined function: its report metadata and its parameter summary (per LLVM argument). */
typedef struct EscFunc {
	LLVMValueRef fn;
	bool reported;             /* has !llgo.func */
	const char *name;          /* Go's name (main.f, main.(*T).m, main.f.func1) */
	const char *file;
	int nparams;
	EscParam *params;
	int nresults;              /* results the summary tracks (at least 1 for a non-void function) */
	const char **result_names;
	int site_first, site_count; /* its sites in EscCtx.sites */
	int nargs;
	int *leak_heap;            /* per arg: fewest derefs to the heap, ESC_INF for none */
	int *leak_result;          /* per arg * nresults: fewest derefs to result k, ESC_INF for none */
	EscNotes *leak_notes;      /* -m=2, per arg * (1 + nresults): the path of the heap leak, then result k's */
} EscFunc;

/* Kinds of locations in one function's graph. */
typedef enum EscLocKind { LOC_HEAP, LOC_VALUE, LOC_OBJECT, LOC_PARAM, LOC_RESULT } EscLocKind;

typedef struct EscEdge {
	int src;
	int derefs;   /* -1: address of src; 0: src's value; n: n loads from src */
	LLVMValueRef note;  /* -m=2: the instruction tagged !llgo.from that made the edge (or NULL) */
} EscEdge;

typedef struct EscLoc {
	EscLocKind kind;
	int depth;            /* loop depth of the declaration */
	int index;            /* site index (objects from sites, else -1), arg (params), result (results) */
	EscEdge *edges;       /* incoming flows: this = *^derefs src */
	int nedges, capedges;
	bool escapes;
	const char *reason;
	int walk_derefs, walk_gen;
	struct EscFunc *owner;  /* a stand-in for a parameter of this closure body (else NULL) */
	int cause;              /* the root whose walk made it escape (for -m=2) */
	int walk_from, walk_edge; /* the walk reached it through walk_from's incoming edge walk_edge */
	EscNotes notes;         /* -m=2: the path's notes when it started to escape */
} EscLoc;

/* A function whose address is taken (anything but the callee of a direct call): a possible target
 * of calls through interfaces and function values of its type. f is NULL for a declaration. */
typedef struct EscTaken {
	LLVMTypeRef type;
	LLVMValueRef fn;
	struct EscFunc *f;
	int end;              /* one past the last entry of its type (the array is sorted by type) */
	bool run_has_decl;    /* a declaration is among the entries of its type from this one on */
} EscTaken;

/* The module-wide context. */
/* Which round after the first esc_round2.c is running: after LLVM's inliner, or after the whole
 * optimisation pipeline. */
typedef enum EscRound { ESC_ROUND_INLINED, ESC_ROUND_OPTIMISED } EscRound;

typedef struct EscCtx {
	LLVMModuleRef mod;
	EscRound round;        /* esc_round2.c only */
	int slots;             /* esc_round2.c: heap calls that became entry-block slots */
	LLVMContextRef llctx;
	const EscOptions *opt;
	unsigned site_md, func_md, noscan_md, rangevalue_md, dynsize_md, from_md; /* noscan_md: !llgo.noscan on a memcpy of pointer-free data */
	EscSite *sites;
	int nsites, capsites;
	EscFunc *funcs;
	int nfuncs;
	EscFunc **by_fn;       /* open-addressing table from LLVM function to funcs, for esc_func_of */
	int capfn;             /* its slots: more than twice nfuncs */
	bool other_changed;    /* an analysis changed another function's summary (closure bodies) */
	bool whole;            /* whole-program mode: indirect calls use their possible targets' summaries */
	EscTaken *taken;       /* address-taken functions, sorted by type */
	int ntaken;
	char **strings;        /* copies of metadata strings, freed at the end */
	int nstrings, capstrings;
} EscCtx;

/* One function's graph. */
typedef struct EscGraph {
	EscCtx *ctx;
	EscFunc *func;
	EscLoc *locs;
	int nlocs, caplocs;
	LLVMValueRef *keys;   /* open-addressing map from LLVM values to locations */
	int *vals;
	int capmap, nmap;
	LLVMBasicBlockRef *blocks;
	int *block_depth;     /* loop depth per block, from back edges */
	bool *block_header;   /* the block is a back edge's target */
	int nblocks;
	LLVMValueRef note;    /* -m=2: the instruction being built when it has !llgo.from (esc_edge notes it) */
} EscGraph;

/* esc_graph.c */
void esc_graph_init(EscGraph *g, EscCtx *ctx, EscFunc *f);
void esc_graph_free(EscGraph *g);
int esc_loc_new(EscGraph *g, EscLocKind kind, int depth, int index);
void esc_edge(EscGraph *g, int dst, int src, int derefs);
unsigned esc_hash(LLVMValueRef v, int cap);
int esc_map_get(EscGraph *g, LLVMValueRef v);
void esc_map_put(EscGraph *g, LLVMValueRef v, int loc);
void esc_solve(EscGraph *g);
void esc_notes_set(EscNotes *dst, EscNotes src);

/* esc_build.c */
bool esc_type_has_ptr(LLVMTypeRef t);
const RtEntry *esc_runtime_entry(const char *name);
void esc_loop_depths(EscGraph *g);
void esc_build(EscGraph *g);
int esc_call_result(EscGraph *g, LLVMValueRef call, int k);

/* escape.c */
const char *esc_md_string(EscCtx *ctx, LLVMValueRef v);
EscFunc *esc_func_of(EscCtx *ctx, LLVMValueRef fn);
int esc_site_of(EscCtx *ctx, EscFunc *f, LLVMValueRef call);
bool esc_is_site_call(LLVMValueRef inst);
bool esc_targets(EscCtx *ctx, LLVMValueRef call, const EscTaken **out, int *n);

/* esc_rewrite.c */
void esc_rewrite(EscCtx *ctx);
/* An entry-block alloca of [size x i8], 16-byte aligned; the builder is left just after it. */
LLVMValueRef esc_entry_alloca(LLVMBuilderRef b, LLVMValueRef fn, uint64_t size, const char *name);
/* Replaces a pointer-free site or heap call of run-time size by rt_alloc_small over a new
 * entry-block buffer of fn (the heap when the size does not fit); returns the new call. */
LLVMValueRef esc_call_to_small_buffer(EscCtx *ctx, LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef site);
LLVMValueRef esc_call_to_stack(EscCtx *ctx, LLVMBuilderRef b, LLVMValueRef fn, LLVMValueRef call, const char *name);
void esc_end_lifetimes_of(EscCtx *ctx, LLVMBuilderRef b, LLVMValueRef fn, const LLVMValueRef *slots, int n);

/* esc_walk.c: the values derived from an address, for rounds 2 and 3. */
#define ESC_WALK_MAX 512
typedef struct EscWalk {
	LLVMValueRef v[ESC_WALK_MAX];  /* the root first, then what it flows to */
	int n;
	int max;                       /* more derived values than this: the walk fails */
	bool all_phis;                 /* follow every phi (an arena outlives iterations) */
	LLVMBasicBlockRef *headers;    /* else phis outside these loop headers only (NULL: no phi) */
	int nheaders;
	bool growth;                   /* follow growth calls from their old array (esc_grow.c) */
} EscWalk;
/* Walks from root; false when some use may keep the address out of the frame (or its iteration). */
bool esc_walk(EscWalk *w, LLVMValueRef root);
/* Is call a direct call of the function named name? */
bool esc_is_call_to(LLVMValueRef call, const char *name);

/* esc_grow.c: moves fn's append growth whose arrays stay in the frame into arenas; returns how many
 * growth calls moved. */
int esc_grow_function(EscCtx *ctx, LLVMBuilderRef b, LLVMValueRef fn);
/* The blocks of fn that are targets of a retreating edge of a depth-first walk from the entry (loop
 * headers), in a malloc'ed array; *n gets their number. */
LLVMBasicBlockRef *esc_loop_headers(LLVMValueRef fn, int *n);

/* esc_report.c */
void esc_report(EscCtx *ctx);
bool esc_reported_file(const EscOptions *o, const char *file, size_t len);

#endif
