package main

type step struct {
	name string
	n    int
}

func run(steps []step) int {
	total := 0
	for _, s := range steps {
		println("step", s.name, s.n)
		total += s.n
	}
	return total
}

// A new panic in a deferred call without recover: both panics are printed in order.
func main() {
	println(run([]step{{"a", 1}, {"b", 2}}))
	defer func() {
		panic("from defer")
	}()
	defer println("runs before the deferred panic")
	println("start")
	panic("original")
}
