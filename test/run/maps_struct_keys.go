package main

type Point struct{ X, Y int }

type Key struct {
	name string
	id   int
}

// Struct, array, string, bool and float keys, and interface keys.
func main() {
	grid := map[Point]string{}
	grid[Point{1, 2}] = "a"
	grid[Point{2, 1}] = "b"
	grid[Point{1, 2}] = "c"
	println(len(grid), grid[Point{1, 2}], grid[Point{2, 1}], grid[Point{0, 0}] == "")
	people := map[Key]int{{"ann", 1}: 30, {"bob", 2}: 25}
	people[Key{"ann", 1}]++
	println(people[Key{"ann", 1}], people[Key{"ann", 2}])
	arr := map[[2]int]bool{{1, 2}: true}
	println(arr[[2]int{1, 2}], arr[[2]int{2, 1}])
	fl := map[float64]int{0.5: 1, 1.5: 2}
	println(fl[0.5], fl[1.5], fl[2.5])
	bk := map[bool]string{true: "yes", false: "no"}
	println(bk[1 < 2], bk[2 < 1])
	ik := map[interface{}]int{}
	ik[1] = 1
	ik["1"] = 2
	ik[Point{1, 1}] = 3
	ik[int64(1)] = 4
	println(len(ik), ik[1], ik["1"], ik[Point{1, 1}], ik[int64(1)], ik[int32(1)])
	s1 := "hel"
	s2 := s1 + "lo"
	sm := map[string]int{"hello": 42}
	println(sm[s2])
	byLen := map[int][]string{}
	for _, w := range []string{"a", "bb", "cc", "d", "eee"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	println(len(byLen[1]), len(byLen[2]), byLen[3][0], byLen[2][1])
}
