/*
 * pkg_fmt.c: the C hooks of the bundled fmt package (runtime/pkg/fmt/hooks.go), the part of fmt
 * that needs reflection or libc.
 *
 * An `any` reaches a hook as its two words (type descriptor, data word). The value's memory is the
 * data word itself for pointer-shaped (TDF_DIRECT) types and the box the data word points to for
 * the rest; fmt_value_ptr gives one address for both. Elements handed back to Go are `any` values
 * built over the container's own memory (an element of a slice, a field of a struct, a map slot):
 * nothing is copied, and runtime.def declares those hooks' data words as flowing to the result.
 * An element of interface type is handed back as the value it holds; when it holds nil, as
 * { interface's descriptor, nil }, so the Go side can still print "error(nil)" for %#v.
 *
 * Map entries come back sorted the way Go's internal/fmtsort sorts keys (numbers by value, NaN
 * first, strings bytewise, false before true, pointers by address, structs and arrays element by
 * element, interfaces nil first then by type then value) with a stable merge sort.
 *
 * Floats are formatted as strconv.FormatFloat does: explicit precisions through snprintf (glibc
 * rounds the exact binary value correctly, as strconv does); the shortest form by finding the
 * fewest %e digits that read back as the same float32/float64, then laying the digits out with
 * Go's rules ('g' switches to the exponent form when exp < -4 || exp >= 6 in that case);
 * %b and %x by taking the float apart.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rt_internal.h"

/* Writes all of b to fd, unbuffered as Go's os.File writes are. */
void fmt_write(int64_t fd, void *p, int64_t len, int64_t cap)
{
	(void)cap;
	const char *s = p;
	while (len > 0) {
		ssize_t w = write((int)fd, s, (size_t)len);
		if (w <= 0)
			return;
		s += w;
		len -= w;
	}
}

/* The address of the value an interface holds (its data word itself for pointer-shaped types). */
static const void *fmt_value_ptr(const TypeDesc *t, void *const *data)
{
	return (t->flags & TDF_DIRECT) ? (const void *)data : *data;
}

/* The hooks below read a value by its descriptor; hooks.go documents each one. */
int64_t fmt_kind(void *t, void *data)
{
	(void)data;
	return t == NULL ? GK_INVALID : ((const TypeDesc *)t)->kind;
}

GoString fmt_type_string(void *t, void *data)
{
	(void)data;
	return t == NULL ? (GoString){ NULL, 0 } : ((const TypeDesc *)t)->name;
}

int64_t fmt_int(void *t, void *data)
{
	const TypeDesc *td = t;
	const void *p = fmt_value_ptr(td, &data);
	switch (td->kind) {
	case GK_INT8: return *(const int8_t *)p;
	case GK_INT16: return *(const int16_t *)p;
	case GK_INT32: return *(const int32_t *)p;
	case GK_INT: case GK_INT64: return *(const int64_t *)p;
	}
	return 0;
}

int64_t fmt_uint(void *t, void *data)
{
	const TypeDesc *td = t;
	const void *p = fmt_value_ptr(td, &data);
	switch (td->kind) {
	case GK_UINT8: return *(const uint8_t *)p;
	case GK_UINT16: return *(const uint16_t *)p;
	case GK_UINT32: return *(const uint32_t *)p;
	case GK_UINT: case GK_UINT64: case GK_UINTPTR: return *(const int64_t *)p;
	}
	return 0;
}

double fmt_float(void *t, void *data)
{
	const TypeDesc *td = t;
	const void *p = fmt_value_ptr(td, &data);
	if (td->kind == GK_FLOAT32)
		return *(const float *)p;
	return td->kind == GK_FLOAT64 ? *(const double *)p : 0;
}

int32_t fmt_bool(void *t, void *data)
{
	const TypeDesc *td = t;
	return td->kind == GK_BOOL && *(const uint8_t *)fmt_value_ptr(td, &data) != 0;
}

GoString fmt_string(void *t, void *data)
{
	const TypeDesc *td = t;
	if (td->kind != GK_STRING)
		return (GoString){ NULL, 0 };
	return *(const GoString *)fmt_value_ptr(td, &data);
}

int64_t fmt_len(void *t, void *data)
{
	const TypeDesc *td = t;
	if (td == NULL)
		return 0;
	switch (td->kind) {
	case GK_ARRAY: case GK_STRUCT: return td->len;
	case GK_SLICE: return ((const GoSlice *)data)->len;
	case GK_MAP: return rt_map_len(data);
	}
	return 0;
}

int64_t fmt_elem_kind(void *t, void *data)
{
	(void)data;
	const TypeDesc *td = t;
	return td == NULL || td->elem == NULL ? GK_INVALID : td->elem->kind;
}

/* The `any` for a value of type t stored at p (see the file comment for interface elements). */
static GoEface fmt_make_any(const TypeDesc *t, void *p)
{
	if (t->kind == GK_INTERFACE) {
		const TypeDesc *dyn;
		void *d;
		if (t->len == 0) {
			dyn = ((GoEface *)p)->type;
			d = ((GoEface *)p)->data;
		} else {
			const Itab *tab = ((GoIface *)p)->itab;
			dyn = tab == NULL ? NULL : tab->type;
			d = ((GoIface *)p)->data;
		}
		return dyn == NULL ? (GoEface){ t, NULL } : (GoEface){ dyn, d };
	}
	if (t->flags & TDF_DIRECT)
		return (GoEface){ t, *(void **)p };
	return (GoEface){ t, p };
}

/* Room for n `any` values on the GC heap (they point into user memory, so it is scanned). */
static GoSpan fmt_any_array(int64_t n)
{
	GoEface *out = n > 0 ? gc_alloc(n * (int64_t)sizeof(GoEface)) : NULL;
	return (GoSpan){ out, n };
}

GoSpan fmt_elems(void *t, void *data)
{
	const TypeDesc *td = t;
	GoSpan r = { NULL, 0 };
	if (td == NULL)
		return r;
	uint8_t *base = (uint8_t *)(uintptr_t)fmt_value_ptr(td, &data);
	switch (td->kind) {
	case GK_ARRAY: case GK_SLICE: {
		int64_t n = td->kind == GK_ARRAY ? td->len : ((GoSlice *)base)->len;
		uint8_t *elems = td->kind == GK_ARRAY ? base : ((GoSlice *)base)->ptr;
		r = fmt_any_array(n);
		for (int64_t i = 0; i < n; i++)
			((GoEface *)r.ptr)[i] = fmt_make_any(td->elem, elems + i * td->elem->size);
		return r;
	}
	case GK_STRUCT:
		r = fmt_any_array(td->len);
		for (int64_t i = 0; i < td->len; i++)
			((GoEface *)r.ptr)[i] = fmt_make_any(td->fields[i].type, base + td->fields[i].offset);
		return r;
	case GK_POINTER:
		if (data == NULL)
			return r;
		r = fmt_any_array(1);
		((GoEface *)r.ptr)[0] = fmt_make_any(td->elem, data);
		return r;
	}
	return r;
}

GoString fmt_field_name(void *t, void *data, int64_t i)
{
	(void)data;
	const TypeDesc *td = t;
	if (td == NULL || td->kind != GK_STRUCT || i < 0 || i >= td->len)
		return (GoString){ NULL, 0 };
	return td->fields[i].name;
}

int64_t fmt_pointer(void *t, void *data)
{
	const TypeDesc *td = t;
	if (td == NULL)
		return 0;
	switch (td->kind) {
	case GK_POINTER: case GK_MAP: case GK_FUNC: case GK_CHAN: case GK_UNSAFEPOINTER:
		return (int64_t)(uintptr_t)data;
	case GK_SLICE:
		return (int64_t)(uintptr_t)((GoSlice *)data)->ptr;
	}
	return 0;
}

GoSpan fmt_bytes(void *t, void *data)
{
	const TypeDesc *td = t;
	if (td == NULL || td->elem == NULL || td->elem->kind != GK_UINT8)
		return (GoSpan){ NULL, 0 };
	if (td->kind == GK_SLICE)
		return (GoSpan){ ((GoSlice *)data)->ptr, ((GoSlice *)data)->len };
	if (td->kind == GK_ARRAY)
		return (GoSpan){ data, td->len };
	return (GoSpan){ NULL, 0 };
}

static int fmt_cmp_values(const TypeDesc *t, const void *a, const void *b);

/* Floats in fmtsort's order: NaN before every number, NaNs equal among themselves. */
static int fmt_cmp_num(double x, double y)
{
	if (x < y)
		return -1;
	if (x > y)
		return 1;
	if (x == y)
		return 0;
	if (x != x && y == y)
		return -1;
	return y != y && x == x ? 1 : 0;
}

#define FMT_CMP(x, y) ((x) < (y) ? -1 : (x) > (y) ? 1 : 0)

/* Strings bytewise, a prefix first. */
static int fmt_cmp_string(GoString x, GoString y)
{
	int64_t n = x.len < y.len ? x.len : y.len;
	int c = n > 0 ? memcmp(x.ptr, y.ptr, (size_t)n) : 0;
	return c != 0 ? (c < 0 ? -1 : 1) : FMT_CMP(x.len, y.len);
}

/* Interfaces: nil first, then by dynamic type (descriptor address, as fmtsort does), then value. */
static int fmt_cmp_iface(const TypeDesc *t, const void *a, const void *b)
{
	GoEface x = fmt_make_any(t, (void *)(uintptr_t)a), y = fmt_make_any(t, (void *)(uintptr_t)b);
	int xnil = x.type == t, ynil = y.type == t;
	if (xnil || ynil)
		return FMT_CMP(ynil, xnil);
	if (x.type != y.type)
		return FMT_CMP((uintptr_t)x.type, (uintptr_t)y.type);
	return fmt_cmp_values(x.type, fmt_value_ptr(x.type, &x.data), fmt_value_ptr(y.type, &y.data));
}

/* Arrays and structs element by element (field by field). */
static int fmt_cmp_aggregate(const TypeDesc *t, const uint8_t *a, const uint8_t *b)
{
	for (int64_t i = 0; i < t->len; i++) {
		const TypeDesc *et = t->kind == GK_ARRAY ? t->elem : t->fields[i].type;
		int64_t off = t->kind == GK_ARRAY ? i * et->size : t->fields[i].offset;
		int c = fmt_cmp_values(et, a + off, b + off);
		if (c != 0)
			return c;
	}
	return 0;
}

/* Compares two values of type t stored at a and b, in internal/fmtsort's order. */
static int fmt_cmp_values(const TypeDesc *t, const void *a, const void *b)
{
	switch (t->kind) {
	case GK_BOOL: return FMT_CMP(*(const uint8_t *)a, *(const uint8_t *)b);
	case GK_INT8: return FMT_CMP(*(const int8_t *)a, *(const int8_t *)b);
	case GK_INT16: return FMT_CMP(*(const int16_t *)a, *(const int16_t *)b);
	case GK_INT32: return FMT_CMP(*(const int32_t *)a, *(const int32_t *)b);
	case GK_INT: case GK_INT64: return FMT_CMP(*(const int64_t *)a, *(const int64_t *)b);
	case GK_UINT8: return FMT_CMP(*(const uint8_t *)a, *(const uint8_t *)b);
	case GK_UINT16: return FMT_CMP(*(const uint16_t *)a, *(const uint16_t *)b);
	case GK_UINT32: return FMT_CMP(*(const uint32_t *)a, *(const uint32_t *)b);
	case GK_UINT: case GK_UINT64: case GK_UINTPTR:
	case GK_POINTER: case GK_CHAN: case GK_UNSAFEPOINTER:
		return FMT_CMP(*(const uint64_t *)a, *(const uint64_t *)b);
	case GK_FLOAT32: return fmt_cmp_num(*(const float *)a, *(const float *)b);
	case GK_FLOAT64: return fmt_cmp_num(*(const double *)a, *(const double *)b);
	case GK_STRING: return fmt_cmp_string(*(const GoString *)a, *(const GoString *)b);
	case GK_ARRAY: case GK_STRUCT: return fmt_cmp_aggregate(t, a, b);
	case GK_INTERFACE: return fmt_cmp_iface(t, a, b);
	}
	return 0;
}

/* Stable merge sort of the key slots keys[0..n) (tmp has room for n). */
static void fmt_sort_keys(const TypeDesc *kt, void **keys, void **vals, void **tmp, int64_t n)
{
	if (n < 2)
		return;
	int64_t h = n / 2;
	fmt_sort_keys(kt, keys, vals, tmp, h);
	fmt_sort_keys(kt, keys + h, vals + h, tmp, n - h);
	void **tk = tmp, **tv = tmp + n;
	int64_t i = 0, j = h, k = 0;
	while (i < h || j < n) {
		int left = j >= n || (i < h && fmt_cmp_values(kt, keys[j], keys[i]) >= 0);
		int64_t s = left ? i++ : j++;
		tk[k] = keys[s];
		tv[k++] = vals[s];
	}
	memcpy(keys, tk, (size_t)n * sizeof *keys);
	memcpy(vals, tv, (size_t)n * sizeof *vals);
}

/* Collects every (key slot, value slot) pair of the map, sorts by key, and boxes them as `any`. */
GoSpan fmt_map_entries(void *t, void *data)
{
	const TypeDesc *td = t;
	int64_t n = td != NULL && td->kind == GK_MAP && data != NULL ? rt_map_len(data) : 0;
	if (n == 0)
		return (GoSpan){ NULL, 0 };
	void **slots = gc_alloc(4 * n * (int64_t)sizeof(void *));
	int64_t got = 0;
	_Alignas(16) uint8_t it[LLGO_MAP_ITER_SIZE];
	rt_map_iter_init(t, data, it);
	while (got < n && rt_map_iter_next(it)) {
		slots[got] = rt_map_iter_key(it);
		slots[n + got] = rt_map_iter_val(it);
		got++;
	}
	fmt_sort_keys(td->key, slots, slots + n, slots + 2 * n, got);
	GoSpan r = fmt_any_array(2 * got);
	for (int64_t i = 0; i < got; i++) {
		((GoEface *)r.ptr)[2 * i] = fmt_make_any(td->key, slots[i]);
		((GoEface *)r.ptr)[2 * i + 1] = fmt_make_any(td->elem, slots[n + i]);
	}
	return r;
}

/* Decimal digits of a float: d[0..nd) with the decimal point after dp digits (value 0.d * 10^dp). */
typedef struct FmtDigits {
	char d[40];
	int nd;
	int dp;
} FmtDigits;

/* The shortest digits of v (> 0, finite) that read back as the same float of `bits` bits. */
static void fmt_shortest(double v, int bits, FmtDigits *out)
{
	char buf[64];
	for (int p = 1; p <= 17; p++) {
		snprintf(buf, sizeof buf, "%.*e", p - 1, v);
		if (bits == 32 ? strtof(buf, NULL) == (float)v : strtod(buf, NULL) == v)
			break;
	}
	int nd = 0;
	char *c = buf;
	for (; *c != 'e'; c++)
		if (*c >= '0' && *c <= '9')
			out->d[nd++] = *c;
	while (nd > 1 && out->d[nd - 1] == '0')
		nd--;
	out->nd = nd;
	out->dp = atoi(c + 1) + 1;
}

/* Writes Go's exponent: e, sign, at least two digits. */
static int fmt_put_exp(char *o, int exp, char e)
{
	return sprintf(o, "%c%c%02d", e, exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

/* %e with prec digits after the point, from shortest digits. */
static int fmt_digits_e(char *o, const FmtDigits *g, int prec, char e)
{
	int n = 0;
	o[n++] = g->nd == 0 ? '0' : g->d[0];
	if (prec > 0) {
		o[n++] = '.';
		for (int i = 1; i <= prec; i++)
			o[n++] = i < g->nd ? g->d[i] : '0';
	}
	return n + fmt_put_exp(o + n, g->nd == 0 ? 0 : g->dp - 1, e);
}

/* %f with prec digits after the point, from shortest digits. */
static int fmt_digits_f(char *o, const FmtDigits *g, int prec)
{
	int n = 0;
	if (g->dp > 0) {
		for (int i = 0; i < g->dp; i++)
			o[n++] = i < g->nd ? g->d[i] : '0';
	} else {
		o[n++] = '0';
	}
	if (prec > 0) {
		o[n++] = '.';
		for (int i = 1; i <= prec; i++) {
			int j = g->dp + i - 1;
			o[n++] = j >= 0 && j < g->nd ? g->d[j] : '0';
		}
	}
	o[n] = '\0';
	return n;
}

/* %e, %f or %g with the shortest digits ('g' uses the exponent when exp < -4 || exp >= 6). */
static int fmt_float_shortest(char *o, double v, int verb, int bits)
{
	FmtDigits g = { .nd = 0, .dp = 0 };
	if (v != 0)
		fmt_shortest(v, bits, &g);
	int eprec = verb == 'e' || verb == 'E' ? -1 : 6;
	char e = verb == 'E' || verb == 'G' ? 'E' : 'e';
	int exp = g.dp - 1;
	if (verb == 'e' || verb == 'E' || ((verb == 'g' || verb == 'G') && (exp < -4 || exp >= eprec)))
		return fmt_digits_e(o, &g, g.nd > 0 ? g.nd - 1 : 0, e);
	return fmt_digits_f(o, &g, g.nd - g.dp > 0 ? g.nd - g.dp : 0);
}

/* %b: decimal mantissa, binary exponent ("4503599627370496p-52"). */
static int fmt_float_b(char *o, double v, int bits)
{
	uint64_t mant;
	int exp;
	if (bits == 32) {
		float f = (float)v;
		uint32_t u;
		memcpy(&u, &f, sizeof u);
		mant = u & 0x7FFFFF;
		exp = (int)(u >> 23) & 0xFF;
		mant |= exp == 0 ? 0 : (uint64_t)1 << 23;
		exp = (exp == 0 ? 1 : exp) - 127 - 23;
	} else {
		uint64_t u;
		memcpy(&u, &v, sizeof u);
		mant = u & (((uint64_t)1 << 52) - 1);
		exp = (int)(u >> 52) & 0x7FF;
		mant |= exp == 0 ? 0 : (uint64_t)1 << 52;
		exp = (exp == 0 ? 1 : exp) - 1023 - 52;
	}
	return sprintf(o, "%llup%s%d", (unsigned long long)mant, exp >= 0 ? "+" : "", exp);
}

/* %x: 0x1.8p+01, the mantissa's leading 1 then hex digits (all of them when prec < 0). */
static int fmt_float_x(char *o, double v, int verb, int prec)
{
	const char *hex = verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	uint64_t mant = 0;
	int exp = 0, n = 0;
	if (v != 0) {
		int e;
		mant = (uint64_t)ldexp(frexp(v, &e), 61);
		exp = e - 1;
	}
	if (prec >= 0 && prec < 15) {
		unsigned shift = (unsigned)prec * 4;
		uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
		mant >>= 60 - shift;
		if ((extra | (mant & 1)) > ((uint64_t)1 << 59))
			mant++;
		mant <<= 60 - shift;
		if (mant & ((uint64_t)1 << 61)) {
			mant >>= 1;
			exp++;
		}
	}
	n += sprintf(o, "0%c%c", verb, (char)('0' + ((mant >> 60) & 1)));
	mant <<= 4;
	if ((prec < 0 && mant != 0) || prec > 0) {
		o[n++] = '.';
		for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++, mant <<= 4)
			o[n++] = hex[(mant >> 60) & 15];
	}
	return n + sprintf(o + n, "%c%c%02d", verb == 'X' ? 'P' : 'p', exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

/* strconv.FormatFloat's result in fresh GC memory; NaN and infinities spelled as Go spells them. */
GoString fmt_format_float(double v, int64_t verb, int64_t prec, int64_t bits)
{
	char buf[1400];
	char *o = buf;
	int n = 0;
	if (bits == 32)
		v = (float)v;
	if (v != v)
		return rt_string_from_cstr("NaN");
	if (isinf(v))
		return rt_string_from_cstr(v > 0 ? "+Inf" : "-Inf");
	if (signbit(v)) {
		*o++ = '-';
		v = -v;
	}
	if (prec > 1000)
		prec = 1000;
	if (verb == 'b')
		n = fmt_float_b(o, v, (int)bits);
	else if (verb == 'x' || verb == 'X')
		n = fmt_float_x(o, v, (int)verb, (int)prec);
	else if (prec < 0)
		n = fmt_float_shortest(o, v, (int)verb, (int)bits);
	else if (verb == 'e' || verb == 'E' || verb == 'f' || verb == 'g' || verb == 'G')
		n = snprintf(o, sizeof buf - 1, (char[]){ '%', '.', '*', (char)verb, 0 }, (int)prec, v);
	else
		n = snprintf(o, sizeof buf - 1, "%%%c", (int)verb);
	n += (int)(o - buf);
	uint8_t *s = gc_alloc_noscan(n);
	memcpy(s, buf, (size_t)n);
	return (GoString){ s, n };
}
