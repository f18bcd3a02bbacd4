package main

// String indexing, slicing, concatenation, comparison and len.
func main() {
	s := "hello, world"
	println(s, len(s))
	println(s[0], s[7], s[len(s)-1])
	println(s[:5], s[7:], s[3:8], s[:], s[12:])
	t := s[:5] + "!" + s[5:]
	println(t, len(t))
	u := ""
	for i := 0; i < 5; i++ {
		u += string(rune('a' + i))
	}
	println(u)
	println("abc" < "abd", "abc" < "ab", "" < "a", "b" > "abc", "x" == "x")
	println("abc" <= "abc", "abc" >= "abd", "Z" < "a")
	a := "go"
	b := "g" + "o"
	println(a == b, a != b)
	var empty string
	println(empty == "", len(empty))
	multi := `raw\nstring`
	println(multi, len(multi))
	esc := "tab\there\x41\u00e9\\"
	println(esc, len(esc))
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += int(s[i])
	}
	println(sum)
	c := s
	c += "!"
	println(s, c)
}
