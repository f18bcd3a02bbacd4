// alloc_temps: &T{} temporaries passed down a call chain. Each iteration makes small vectors with &vec{}
// and passes their addresses through helpers that read them, one of which keeps them for the length of
// the iteration in a scratch slice (an indirect store Go's escape analysis treats as escaping). Nothing
// survives the iteration.
package main

const size = 14000000 // smoke: 1000

type vec struct{ x, y, z float64 }

func dot(a, b *vec) float64 {
	return a.x*b.x + a.y*b.y + a.z*b.z
}

func cross(a, b *vec) *vec {
	return &vec{a.y*b.z - a.z*b.y, a.z*b.x - a.x*b.z, a.x*b.y - a.y*b.x}
}

func add(a, b *vec) vec {
	return vec{a.x + b.x, a.y + b.y, a.z + b.z}
}

// volume of the box spanned by a, b, c.
func volume(a, b, c *vec) float64 {
	return dot(a, cross(b, c))
}

// longest keeps pointers in a caller-provided scratch slice and returns the longest.
func longest(scratch []*vec, vs ...*vec) *vec {
	n := copy(scratch, vs)
	best := scratch[0]
	for _, v := range scratch[1:n] {
		if dot(v, v) > dot(best, best) {
			best = v
		}
	}
	return best
}

func main() {
	scratch := make([]*vec, 3)
	acc := 0.0
	for i := 0; i < size; i++ {
		f := float64(i & 1023)
		a := &vec{f, 1, 2}
		b := &vec{3, f * 0.5, 1}
		c := &vec{1, 2, f * 0.25}
		acc += volume(a, b, c)
		s := add(a, b)
		l := longest(scratch, a, &s, c)
		acc += l.x - l.z
	}
	println(acc)
}
