package escape

type Logger interface {
	Log(msg string)
}

type memLog struct{ lines []string }

func (m *memLog) Log(msg string) { m.lines = append(m.lines, msg) } // ERROR "leaking param content: m$" "leaking param: msg$"

type nopLog struct{}

func (nopLog) Log(msg string) {} // ERROR "msg does not escape$"

func useLogger(l Logger, s string) { // ERROR "leaking param: l$" "leaking param: s$"
	l.Log(s)
}

func localMem() int {
	m := &memLog{} // ERROR "&memLog\{\} does not escape$"
	m.Log("a")
	return len(m.lines)
}

func viaIface() {
	var n nopLog
	useLogger(n, "x") // ERROR "n escapes to heap$"
}
