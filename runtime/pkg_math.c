/*
 * pkg_math.c: the C hooks of the bundled package math (runtime/pkg/math/libm.go, bits.go).
 *
 * One-line wrappers over the C library's <math.h> (glibc's libm: correctly rounded or within an ulp,
 * with C99 Annex F special cases, which are the ones Go documents), and the IEEE bit
 * reinterpretations the Go subset cannot write without unsafe. float32 values cross the hook
 * boundary as double (the adapter widens and narrows them), so the float32 helpers convert here.
 */
#include <math.h>
#include <string.h>

#include "rt_internal.h"

int64_t math_float64bits(double f)
{
	uint64_t u;
	memcpy(&u, &f, sizeof u);
	return (int64_t)u;
}

double math_float64frombits(int64_t b)
{
	double f;
	memcpy(&f, &b, sizeof f);
	return f;
}

int64_t math_float32bits(double f)
{
	float x = (float)f;
	uint32_t u;
	memcpy(&u, &x, sizeof u);
	return (int64_t)u;
}

double math_float32frombits(int64_t b)
{
	uint32_t u = (uint32_t)b;
	float x;
	memcpy(&x, &u, sizeof x);
	return (double)x;
}

double math_ldexp(double frac, int64_t exp)
{
	return ldexp(frac, (int)exp);
}

double math_roundeven(double x)
{
	return nearbyint(x); /* the default rounding mode rounds ties to even */
}

/* The plain wrappers: math_NAME(x) is NAME(x) of <math.h>. */
#define MATH_WRAP1(name, cname) double math_##name(double x) { return cname(x); }
#define MATH_WRAP2(name, cname) double math_##name(double x, double y) { return cname(x, y); }

MATH_WRAP1(sqrt, sqrt)
MATH_WRAP1(floor, floor)
MATH_WRAP1(ceil, ceil)
MATH_WRAP1(trunc, trunc)
MATH_WRAP1(round, round)
MATH_WRAP1(exp, exp)
MATH_WRAP1(exp2, exp2)
MATH_WRAP1(expm1, expm1)
MATH_WRAP1(log, log)
MATH_WRAP1(log2, log2)
MATH_WRAP1(log10, log10)
MATH_WRAP1(log1p, log1p)
MATH_WRAP1(sin, sin)
MATH_WRAP1(cos, cos)
MATH_WRAP1(tan, tan)
MATH_WRAP1(asin, asin)
MATH_WRAP1(acos, acos)
MATH_WRAP1(atan, atan)
MATH_WRAP1(sinh, sinh)
MATH_WRAP1(cosh, cosh)
MATH_WRAP1(tanh, tanh)
MATH_WRAP1(asinh, asinh)
MATH_WRAP1(acosh, acosh)
MATH_WRAP1(atanh, atanh)
MATH_WRAP1(cbrt, cbrt)
MATH_WRAP1(gamma, tgamma)
MATH_WRAP1(erf, erf)
MATH_WRAP1(erfc, erfc)
MATH_WRAP2(atan2, atan2)
MATH_WRAP2(fmod, fmod)
MATH_WRAP2(remainder, remainder)

double math_fma(double x, double y, double z)
{
	return fma(x, y, z);
}
