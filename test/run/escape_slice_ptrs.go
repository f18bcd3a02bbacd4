package main

type Point struct{ x, y int }

func collect(n int) []*Point {
	var out []*Point
	for i := 0; i < n; i++ {
		p := Point{i, -i}
		out = append(out, &p)
	}
	return out
}

func addrs() []*int {
	a, b, c := 1, 2, 3
	return []*int{&a, &b, &c}
}

// Slices of pointers to locals that outlive their functions.
func main() {
	ps := collect(5)
	s := 0
	for _, p := range ps {
		s += p.x - p.y
	}
	println(s, len(ps))
	ptrs := addrs()
	*ptrs[1] += 40
	println(*ptrs[0], *ptrs[1], *ptrs[2])
	var arr [4]*Point
	for i := range arr {
		pt := Point{i, i}
		arr[i] = &pt
	}
	println(arr[3].x, arr[0] != arr[1])
	m := map[string]*Point{}
	for _, n := range []string{"a", "b"} {
		v := Point{len(n), 7}
		m[n] = &v
	}
	m["a"].y = 8
	println(m["a"].y, m["b"].y)
	grid := make([][]*int, 3)
	for i := range grid {
		for j := 0; j < 3; j++ {
			v := i*3 + j
			grid[i] = append(grid[i], &v)
		}
	}
	println(*grid[2][1], *grid[0][0])
}
