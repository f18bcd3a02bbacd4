package main

// llgo-only: Go accepts this program; the expectation is llgo-lite's own (goroutines are out of the subset).

func work(n int) { println(n) }

func main() {
	go work(1) // ERROR "goroutines are not supported"
	work(2)
}
