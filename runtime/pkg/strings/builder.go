// builder.go: strings.Builder, a byte buffer that grows by append and hands out its contents as a
// string. The zero value is ready to use. Two differences from Go's, both because the subset has no
// unsafe: String copies the bytes (Go shares its buffer with the string), and there is no check
// against copying a non-zero Builder by value. Go's check stores the Builder's own address in it
// and hides that store from escape analysis with unsafe; without the hiding, every Builder would
// have to live on the heap.
package strings

import "unicode/utf8"

// A Builder is used to efficiently build a string using Write methods.
type Builder struct {
	buf []byte
}

// String returns the accumulated string.
func (b *Builder) String() string {
	return string(b.buf)
}

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int {
	return len(b.buf)
}

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int {
	return cap(b.buf)
}

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.buf = nil
}

// Grow grows b's capacity, if necessary, to guarantee space for another n bytes.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

// Write appends the contents of p to b's buffer. It always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer. It always returns nil.
func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r to b's buffer and returns its length.
func (b *Builder) WriteRune(r rune) (int, error) {
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends the contents of s to b's buffer. It always returns len(s), nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}
