package main

// llgo-only: untyped float constants are exact rationals here, bounded at 2^20 bits (README,
// "Limits"); Go rounds them to 512 bits and accepts these.
const x = 1e100000 * 1e100000 * 1e100000 // about 1e300000: within the limit
const y = x * 1e100000                   // ERROR "constant multiplication overflow"
const z = x / 1e-100000                  // ERROR "constant overflow"

func main() { println(x > 0, y > 0, z > 0) }
