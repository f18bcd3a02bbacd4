package main

func div(a, b int) int { return a / b }

func average(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return div(t, len(xs))
}

// Integer division by zero panics with a runtime error; float division does not.
func main() {
	println(div(10, 3), average([]int{2, 4, 9}))
	var z float64
	println(1/z > 0)
	println("dividing")
	println(average(nil))
	println("not reached")
}
