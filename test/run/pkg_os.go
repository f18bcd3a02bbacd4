package main

import (
	"errors"
	"io"
	"os"
)

func main() {
	println(len(os.Args) >= 1)
	n, err := os.Stdout.WriteString("to stdout\n")
	println(n, err == nil)
	n, err = os.Stderr.Write([]byte("to stderr\n"))
	println(n, err == nil)
	println(os.Getenv("LLGO_SURELY_UNSET_VARIABLE") == "", os.Stdout.Name(), os.Stderr.Fd())
	_, ok := os.LookupEnv("LLGO_SURELY_UNSET_VARIABLE")
	println(ok)
	_, ok = os.LookupEnv("PATH")
	println(ok)
	buf := make([]byte, 16)
	n, err = os.Stdin.Read(buf)
	println(n, err == io.EOF)
	f := os.NewFile(1, "out")
	f.Close()
	_, err = f.WriteString("x")
	println(err.Error(), errors.Is(err, os.ErrClosed))
	var pe *os.PathError
	println(errors.As(err, &pe), pe.Op, pe.Path)
	defer println("deferred: not printed")
	os.Exit(3)
}
