// Runaway tail recursion overflows the stack as in Go (LLVM must not turn it into a loop).
package main

func f(n int) int { return f(n+1) + 1 }

func main() { println(f(0)) }
