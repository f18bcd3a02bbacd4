// errors.go: Errorf, which formats like Sprintf and returns the text as an error: errors.New's
// when the format has no %w, else a *wrapError whose Unwrap returns the %w operand (one at most,
// as in Go 1.19).

package fmt

import "errors"

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
		return errors.New(s)
	}
	return &wrapError{s, wrapped}
}
