package main

func double() (r int) {
	defer func() { r *= 2 }()
	r = 5
	return r + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			q = -1
			err = myErr("recovered")
		}
	}()
	return a / b, nil
}

type myErr string

func (m myErr) Error() string { return string(m) }

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

// Deferred closures can change named results after the return statement set them.
func main() {
	println(double())
	q, err := safeDiv(10, 2)
	println(q, err == nil)
	q, err = safeDiv(1, 0)
	println(q, err.Error())
	println(counter())
	println(unnamed())
}
