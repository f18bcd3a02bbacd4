package main

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
} // ERROR "missing return"

func loop() int {
	for i := 0; i < 3; i++ {
		return i
	}
} // ERROR "missing return"

func main() {
	println(sign(1), loop())
}
