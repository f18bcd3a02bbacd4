// printf.go: the entry points (Print, Println, Printf and their Sprint and Fprint forms, Errorf)
// and the two operand loops: Print's spacing rules and Printf's format-string interpreter
// (flags, width and precision with `*` and [n] argument indexes, verbs, and the %!verb(...) reports
// for bad verbs, missing, extra and misindexed arguments, in Go 1.19's words).

package fmt

// doPrint separates operands by a space when neither side is a string.
func (p *printer) doPrint(a []any) {
	prevString := false
	for i, arg := range a {
		isString := arg != nil && fmt_kind(arg) == kindString
		if i > 0 && !isString && !prevString {
			p.f.writeByte(' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

// doPrintln separates operands by a space always and ends with a newline.
func (p *printer) doPrintln(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.f.writeByte(' ')
		}
		p.printArg(arg, 'v')
	}
	p.f.writeByte('\n')
}

func tooLarge(x int) bool {
	return x > 1000000 || x < -1000000
}

// parseNum reads a decimal number at s[i:end].
func parseNum(s string, i int, end int) (num int, ok bool, next int) {
	for next = i; next < end && s[next] >= '0' && s[next] <= '9'; next++ {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[next]-'0')
		ok = true
	}
	return num, ok, next
}

// intFromArg reads a `*` width or precision from operand argNum.
func intFromArg(a []any, argNum int) (num int, ok bool, next int) {
	if argNum >= len(a) {
		return 0, false, argNum
	}
	arg := a[argNum]
	if n, isInt := arg.(int); isInt {
		num, ok = n, true
	} else if arg != nil {
		switch fmt_kind(arg) {
		case kindInt, kindInt8, kindInt16, kindInt32, kindInt64:
			num, ok = int(fmt_int(arg)), true
		case kindUint, kindUint8, kindUint16, kindUint32, kindUint64, kindUintptr:
			u := fmt_uint(arg)
			if int64(u) >= 0 {
				num, ok = int(u), true
			}
		}
	}
	if tooLarge(num) {
		return 0, false, argNum + 1
	}
	return num, ok, argNum + 1
}

// argIndex reads an explicit argument index "[n]" at format[i:]; found reports whether there was one.
func (p *printer) argIndex(argNum int, format string, i int, numArgs int) (int, int, bool) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	if len(format)-i < 3 {
		p.goodArgNum = false
		return argNum, i + 1, false
	}
	for j := i + 1; j < len(format); j++ {
		if format[j] != ']' {
			continue
		}
		n, ok, next := parseNum(format, i+1, j)
		if !ok || next != j {
			p.goodArgNum = false
			return argNum, j + 1, false
		}
		if n-1 < 0 || n-1 >= numArgs {
			p.goodArgNum = false
			return argNum, j + 1, true
		}
		return n - 1, j + 1, true
	}
	p.goodArgNum = false
	return argNum, i + 1, false
}

// parseFlags reads the flag characters at format[i:] and returns the index after them.
func (p *printer) parseFlags(format string, i int) int {
	for ; i < len(format); i++ {
		switch format[i] {
		case '#':
			p.f.sharp = true
		case '0':
			p.f.zero = !p.f.minus
		case '+':
			p.f.plus = true
		case '-':
			p.f.minus = true
			p.f.zero = false
		case ' ':
			p.f.space = true
		default:
			return i
		}
	}
	return i
}

// printfState is the position of doPrintf in its format and operands.
type printfState struct {
	i          int
	argNum     int
	afterIndex bool
}

// parseWidthPrec reads "[n]*" or a number for the width, then "." and the same for the precision.
func (p *printer) parseWidthPrec(format string, a []any, st *printfState) {
	st.argNum, st.i, st.afterIndex = p.argIndex(st.argNum, format, st.i, len(a))
	if st.i < len(format) && format[st.i] == '*' {
		st.i++
		p.f.wid, p.f.widPresent, st.argNum = intFromArg(a, st.argNum)
		if !p.f.widPresent {
			p.f.writeString("%!(BADWIDTH)")
		}
		if p.f.wid < 0 {
			p.f.wid = -p.f.wid
			p.f.minus = true
			p.f.zero = false
		}
		st.afterIndex = false
	} else {
		p.f.wid, p.f.widPresent, st.i = parseNum(format, st.i, len(format))
		if st.afterIndex && p.f.widPresent {
			p.goodArgNum = false
		}
	}
	if st.i+1 > len(format) || format[st.i] != '.' {
		return
	}
	st.i++
	if st.afterIndex {
		p.goodArgNum = false
	}
	st.argNum, st.i, st.afterIndex = p.argIndex(st.argNum, format, st.i, len(a))
	if st.i < len(format) && format[st.i] == '*' {
		st.i++
		p.f.prec, p.f.precPresent, st.argNum = intFromArg(a, st.argNum)
		if p.f.prec < 0 {
			p.f.prec = 0
			p.f.precPresent = false
		}
		if !p.f.precPresent {
			p.f.writeString("%!(BADPREC)")
		}
		st.afterIndex = false
	} else {
		p.f.prec, p.f.precPresent, st.i = parseNum(format, st.i, len(format))
		if !p.f.precPresent {
			p.f.prec = 0
			p.f.precPresent = true
		}
	}
}

// doPrintf interprets format over the operands a; in Errorf it returns the operand of %w.
func (p *printer) doPrintf(format string, a []any) error {
	var wrap error
	end := len(format)
	var st printfState
	p.reordered = false
	for st.i < end {
		p.goodArgNum = true
		start := st.i
		for st.i < end && format[st.i] != '%' {
			st.i++
		}
		if st.i > start {
			p.f.writeString(format[start:st.i])
		}
		if st.i >= end {
			break
		}
		st.i++
		p.f.clearFlags()
		st.i = p.parseFlags(format, st.i)
		p.parseWidthPrec(format, a, &st)
		if !st.afterIndex {
			st.argNum, st.i, st.afterIndex = p.argIndex(st.argNum, format, st.i, len(a))
		}
		if st.i >= end {
			p.f.writeString("%!(NOVERB)")
			break
		}
		verb, size := rune(format[st.i]), 1
		if verb >= 0x80 {
			verb, size = firstRune(format[st.i:])
		}
		st.i += size
		if w := p.printVerb(verb, a, &st); w != nil {
			wrap = w
		}
	}
	if !p.reordered && st.argNum < len(a) {
		p.printExtra(a[st.argNum:])
	}
	if p.wrapFailed {
		return nil
	}
	return wrap
}

// printVerb prints the operand a verb refers to, or the report of why it cannot; for %w in Errorf
// it returns the error to wrap.
func (p *printer) printVerb(verb rune, a []any, st *printfState) error {
	switch {
	case verb == '%':
		p.f.writeByte('%')
	case !p.goodArgNum:
		p.f.writeString("%!")
		p.f.writeRune(verb)
		p.f.writeString("(BADINDEX)")
	case st.argNum >= len(a):
		p.f.writeString("%!")
		p.f.writeRune(verb)
		p.f.writeString("(MISSING)")
	default:
		if verb == 'v' {
			p.f.sharpV = p.f.sharp
			p.f.sharp = false
			p.f.plusV = p.f.plus
			p.f.plus = false
		}
		arg := a[st.argNum]
		st.argNum++
		return p.printArg(arg, verb)
	}
	return nil
}

func (p *printer) printExtra(extra []any) {
	p.f.clearFlags()
	p.f.writeString("%!(EXTRA ")
	for i, arg := range extra {
		if i > 0 {
			p.f.writeString(", ")
		}
		if arg == nil {
			p.f.writeString("<nil>")
		} else {
			p.f.writeString(fmt_type_string(arg))
			p.f.writeByte('=')
			p.printArg(arg, 'v')
		}
	}
	p.f.writeByte(')')
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w writer, format string, a ...any) (n int, err error) {
	var p printer
	p.doPrintf(format, a)
	return w.Write(p.f.buf)
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	var p printer
	p.doPrintf(format, a)
	fmt_write(1, p.f.buf)
	return len(p.f.buf), nil
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string {
	var p printer
	p.doPrintf(format, a)
	return string(p.f.buf)
}

// Fprint formats its operands and writes to w, adding spaces between operands when neither is a string.
func Fprint(w writer, a ...any) (n int, err error) {
	var p printer
	p.doPrint(a)
	return w.Write(p.f.buf)
}

// Print formats its operands and writes to standard output, spaced as Fprint does.
func Print(a ...any) (n int, err error) {
	var p printer
	p.doPrint(a)
	fmt_write(1, p.f.buf)
	return len(p.f.buf), nil
}

// Sprint formats its operands and returns the resulting string, spaced as Fprint does.
func Sprint(a ...any) string {
	var p printer
	p.doPrint(a)
	return string(p.f.buf)
}

// Fprintln formats its operands, always separated by spaces and followed by a newline, and writes to w.
func Fprintln(w writer, a ...any) (n int, err error) {
	var p printer
	p.doPrintln(a)
	return w.Write(p.f.buf)
}

// Println formats its operands as Fprintln does and writes to standard output.
func Println(a ...any) (n int, err error) {
	var p printer
	p.doPrintln(a)
	fmt_write(1, p.f.buf)
	return len(p.f.buf), nil
}

// Sprintln formats its operands as Fprintln does and returns the resulting string.
func Sprintln(a ...any) string {
	var p printer
	p.doPrintln(a)
	return string(p.f.buf)
}

// Append formats its operands as Sprint does and appends the result to b.
func Append(b []byte, a ...any) []byte {
	var p printer
	p.doPrint(a)
	return append(b, p.f.buf...)
}

// Appendf formats according to a format specifier and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte {
	var p printer
	p.doPrintf(format, a)
	return append(b, p.f.buf...)
}

// Appendln formats its operands as Sprintln does and appends the result to b.
func Appendln(b []byte, a ...any) []byte {
	var p printer
	p.doPrintln(a)
	return append(b, p.f.buf...)
}
