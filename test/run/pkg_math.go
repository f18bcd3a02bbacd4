package main

import (
	"math"
	"os"
	"strconv"
)

func f(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

func main() {
	println(math.Pi, math.E, math.Sqrt2, math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt32, math.MaxUint8)
	println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	os.Stdout.WriteString(f(math.Sqrt(2)) + " " + f(math.Sqrt(144)) + " " + f(math.Abs(-3.5)) + " " + f(math.Floor(-2.5)) + " " + f(math.Ceil(-2.5)) + " " + f(math.Trunc(-2.7)) + "\n")
	os.Stdout.WriteString(f(math.Round(2.5)) + " " + f(math.Round(-2.5)) + " " + f(math.RoundToEven(2.5)) + " " + f(math.Mod(7, 3)) + " " + f(math.Mod(-7, 3)) + " " + f(math.Hypot(3, 4)) + "\n")
	os.Stdout.WriteString(f(math.Pow(2, 10)) + " " + f(math.Pow(2, -2)) + " " + f(math.Pow(9, 0.5)) + " " + f(math.Pow(-2, 3)) + " " + f(math.Pow(0, -1)) + " " + f(math.Pow(-8, 1.0/3)) + "\n")
	os.Stdout.WriteString(f(math.Exp(0)) + " " + f(math.Log(1)) + " " + f(math.Log2(1024)) + " " + f(math.Log10(1000)) + " " + f(math.Log(-1)) + " " + f(math.Log(0)) + "\n")
	os.Stdout.WriteString(f(math.Sin(0)) + " " + f(math.Cos(0)) + " " + f(math.Atan(1)*4) + " " + f(math.Atan2(1, 1)) + " " + f(math.Atan2(0, -1)) + " " + f(math.Tan(0)) + "\n")
	println(math.Sin(1), math.Cos(1), math.Exp(1), math.Log(10), math.Cbrt(27), math.Asin(1), math.Acos(0))
	println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0), math.Max(math.Inf(-1), math.Inf(1)))
	println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(-1), 1), math.IsInf(math.Inf(-1), 0), math.Signbit(math.Copysign(3, -1)))
	println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0), math.Float32frombits(0x40400000))
	fr, ex := math.Frexp(8)
	ip, fp := math.Modf(-3.25)
	println(fr, ex, ip, fp, math.Ldexp(0.5, 4), math.Dim(5, 3), math.Dim(3, 5))
	println(math.Pow10(3), math.Pow10(-2), math.Gamma(5), math.Erf(0), math.Expm1(0), math.Log1p(0))
	var x float64 = 1 << 62
	println(int64(math.Sqrt(x)), math.Inf(1) > math.MaxFloat64, -math.Inf(1) < -math.MaxFloat64)
}
