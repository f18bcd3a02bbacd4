package main

type Frame struct {
	depth int
	up    *Frame
}

func chain(n int) *Frame {
	f := Frame{depth: n}
	if n > 0 {
		f.up = chain(n - 1)
	}
	return &f
}

func counterAt(n int) *int {
	x := n * 2
	if n > 0 {
		p := counterAt(n - 1)
		x += *p
	}
	return &x
}

func sumChain(f *Frame) int {
	s := 0
	for ; f != nil; f = f.up {
		s += f.depth
	}
	return s
}

// Recursion that returns pointers to its own locals.
func main() {
	c := chain(100)
	println(c.depth, c.up.depth, sumChain(c))
	p := counterAt(10)
	q := counterAt(3)
	println(*p, *q)
	*q = 0
	println(*p)
	total := 0
	for i := 0; i < 50; i++ {
		total += sumChain(chain(i))
	}
	println(total)
}
