package main

type T struct { // ERROR "invalid recursive type"
	next T
}

func main() {
	var t T
	_ = t
}
