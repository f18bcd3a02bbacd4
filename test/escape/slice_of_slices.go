package escape

func grid(n int) [][]int {
	g := make([][]int, n) // ERROR "make\(\[\]\[\]int, n\) escapes to heap$"
	for i := range g {
		g[i] = make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	}
	return g
}

func rowSum(g [][]int, i int) int { // ERROR "g does not escape$"
	t := 0
	for _, v := range g[i] {
		t += v
	}
	return t
}

func localGrid() int {
	g := [][]int{{1, 2}, {3, 4}} // ERROR "\[\]\[\]int\{\.\.\.\} does not escape$" "\[\]int\{\.\.\.\} does not escape$"
	return rowSum(g, 1)
}
