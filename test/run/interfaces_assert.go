package main

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "id" }

type Pair struct{ a, b int }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		if v > 10 {
			return "big int"
		}
		return "int"
	case string:
		return "string " + v
	case bool, float64:
		return "bool or float"
	case Stringer:
		return "stringer " + v.String()
	case Pair:
		return "pair"
	case *Pair:
		return "*pair"
	case []int:
		return "slice"
	case error:
		return "error"
	default:
		return "other"
	}
}

// Type assertions with and without comma-ok, and type switches.
func main() {
	things := []interface{}{nil, 3, 42, "s", true, 1.5, ID(1), Pair{}, &Pair{}, []int{}, int8(1), map[int]int{}}
	for _, t := range things {
		println(describe(t))
	}
	var i interface{} = 7
	n := i.(int)
	println(n)
	s, ok := i.(string)
	println(s == "", ok)
	f, ok := i.(float64)
	println(f, ok)
	var st Stringer = ID(5)
	id, ok := st.(ID)
	println(id, ok)
	var e interface{} = st
	_, ok = e.(Stringer)
	println(ok)
	var empty interface{}
	_, ok = empty.(int)
	println(ok)
	switch empty.(type) {
	case nil:
		println("empty is nil")
	}
}
