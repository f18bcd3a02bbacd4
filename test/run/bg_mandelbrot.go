// mandelbrot in the style of the Benchmarks Game: a PBM bitmap written through bufio to stdout.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	n := 64
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "P4\n%d %d\n", n, n)
	for y := 0; y < n; y++ {
		var bits byte
		ci := 2*float64(y)/float64(n) - 1
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/float64(n) - 1.5
			zr, zi := 0.0, 0.0
			inside := true
			for i := 0; i < 50; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
				if zr*zr+zi*zi > 4 {
					inside = false
					break
				}
			}
			bits <<= 1
			if inside {
				bits |= 1
			}
			if x%8 == 7 {
				out.WriteByte(bits)
				bits = 0
			}
		}
	}
}
