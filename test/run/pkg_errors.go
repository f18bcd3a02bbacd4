package main

import (
	"errors"
	"os"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Code int

func (c Code) Error() string { return "code " + string(rune('0'+int(c))) }

type wrap struct {
	msg string
	err error
}

func (w *wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrap) Unwrap() error { return w.err }

type temporary interface {
	Temporary() bool
}

type tempErr struct{}

func (tempErr) Error() string   { return "temporary failure" }
func (tempErr) Temporary() bool { return true }

type matchAll struct{}

func (matchAll) Error() string        { return "match all" }
func (matchAll) Is(target error) bool { return true }

var ErrBase = errors.New("base error")

func main() {
	e1 := errors.New("x")
	e2 := errors.New("x")
	println(e1.Error(), e1 == e2, errors.Is(e1, e1), errors.Is(e1, e2))

	chain := &wrap{"outer", &wrap{"inner", ErrBase}}
	println(chain.Error())
	println(errors.Is(chain, ErrBase), errors.Is(chain, e1), errors.Unwrap(chain) != nil, errors.Unwrap(ErrBase) == nil)
	println(errors.Is(nil, nil), errors.Is(nil, ErrBase), errors.Is(ErrBase, nil))

	var nf *NotFound
	err := error(&wrap{"lookup", &NotFound{"key"}})
	if errors.As(err, &nf) {
		println("as NotFound:", nf.Name)
	}
	var c Code
	println(errors.As(err, &c), errors.As(&wrap{"w", Code(7)}, &c), int(c))

	var t temporary
	println(errors.As(&wrap{"w", tempErr{}}, &t), t != nil && t.Temporary())
	println(errors.As(err, &t))

	var anyErr error
	println(errors.As(err, &anyErr), anyErr == err)

	println(errors.Is(matchAll{}, ErrBase), errors.Is(&wrap{"m", matchAll{}}, e1))

	defer func() {
		r := recover()
		os.Stdout.WriteString("recovered: " + r.(string) + "\n")
	}()
	var notPtr NotFound
	errors.As(err, notPtr)
}
