/*
 * lower_internal.h: state shared by the lowering files (lower*.c), never seen outside them.
 *
 * Lowering walks the checked AST once per function and emits LLVM IR through one builder. Go
 * values map to LLVM values as abi.h says (bool i1, ints iN, string {ptr,i64}, slice {ptr,i64,i64},
 * interface {ptr,ptr}, pointers/maps/funcs ptr, arrays/structs their LLVM aggregate). Variables live
 * in memory: a plain entry-block alloca when their address is never taken (mem2reg promotes them),
 * otherwise an allocation site whose pointer is kept in an entry-block slot (`indirect`), so that a
 * loop variable can be re-bound to a fresh site per iteration (Go 1.22 semantics).
 *
 * Files: lower.c (module, functions, globals, init, entry, metadata, sites), lower_type.c (types and
 * constants), lower_expr.c (expressions), lower_call.c (calls, builtins, print), lower_stmt.c
 * (statements and control flow).
 */
#ifndef LLGO_LOWER_INTERNAL_H
#define LLGO_LOWER_INTERNAL_H

#include <stdbool.h>
#include <llvm-c/Core.h>
#include "llgo/runtime_abi.h"
#include "llgo/site.h"
#include "arena.h"
#include "checker.h"
#include "diag.h"

/* Where a variable lives. `ptr` is its address, or (indirect) a slot holding its address. */
typedef struct VarSlot {
	LLVMValueRef ptr;
	bool indirect;
} VarSlot;

/* A break/continue target: loops have both blocks, switches only `brk`. */
typedef struct Target {
	const char *label;        /* label naming the statement, or NULL */
	LLVMBasicBlockRef brk;
	LLVMBasicBlockRef cont;   /* NULL for switch */
} Target;

typedef struct LabelBlock {
	const char *name;
	LLVMBasicBlockRef bb;
} LabelBlock;

typedef struct Lower {
	CheckedPackage *cp;
	LLVMContextRef ctx;
	LLVMModuleRef mod;
	LLVMBuilderRef b;
	Arena arena;
	bool failed;

	/* lower_type's memo of named types (open addressing): a chain of types each embedding the
	 * previous one is lowered once, not once per use (it was quadratic) */
	Type **named_keys;
	LLVMTypeRef *named_vals;
	size_t named_cap, named_len;

	/* common LLVM types */
	LLVMTypeRef t_i1, t_i8, t_i32, t_i64, t_f64, t_ptr, t_void, t_str, t_slice, t_iface, t_pair;
	unsigned md_site, md_func, md_from;
	bool explain;              /* tag statements for -m=2 (lower_from.c) */

	/* runtime entry points (declared lazily) */
	LLVMValueRef rt_fn[RT__COUNT];
	LLVMTypeRef rt_ty[RT__COUNT];
	LLVMValueRef site_fn, site_noscan_fn;
	LLVMTypeRef site_ty;

	/* per symbol id: variable storage or function */
	VarSlot *vars;
	LLVMValueRef *funcs;
	bool *plain;               /* declare as a plain alloca even if a site var (loop outer copies) */
	bool *assigned;            /* assigned through a field/element (see lower_mark_assigned) */
	int nsyms;

	/* the function being lowered */
	LLVMValueRef fn;
	FuncInfo *fi;
	Type *fsig;
	LLVMBasicBlockRef entry;
	LLVMValueRef defer_frame;      /* the defer frame, when the function defers */
	LLVMValueRef *result_slots;    /* unnamed results of a function that defers */
	bool recovering;               /* lowering the path where _setjmp returned non-zero */
	Node *defer_print;             /* the print/println call a defer thunk is being built for */
	LLVMValueRef recover_direct;   /* i1-as-i32: this function was called by a deferred call itself */
	LLVMValueRef defer_forward_from; /* a wrapper being built: its calls through func values and
	                                    interfaces hand rt_defer_forward on (panic.c) */
	const char **recover_methods;  /* names of the methods whose bodies call recover() */
	int nrecover_methods;
	bool recover_methods_unknown;  /* a library: the program's own methods are not seen */
	int loop_depth;
	Target *targets;               /* the enclosing breakable statements, innermost last */
	int ntargets, captargets;
	const char *pending_label; /* label of the statement being lowered next */
	LabelBlock *labels;            /* the function's labels met so far */
	int nlabels, caplabels;
	LLVMBasicBlockRef fallthrough_to; /* switch: the next clause's body */

	/* func literals whose bodies are lowered after the current function */
	struct PendingLit { FuncInfo *fi; LLVMValueRef fn; } *lits;
	int nlits, caplits;
	struct LitCounter { LLVMValueRef parent; int n; } counters[4096];
	int ncounters;
	const Pos *box_pos; /* where Go reports the implicit conversion being made (NULL: at the value) */
	struct StaticMark { SiteKind kind; Pos pos; } *static_marks; /* lower_static.c */
	int nstatic_marks, capstatic_marks;
	/* lower_from.c: addresses of variables taken in the statement being lowered */
	struct AddrNote { LLVMValueRef v; Pos pos; const char *text; } addr_notes[16];
	int naddr_notes;
} Lower;

/* lower.c */
LLVMValueRef lower_alloca(Lower *L, LLVMTypeRef ty, const char *name);
LLVMValueRef lower_site(Lower *L, SiteKind kind, Type *t, LLVMValueRef size, const char *text, Pos pos);
LLVMValueRef lower_site_raw(Lower *L, SiteKind kind, LLVMValueRef size, bool scan, const char *text, Pos pos);
LLVMValueRef lower_rt(Lower *L, RtId id, LLVMValueRef *args, unsigned nargs);
/* The same with builder b (a wrapper built beside the function being lowered). */
LLVMValueRef lower_rt_at(Lower *L, LLVMBuilderRef b, RtId id, LLVMValueRef *args, unsigned nargs);
/* Does function f's body call recover()? Then wrappers calling f hand the deferred call on to it. */
bool lower_calls_recover(Symbol *f);
/* May a method called `name` through an interface call recover()? Only then do the wrappers that
 * make such calls (method values and expressions of interfaces, promoted interface methods) hand a
 * deferred call on: an interface call elsewhere pays nothing. */
bool lower_method_may_recover(Lower *L, const char *name);
/* In wrapper self (builder b): rt_defer_forward(self, target). */
void lower_defer_forward(Lower *L, LLVMBuilderRef b, LLVMValueRef self, LLVMValueRef target);
void lower_unsupported(Lower *L, Pos pos, const char *what);

/* Compiler-made functions (method-value and defer thunks, interface entries) are built while
 * another function is being lowered: begin saves the current function's builder state and positions
 * a new builder at f's new entry block; end terminates f's open blocks with `unreachable` and
 * restores the saved state. */
typedef struct LowerThunk {
	LLVMBuilderRef b;
	LLVMValueRef fn;
	LLVMBasicBlockRef entry;
} LowerThunk;
LowerThunk lower_thunk_begin(Lower *L, LLVMValueRef f);
void lower_thunk_end(Lower *L, LowerThunk saved);
LLVMValueRef lower_func_decl_value(Lower *L, Symbol *fsym);
bool lower_is_site_var(Symbol *s);
bool lower_capture_by_ref(Symbol *s);
void lower_mark_assigned(Lower *L, Node *x);
void lower_body(Lower *L, LLVMValueRef fn, FuncInfo *fi, Node *body, bool has_ctx);
void lower_attach_func_md(Lower *L, LLVMValueRef fn, FuncInfo *fi, const char *goname, Pos pos);

/* lower_from.c: the statements' steps of the -m=2 explanation (site.h rule 9) */
void lower_from_begin(Lower *L);
void lower_from_addr(Lower *L, Node *n, LLVMValueRef v, bool implicit);
void lower_from_tag(Lower *L, LLVMValueRef inst, const char *kind, const char *text, Pos pos,
	const LLVMValueRef *ops, int nops);
void lower_from_call(Lower *L, LLVMValueRef call, Node *n);
const char *lower_stmt_text(Lower *L, Node *n);

/* lower_static.c: literals of a package-level initialiser that Go allocates statically */
void lower_static_mark(Lower *L, Node *rhs, Type *dst);
void lower_static_clear(Lower *L);
LLVMValueRef lower_static_site(Lower *L, SiteKind kind, LLVMValueRef size, bool scan, Pos pos);

/* lower_closure.c */
void lower_bind_captures(Lower *L, FuncInfo *fi, LLVMValueRef env);
LLVMValueRef lower_func_lit(Lower *L, Node *n);
LLVMValueRef lower_func_value(Lower *L, Symbol *f);
LLVMValueRef lower_call_value(Lower *L, LLVMValueRef fv, Type *sig, LLVMValueRef *args, unsigned nargs);
LLVMTypeRef lower_closure_fn_type(Lower *L, Type *sig);
void lower_pending_lits(Lower *L);
LLVMValueRef lower_method_value(Lower *L, Node *n);
LLVMValueRef lower_method_expr(Lower *L, Node *n);

/* lower_type.c */
LLVMTypeRef lower_type(Lower *L, Type *t);
LLVMTypeRef lower_func_type(Lower *L, Type *sig, Type *recv);
LLVMTypeRef lower_result_type(Lower *L, Type *sig);
LLVMValueRef lower_const(Lower *L, ConstVal *cv, Type *t);
LLVMValueRef lower_const_string(Lower *L, const char *s, size_t len);
LLVMValueRef lower_zero(Lower *L, Type *t);
int64_t lower_size(Lower *L, Type *t);

/* lower_expr.c */
LLVMValueRef lower_expr(Lower *L, Node *n);
LLVMValueRef lower_expr_to(Lower *L, Node *n, Type *dst);
LLVMValueRef lower_expr_to_at(Lower *L, Node *n, Type *dst, Pos box_pos);
LLVMValueRef lower_convert_value(Lower *L, LLVMValueRef v, Type *from, Type *to, Pos pos);
LLVMValueRef lower_addr(Lower *L, Node *n);

/* The left operand of an assignment in Go's two phases (spec, Assignment statements): phase one
 * (lower_target_prepare) evaluates the operands of its index expressions and pointer indirections,
 * in order with the right-hand side's calls; phase two (lower_target_addr), after the right-hand
 * side, checks bounds and nil, inserts a map key, and gives the address to store to. */
typedef struct LowerTarget {
	Node *n;            /* the operand, parentheses removed */
	LLVMValueRef a, b;  /* map and key pointer, slice and index, array address and index, pointer,
	                       or (other forms) the address itself in a */
} LowerTarget;
void lower_target_prepare(Lower *L, Node *n, LowerTarget *t);
LLVMValueRef lower_target_addr(Lower *L, LowerTarget *t);
LLVMValueRef lower_var_addr(Lower *L, Symbol *s);
LLVMValueRef lower_load(Lower *L, Type *t, LLVMValueRef ptr);
void lower_store(Lower *L, LLVMValueRef v, LLVMValueRef ptr);
LLVMValueRef lower_binary_values(Lower *L, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t,
	Type *yt, Pos pos);
LLVMValueRef lower_bool_const(Lower *L, bool v);
void lower_bounds_check(Lower *L, LLVMValueRef idx, LLVMValueRef len, int code, bool lt_or_eq);
void lower_nil_check(Lower *L, LLVMValueRef p);
LLVMValueRef lower_int64(Lower *L, LLVMValueRef v, Type *t);
void lower_panic_if(Lower *L, LLVMValueRef cond, RtId id, LLVMValueRef *args, unsigned nargs);

/* lower_call.c */
LLVMValueRef lower_call(Lower *L, Node *n);
bool lower_is_method_expr(const Node *fun);
LLVMValueRef lower_method_recv(Lower *L, Node *sel_node);
unsigned lower_call_args(Lower *L, Node *n, Type *sig, LLVMValueRef *out);
LLVMValueRef lower_tuple_elem_to(Lower *L, LLVMValueRef tup, Node *g, int i, Type *to, Pos at);
void lower_print_values(Lower *L, Node *call, LLVMValueRef *vals, bool ln);
LLVMValueRef lower_copy_values(Lower *L, LLVMValueRef dv, LLVMValueRef sv, Type *elem);

/* lower_typedesc.c */
LLVMValueRef lower_typedesc(Lower *L, Type *t);
LLVMValueRef lower_itab(Lower *L, Type *iface, Type *t);
bool lower_is_direct(Type *t);

/* lower_iface.c */
LLVMValueRef lower_iface_type(Lower *L, LLVMValueRef v, Type *t);
LLVMValueRef lower_to_iface(Lower *L, LLVMValueRef v, Type *from, Type *to, Node *src);
LLVMValueRef lower_iface_call(Lower *L, LLVMValueRef v, Type *sig, int slot, LLVMValueRef *args, unsigned n);
LLVMValueRef lower_type_assert(Lower *L, Node *n, bool commaok);
LLVMValueRef lower_iface_eq(Lower *L, LLVMValueRef x, LLVMValueRef y, Type *t);
void lower_type_switch(Lower *L, Node *n);
void lower_panic(Lower *L, Node *call);
/* panic call `call` in two steps: its argument as an empty interface value, then the panic. */
LLVMValueRef lower_panic_arg(Lower *L, Node *call);
void lower_panic_value(Lower *L, LLVMValueRef v);

/* lower_map.c */
LLVMValueRef lower_make_map(Lower *L, Node *n, Node *hint);
/* The slot of key (a pointer from lower_map_key_ptr) in map m of map_type, inserted when absent;
 * panics on a nil map. */
LLVMValueRef lower_map_assign_slot(Lower *L, Type *map_type, LLVMValueRef m, LLVMValueRef key);
/* Key expression k converted to key type kt, in a zero-padded temporary; returns its address. */
LLVMValueRef lower_map_key_ptr(Lower *L, Node *k, Type *kt);
/* The same for a key value v already of type kt. */
LLVMValueRef lower_map_key_slot(Lower *L, LLVMValueRef v, Type *kt);
LLVMValueRef lower_map_index(Lower *L, Node *n, bool commaok);
void lower_map_delete(Lower *L, Node *n);
void lower_clear(Lower *L, Node *n);
LLVMValueRef lower_map_lit(Lower *L, Node *n);
void lower_range_map(Lower *L, Node *n, const char *label);

/* lower_defer.c */
void lower_defer_prologue(Lower *L);
void lower_defer_return(Lower *L, LLVMValueRef *vs);
void lower_defer_stmt(Lower *L, Node *n);

/* lower_hook.c */
void lower_hook_body(Lower *L, Symbol *f, FuncInfo *fi, LLVMValueRef fn, RtId id);

/* lower_convert.c */
LLVMValueRef lower_alloc_conversion(Lower *L, Node *n);

/* lower_stmt.c */
void lower_block(Lower *L, Node *block);
void lower_stmt(Lower *L, Node *n);
void lower_br(Lower *L, LLVMBasicBlockRef bb);
LLVMBasicBlockRef lower_new_block(Lower *L, const char *name);
bool lower_terminated(Lower *L);
void lower_declare_var(Lower *L, Symbol *s, LLVMValueRef init, Pos pos);
void lower_push_target(Lower *L, const char *label, LLVMBasicBlockRef brk, LLVMBasicBlockRef cont);
const char *lower_take_label(Lower *L);
void lower_range(Lower *L, Node *n);

/* lower_ops.c */
LLVMValueRef lower_concat(Lower *L, LLVMValueRef x, LLVMValueRef y, Node *n);
LLVMValueRef lower_concat_chain(Lower *L, Node *n);
LLVMValueRef lower_composite(Lower *L, Node *n);
LLVMValueRef lower_composite_into(Lower *L, Node *n, LLVMValueRef p);
LLVMValueRef lower_composite_typed_into(Lower *L, Node *n, Type *t, LLVMValueRef p);

#endif
