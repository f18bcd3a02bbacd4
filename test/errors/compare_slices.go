package main

func main() {
	a := []int{1}
	b := []int{1}
	println(a == b) // ERROR "slice can only be compared to nil"
	m := map[int]int{}
	println(m == m) // ERROR "map can only be compared to nil"
}
