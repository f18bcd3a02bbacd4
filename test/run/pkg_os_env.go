// os.Environ, Setenv, Unsetenv and LookupEnv; the keys Go's syscall.Setenv rejects give a *SyscallError.
package main

import (
	"fmt"
	"os"
	"strings"
)

func has(prefix string) bool {
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, prefix) {
			return true
		}
	}
	return false
}

func main() {
	fmt.Println(len(os.Environ()) > 0, has("PATH="))
	fmt.Println(os.Setenv("LLGO_TEST_VAR", "a=b"), os.Getenv("LLGO_TEST_VAR"), has("LLGO_TEST_VAR=a=b"))
	fmt.Println(os.Setenv("LLGO_TEST_VAR", "c"), has("LLGO_TEST_VAR=c"))
	v, ok := os.LookupEnv("LLGO_TEST_VAR")
	fmt.Println(v, ok)
	fmt.Println(os.Unsetenv("LLGO_TEST_VAR"), has("LLGO_TEST_VAR="))
	v, ok = os.LookupEnv("LLGO_TEST_VAR")
	fmt.Printf("%q %v\n", v, ok)
	for _, k := range []string{"", "A=B", "A\x00B"} {
		err := os.Setenv(k, "x")
		fmt.Println(err)
		if se, isSys := err.(*os.SyscallError); isSys {
			fmt.Println(se.Syscall, se.Err)
		}
	}
	fmt.Println(os.Setenv("LLGO_OK", "v\x00"))
	fmt.Println(os.Setenv("LLGO_EMPTY", ""), has("LLGO_EMPTY="))
}
