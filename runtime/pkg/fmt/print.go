// print.go: the printer behind Print, Println, Printf and their S/F variants, and Errorf.
//
// A printer lives on its caller's stack for one call: it keeps nothing after the call, so the
// operands handed to fmt do not escape because of fmt itself (only a String, Error or Write method
// that keeps its receiver or argument can make them escape). Each operand goes through printArg:
// unnamed basic types by a type switch, then the Error/String/GoString methods, then printValue,
// which walks named types, structs, arrays, slices, maps and pointers through the C hooks of
// hooks.go, exactly as Go 1.19's fmt walks them with reflection.

package fmt

// Stringer is implemented by any value that has a String method, which defines the "native"
// format for that value (%v, %s, %q, %x, %X, and Print's operands).
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the Go syntax
// for that value (%#v).
type GoStringer interface {
	GoString() string
}

// State is what a Formatter's Format method receives: the flags of the verb being formatted and
// a Write method that appends to the output.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method, which then controls how the
// value is printed for every verb (%v, %s, %d...).
type Formatter interface {
	Format(f State, verb rune)
}

// writer is what the Fprint functions write to: any value with a Write method (io.Writer's shape).
type writer interface {
	Write(p []byte) (n int, err error)
}

type printer struct {
	f          fmtState
	erroring   bool // printing a %!verb(...) report: no methods are called
	panicking  bool // printing the value a String or Error method panicked with
	wrapErrs   bool // Errorf: %w is allowed
	wrapped    bool // Errorf: a %w operand was taken
	wrapFailed bool // Errorf: a second %w, so nothing is wrapped
	reordered  bool // an explicit [n] argument index was used
	goodArgNum bool
}

// badVerb reports a verb that does not apply to arg: %!verb(type=value).
func (p *printer) badVerb(verb rune, arg any) {
	p.erroring = true
	p.f.writeString("%!")
	p.f.writeRune(verb)
	p.f.writeByte('(')
	if arg != nil {
		p.f.writeString(fmt_type_string(arg))
		p.f.writeByte('=')
		p.printArg(arg, 'v')
	} else {
		p.f.writeString("<nil>")
	}
	p.f.writeByte(')')
	p.erroring = false
}

func (p *printer) fmtBool(v bool, verb rune, arg any) {
	if verb == 't' || verb == 'v' {
		p.f.fmtBoolean(v)
		return
	}
	p.badVerb(verb, arg)
}

func (p *printer) fmtInteger(v uint64, signed bool, verb rune, arg any) {
	switch verb {
	case 'v':
		if p.f.sharpV && !signed {
			p.f.fmt0x64(v, true)
		} else {
			p.f.fmtInteger(v, 10, signed, verb, lowerHex)
		}
	case 'd':
		p.f.fmtInteger(v, 10, signed, verb, lowerHex)
	case 'b':
		p.f.fmtInteger(v, 2, signed, verb, lowerHex)
	case 'o', 'O':
		p.f.fmtInteger(v, 8, signed, verb, lowerHex)
	case 'x':
		p.f.fmtInteger(v, 16, signed, verb, lowerHex)
	case 'X':
		p.f.fmtInteger(v, 16, signed, verb, upperHex)
	case 'c':
		p.f.fmtC(v)
	case 'q':
		p.f.fmtQc(v)
	case 'U':
		p.f.fmtUnicode(v)
	default:
		p.badVerb(verb, arg)
	}
}

func (p *printer) fmtFloat(v float64, size int, verb rune, arg any) {
	switch verb {
	case 'v':
		p.f.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.f.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.f.fmtFloat(v, size, verb, 6)
	case 'F':
		p.f.fmtFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb, arg)
	}
}

func (p *printer) fmtString(v string, verb rune, arg any) {
	switch verb {
	case 'v':
		if p.f.sharpV {
			p.f.fmtQ(v)
		} else {
			p.f.fmtS(v)
		}
	case 's':
		p.f.fmtS(v)
	case 'x':
		p.f.fmtSbx(v, nil, lowerHex)
	case 'X':
		p.f.fmtSbx(v, nil, upperHex)
	case 'q':
		p.f.fmtQ(v)
	default:
		p.badVerb(verb, arg)
	}
}

// fmtBytes prints a byte slice or array; elems prints it element by element for other verbs.
func (p *printer) fmtBytes(v []byte, verb rune, typeString string, arg any) {
	switch verb {
	case 'v', 'd':
		if p.f.sharpV {
			p.f.writeString(typeString)
			if v == nil && fmt_kind(arg) == kindSlice {
				p.f.writeString("(nil)")
				return
			}
			p.f.writeByte('{')
			for i, c := range v {
				if i > 0 {
					p.f.writeString(", ")
				}
				p.f.fmt0x64(uint64(c), true)
			}
			p.f.writeByte('}')
			return
		}
		p.f.writeByte('[')
		for i, c := range v {
			if i > 0 {
				p.f.writeByte(' ')
			}
			p.f.fmtInteger(uint64(c), 10, false, verb, lowerHex)
		}
		p.f.writeByte(']')
	case 's':
		p.f.fmtBs(v)
	case 'x':
		p.f.fmtSbx("", v, lowerHex)
	case 'X':
		p.f.fmtSbx("", v, upperHex)
	case 'q':
		p.f.fmtQ(string(v))
	default:
		p.printValue(arg, verb, 0, false)
	}
}

// fmtPointer prints the address held by a pointer, map, func or slice.
func (p *printer) fmtPointer(v any, verb rune) {
	switch fmt_kind(v) {
	case kindChan, kindFunc, kindMap, kindPointer, kindSlice:
	default:
		p.badVerb(verb, v)
		return
	}
	u := uint64(fmt_pointer(v))
	switch verb {
	case 'v':
		if p.f.sharpV {
			p.f.writeByte('(')
			p.f.writeString(fmt_type_string(v))
			p.f.writeString(")(")
			if u == 0 {
				p.f.writeString("nil")
			} else {
				p.f.fmt0x64(u, true)
			}
			p.f.writeByte(')')
		} else if u == 0 {
			p.f.padString("<nil>")
		} else {
			p.f.fmt0x64(u, !p.f.sharp)
		}
	case 'p':
		p.f.fmt0x64(u, !p.f.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(u, false, verb, v)
	default:
		p.badVerb(verb, v)
	}
}

// catchPanic turns a panic in a String, Error or GoString method into %!v(PANIC=String method: ...);
// a nil pointer receiver prints as <nil>, as Go's fmt does.
func (p *printer) catchPanic(arg any, verb rune, method string) {
	err := recover()
	if err == nil {
		return
	}
	if fmt_kind(arg) == kindPointer && fmt_pointer(arg) == 0 {
		p.f.fmtS("<nil>")
		return
	}
	if p.panicking {
		panic(err)
	}
	saved := p.f
	p.f.clearFlags()
	p.f.writeString("%!")
	p.f.writeRune(verb)
	p.f.writeString("(PANIC=")
	p.f.writeString(method)
	p.f.writeString(" method: ")
	p.panicking = true
	p.printArg(err, 'v')
	p.panicking = false
	p.f.writeByte(')')
	buf := p.f.buf
	p.f = saved
	p.f.buf = buf
}

func (p *printer) callError(v error, verb rune, arg any) {
	defer p.catchPanic(arg, verb, "Error")
	p.fmtString(v.Error(), verb, arg)
}

func (p *printer) callString(v Stringer, verb rune, arg any) {
	defer p.catchPanic(arg, verb, "String")
	p.fmtString(v.String(), verb, arg)
}

// formatState is the State a Format method gets: a copy of the verb's flags and its own buffer,
// appended to the printer's afterwards, so the printer itself is never handed to user code.
type formatState struct {
	f fmtState
}

func (s *formatState) Write(b []byte) (int, error) {
	s.f.buf = append(s.f.buf, b...)
	return len(b), nil
}

func (s *formatState) Width() (int, bool) {
	return s.f.wid, s.f.widPresent
}

func (s *formatState) Precision() (int, bool) {
	return s.f.prec, s.f.precPresent
}

func (s *formatState) Flag(c int) bool {
	switch c {
	case '-':
		return s.f.minus
	case '+':
		return s.f.plus || s.f.plusV
	case '#':
		return s.f.sharp || s.f.sharpV
	case ' ':
		return s.f.space
	case '0':
		return s.f.zero
	}
	return false
}

func (p *printer) callFormat(v Formatter, verb rune, arg any) {
	defer p.catchPanic(arg, verb, "Format")
	st := &formatState{f: p.f}
	st.f.buf = nil
	v.Format(st, verb)
	p.f.buf = append(p.f.buf, st.f.buf...)
}

func (p *printer) callGoString(v GoStringer, arg any) {
	defer p.catchPanic(arg, 'v', "GoString")
	p.f.fmtS(v.GoString())
}

// handleMethods prints arg through its Format, Error, String or GoString method when the verb allows and
// reports whether it printed anything. For %w in Errorf it also returns the error to wrap: the
// printer never stores an operand, so operands do not escape through it.
func (p *printer) handleMethods(verb rune, arg any) (bool, error) {
	if p.erroring {
		return false, nil
	}
	var wrap error
	if verb == 'w' {
		err, ok := arg.(error)
		if !ok || !p.wrapErrs || p.wrapped {
			p.wrapFailed = p.wrapped
			p.wrapErrs = false
			p.badVerb(verb, arg)
			return true, nil
		}
		p.wrapped = true
		wrap = err
		verb = 'v'
	}
	if fm, ok := arg.(Formatter); ok {
		p.callFormat(fm, verb, arg)
		return true, wrap
	}
	if p.f.sharpV {
		if gs, ok := arg.(GoStringer); ok {
			p.callGoString(gs, arg)
			return true, wrap
		}
		return false, wrap
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := arg.(type) {
		case error:
			p.callError(v, verb, arg)
			return true, wrap
		case Stringer:
			p.callString(v, verb, arg)
			return true, wrap
		}
	}
	return false, wrap
}

// printArg prints one operand of Print or Printf; for %w in Errorf it returns the error to wrap.
func (p *printer) printArg(arg any, verb rune) error {
	if arg == nil {
		if verb == 'T' || verb == 'v' {
			p.f.padString("<nil>")
		} else {
			p.badVerb(verb, arg)
		}
		return nil
	}
	switch verb {
	case 'T':
		p.f.fmtS(fmt_type_string(arg))
		return nil
	case 'p':
		p.fmtPointer(arg, 'p')
		return nil
	}
	switch v := arg.(type) {
	case bool:
		p.fmtBool(v, verb, arg)
	case float32:
		p.fmtFloat(float64(v), 32, verb, arg)
	case float64:
		p.fmtFloat(v, 64, verb, arg)
	case int:
		p.fmtInteger(uint64(v), true, verb, arg)
	case int8:
		p.fmtInteger(uint64(v), true, verb, arg)
	case int16:
		p.fmtInteger(uint64(v), true, verb, arg)
	case int32:
		p.fmtInteger(uint64(v), true, verb, arg)
	case int64:
		p.fmtInteger(uint64(v), true, verb, arg)
	case uint:
		p.fmtInteger(uint64(v), false, verb, arg)
	case uint8:
		p.fmtInteger(uint64(v), false, verb, arg)
	case uint16:
		p.fmtInteger(uint64(v), false, verb, arg)
	case uint32:
		p.fmtInteger(uint64(v), false, verb, arg)
	case uint64:
		p.fmtInteger(v, false, verb, arg)
	case uintptr:
		p.fmtInteger(uint64(v), false, verb, arg)
	case string:
		p.fmtString(v, verb, arg)
	case []byte:
		p.fmtBytes(v, verb, "[]byte", arg)
	default:
		handled, wrap := p.handleMethods(verb, arg)
		if !handled {
			p.printValue(arg, verb, 0, false)
		}
		return wrap
	}
	return nil
}

// isExported reports whether a struct field name starts with an upper-case letter.
func isExported(name string) bool {
	if len(name) == 0 {
		return false
	}
	c := name[0]
	if c < 0x80 {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := firstRune(name)
	return (r >= 0xC0 && r <= 0xDE && r != 0xD7) || (r >= 0x391 && r <= 0x3A9) || (r >= 0x410 && r <= 0x42F)
}

// printValue prints v (an operand or an element of one) by its kind. Below the top level, the
// methods of v are used unless v was reached through an unexported struct field (readOnly), as
// reflection would not allow calling them.
func (p *printer) printValue(v any, verb rune, depth int, readOnly bool) {
	if depth > 0 && !readOnly && v != nil && fmt_kind(v) != kindInterface {
		if handled, _ := p.handleMethods(verb, v); handled {
			return
		}
	}
	switch k := fmt_kind(v); k {
	case kindInvalid:
		if depth == 0 {
			p.f.fmtS("<invalid reflect.Value>")
		} else if verb == 'v' {
			p.f.fmtS("<nil>")
		} else {
			p.badVerb(verb, v)
		}
	case kindBool:
		p.fmtBool(fmt_bool(v), verb, v)
	case kindInt, kindInt8, kindInt16, kindInt32, kindInt64:
		p.fmtInteger(uint64(fmt_int(v)), true, verb, v)
	case kindUint, kindUint8, kindUint16, kindUint32, kindUint64, kindUintptr:
		p.fmtInteger(fmt_uint(v), false, verb, v)
	case kindFloat32:
		p.fmtFloat(fmt_float(v), 32, verb, v)
	case kindFloat64:
		p.fmtFloat(fmt_float(v), 64, verb, v)
	case kindString:
		p.fmtString(fmt_string(v), verb, v)
	case kindMap:
		p.printMap(v, verb, depth, readOnly)
	case kindStruct:
		p.printStruct(v, verb, depth, readOnly)
	case kindInterface:
		if p.f.sharpV {
			p.f.writeString(fmt_type_string(v))
			p.f.writeString("(nil)")
		} else {
			p.f.writeString("<nil>")
		}
	case kindArray, kindSlice:
		p.printList(v, k, verb, depth, readOnly)
	case kindPointer:
		if depth == 0 && fmt_pointer(v) != 0 {
			switch fmt_elem_kind(v) {
			case kindArray, kindSlice, kindStruct, kindMap:
				p.f.writeByte('&')
				p.printValue(fmt_elems(v)[0], verb, depth+1, readOnly)
				return
			}
		}
		p.fmtPointer(v, verb)
	case kindChan, kindFunc:
		p.fmtPointer(v, verb)
	default:
		p.f.writeByte('?')
		p.f.writeString(fmt_type_string(v))
		p.f.writeByte('?')
	}
}

func (p *printer) printMap(v any, verb rune, depth int, readOnly bool) {
	if p.f.sharpV {
		p.f.writeString(fmt_type_string(v))
		if fmt_pointer(v) == 0 {
			p.f.writeString("(nil)")
			return
		}
		p.f.writeByte('{')
	} else {
		p.f.writeString("map[")
	}
	entries := fmt_map_entries(v)
	for i := 0; i+1 < len(entries); i += 2 {
		if i > 0 {
			if p.f.sharpV {
				p.f.writeString(", ")
			} else {
				p.f.writeByte(' ')
			}
		}
		p.printValue(entries[i], verb, depth+1, readOnly)
		p.f.writeByte(':')
		p.printValue(entries[i+1], verb, depth+1, readOnly)
	}
	if p.f.sharpV {
		p.f.writeByte('}')
	} else {
		p.f.writeByte(']')
	}
}

func (p *printer) printStruct(v any, verb rune, depth int, readOnly bool) {
	if p.f.sharpV {
		p.f.writeString(fmt_type_string(v))
	}
	p.f.writeByte('{')
	fields := fmt_elems(v)
	for i, field := range fields {
		if i > 0 {
			if p.f.sharpV {
				p.f.writeString(", ")
			} else {
				p.f.writeByte(' ')
			}
		}
		name := fmt_field_name(v, i)
		if (p.f.plusV || p.f.sharpV) && name != "" {
			p.f.writeString(name)
			p.f.writeByte(':')
		}
		p.printValue(field, verb, depth+1, readOnly || !isExported(name))
	}
	p.f.writeByte('}')
}

func (p *printer) printList(v any, kind int, verb rune, depth int, readOnly bool) {
	switch verb {
	case 's', 'q', 'x', 'X':
		if fmt_elem_kind(v) == kindUint8 {
			p.fmtBytes(fmt_bytes(v), verb, fmt_type_string(v), v)
			return
		}
	}
	elems := fmt_elems(v)
	if p.f.sharpV {
		p.f.writeString(fmt_type_string(v))
		if kind == kindSlice && fmt_pointer(v) == 0 {
			p.f.writeString("(nil)")
			return
		}
		p.f.writeByte('{')
		for i, e := range elems {
			if i > 0 {
				p.f.writeString(", ")
			}
			p.printValue(e, verb, depth+1, readOnly)
		}
		p.f.writeByte('}')
		return
	}
	p.f.writeByte('[')
	for i, e := range elems {
		if i > 0 {
			p.f.writeByte(' ')
		}
		p.printValue(e, verb, depth+1, readOnly)
	}
	p.f.writeByte(']')
}
