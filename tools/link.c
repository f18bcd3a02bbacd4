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
#include <unistd.h>

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

static bool link_exists(const char *path)
{
	return access(path, R_OK) == 0;
}

/* AArch64: a static executable (so qemu-aarch64 -L /usr/aarch64-linux-gnu runs it), linked by the
 * Debian cross compiler with the runtime built for arm64 and Boehm GC from libgc-dev:arm64. */
static bool link_aarch64(const char *object, const char *output)
{
	const char *runtime = getenv("LLGO_RUNTIME_AARCH64");
	if (!runtime || !*runtime)
		runtime = LLGO_RUNTIME_ARCHIVE_AARCH64;
	const char *gc = "/usr/lib/aarch64-linux-gnu/libgc.a";
	if (!link_exists(runtime) || !link_exists(gc)) {
		fprintf(stderr, "llgo-lite: cannot link for aarch64-linux-gnu: install the packages "
		        "gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user and libgc-dev:arm64 "
		        "(after dpkg --add-architecture arm64), then rebuild llgo-lite\n");
		return false;
	}
	char *argv[] = { "aarch64-linux-gnu-gcc", "-static", "-o", (char *)output, (char *)object,
	                 (char *)runtime, (char *)gc, "-lpthread", "-lm", NULL };
	if (link_spawn(argv) != 0) {
		fprintf(stderr, "llgo-lite: linking %s failed\n", output);
		return false;
	}
	return true;
}

bool link_executable(const char *object, const char *output, const char *triple)
{
	if (link_is_aarch64(triple))
		return link_aarch64(object, output);
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
