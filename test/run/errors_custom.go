package main

type NotFound struct{ name string }

func (e *NotFound) Error() string { return e.name + " not found" }

type Code int

func (c Code) Error() string {
	if c == 404 {
		return "code 404"
	}
	return "code other"
}

type wrapped struct {
	msg string
	err error
}

func (w wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapped) Unwrap() error { return w.err }

func find(name string) (int, error) {
	switch name {
	case "a":
		return 1, nil
	case "b":
		return 0, Code(404)
	}
	return 0, &NotFound{name}
}

func lookup(name string) error {
	_, err := find(name)
	if err != nil {
		return wrapped{"lookup " + name, err}
	}
	return nil
}

// The error interface with custom types, wrapping and unwrapping by hand.
func main() {
	for _, n := range []string{"a", "b", "c"} {
		v, err := find(n)
		if err != nil {
			println("error:", err.Error())
			continue
		}
		println("value:", v)
	}
	err := lookup("zz")
	println(err.Error())
	if w, ok := err.(wrapped); ok {
		inner := w.Unwrap()
		if nf, ok := inner.(*NotFound); ok {
			println("inner not found:", nf.name)
		}
	}
	println(lookup("a") == nil)
	var c error = Code(404)
	println(c == Code(404), c.Error())
}
