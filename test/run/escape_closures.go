package main

type Bank struct{ balance int }

func makeAccount(start int) (deposit func(int), balance func() int) {
	b := Bank{start}
	deposit = func(n int) { b.balance += n }
	balance = func() int { return b.balance }
	return
}

func makeMultipliers() []func(int) int {
	var fs []func(int) int
	for i := 1; i <= 3; i++ {
		factor := i * 10
		fs = append(fs, func(x int) int { return x * factor })
	}
	return fs
}

func memo() func(int) int {
	cache := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := cache[n]; ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		cache[n] = r
		return r
	}
	return fib
}

// Closures that outlive the frame that created their variables.
func main() {
	dep, bal := makeAccount(100)
	dep(50)
	dep(-30)
	println(bal())
	for _, f := range makeMultipliers() {
		print(f(2), " ")
	}
	println()
	fib := memo()
	println(fib(50), fib(80))
	local := 5
	inc := func() { local++ }
	for i := 0; i < 3; i++ {
		inc()
	}
	println(local)
}
