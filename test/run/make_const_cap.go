// make([]T, n, C) with a constant capacity is a constant-size site (Go keeps it on the stack when it
// does not escape): the length is checked against the capacity at run time, each loop iteration
// gets fresh memory, and a slice kept beyond its iteration lives on the heap.
package main

func scribble(n int) int {
	var buf [128]int
	for i := range buf {
		buf[i] = n + i
	}
	return buf[n%128]
}

func sum(n int) int {
	s := make([]int, n, 8)
	for i := range s {
		s[i] = i * i
	}
	s = append(s, 100)
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func keep(k int) [][]int {
	var all [][]int
	for i := 0; i < k; i++ {
		s := make([]int, i%3, 4)
		s = append(s, i)
		all = append(all, s)
	}
	return all
}

func main() {
	println(sum(0), sum(3), sum(7))
	all := keep(6)
	scribble(5)
	for _, s := range all {
		print(len(s), ":", s[len(s)-1], " ")
	}
	println()
	defer func() {
		println("recovered:", recover().(error).Error())
		n := 9
		_ = make([]int, n, 8)
	}()
	n := -1
	_ = make([]byte, n, 16)
}
