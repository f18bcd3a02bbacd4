// byte and rune are aliases of uint8 and int32: assertions and the runtime's type names agree.
package main

func main() {
	var x interface{} = rune('a')
	v, ok := x.(int32)
	println(v, ok)
	var y interface{} = byte(1)
	_, ok2 := y.(uint8)
	println(ok2)
	var z interface{} = []byte("hi")
	_, ok3 := z.([]uint8)
	println(ok3)
	defer func() { println(recover().(error).Error()) }()
	_ = x.(string)
}
