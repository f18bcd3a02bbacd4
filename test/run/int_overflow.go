package main

// Integer arithmetic wraps around in two's complement for every size.
func main() {
	var a int8 = 127
	a++
	println(a)
	a--
	println(a)
	var b uint8 = 0
	b--
	println(b)
	b += 10
	println(b)
	var c int16 = 32000
	c += 1000
	println(c)
	var d uint16 = 65535
	d *= d
	println(d)
	var e int32 = 2147483647
	e += e
	println(e)
	var f uint32 = 1 << 31
	f *= 2
	println(f)
	var g int64 = 9223372036854775807
	g++
	println(g)
	var h uint64 = 0
	h--
	println(h)
	var i int = -9223372036854775808
	println(-i, i-1)
	var m int8 = -128
	println(m / -1, m * -1)
	var x int32 = 100000
	println(x * x)
	var y uint8 = 200
	println(y + y, y * 2, y << 1)
	for k := int8(120); k > 0; k += 3 {
		println("k", k)
	}
}
