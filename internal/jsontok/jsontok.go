// Package jsontok is a JSON tokenizer with the token API of encoding/json's
// Decoder (Token, More, InputOffset) that keeps numbers as their literal
// text, reads from an io.Reader through a bounded buffer, and allocates
// little. The readers of ntm's JSON formats build on it.
package jsontok

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/problem"
)

// Limits of the tokenizer. They bound its memory whatever the input: a
// longer literal is skipped and returned as an [Oversize], deeper nesting is
// a syntax error.
const (
	// MaxLiteral is the longest string or number literal returned, in
	// bytes as written.
	MaxLiteral = 64 << 10
	// MaxDepth is the deepest nesting of arrays and objects.
	MaxDepth = 64
)

// bufSize is the size of the read buffer; it grows only while one literal
// does not fit, up to about MaxLiteral.
const bufSize = 32 << 10

// Tokens is a JSON tokenizer with the token API of [json.Decoder]
// (Token, More, InputOffset: delimiters, strings, json.Number literals,
// bools, nil). It checks the grammar as Decoder.Token does, keeps numbers
// as their literal text, replaces invalid UTF-8 in strings with U+FFFD as
// encoding/json does, and allocates far less than Decoder.Token.
//
// Reading from an [io.Reader] it holds a bounded window of the input, never
// the whole: a literal longer than [MaxLiteral] is skipped and returned as
// an [Oversize] (Token) or error (Key), after which reading goes on.
type Tokens struct {
	r     io.Reader // nil when the whole input is in data
	data  []byte    // the window of the input; data[0] is at offset base
	pos   int
	base  int64
	lines int // newlines before data[nl]
	col   int // characters between the last of them and data[nl]
	bcol  int // bytes between the last of them and data[nl]
	nl    int
	eof   bool   // r has no more
	rerr  error  // a read error other than io.EOF
	stack []byte // open '{' and '['
	state tokenState
	// strs and nums hold short string and number literals read, boxed
	// as tokens, so that the keys, codes, units and figures an input
	// repeats are made once (bounded by the size of a literalCache).
	strs, nums *literalCache
	// enc is the problem of an input in another encoding than UTF-8
	// (found by SkipBOM), which Token returns.
	enc error
	// bad is the last string read that was not UTF-8, badEnd the input
	// offset just past its literal, and badLine and badCol the line and
	// column of the first one (0 before one is read).
	bad             *Invalid
	badEnd          int64
	badLine, badCol int
	// legacyLine is the 1-based line of the last string read that is not
	// UTF-8, or that reading stopped in (0 before one): its columns are
	// counted in bytes.
	legacyLine int
	// lit is where the scan of a string or number literal stopped at the
	// window's end, so that it resumes there once the window is filled:
	// each byte of a literal is examined once however the reader cuts it.
	lit literalScan
	// scanned counts the bytes of literals examined by the scans of str,
	// escapedStr and scalar that stopped at the window's end (tests tell
	// by it that none is examined again).
	scanned int64
}

// literalScan is the state of a scan of the literal at input offset at
// stopped at the window's end: n bytes of it examined (from its first
// byte, the quote of a string; 0 when there is no scan stopped), high the
// high bits of those of a string (0 for ASCII), and escaped for a string
// with escapes, whose bytes decoded so far are in b (a buffer kept for the
// next such string, at most about MaxLiteral bytes).
type literalScan struct {
	at      int64
	n       int
	high    byte
	escaped bool
	b       []byte
}

// resume returns the scan stopped at the literal at d.pos, clearing it
// (n is 0 when there is none). Its bytes examined are taken off scanned,
// which stop adds from the literal's start: the scan resumed is counted
// from where it resumes.
//
//go:noinline
func (d *Tokens) resume() (n int, high byte, escaped bool, b []byte) {
	l := d.lit
	d.lit = literalScan{b: l.b}
	if l.at != d.InputOffset() {
		return 0, 0, false, nil
	}
	d.scanned -= int64(l.n)
	return l.n, l.high, l.escaped, l.b
}

// stop keeps the scan of the literal at d.pos stopped at index i, for
// the scan resumed once the window is filled.
func (d *Tokens) stop(i int, high byte, escaped bool) {
	d.scanned += int64(i - d.pos)
	d.lit = literalScan{at: d.InputOffset(), n: i - d.pos, high: high, escaped: escaped, b: d.lit.b}
}

// stopEscaped keeps the scan of the string with escapes at d.pos stopped
// at index i, its bytes decoded b; resumed tells whether the scan resumed
// one stopped (b then begins with d.lit.b). Only the bytes decoded since
// are copied, so that b, not kept, may be made on the stack.
func (d *Tokens) stopEscaped(i int, b []byte, resumed bool) {
	if !resumed {
		d.lit.b = d.lit.b[:0]
	}
	d.lit.b = append(d.lit.b, b[len(d.lit.b):]...)
	d.stop(i, 0, true)
}

// Bounds of the literals Tokens keeps (Tokens.strs, Tokens.nums): at most
// maxCacheSlots literals of at most maxInternedLen bytes each.
const (
	minCacheSlots  = 16
	maxCacheSlots  = 4096
	maxInternedLen = 32
)

// literalCache holds literals as tokens, each in the slot of its hash (a
// literal replaces the one in its slot). It starts small and grows, up to
// maxCacheSlots, as more literals are made.
type literalCache struct {
	slots []cachedLiteral // a power of two of them
	made  int
}

type cachedLiteral struct {
	hash uint32
	text string
	tok  json.Token
}

// intern returns the token of literal b kept in *c (a string or a
// json.Number as box makes it), keeping it there.
func intern(c **literalCache, b []byte, box func(string) json.Token) json.Token {
	if len(b) > maxInternedLen {
		return box(string(b))
	}
	// FNV-1a.
	h := uint32(2166136261)
	for _, x := range b {
		h = (h ^ uint32(x)) * 16777619
	}
	if *c == nil {
		*c = &literalCache{slots: make([]cachedLiteral, minCacheSlots)}
	}
	cache := *c
	slot := &cache.slots[h&uint32(len(cache.slots)-1)]
	if slot.tok != nil && slot.text == string(b) {
		return slot.tok
	}
	text := string(b)
	t := box(text)
	if cache.made++; cache.made > len(cache.slots) && len(cache.slots) < maxCacheSlots {
		cache.grow()
		slot = &cache.slots[h&uint32(len(cache.slots)-1)]
	}
	*slot = cachedLiteral{hash: h, text: text, tok: t}
	return t
}

// grow makes c four times larger, keeping its literals.
func (c *literalCache) grow() {
	old := c.slots
	c.slots = make([]cachedLiteral, 4*len(old))
	for _, l := range old {
		if l.tok != nil {
			c.slots[l.hash&uint32(len(c.slots)-1)] = l
		}
	}
}

func boxString(s string) json.Token { return s }
func boxNumber(s string) json.Token { return json.Number(s) }

type tokenState uint8

const (
	tokTopValue tokenState = iota
	tokArrayStart
	tokArrayValue
	tokArrayComma
	tokObjectStart
	tokObjectKey
	tokObjectColon
	tokObjectValue
	tokObjectComma
)

// SyntaxError is a grammar error at a byte offset.
type SyntaxError struct {
	Msg    string
	Offset int64
}

func (e *SyntaxError) Error() string { return e.Msg }

// Oversize stands for a string or number literal longer than [MaxLiteral]:
// Token returns it in place of the literal, Key returns it as its error.
// The literal itself is skipped, not held.
type Oversize struct {
	Kind   string // "string", "number" or "key"
	Prefix string // its first bytes (valid UTF-8, at most 64 bytes)
	Size   int64  // its length in bytes as written, quotes included
	Offset int64  // its byte offset
	Line   int    // the 1-based line it starts on
}

func (o Oversize) Error() string {
	return fmt.Sprintf("%s of %d bytes, longer than the limit of %d bytes", o.Kind, o.Size, MaxLiteral)
}

// errMore is returned inside the scanner when a token runs past the
// buffered window; the token is scanned again after fill.
var errMore = errors.New("jsontok: more input needed")

// New returns a tokenizer of an input held in memory.
func New(data []byte) *Tokens { return &Tokens{data: data, eof: true} }

// NewReader returns a tokenizer reading r through a bounded buffer. An r
// that tells how many bytes it holds (Len, as bytes.Reader and
// strings.Reader do) and holds fewer than bufSize is read through a buffer
// its size.
func NewReader(r io.Reader) *Tokens {
	d := &Tokens{r: r}
	if l, ok := r.(interface{ Len() int }); ok && l.Len() < bufSize {
		d.data = make([]byte, 0, l.Len()+1)
	}
	return d
}

// InputOffset returns the byte offset of the next token.
func (d *Tokens) InputOffset() int64 { return d.base + int64(d.pos) }

// Line returns the 1-based line of the next token (of the error, after an
// error).
func (d *Tokens) Line() int {
	if d.pos > d.nl {
		seg := d.data[d.nl:d.pos]
		if i := bytes.LastIndexByte(seg, '\n'); i >= 0 {
			d.lines += bytes.Count(seg[:i+1], []byte{'\n'})
			d.col = runeStarts(seg[i+1:])
			d.bcol = len(seg) - i - 1
		} else {
			d.col += runeStarts(seg)
			d.bcol += len(seg)
		}
		d.nl = d.pos
	}
	return 1 + d.lines
}

// runeStarts counts the bytes of b that begin a character: the characters
// of b, also when b begins or ends inside one (the window may split a
// character when a long string is skipped).
func runeStarts(b []byte) int {
	n := 0
	for _, c := range b {
		if utf8.RuneStart(c) {
			n++
		}
	}
	return n
}

// Column returns the 1-based column of the next token (of the error, after
// an error) in characters of its line: a tab and a Vietnamese letter count
// one each. A line that is not UTF-8 (it holds a string that is not, up to
// the token) is counted in bytes, one column each, as an editor shows a
// text typed with a font encoding before Unicode (TCVN3, VNI) in that
// font: the line's letters are bytes there, and its invalid bytes are no
// characters of UTF-8 to count.
func (d *Tokens) Column() int {
	line := d.Line()
	if line == d.legacyLine {
		return 1 + d.bcol
	}
	return 1 + d.col
}

// Depth returns how many arrays and objects are open.
func (d *Tokens) Depth() int { return len(d.stack) }

// SkipBOM skips a UTF-8 byte-order mark at the very start of the input.
// An input that begins as no UTF-8 JSON text can (a second UTF-8 mark, a
// UTF-16 mark, the NUL bytes of UTF-16 text without one) is then an
// encoding problem, which Token returns ([problem.Encoding]) in place of a
// syntax error quoting the mark's first byte.
func (d *Tokens) SkipBOM() {
	if d.base != 0 || d.pos != 0 {
		return
	}
	for len(d.data) < 6 && d.fill() {
	}
	if bytes.HasPrefix(d.data, []byte("\uFEFF")) {
		d.pos, d.nl = 3, 3 // the mark is no character of the first line
	}
	d.enc = notUTF8(d.data[d.pos:], d.pos > 0)
}

// notUTF8 returns the encoding problem of an input that begins with head
// (after a UTF-8 byte-order mark when marked), or nil.
func notUTF8(head []byte, marked bool) error {
	switch {
	case bytes.HasPrefix(head, []byte("\uFEFF")) && marked:
		return problem.Errorf(problem.Encoding, "two UTF-8 byte-order marks at the start: save the file as UTF-8 again (one mark, or none)")
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return problem.Errorf(problem.Encoding, "UTF-16 text (little-endian byte-order mark FF FE), not UTF-8: save the file as UTF-8")
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return problem.Errorf(problem.Encoding, "UTF-16 text (big-endian byte-order mark FE FF), not UTF-8: save the file as UTF-8")
	case len(head) >= 2 && (head[0] == 0) != (head[1] == 0):
		return problem.Errorf(problem.Encoding, "UTF-16 text without a byte-order mark (NUL bytes), not UTF-8: save the file as UTF-8")
	}
	return nil
}

// fill reads more input into the window, keeping data[pos:]. It returns
// false when there is no more.
func (d *Tokens) fill() bool {
	if d.eof {
		return false
	}
	if d.pos > 0 {
		d.Line()
		d.nl = 0
		d.base += int64(d.pos)
		n := copy(d.data[:cap(d.data)], d.data[d.pos:])
		d.data = d.data[:n]
		d.pos = 0
	}
	if len(d.data) == cap(d.data) {
		nb := make([]byte, len(d.data), max(bufSize, 2*cap(d.data)))
		copy(nb, d.data)
		d.data = nb
	}
	for range 100 {
		n, err := d.r.Read(d.data[len(d.data):cap(d.data)])
		d.data = d.data[:len(d.data)+n]
		if err != nil {
			d.eof = true
			if err != io.EOF {
				d.rerr = err
			}
		}
		if n > 0 {
			return true
		}
		if d.eof {
			return false
		}
	}
	d.eof, d.rerr = true, io.ErrNoProgress
	return false
}

// readErr returns the read error in place of an end of input it caused.
func (d *Tokens) readErr(err error) error {
	if d.rerr != nil && (err == io.EOF || err == io.ErrUnexpectedEOF) {
		return d.rerr
	}
	return err
}

func (d *Tokens) skipSpace() {
	for {
		for d.pos < len(d.data) {
			switch d.data[d.pos] {
			case ' ', '\t', '\n', '\r':
				d.pos++
			default:
				return
			}
		}
		if !d.fill() {
			return
		}
	}
}

// More reports whether the current array or object has another element.
func (d *Tokens) More() bool {
	d.skipSpace()
	return d.pos < len(d.data) && d.data[d.pos] != ']' && d.data[d.pos] != '}'
}

func (d *Tokens) valueAllowed() bool {
	switch d.state {
	case tokTopValue, tokArrayStart, tokArrayValue, tokObjectValue:
		return true
	}
	return false
}

func (d *Tokens) valueEnd() {
	switch d.state {
	case tokArrayStart, tokArrayValue:
		d.state = tokArrayComma
	case tokObjectValue:
		d.state = tokObjectComma
	}
}

func (d *Tokens) syntaxError(format string, args ...any) error {
	return &SyntaxError{Msg: fmt.Sprintf(format, args...), Offset: int64(d.pos)}
}

func (d *Tokens) unexpected(c byte) error {
	where := "looking for beginning of value"
	switch d.state {
	case tokArrayComma:
		where = "after array element"
	case tokObjectStart, tokObjectKey:
		where = "looking for beginning of object key string"
	case tokObjectColon:
		where = "after object key"
	case tokObjectComma:
		where = "after object key:value pair"
	}
	return d.syntaxError("invalid character %s %s", quoteChar(c), where)
}

func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	if c >= 0x20 && c < 0x7f {
		return "'" + string(c) + "'"
	}
	return strconv.Quote(string(c))
}

// Token returns the next token, as [json.Decoder.Token] does, or an
// [Oversize] in place of a literal longer than [MaxLiteral].
func (d *Tokens) Token() (json.Token, error) {
	if d.enc != nil {
		return nil, d.enc
	}
	for {
		tok, err := d.token()
		if err == errMore {
			d.fill()
			continue
		}
		if err != nil {
			return nil, d.readErr(err)
		}
		return tok, nil
	}
}

func (d *Tokens) token() (json.Token, error) {
	for {
		d.skipSpace()
		if d.pos >= len(d.data) {
			if len(d.stack) == 0 && d.state == tokTopValue {
				return nil, io.EOF
			}
			return nil, io.ErrUnexpectedEOF
		}
		c := d.data[d.pos]
		switch c {
		case '[', '{':
			if !d.valueAllowed() {
				return nil, d.unexpected(c)
			}
			if len(d.stack) >= MaxDepth {
				return nil, d.syntaxError("arrays and objects nested deeper than %d", MaxDepth)
			}
			d.pos++
			d.stack = append(d.stack, c)
			if c == '[' {
				d.state = tokArrayStart
			} else {
				d.state = tokObjectStart
			}
			return json.Delim(c), nil
		case ']', '}':
			open := byte('[')
			ok := d.state == tokArrayStart || d.state == tokArrayComma
			if c == '}' {
				open = '{'
				ok = d.state == tokObjectStart || d.state == tokObjectComma
			}
			if !ok || len(d.stack) == 0 || d.stack[len(d.stack)-1] != open {
				return nil, d.unexpected(c)
			}
			d.pos++
			d.stack = d.stack[:len(d.stack)-1]
			d.afterClose()
			return json.Delim(c), nil
		case ':':
			if d.state != tokObjectColon {
				return nil, d.unexpected(c)
			}
			d.pos++
			d.state = tokObjectValue
		case ',':
			switch d.state {
			case tokArrayComma:
				d.state = tokArrayValue
			case tokObjectComma:
				d.state = tokObjectKey
			default:
				return nil, d.unexpected(c)
			}
			d.pos++
		case '"':
			isKey := d.state == tokObjectStart || d.state == tokObjectKey
			if !isKey && !d.valueAllowed() {
				return nil, d.unexpected(c)
			}
			s, over, err := d.str()
			if err != nil {
				return nil, err
			}
			if isKey {
				d.state = tokObjectColon
			} else {
				d.valueEnd()
			}
			if over != nil {
				return *over, nil
			}
			return s, nil // a string
		default:
			if !d.valueAllowed() {
				return nil, d.unexpected(c)
			}
			tok, err := d.scalar()
			if err != nil {
				return nil, err
			}
			d.valueEnd()
			return tok, nil
		}
	}
}

// Key reads an object key where Token would return one, without boxing
// it in a json.Token. A key longer than [MaxLiteral] is skipped and
// returned as an [Oversize] error, after which reading may go on with the
// key's value.
func (d *Tokens) Key() (string, error) {
	for {
		s, err := d.key()
		if err == errMore {
			d.fill()
			continue
		}
		if err != nil {
			if _, ok := err.(Oversize); ok {
				return "", err
			}
			return "", d.readErr(err)
		}
		return s, nil
	}
}

func (d *Tokens) key() (string, error) {
	for {
		d.skipSpace()
		if d.pos >= len(d.data) {
			return "", io.ErrUnexpectedEOF
		}
		c := d.data[d.pos]
		if c == ',' && d.state == tokObjectComma {
			d.pos++
			d.state = tokObjectKey
			continue
		}
		if c != '"' || (d.state != tokObjectStart && d.state != tokObjectKey) {
			return "", d.unexpected(c)
		}
		s, over, err := d.str()
		if err != nil {
			return "", err
		}
		d.state = tokObjectColon
		if over != nil {
			over.Kind = "key"
			return "", *over
		}
		return s.(string), nil
	}
}

// afterClose sets the state after a closing delimiter.
func (d *Tokens) afterClose() {
	if len(d.stack) == 0 {
		d.state = tokTopValue
		return
	}
	if d.stack[len(d.stack)-1] == '[' {
		d.state = tokArrayComma
	} else {
		d.state = tokObjectComma
	}
}

// scalar reads a number or a literal.
func (d *Tokens) scalar() (json.Token, error) {
	rest := d.data[d.pos:]
	for _, lit := range [...]struct {
		text string
		tok  json.Token
	}{{"true", true}, {"false", false}, {"null", nil}} {
		if bytes.HasPrefix(rest, []byte(lit.text)) {
			d.pos += len(lit.text)
			return lit.tok, nil
		}
		if !d.eof && len(rest) < len(lit.text) && bytes.HasPrefix([]byte(lit.text), rest) {
			return nil, errMore
		}
	}
	// Find where the number ends, so that the grammar below sees all of
	// it and the byte after it (or the end of input).
	start := d.pos
	i := d.pos
	if d.lit.n != 0 {
		n, _, _, _ := d.resume()
		i += n
	}
	for i < len(d.data) && isNumberByte(d.data[i]) {
		i++
	}
	if i == len(d.data) && !d.eof {
		if i-start > MaxLiteral {
			return d.skipNumber(start, i)
		}
		d.stop(i, 0, false)
		return nil, errMore
	}
	if i-start > MaxLiteral {
		d.pos = i
		o := Oversize{Kind: "number", Prefix: prefix(d.data[start:i]), Offset: d.base + int64(start),
			Size: int64(i - start), Line: d.Line()}
		d.pos = i
		return o, nil
	}
	i = start
	digits := func() int {
		n := 0
		for i < len(d.data) && d.data[i] >= '0' && d.data[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(d.data) && d.data[i] == '-' {
		i++
	}
	switch {
	case i < len(d.data) && d.data[i] == '0':
		i++
	case digits() == 0:
		d.pos = i
		if i >= len(d.data) {
			return nil, io.ErrUnexpectedEOF
		}
		if i == start {
			return nil, d.unexpected(d.data[i])
		}
		return nil, d.syntaxError("invalid character %s in numeric literal", quoteChar(d.data[i]))
	}
	if i < len(d.data) && d.data[i] == '.' {
		i++
		if digits() == 0 {
			d.pos = i
			if i >= len(d.data) {
				return nil, io.ErrUnexpectedEOF
			}
			return nil, d.syntaxError("invalid character %s after decimal point in numeric literal", quoteChar(d.data[i]))
		}
	}
	if i < len(d.data) && (d.data[i] == 'e' || d.data[i] == 'E') {
		i++
		if i < len(d.data) && (d.data[i] == '+' || d.data[i] == '-') {
			i++
		}
		if digits() == 0 {
			d.pos = i
			if i >= len(d.data) {
				return nil, io.ErrUnexpectedEOF
			}
			return nil, d.syntaxError("invalid character %s in exponent of numeric literal", quoteChar(d.data[i]))
		}
	}
	d.pos = i
	return intern(&d.nums, d.data[start:i], boxNumber), nil
}

func isNumberByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}

// skipNumber skips the rest of a number literal that started at start and
// is longer than MaxLiteral (i is the index reached), returning its Oversize.
func (d *Tokens) skipNumber(start, i int) (json.Token, error) {
	o := Oversize{Kind: "number", Prefix: prefix(d.data[start:]), Offset: d.base + int64(start), Line: d.Line()}
	for {
		for i < len(d.data) {
			if isNumberByte(d.data[i]) {
				i++
				continue
			}
			d.pos = i
			o.Size = d.base + int64(i) - o.Offset
			return o, nil
		}
		d.pos = i
		if !d.fill() {
			o.Size = d.base + int64(d.pos) - o.Offset
			return o, nil
		}
		i = d.pos
	}
}

// prefix returns the first bytes of b, at most 64, cut at a character
// boundary. Bytes that are not UTF-8 are shown as [Invalid.Input] shows
// those of a shorter string, each the character Windows-1252 has for it
// ("Biªn b¶n" of a text typed with a font encoding before Unicode).
func prefix(b []byte) string {
	if len(b) > 64 {
		cut := b[:64]
		for n := 0; n < 3 && len(cut) > 0 && !utf8.Valid(cut); n++ {
			cut = cut[:len(cut)-1]
		}
		if !utf8.Valid(cut) {
			cut = b[:64]
		}
		b = cut
	}
	if !utf8.Valid(b) {
		return legacyvn.Shown(string(b))
	}
	return string(b)
}

// str reads a string literal starting at the opening quote, returning it
// as a token (a string). over is set (and the literal skipped) when it is
// longer than MaxLiteral.
func (d *Tokens) str() (json.Token, *Oversize, error) {
	i := d.pos + 1
	start := i
	var high byte // the bytes' high bits: 0 for ASCII
	if d.lit.n != 0 {
		// Resume the scan stopped at the window's end.
		n, h, escaped, b := d.resume()
		if escaped {
			return d.escapedStr(start, d.pos+n, b, true)
		}
		if n != 0 {
			i, high = d.pos+n, h
		}
	}
	data := d.data
	for i < len(data) {
		c := data[i]
		if c == '"' {
			s := data[start:i]
			if i+1-d.pos > MaxLiteral {
				return nil, d.oversize(i+1, high < utf8.RuneSelf || utf8.Valid(s)), nil
			}
			if high < utf8.RuneSelf || utf8.Valid(s) {
				d.pos = i + 1
				return intern(&d.strs, s, boxString), nil, nil
			}
			return d.invalid(s, s, i+1), nil, nil
		}
		if c == '\\' {
			return d.escapedStr(start, start, nil, false)
		}
		if c < 0x20 {
			d.pos = i
			d.stopInString(d.data[start:i])
			return nil, nil, d.syntaxError("invalid character %s in string literal", quoteChar(c))
		}
		high |= c
		i++
	}
	if d.eof {
		d.pos = i
		d.stopInString(d.data[start:i])
		return nil, nil, io.ErrUnexpectedEOF
	}
	if i-d.pos > MaxLiteral {
		return d.skipString(i)
	}
	d.stop(i, high, false)
	return nil, nil, errMore
}

// stopInString notes, when reading stops with an error inside a string
// literal whose bytes up to there are lit, whether they are UTF-8: a line
// holding bytes that are not is counted in bytes (Column).
func (d *Tokens) stopInString(lit []byte) {
	if !utf8.Valid(lit) {
		d.legacyLine = d.Line()
	}
}

// oversize returns the Oversize of the string literal at d.pos ending
// before end, and moves past it; valid tells whether the literal is UTF-8
// (its line is counted in bytes when it is not, as for a shorter one).
func (d *Tokens) oversize(end int, valid bool) *Oversize {
	o := &Oversize{Kind: "string", Prefix: prefix(d.data[d.pos+1 : end-1]), Offset: d.InputOffset(), Line: d.Line(),
		Size: int64(end - d.pos)}
	if !valid {
		d.legacyLine = o.Line
	}
	d.pos = end
	return o
}

// skipString skips the rest of a string literal longer than MaxLiteral,
// from index i (not inside an escape), telling as it goes whether its
// bytes are UTF-8: a line holding one that is not is counted in bytes, as
// a line holding a shorter one is. Its escapes are checked as
// escapedStr checks them, with the same errors; one cut by the window's
// end is kept in the window and read again after it is filled.
func (d *Tokens) skipString(i int) (json.Token, *Oversize, error) {
	o := &Oversize{Kind: "string", Prefix: prefix(d.data[d.pos+1 : i]), Offset: d.InputOffset(), Line: d.Line()}
	var chk utf8Check
	chk.write(d.data[d.pos+1 : i])
	for {
		from := i
	scan:
		for i < len(d.data) {
			c := d.data[i]
			i++
			switch {
			case c < 0x20:
				chk.write(d.data[from : i-1])
				d.pos = i - 1
				if !chk.valid() {
					d.legacyLine = d.Line()
				}
				return "", nil, d.syntaxError("invalid character %s in string literal", quoteChar(c))
			case c == '\\':
				at := i - 1 // the backslash
				if at+1 >= len(d.data) {
					i = at
					break scan // more input needed
				}
				switch e := d.data[at+1]; e {
				case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
					i = at + 2
				case 'u':
					if at+6 > len(d.data) && !d.eof {
						i = at
						break scan // more input needed
					}
					if _, ok := d.hex4(at + 2); !ok {
						chk.write(d.data[from:at])
						d.pos = at + 2
						if !chk.valid() {
							d.legacyLine = d.Line()
						}
						if at+6 > len(d.data) {
							return "", nil, io.ErrUnexpectedEOF
						}
						return "", nil, d.syntaxError("invalid character in \\u hexadecimal character escape")
					}
					i = at + 6
				default:
					chk.write(d.data[from:at])
					d.pos = at + 1
					if !chk.valid() {
						d.legacyLine = d.Line()
					}
					return "", nil, d.syntaxError("invalid character %s in string escape code", quoteChar(e))
				}
			case c == '"':
				chk.write(d.data[from : i-1])
				d.pos = i
				if !chk.valid() {
					d.legacyLine = d.Line()
				}
				o.Size = d.InputOffset() - o.Offset
				return "", o, nil
			}
		}
		chk.write(d.data[from:i])
		d.pos = i
		if !d.fill() {
			d.pos = len(d.data)
			if !chk.valid() {
				d.legacyLine = d.Line()
			}
			return "", nil, io.ErrUnexpectedEOF
		}
		i = d.pos
	}
}

// utf8Check tells whether bytes written to it in pieces are UTF-8, a
// character possibly cut between two pieces.
type utf8Check struct {
	bad  bool
	n    int               // bytes in part
	part [utf8.UTFMax]byte // the start of a character cut at the end of the last piece
}

func (c *utf8Check) write(b []byte) {
	for c.n > 0 && len(b) > 0 && !c.bad {
		c.part[c.n] = b[0]
		c.n++
		b = b[1:]
		if utf8.FullRune(c.part[:c.n]) {
			r, size := utf8.DecodeRune(c.part[:c.n])
			c.bad = r == utf8.RuneError && size == 1
			c.n = 0
		}
	}
	if c.bad || len(b) == 0 {
		return
	}
	cut := len(b)
	for k := len(b) - 1; k >= 0 && k >= len(b)-utf8.UTFMax; k-- {
		if utf8.RuneStart(b[k]) {
			if !utf8.FullRune(b[k:]) {
				cut = k
			}
			break
		}
	}
	c.bad = !utf8.Valid(b[:cut])
	c.n = copy(c.part[:], b[cut:])
}

// valid reports whether the bytes written are UTF-8, none cut at the end.
func (c *utf8Check) valid() bool { return !c.bad && c.n == 0 }

// escapedStr reads a string literal with escapes; start is after the
// quote, i the index reached (at a backslash or past an escape) and b the
// bytes from start to i decoded; resumed tells whether the scan resumes one
// stopped at the window's end.
func (d *Tokens) escapedStr(start, i int, b []byte, resumed bool) (json.Token, *Oversize, error) {
	for {
		for i < len(d.data) {
			c := d.data[i]
			switch {
			case c == '"':
				if i+1-d.pos > MaxLiteral {
					return "", d.oversize(i+1, utf8.Valid(b)), nil
				}
				if utf8.Valid(b) {
					d.pos = i + 1
					return string(b), nil, nil
				}
				return d.invalid(b, d.data[start:i], i+1), nil, nil
			case c < 0x20:
				d.pos = i
				d.stopInString(d.data[start:i])
				return "", nil, d.syntaxError("invalid character %s in string literal", quoteChar(c))
			case c != '\\':
				b = append(b, c)
				i++
				continue
			}
			if i+1 >= len(d.data) {
				break
			}
			e := d.data[i+1]
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				if i+6 > len(d.data) && !d.eof {
					break
				}
				r, ok := d.hex4(i + 2)
				if !ok {
					d.pos = i + 2
					d.stopInString(d.data[start:i])
					if i+6 > len(d.data) {
						return "", nil, io.ErrUnexpectedEOF
					}
					return "", nil, d.syntaxError("invalid character in \\u hexadecimal character escape")
				}
				if utf16.IsSurrogate(r) {
					if i+12 > len(d.data) && !d.eof {
						break
					}
					if i+12 <= len(d.data) && d.data[i+6] == '\\' && d.data[i+7] == 'u' {
						if r2, ok := d.hex4(i + 8); ok {
							if dr := utf16.DecodeRune(r, r2); dr != utf8.RuneError {
								b = utf8.AppendRune(b, dr)
								i += 12
								continue
							}
						}
					}
					r = utf8.RuneError
				}
				b = utf8.AppendRune(b, r)
				i += 6
				continue
			default:
				d.pos = i + 1
				d.stopInString(d.data[start:i])
				return "", nil, d.syntaxError("invalid character %s in string escape code", quoteChar(e))
			}
			if e == 'u' {
				break // more input needed
			}
			i += 2
		}
		if d.eof {
			d.pos = len(d.data)
			d.stopInString(d.data[start:d.pos])
			return "", nil, io.ErrUnexpectedEOF
		}
		if i-d.pos > MaxLiteral {
			return d.skipString(i)
		}
		d.stopEscaped(i, b, resumed)
		return "", nil, errMore
	}
}

func (d *Tokens) hex4(i int) (rune, bool) {
	if i+4 > len(d.data) {
		return 0, false
	}
	var r rune
	for _, c := range d.data[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r*16 + rune(c)
	}
	return r, true
}

// Invalid is a string literal that is not UTF-8: its text as Token or Key
// returned it (each invalid byte replaced by U+FFFD), its bytes (escapes
// decoded), and the first invalid byte with its line and column (1-based,
// as [Tokens.Column] counts them: in bytes, the line not being UTF-8).
// First and FirstColumn are those of the first such string of the input.
type Invalid struct {
	Text               string
	Raw                []byte
	Byte               byte
	Line, Column       int
	First, FirstColumn int
	isFirst            bool // this is the first string of the input not UTF-8
}

// Invalid returns the string literal just read, when it was not UTF-8
// and Token or Key returned it as s; call it before reading on. Strings
// that are UTF-8 cost nothing to tell: the literal is kept only when it
// is not.
func (d *Tokens) Invalid(s string) (*Invalid, bool) {
	if d.bad == nil || d.badEnd != d.InputOffset() || d.bad.Text != s {
		return nil, false
	}
	return d.bad, true
}

// invalid returns the text of the string literal at d.pos, ending before
// end, whose bytes decoded are b and are not UTF-8; lit is the literal as
// written. It keeps them for [Tokens.Invalid] and moves past the literal.
func (d *Tokens) invalid(b, lit []byte, end int) string {
	j := 0
	for j < len(lit) {
		r, n := utf8.DecodeRune(lit[j:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		j += n
	}
	line := d.Line()
	d.legacyLine = line
	col := d.Column()
	if j < len(lit) {
		col += 1 + j // the quote, then bytes
	}
	isFirst := d.badLine == 0
	if isFirst {
		d.badLine, d.badCol = line, col
	}
	text := string(fixUTF8(nil, b))
	v := &Invalid{Text: text, Raw: bytes.Clone(b), Line: line, Column: col, First: d.badLine, FirstColumn: d.badCol, isFirst: isFirst}
	if j < len(lit) {
		v.Byte = lit[j]
	}
	d.bad = v
	d.pos = end
	d.badEnd = d.InputOffset()
	return text
}

// fixUTF8 appends s to b with each invalid byte replaced by U+FFFD, as
// encoding/json does.
func fixUTF8(b, s []byte) []byte {
	for len(s) > 0 {
		r, size := utf8.DecodeRune(s)
		if r == utf8.RuneError && size == 1 {
			b = utf8.AppendRune(b, utf8.RuneError)
		} else {
			b = append(b, s[:size]...)
		}
		s = s[size:]
	}
	return b
}
