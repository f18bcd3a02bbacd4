package main

// Shifts: logical for unsigned, arithmetic for signed, counts at or past the width.
func main() {
	var u8 uint8 = 0x81
	var i8 int8 = -128
	for s := uint(0); s < 10; s += 3 {
		println(s, u8<<s, u8>>s, i8<<s, i8>>s)
	}
	var u64 uint64 = 1
	var i64 int64 = -1
	for _, s := range []uint{0, 1, 31, 32, 63, 64, 65, 200} {
		println(s, u64<<s, i64<<s, i64>>s, (u64<<63)>>s)
	}
	x := 1
	var n int = 10
	println(x<<n, -x<<n, 1024>>n)
	var i32 int32 = -7
	println(i32>>1, i32>>31, i32<<28)
	var u16 uint16 = 0xFFFF
	println(u16>>15, u16<<15, u16>>16)
	const c = 1 << 62
	println(c>>60, uint64(c)<<1)
	var sh8 uint8 = 3
	println(100>>sh8, 5<<sh8)
}
