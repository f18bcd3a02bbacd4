/*
 * link.c: links an object file with the llgo-lite runtime and Boehm GC into an executable, using the
 * system C compiler driver as the linker (it knows the C library's start files). The runtime archive's
 * path is fixed at build time (LLGO_RUNTIME_ARCHIVE); LLGO_RUNTIME may override it.
 */
#include "driver.h"

#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

extern char **environ;

static int link_spawn(char *const argv[])
{
	pid_t pid;
	int err = posix_spawnp(&pid, argv[0], NULL, NULL, argv, environ);
	if (err != 0) {
		fprintf(stderr, "llgo-lite: cannot run %s: %s\n", argv[0], strerror(err));
		return -1;
	}
	int status;
	if (waitpid(pid, &status, 0) < 0)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static bool link_is_aarch64(const char *triple)
{
	return triple && strncmp(triple, "aarch64", 7) == 0;
}

bool link_executable(const char *object, const char *output, const char *triple)
{
	if (link_is_aarch64(triple)) {
		fprintf(stderr, "llgo-lite: linking for %s is not supported yet; use --emit=obj\n", triple);
		return false;
	}
	const char *runtime = getenv("LLGO_RUNTIME");
	if (!runtime || !*runtime)
		runtime = LLGO_RUNTIME_ARCHIVE;
	const char *cc = getenv("CC");
	if (!cc || !*cc)
		cc = "cc";
	char *argv[] = { (char *)cc, "-o", (char *)output, (char *)object, (char *)runtime,
	                 "-lgc", "-lpthread", "-lm", "-ldl", NULL };
	int status = link_spawn(argv);
	if (status != 0) {
		fprintf(stderr, "llgo-lite: linking %s failed\n", output);
		return false;
	}
	return true;
}
