package main

// Cycles of named types declared as other named types, found while the first one's declaration
// is still being checked: each is reported once, at the type of the cycle declared first.

type A B // ERROR "invalid recursive type A"
type B A

type C1 struct{ x C2 } // ERROR "invalid recursive type C1"
type C2 C1

type D [2]E // ERROR "invalid recursive type D"
type E D

type F G // ERROR "invalid recursive type F"
type G H
type H F

func main() {
	type L L // ERROR "invalid recursive type L"
}
