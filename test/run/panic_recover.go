package main

type MyErr struct{ code int }

func (e MyErr) Error() string { return "my error" }

func try(f func()) (v interface{}) {
	defer func() { v = recover() }()
	f()
	return nil
}

func nestedRecover() (s string) {
	defer func() {
		r := recover()
		s = r.(string) + " caught outside"
	}()
	func() {
		defer func() {
			r := recover()
			panic(r.(string) + "+again")
		}()
		panic("first")
	}()
	return "unreachable"
}

// recover returns the panic value; a re-panic in a deferred call can be recovered further out.
func main() {
	v := try(func() { panic("boom") })
	println(v.(string))
	v = try(func() { panic(42) })
	println(v.(int))
	v = try(func() { panic(MyErr{7}) })
	println(v.(MyErr).code, v.(error).Error())
	v = try(func() {})
	println(v == nil)
	v = try(func() {
		var a []int
		i := 5
		_ = a[i]
	})
	err, ok := v.(error)
	println(ok, err.Error())
	v = try(func() {
		var m map[string]int
		m["x"] = 1
	})
	println(v.(error).Error())
	println(nestedRecover())
	println(recover() == nil)
	defer func() {
		println("recovered in main:", recover().(string))
	}()
	panic("last")
}
