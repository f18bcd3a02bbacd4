package main

// Map insert, lookup, update, delete, len and the comma-ok form.
func main() {
	m := make(map[string]int)
	println(len(m))
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	println(len(m), m["one"], m["two"], m["missing"])
	v, ok := m["two"]
	println(v, ok)
	v, ok = m["four"]
	println(v, ok)
	m["two"] = 22
	println(m["two"], len(m))
	delete(m, "two")
	delete(m, "nothing")
	_, ok = m["two"]
	println(ok, len(m))
	m["one"]++
	m["one"] += 10
	println(m["one"])
	var nilmap map[string]int
	println(len(nilmap), nilmap["x"], nilmap == nil)
	delete(nilmap, "x")
	lit := map[int]string{1: "a", 2: "b", 3: "c"}
	println(len(lit), lit[2], lit[4] == "")
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	println(counts['s'], counts['i'], counts['p'], counts['m'], len(counts))
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i*7] = i
	}
	for i := 0; i < 1000; i += 2 {
		delete(big, i*7)
	}
	println(len(big), big[7*999], big[14])
	if x, found := big[21]; found {
		println("found", x)
	}
}
