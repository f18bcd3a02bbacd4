package main

type Celsius float64
type Fahrenheit float64

func toF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

// Numeric conversions: truncation, sign and zero extension, float to int, named types.
func main() {
	var i int = 300
	println(int8(i), uint8(i), int16(i), uint16(-i))
	var n int32 = -1
	println(uint32(n), uint64(n), int64(n), uint8(n), uint64(uint32(n)))
	var big uint64 = 0xFFFFFFFF00000080
	println(int8(big), uint16(big), int32(big), int64(big))
	f := 3.99
	println(int(f), int(-f), int32(f*100), uint(f))
	var g float32 = 16777217.0
	println(g, float64(g))
	println(float64(i)/7, float32(i)/7)
	println(float64(int64(1)<<53 + 1))
	c := Celsius(100)
	println(toF(c), toF(-40))
	var b byte = 200
	println(int8(b), rune(b), int(b)+100)
	var r rune = 0x1F600
	println(int16(r), uint8(r))
	var u uint = 5
	var k int = -3
	println(int(u)+k, u+uint(k))
	var fl float64 = 1e10
	println(int32(int64(fl)), int64(fl))
	h := 0.5
	println(int(h+h), int(h), int(-h))
}
