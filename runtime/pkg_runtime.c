/*
 * pkg_runtime.c: the C hooks of the bundled package runtime (runtime/pkg/runtime/runtime.go):
 * a full collection for runtime.GC, the architecture this runtime was compiled for (the same C
 * source is built for each target, so the answer follows the executable), the CPU count, and
 * KeepAlive's anchor.
 */
#include <unistd.h>
#include <gc.h>

#include "rt_internal.h"

void runtime_gc(void)
{
	GC_gcollect();
}

GoString runtime_goarch(void)
{
#if defined(__aarch64__)
	return rt_string_from_cstr("arm64");
#else
	return rt_string_from_cstr("amd64");
#endif
}

int64_t runtime_numcpu(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? n : 1;
}

/* KeepAlive: the pointer is an argument of this (external, so never removed) call, which keeps it
 * live in the caller up to the call; the collector scans stacks and registers conservatively. As in
 * Go, the argument does not escape ('n' in runtime.def). */
void runtime_keepalive(void *type, void *data)
{
	(void)type;
	__asm__ volatile("" : : "r"(data) : "memory");
}
