/*
 * escape.h: the escape pass's entry point (see escape.c for the essay).
 *
 * esc_run needs a module from lower_package (allocation sites with !llgo.site, functions with
 * !llgo.func, runtime calls per runtime.def); it rewrites every site into an entry-block alloca or
 * a gc_alloc/gc_alloc_noscan call, adds the allocator attributes to gc_alloc afterwards, and writes
 * the -m report (Go's words and positions, sorted by position) to `report` when report_level > 0.
 * It invalidates nothing but the site calls. Returns false only on an internal error.
 */
#ifndef LLGO_ESCAPE_H
#define LLGO_ESCAPE_H

#include <stdbool.h>
#include <stdio.h>
#include <llvm-c/Core.h>

typedef struct EscOptions {
	bool no_escape;      /* --no-escape: every site to the heap */
	int report_level;    /* 0: none, 1: -m, 2: -m=2 */
	FILE *report;        /* where the report goes (stderr) */
	bool whole_program;  /* also analyse indirect calls with their possible targets (beyond Go) */
	const char **report_files; /* report only sites and params in these files (NULL: all) */
	int nreport_files;
} EscOptions;

bool esc_run(LLVMModuleRef m, const EscOptions *opt);

/* The second round (esc_round2.c), after LLVM's inliner: moves to the stack the heap calls left by
 * esc_run whose address provably stays in its frame and loop iteration; with report_level 2 it
 * reports the sites that moved. Changes nothing with no_escape. */
bool esc_round2(LLVMModuleRef m, const EscOptions *opt);

/* The same check once more after LLVM's optimisation pipeline, which forwards loads and deletes
 * dead stores: an address kept only in memory that was optimised away no longer escapes. Returns
 * how many heap calls became entry-block slots (the caller then lets SROA and friends at them:
 * pipe_after_round3); small buffers and arenas replace one call by another and need nothing. */
int esc_round3(LLVMModuleRef m, const EscOptions *opt);

#endif
