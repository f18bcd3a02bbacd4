// spectral-norm in the style of the Benchmarks Game: power method on an infinite matrix, %0.9f.
package main

import (
	"fmt"
	"math"
)

func a(i, j int) float64 { return 1.0 / float64((i+j)*(i+j+1)/2+i+1) }

func times(v []float64, u []float64, transpose bool) {
	for i := range v {
		s := 0.0
		for j := range u {
			if transpose {
				s += a(j, i) * u[j]
			} else {
				s += a(i, j) * u[j]
			}
		}
		v[i] = s
	}
}

func timesAtA(v, u, tmp []float64) {
	times(tmp, u, false)
	times(v, tmp, true)
}

func main() {
	n := 100
	u, v, tmp := make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		timesAtA(v, u, tmp)
		timesAtA(u, v, tmp)
	}
	var vBv, vv float64
	for i := range v {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%0.9f\n", math.Sqrt(vBv/vv))
}
