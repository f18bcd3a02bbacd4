package main

func sum(a [5]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	a[0] = 1000
	return s
}

func fill(a *[5]int) {
	for i := range a {
		a[i] = i * i
	}
}

// Arrays are values: assignment and argument passing copy them; == compares elements.
func main() {
	var a [5]int
	fill(&a)
	println(a[0], a[1], a[2], a[3], a[4], len(a))
	println(sum(a), a[0])
	b := a
	b[1] = 99
	println(a[1], b[1], a == b)
	b[1] = a[1]
	println(a == b)
	c := [...]string{"x", "y", "z"}
	println(len(c), c[2])
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	row := grid[1]
	row[0] = -1
	println(grid[1][0], row[0], grid[2][3])
	d := [4]bool{1: true, 3: true}
	println(d[0], d[1], d[2], d[3])
	e := [...]int{5: 50, 2: 20}
	println(len(e), e[2], e[5], e[4])
	p := &a
	p[2] = 222
	println(a[2], len(p))
	s := a[1:4]
	s[0] = 7
	println(a[1], len(s), cap(s))
	type pt struct{ x, y int }
	pts := [2]pt{{1, 2}, {3, 4}}
	q := pts
	q[0].x = 100
	println(pts[0].x, q[0].x, pts != q)
}
