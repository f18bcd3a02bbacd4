package main

func mod(a, b int64) int64 { return a % b }

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, mod(a, b)
	}
	return a
}

// Modulo by zero is an integer divide by zero too.
func main() {
	println(mod(10, 3), mod(-10, 3))
	println(gcd(84, 36), gcd(17, 5))
	var d int64
	defer func() {
		println("deferred before crash")
	}()
	println(mod(5, d))
}
