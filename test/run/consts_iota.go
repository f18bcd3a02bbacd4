package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const big = 1 << 100
const small = big >> 98
const pi = 3.14159265358979323846264338327950288419716939937510582097494459
const typed int32 = 1 << 20

const (
	x0 = "s"
	x1
	x2 = iota
)

// Constants, iota and arbitrary-precision constant arithmetic.
func main() {
	println(Sunday, Monday, Tuesday, Wednesday)
	println(KB, MB, GB, TB)
	println(a, b, c, d, e, f)
	println(small, big/big, big%7)
	println(pi, float32(pi))
	println(typed, typed*2)
	println(x0, x1, x2)
	var w Weekday = Tuesday
	println(w+1 == Wednesday)
	const h = 'a' + 1
	println(h, string(rune(h)))
	const fl = 10 / 4
	const fl2 = 10 / 4.0
	println(fl, fl2)
	println(^0, ^uint8(0), -1<<63 == -9223372036854775808)
	println(len("constant"), 1e3, 'x')
}
