// fmt_values: composite values printed with %v, %+v, %#v and %d: structs (nested, embedded,
// unexported fields), pointers to composites at the top level, slices, arrays, maps with their keys
// sorted as Go sorts them, nil values of every kind, byte slices and arrays, and named types.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
}

type inner struct {
	n int
	s string
}

type Outer struct {
	Point
	in    inner
	Tags  []string
	M     map[string]int
	P     *Point
	Any   any
	Err   error
	Flag  bool
	Ratio float64
}

type Names []string
type Table map[string][]int
type ID int
type Name string
type Grid [2][3]int
type Bytes []byte
type Flags uint8

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p, []Point{{1, 2}, {3, 4}}, [2]Point{})
	fmt.Printf("%v|%+v|%#v|%d|%x\n", p, p, p, p, p)
	l := Line{Point{1, 2}, Point{3, 4}, "diag"}
	fmt.Printf("%v|%+v\n%#v\n", l, &l, l)
	o := Outer{Point: Point{5, 6}, in: inner{7, "x"}, Tags: []string{"a", "b"}, M: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n%+v\n", o, o)
	var np *Point
	var ns []int
	var nm map[string]int
	var ne error
	var na any
	var nf func()
	fmt.Println(np, ns, nm, ne, na, nf == nil)
	fmt.Printf("%v|%+v|%#v|%#v|%#v|%#v|%d\n", np, ns, np, ns, nm, na, np)
	fmt.Printf("%#v|%#v|%#v\n", []int{}, map[string]int{}, struct{}{})
	fmt.Printf("%p|%p|%p|%#p|%p|%p|%8s|%-8s|\n", np, ns, nm, np, 1, "s", "héllo", "wörld")
	fmt.Printf("%v|%d|%x|%v\n", nf, np, nm, [][]string{nil, {}})
	fmt.Println([]int{1, 2, 3}, [3]string{"a", "b", "c"}, []any{1, "x", nil, 2.5, []int{4}}, [][]int{{1}, {2, 3}, nil})
	fmt.Printf("%v|%d|%x|%X|%o|%q|%5d|%-3v|\n", []int{10, 20}, []int{10, 20}, []int{10, 255}, [2]int{10, 255}, []int{8, 9}, []string{"a", "b"}, []int{1, 2}, []int{1})
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "m", 2: "b"})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true}, map[bool]int{true: 1, false: 0})
	fmt.Println(map[Point]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"}, map[[2]int]int{{2, 0}: 1, {1, 5}: 2})
	fmt.Printf("%v|%+v|%#v\n", map[string]Point{"p": {1, 2}}, map[ID]Name{2: "two", 1: "one"}, map[string]int{"k": 1, "a": 0})
	fmt.Println(Names{"x", "y"}, Table{"t": {1, 2}}, ID(7), Name("bob"), Grid{{1, 2, 3}, {4, 5, 6}}, Flags(3))
	fmt.Printf("%v|%d|%s|%q|%x|%#v|%#v|%#v\n", ID(42), ID(42), Name("n"), Name("q"), ID(255), ID(3), Name("s"), Names{"a"})
	fmt.Printf("%s|%x|%X|% x|%q|%v|%d|%#v|%#v\n", []byte("hi"), []byte("hi"), []byte{1, 171}, []byte{1, 2, 3}, []byte("q\n"), []byte("ab"), []byte{7}, []byte{1, 2}, []byte(nil))
	fmt.Printf("%s|%x|%v|%s|%x|%v|%#v\n", [3]byte{'a', 'b', 'c'}, [2]byte{1, 2}, [2]byte{1, 2}, Bytes("named"), Bytes("hi"), Bytes{1}, Bytes{9})
	fmt.Printf("%v|%+v|%#v\n", &Line{}, &[]int{1}, &map[string]int{"a": 1})
	fmt.Printf("%v|%+v\n", []*Point{nil}, struct {
		A *int
		B []any
	}{nil, []any{nil}})
	fmt.Printf("%v|%+v|%#v\n", struct{ a, b any }{1, nil}, struct{ E error }{}, struct{ E error }{})
	fmt.Printf("%s|%d|%v\n", []string{"s"}, []string{"s"}, [0]int{})
	fmt.Printf("%v %v\n", [][2]string{{"a", "b"}}, map[string][]string{"k": {"v1", "v2"}, "e": nil})
	fmt.Printf("%6v|%-8v|%06v|%+v\n", []int{1, 2}, Point{1, 2}, []int{3}, []any{Point{1, 2}, []int{5}})
	fmt.Printf("%t|%v\n", []bool{true, false}, map[string]bool{"y": true})
	fmt.Printf("%.2f|%5.1f|%e\n", []float64{1, 2.345}, map[string]float64{"pi": 3.14159}, [1]float32{1})
	fmt.Printf("%v\n", struct {
		_ int
		X int
	}{X: 1})
	fmt.Printf("%+v\n", struct {
		_ int
		X int
	}{X: 1})
}
