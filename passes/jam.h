/*
 * jam.h: unroll-and-jam of a counted loop around an early-exit loop of pure arithmetic, and fusion
 * of such loops following one another (jam.c has the essay: the shapes, why it is exact, the cost).
 */
#ifndef LLGO_JAM_H
#define LLGO_JAM_H

#include <llvm-c/Core.h>

/* Needs optimised IR (loops rotated, as after default<O2>). Jams every loop nest of the shape in
 * jam.c by 2 or 4, then fuses sibling loops 2 to 4 at a time; returns how many nests and groups it
 * rewrote. The module stays valid; a fused group's loops but the first and the blocks between them
 * are deleted. */
int jam_run(LLVMModuleRef m);

#endif
