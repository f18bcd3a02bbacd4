package main

// Float printing in println's format, arithmetic and special values.
func main() {
	var a float64 = 1.5
	var b float32 = 2.25
	println(a, b)
	println(a+1, a*a, a/3, -a)
	println(float64(b)*2, b/3)
	var zero float64
	println(zero, -zero)
	println(1/zero, -1/zero)
	nan := zero / zero
	println(nan == nan, nan != nan, nan < 1)
	println(1e100, 1e-100, 123456789.0)
	println(float32(0.1), 0.1)
	x := 0.1
	y := 0.2
	println(x+y, x+y == 0.3)
	var big float64 = 1 << 62
	println(big, big*big)
	println(3.0/2, 7.0/2.0)
	var f float64 = -2.75
	println(int(f), int64(f*2), uint8(f*-1))
	s := 0.0
	for i := 1; i <= 10; i++ {
		s += 1.0 / float64(i)
	}
	println(s)
	var small float32 = 1e-30
	println(small*small, small)
	println(float32(16777217))
}
