// Package time: what programs that time themselves use: Now, Since, Until, Sub, Add, Sleep,
// Unix times, and Duration with its units, conversions and Go's String form ("1h2m3.5s", "1.5ms").
// A Time keeps the wall clock (Unix nanoseconds) and a monotonic reading; Sub and Since use the
// monotonic one when both times have it, as Go does. Calendar formatting and time zones are not here.
package time

// A Duration is the time between two instants in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Time is an instant with nanosecond precision.
type Time struct {
	wall int64 // nanoseconds since the Unix epoch
	mono int64 // monotonic clock reading in nanoseconds; 0 when absent
}

func time_now() int64
func time_mono() int64
func time_sleep(ns int64)

// Now returns the current time, with a monotonic clock reading.
func Now() Time { return Time{wall: time_now(), mono: time_mono()} }

// Unix returns the local Time for the Unix time sec seconds plus nsec nanoseconds.
func Unix(sec int64, nsec int64) Time { return Time{wall: sec*1e9 + nsec} }

// UnixMilli returns the Time for msec milliseconds since the Unix epoch.
func UnixMilli(msec int64) Time { return Time{wall: msec * 1e6} }

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// Sleep pauses the program for at least d; a negative or zero d returns at once.
func Sleep(d Duration) {
	if d > 0 {
		time_sleep(int64(d))
	}
}

// Sub returns t-u, saturating at the smallest and largest Durations.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return subClamped(t.mono, u.mono)
	}
	return subClamped(t.wall, u.wall)
}

func subClamped(a, b int64) Duration {
	d := Duration(a - b)
	if (b < 0 && d < Duration(a)) || (b > 0 && d > Duration(a)) {
		if b < 0 {
			return maxDuration
		}
		return minDuration
	}
	return d
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	t.wall += int64(d)
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

func (t Time) After(u Time) bool  { return t.Sub(u) > 0 }
func (t Time) Before(u Time) bool { return t.Sub(u) < 0 }
func (t Time) Equal(u Time) bool  { return t.wall == u.wall }
func (t Time) IsZero() bool       { return t.wall == 0 && t.mono == 0 }
func (t Time) Unix() int64        { return floorDiv(t.wall, 1e9) }
func (t Time) UnixMilli() int64   { return floorDiv(t.wall, 1e6) }
func (t Time) UnixMicro() int64   { return floorDiv(t.wall, 1e3) }
func (t Time) UnixNano() int64    { return t.wall }
func (t Time) Nanosecond() int    { return int(t.wall - floorDiv(t.wall, 1e9)*1e9) }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating-point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating-point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating-point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m (d itself when m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m, halves away from zero, saturating.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d (the largest Duration for the smallest).
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == minDuration {
		return maxDuration
	}
	return -d
}
