// log: prefixes, flags (without the clock, so the output is deterministic), a Logger over a
// strings.Builder, Output, and Fatalf's exit status 1.
package main

import (
	"log"
	"os"
	"strings"
)

func main() {
	log.SetFlags(0)
	log.Println("plain", 1, 2)
	log.SetPrefix("[app] ")
	log.Printf("value=%d", 42)
	log.SetFlags(log.Lmsgprefix)
	log.Print("after ", "prefix")
	var sb strings.Builder
	l := log.New(&sb, "sb: ", 0)
	l.Println("one")
	l.Printf("two %q", "x")
	os.Stdout.WriteString(sb.String())
	println(log.Flags() == log.Lmsgprefix, log.Prefix(), l.Prefix())
	withDate := log.New(&sb, "", log.LstdFlags)
	sb.Reset()
	withDate.Print("x")
	println(len(sb.String()) == len("2009/11/10 23:00:00 x\n"), sb.String()[4] == '/', sb.String()[13] == ':')
	defer println("deferred calls do not run after Fatal")
	log.Fatalf("fatal: %v", "bye")
}
