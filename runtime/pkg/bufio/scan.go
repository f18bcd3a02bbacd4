// Package bufio: buffered input and output over io.Reader and io.Writer. This file is the Scanner:
// it reads input into a buffer and hands out tokens cut by a split function (lines by default,
// or words, runes, bytes), growing the buffer up to a maximum token size.
package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
)

// SplitFunc cuts the next token from data; atEOF says no more data will come.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

const (
	// MaxScanTokenSize is the default largest token a Scanner takes.
	MaxScanTokenSize = 64 * 1024
	startBufSize     = 4096
)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	ErrFinalToken      = errors.New("final token")
)

// Scanner reads tokens from a Reader.
type Scanner struct {
	r          io.Reader
	split      SplitFunc
	maxSize    int
	token      []byte
	buf        []byte
	start, end int // buf[start:end] holds unread data
	err        error
	empties    int
	scanCalled bool
	done       bool
}

// NewScanner returns a Scanner reading lines from r.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxSize: MaxScanTokenSize}
}

// Err returns the first error other than io.EOF met by the Scanner.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the latest token; the next Scan may overwrite it.
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the latest token as a new string.
func (s *Scanner) Text() string { return string(s.token) }

// Buffer sets the initial buffer and the largest token size; it must be called before Scan.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxSize = max
}

// Split sets the split function; it must be called before Scan.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

// Scan advances to the next token, returning false at the end of input or on an error.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		if s.end > s.start || s.err != nil {
			before := s.start
			if ok, stop := s.cut(); stop {
				return ok
			}
			if s.start != before && s.err == nil {
				continue // the split function skipped data: try it on the rest first
			}
		}
		if s.err != nil {
			s.start, s.end = 0, 0
			return false
		}
		s.fill()
	}
}

// cut asks the split function for a token from the buffered data; stop says Scan is decided.
func (s *Scanner) cut() (ok bool, stop bool) {
	advance, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
	if err != nil {
		if err == ErrFinalToken {
			s.token = token
			s.done = true
			return true, true
		}
		s.setErr(err)
		return false, true
	}
	if !s.advance(advance) {
		return false, true
	}
	s.token = token
	if token == nil {
		return false, false
	}
	if s.err == nil || advance > 0 {
		s.empties = 0
	} else {
		s.empties++
		if s.empties > 100 {
			panic("bufio.Scan: too many empty tokens without progressing")
		}
	}
	return true, true
}

// fill moves unread data to the front, grows the buffer when full, and reads more.
func (s *Scanner) fill() {
	if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
		copy(s.buf, s.buf[s.start:s.end])
		s.end -= s.start
		s.start = 0
	}
	if s.end == len(s.buf) {
		if len(s.buf) >= s.maxSize || len(s.buf) > (1<<62)/2 {
			s.setErr(ErrTooLong)
			return
		}
		n := len(s.buf) * 2
		if n == 0 {
			n = startBufSize
		}
		if n > s.maxSize {
			n = s.maxSize
		}
		nb := make([]byte, n)
		copy(nb, s.buf[s.start:s.end])
		s.end -= s.start
		s.start = 0
		s.buf = nb
	}
	for loop := 0; ; {
		n, err := s.r.Read(s.buf[s.end:len(s.buf)])
		if n < 0 || len(s.buf)-s.end < n {
			s.setErr(ErrBadReadCount)
			return
		}
		s.end += n
		if err != nil {
			s.setErr(err)
			return
		}
		if n > 0 {
			s.empties = 0
			return
		}
		loop++
		if loop > 100 {
			s.setErr(io.ErrNoProgress)
			return
		}
	}
}

func (s *Scanner) advance(n int) bool {
	if n < 0 {
		s.setErr(ErrNegativeAdvance)
		return false
	}
	if n > s.end-s.start {
		s.setErr(ErrAdvanceTooFar)
		return false
	}
	s.start += n
	return true
}

func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// ScanBytes makes each byte a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

var errorRune = []byte(string(utf8.RuneError))

// ScanRunes makes each UTF-8 rune a token; an invalid encoding gives U+FFFD's encoding.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	_, width := utf8.DecodeRune(data)
	if width > 1 {
		return width, data[0:width], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, errorRune, nil
}

func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[0 : len(data)-1]
	}
	return data
}

// ScanLines makes each line a token, without its "\n" or "\r\n"; the last line may lack one.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	for i := 0; i < len(data); i++ {
		if data[i] == '\n' {
			return i + 1, dropCR(data[0:i]), nil
		}
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

func isSpace(r rune) bool {
	if r <= '\u00FF' {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00A0':
			return true
		}
		return false
	}
	if '\u2000' <= r && r <= '\u200a' {
		return true
	}
	switch r {
	case '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000':
		return true
	}
	return false
}

// ScanWords makes each space-separated word a token.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for width := 0; start < len(data); start += width {
		var r rune
		r, width = utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
	}
	for width, i := 0, start; i < len(data); i += width {
		var r rune
		r, width = utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + width, data[start:i], nil
		}
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
