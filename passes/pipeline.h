/*
 * pipeline.h: the sequence of LLVM stages around the escape pass, and code emission.
 *
 *   stage 1  pipe_cleanup:   globaldce (what the program never reaches of its imports), then mem2reg,
 *                            sroa, early-cse, instcombine, simplifycfg; no inlining, so the
 *                            escape pass sees Go-level functions and -m matches Go's -l output
 *   stage 2  (escape.h)      esc_run round 1, then verify
 *   stage 3  pipe_inline:    (-O1 and up) a program's functions become internal, LLVM's inliner
 *                            runs with the usual simplifications, then esc_round2 moves to the
 *                            stack the heap calls that inlining left inside one frame
 *   stage 4  pipe_optimize:  default<O1..O3> (nothing at -O0)
 *   stage 5  (-O1 and up)    esc_round3: round 2's check once more on the optimised code, where
 *                            forwarded loads and deleted stores may have dropped what kept an
 *                            object on the heap; pipe_after_round3 cleans up when a site moved
 *   stage 6  pipe_late:      (-O2 and up) our passes on the optimised code: unroll-and-jam of
 *                            counted loops around pure early-exit loops and fusion of such loops
 *                            following one another (jam.c), then early-cse and
 *                            instcombine when it jammed one; then pairs of independent divisions
 *                            in loop bodies become two-lane divisions (divpair.c, x86-64)
 * Each stage verifies the module after itself: Debian's LLVM has assertions off.
 *
 * `llgo-lite run` of a program that imports packages splits it after stage 2: the imported
 * packages' code comes from a package object compiled once from the packages alone (a library
 * module, cached), and pipe_strip_imports turns the program module's copies of it into
 * declarations, so stages 3-5 and code generation work on the command-line package only.
 */
#ifndef LLGO_PIPELINE_H
#define LLGO_PIPELINE_H

#include <stdbool.h>
#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>

/* Initialises the x86-64 and AArch64 back ends and creates a target machine for `triple`
 * (NULL: the host). Writes a message and returns NULL if the triple is not supported. */
LLVMTargetMachineRef pipe_target_machine(const char *triple, int opt_level, char **error);

/* Verifies the module; on failure prints the stage name and LLVM's message, returns false. */
bool pipe_verify(LLVMModuleRef m, const char *stage);

bool pipe_cleanup(LLVMModuleRef m, LLVMTargetMachineRef tm);
bool pipe_inline(LLVMModuleRef m, LLVMTargetMachineRef tm);
bool pipe_optimize(LLVMModuleRef m, LLVMTargetMachineRef tm, int opt_level);
/* After esc_round3 moved heap calls to slots: sroa, early-cse, instcombine, simplifycfg. */
bool pipe_after_round3(LLVMModuleRef m, LLVMTargetMachineRef tm);

/* Stage 6: jam_run (when `jam`), a clean-up of the copies when it jammed a loop, then divpair_run
 * (when `divpair`); returns the loops jammed plus the pairs made, -1 when the module failed to verify. */
int pipe_late(LLVMModuleRef m, LLVMTargetMachineRef tm, bool jam, bool divpair);

/* Turns every definition lowering marked as an import's (LLGO_IMPORT_MD) into an external
 * declaration: its body or initialiser goes, and the package object defines it. Run after the
 * escape pass, which needs the bodies for its summaries; returns how many definitions went. */
int pipe_strip_imports(LLVMModuleRef m);

/* Writes an object file or assembly (asm=true) to `path`. */
bool pipe_emit(LLVMModuleRef m, LLVMTargetMachineRef tm, const char *path, bool assembly);

#endif
