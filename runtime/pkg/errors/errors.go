// Package errors: error values made from text (New) and the helpers that walk a chain of wrapped
// errors (Unwrap, Is, As), with Go 1.19's semantics: each link has at most one `Unwrap() error`.
//
// As needs to know the type that a pointer target points to and to store into it, which the language
// subset cannot express without reflection, so two C hooks (runtime/pkg_errors.c) do that part:
// errors_check_target validates the target as Go's As does, errors_assign tries one link.
package errors

// New returns an error whose Error method returns text. Each call makes a distinct error.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of err's Unwrap method, or nil when err has none.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain equals target or has an Is(target) method saying so.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	comparable := errors_comparable(target)
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that is assignable to the value target points to, stores
// it there and reports true; or, failing that, one whose As(target) method reports true.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch errors_check_target(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if errors_assign(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// errors_comparable reports whether v's dynamic type supports ==.
func errors_comparable(v any) bool

// errors_check_target: 0 when target is a non-nil pointer to an interface type or to a type that
// implements error, 1 when it is not a non-nil pointer, 2 otherwise.
func errors_check_target(target any) int

// errors_assign stores err into *target and reports true when err's dynamic type is assignable to
// target's element type.
func errors_assign(err error, target any) bool
