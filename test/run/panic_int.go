package main

type Code int

func risky(n int) (result int) {
	defer func() {
		if r := recover(); r != nil {
			result = -r.(int)
		}
	}()
	if n > 2 {
		panic(n)
	}
	return n
}

// Panics with integer values print the value; a named non-error type prints as main.Code(7).
func main() {
	println(risky(1), risky(5))
	defer func() {
		r := recover()
		println("recovered", r.(int))
		var c Code = 7
		panic(c)
	}()
	panic(42)
}
