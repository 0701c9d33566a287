package evaluate

import (
	"io"
	"strconv"
	"unicode/utf8"
)

// A problem of a JSON value is placed at the line and column where the
// value's token begins (an unknown key's, at the key). The reader notes
// only where a token ends, as an input offset (a mark); the line and
// column are found when a problem is made, from the bytes last read,
// which a tail keeps.

// tailSize is how many of the last bytes read a tail keeps: a literal of
// jsontok.MaxLiteral and the tokenizer's window read past it, with room
// for the line they are on.
const tailSize = 1 << 18

// tail reads r, keeping the last bytes read in a ring.
type tail struct {
	r    io.Reader
	ring []byte // a power of two long
	n    int64  // bytes read: ring holds those at [n-len(ring), n)
}

// tailLen is a tail of a reader that tells how many bytes it holds, which
// it tells too (jsontok.NewReader sizes its buffer by it).
type tailLen struct {
	*tail
	l interface{ Len() int }
}

func (t tailLen) Len() int { return t.l.Len() }

// newTail returns r read through a tail, and the tail.
func newTail(r io.Reader) (io.Reader, *tail) {
	size := tailSize
	l, hasLen := r.(interface{ Len() int })
	if hasLen {
		for size > 64 && size/2 > l.Len() {
			size /= 2
		}
	}
	t := &tail{r: r, ring: make([]byte, size)}
	if hasLen {
		return tailLen{t, l}, t
	}
	return t, t
}

func (t *tail) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	b := p[:n]
	if len(b) > len(t.ring) {
		t.n += int64(len(b) - len(t.ring))
		b = b[len(b)-len(t.ring):]
	}
	i := int(t.n & int64(len(t.ring)-1))
	c := copy(t.ring[i:], b)
	copy(t.ring, b[c:])
	t.n += int64(len(b))
	return n, err
}

// at returns the byte at input offset o; ok is false when it is not kept.
func (t *tail) at(o int64) (byte, bool) {
	if o < 0 || o >= t.n || o < t.n-int64(len(t.ring)) {
		return 0, false
	}
	return t.ring[o&int64(len(t.ring)-1)], true
}

// bytes returns the input from offset from to offset to, or nil when it is
// not all kept.
func (t *tail) bytes(from, to int64) []byte {
	if from < 0 || to > t.n || from < t.n-int64(len(t.ring)) || from > to {
		return nil
	}
	out := make([]byte, 0, to-from)
	for o := from; o < to; o++ {
		out = append(out, t.ring[o&int64(len(t.ring)-1)])
	}
	return out
}

// tokenStart returns the input offset where the token ending at end
// begins: a string, a number or literal, or an opening delimiter. ok is
// false when its bytes are no longer kept.
func (t *tail) tokenStart(end int64) (int64, bool) {
	c, ok := t.at(end - 1)
	switch {
	case !ok:
		return 0, false
	case c == '{' || c == '[':
		return end - 1, true
	case c == '"':
		// The opening quote: the first before the closing one that no
		// odd run of backslashes escapes.
		for o := end - 2; ; o-- {
			c, ok := t.at(o)
			if !ok {
				return 0, false
			}
			if c != '"' {
				continue
			}
			n := int64(0)
			for {
				b, ok := t.at(o - 1 - n)
				if !ok {
					return 0, false
				}
				if b != '\\' {
					break
				}
				n++
			}
			if n%2 == 0 {
				return o, true
			}
		}
	}
	if !isNumberByte(c) && (c < 'a' || c > 'z') {
		return 0, false
	}
	o := end - 1
	for {
		b, ok := t.at(o - 1)
		if !ok {
			return 0, false
		}
		if !isNumberByte(b) && (b < 'a' || b > 'z') {
			return o, true
		}
		o--
	}
}

func isNumberByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}

// place returns the line and column of the token that ends at input
// offset end (a mark: 0 is none), counted as the tokenizer counts them
// (the column in characters of the line, in bytes on a line holding a
// string that is not UTF-8 up to the token). It returns 0 and "" when the
// bytes are no longer kept, and only the line when the start of a line
// that is not ASCII up to the token is not.
func (jr *jsonReader) place(end int64) (line int, column string) {
	if end <= 0 || jr.tail == nil {
		return 0, ""
	}
	start, ok := jr.tail.tokenStart(end)
	if !ok {
		return 0, ""
	}
	now := jr.dec.InputOffset()
	between := jr.tail.bytes(start, now)
	if between == nil {
		return 0, ""
	}
	line = jr.dec.Line()
	for _, c := range between {
		if c == '\n' {
			line--
		}
	}
	// The line's start: after the newline before the token.
	from := start
	for {
		c, ok := jr.tail.at(from - 1)
		if !ok && from > 0 {
			from = -1 // not kept
			break
		}
		if !ok || c == '\n' {
			break
		}
		from--
	}
	if from < 0 {
		return line, ""
	}
	head, tok := jr.tail.bytes(from, start), jr.tail.bytes(start, end)
	if utf8.Valid(head) && utf8.Valid(tok) {
		return line, strconv.Itoa(1 + utf8.RuneCount(head))
	}
	return line, strconv.Itoa(1 + len(head))
}
