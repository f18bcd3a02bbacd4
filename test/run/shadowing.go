package main

var x = "package"

func show() { println("show sees", x) }

// Shadowing: inner declarations hide outer ones; := in if/for/switch scopes.
func main() {
	println(x)
	x := 1
	println(x)
	{
		x := 2.5
		println(x)
		{
			x := "inner"
			println(x)
		}
		println(x)
	}
	println(x)
	show()
	if x := 10; x > 5 {
		println("if", x)
	} else {
		println("else", x)
	}
	for x := 0; x < 2; x++ {
		println("for", x)
	}
	println(x)
	switch x := "sw"; x {
	case "sw":
		println("switch", x)
	}
	err := 1
	if true {
		err := 2
		err++
		_ = err
	}
	println(err)
	a, b := 1, 2
	{
		a, c := 3, 4
		b = a + c
	}
	println(a, b)
	len := func(s string) int { return 99 }
	println(len("abc"))
	true := false
	println(true)
}
