/*
 * llgo-lite.c: the command. It parses the command line, then runs the stages of driver.h in order
 * and stops after the first stage with errors:
 *
 *   build  frontend → lower → escape → optimise → object/asm/IR, or link an executable
 *   run    frontend → lower → escape → optimise → object code → ORC LLJIT; the program's exit status
 *          passes through
 * run and build (--emit=exe|obj) first look the program up in the compile cache (cache.h): on a hit
 * the stored object goes straight to ORC or to the linker, and no compile stage runs. run keeps the
 * imported packages' code in a package object of its own (cache.h, split), so that a program whose
 * own files changed compiles only them past the escape pass.
 *   ir     frontend → lower [→ escape [→ optimise]]: print the module at the chosen stage, or the
 *          unified diff of the module before against after the escape pass
 *
 * Exit status: 0 success, 1 compile errors, 2 usage errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <dirent.h>
#include <unistd.h>

#include "cache.h"
#include "driver.h"
#include "pipeline.h"

static const char usage_text[] =
	"usage: llgo-lite build [-o OUT] [-O0|-O1|-O2|-O3] [-m | -m=2] [--target=TRIPLE]\n"
	"                       [--emit=exe|obj|asm|llvm] [--no-escape] FILES.go... | DIR\n"
	"       llgo-lite run   [same flags] FILES.go... [-- ARGS...]\n"
	"       llgo-lite ir    [--stage=before|after|final] [--diff] [--target=TRIPLE] FILES.go...\n"
	"       llgo-lite version | help\n";

static _Noreturn void usage(const char *fmt, const char *arg)
{
	if (fmt) {
		fprintf(stderr, "llgo-lite: ");
		fprintf(stderr, fmt, arg);
		fprintf(stderr, "\n");
	}
	fputs(usage_text, stderr);
	exit(2);
}

static bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A directory argument stands for its .go files (not _test.go), in name order. */
static void add_dir(Options *o, const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		usage("cannot open directory %s", dir);
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!has_suffix(e->d_name, ".go") || has_suffix(e->d_name, "_test.go"))
			continue;
		char *path = malloc(strlen(dir) + strlen(e->d_name) + 2);
		sprintf(path, "%s/%s", dir, e->d_name);
		o->files[o->nfiles++] = path;
	}
	closedir(d);
	qsort(o->files, (size_t)o->nfiles, sizeof *o->files, cmp_str);
}

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void parse_flag(Options *o, const char *a)
{
	if (strcmp(a, "-m") == 0)
		o->report = 1;
	else if (strcmp(a, "-m=2") == 0 || strcmp(a, "-m=1") == 0)
		o->report = a[3] - '0';
	else if (strlen(a) == 3 && a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3')
		o->opt_level = a[2] - '0';
	else if (strncmp(a, "--target=", 9) == 0)
		o->target = a + 9;
	else if (strncmp(a, "--emit=", 7) == 0) {
		o->emit = a + 7;
		if (strcmp(o->emit, "exe") && strcmp(o->emit, "obj") && strcmp(o->emit, "asm") &&
		    strcmp(o->emit, "llvm"))
			usage("unknown --emit kind %s", o->emit);
	} else if (strcmp(a, "--no-escape") == 0)
		o->no_escape = true;
	else if (strncmp(a, "--stage=", 8) == 0) {
		o->stage = a + 8;
		if (strcmp(o->stage, "before") && strcmp(o->stage, "after") && strcmp(o->stage, "final"))
			usage("unknown --stage %s", o->stage);
	} else if (strcmp(a, "--diff") == 0)
		o->diff = true;
	else if (strncmp(a, "--dump=", 7) == 0)
		o->dump = a + 7;
	else
		usage("unknown flag %s", a);
}

static Options parse_args(int argc, char **argv)
{
	Options o = { .opt_level = 2, .emit = "exe", .stage = "after" };
	if (argc < 2)
		usage(NULL, NULL);
	o.command = argv[1];
	o.files = calloc((size_t)argc + 4096, sizeof *o.files);
	for (int i = 2; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0 && strcmp(o.command, "run") == 0) {
			o.args = argv + i + 1;
			o.nargs = argc - i - 1;
			break;
		}
		if (strcmp(a, "-o") == 0) {
			if (++i == argc)
				usage("-o needs a file name", NULL);
			o.output = argv[i];
		} else if (a[0] == '-' && a[1] != '\0')
			parse_flag(&o, a);
		else if (is_dir(a))
			add_dir(&o, a);
		else if (has_suffix(a, ".go"))
			o.files[o.nfiles++] = a;
		else
			usage("not a .go file or directory: %s", a);
	}
	if (o.nfiles == 0)
		usage("no Go files given", NULL);
	return o;
}

/* The default output: the first file's name without .go (build), or with the emit kind's suffix. */
static const char *default_output(const Options *o)
{
	const char *base = strrchr(o->files[0], '/');
	base = base ? base + 1 : o->files[0];
	size_t n = strlen(base) - 3;
	const char *suffix = strcmp(o->emit, "obj") == 0 ? ".o" : strcmp(o->emit, "asm") == 0 ? ".s"
	                     : strcmp(o->emit, "llvm") == 0 ? ".ll" : "";
	char *out = malloc(n + strlen(suffix) + 1);
	memcpy(out, base, n);
	strcpy(out + n, suffix);
	return out;
}

/*
 * Large compiles: the compiler's memory (mostly LLVM's, through malloc) grows with the program, and
 * beyond ~10k lines TLB misses make the compile grow faster than the program. glibc's malloc can put
 * its heap on transparent huge pages, but only when told at process start (GLIBC_TUNABLES
 * glibc.malloc.hugetlb=1). So a compile whose command-line sources exceed HUGE_SOURCE_BYTES
 * re-executes itself once with that tunable (measured at -O0: ~15% less CPU at 10k lines, ~25% at
 * 50k; the second start costs ~25 ms), then restores the environment so the linker and the program
 * never see it. Small compiles (64 KB is ~5k lines) and cache hits do not pay for the second start.
 */
#define HUGE_SOURCE_BYTES (64 * 1024)
#define SAVED_TUNABLES "LLGO_SAVED_GLIBC_TUNABLES"

static char **main_argv;
static bool main_reexecuted;

/* After the re-execution: GLIBC_TUNABLES as it was before. */
static void restore_tunables(void)
{
	const char *saved = getenv(SAVED_TUNABLES);
	if (!saved)
		return;
	main_reexecuted = true;
	if (strcmp(saved, "-") == 0)
		unsetenv("GLIBC_TUNABLES");
	else
		setenv("GLIBC_TUNABLES", saved + 1, 1);
	unsetenv(SAVED_TUNABLES);
}

static bool huge_pages_available(void)
{
	char buf[128] = "";
	FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
	if (!f)
		return false;
	bool ok = fgets(buf, sizeof buf, f) && !strstr(buf, "[never]");
	fclose(f);
	return ok;
}

static void reexec_on_huge_pages(const Options *o)
{
	const char *tunables = getenv("GLIBC_TUNABLES");
	if (main_reexecuted || (tunables && strstr(tunables, "glibc.malloc.hugetlb")))
		return;
	off_t total = 0;
	struct stat st;
	for (int i = 0; i < o->nfiles; i++)
		if (stat(o->files[i], &st) == 0)
			total += st.st_size;
	if (total < HUGE_SOURCE_BYTES || !huge_pages_available())
		return;
	size_t n = (tunables ? strlen(tunables) : 0) + 32;
	char *saved = malloc(n), *value = malloc(n);
	snprintf(saved, n, "%s%s", tunables ? "=" : "-", tunables ? tunables : "");
	snprintf(value, n, "%s%sglibc.malloc.hugetlb=1", tunables ? tunables : "", tunables && *tunables ? ":" : "");
	setenv(SAVED_TUNABLES, saved, 1);
	setenv("GLIBC_TUNABLES", value, 1);
	fflush(NULL);
	execv("/proc/self/exe", main_argv);
	restore_tunables(); /* exec failed: go on as we are */
	main_reexecuted = true;
}

static bool setup(Compilation *c, const Options *o, LLVMContextRef ctx)
{
	reexec_on_huge_pages(o);
	c->opt = o;
	c->ctx = ctx;
	char *err = NULL;
	c->tm = pipe_target_machine(o->target, o->opt_level, &err);
	if (!c->tm) {
		fprintf(stderr, "llgo-lite: unsupported target %s: %s\n", o->target ? o->target : "host",
		        err ? err : "");
		return false;
	}
	c->triple = LLVMGetTargetMachineTriple(c->tm);
	return driver_frontend(c);
}

static bool write_ir(LLVMModuleRef m, const char *path)
{
	char *msg = NULL;
	if (LLVMPrintModuleToFile(m, path, &msg)) {
		fprintf(stderr, "llgo-lite: cannot write %s: %s\n", path, msg);
		LLVMDisposeMessage(msg);
		return false;
	}
	return true;
}

static bool write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	bool ok = f && fwrite(data, 1, len, f) == len;
	if (f && fclose(f) != 0)
		ok = false;
	if (!ok)
		fprintf(stderr, "llgo-lite: cannot write %s\n", path);
	return ok;
}

/* Writes an object file to `out` (--emit=obj) or links it into the executable `out`. */
static int build_output(const Options *o, const char *triple, const char *data, size_t len, const char *out)
{
	if (strcmp(o->emit, "obj") == 0)
		return write_file(out, data, len) ? 0 : 1;
	char obj[] = "/tmp/llgo-lite-XXXXXX.o";
	int fd = mkstemps(obj, 2);
	if (fd < 0) {
		perror("llgo-lite: temporary object");
		return 1;
	}
	close(fd);
	bool ok = write_file(obj, data, len) && link_executable(obj, out, triple);
	unlink(obj);
	return ok ? 0 : 1;
}

static int cmd_build(const Options *o)
{
	bool emit_exe = strcmp(o->emit, "exe") == 0;
	CachePlan plan = {0};
	CacheObject hit;
	if (emit_exe || strcmp(o->emit, "obj") == 0)
		cache_plan(o, emit_exe, &plan);
	const char *out = o->output ? o->output : default_output(o);
	if (cache_lookup(&plan, false, &hit)) {
		int rc = build_output(o, o->target, hit.data, hit.len, out);
		free((void *)hit.data);
		return rc;
	}
	static Compilation c; /* lives until exit (see main) */
	if (!setup(&c, o, LLVMContextCreate()))
		return 1;
	if (!driver_middle(&c, emit_exe))
		return 1;
	if (emit_exe && !c.is_main)
		return 0; /* like `go build` of a library package: checked and analysed, nothing written */
	if (strcmp(o->emit, "llvm") == 0)
		return write_ir(c.module, out) ? 0 : 1;
	if (strcmp(o->emit, "asm") == 0)
		return pipe_emit(c.module, c.tm, out, true) ? 0 : 1;
	LLVMMemoryBufferRef obj = driver_codegen(&c);
	if (!obj)
		return 1;
	const char *data = LLVMGetBufferStart(obj);
	size_t len = LLVMGetBufferSize(obj);
	cache_store(&plan, false, &c, data, len);
	int rc = build_output(o, c.triple, data, len, out);
	LLVMDisposeMemoryBuffer(obj);
	return rc;
}

static int run_objects(const Options *o, const JitObject *objs, int nobjs)
{
	int argc = o->nargs + 1;
	char **argv = calloc((size_t)argc + 1, sizeof *argv);
	argv[0] = (char *)o->files[0];
	for (int i = 0; i < o->nargs; i++)
		argv[i + 1] = o->args[i];
	fflush(stdout);
	int rc = jit_run_objects(objs, nobjs, argc, argv);
	free(argv);
	return rc;
}

typedef struct RunCompile {
	const Options *o;
	CachePlan *plan;
	LLVMMemoryBufferRef obj;       /* the program's, or (split) its command-line package's */
	LLVMMemoryBufferRef packages;  /* split: the package object when compiled here */
	CacheObject cached_packages;   /* split: the package object from the cache */
} RunCompile;

/* A split run's package object: from the cache, else compiled from the checked imports and stored. */
static bool run_package_object(RunCompile *rc, const Compilation *c)
{
	if (cache_lookup(rc->plan, true, &rc->cached_packages))
		return true;
	rc->packages = driver_package_object(c);
	if (!rc->packages)
		return false;
	cache_store(rc->plan, true, c, LLVMGetBufferStart(rc->packages), LLVMGetBufferSize(rc->packages));
	return true;
}

/* run's compile stages (on the big stack, see main): the objects for the JIT in rc, or 1. */
static int run_compile(void *arg)
{
	RunCompile *rc = arg;
	static Compilation c; /* lives until exit (see main) */
	if (!setup(&c, rc->o, LLVMContextCreate()))
		return 1;
	if (!c.is_main) {
		fprintf(stderr, "llgo-lite: package %s is not a main package\n", rc->o->files[0]);
		return 1;
	}
	c.strip_imports = rc->plan->split && c.npackages > 1;
	if (c.strip_imports && !run_package_object(rc, &c))
		return 1;
	rc->obj = driver_middle(&c, false) ? driver_codegen(&c) : NULL;
	if (!rc->obj)
		return 1;
	cache_store(rc->plan, false, &c, LLVMGetBufferStart(rc->obj), LLVMGetBufferSize(rc->obj));
	return 0;
}

/* The program runs from the process's first thread, where the runtime starts its own large-stack
 * thread for the main goroutine (runtime/start.c), as in a built executable. A split program
 * (cache.h) runs from its package object and its command-line package's object. */
static int cmd_run(const Options *o)
{
	CachePlan plan;
	CacheObject hit, pkgs = {0};
	cache_plan(o, false, &plan);
	if ((!plan.split || cache_lookup(&plan, true, &pkgs)) && cache_lookup(&plan, false, &hit)) {
		JitObject objs[2] = { { pkgs.data, pkgs.len }, { hit.data, hit.len } };
		int rc = plan.split ? run_objects(o, objs, 2) : run_objects(o, objs + 1, 1);
		free((void *)hit.data);
		free((void *)pkgs.data);
		return rc;
	}
	free((void *)pkgs.data);
	RunCompile rc = { o, &plan, NULL, NULL, {0} };
	if (driver_on_big_stack(run_compile, &rc) != 0)
		return 1;
	JitObject objs[2] = { { rc.cached_packages.data, rc.cached_packages.len }, { NULL, 0 } };
	if (rc.packages)
		objs[0] = (JitObject){ LLVMGetBufferStart(rc.packages), LLVMGetBufferSize(rc.packages) };
	objs[1] = (JitObject){ LLVMGetBufferStart(rc.obj), LLVMGetBufferSize(rc.obj) };
	bool split = objs[0].data != NULL;
	int status = run_objects(o, split ? objs : objs + 1, split ? 2 : 1);
	LLVMDisposeMemoryBuffer(rc.obj);
	if (rc.packages)
		LLVMDisposeMemoryBuffer(rc.packages);
	free((void *)rc.cached_packages.data);
	return status;
}

/* ir --diff: the module before the escape pass against after it, as `diff -u` prints it. */
static int ir_diff(Compilation *c)
{
	char before[] = "/tmp/llgo-before-XXXXXX.ll", after[] = "/tmp/llgo-after-XXXXXX.ll";
	int fb = mkstemps(before, 3), fa = mkstemps(after, 3);
	if (fb < 0 || fa < 0)
		return 1;
	close(fb);
	close(fa);
	int status = 1;
	if (driver_cleanup(c) && write_ir(c->module, before)) {
		if (driver_escape(c) && write_ir(c->module, after)) {
			fflush(stdout);
			char cmd[256];
			snprintf(cmd, sizeof cmd, "diff -u --label before --label after %s %s", before, after);
			int rc = system(cmd);
			status = (rc == -1 || WEXITSTATUS(rc) > 1) ? 1 : 0;
		}
	}
	unlink(before);
	unlink(after);
	return status;
}

static int cmd_ir(const Options *o)
{
	static Compilation c; /* lives until exit (see main) */
	if (!setup(&c, o, LLVMContextCreate()) || !driver_lower(&c, false))
		return 1;
	if (o->diff)
		return ir_diff(&c);
	if (!driver_cleanup(&c))
		return 1;
	if (strcmp(o->stage, "before") != 0) {
		if (!driver_escape(&c))
			return 1;
		if (strcmp(o->stage, "final") == 0 && !driver_optimize(&c))
			return 1;
	}
	char *text = LLVMPrintModuleToString(c.module);
	fputs(text, stdout);
	LLVMDisposeMessage(text);
	return 0;
}

/* build and ir compile only: the whole command runs on the big stack (driver.h). */
static int build_on_stack(void *o)
{
	return cmd_build(o);
}

static int ir_on_stack(void *o)
{
	return cmd_ir(o);
}

int main(int argc, char **argv)
{
	main_argv = argv;
	restore_tunables();
	if (argc >= 2 && (strcmp(argv[1], "version") == 0 || strcmp(argv[1], "--version") == 0)) {
		printf("llgo-lite %s (LLVM %d.%d)\n", LLGO_VERSION, LLVM_VERSION_MAJOR_, LLVM_VERSION_MINOR_);
		return 0;
	}
	if (argc >= 2 && (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0 ||
	                  strcmp(argv[1], "-h") == 0)) {
		fputs(usage_text, stdout);
		return 0;
	}
	/* The options and the compilation (its LLVM context, target machine and module) live until the
	 * process exits, like the compiler's arenas: static storage keeps them reachable, freeing them
	 * would only cost time at exit. */
	static Options o;
	o = parse_args(argc, argv);
	if (strcmp(o.command, "build") == 0)
		return driver_on_big_stack(build_on_stack, &o);
	if (strcmp(o.command, "run") == 0)
		return cmd_run(&o);
	if (strcmp(o.command, "ir") == 0)
		return driver_on_big_stack(ir_on_stack, &o);
	usage("unknown command %s", o.command);
}
