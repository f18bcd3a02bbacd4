package main

func divmod(a, b int) (int, int) { return a / b, a % b }

// Integer division truncates toward zero; % takes the sign of the dividend.
func main() {
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {100, 7}} {
		q, r := divmod(p[0], p[1])
		println(p[0], p[1], q, r, q*p[1]+r == p[0])
	}
	var u uint = 17
	println(u/5, u%5)
	var u8 uint8 = 250
	println(u8/7, u8%7)
	var i8 int8 = -100
	println(i8/7, i8%7, i8/-7)
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 5
	x %= 7
	println(x)
	y := 1
	for i := 0; i < 20; i++ {
		y = y*3 + 1
	}
	println(y)
	var ff float64 = 7
	println(ff/2, -ff/2)
	n := 0
	n++
	n++
	n--
	println(n, -n, +n)
	var i64 int64 = -9223372036854775807 - 1
	println(i64%-1, i64/2)
	var k uint32 = 3000000000
	println(k+k, k*3)
}
