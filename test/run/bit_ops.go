package main

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

// Bitwise and, or, xor, and-not and complement on signed and unsigned values.
func main() {
	a, b := 0xF0F0, 0x0FF0
	println(a&b, a|b, a^b, a&^b, ^a)
	var u8 uint8 = 0xAA
	println(^u8, u8&0x0F, u8|0x0F, u8^0xFF, u8&^0xA0)
	var i8 int8 = -1
	println(i8&0x7F, i8^1, ^i8)
	var u64 uint64 = 0xDEADBEEFCAFEBABE
	println(u64, u64>>32, u64&0xFFFF, popcount(u64))
	var u32 uint32 = 1
	for i := 0; i < 5; i++ {
		u32 = u32<<7 | u32>>25
	}
	println(u32)
	x := 12345
	x ^= 0x5555
	x &^= 0xF
	x |= 0x100
	x &= 0xFFFF
	println(x)
	var m int16 = -32768
	println(m^-1, m&1, m|1)
	flags := 0
	for i := uint(0); i < 8; i += 2 {
		flags |= 1 << i
	}
	println(flags, flags&(1<<4) != 0, flags&(1<<5) != 0)
}
