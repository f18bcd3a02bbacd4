/*
 * driver.c: the compile stages shared by every command (see driver.h). Each stage stops the
 * pipeline when it reports errors; the LLVM module is verified after every stage.
 * LLGODEBUG=timing=1 prints each stage's wall and CPU time to stderr (`timing: escape 1.2 ms cpu 1.1 ms`).
 * LLGODEBUG=jam=0 and divpair=0 leave out the passes of stage 6, unroll-and-jam (passes/jam.c) and
 * division pairing (passes/divpair.c), to measure what they gain.
 * LLGO_LLVM_FLAGS passes options to LLVM itself, for profiling the compiler: `-time-passes` prints
 * the time of every LLVM pass at exit.
 *
 * The stages recurse over the program's structure (parser, checker, lowering, LLVM's own passes), so
 * the depth they take is bounded by the limits of README "Limits", sized for the compiler's frames.
 * driver_on_big_stack runs them on a thread with a DRIVER_STACK-byte stack (reserved, not committed:
 * the kernel maps pages as they are touched), so those limits hold in every build, including the
 * sanitizer build whose frames are several times larger than normal ones, whatever the main
 * thread's stack limit (ulimit -s) is.
 */
#include "driver.h"

#include <llvm-c/Support.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "ast.h"
#include "checker.h"
#include "diag.h"
#include "escape.h"
#include "lex.h"
#include "load.h"
#include "lower.h"
#include "parse.h"
#include "pipeline.h"
#include "source.h"

static Arena driver_arena;

enum { DRIVER_STACK = 512 << 20, DRIVER_MIN_STACK = 16 << 20 };

typedef struct DriverCall {
	int (*fn)(void *);
	void *arg;
	int result;
} DriverCall;

static void *driver_call_thread(void *p)
{
	DriverCall *call = p;
	call->result = call->fn(call->arg);
	return NULL;
}

int driver_on_big_stack(int (*fn)(void *), void *arg)
{
	DriverCall call = { fn, arg, 0 };
	pthread_attr_t attr;
	pthread_t th;
	bool started = false;
	if (pthread_attr_init(&attr) != 0)
		return fn(arg);
	/* a process limited in address space (ulimit -v) may not reserve 512 MB: try less, then none */
	for (size_t size = DRIVER_STACK; !started && size >= DRIVER_MIN_STACK; size /= 4)
		started = pthread_attr_setstacksize(&attr, size) == 0 &&
		          pthread_create(&th, &attr, driver_call_thread, &call) == 0;
	pthread_attr_destroy(&attr);
	if (!started)
		return fn(arg);
	pthread_join(th, NULL);
	return call.result;
}

static double driver_clock_ms(clockid_t clock)
{
	struct timespec ts;
	clock_gettime(clock, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double driver_cpu_start;

/* Starts timing a stage: returns the wall time in ms and notes the process's CPU time. */
static double driver_stage_begin(void)
{
	driver_cpu_start = driver_clock_ms(CLOCK_PROCESS_CPUTIME_ID);
	return driver_clock_ms(CLOCK_MONOTONIC);
}

/* Whether LLGODEBUG holds `setting` (`timing=1`, `jam=0`...). */
static bool driver_debug_has(const char *setting)
{
	const char *dbg = getenv("LLGODEBUG");
	return dbg && strstr(dbg, setting);
}

/* Prints `timing: STAGE WALL ms cpu CPU ms` when LLGODEBUG has timing=1; returns ok. */
static bool driver_timed(const char *stage, double start, bool ok)
{
	if (driver_debug_has("timing=1"))
		fprintf(stderr, "timing: %s %.3f ms cpu %.3f ms\n", stage, driver_clock_ms(CLOCK_MONOTONIC) - start,
			driver_clock_ms(CLOCK_PROCESS_CPUTIME_ID) - driver_cpu_start);
	return ok;
}

static bool driver_report_errors(void)
{
	if (diag_count() == 0)
		return true;
	diag_print(stderr);
	return false;
}

static bool driver_has_main(const CheckedPackage *cp)
{
	if (strcmp(cp->pkg->name, "main") != 0)
		return false;
	for (int i = 0; i < cp->nfuncs; i++)
		if (!cp->funcs[i]->is_method && strcmp(cp->funcs[i]->name, "main") == 0)
			return true;
	return false;
}

static bool driver_frontend_stages(Compilation *c);

/* LLGO_LLVM_FLAGS="-time-passes ...": LLVM's own command-line options, split at spaces. */
static void driver_llvm_flags(void)
{
	const char *env = getenv("LLGO_LLVM_FLAGS");
	if (!env || !*env)
		return;
	static char buf[1024];
	const char *argv[64] = { "llgo-lite" };
	int argc = 1;
	snprintf(buf, sizeof buf, "%s", env);
	for (char *save = NULL, *tok = strtok_r(buf, " ", &save); tok && argc < 64; tok = strtok_r(NULL, " ", &save))
		argv[argc++] = tok;
	LLVMParseCommandLineOptions(argc, argv, "llgo-lite");
}

bool driver_frontend(Compilation *c)
{
	driver_llvm_flags();
	double t = driver_stage_begin();
	return driver_timed("frontend", t, driver_frontend_stages(c));
}

static bool driver_frontend_stages(Compilation *c)
{
	const Options *opt = c->opt;
	AstFile **files = arena_alloc(&driver_arena, sizeof *files * (size_t)opt->nfiles);
	for (int i = 0; i < opt->nfiles; i++) {
		SourceFile *src = source_load(opt->files[i]);
		if (!src) {
			fprintf(stderr, "llgo-lite: cannot read %s\n", opt->files[i]);
			return false;
		}
		if (opt->dump && strcmp(opt->dump, "tokens") == 0)
			lex_dump_tokens(stdout, src);
		files[i] = parse_file(&driver_arena, src);
		if (opt->dump && strcmp(opt->dump, "ast") == 0)
			ast_dump_file(stdout, files[i]);
	}
	if (!driver_report_errors())
		return false;
	Package *pkg = parse_package(&driver_arena, files, opt->nfiles, "main");
	if (!driver_report_errors() || !pkg)
		return false;
	Package **pkgs = NULL;
	int npkgs = 0;
	bool loaded = load_program(&driver_arena, pkg, &pkgs, &npkgs);
	if (!driver_report_errors() || !loaded)
		return false;
	CheckedPackage **cps = arena_alloc(&driver_arena, sizeof *cps * (size_t)npkgs);
	bool ok = check_program(&driver_arena, pkgs, npkgs, cps);
	if (!driver_report_errors() || !ok)
		return false;
	c->packages = cps;
	c->npackages = npkgs;
	c->checked = cps[npkgs - 1];
	if (opt->dump && strcmp(opt->dump, "types") == 0)
		check_dump_types(stdout, c->checked);
	c->is_main = driver_has_main(c->checked);
	return true;
}

bool driver_lower(Compilation *c, bool emit_entry)
{
	double t = driver_stage_begin();
	LLVMTargetDataRef td = LLVMCreateTargetDataLayout(c->tm);
	char *layout = LLVMCopyStringRepOfTargetData(td);
	LLVMDisposeTargetData(td);
	char *triple = LLVMGetTargetMachineTriple(c->tm);
	LowerOptions lo = { .triple = triple, .datalayout = layout, .emit_entry = emit_entry && c->is_main,
	                    .explain = c->opt->report >= 2, .library = c->library };
	c->module = lower_program(c->packages, c->npackages, c->ctx, &lo);
	LLVMDisposeMessage(layout);
	LLVMDisposeMessage(triple);
	if (!driver_report_errors() || !c->module)
		return false;
	return driver_timed("lower", t, pipe_verify(c->module, "lowering"));
}

bool driver_cleanup(Compilation *c)
{
	double t = driver_stage_begin();
	return driver_timed("cleanup", t, pipe_cleanup(c->module, c->tm));
}

bool driver_escape(Compilation *c)
{
	EscOptions eo = { .no_escape = c->opt->no_escape, .report_level = c->opt->report,
	                  .report = stderr, .whole_program = !c->library };
	const Package *pkg = c->checked->pkg;
	eo.report_files = arena_alloc(&driver_arena, sizeof(char *) * (size_t)pkg->nfiles);
	for (int i = 0; i < pkg->nfiles; i++)
		eo.report_files[eo.nreport_files++] = pkg->files[i]->src->name;
	c->report_files = eo.report_files;
	c->nreport_files = eo.nreport_files;
	double t = driver_stage_begin();
	if (!driver_timed("escape", t, esc_run(c->module, &eo)))
		return false;
	if (!pipe_verify(c->module, "escape analysis"))
		return false;
	if (!c->strip_imports)
		return true;
	t = driver_stage_begin();
	pipe_strip_imports(c->module);
	return driver_timed("strip", t, pipe_verify(c->module, "stripping the imports"));
}

bool driver_jam_enabled(void)
{
	return !driver_debug_has("jam=0");
}

bool driver_divpair_enabled(void)
{
	return !driver_debug_has("divpair=0");
}

/* -O1 and up: the inliner, the escape pass's second round, then LLVM's optimisation pipeline. */
bool driver_optimize(Compilation *c)
{
	EscOptions eo = { .no_escape = c->opt->no_escape, .report_level = c->opt->report, .report = stderr,
	                  .report_files = c->report_files, .nreport_files = c->nreport_files };
	double t = driver_stage_begin();
	if (c->opt->opt_level >= 1) {
		if (!driver_timed("inline", t, pipe_inline(c->module, c->tm)))
			return false;
		t = driver_stage_begin();
		if (!driver_timed("escape2", t, esc_round2(c->module, &eo)) || !pipe_verify(c->module, "escape round 2"))
			return false;
		t = driver_stage_begin();
	}
	if (!driver_timed("optimize", t, pipe_optimize(c->module, c->tm, c->opt->opt_level)))
		return false;
	if (c->opt->opt_level < 1)
		return true;
	t = driver_stage_begin();
	int slots = esc_round3(c->module, &eo);
	if (!driver_timed("escape3", t, pipe_verify(c->module, "escape round 3")))
		return false;
	t = driver_stage_begin();
	if (slots > 0 && !driver_timed("cleanup3", t, pipe_after_round3(c->module, c->tm)))
		return false;
	if (c->opt->opt_level < 2)
		return true;
	t = driver_stage_begin();
	return driver_timed("late", t, pipe_late(c->module, c->tm, driver_jam_enabled(), driver_divpair_enabled()) >= 0);
}

bool driver_middle(Compilation *c, bool emit_entry)
{
	return driver_lower(c, emit_entry) && driver_cleanup(c) && driver_escape(c) && driver_optimize(c);
}

LLVMMemoryBufferRef driver_codegen(Compilation *c)
{
	double t = driver_stage_begin();
	char *msg = NULL;
	LLVMMemoryBufferRef buf = NULL;
	if (LLVMTargetMachineEmitToMemoryBuffer(c->tm, c->module, LLVMObjectFile, &msg, &buf)) {
		fprintf(stderr, "llgo-lite: code generation failed: %s\n", msg);
		LLVMDisposeMessage(msg);
		buf = NULL;
	}
	driver_timed("codegen", t, buf != NULL);
	return buf;
}

LLVMMemoryBufferRef driver_package_object(const Compilation *c)
{
	Options o = *c->opt;
	o.report = 0;
	Compilation p = *c;
	p.opt = &o;
	p.ctx = LLVMContextCreate();
	p.npackages = c->npackages - 1;
	p.checked = c->packages[p.npackages - 1];
	p.is_main = false;
	p.library = true;
	p.strip_imports = false;
	p.module = NULL;
	LLVMMemoryBufferRef obj = driver_middle(&p, false) ? driver_codegen(&p) : NULL;
	if (p.module)
		LLVMDisposeModule(p.module);
	LLVMContextDispose(p.ctx);
	return obj;
}
