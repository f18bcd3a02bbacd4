// bits.go: IEEE 754 bit access (hooks: the subset has no unsafe), classification, sign handling,
// Abs, Max, Min, Dim, Modf, Frexp and Ldexp.
package math

const (
	uvnan    = 0x7FF8000000000001
	uvinf    = 0x7FF0000000000000
	uvneginf = 0xFFF0000000000000
	mask     = 0x7FF
	shift    = 64 - 11 - 1
	bias     = 1023
	signMask = 1 << 63
	fracMask = 1<<shift - 1
)

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64 { return math_float64bits(f) }

// Float64frombits returns the floating-point number corresponding to the IEEE 754 binary
// representation b.
func Float64frombits(b uint64) float64 { return math_float64frombits(b) }

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32 { return uint32(math_float32bits(f)) }

// Float32frombits returns the floating-point number corresponding to the IEEE 754 binary
// representation b.
func Float32frombits(b uint32) float32 { return math_float32frombits(b) }

func math_float64bits(f float64) uint64
func math_float64frombits(b uint64) float64
func math_float32bits(f float32) uint32
func math_float32frombits(b uint32) float32

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(uvinf)
	}
	return Float64frombits(uvneginf)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is an IEEE 754 "not-a-number" value.
func IsNaN(f float64) (is bool) {
	return f != f
}

// IsInf reports whether f is an infinity, according to sign: sign > 0 tests for positive
// infinity, sign < 0 for negative infinity, sign == 0 for either.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool {
	return Float64bits(x)&signMask != 0
}

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Abs returns the absolute value of x.
func Abs(x float64) float64 {
	return Float64frombits(Float64bits(x) &^ signMask)
}

// Max returns the larger of x or y: Max(x, +Inf) = +Inf, Max(x, NaN) = NaN, Max(+0, ±0) = +0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y: Min(x, -Inf) = -Inf, Min(x, NaN) = NaN, Min(-0, ±0) = -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Dim returns the maximum of x-y or 0.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0 // v is negative or 0 (or NaN, which falls through below)
	}
	return v
}

// Modf returns integer and fractional floating-point numbers that sum to f. Both values have the
// same sign as f.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f // Return -0, -0 when f == -0
		}
		return 0, f
	}
	int = Trunc(f)
	frac = f - int
	if IsInf(f, 0) {
		frac = NaN()
	}
	return int, frac
}

// Frexp breaks f into a normalized fraction and an integral power of two: f == frac × 2**exp,
// with the absolute value of frac in the interval [½, 1). Frexp(±0) = ±0, 0;
// Frexp(±Inf) = ±Inf, 0; Frexp(NaN) = NaN, 0.
func Frexp(f float64) (frac float64, exp int) {
	switch {
	case f == 0 || IsInf(f, 0) || IsNaN(f):
		return f, 0
	}
	if Abs(f) < 0x1p-1022 { // subnormal: scale into the normal range first
		f *= 1 << 52
		exp = -52
	}
	x := Float64bits(f)
	exp += int((x>>shift)&mask) - bias + 1
	x &^= mask << shift
	x |= (-1 + bias) << shift
	return Float64frombits(x), exp
}

// Ldexp is the inverse of Frexp: it returns frac × 2**exp.
func Ldexp(frac float64, exp int) float64 {
	if exp > 1<<20 {
		exp = 1 << 20
	} else if exp < -(1 << 20) {
		exp = -(1 << 20)
	}
	return math_ldexp(frac, exp)
}
