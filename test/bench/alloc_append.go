// alloc_append: append into a local slice. Each iteration grows a nil slice by append to a length that
// depends on the iteration, then sums it; the slice never leaves the function.
package main

const size = 2500000 // smoke: 1000

func squares(n int) int {
	var s []int
	for j := 0; j < n; j++ {
		s = append(s, j*j)
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	total := 0
	for i := 0; i < size; i++ {
		total += squares(8 + i%24)
		var pairs [][2]int
		for j := 0; j < 4; j++ {
			pairs = append(pairs, [2]int{i, j})
		}
		for _, p := range pairs {
			total += p[0] - p[1]
		}
	}
	println(total)
}
