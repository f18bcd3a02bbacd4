package escape

type Config struct {
	name *string
	vals []int
}

var cfg Config

func setName(s *string) { // ERROR "leaking param: s$"
	cfg.name = s
}

func setVals(v []int) { // ERROR "leaking param: v$"
	cfg.vals = v
}

func setLocalName() {
	n := "local" // ERROR "moved to heap: n$"
	cfg.name = &n
}

func getName() string {
	return *cfg.name
}
