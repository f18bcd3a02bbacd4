package main

// A request the machine cannot back (1 TB) is Go's "fatal error: runtime: out of memory", exit 2: not a
// panic, so the deferred call does not run. A global keeps each slice alive, so no optimiser may drop
// the allocation.
var keep [][]byte

func fill(n int) []byte {
	b := make([]byte, n)
	b[n-1] = 7
	keep = append(keep, b)
	return b
}

func main() {
	defer println("deferred calls do not run after a fatal error")
	small := fill(1 << 10)
	println("small", len(small), small[len(small)-1])
	println("allocating")
	b := fill(1 << 40)
	println(len(b), b[len(b)-1])
}
