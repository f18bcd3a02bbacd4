package main

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return a.Name + " walks" }
func (a *Animal) AddLeg()         { a.Legs++ }

type Named interface{ Describe() string }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	*Animal
	Volume int
}

type Robot struct {
	Dog
	Name string
}

func (d Dog) Bark() string { return d.Name + " barks" }

// Embedding: promoted fields and methods, shadowing by depth, embedded pointers.
func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	println(d.Name, d.Legs, d.Animal.Name, d.Breed)
	println(d.Describe(), d.Bark())
	d.AddLeg()
	println(d.Legs)
	var n Named = d
	println(n.Describe())
	a := &Animal{"cat", 4}
	l := Loud{a, 11}
	l.AddLeg()
	println(a.Legs, l.Legs, l.Describe())
	r := Robot{d, "robo"}
	println(r.Name, r.Dog.Name, r.Describe(), r.Bark())
	r.Legs = 8
	println(r.Dog.Animal.Legs, d.Legs)
	n = r
	println(n.Describe())
	pd := &d
	pd.Name = "max"
	println(pd.Describe(), d.Bark())
}
