package main

type Stringer interface{ String() string }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return "Color(" + itoa(int(c)) + ")"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

type Point struct{ X, Y int }

func (p Point) String() string { return "(" + itoa(p.X) + "," + itoa(p.Y) + ")" }

func show(v interface{}) string {
	if s, ok := v.(Stringer); ok {
		return s.String()
	}
	return "?"
}

// A Stringer-like interface and a hand-written integer formatter.
func main() {
	for c := Red; c <= Blue+1; c++ {
		println(show(c))
	}
	println(show(Point{3, -4}), show(42))
	println(itoa(-1234567890), itoa(9223372036854775807))
	var list []Stringer
	list = append(list, Blue, Point{1, 2})
	s := ""
	for _, x := range list {
		s += x.String() + ";"
	}
	println(s)
}
