// The round after LLVM's optimisation pipeline (beyond Go). In scan, the pointers stored into a
// scratch slice made outside the loop are read back in the same iteration only: once scan is
// inlined into main, the optimiser forwards the loads and deletes the stores, and the first and the third stay on
// the stack of main.main (the second's only field read is a constant after forwarding, and LLVM deletes
// its allocation outright: no line). In keep, the slice hands out the pointer of an earlier
// iteration, so its object stays on the heap, as Go decides for all four.
package main

import "os"

type vec struct{ x, y int }

func best(scratch []*vec, vs ...*vec) *vec {
	n := copy(scratch, vs)
	b := scratch[0]
	for _, v := range scratch[1:n] {
		if v.x > b.x {
			b = v
		}
	}
	return b
}

func scan(n int) int {
	scratch := make([]*vec, 3)
	s := 0
	for i := 0; i < n; i++ {
		s += best(scratch, &vec{i, 1}, &vec{2, i}, &vec{i / 2, 3}).y
	}
	return s
}

func keep(n int) int {
	scratch := make([]*vec, 1)
	s := 0
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			copy(scratch, []*vec{&vec{i, i}})
		}
		s += scratch[0].x
	}
	return s
}

func main() {
	n := 10 * len(os.Args) // not a constant: the loops stay loops
	println(scan(n), keep(n))
}
