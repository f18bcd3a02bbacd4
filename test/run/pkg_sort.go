package main

import (
	"os"
	"sort"
	"strconv"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func ints(xs []int) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += " "
		}
		s += strconv.Itoa(x)
	}
	return s
}

func main() {
	xs := []int{5, 2, 8, -1, 9, 3, 3, 0, 7}
	sort.Ints(xs)
	os.Stdout.WriteString(ints(xs) + "\n")
	println(sort.IntsAreSorted(xs), sort.SearchInts(xs, 7), sort.SearchInts(xs, 4))

	ss := []string{"pear", "apple", "fig", "banana"}
	sort.Strings(ss)
	println(ss[0], ss[1], ss[2], ss[3], sort.StringsAreSorted(ss), sort.SearchStrings(ss, "fig"))

	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	println(fs[0], fs[1], fs[2], fs[3])

	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 35}, {"dave", 25}, {"eve", 30}}
	sort.Stable(byAge(people))
	for _, p := range people {
		println(p.name, p.age)
	}
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	println(people[0].name, people[4].name)
	sort.Slice(people, func(i, j int) bool { return people[i].age*100+len(people[i].name) < people[j].age*100+len(people[j].name) })
	for _, p := range people {
		println(p.name, p.age)
	}
	println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].age < people[j].age }))

	big := make([]int, 1000)
	seed := uint32(7)
	for i := range big {
		seed = seed*1664525 + 1013904223
		big[i] = int(seed >> 16)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(big)))
	println(sort.IsSorted(sort.Reverse(sort.IntSlice(big))), big[0] >= big[999])
	sort.Sort(sort.IntSlice(big))
	println(sort.IsSorted(sort.IntSlice(big)), big[0], big[999])

	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	j, found := sort.Find(len(xs), func(k int) int { return 7 - xs[k] })
	println(i, j, found)
}
