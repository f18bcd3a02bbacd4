/*
 * divpair.h: pairs of independent double divisions in a loop body become one two-lane division
 * (divpair.c has why: a DIVPD costs what a DIVSD does on current x86-64 cores).
 */
#ifndef LLGO_DIVPAIR_H
#define LLGO_DIVPAIR_H

#include <llvm-c/Core.h>

/* Needs optimised IR; x86-64 modules only (others are left alone). Returns the pairs it made; the
 * module stays valid, and each division's result is the same. */
int divpair_run(LLVMModuleRef m);

#endif
