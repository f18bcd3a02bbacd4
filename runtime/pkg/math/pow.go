// pow.go: Pow and Pow10. Pow handles Go's special cases first, then splits y into an integer part,
// applied by binary powering on x's mantissa with the exponent tracked apart (so intermediate
// results neither overflow nor underflow), and a fractional part, applied as Exp(yf*Log(x)).
// Integer powers of exactly representable results are therefore exact.
package math

// isOddInt reports whether x is an odd integer.
func isOddInt(x float64) bool {
	if Abs(x) >= 1<<53 {
		return false // too large to have a fractional part or to be odd
	}
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}

// Pow returns x**y, with Go's (and C99's) special cases: Pow(x, ±0) = 1 and Pow(1, y) = 1 for
// any x, y; Pow(x, 1) = x; NaN in gives NaN; zero, infinite and negative bases as the spec says.
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		switch {
		case y < 0:
			if Signbit(x) && isOddInt(y) {
				return Inf(-1)
			}
			return Inf(1)
		case y > 0:
			if Signbit(x) && isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		default:
			return Inf(1)
		}
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y) // Pow(-0, -y)
		}
		switch {
		case y < 0:
			return 0
		case y > 0:
			return Inf(1)
		}
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	return powFinite(x, y)
}

// powFinite is Pow for finite non-zero x and finite y outside the special cases.
func powFinite(x, y float64) float64 {
	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		// yi is a large even integer: the result is 0, 1 or Inf depending on |x|.
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		default:
			return Inf(1)
		}
	}
	// result = acc * 2**accExp
	acc := 1.0
	accExp := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		acc = Exp(yf * Log(x))
	}
	m, e := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if e < -1<<12 || 1<<12 < e {
			// The exponent alone over- or underflows: finish early.
			accExp += e
			break
		}
		if i&1 == 1 {
			acc *= m
			accExp += e
		}
		m *= m
		e <<= 1
		if m < .5 {
			m += m
			e--
		}
	}
	if y < 0 {
		acc = 1 / acc
		accExp = -accExp
	}
	return Ldexp(acc, accExp)
}

// Exact (correctly rounded) powers of ten: 10**i and 10**(32*i), 10**(-32*i).
var pow10tab = [32]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var pow10postab32 = [10]float64{1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}

var pow10negtab32 = [11]float64{1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320}

// Pow10 returns 10**n: 0 for n < -323, +Inf for n > 308.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10postab32[n/32] * pow10tab[n%32]
	}
	if -323 <= n && n <= 0 {
		return pow10negtab32[-n/32] / pow10tab[-n%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}
