/*
 * jam.h: unroll-and-jam of a counted loop around an early-exit loop of pure arithmetic (jam.c has
 * the essay: the shape, why it is exact, what it costs).
 */
#ifndef LLGO_JAM_H
#define LLGO_JAM_H

#include <llvm-c/Core.h>

/* Needs optimised IR (loops rotated, as after default<O2>). Jams every loop of the shape in jam.c
 * by 2 or 4 and returns how many it jammed; the module stays valid. Invalidates nothing but the
 * loops it rewrote (their blocks stay, with new instructions). */
int jam_run(LLVMModuleRef m);

#endif
