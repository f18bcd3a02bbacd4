package main

// goto, labelled break and continue out of nested loops and switches.
func main() {
	i := 0
loop:
	if i < 5 {
		print(i, " ")
		i++
		goto loop
	}
	println()
outer:
	for a := 0; a < 4; a++ {
		for b := 0; b < 4; b++ {
			if b == 2 {
				continue outer
			}
			if a == 3 {
				break outer
			}
			print(a, b, " ")
		}
	}
	println()
	n := 0
search:
	for _, row := range [][]int{{1, 2}, {3, 42}, {5, 6}} {
		for _, v := range row {
			switch {
			case v == 42:
				break search
			case v%2 == 0:
				continue
			}
			n += v
		}
	}
	println(n)
	k := 0
	for {
		k++
		if k > 10 {
			break
		}
		if k%3 != 0 {
			continue
		}
		print(k, " ")
	}
	println()
	x := 3
	if x > 2 {
		goto done
	}
	println("skipped")
done:
	println("done")
sw:
	switch x {
	case 3:
		for j := 0; j < 5; j++ {
			if j == 1 {
				break sw
			}
			println("j", j)
		}
		println("not printed")
	}
}
