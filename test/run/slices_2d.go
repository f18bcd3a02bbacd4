package main

func matrix(n, m int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, m)
		for j := range rows[i] {
			rows[i][j] = i * j
		}
	}
	return rows
}

// Slices of slices: jagged rows, shared backing arrays, transposition.
func main() {
	m := matrix(3, 4)
	for _, r := range m {
		for _, v := range r {
			print(v, " ")
		}
		println()
	}
	t := make([][]int, 4)
	for j := 0; j < 4; j++ {
		for i := 0; i < 3; i++ {
			t[j] = append(t[j], m[i][j])
		}
	}
	println(len(t), len(t[0]), t[3][2])
	var tri [][]int
	for i := 0; i < 5; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, r := range tri {
		for _, v := range r {
			print(v, " ")
		}
		println()
	}
	alias := m[1]
	alias[0] = 77
	println(m[1][0])
	flat := make([]int, 6)
	grid := [][]int{flat[0:3], flat[3:6]}
	grid[1][1] = 5
	println(flat[4])
	var words [][]byte
	words = append(words, []byte("ab"), []byte("cd"))
	println(string(words[1]), len(words))
}
