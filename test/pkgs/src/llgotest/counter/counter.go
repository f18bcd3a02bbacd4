// Package counter is a test package: package-level initialisation with side effects, so the
// order in which packages are initialised shows in the output.
package counter

var Base = start("Base", 10)

var n int

func start(what string, v int) int {
	println("counter:", what, v)
	return v
}

// Next returns 1, 2, 3, ...
func Next() int {
	n++
	return n
}

func init() {
	println("counter init", Base)
}
