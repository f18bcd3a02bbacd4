// libm.go: the functions that come from the C library through hooks named math_<name>
// (runtime/pkg_math.c). Each exported function documents Go's special cases; C99's agree.
package math

func math_sqrt(x float64) float64
func math_floor(x float64) float64
func math_ceil(x float64) float64
func math_trunc(x float64) float64
func math_round(x float64) float64
func math_roundeven(x float64) float64
func math_exp(x float64) float64
func math_exp2(x float64) float64
func math_expm1(x float64) float64
func math_log(x float64) float64
func math_log2(x float64) float64
func math_log10(x float64) float64
func math_log1p(x float64) float64
func math_sin(x float64) float64
func math_cos(x float64) float64
func math_tan(x float64) float64
func math_asin(x float64) float64
func math_acos(x float64) float64
func math_atan(x float64) float64
func math_atan2(y, x float64) float64
func math_sinh(x float64) float64
func math_cosh(x float64) float64
func math_tanh(x float64) float64
func math_asinh(x float64) float64
func math_acosh(x float64) float64
func math_atanh(x float64) float64
func math_fmod(x, y float64) float64
func math_remainder(x, y float64) float64
func math_cbrt(x float64) float64
func math_gamma(x float64) float64
func math_erf(x float64) float64
func math_erfc(x float64) float64
func math_fma(x, y, z float64) float64
func math_ldexp(frac float64, exp int) float64

// Sqrt returns the square root of x: Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0, Sqrt(x < 0) = NaN.
func Sqrt(x float64) float64 { return math_sqrt(x) }

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64 { return math_floor(x) }

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 { return math_ceil(x) }

// Trunc returns the integer value of x.
func Trunc(x float64) float64 { return math_trunc(x) }

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 { return math_round(x) }

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 { return math_roundeven(x) }

// Exp returns e**x: Exp(+Inf) = +Inf, Exp(NaN) = NaN; very large values overflow to +Inf.
func Exp(x float64) float64 { return math_exp(x) }

// Exp2 returns 2**x.
func Exp2(x float64) float64 { return math_exp2(x) }

// Expm1 returns e**x - 1, accurate also when x is near zero.
func Expm1(x float64) float64 { return math_expm1(x) }

// Log returns the natural logarithm of x: Log(+Inf) = +Inf, Log(0) = -Inf, Log(x < 0) = NaN.
func Log(x float64) float64 { return math_log(x) }

// Log2 returns the binary logarithm of x.
func Log2(x float64) float64 { return math_log2(x) }

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 { return math_log10(x) }

// Log1p returns the natural logarithm of 1 plus its argument x.
func Log1p(x float64) float64 { return math_log1p(x) }

// Sin returns the sine of the radian argument x.
func Sin(x float64) float64 { return math_sin(x) }

// Cos returns the cosine of the radian argument x.
func Cos(x float64) float64 { return math_cos(x) }

// Tan returns the tangent of the radian argument x.
func Tan(x float64) float64 { return math_tan(x) }

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) { return math_sin(x), math_cos(x) }

// Asin returns the arcsine, in radians, of x.
func Asin(x float64) float64 { return math_asin(x) }

// Acos returns the arccosine, in radians, of x.
func Acos(x float64) float64 { return math_acos(x) }

// Atan returns the arctangent, in radians, of x.
func Atan(x float64) float64 { return math_atan(x) }

// Atan2 returns the arc tangent of y/x, using the signs of the two to determine the quadrant.
func Atan2(y, x float64) float64 { return math_atan2(y, x) }

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 { return math_sinh(x) }

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 { return math_cosh(x) }

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 { return math_tanh(x) }

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64 { return math_asinh(x) }

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x float64) float64 { return math_acosh(x) }

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x float64) float64 { return math_atanh(x) }

// Hypot returns Sqrt(p*p + q*q), taking care to avoid unnecessary overflow and underflow:
// computed as p * Sqrt(1 + (q/p)**2) with |p| >= |q|, which is also how Go computes it, so the
// results agree to the bit. Hypot(±Inf, q) = Hypot(p, ±Inf) = +Inf; otherwise NaN in gives NaN.
func Hypot(p, q float64) float64 {
	p, q = Abs(p), Abs(q)
	switch {
	case IsInf(p, 1) || IsInf(q, 1):
		return Inf(1)
	case IsNaN(p) || IsNaN(q):
		return NaN()
	}
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(1+q*q)
}

// Mod returns the floating-point remainder of x/y, with the sign of x.
func Mod(x, y float64) float64 { return math_fmod(x, y) }

// Remainder returns the IEEE 754 floating-point remainder of x/y.
func Remainder(x, y float64) float64 { return math_remainder(x, y) }

// Cbrt returns the cube root of x.
func Cbrt(x float64) float64 { return math_cbrt(x) }

// Gamma returns the Gamma function of x.
func Gamma(x float64) float64 { return math_gamma(x) }

// Erf returns the error function of x.
func Erf(x float64) float64 { return math_erf(x) }

// Erfc returns the complementary error function of x.
func Erfc(x float64) float64 { return math_erfc(x) }

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64 { return math_fma(x, y, z) }

// Nextafter returns the next representable float64 value after x towards y: Nextafter(x, x) = x
// (C's returns y, which differs for signed zeros), and NaN in gives NaN.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 returns the next representable float32 value after x towards y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}
