package main

type greeter struct {
	name string
}

func (g *greeter) greet(times int) int {
	n := 0
	for i := 0; i < times; i++ {
		println("hello,", g.name)
		n += len(g.name)
	}
	return n
}

func main() {
	g := &greeter{name: "llgo-lite"}
	println("bytes:", g.greet(2))
}
