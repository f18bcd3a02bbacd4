// esc_win_make_const: make([]T, n) where n is a local variable holding a constant. Go 1.19 sends
// every make of non-constant size to the heap; llgo-lite sees the size folded to a constant and
// keeps the slice on the stack when it does not escape. Each recursion frame must get its own
// array, intact after the deeper frames ran; slices made in a loop and carried to the next iteration,
// returned or stored globally must still reach the heap.
package main

func fill(s []int, v int) {
	for i := range s {
		s[i] = v + i
	}
}

func sum(s []int) int {
	t := 0
	for _, x := range s {
		t += x
	}
	return t
}

// rec: a (a win) must survive the deeper frames, which fill their own arrays
func rec(d int) int {
	n := 8
	a := make([]int, n)
	fill(a, d*100)
	if d == 0 {
		return sum(a)
	}
	r := rec(d - 1)
	return r + sum(a) + a[n-1]
}

// made returns its slice: heap
func made() []int {
	n := 4
	s := make([]int, n)
	fill(s, 7)
	return s
}

// clobber uses a lot of stack with recognisable values
func clobber(d int) int {
	var pad [64]int
	for i := range pad {
		pad[i] = -d
	}
	if d == 0 {
		return pad[3]
	}
	return clobber(d-1) + pad[5]
}

var keep [][]int

func main() {
	n := 16
	u, v := make([]float64, n), make([]float64, n)
	for i := range u {
		u[i] = float64(i)
		v[i] = 2
	}
	dot := 0.0
	for i := range u {
		dot += u[i] * v[i]
	}
	println(int(dot), rec(20))
	m := 4
	var prev []int
	t := 0
	for i := 0; i < 10; i++ {
		cur := make([]int, m)
		fill(cur, i*10)
		if prev != nil {
			t += prev[0]*1000 + cur[0]
		}
		prev = cur
		clobber(5)
	}
	println(t, sum(prev))
	r := made()
	keep = append(keep, make([]int, m))
	fill(keep[0], 3)
	println(clobber(30), sum(r), sum(keep[0]))
	rows := (100 + 7) / 8
	row := make([]byte, rows)
	for i := range row {
		row[i] = byte(i * 3)
	}
	h := 0
	for _, b := range row {
		h = h*31 + int(b)
	}
	println(h)
}
