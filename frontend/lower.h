/*
 * lower.h: lowering of a checked package to LLVM IR (the only frontend part that includes LLVM-C).
 *
 * lower_package needs a CheckedPackage without errors; it produces a verified LLVM module in which
 * every Go-level allocation is an allocation site (include/llgo/site.h), runtime calls follow
 * include/llgo/runtime.def, and the package's functions carry !llgo.func metadata. Go function
 * `main.f` is the LLVM function "main.f"; the package initialiser is "main.init" (global initialisers
 * in Go's order, then init functions). With `emit_entry`, it also defines the C `main(argc, argv)`
 * that calls rt_run_main(main.init, main.main, argc, argv). Returns NULL after reporting user errors
 * (diag_error) for constructs lowering cannot handle yet.
 */
#ifndef LLGO_LOWER_H
#define LLGO_LOWER_H

#include <stdbool.h>
#include <llvm-c/Core.h>
#include "checker.h"

typedef struct LowerOptions {
	const char *triple;      /* target triple, e.g. "x86_64-pc-linux-gnu" */
	const char *datalayout;  /* the target machine's data layout string */
	bool emit_entry;         /* define C `main` (executables); the JIT calls rt_run_main itself */
	bool explain;            /* tag statements for -m=2's steps (include/llgo/site.h rule 9) */
	bool library;            /* the packages alone, for `run`'s package object: every function,
	                          * global and initialiser keeps external linkage, and no package's
	                          * initialiser runs another's (the program's main.init runs them all) */
} LowerOptions;

/* The whole program in one module: cps are every package in dependency order (check_program's
 * order, the command-line package last), so the escape pass sees the whole program. Each package's
 * initialiser is "PATH.init"; "main.init" runs the others first. With opt->library, cps are
 * imported packages only (in the same order) and nothing is internal. */
LLVMModuleRef lower_program(CheckedPackage **cps, int n, LLVMContextRef ctx, const LowerOptions *opt);
/* lower_program of a single package. */
LLVMModuleRef lower_package(CheckedPackage *cp, LLVMContextRef ctx, const LowerOptions *opt);

#endif
