package main

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// Building strings by concatenation in loops, reversing via []byte and splitting by hand.
func main() {
	r := repeat("ab", 5)
	println(r, len(r))
	println(reverse("hello, world"))
	parts := split("a,bb,,ccc", ',')
	println(len(parts))
	for _, p := range parts {
		println("[" + p + "]")
	}
	long := repeat("x", 10000)
	println(len(long), long[9999] == 'x')
	acc := ""
	for i := 0; i < 10; i++ {
		acc = acc + string(rune('0'+i))
	}
	println(acc)
	a, b := "con", "cat"
	c := a + b + a
	println(c, c[3:6])
}
