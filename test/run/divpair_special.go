// Divisions that stage 6 pairs into two-lane divisions (passes/divpair.c) on x86-64, over the values
// where a division is most easily got wrong: zeros of both signs, infinities, NaN, subnormals, and
// quotients that round. Every result is printed; the output is Go 1.19's.
package main

func main() {
	zero := 0.0
	negz := -zero
	inf := 1 / zero
	nan := inf - inf
	tiny := 4.9e-324
	vals := []float64{1, -1, zero, negz, inf, -inf, nan, tiny, -tiny, 3, 7, 1e308, 2.5e-308, 0.1, 1.0 / 3}
	n := len(vals)
	// two independent quotients per step, kept in slices and printed afterwards
	qs := make([]float64, n*n)
	rs := make([]float64, n*n)
	for i := 0; i < n*n; i++ {
		a, b := vals[i%n], vals[i/n]
		qs[i] = a / b
		rs[i] = (b + 0.5) / (a - 0.25)
	}
	for i := range qs {
		println(i, qs[i], rs[i])
	}
	// the same quotients, in pairs of steps whose second divides by the first's divisor
	t0, t1 := 1.0, 1.0
	for i := 0; i < n; i++ {
		t0 = vals[i] / (t1 + 1)
		t1 = (vals[n-1-i] - t0) / (vals[i] + 2)
		println("chain:", i, t0, t1)
	}
	// a reduction over a quotient, as spectral-norm's
	s := 0.0
	for j := 1; j <= 1000; j++ {
		s += 1 / float64(j*(j+1)/2+j)
	}
	println("series:", s)
}
