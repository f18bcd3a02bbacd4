// Duration.String in Go's form: the largest units first ("72h3m0.5s"), a fraction of the smallest
// unit without trailing zeros, and below one second a single unit of ns, µs or ms ("1.5µs").
package time

// String returns the duration as Go prints it; the zero duration is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			s = utoa(u) + "ns"
		case u < uint64(Millisecond):
			s = fracString(u, 3) + "µs"
		default:
			s = fracString(u, 6) + "ms"
		}
	} else {
		s = fracString(u%uint64(Minute), 9) + "s"
		u /= uint64(Minute)
		if u > 0 {
			s = utoa(u%60) + "m" + s
			u /= 60
			if u > 0 {
				s = utoa(u) + "h" + s
			}
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

// fracString prints v / 10^prec with the fraction's trailing zeros (and a bare point) dropped.
func fracString(v uint64, prec int) string {
	var buf [24]byte
	w := len(buf)
	printed := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		printed = printed || digit != 0
		if printed {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if printed {
		w--
		buf[w] = '.'
	}
	return utoa(v) + string(buf[w:])
}

func utoa(v uint64) string {
	var buf [20]byte
	w := len(buf)
	for {
		w--
		buf[w] = byte(v%10) + '0'
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(buf[w:])
}
