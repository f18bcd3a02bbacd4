// fmt_alias_types: byte and rune are uint8 and int32 to fmt: %T, %#v and the []byte fast path
// see one type whichever name the program used.
package main

import "fmt"

func main() {
	var b byte = 'a'
	var r rune = 'b'
	var u uint8 = 3
	fmt.Printf("%T %T %T %T %T\n", b, r, 'c', []byte{}, []rune{})
	fmt.Printf("%#v %#v %#v %#v\n", []rune("hi"), []uint8{1, 2}, [2]byte{3, 4}, map[rune]byte{'x': 1})
	fmt.Printf("%v %c %q %s %x\n", r, r, r, []uint8("str"), []uint8("hex"))
	fmt.Println(b, r, u, []rune("ok"), []byte("ok"))
}
