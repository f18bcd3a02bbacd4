// fmt_floats: float verbs (%v %e %E %f %F %g %G %b %x %X) with precisions and flags, float32 and
// float64, infinities, NaN, negative zero, and named float types.
package main

import "fmt"

type Celsius float64
type Ratio float32

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.5, 2.5, 3.14159265358979, 100, 123456, 1234567, 1e6, 1e20, 1e21,
		1e-4, 1e-5, 0.000123, 123456789, 1.7976931348623157e308, 5e-324, 1.0 / 3, 1e100, 6.02214076e23}
	for _, v := range vals {
		fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.3v|%.2e|%.1f|%.0f|%.3g|%b|%x|%.2X\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
		f := float32(v)
		fmt.Printf("%v|%e|%f|%g|%.3g|%b|%x\n", f, f, f, f, f, f, f)
	}
	fmt.Println(3.0, 2.5, float32(0.1), 1e6, 1e-7, 123456789.0, float32(16777216.0))
	zero := 0.0
	negZero := -zero
	inf := 1 / zero
	nan := zero / zero
	fmt.Printf("%v|%v|%v|%v|%f|%5.1f|%e\n", negZero, inf, -inf, nan, nan, inf, -inf)
	fmt.Printf("%+v|% v|%+v|% f|%05v|%-6v|%06v|%+06v|\n", nan, nan, inf, inf, nan, inf, -inf, inf)
	fmt.Printf("%8.3f|%-8.3f|%08.3f|%+.2f|% .2f|%+08.2f|%-+8.2f|\n", 3.14159, 3.14159, -3.14159, 2.5, 2.5, -2.5, 2.5)
	fmt.Printf("%#v|%#g|%#.3g|%#e|%#.0f|%#.0e|%#x|%#g|%#g\n", 1.0, 1.0, 2.0, 3.0, 4.0, 5.0, 1.0, 100000.0, 1e-7)
	fmt.Printf("%#.4g|%#g|%#v|%#.2v\n", 0.0, 123456789.0, 1e21, 12.0)
	fmt.Printf("%v %.2f %v %v\n", Celsius(36.6), Celsius(-40), Ratio(0.25), []Celsius{1, 2.5})
	fmt.Printf("%d|%s|%t\n", 1.5, 2.5, float32(3))
	fmt.Println(float32(1)/3, 2.0/3, 1e23, 100000000.0, 0.000001, 0.0000001)
	var c Celsius = 21.5
	fmt.Println(c, Celsius(0), -c)
	fmt.Printf("%6.2f%%\n", 99.5)
}
