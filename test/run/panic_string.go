package main

func check(n int) {
	if n > 2 {
		panic("too big")
	}
	println("ok", n)
}

func validate(xs []int) (count int) {
	defer func() { println("validated", count) }()
	for _, x := range xs {
		check(x)
		count++
	}
	return count
}

// An unrecovered panic with a string value prints "panic: too big" and exits with status 2.
func main() {
	defer println("deferred 1")
	defer func() {
		println("deferred 2")
	}()
	println(validate([]int{0, 1}))
	validate([]int{1, 2, 3, 4})
}
