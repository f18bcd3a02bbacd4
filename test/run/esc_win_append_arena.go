// Append growth into an arena in the frame (beyond Go: runtime.growslice always allocates on the
// heap). A slice that never leaves its function grows into a buffer of the frame, emptied at the
// top of a loop only where no array of it can still be reached. Each case below keeps an old array
// reachable in a way that an unsound arena would overwrite: a sub-slice taken before growth, a
// slice carried from one iteration to the next, the slice's result, a global, and pointers held
// only by the arena across a collection. Capacities must be Go's.
package main

import "runtime"

type pair struct{ a, b int }

// scribble overwrites the stack below its caller's frame.
func scribble(d int) int {
	var buf [64]int
	for i := range buf {
		buf[i] = d*1000 + i
	}
	if d > 0 {
		return scribble(d-1) + buf[d%64]
	}
	return buf[3]
}

func squares(n int) (int, int) {
	var s []int
	for j := 0; j < n; j++ {
		s = append(s, j*j)
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t, cap(s)
}

// prefix keeps a sub-slice of the first array while the slice grows on.
func prefix(n int) int {
	var s []int
	s = append(s, 7, 8)
	head := s[:2]
	for j := 0; j < n; j++ {
		s = append(s, j)
	}
	head[0]++
	return head[0]*100 + head[1] + s[0] + len(s)
}

// carried keeps the slice of every third outer iteration until the loop ends.
func carried(n int) int {
	var last []int
	t := 0
	for i := 0; i < n; i++ {
		var s []int
		for j := 0; j < 5+i%4; j++ {
			s = append(s, i*10+j)
		}
		if i%3 == 0 {
			last = s
		}
		t += s[len(s)-1]
		t += scribble(2) % 3
	}
	for _, v := range last {
		t = t*3 + v
	}
	return t
}

// fresh starts a new slice in each outer iteration: its arrays die with the iteration.
func fresh(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		var pairs []pair
		for j := 0; j < 4; j++ {
			pairs = append(pairs, pair{i, j})
		}
		for _, p := range pairs {
			t += p.a - p.b
		}
		t += cap(pairs)
	}
	return t
}

func build(n int) []int {
	var s []int
	for j := 0; j < n; j++ {
		s = append(s, j+1)
	}
	return s
}

var kept [][]string

func publish(n int) {
	var s []string
	for j := 0; j < n; j++ {
		s = append(s, string(rune('a'+j)))
	}
	kept = append(kept, s)
}

// shared grows a new slice from s in every iteration and changes its first element: s's array,
// made before the loop, must keep its own.
func shared(n int) int {
	var s []int
	s = append(s, 1, 2, 3)
	t := 0
	for i := 0; i < n; i++ {
		u := append(s, i)
		u[0] = 100 + i
		t += u[0] + u[3] + s[0]
	}
	return t + s[0]
}

// publishDeep publishes from a frame that has returned before the slice is read (recursion keeps
// the inliner from merging the frames).
func publishDeep(n, depth int) {
	if depth > 0 {
		publishDeep(n+1, depth-1)
		return
	}
	var s []int
	for j := 0; j < n; j++ {
		s = append(s, j*3)
	}
	deep = append(deep, s)
}

var deep [][]int

// boxes holds the only pointers to its heap objects in the grown array across collections.
func boxes(n int) int {
	var ps []*pair
	for j := 0; j < n; j++ {
		ps = append(ps, &pair{j, j * j})
		if j%16 == 0 {
			runtime.GC()
		}
	}
	t := 0
	for _, p := range ps {
		t += p.a + p.b
	}
	return t
}

func main() {
	for _, n := range []int{0, 1, 5, 17, 40, 300} {
		t, c := squares(n)
		println(n, t, c)
	}
	println(prefix(3), prefix(50))
	println(carried(20))
	println(fresh(1000))
	a := build(20)
	b := build(3)
	scribble(10)
	println(len(a), cap(a), a[0], a[19], len(b), cap(b), b[2])
	publish(3)
	publish(30)
	scribble(10)
	println(len(kept), kept[0][2], kept[1][29], cap(kept[1]))
	println(boxes(100))
	println(shared(5), shared(100))
	publishDeep(4, 3)
	publishDeep(9, 2)
	scribble(10)
	println(len(deep), deep[0][6], deep[1][10], cap(deep[0]), cap(deep[1]))
}
