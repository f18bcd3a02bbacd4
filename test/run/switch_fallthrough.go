package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7, 6:
		return "C"
	}
	return "F"
}

func fall(n int) {
	switch n {
	case 0:
		print("zero ")
		fallthrough
	case 1:
		print("one ")
		fallthrough
	case 2:
		print("two ")
	case 3:
		print("three ")
		fallthrough
	default:
		print("default ")
	}
	println()
}

func order() int {
	println("order evaluated")
	return 2
}

// Expression switches, tag-less switches, fallthrough, init statements and case order.
func main() {
	for _, n := range []int{-5, 0, 7, 100} {
		println(n, classify(n))
	}
	for _, s := range []int{100, 95, 81, 65, 12} {
		print(grade(s), " ")
	}
	println()
	for i := 0; i < 5; i++ {
		fall(i)
	}
	switch order() {
	case 1:
		println("one")
	case 2:
		println("two")
	}
	switch x := "b"; x {
	case "a":
		println("a")
	case "b", "c":
		println("b or c")
	}
	switch {
	}
	switch v := 5; {
	case v > 3:
		println("v > 3")
		fallthrough
	case v > 100:
		println("fell into v > 100")
	}
}
