// mandelbrot: the Mandelbrot set over [-1.5,0.5]x[-1,1] on a size x size grid, 50 iterations, one bit
// per pixel packed eight to a byte as in the Benchmarks Game's mandelbrot; instead of the PBM bytes
// it prints the count of set bits and a hash of the rows, so the output stays small.
package main

const size = 4000 // smoke: 64

func main() {
	rowBytes := (size + 7) / 8
	row := make([]byte, rowBytes)
	inv := 2.0 / float64(size)
	hash := uint32(2166136261)
	bits := 0
	for y := 0; y < size; y++ {
		ci := float64(y)*inv - 1.0
		for xb := 0; xb < rowBytes; xb++ {
			var b byte
			for bit := 0; bit < 8; bit++ {
				x := xb*8 + bit
				cr := float64(x)*inv - 1.5
				zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
				i := 0
				for ; i < 50 && tr+ti <= 4.0; i++ {
					zi = 2*zr*zi + ci
					zr = tr - ti + cr
					tr = zr * zr
					ti = zi * zi
				}
				b <<= 1
				if tr+ti <= 4.0 && x < size {
					b |= 1
					bits++
				}
			}
			row[xb] = b
		}
		for _, c := range row {
			hash = (hash ^ uint32(c)) * 16777619
		}
	}
	println("P4", size, size)
	println("bits:", bits, "hash:", hash)
}
