// Package cyca imports cycb, which imports cyca: an import cycle.
package cyca

import "llgotest/cycb"

var A = cycb.B
