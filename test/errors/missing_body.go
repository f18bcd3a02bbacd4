package main

// A function without a body is an error, unless (in llgo-lite) it names a runtime.def entry with
// the same signature: then the runtime implements it (the bundled packages' C hooks).

func f(x int) int // ERROR "missing function body"

func rt_rune_count(s []int) int // ERROR "missing function body|does not match its runtime.def entry"

func main() {
	println(f(1), rt_rune_count(nil))
}
