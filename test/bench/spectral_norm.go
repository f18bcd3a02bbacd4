// spectral_norm: the largest singular value of the infinite matrix a(i,j) = 1/((i+j)(i+j+1)/2+i+1),
// truncated to size x size, by ten power iterations of A'A (the Benchmarks Game's spectral-norm).
// Float division in tight loops; the vectors are made once, outside the loops.
package main

const size = 4000 // smoke: 50

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func timesA(v, out []float64) {
	for i := range out {
		s := 0.0
		for j, x := range v {
			s += a(i, j) * x
		}
		out[i] = s
	}
}

func timesAt(v, out []float64) {
	for i := range out {
		s := 0.0
		for j, x := range v {
			s += a(j, i) * x
		}
		out[i] = s
	}
}

func timesAtA(v, out, tmp []float64) {
	timesA(v, tmp)
	timesAt(tmp, out)
}

// sqrt: range reduction into [1,4) and Newton steps (no math package without imports).
func sqrt(x float64) float64 {
	if x <= 0 {
		return 0
	}
	scale := 1.0
	for x >= 4 {
		x *= 0.25
		scale *= 2
	}
	for x < 1 {
		x *= 4
		scale *= 0.5
	}
	z := (x + 1) * 0.5
	for i := 0; i < 5; i++ {
		z = 0.5 * (z + x/z)
	}
	return z * scale
}

func main() {
	u := make([]float64, size)
	v := make([]float64, size)
	tmp := make([]float64, size)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		timesAtA(u, v, tmp)
		timesAtA(v, u, tmp)
	}
	var vBv, vv float64
	for i := range v {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	println(sqrt(vBv / vv))
}
