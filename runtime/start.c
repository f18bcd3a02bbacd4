/*
 * start.c: program start (rt_run_main) and the fault handler that turns SIGSEGV into Go's behaviour.
 *
 * Go's goroutine stacks grow to 1 GB, so deep recursion that works in Go must work here: init and main
 * run on a thread with a 1 GB reserved stack (the kernel commits pages only when touched) below a
 * guard area, created through Boehm's pthread_create wrapper (GC_THREADS) so the collector scans it.
 *
 * A fault is classified by its address: near the guard area it is a stack overflow, reported as Go's
 * fatal error (exit 2) from the alternate signal stack; anything else is a nil dereference, which Go
 * turns into a recoverable panic. We do the same by rewriting the interrupted context so that the
 * thread "calls" rt_panic_nil from the faulting instruction when the handler returns (as Go's
 * sigpanic injection does); deferred calls then run on the main stack and may recover.
 */
#define GC_THREADS
#include <gc.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#include "rt_internal.h"

enum { RT_MAIN_STACK = 1 << 30, RT_GUARD = 1 << 16, RT_ALTSTACK = 1 << 16 };

typedef struct RtStart {
	void (*init)(void);
	void (*main)(void);
} RtStart;

static uintptr_t rt_stack_lo, rt_stack_hi;
RtSigInfo rt_last_signal;
int32_t rt_argc;
char **rt_argv;

static int rt_is_overflow(uintptr_t addr)
{
	return rt_stack_lo != 0 && addr < rt_stack_lo + 4096 && addr + (1u << 26) >= rt_stack_lo;
}

_Noreturn static void rt_stack_overflow(void)
{
	static const char msg[] = "runtime: goroutine stack exceeds 1000000000-byte limit\n"
		"fatal error: stack overflow\n\ngoroutine 1 [running]:\n";
	ssize_t w = write(2, msg, sizeof msg - 1);
	(void)w;
	_exit(2);
}

_Noreturn static void rt_fault_exit(uintptr_t addr, uintptr_t pc)
{
	char buf[200];
	int n = snprintf(buf, sizeof buf, "panic: runtime error: invalid memory address or nil pointer "
		"dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x%lx pc=0x%lx]\n\n"
		"goroutine 1 [running]:\n", (unsigned long)addr, (unsigned long)pc);
	ssize_t w = write(2, buf, (size_t)n);
	(void)w;
	_exit(2);
}

/* Makes the interrupted thread resume in rt_panic_nil as if the faulting instruction called it. */
static int rt_inject_panic(ucontext_t *uc)
{
#if defined(__x86_64__)
	greg_t *r = uc->uc_mcontext.gregs;
	uintptr_t sp = ((uintptr_t)r[REG_RSP] & ~(uintptr_t)15) - 8;
	*(uintptr_t *)sp = (uintptr_t)r[REG_RIP] + 1;
	r[REG_RSP] = (greg_t)sp;
	r[REG_RIP] = (greg_t)(uintptr_t)rt_panic_nil;
	return 1;
#elif defined(__aarch64__)
	uc->uc_mcontext.regs[30] = uc->uc_mcontext.pc + 4;
	uc->uc_mcontext.pc = (uint64_t)(uintptr_t)rt_panic_nil;
	return 1;
#else
	(void)uc;
	return 0;
#endif
}

/* The interrupted stack pointer and pc. */
static void rt_fault_context(ucontext_t *uc, uintptr_t *sp, uintptr_t *pc)
{
#if defined(__x86_64__)
	*sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
	*pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
	*sp = (uintptr_t)uc->uc_mcontext.sp;
	*pc = (uintptr_t)uc->uc_mcontext.pc;
#else
	(void)uc;
	*sp = *pc = 0;
#endif
}

static void rt_on_fault(int sig, siginfo_t *si, void *ctx)
{
	uintptr_t addr = (uintptr_t)si->si_addr, sp, pc;
	rt_fault_context(ctx, &sp, &pc);
	if (rt_is_overflow(addr) || (rt_stack_lo != 0 && sp >= rt_stack_lo - RT_GUARD && sp < rt_stack_lo + 256))
		rt_stack_overflow();
	/* a fault on the main goroutine's stack becomes a recoverable panic; anywhere else it is fatal */
	int on_main = sp >= rt_stack_lo && sp < rt_stack_hi;
	if (on_main) {
		rt_last_signal = (RtSigInfo){ sig, si->si_code, addr, pc };
		if (rt_inject_panic(ctx))
			return;
	}
	rt_fault_exit(addr, pc);
}

/* The main thread's alternate signal stack, and whatever stack the thread had before (a sanitizer
 * runtime installs its own in every thread and unmaps it when the thread ends, so in the JIT we must
 * give it back before the thread returns). */
static stack_t rt_altstack, rt_prev_altstack;

static void rt_install_altstack(void)
{
	rt_altstack.ss_sp = malloc(RT_ALTSTACK);
	rt_altstack.ss_size = RT_ALTSTACK;
	rt_altstack.ss_flags = 0;
	if (rt_altstack.ss_sp != NULL && sigaltstack(&rt_altstack, &rt_prev_altstack) != 0) {
		free(rt_altstack.ss_sp);
		rt_altstack.ss_sp = NULL;
	}
}

static void rt_remove_altstack(void)
{
	if (rt_altstack.ss_sp == NULL)
		return;
	sigaltstack(&rt_prev_altstack, NULL);
	free(rt_altstack.ss_sp);
	rt_altstack.ss_sp = NULL;
}

static void rt_install_fault_handler(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = rt_on_fault;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
}

static void rt_record_stack(void)
{
	pthread_attr_t attr;
	void *addr;
	size_t size;
	if (pthread_getattr_np(pthread_self(), &attr) != 0)
		return;
	if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
		rt_stack_lo = (uintptr_t)addr;
		rt_stack_hi = (uintptr_t)addr + size;
	}
	pthread_attr_destroy(&attr);
}

static void *rt_main_thread(void *arg)
{
	RtStart *s = arg;
	rt_record_stack();
	rt_install_altstack();
	if (s->init != NULL)
		s->init();
	s->main();
	rt_remove_altstack();
	return NULL;
}

/* The process's first thread only waits for the program's thread: it waits in the collector's
 * "blocking" state, so a collection does not signal it and wait for its acknowledgement. */
static void *rt_join_blocked(void *arg)
{
	pthread_join(*(pthread_t *)arg, NULL);
	return NULL;
}

int32_t rt_run_main(void *init, void *mainfn, int32_t argc, void *argv)
{
	rt_gc_init();
	rt_argc = argc;
	rt_argv = argv;
	rt_install_fault_handler();
	static RtStart start;
	start.init = (void (*)(void))init;
	start.main = (void (*)(void))mainfn;
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, RT_MAIN_STACK);
	pthread_attr_setguardsize(&attr, RT_GUARD);
	pthread_t th;
	int err = pthread_create(&th, &attr, rt_main_thread, &start);
	if (err != 0) {
		pthread_attr_setstacksize(&attr, RT_MAIN_STACK / 8);
		err = pthread_create(&th, &attr, rt_main_thread, &start);
	}
	pthread_attr_destroy(&attr);
	if (err != 0)
		rt_fatal("cannot create the main thread");
	GC_do_blocking(rt_join_blocked, &th);
	rt_print_flush();
	return 0;
}
