// Embedding cycles: Go reports each cycle once, at its first declaration (which becomes invalid: a
// selector on it reports nothing more; through the other types of the cycle the field is missing). The 70-type cycle is longer than the 64 levels the cycle search once stopped
// at (the compiler then recursed without bound in the layout).

package main

type A struct{ B } // ERROR "invalid recursive type A"
type B struct{ A }

type C0 struct { // ERROR "invalid recursive type C0"
	x int
	 C1 }
type C1 struct { C2 }
type C2 struct { C3 }
type C3 struct { C4 }
type C4 struct { C5 }
type C5 struct { C6 }
type C6 struct { C7 }
type C7 struct { C8 }
type C8 struct { C9 }
type C9 struct { C10 }
type C10 struct { C11 }
type C11 struct { C12 }
type C12 struct { C13 }
type C13 struct { C14 }
type C14 struct { C15 }
type C15 struct { C16 }
type C16 struct { C17 }
type C17 struct { C18 }
type C18 struct { C19 }
type C19 struct { C20 }
type C20 struct { C21 }
type C21 struct { C22 }
type C22 struct { C23 }
type C23 struct { C24 }
type C24 struct { C25 }
type C25 struct { C26 }
type C26 struct { C27 }
type C27 struct { C28 }
type C28 struct { C29 }
type C29 struct { C30 }
type C30 struct { C31 }
type C31 struct { C32 }
type C32 struct { C33 }
type C33 struct { C34 }
type C34 struct { C35 }
type C35 struct { C36 }
type C36 struct { C37 }
type C37 struct { C38 }
type C38 struct { C39 }
type C39 struct { C40 }
type C40 struct { C41 }
type C41 struct { C42 }
type C42 struct { C43 }
type C43 struct { C44 }
type C44 struct { C45 }
type C45 struct { C46 }
type C46 struct { C47 }
type C47 struct { C48 }
type C48 struct { C49 }
type C49 struct { C50 }
type C50 struct { C51 }
type C51 struct { C52 }
type C52 struct { C53 }
type C53 struct { C54 }
type C54 struct { C55 }
type C55 struct { C56 }
type C56 struct { C57 }
type C57 struct { C58 }
type C58 struct { C59 }
type C59 struct { C60 }
type C60 struct { C61 }
type C61 struct { C62 }
type C62 struct { C63 }
type C63 struct { C64 }
type C64 struct { C65 }
type C65 struct { C66 }
type C66 struct { C67 }
type C67 struct { C68 }
type C68 struct { C69 }
type C69 struct { C0 }

func main() {
	var a A
	println(a.x)
	var c C5
	println(c.x, c.C6.x) // ERROR "c.x undefined .type C5 has no field or method x." "c.C6.x undefined"
}
