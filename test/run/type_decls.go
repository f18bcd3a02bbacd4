package main

type Meters float64
type Miles float64
type IntSlice []int
type Lookup map[string]int
type Pred func(int) bool
type Celsius int

func (s IntSlice) Filter(p Pred) IntSlice {
	var out IntSlice
	for _, v := range s {
		if p(v) {
			out = append(out, v)
		}
	}
	return out
}

func (l Lookup) Has(k string) bool { _, ok := l[k]; return ok }

func (c Celsius) Warm() bool { return c > 20 }

type Alias = int

// Named types over basic types, slices, maps and funcs; conversions between them; aliases.
func main() {
	m := Meters(1609.344)
	mi := Miles(m / 1609.344)
	println(mi, m)
	s := IntSlice{1, 2, 3, 4, 5, 6}
	even := s.Filter(func(n int) bool { return n%2 == 0 })
	println(len(even), even[2])
	raw := []int(even)
	raw[0] = 100
	println(even[0])
	l := Lookup{"a": 1}
	println(l.Has("a"), l.Has("b"))
	var a Alias = 5
	var i int = a
	println(i + a)
	temps := []Celsius{10, 25, 30}
	n := 0
	for _, t := range temps {
		if t.Warm() {
			n++
		}
	}
	println(n)
	type local struct{ v int }
	x := local{3}
	println(x.v)
	var p Pred = func(n int) bool { return n > 2 }
	println(p(3), IntSlice{5, 1}.Filter(p)[0])
}
