// Where Go 1.19 reports the boxing of panic's argument (plain and deferred): at the last
// expression its compiler built for the argument, at the call's '(' when all of it is constant.
package main

type T struct{ a, b int }

var g int

func f1(s string) { panic(s) }
func f2() { panic("x") }
func f3() { panic(1 + 2) }
func f4(t T) { panic(t) }
func f5(t *T) { panic(t.a) }
func f6(x, y int) { panic(x + y) }
func f7() { panic(T{1, 2}) }
func f8() { panic((g)) }
func f9(b []byte) { panic(string(b)) }
func main() {
	defer panic(g + 1)
	defer panic(7)
	defer panic(g)
	f1("")
	f2()
	f3()
	f4(T{})
	f5(nil)
	f6(1, 2)
	f7()
	f8()
	f9(nil)
}
