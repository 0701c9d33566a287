package jsontok

import (
	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/problem"
)

// The problems of a string that is not UTF-8 (JSON text is UTF-8, RFC 8259
// section 8.1). The first string of the input that is not UTF-8 says what
// it looks typed in and how to convert the text; those after it say what
// they read and refer to it.
const (
	// legacyFormat: the byte, the legacy encoding, what the string reads
	// in it, the encoding as Unikey's converter names it.
	legacyFormat = `not UTF-8 (byte 0x%02X): looks typed with a font encoding before Unicode, %s, in which it reads %q; ` +
		`JSON is UTF-8 (RFC 8259): convert the text to Unicode with Unikey's "Chuyển mã" (source %s, destination Unicode) and save it as UTF-8`
	// maybeFormat is legacyFormat for a string whose letters alone tell
	// the encoding (legacyvn.Probable), no name known confirming it.
	maybeFormat = `not UTF-8 (byte 0x%02X): the text is in another encoding, maybe a font encoding before Unicode, %s, in which it reads %q; ` +
		`JSON is UTF-8 (RFC 8259): convert the text to Unicode (if it is that encoding, with Unikey's "Chuyển mã", source %s, destination Unicode) and save it as UTF-8`
	// otherFormat: the byte.
	otherFormat = `not UTF-8 (byte 0x%02X): the text is in another encoding; JSON is UTF-8 (RFC 8259): save it as UTF-8`
	// legacyAgainFormat: the byte, what the string reads in the legacy
	// encoding, the encoding, the line and column of the first string not
	// UTF-8.
	legacyAgainFormat = `not UTF-8 (byte 0x%02X): reads %q in %s (see line %d, column %d)`
	// otherAgainFormat: the byte, the line and column of the first string
	// not UTF-8.
	otherAgainFormat = `not UTF-8 (byte 0x%02X): the text is in another encoding (see line %d, column %d)`
)

// Input returns the string as a problem quotes it: its bytes as
// Windows-1252 shows them ("Hßa L¹c"), as a text typed with a font before
// Unicode looks in a Unicode font.
func (v *Invalid) Input() string { return legacyvn.Shown(string(v.Raw)) }

// Err returns the encoding problem of the string ([problem.Encoding]): the
// first invalid byte and, when the string looks typed with a Vietnamese
// font encoding before Unicode (TCVN3, VNI), the encoding and what the
// string reads in it, and the fix. known, when not nil, tells the names
// the string may be (a commune's, a province's): a string that is none of
// them as written but is one decoded is taken as typed in that encoding
// (legacyvn.Guess); otherwise, or when known accepts neither reading, the
// string's letters tell (legacyvn.Probable).
func (v *Invalid) Err(known func(string) bool) error {
	enc, format := "", legacyFormat
	if known != nil {
		enc = legacyvn.Guess(v.Input(), known)
	}
	if enc == "" {
		enc, format = legacyvn.Probable(v.Raw), maybeFormat
	}
	again := !v.isFirst
	switch {
	case enc != "" && !again:
		return problem.Errorf(problem.Encoding, format, v.Byte, legacyvn.Label(enc),
			string(legacyvn.Bytes(enc, v.Raw)), legacyvn.Unikey(enc))
	case enc != "":
		return problem.Errorf(problem.Encoding, legacyAgainFormat, v.Byte,
			string(legacyvn.Bytes(enc, v.Raw)), legacyvn.Label(enc), v.First, v.FirstColumn)
	case !again:
		return problem.Errorf(problem.Encoding, otherFormat, v.Byte)
	}
	return problem.Errorf(problem.Encoding, otherAgainFormat, v.Byte, v.First, v.FirstColumn)
}
