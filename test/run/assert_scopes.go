// A failed type assertion between two types of the same spelling, one declared inside a function:
// Go says "(types from different scopes)", not "packages" (its fixedbugs/issue26094.go).
package main

var X interface{}

type T struct{}

func local() {
	type T struct{}
	X = T{}
}

func try(f func()) {
	defer func() {
		println(recover().(error).Error())
	}()
	f()
}

func main() {
	local()
	try(func() { _ = X.(T) })
	X = T{}
	try(func() {
		type T struct{}
		_ = X.(T)
	})
	_ = X.(interface{ M() })
}
