// Expression switches mixing interface and concrete values: a concrete case value is compared with
// an interface tag as an interface, and a case whose evaluation panics is recovered.
package main

type S struct{ a, b int }

func kind(x interface{}) string {
	var p *int
	switch x {
	case 1:
		return "one"
	case "two":
		return "two"
	case S{1, 2}:
		return "S{1,2}"
	case p:
		return "nil *int"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	var p *int
	for _, v := range []interface{}{1, "two", S{1, 2}, S{2, 1}, p, nil, 1.5} {
		println(kind(v))
	}
	var e error
	switch e {
	case nil:
		println("nil error")
	}
	defer func() { println("recovered:", recover() != nil) }()
	var x interface{}
	switch x {
	case x.(*int):
		println("unreachable")
	}
}
