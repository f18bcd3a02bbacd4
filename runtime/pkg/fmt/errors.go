// errors.go: Errorf, which formats like Sprintf and returns the text as an error; a %w operand
// (one at most, as in Go 1.19) is kept and returned by the error's Unwrap method.

package fmt

// errorString is the error Errorf returns when the format has no %w (errors.New's shape).
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// Errorf formats according to a format specifier and returns the string as an error value.
func Errorf(format string, a ...any) error {
	var p printer
	p.wrapErrs = true
	wrapped := p.doPrintf(format, a)
	s := string(p.f.buf)
	if wrapped == nil {
		return &errorString{s}
	}
	return &wrapError{s, wrapped}
}
