// time: Duration printing in every unit range, arithmetic, rounding, Unix times, Since after Sleep.
package main

import (
	"os"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, 1234567, time.Second, 90 * time.Second, time.Hour,
		-1500 * time.Millisecond, 100*time.Hour + 3*time.Minute + 500*time.Millisecond, 1<<63 - 1, -1 << 63}
	for _, d := range ds {
		os.Stdout.WriteString(d.String() + "\n")
	}
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	el := time.Since(start)
	println(el >= 2*time.Millisecond, el < time.Second)
	d := 1500 * time.Millisecond
	println(d.Seconds(), d.Milliseconds(), d.Round(time.Second).String(), d.Truncate(time.Second).String())
	t := time.Unix(1700000000, 5)
	println(t.Unix(), t.UnixNano(), t.Add(time.Second).Unix(), t.Before(t.Add(1)), start.IsZero())
}
