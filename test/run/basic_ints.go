package main

// Every integer type at its limits, printed with println.
func main() {
	var i8 int8 = -128
	var i16 int16 = -32768
	var i32 int32 = -2147483648
	var i64 int64 = -9223372036854775808
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var i int = 9223372036854775807
	var u uint = 18446744073709551615
	var up uintptr = 12345
	var b byte = 'A'
	var r rune = 'é'
	println(i8, i16, i32, i64)
	println(u8, u16, u32, u64)
	println(i, u, up, b, r)
	i8 = 127
	i16 = 32767
	i32 = 2147483647
	i64 = 9223372036854775807
	println(i8, i16, i32, i64)
	println(-i8, -i16, -i32, -i64)
	var z int
	println(z, -z, 0, -0)
	print(1, 2, "x", 3, "\n")
	print("a", "b", "\n")
}
