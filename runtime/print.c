/*
 * print.c: the print/println builtins, in the exact formats of Go's runtime print (runtime/print.go).
 *
 * Everything goes to file descriptor 2 unbuffered, as Go's gwrite does, so output interleaves with
 * stdout the same way Go's does when both are redirected to one file. Floats use Go's fixed
 * seven-digit exponent form (+1.500000e+000); pointers are hex with a 0x prefix.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "rt_internal.h"

static void rt_write(const void *p, size_t n)
{
	const char *s = p;
	while (n > 0) {
		ssize_t w = write(2, s, n);
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

void rt_print_flush(void)
{
	fflush(stdout);
	fflush(stderr);
}

void rt_print_cstr(const char *s)
{
	rt_write(s, strlen(s));
}

void rt_print_gostring(GoString s)
{
	rt_write(s.ptr, (size_t)s.len);
}

void rt_print_hex(uint64_t v)
{
	static const char dig[] = "0123456789abcdef";
	char buf[24];
	int i = (int)sizeof buf;
	do {
		buf[--i] = dig[v % 16];
		v /= 16;
	} while (v != 0);
	buf[--i] = 'x';
	buf[--i] = '0';
	rt_write(buf + i, sizeof buf - (size_t)i);
}

void rt_print_bool(int32_t v)
{
	rt_print_cstr(v ? "true" : "false");
}

void rt_print_int(int64_t v)
{
	char buf[32];
	int n = snprintf(buf, sizeof buf, "%lld", (long long)v);
	rt_write(buf, (size_t)n);
}

void rt_print_uint(int64_t v)
{
	char buf[32];
	int n = snprintf(buf, sizeof buf, "%llu", (unsigned long long)(uint64_t)v);
	rt_write(buf, (size_t)n);
}

/* Normalises v (> 0) to [1, 10) and rounds it to 7 digits, as Go's printfloat does. */
static double rt_float_normalise(double v, int *exp)
{
	int e = 0;
	while (v >= 10) {
		e++;
		v /= 10;
	}
	while (v < 1) {
		e--;
		v *= 10;
	}
	double h = 5.0;
	for (int i = 0; i < 7; i++)
		h /= 10;
	v += h;
	if (v >= 10) {
		e++;
		v /= 10;
	}
	*exp = e;
	return v;
}

void rt_print_float(double v)
{
	if (v != v) {
		rt_print_cstr("NaN");
		return;
	}
	if (v + v == v && v > 0) {
		rt_print_cstr("+Inf");
		return;
	}
	if (v + v == v && v < 0) {
		rt_print_cstr("-Inf");
		return;
	}
	char buf[14];
	int e = 0;
	buf[0] = '+';
	if (v == 0) {
		if (1 / v < 0)
			buf[0] = '-';
	} else {
		if (v < 0) {
			v = -v;
			buf[0] = '-';
		}
		v = rt_float_normalise(v, &e);
	}
	for (int i = 0; i < 7; i++) {
		int s = (int)v;
		buf[i + 2] = (char)(s + '0');
		v -= s;
		v *= 10;
	}
	buf[1] = buf[2];
	buf[2] = '.';
	buf[9] = 'e';
	buf[10] = e < 0 ? '-' : '+';
	if (e < 0)
		e = -e;
	buf[11] = (char)(e / 100 % 10 + '0');
	buf[12] = (char)(e / 10 % 10 + '0');
	buf[13] = (char)(e % 10 + '0');
	rt_write(buf, sizeof buf);
}

void rt_print_string(void *p, int64_t n)
{
	rt_write(p, (size_t)n);
}

void rt_print_pointer(void *p)
{
	rt_print_hex((uint64_t)(uintptr_t)p);
}

void rt_print_slice(void *p, int64_t len, int64_t cap)
{
	rt_print_cstr("[");
	rt_print_int(len);
	rt_print_cstr("/");
	rt_print_int(cap);
	rt_print_cstr("]");
	rt_print_pointer(p);
}

void rt_print_eface(void *t, void *data)
{
	rt_print_cstr("(");
	rt_print_pointer(t);
	rt_print_cstr(",");
	rt_print_pointer(data);
	rt_print_cstr(")");
}

void rt_print_iface(void *tab, void *data)
{
	rt_print_eface(tab, data);
}

void rt_print_space(void)
{
	rt_print_cstr(" ");
}

void rt_print_nl(void)
{
	rt_print_cstr("\n");
}
