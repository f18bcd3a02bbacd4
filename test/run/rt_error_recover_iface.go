// Runtime errors recovered from a panic satisfy runtime.Error (Error and RuntimeError methods) and
// error; plain panic values do not.
package main

import (
	"fmt"
	"os"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Println(ok, r)
		if ok {
			re.RuntimeError()
			fmt.Println(re.Error())
		}
		_, isErr := r.(error)
		fmt.Println("error:", isErr)
	}()
	f()
}

func main() {
	var a []int
	i := 5
	try(func() { _ = a[i] })
	var m map[string]int
	try(func() { m["x"] = 1 })
	var p *int
	try(func() { _ = *p })
	z := 0
	try(func() { _ = 1 / z })
	var e interface{} = "s"
	try(func() { _ = e.(int) })
	try(func() { panic("plain") })
	try(func() { panic(fmt.Errorf("wrapped %d", 1)) })
	fmt.Println(len(os.Args) > 0)
}
