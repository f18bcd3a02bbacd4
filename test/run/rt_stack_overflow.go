package main

// Runaway recursion: Go stops it at the 1 GB goroutine stack limit with a fatal error (exit 2) that
// recover cannot catch and that runs no deferred call. Each level passes a pointer to its own local
// down (it does not escape, so it stays on the stack) and uses the result, so no call is a tail call;
// the 1 KB array makes frames big, so the limit is reached in few levels (and few heap allocations
// when built with --no-escape).
func depth(prev *int) int {
	var pad [128]int
	x := *prev + 1
	for i := range pad {
		pad[i] = x + i
	}
	return depth(&x) - pad[x%128]
}

func main() {
	defer println("deferred calls do not run after a fatal error")
	defer func() {
		println("recovered?", recover() != nil)
	}()
	start := 0
	println("start")
	println(depth(&start))
}
