/*
 * driver.h: the stages of one llgo-lite invocation, as the command runs them.
 *
 *   driver_frontend   load, lex and parse the files and the packages they import, check them all
 *                     (user errors: exit 1)
 *   driver_lower      lower to LLVM IR with allocation sites, verify
 *   driver_cleanup    stage 1: clean-up without inlining, verify (`ir --stage=before` shows this)
 *   driver_escape     stage 2: the escape pass (and its -m report), verify
 *   driver_optimize   stage 3: inlining and optimisation at the requested level, verify
 * then the command emits (object, assembly, IR, executable) or runs the module in the JIT.
 */
#ifndef LLGO_DRIVER_H
#define LLGO_DRIVER_H

#include <stdbool.h>
#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>

#define LLGO_VERSION "0.1.0"

typedef struct Options {
	const char *command;   /* build, run, ir */
	const char *output;    /* -o */
	int opt_level;         /* -O0..-O3 (default 2) */
	int report;            /* -m: 1, -m=2: 2 */
	const char *target;    /* --target=TRIPLE or NULL for the host */
	const char *emit;      /* exe, obj, asm, llvm */
	bool no_escape;
	const char *stage;     /* ir: before, after, final */
	bool diff;             /* ir --diff */
	const char *dump;      /* --dump=tokens|ast|types */
	const char **files;
	int nfiles;
	char **args;           /* run: program arguments after -- */
	int nargs;
} Options;

typedef struct Compilation {
	const Options *opt;
	LLVMContextRef ctx;
	LLVMTargetMachineRef tm;
	const char *triple;
	struct CheckedPackage *checked;      /* the command-line package */
	struct CheckedPackage **packages;   /* every package of the program, dependency order, it last */
	int npackages;
	bool is_main;          /* package main with func main */
	bool library;          /* the imported packages alone (run's package object): LowerOptions.library,
	                        * and the escape pass does not know the program's other code */
	bool strip_imports;    /* after the escape pass, the imports' code goes (pipe_strip_imports): the
	                        * package object (driver_package_object) will define it */
	LLVMModuleRef module;
	const char **report_files;   /* the -m report's files (the command-line package's) */
	int nreport_files;
} Compilation;

bool driver_frontend(Compilation *c);
bool driver_lower(Compilation *c, bool emit_entry);
bool driver_cleanup(Compilation *c);
bool driver_escape(Compilation *c);
/* All of the above after the front end: lower, clean up, escape, optimise. */
bool driver_middle(Compilation *c, bool emit_entry);
bool driver_optimize(Compilation *c);
/* False when LLGODEBUG has jam=0 (divpair=0): stage 6 leaves out unroll-and-jam (division pairing). */
bool driver_jam_enabled(void);
bool driver_divpair_enabled(void);
/* Code generation into memory: the module's object file (dispose it with LLVMDisposeMemoryBuffer). */
LLVMMemoryBufferRef driver_codegen(Compilation *c);
/* The package object of a checked program that imports packages: its imports alone, compiled as a
 * library in a context of their own (all of driver_middle, then codegen), or NULL on failure. It
 * does not depend on the command-line package, so it is cached apart from it (cache.h). */
LLVMMemoryBufferRef driver_package_object(const Compilation *c);

/* Runs fn(arg) on a thread with a large stack (512 MB reserved) and returns its result: the compile
 * stages run there so that README's nesting limits hold whatever the frames' size. Falls back to
 * the calling thread when no such thread can be made. */
int driver_on_big_stack(int (*fn)(void *), void *arg);

/* tools/link.c: links an object with the runtime into an executable. */
bool link_executable(const char *object, const char *output, const char *triple);

/* tools/jit.c: links object files (compiled without the C entry point: a program's object, or its
 * package object and the object of its command-line package) in process through ORC LLJIT and runs
 * main.init and main.main; returns the program's exit status. */
typedef struct JitObject {
	const char *data;
	size_t len;
} JitObject;
int jit_run_objects(const JitObject *objs, int nobjs, int argc, char **argv);

#endif
