/*
 * panic.c: panic, defer and recover (abi.h "Defer frames"), runtime errors, and panic printing.
 *
 * A function with `defer` owns a DeferFrame on its stack: a jmp_buf at offset 0 (the generated code
 * calls _setjmp on it), then the frame link and the list of deferred closures (RtFrame below). Frames
 * form a stack through rt_top. rt_panic runs deferred closures from the top frame down, removing each
 * before calling it; when one recovers, rt_panic longjmps into that frame's function, which calls
 * rt_defer_return to run its remaining defers and returns normally.
 *
 * Panic records live in rt_panic's own C frame, so the stack address orders them against defer
 * frames (stacks grow down on both targets): recovering into frame F discards every panic whose
 * record lies below F (the recovered one and the panics it aborted), as Go does. When no frame is
 * left, the chain is printed as Go's printpanics does ("panic: a [recovered]\n\tpanic: b") and the
 * process exits with status 2.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rt_internal.h"

typedef struct RtDefer {
	GoClosure *closure;
	struct RtDefer *next;
} RtDefer;

enum { RT_FRAME_LINK_OFFSET = 384 };

typedef struct RtFrame {
	uint8_t jmpbuf[RT_FRAME_LINK_OFFSET];
	struct RtFrame *prev;
	RtDefer *defers;
	int64_t depth;          /* rt_exit_depth when the frame was pushed */
} RtFrame;

_Static_assert(sizeof(jmp_buf) <= RT_FRAME_LINK_OFFSET, "jmp_buf does not fit the defer frame");
_Static_assert(sizeof(RtFrame) <= LLGO_DEFER_FRAME_SIZE, "defer frame too large");

typedef struct RtPanic {
	const TypeDesc *type;
	void *data;
	int recovered;
	int64_t depth;          /* rt_exit_depth while this panic runs a deferred call */
	struct RtPanic *link;
} RtPanic;

static RtFrame *rt_top;
static RtPanic *rt_panicking;
/* How many deferred calls run by normal function exits (rt_defer_return) are active. recover()
 * answers only when it equals the current panic's depth: a deferred call that a panic runs may
 * recover, but one run by the normal return of a function called during the panic may not (Go's
 * rule that recover must be called by a deferred function the panic itself invoked). */
static int64_t rt_exit_depth;

/* The function a deferred call is calling, as far as the calls made so far tell: the closure's code
 * when a deferred call starts, then each wrapper on the way (a defer thunk, a func value's wrapper,
 * a method table's entry) hands it on to the function it calls (rt_defer_forward). A function that
 * calls recover() asks at its entry whether it is that function (rt_defer_direct): Go's rule that
 * recover answers only in a function a deferred call calls directly, not in one that function calls. */
static void *rt_defer_callee;

static void rt_call_closure(GoClosure *c)
{
	void (*fn)(void *) = (void (*)(void *))c->fn;
	rt_defer_callee = c->fn;
	fn(c);
}

void rt_defer_forward(void *self, void *target)
{
	if (rt_defer_callee == self)
		rt_defer_callee = target;
}

int32_t rt_defer_direct(void *self)
{
	if (rt_defer_callee != self)
		return 0;
	rt_defer_callee = NULL;
	return 1;
}

void rt_defer_push(void *frame)
{
	RtFrame *f = frame;
	f->prev = rt_top;
	f->defers = NULL;
	f->depth = rt_exit_depth;
	rt_top = f;
}

void rt_defer_add(void *frame, void *closure)
{
	RtFrame *f = frame;
	RtDefer *d = gc_alloc(sizeof *d);
	d->closure = closure;
	d->next = f->defers;
	f->defers = d;
}

void rt_defer_return(void *frame)
{
	RtFrame *f = frame;
	while (f->defers != NULL) {
		RtDefer *d = f->defers;
		f->defers = d->next;
		rt_exit_depth++;
		rt_call_closure(d->closure);
		rt_exit_depth--;
	}
	rt_top = f->prev;
}

GoEface rt_recover(int32_t direct)
{
	RtPanic *p = rt_panicking;
	if (!direct || p == NULL || p->recovered || p->depth != rt_exit_depth)
		return (GoEface){ NULL, NULL };
	p->recovered = 1;
	return (GoEface){ p->type, p->data };
}

/* `defer recover()`: recover is then the deferred call itself, run by the exit of the function F
 * that deferred it, so it answers as a recover() in F's body would: only when F was called directly
 * by a deferred call (`direct`, F's rt_defer_direct) that the panic runs (F's exit counted one more
 * exit depth). Run by the panic itself, it is a no-op: Go's "too early". */
void rt_recover_deferred(int32_t direct)
{
	RtPanic *p = rt_panicking;
	if (direct && p != NULL && !p->recovered && p->depth == rt_exit_depth - 1)
		p->recovered = 1;
}

static void rt_print_panics(RtPanic *p)
{
	if (p->link != NULL) {
		rt_print_panics(p->link);
		rt_print_cstr("\t");
	}
	rt_print_cstr("panic: ");
	rt_print_panic_value(p->type, p->data);
	if (p->recovered)
		rt_print_cstr(" [recovered]");
	rt_print_cstr("\n");
}

_Noreturn static void rt_die_panicking(void)
{
	rt_print_flush();
	rt_print_panics(rt_panicking);
	if (rt_last_signal.sig != 0) {
		rt_print_cstr(rt_last_signal.sig == SIGBUS ? "[signal SIGBUS: bus error code=" :
			"[signal SIGSEGV: segmentation violation code=");
		rt_print_hex((uint64_t)rt_last_signal.code);
		rt_print_cstr(" addr=");
		rt_print_hex(rt_last_signal.addr);
		rt_print_cstr(" pc=");
		rt_print_hex(rt_last_signal.pc);
		rt_print_cstr("]\n");
	}
	rt_print_cstr("\ngoroutine 1 [running]:\nmain.main()\n\t?:0\n");
	_exit(2);
}

_Noreturn static void rt_recovered_into(RtFrame *f)
{
	RtPanic *q = rt_panicking;
	while (q != NULL && (uintptr_t)q < (uintptr_t)f)
		q = q->link;
	rt_panicking = q;
	rt_top = f;
	rt_exit_depth = f->depth;
	rt_last_signal.sig = 0; /* a recovered fault is not reported with a later panic */
	longjmp(*(jmp_buf *)(void *)f->jmpbuf, 1);
}

void rt_panic(void *type, void *data)
{
	RtPanic p = { type, data, 0, rt_exit_depth, rt_panicking };
	rt_panicking = &p;
	for (;;) {
		RtFrame *f = rt_top;
		if (f == NULL)
			rt_die_panicking();
		RtDefer *d = f->defers;
		if (d == NULL) {
			rt_top = f->prev;
			continue;
		}
		f->defers = d->next;
		rt_call_closure(d->closure);
		if (p.recovered)
			rt_recovered_into(f);
	}
}

_Noreturn void rt_fatal(const char *msg)
{
	rt_print_flush();
	rt_print_cstr("fatal error: ");
	rt_print_cstr(msg);
	rt_print_cstr("\n\ngoroutine 1 [running]:\n");
	_exit(2);
}
