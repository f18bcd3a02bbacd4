/*
 * pkg_runtime.c: the C hooks of the bundled package runtime (runtime/pkg/runtime/runtime.go):
 * a full collection for runtime.GC, the architecture this runtime was compiled for (the same C
 * source is built for each target, so the answer follows the executable), the CPU count, and
 * KeepAlive's anchor.
 */
#include <stdio.h>
#include <unistd.h>
#include <gc.h>

#include "rt_internal.h"

void runtime_gc(void)
{
	GC_gcollect();
	GC_invoke_finalizers();
}

/* Boehm's finalizer callback: cd is the Go func value (a closure whose code takes the closure, then
 * the object pointer). */
static void runtime_run_finalizer(void *obj, void *cd)
{
	const GoClosure *fn = cd;
	((void (*)(const void *, void *))fn->fn)(fn, obj);
}

/* Registers (or, for a nil finalizer, removes) obj's finalizer. Finalizers run only from
 * runtime_gc, never in the middle of an allocation, so Go code never re-enters itself. A nil or
 * non-pointer obj is Go's fatal error; a pointer that is not the start of a heap object (Go throws
 * there too) is ignored, since the escape pass may legitimately have placed small objects on the
 * stack only when they do not reach SetFinalizer, which marks obj as escaping. */
void runtime_setfinalizer(void *otype, void *obj, void *ftype, void *fn)
{
	const TypeDesc *t = otype;
	(void)ftype;
	if (t == NULL)
		rt_fatal("runtime.SetFinalizer: first argument is nil");
	if (t->kind != GK_POINTER) {
		char msg[256];
		snprintf(msg, sizeof msg, "runtime.SetFinalizer: first argument is %.*s, not pointer",
			(int)t->name.len, (const char *)t->name.ptr);
		rt_fatal(msg);
	}
	if (obj == NULL || GC_base(obj) != obj)
		return;
	GC_set_finalize_on_demand(1);
	GC_register_finalizer(obj, fn != NULL ? runtime_run_finalizer : NULL, fn, NULL, NULL);
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
