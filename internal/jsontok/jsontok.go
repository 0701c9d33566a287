// Package jsontok is a JSON tokenizer with the token API of encoding/json's
// Decoder (Token, More, InputOffset) that keeps numbers as their literal
// text and allocates little. The readers of ntm's JSON formats build on it.
package jsontok

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Tokens is a JSON tokenizer with the token API of [json.Decoder]
// (Token, More, InputOffset: delimiters, strings, json.Number literals,
// bools, nil) over an input held in memory. It checks the grammar as
// Decoder.Token does, keeps numbers as their literal text, replaces invalid
// UTF-8 in strings with U+FFFD as encoding/json does, and allocates far less:
// it is what lets ten thousand communes decode well inside a second.
type Tokens struct {
	data  []byte
	pos   int
	stack []byte // open '{' and '['
	state tokenState
}

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

func New(data []byte) *Tokens { return &Tokens{data: data} }

// InputOffset returns the byte offset of the next token.
func (d *Tokens) InputOffset() int64 { return int64(d.pos) }

func (d *Tokens) skipSpace() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
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

// Token returns the next token, as [json.Decoder.Token] does.
func (d *Tokens) Token() (json.Token, error) {
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
			if d.state == tokObjectStart || d.state == tokObjectKey {
				s, err := d.str()
				if err != nil {
					return nil, err
				}
				d.state = tokObjectColon
				return s, nil
			}
			if !d.valueAllowed() {
				return nil, d.unexpected(c)
			}
			s, err := d.str()
			if err != nil {
				return nil, err
			}
			d.valueEnd()
			return s, nil
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
// it in a json.Token.
func (d *Tokens) Key() (string, error) {
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
		s, err := d.str()
		if err != nil {
			return "", err
		}
		d.state = tokObjectColon
		return s, nil
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
	}
	start := d.pos
	i := d.pos
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
	return json.Number(d.data[start:i]), nil
}

// str reads a string literal starting at the opening quote.
func (d *Tokens) str() (string, error) {
	i := d.pos + 1
	start := i
	for i < len(d.data) {
		c := d.data[i]
		if c == '"' {
			s := d.data[start:i]
			d.pos = i + 1
			if utf8.Valid(s) {
				return string(s), nil
			}
			return string(fixUTF8(nil, s)), nil
		}
		if c == '\\' {
			return d.escapedStr(start)
		}
		if c < 0x20 {
			d.pos = i
			return "", d.syntaxError("invalid character %s in string literal", quoteChar(c))
		}
		i++
	}
	d.pos = i
	return "", io.ErrUnexpectedEOF
}

// escapedStr reads a string literal with escapes; start is after the quote.
func (d *Tokens) escapedStr(start int) (string, error) {
	var b []byte
	i := start
	for i < len(d.data) {
		c := d.data[i]
		switch {
		case c == '"':
			d.pos = i + 1
			if utf8.Valid(b) {
				return string(b), nil
			}
			return string(fixUTF8(nil, b)), nil
		case c < 0x20:
			d.pos = i
			return "", d.syntaxError("invalid character %s in string literal", quoteChar(c))
		case c != '\\':
			b = append(b, c)
			i++
			continue
		}
		if i+1 >= len(d.data) {
			break
		}
		e := d.data[i+1]
		i += 2
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
			r, ok := d.hex4(i)
			if !ok {
				d.pos = i
				if i+4 > len(d.data) {
					return "", io.ErrUnexpectedEOF
				}
				return "", d.syntaxError("invalid character in \\u hexadecimal character escape")
			}
			i += 4
			if utf16.IsSurrogate(r) {
				if i+6 <= len(d.data) && d.data[i] == '\\' && d.data[i+1] == 'u' {
					if r2, ok := d.hex4(i + 2); ok {
						if dr := utf16.DecodeRune(r, r2); dr != utf8.RuneError {
							r = dr
							i += 6
							b = utf8.AppendRune(b, r)
							continue
						}
					}
				}
				r = utf8.RuneError
			}
			b = utf8.AppendRune(b, r)
		default:
			d.pos = i - 1
			return "", d.syntaxError("invalid character %s in string escape code", quoteChar(e))
		}
	}
	d.pos = len(d.data)
	return "", io.ErrUnexpectedEOF
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
