// fmt_errorf_type: the dynamic types of Errorf's results: *fmt.wrapError with %w, and the
// *errors.errorString of errors.New without it (so fmt must build on the errors package).
package main

import "fmt"

func main() {
	plain := fmt.Errorf("code %d", 42)
	wrapped := fmt.Errorf("ctx: %w", plain)
	fmt.Printf("%T %T\n", plain, wrapped)
	fmt.Printf("%v|%+v|%s\n", plain, wrapped, wrapped)
}
