package main

// Special float values and limits as println and print show them.
func main() {
	var zero float64
	inf := 1 / zero
	nan := zero / zero
	println(inf, -inf, nan)
	print(inf, " ", nan, "\n")
	var f32 float32 = 3.4028235e38
	println(f32, f32*2, -f32*2)
	println(float32(1)/3, float64(1)/3)
	println(4.9e-324, 1.7976931348623157e308)
	println(float32(1e-45), float32(1.5e-45))
	println(123.456, -0.000123456, 1e21, 1e20)
	println(2.5e-8, 100.0, 0.5)
	nums := []float64{1, 10, 100, 1000, 1e6, 1e-6}
	for _, v := range nums {
		print(v, " ")
	}
	println()
	println(inf > 1e308, -inf < -1e308, nan == nan, inf == inf)
	var x float64 = 9007199254740993
	println(x, int64(x))
	h := 0.1
	total := 0.0
	for i := 0; i < 10; i++ {
		total += h
	}
	println(total, total == 1.0)
	println(float32(total) == 1.0)
}
