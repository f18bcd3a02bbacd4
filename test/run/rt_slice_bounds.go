package main

func window(s []int, lo, hi int) []int { return s[lo:hi] }

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

// Slicing beyond capacity panics: "slice bounds out of range [:5] with capacity 3".
func main() {
	s := make([]int, 3)
	for i := range s {
		s[i] = i + 1
	}
	println(len(window(s, 0, 3)), len(window(s, 1, 2)), sum(window(s, 1, 3)))
	t := s[:0]
	println(len(window(t, 0, 3)))
	println(len(window(s, 0, 5)))
}
