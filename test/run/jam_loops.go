// Loops that stage 6 (passes/jam.c) unrolls and jams or fuses, and loops of nearly the same shape
// that it must leave alone; every result is compared with Go's. test/lib/late.sh counts the jammed
// and fused nests (the functions marked "jammed" and "fused" below) in the optimised IR.
package main

// jammed: 8 pixels per byte, each with its own escape time (the mandelbrot kernel).
func pixels(ci float64, x0 int) (byte, int) {
	var b byte
	n := 0
	for bit := 0; bit < 8; bit++ {
		cr := float64(x0+bit)*0.05 - 1.5
		zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
		i := 0
		for ; i < 50 && tr+ti <= 4.0; i++ {
			zi = 2*zr*zi + ci
			zr = tr - ti + cr
			tr = zr * zr
			ti = zi * zi
		}
		b <<= 1
		if tr+ti <= 4.0 {
			b |= 1
		}
		n += i
	}
	return b, n
}

// jammed: Newton's method for the square roots of 18 numbers (F = 2), each stopping at its own
// step; the last root and the step counts are read after the loop.
func roots(base float64) (float64, float64, int) {
	sum, last := 0.0, 0.0
	steps := 0
	for k := 0; k < 18; k++ {
		a := base + float64(k)*3.7
		z := a
		n := 0
		for {
			nz := 0.5 * (z + a/z)
			n++
			if nz == z || n > 60 {
				break
			}
			z = nz
		}
		sum += z
		last = z
		steps += n * (k + 1)
	}
	return sum, last, steps
}

// jammed: the value read after the inner loop is one of its phis (the sum before the last term),
// and the inner loop keeps an integer division by a constant.
func series(x float64) (float64, int) {
	total := 0.0
	count := 0
	for j := 4; j < 36; j += 2 {
		s, t := 0.0, 1.0
		m := j
		for t > 1e-12 && m%1000 != 999 {
			s += t
			t *= x / float64(m/2+1)
			m++
		}
		total += s
		count += m - j
	}
	return total, count
}

// fused: 7 iterations, a prime count, so not jammed as a counted loop; but LLVM unrolls it fully,
// and stage 6 fuses the seven sibling loops that leaves, four and then two or three at a time.
func seven(c float64) float64 {
	acc := 0.0
	for k := 0; k < 7; k++ {
		z := float64(k) * c
		for z < 100 && z > -100 && z != 0 {
			z = z*z - 3.5
		}
		acc += z
	}
	return acc
}

// not jammed or fused: the next inner loop starts from where the previous one stopped.
func chained(c float64) float64 {
	z := c
	for k := 0; k < 8; k++ {
		for z < 1e6 {
			z = z*1.5 + 1
		}
		z = z/1e6 + float64(k)
	}
	return z
}

// not jammed: the inner loop stores.
func stores(out []float64) {
	for k := 0; k < 4; k++ {
		z := float64(k) + 0.5
		for z < 1000 {
			z *= 1.7
			out[k] = z
		}
	}
}

// not jammed: integer chains only.
func collatz(start int) int {
	total := 0
	for k := 0; k < 8; k++ {
		n := start + k
		for n != 1 {
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
			total++
		}
	}
	return total
}

func main() {
	hash := uint32(2166136261)
	iters := 0
	for y := 0; y < 40; y++ {
		ci := float64(y)*0.05 - 1.0
		for xb := 0; xb < 5; xb++ {
			b, n := pixels(ci, xb*8)
			hash = (hash ^ uint32(b)) * 16777619
			iters += n
		}
	}
	println("pixels:", hash, iters)
	for _, base := range []float64{0.25, 2, 1e6, 1e-6} {
		s, l, n := roots(base)
		println("roots:", s, l, n)
	}
	for _, x := range []float64{0.5, 1, 3, -2} {
		t, c := series(x)
		println("series:", t, c)
	}
	println("seven:", seven(0.3), seven(-0.2))
	println("chained:", chained(0.5))
	out := make([]float64, 4)
	stores(out)
	println("stores:", out[0], out[1], out[2], out[3])
	println("collatz:", collatz(27))
}
