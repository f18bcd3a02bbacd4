// alloc_boxing: values boxed into interfaces in a loop. Each iteration converts an int, a float64, a
// struct and a string to interface{} and hands them to a sink through an interface method (a dynamic
// call Go's escape analysis cannot see through, so it heap-allocates the boxes), and also to a plain
// variadic function that only reads them. No box outlives its iteration.
package main

const size = 12500000 // smoke: 1000

type point struct{ x, y int }

type sink interface {
	put(v interface{})
}

type summer struct {
	ints   int
	floats float64
	other  int
}

func (s *summer) put(v interface{}) {
	switch x := v.(type) {
	case int:
		s.ints += x
	case float64:
		s.floats += x
	case point:
		s.other += x.x - x.y
	case string:
		s.other += len(x)
	}
}

type counter struct{ n int }

func (c *counter) put(v interface{}) {
	if v != nil {
		c.n++
	}
}

// total reads its boxed arguments and lets none of them escape.
func total(vals ...interface{}) int {
	t := 0
	for _, v := range vals {
		switch x := v.(type) {
		case int:
			t += x
		case point:
			t += x.x * x.y
		}
	}
	return t
}

func main() {
	sum := &summer{}
	cnt := &counter{}
	sinks := []sink{sum, cnt}
	names := []string{"alpha", "beta", "gamma", "delta"}
	t := 0
	for i := 0; i < size; i++ {
		s := sinks[i%2]
		s.put(i * 1000)
		s.put(float64(i) * 0.25)
		s.put(point{i, i >> 1})
		s.put(names[i%4])
		t += total(i*3, point{i & 7, 3}, i+1000)
	}
	println(sum.ints, sum.floats, sum.other, cnt.n, t)
}
