package main

type state struct {
	count int
	log   []string
}

func (s *state) record(msg string) {
	s.count++
	s.log = append(s.log, msg)
}

// A deferred call that panics while a panic is in flight: Go prints both, the first marked [recovered].
func main() {
	st := &state{}
	st.record("init")
	defer func() {
		r := recover()
		st.record("recovered")
		println("got", r.(string), st.count, len(st.log))
		panic("second")
	}()
	println("start")
	panic("first")
}
