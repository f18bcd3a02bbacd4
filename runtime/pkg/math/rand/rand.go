// Package rand: pseudo-random numbers for programs that want them (not for security). The source
// is our own: xoshiro256** seeded through splitmix64, so a given seed gives the same sequence on
// every run and target, but not Go's sequence: programs that print random values print other
// values than under Go. The top-level functions use a source seeded with 1, as Go 1.19's do.
package rand

// A Source produces uniformly distributed non-negative int64 values.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 also produces uint64 values.
type Source64 interface {
	Source
	Uint64() uint64
}

type xoshiro struct{ s0, s1, s2, s3 uint64 }

func splitmix(x *uint64) uint64 {
	*x += 0x9e3779b97f4a7c15
	z := *x
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (r *xoshiro) Seed(seed int64) {
	x := uint64(seed)
	r.s0, r.s1, r.s2, r.s3 = splitmix(&x), splitmix(&x), splitmix(&x), splitmix(&x)
}

func rotl(x uint64, k uint) uint64 { return (x << k) | (x >> (64 - k)) }

func (r *xoshiro) Uint64() uint64 {
	result := rotl(r.s1*5, 7) * 9
	t := r.s1 << 17
	r.s2 ^= r.s0
	r.s3 ^= r.s1
	r.s1 ^= r.s2
	r.s0 ^= r.s3
	r.s2 ^= t
	r.s3 = rotl(r.s3, 45)
	return result
}

func (r *xoshiro) Int63() int64 { return int64(r.Uint64() >> 1) }

// NewSource returns a new Source seeded with seed.
func NewSource(seed int64) Source {
	r := &xoshiro{}
	r.Seed(seed)
	return r
}

// A Rand draws random numbers of many kinds from a Source.
type Rand struct {
	src Source
	s64 Source64
}

// New returns a Rand over src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

func (r *Rand) Seed(seed int64) { r.src.Seed(seed) }
func (r *Rand) Int63() int64    { return r.src.Int63() }
func (r *Rand) Uint32() uint32  { return uint32(r.Int63() >> 31) }
func (r *Rand) Int31() int32    { return int32(r.Int63() >> 32) }
func (r *Rand) Int() int        { return int(uint(r.Int63())) }

func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int63n returns a value in [0, n); it panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns a value in [0, n); it panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(r.Int63n(int64(n)))
}

// Intn returns a value in [0, n); it panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns a value in [0.0, 1.0).
func (r *Rand) Float64() float64 { return float64(r.Int63()>>10) / (1 << 53) }

// Float32 returns a value in [0.0, 1.0).
func (r *Rand) Float32() float32 { return float32(r.Int63()>>39) / (1 << 24) }

// Perm returns a random permutation of [0, n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle permutes n elements through swap.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
}

// Read fills p with random bytes; it always returns len(p), nil.
func (r *Rand) Read(p []byte) (n int, err error) {
	for i := 0; i < len(p); i += 8 {
		v := r.Uint64()
		for j := 0; j < 8 && i+j < len(p); j++ {
			p[i+j] = byte(v >> (8 * j))
		}
	}
	return len(p), nil
}

var global = New(NewSource(1))

func Seed(seed int64)                   { global.Seed(seed) }
func Int63() int64                      { return global.Int63() }
func Uint32() uint32                    { return global.Uint32() }
func Uint64() uint64                    { return global.Uint64() }
func Int31() int32                      { return global.Int31() }
func Int() int                          { return global.Int() }
func Int63n(n int64) int64              { return global.Int63n(n) }
func Int31n(n int32) int32              { return global.Int31n(n) }
func Intn(n int) int                    { return global.Intn(n) }
func Float64() float64                  { return global.Float64() }
func Float32() float32                  { return global.Float32() }
func Perm(n int) []int                  { return global.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }
func Read(p []byte) (n int, err error)  { return global.Read(p) }
