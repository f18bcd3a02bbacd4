/*
 * error.c: runtime errors as Go error values, and printing a panic's value the way Go 1.19 does.
 *
 * Every runtime error (index out of range, nil dereference, divide by zero, failed conversions...) is
 * panicked as a value of the named type `runtime.Error` whose data word points to its message; its
 * method set holds `Error() string` and `RuntimeError()`, so recover() followed by err.Error() or an interface assertion
 * to `error` works through the ordinary itab machinery. Messages follow runtime/error.go: most carry
 * the "runtime error: " prefix; "plain" ones (nil-map assignment, interface conversion) do not.
 *
 * Printing a panic value follows preprintpanics/printany/printanycustomtype: Error() then String()
 * methods win; unnamed basic values print as print() would; named basic types print as `main.T(v)`;
 * anything else as `(main.T) 0xADDR`.
 */
#include <stdio.h>
#include <string.h>

#include "rt_internal.h"

static GoString rt_error_Error(void *data)
{
	return *(GoString *)data;
}

/* The marker method of Go's runtime.Error interface: `r.(runtime.Error)` holds for every runtime
 * error a program recovers. */
static void rt_error_RuntimeError(void *data)
{
	(void)data;
}

static const MethodDesc rt_error_methods[] = {   /* sorted by name, as the compiler sorts them */
	{ { (const uint8_t *)"Error", 5 }, { (const uint8_t *)"() string", 9 }, (void *)rt_error_Error },
	{ { (const uint8_t *)"RuntimeError", 12 }, { (const uint8_t *)"()", 2 }, (void *)rt_error_RuntimeError },
};

const TypeDesc rt_error_type = {
	.kind = GK_STRING, .align = 8, .flags = TDF_NAMED | TDF_HASPTR | TDF_COMPARABLE,
	.nmethods = 2, .size = 16, .name = { (const uint8_t *)"runtime.Error", 13 },
	.methods = rt_error_methods,
};

_Noreturn void rt_panic_error_str(GoString msg, int plain)
{
	GoString *box = gc_alloc(sizeof *box);
	*box = plain ? msg : rt_string_concat3(rt_string_from_cstr("runtime error: "), msg, (GoString){ 0, 0 });
	rt_panic((void *)&rt_error_type, box);
	__builtin_unreachable();
}

_Noreturn void rt_panic_error_cstr(const char *msg, int plain)
{
	rt_panic_error_str(rt_string_from_cstr(msg), plain);
}

static const char *const rt_bounds_fmts[] = {
	"index out of range [%x] with length %y",
	"slice bounds out of range [:%x] with length %y",
	"slice bounds out of range [:%x] with capacity %y",
	"slice bounds out of range [%x:%y]",
	"slice bounds out of range [::%x] with length %y",
	"slice bounds out of range [::%x] with capacity %y",
	"slice bounds out of range [:%x:%y]",
	"slice bounds out of range [%x:%y:]",
	"cannot convert slice with length %y to pointer to array with length %x",
};

static const char *const rt_bounds_neg_fmts[] = {
	"index out of range [%x]",
	"slice bounds out of range [:%x]",
	"slice bounds out of range [:%x]",
	"slice bounds out of range [%x:]",
	"slice bounds out of range [::%x]",
	"slice bounds out of range [::%x]",
	"slice bounds out of range [:%x:]",
	"slice bounds out of range [%x::]",
	"cannot convert slice with length %y to pointer to array with length %x",
};

void rt_panic_bounds(int32_t code, int64_t x, int64_t y)
{
	if (code < 0 || code > 8)
		code = 0;
	const char *fmt = x < 0 ? rt_bounds_neg_fmts[code] : rt_bounds_fmts[code];
	char buf[160];
	size_t n = 0;
	for (const char *c = fmt; *c != '\0' && n < sizeof buf - 24; c++) {
		if (*c != '%') {
			buf[n++] = *c;
			continue;
		}
		c++;
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%lld", (long long)(*c == 'x' ? x : y));
	}
	buf[n] = '\0';
	GoString msg = rt_string_concat3(rt_string_from_cstr(buf), (GoString){ 0, 0 }, (GoString){ 0, 0 });
	rt_panic_error_str(msg, 0);
}

void rt_panic_divide(void)
{
	rt_panic_error_cstr("integer divide by zero", 0);
}

void rt_panic_nil(void)
{
	rt_panic_error_cstr("invalid memory address or nil pointer dereference", 0);
}

void rt_panic_nilmap(void)
{
	rt_panic_error_cstr("assignment to entry in nil map", 1);
}

/* *T's method-table entry for value method T.m, called with a nil pointer (Go's panicwrap): the
 * message, "value method main.T.m called using nil *T pointer", comes from the compiler. */
void rt_panic_wrap(void *msg, int64_t len)
{
	rt_panic_error_str((GoString){ msg, len }, 1);
}

void rt_panic_shift(void)
{
	rt_panic_error_cstr("negative shift amount", 0);
}

void rt_panic_makeslice(int32_t which)
{
	rt_panic_error_cstr(which == 0 ? "makeslice: len out of range" : "makeslice: cap out of range", 0);
}

void rt_panic_unhashable(void *t)
{
	const TypeDesc *td = t;
	rt_panic_error_str(rt_string_concat3(rt_string_from_cstr("hash of unhashable type "), td->name,
		(GoString){ 0, 0 }), 0);
}

/* The method `name` with signature "() string" in t's method set, or null. */
static void *rt_string_method(const TypeDesc *t, const char *name)
{
	size_t n = strlen(name);
	for (uint32_t i = 0; i < t->nmethods; i++) {
		const MethodDesc *m = &t->methods[i];
		if (m->name.len == (int64_t)n && memcmp(m->name.ptr, name, n) == 0 && m->sig.len == 9 &&
			memcmp(m->sig.ptr, "() string", 9) == 0)
			return m->fn;
	}
	return NULL;
}

static void rt_print_complex(double re, double im)
{
	rt_print_cstr("(");
	rt_print_float(re);
	rt_print_float(im);
	rt_print_cstr("i)");
}

/* Prints a basic-kind value as print() would; returns 0 for non-basic kinds. */
static int rt_print_basic(const TypeDesc *t, const void *p)
{
	switch ((int)t->kind) {
	case GK_BOOL: rt_print_bool(*(const uint8_t *)p); return 1;
	case GK_INT: case GK_INT64: rt_print_int(*(const int64_t *)p); return 1;
	case GK_INT8: rt_print_int(*(const int8_t *)p); return 1;
	case GK_INT16: rt_print_int(*(const int16_t *)p); return 1;
	case GK_INT32: rt_print_int(*(const int32_t *)p); return 1;
	case GK_UINT: case GK_UINT64: case GK_UINTPTR: rt_print_uint(*(const int64_t *)p); return 1;
	case GK_UINT8: rt_print_uint(*(const uint8_t *)p); return 1;
	case GK_UINT16: rt_print_uint(*(const uint16_t *)p); return 1;
	case GK_UINT32: rt_print_uint(*(const uint32_t *)p); return 1;
	case GK_FLOAT32: rt_print_float(*(const float *)p); return 1;
	case GK_FLOAT64: rt_print_float(*(const double *)p); return 1;
	case GK_COMPLEX64: rt_print_complex(((const float *)p)[0], ((const float *)p)[1]); return 1;
	case GK_COMPLEX128: rt_print_complex(((const double *)p)[0], ((const double *)p)[1]); return 1;
	case GK_STRING: rt_print_gostring(*(const GoString *)p); return 1;
	case GK_INVALID: case GK_ARRAY: case GK_CHAN: case GK_FUNC: case GK_INTERFACE:
	case GK_MAP: case GK_POINTER: case GK_SLICE: case GK_STRUCT: case GK_UNSAFEPOINTER:
		break;
	}
	return 0;
}

static void rt_print_named_basic(const TypeDesc *t, void *data)
{
	rt_print_gostring(t->name);
	if (t->kind == GK_STRING) {
		rt_print_cstr("(\"");
		rt_print_gostring(*(const GoString *)data);
		rt_print_cstr("\")");
		return;
	}
	int complex = t->kind == GK_COMPLEX64 || t->kind == GK_COMPLEX128;
	if (!complex)
		rt_print_cstr("(");
	rt_print_basic(t, data);
	if (!complex)
		rt_print_cstr(")");
}

void rt_print_panic_value(const TypeDesc *t, void *data)
{
	if (t == NULL) {
		rt_print_cstr("nil");
		return;
	}
	void *fn = rt_string_method(t, "Error");
	if (fn == NULL)
		fn = rt_string_method(t, "String");
	if (fn != NULL) {
		GoString (*m)(void *) = (GoString (*)(void *))fn;
		rt_print_gostring(m(data));
		return;
	}
	if (t->flags & TDF_DIRECT) {
		rt_print_cstr("(");
		rt_print_gostring(t->name);
		rt_print_cstr(") ");
		rt_print_pointer(data);
		return;
	}
	if (!(t->flags & TDF_NAMED) && rt_print_basic(t, data))
		return;
	if ((t->flags & TDF_NAMED) && t->kind >= GK_BOOL && (t->kind <= GK_COMPLEX128 || t->kind == GK_STRING)) {
		rt_print_named_basic(t, data);
		return;
	}
	rt_print_cstr("(");
	rt_print_gostring(t->name);
	rt_print_cstr(") ");
	rt_print_pointer(data);
}
