package main

// llgo-only: Go accepts this program; the expectation is llgo-lite's own (channels are out of the subset).

func main() {
	var c chan int // ERROR "channels are not supported"
	println(c == nil)
}
