// itoa.go: formatting integers in bases 2 to 36, and booleans.
package strconv

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns the string representation of i in the given base, for 2 <= base <= 36,
// using lower-case letters for digit values >= 10.
func FormatUint(i uint64, base int) string {
	return string(formatBits(nil, i, base, false))
}

// FormatInt returns the string representation of i in the given base.
func FormatInt(i int64, base int) string {
	return string(formatBits(nil, uint64(i), base, i < 0))
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends the string form of the integer i to dst and returns the extended buffer.
func AppendInt(dst []byte, i int64, base int) []byte {
	return formatBits(dst, uint64(i), base, i < 0)
}

// AppendUint appends the string form of the unsigned integer i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return formatBits(dst, i, base, false)
}

// formatBits appends u in base to dst; neg means u holds a negative int64's bits.
func formatBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [64 + 1]byte
	i := len(a)
	if neg {
		u = -u
	}
	b := uint64(base)
	for u >= b {
		i--
		a[i] = digits[u%b]
		u /= b
	}
	i--
	a[i] = digits[u]
	if neg {
		i--
		a[i] = '-'
	}
	return append(dst, a[i:]...)
}

// ParseBool returns the boolean value represented by the string: 1, t, T, TRUE, true, True, 0, f,
// F, FALSE, false, False. Any other value returns an error.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false", according to the value of b, to dst.
func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}
