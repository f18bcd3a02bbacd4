package main

func cut(s string, lo, hi int) string { return s[lo:hi] }

func words(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// Inverted string slice bounds panic: "slice bounds out of range [3:1]".
func main() {
	s := "hello big world"
	println(cut(s, 1, 3), words(s))
	lo, hi := 3, 1
	println(cut(s, lo, hi))
}
