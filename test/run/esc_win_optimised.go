// The round after LLVM's optimisation pipeline (beyond Go): an address kept only in memory that the
// optimiser forwarded and deleted, such as a scratch slice made outside the loop and read back in
// the same iteration, no longer escapes, and its object moves to the stack. Where the memory can
// still hand out a pointer of an earlier iteration, or the address reaches a global or a result,
// the object must stay on the heap: scribble overwrites the stack before the kept pointers are
// read, and every value read is compared with Go's. Strings of run-time length use a buffer of the
// frame under the same rule.
package main

type vec struct{ x, y, z int }

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

func longest(scratch []*vec, vs ...*vec) *vec {
	n := copy(scratch, vs)
	best := scratch[0]
	for _, v := range scratch[1:n] {
		if v.x*v.x+v.y*v.y > best.x*best.x+best.y*best.y {
			best = v
		}
	}
	return best
}

// fresh: every pointer read from scratch was stored in the same iteration (the win).
func fresh(n int) int {
	scratch := make([]*vec, 3)
	s := 0
	for i := 0; i < n; i++ {
		a := &vec{i, 1, 2}
		b := &vec{3, i / 2, 1}
		c := &vec{1, 2, i / 4}
		l := longest(scratch, a, b, c)
		s = s*7 + l.x - l.z
	}
	return s
}

// stale: some iterations fill one element of scratch, and every element is read back, so the
// pointer of an earlier iteration is read too: its object must still hold that iteration's values.
func stale(n int) int {
	scratch := make([]*vec, 2)
	s := 0
	for i := 0; i < n; i++ {
		a := &vec{i, 1, 2}
		b := &vec{i * 2, 3, 4}
		copy(scratch, []*vec{a, b}[:2-i%2])
		s += scribble(3) % 7
		for _, p := range scratch {
			s = s*31 + p.x + p.y
		}
	}
	return s
}

var kept []*vec

// chosen: the pointer picked by a condition is kept in a global every seventh iteration.
func chosen(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		a := &vec{i, 0, 0}
		b := &vec{0, i, 0}
		p := a
		if i%2 == 0 {
			p = b
		}
		if i%7 == 0 {
			kept = append(kept, p)
		}
		s += p.x + p.y
	}
	return s
}

// last: the object of the final iteration leaves through the result.
func last(n int) *vec {
	scratch := make([]*vec, 1)
	for i := 0; i < n; i++ {
		a := &vec{i, i, i}
		copy(scratch, []*vec{a})
	}
	return scratch[0]
}

// itoa writes the decimal digits of v (>= 0) into a fresh string of run-time length.
func itoa(v int) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(buf[i:])
}

// strs: a string of run-time length picked on one path of the iteration (a phi that merges the
// paths) may use a buffer of the frame; the one carried to the next iteration in prev may not.
func strs(n int) int {
	prev := ""
	same := 0
	t := 0
	for i := 0; i < n; i++ {
		cur := itoa(i * 7)
		p := "-"
		if i%3 == 0 {
			p = itoa(i)
		}
		t += len(p) + int(p[0])
		if cur == prev {
			same++
		}
		prev = cur
		t += scribble(2) % 5
	}
	return t*1000 + same
}

func main() {
	println(strs(200))
	println(fresh(1000))
	println(stale(50))
	println(chosen(50))
	scribble(20)
	for _, p := range kept {
		print(p.x, ",", p.y, " ")
	}
	println()
	l := last(10)
	scribble(20)
	println(l.x, l.y, l.z)
}
