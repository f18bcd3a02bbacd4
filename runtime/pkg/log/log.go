// Package log: a Logger writes one line per call to an io.Writer, each line prefixed as its flags
// say (date, time, microseconds in UTC, a prefix). The standard logger writes to os.Stderr with
// LstdFlags. Fatal* exit with status 1 after writing; Panic* panic with the message. File and line
// flags print "???:0": llgo-lite has no runtime.Caller. Times are printed in UTC whatever TZ says.
package log

import (
	"fmt"
	"io"
	"os"
	"time"
)

const (
	Ldate         = 1 << iota // the date in the local time zone: 2009/01/23
	Ltime                     // the time in the local time zone: 01:23:23
	Lmicroseconds             // microsecond resolution: 01:23:23.123123
	Llongfile                 // full file name and line number: /a/b/c/d.go:23
	Lshortfile                // final file name element and line number: d.go:23
	LUTC                      // use UTC rather than the local time zone
	Lmsgprefix                // move the prefix from the beginning of the line to before the message
	LstdFlags     = Ldate | Ltime
)

// A Logger writes lines to an io.Writer.
type Logger struct {
	prefix string
	flag   int
	out    io.Writer
}

// New returns a Logger writing to out.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{prefix: prefix, flag: flag, out: out}
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger.
func Default() *Logger { return std }

func (l *Logger) SetOutput(w io.Writer)  { l.out = w }
func (l *Logger) Writer() io.Writer      { return l.out }
func (l *Logger) Prefix() string         { return l.prefix }
func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }
func (l *Logger) Flags() int             { return l.flag }
func (l *Logger) SetFlags(flag int)      { l.flag = flag }

func itoa(buf []byte, i int, wid int) []byte {
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	b[bp] = byte('0' + i)
	return append(buf, b[bp:]...)
}

// civil converts days since 1970-01-01 to a year, month and day of the proleptic Gregorian calendar.
func civil(days int64) (year, month, day int) {
	z := days + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return int(y), int(m), int(d)
}

func (l *Logger) header(buf []byte, now time.Time) []byte {
	if l.flag&Lmsgprefix == 0 {
		buf = append(buf, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		ns := now.UnixNano()
		secs := ns / 1e9
		if ns < 0 && ns%1e9 != 0 {
			secs--
		}
		days := secs / 86400
		if secs < 0 && secs%86400 != 0 {
			days--
		}
		rem := int(secs - days*86400)
		if l.flag&Ldate != 0 {
			y, m, d := civil(days)
			buf = itoa(buf, y, 4)
			buf = append(buf, '/')
			buf = itoa(buf, m, 2)
			buf = append(buf, '/')
			buf = itoa(buf, d, 2)
			buf = append(buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			buf = itoa(buf, rem/3600, 2)
			buf = append(buf, ':')
			buf = itoa(buf, rem/60%60, 2)
			buf = append(buf, ':')
			buf = itoa(buf, rem%60, 2)
			if l.flag&Lmicroseconds != 0 {
				buf = append(buf, '.')
				buf = itoa(buf, int(ns-secs*1e9)/1e3, 6)
			}
			buf = append(buf, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		buf = append(buf, "???:0: "...)
	}
	if l.flag&Lmsgprefix != 0 {
		buf = append(buf, l.prefix...)
	}
	return buf
}

// Output writes one line: the header, then s, then a newline unless s ends with one. calldepth is
// accepted for compatibility (there is no runtime.Caller to use it with).
func (l *Logger) Output(calldepth int, s string) error {
	var buf []byte
	buf = l.header(buf, time.Now())
	buf = append(buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		buf = append(buf, '\n')
	}
	_, err := l.out.Write(buf)
	return err
}

func (l *Logger) Print(v ...any)                 { l.Output(2, fmt.Sprint(v...)) }
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }
func (l *Logger) Println(v ...any)               { l.Output(2, fmt.Sprintln(v...)) }

func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

func SetOutput(w io.Writer)             { std.out = w }
func Writer() io.Writer                 { return std.out }
func Flags() int                        { return std.flag }
func SetFlags(flag int)                 { std.flag = flag }
func Prefix() string                    { return std.prefix }
func SetPrefix(prefix string)           { std.prefix = prefix }
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }
func Print(v ...any)                    { std.Output(2, fmt.Sprint(v...)) }
func Printf(format string, v ...any)    { std.Output(2, fmt.Sprintf(format, v...)) }
func Println(v ...any)                  { std.Output(2, fmt.Sprintln(v...)) }

func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}
