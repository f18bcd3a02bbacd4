package main

func noResult() {
	return 5 // ERROR "too many return values"
}

func main() {
	x := noResult() // ERROR "noResult\(\) .*used as value"
	println(x)
}
