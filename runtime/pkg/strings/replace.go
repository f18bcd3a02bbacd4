// replace.go: strings.Replacer, a list of old/new pairs applied in one pass. At each position of the
// input the pairs are tried in argument order and the first match wins; matches do not overlap. An
// empty old string matches at every byte position not taken by another match, as in Go.
package strings

// Replacer replaces a list of strings with replacements.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs. It panics if given an
// odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	pairs := make([]string, len(oldnew))
	copy(pairs, oldnew)
	return &Replacer{oldnew: pairs}
}

// match returns the index of the first pair whose old string is a prefix of s[i:], skipping an
// empty old string when skipEmpty is set (just after an empty match at the same position); -1 if none.
func (r *Replacer) match(s string, i int, skipEmpty bool) int {
	for k := 0; k < len(r.oldnew); k += 2 {
		old := r.oldnew[k]
		if old == "" && skipEmpty {
			continue
		}
		if HasPrefix(s[i:], old) {
			return k
		}
	}
	return -1
}

// Replace returns a copy of s with all replacements performed. The scan moves one byte at a time
// where nothing matches, as Go's does (so an empty old string also matches inside a multi-byte
// code point).
func (r *Replacer) Replace(s string) string {
	var buf []byte
	changed := false
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s, i, prevEmpty)
		prevEmpty = k >= 0 && r.oldnew[k] == ""
		if k < 0 {
			i++
			continue
		}
		changed = true
		buf = append(buf, s[last:i]...)
		buf = append(buf, r.oldnew[k+1]...)
		i += len(r.oldnew[k])
		last = i
	}
	if !changed {
		return s
	}
	buf = append(buf, s[last:]...)
	return string(buf)
}
