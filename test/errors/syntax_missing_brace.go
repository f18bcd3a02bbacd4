package main

func main() {
	if true {
		println("x")
	
}
// ERROR "syntax error: unexpected EOF"