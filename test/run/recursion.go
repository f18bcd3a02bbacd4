package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + 1 + pad[n%16] - n
}

// Recursion: fib, Ackermann, mutual recursion, Hanoi and a deep recursion.
func main() {
	for i := 0; i <= 20; i += 5 {
		println(i, fib(i))
	}
	println(ack(2, 3), ack(3, 3))
	println(isEven(10), isOdd(7), isEven(7))
	moves := 0
	hanoi(10, "a", "c", "b", &moves)
	println(moves)
	println(depth(100000))
}
