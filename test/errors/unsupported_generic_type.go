package main

// llgo-only: Go 1.19 accepts this program; the expectation is llgo-lite's own (generics are out of the subset).
// The generic type is declared but never used, so only its declaration can be reported.

type Box[T any] struct { // ERROR "generics are not supported"
	v T
}

func main() {
	println("main")
}
