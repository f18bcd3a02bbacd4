package main

// Three-index slices limit capacity, so append must copy instead of overwriting.
func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4]
	println(len(s), cap(s))
	t := arr[2:4:5]
	println(len(t), cap(t))
	t = append(t, 100)
	println(arr[4], len(t), cap(t))
	t = append(t, 200)
	println(arr[5], len(t), cap(t) >= 4)
	t[0] = -2
	println(arr[2], t[0])
	u := s[1:6]
	println(len(u), cap(u), u[4])
	v := arr[:0:0]
	println(len(v), cap(v))
	v = append(v, 9)
	println(arr[0], v[0])
	w := arr[3:3:8]
	println(len(w), cap(w))
	ss := []string{"a", "b", "c", "d"}
	x := ss[1:2:3]
	x = append(x, "X")
	println(ss[2], len(x), cap(x))
	x = append(x, "Y")
	println(ss[3], x[2])
	str := "hello"
	println(str[1:3], str[:0] == "")
}
