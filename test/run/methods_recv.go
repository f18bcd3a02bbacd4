package main

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Temp float64

func (t Temp) Double() Temp { return t * 2 }

// Value and pointer receivers; the compiler takes addresses and dereferences as needed.
func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	println(c.Get())
	p := &c
	p.Inc()
	println(p.Get(), c.n)
	p.IncCopy()
	println(c.n)
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	println(l.Sum(), len(l))
	t := Temp(1.25)
	println(t.Double().Double())
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	println(cs[0].n, cs[1].Get())
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	println(m["a"].Get())
	arr := [2]Counter{}
	arr[1].Inc()
	println(arr[1].n)
}
