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

// lineCache is what place last found of a line: the characters and bytes
// before a token start on it, and whether they are UTF-8, from which the
// column of a later token on the line is counted without reading the
// line again from its start.
type lineCache struct {
	line         int   // 0: none
	at           int64 // the token start
	runes, bytes int   // before at, on the line
	valid        bool  // whether the line is UTF-8 before at
}

// place returns the line and column of the token that ends at input
// offset end (a mark: 0 is none), counted as the tokenizer counts them
// (the column in characters of the line, in bytes on a line holding a
// string that is not UTF-8 up to the token). It returns 0 and "" when the
// token's bytes are no longer kept, and only the line when those of the
// line before it are not.
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
	ascii := true
	for _, c := range between {
		if c == '\n' {
			line--
		}
		ascii = ascii && c < utf8.RuneSelf
	}
	tok := jr.tail.bytes(start, end)
	c := &jr.lineAt
	var runes, nbytes int
	var valid bool
	var mid []byte // the line from the token last placed on it to this one
	if c.line == line && c.at <= start {
		mid = jr.tail.bytes(c.at, start)
	}
	switch {
	case mid != nil:
		runes, nbytes, valid = c.runes+utf8.RuneCount(mid), c.bytes+len(mid), c.valid && utf8.Valid(mid)
	case c.line == line && c.at > start && c.valid:
		// A token before the last placed one (of a problem told once its
		// object is read): the line up to it is UTF-8 too.
		back := jr.tail.bytes(start, c.at)
		runes, nbytes, valid = c.runes-utf8.RuneCount(back), c.bytes-len(back), true
	default:
		head, ok := jr.lineBefore(start)
		switch {
		case ok:
			runes, nbytes, valid = utf8.RuneCount(head), len(head), utf8.Valid(head)
		case ascii && line == jr.dec.Line():
			// The line's start is no longer kept; the tokenizer counts
			// the columns up to now, and those from the token on are
			// as many as its bytes.
			return line, strconv.Itoa(jr.dec.Column() - int(now-start))
		default:
			return line, ""
		}
	}
	*c = lineCache{line: line, at: start, runes: runes, bytes: nbytes, valid: valid}
	if valid && utf8.Valid(tok) {
		return line, strconv.Itoa(1 + runes)
	}
	return line, strconv.Itoa(1 + nbytes)
}

// lineBefore returns the bytes of the line before input offset start;
// ok is false when they are no longer all kept. A byte-order mark at the
// start of the input (jsontok.SkipBOM) is no character of the line.
func (jr *jsonReader) lineBefore(start int64) (head []byte, ok bool) {
	from := start
	for from > 0 {
		c, kept := jr.tail.at(from - 1)
		if !kept {
			return nil, false
		}
		if c == '\n' {
			break
		}
		from--
	}
	if from == 0 && string(jr.tail.bytes(0, 3)) == "\uFEFF" {
		from = 3
	}
	return jr.tail.bytes(from, start), true
}
