package main

// The clear builtin empties a map and zeroes a slice's elements.
func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	println(len(m), len(alias), m["a"])
	m["d"] = 4
	println(len(alias), alias["d"])
	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	println(s[0], s[1], s[2], s[3], len(s))
	var nm map[int]int
	clear(nm)
	println(len(nm))
	ps := []*int{new(int), new(int)}
	clear(ps)
	println(ps[0] == nil, ps[1] == nil)
	big := map[int]bool{}
	for i := 0; i < 100; i++ {
		big[i] = true
	}
	clear(big)
	big[7] = true
	println(len(big), big[7], big[8])
}
