package main

type ParseError struct {
	line int
	msg  string
}

func (e *ParseError) Error() string { return "parse error: " + e.msg }

func parse(s string) error {
	if len(s) == 0 {
		return &ParseError{1, "empty input"}
	}
	return nil
}

// Panicking with an error value prints its Error() text.
func main() {
	println(parse("x") == nil)
	if err := parse(""); err != nil {
		panic(err)
	}
}
