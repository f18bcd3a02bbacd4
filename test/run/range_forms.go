package main

// Every range form: integers, slices, arrays, array pointers, strings, maps, and index-only loops.
func main() {
	for i := range 4 {
		print(i, " ")
	}
	println()
	n := 0
	for range 5 {
		n++
	}
	println(n)
	var k int64 = 3
	for i := range k {
		print(i*10, " ")
	}
	println()
	s := []string{"a", "b", "c"}
	for i, v := range s {
		print(i, v, " ")
	}
	println()
	arr := [3]int{10, 20, 30}
	for i, v := range arr {
		arr[2] = 100
		print(i, v, " ")
	}
	println()
	for i, v := range &arr {
		arr[2] = 300
		print(i, v, " ")
	}
	println()
	for i, r := range "aé" {
		print(i, r, " ")
	}
	println()
	m := map[int]int{1: 10, 2: 20, 3: 30}
	ks, vs := 0, 0
	for k, v := range m {
		ks += k
		vs += v
	}
	println(ks, vs)
	grow := []int{1, 2, 3}
	for _, v := range grow {
		grow = append(grow, v)
	}
	println(len(grow))
	var nilSlice []int
	for range nilSlice {
		println("never")
	}
	for i := range 0 {
		println("never", i)
	}
}
