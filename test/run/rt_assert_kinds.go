package main

// Every shape of failed type assertion Go reports: nil or wrong dynamic type, to a concrete type or to
// an interface, from an empty or a non-empty interface; the messages come through recover and error.

type Shape interface{ Area() int }
type Named interface{ Name() string }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Circle struct{ r int }

func (c *Circle) Area() int { return 3 * c.r * c.r }

type Celsius float64

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name+":", e.Error())
		} else {
			println(name+":", "no runtime error")
		}
	}()
	f()
}

func main() {
	var e interface{}
	var sh Shape
	try("nil eface to concrete", func() { println(e.(int)) })
	try("nil eface to iface", func() { println(e.(Shape).Area()) })
	try("nil iface to concrete", func() { println(sh.(Sq).s) })
	try("nil iface to iface", func() { println(sh.(Named).Name()) })
	sh = Sq{2}
	try("iface to wrong concrete", func() { println(sh.(*Circle).r) })
	try("iface to iface missing", func() { println(sh.(Named).Name()) })
	e = &Circle{1}
	try("pointer vs value", func() { println(e.(Circle).r) })
	try("pointer to iface ok", func() { println(e.(Shape).Area()) })
	e = Circle{1}
	try("value lacks pointer method", func() { println(e.(Shape).Area()) })
	e = Celsius(1.5)
	try("named basic", func() { println(e.(float64)) })
	e = []int{1}
	try("slice type", func() { println(e.(map[string]int)) })
	e = func(int) int { return 1 }
	try("func type", func() { println(e.(func() int)()) })
	e = "s"
	n := e.(int)
	println("not reached", n)
}
