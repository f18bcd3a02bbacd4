// fmt_methods: String, Error and GoString methods called by fmt at the top level and inside
// composites (not through unexported fields), Errorf with %w and Unwrap, %w misuse, methods with
// pointer receivers, nil receivers and methods that panic.
package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprint("PS", p.n) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type Go struct{ v int }

func (g Go) GoString() string { return fmt.Sprintf("Go{%d}", g.v) }
func (g Go) String() string   { return "go" }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type valErr struct{ code int }

func (v valErr) Error() string { return fmt.Sprint("code ", v.code) }

type hidden struct {
	c   Color
	err error
}

type Visible struct {
	C   Color
	Err error
}

type Nested struct {
	T  Temp
	Cs []Color
	M  map[Color]Temp
}

func main() {
	fmt.Println(Temp(21.5), Color(1), Color(7), []Color{0, 1, 2})
	fmt.Printf("%v|%s|%d|%q|%x|%5s|%-7v|\n", Color(0), Color(1), Color(1), Color(0), Color(1), Color(0), Color(1))
	err := &NotFound{"file"}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%+v|%#v|%d\n", err, err, err, err, Go{1}, Go{2})
	var e error = err
	fmt.Println(e, Both{}, []Both{{}}, Go{3})
	fmt.Printf("%v|%#v|%+v\n", Go{4}, []Go{{5}}, Go{6})
	w := fmt.Errorf("open %s: %w", "x.txt", err)
	fmt.Println(w)
	if u, ok := w.(interface{ Unwrap() error }); ok {
		fmt.Println("unwrap:", u.Unwrap() == error(err), u.Unwrap())
	}
	plain := fmt.Errorf("code %d", 42)
	_, hasUnwrap := plain.(interface{ Unwrap() error })
	fmt.Println(plain, plain.Error(), hasUnwrap)
	fmt.Println(fmt.Errorf("%w", 5), fmt.Errorf("%w and %w", err, err))
	fmt.Printf("%w|%v\n", err, 1)
	fmt.Println(fmt.Errorf("bad: %d", "x"), fmt.Errorf("%s %v", nil, nil))
	ps := &PtrStringer{3}
	fmt.Println(ps, *ps, []*PtrStringer{ps}, []PtrStringer{{4}})
	var nilNF *NotFound
	fmt.Println(nilNF)
	fmt.Printf("[%v] [%s] [%d]\n", nilNF, nilNF, nilNF)
	var nilPS *PtrStringer
	fmt.Println(nilPS)
	fmt.Println(Panicky{})
	fmt.Printf("%s|%d\n", Panicky{}, Panicky{})
	fmt.Printf("%v\n%+v\n", hidden{1, valErr{5}}, hidden{0, nil})
	fmt.Printf("%v\n%+v\n", Visible{1, valErr{6}}, Visible{0, err})
	fmt.Printf("%v\n", Nested{T: 20, Cs: []Color{1, 0}, M: map[Color]Temp{1: 2.5, 0: 3}})
	fmt.Printf("%v|%v\n", map[Color]int{1: 10, 0: 20, 5: 0}, [2]Temp{1, 2})
	fmt.Println(fmt.Sprint(Color(0), Color(1)), fmt.Sprint(Color(0), "x", Color(1)))
	fmt.Printf("%T %T %T\n", err, w, Color(1))
}
