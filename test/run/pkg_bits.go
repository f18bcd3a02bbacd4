package main

import "math/bits"

var seed uint64 = 0x9E3779B97F4A7C15

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func main() {
	vals := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 1 << 31, 1 << 32, 1<<63 | 1, ^uint64(0)}
	for i := 0; i < 8; i++ {
		vals = append(vals, rnd()>>(rnd()%64))
	}
	for _, x := range vals {
		println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x), bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 7), bits.RotateLeft64(x, -3))
		println(bits.LeadingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)), bits.OnesCount32(uint32(x)), bits.Len32(uint32(x)), bits.Reverse32(uint32(x)), bits.ReverseBytes32(uint32(x)), bits.RotateLeft32(uint32(x), 5))
		println(bits.LeadingZeros16(uint16(x)), bits.TrailingZeros16(uint16(x)), bits.Len16(uint16(x)), bits.Reverse16(uint16(x)), bits.ReverseBytes16(uint16(x)), bits.RotateLeft16(uint16(x), -1), bits.OnesCount16(uint16(x)))
		println(bits.LeadingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)), bits.Len8(uint8(x)), bits.Reverse8(uint8(x)), bits.RotateLeft8(uint8(x), 3), bits.OnesCount8(uint8(x)), bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)))
		y := rnd()
		s, c := bits.Add64(x, y, 1)
		d, b := bits.Sub64(x, y, 1)
		h, l := bits.Mul64(x, y)
		println(s, c, d, b, h, l)
		s32, c32 := bits.Add32(uint32(x), uint32(y), 0)
		d32, b32 := bits.Sub32(uint32(x), uint32(y), 1)
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		println(s32, c32, d32, b32, h32, l32)
		if y != 0 {
			hi := x % y
			q, r := bits.Div64(hi, rnd(), y)
			println(q, r, bits.Rem64(x, rnd(), y))
		}
		if uint32(y) != 0 {
			q, r := bits.Div32(uint32(x)%uint32(y), uint32(rnd()), uint32(y))
			println(q, r, bits.Rem32(uint32(x), 5, uint32(y)))
		}
	}
	defer func() { println(recover().(error).Error()) }()
	bits.Div64(5, 0, 3)
}
