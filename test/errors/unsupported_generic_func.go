package main

// llgo-only: Go 1.19 accepts this program; the expectation is llgo-lite's own (generics are out of the subset).
// The generic function is declared but never called, so only its declaration can be reported.

func first[T any](xs []T) T { // ERROR "generics are not supported"
	return xs[0]
}

func main() {
	println("main")
}
