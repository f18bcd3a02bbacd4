package main

func trace(s string) string {
	println("enter", s)
	return s
}

func un(s string) { println("leave", s) }

func nested() {
	defer un(trace("nested"))
	println("in nested")
}

func loop() {
	for i := 0; i < 4; i++ {
		defer println("deferred", i)
	}
	println("loop done")
}

func args() {
	x := 1
	defer println("x at defer time", x)
	x = 2
	defer func() { println("x in closure", x) }()
	x = 3
}

type T struct{ name string }

func (t T) close() { println("close", t.name) }

// Deferred calls run last-in first-out; their arguments are evaluated at the defer statement.
func main() {
	defer println("main end")
	nested()
	loop()
	args()
	t := T{"a"}
	defer t.close()
	t.name = "b"
	p := &T{"c"}
	defer p.close()
	p.name = "d"
	func() {
		defer println("inner defer")
		println("inner body")
	}()
	println("main body")
}
