package jsontok

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

// TestLineAndColumnOfErrors: after an error, Line and Column give where it
// is, the column in characters of its line, whether the input is in memory,
// read through the buffer or one byte at a time.
func TestLineAndColumnOfErrors(t *testing.T) {
	long := strings.Repeat(`"Hòa Lạc", `, 5000) // lines longer than the buffer
	for _, tc := range []struct {
		name, in  string
		line, col int
	}{
		{"a bad literal on the first line", `{"a": tru}`, 1, 7},
		{"a bad character after Vietnamese text", "{\n  \"xã\": \"Hòa Lạc\",\n  \"năm\": t\n}", 3, 10},
		{"a missing comma", "[\n\t1\n\t2\n]", 3, 2},
		{"a control character in a string", "{\"a\": \"x\ty\"}", 1, 9},
		{"the end of input inside an array", "[1,\n2,\n", 3, 1},
		{"a bad character after a line longer than the buffer", "[\n" + long + "x]", 2, utf8.RuneCountInString(long) + 1},
		{"a CRLF file", "[\r\n1,\r\n}", 3, 1},
		// A line that is not UTF-8 counts bytes, as an editor shows it in
		// the legacy font: 0xB9 (TCVN3 "ạ") is a column.
		{"a bad character after a TCVN3 string", "{\n  \"x\": \"H\xdfa L\xb9c\" x\n}", 2, 18},
		{"a bad character after Vietnamese text and a TCVN3 string", "[\"Hòa\", \"L\xb9c\" x]", 1, 16},
		{"the end of input inside a TCVN3 string", "{\"L\xb9c", 1, 6},
		{"a control character inside a TCVN3 string", "{\"L\xb9\tc\"}", 1, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for i, d := range []*Tokens{New([]byte(tc.in)), NewReader(strings.NewReader(tc.in)),
				NewReader(iotest.OneByteReader(strings.NewReader(tc.in)))} {
				var err error
				for err == nil {
					_, err = d.Token()
				}
				if line, col := d.Line(), d.Column(); line != tc.line || col != tc.col {
					t.Errorf("reader %d: error %v at %d:%d, want %d:%d", i, err, line, col, tc.line, tc.col)
				}
			}
		})
	}
}

// TestColumnAfterAnOversizedString: a string too long to keep is skipped
// through the window, which may split its characters; the column after it
// still counts characters.
func TestColumnAfterAnOversizedString(t *testing.T) {
	in := `["` + strings.Repeat("ạ", 65536) + `", x]`
	for i, d := range []*Tokens{New([]byte(in)), NewReader(strings.NewReader(in))} {
		var err error
		for err == nil {
			_, err = d.Token()
		}
		if line, col := d.Line(), d.Column(); line != 1 || col != 65542 {
			t.Errorf("reader %d: error %v at %d:%d, want 1:65542", i, err, line, col)
		}
	}
}

// TestColumnAfterAnOversizedLegacyString: a string too long to keep that
// is not UTF-8 makes its line count bytes, as a shorter one does, wherever
// its bad bytes are (in the window or past it, after an escape), and
// whether it is a value or a key.
func TestColumnAfterAnOversizedLegacyString(t *testing.T) {
	long := strings.Repeat("ạ", 100000) // longer than MaxLiteral and the window
	for _, tc := range []struct{ name, lit string }{
		{"bad bytes at its start", "L\xb9c" + long},
		{"bad bytes at its end", long + "L\xb9c"},
		{"bad bytes after an escape", `\n` + long + "L\xb9c"},
		{"a bad byte cut from its character", long + "\xe1\xba"},
	} {
		for _, key := range []bool{false, true} {
			in := `["` + tc.lit + `", x]`
			if key {
				in = `{"` + tc.lit + `": 1 x}`
			}
			want := 1 + strings.Index(in, " x") + 1
			for i, d := range []*Tokens{New([]byte(in)), NewReader(strings.NewReader(in))} {
				var err error
				for err == nil {
					if key && d.Depth() == 1 && d.state == tokObjectStart {
						_, err = d.Key()
						if _, over := err.(Oversize); over {
							err = nil
						}
						continue
					}
					_, err = d.Token()
				}
				if line, col := d.Line(), d.Column(); line != 1 || col != want {
					t.Errorf("%s, key %v, reader %d: error %v at %d:%d, want 1:%d", tc.name, key, i, err, line, col, want)
				}
			}
		}
	}
}

// TestColumnAfterByteOrderMark: a byte-order mark skipped is no character
// of the first line.
func TestColumnAfterByteOrderMark(t *testing.T) {
	d := NewReader(strings.NewReader("\uFEFF{\"a\" 1}"))
	d.SkipBOM()
	var err error
	for err == nil {
		_, err = d.Token()
	}
	if line, col := d.Line(), d.Column(); line != 1 || col != 6 {
		t.Errorf("error %v at %d:%d, want 1:6", err, line, col)
	}
}

// checkPosition checks Line and Column at d's offset against a count of
// the lines and characters of the input before it, or of its bytes on a
// line that is not UTF-8.
func checkPosition(t *testing.T, in []byte, d *Tokens) {
	t.Helper()
	before := in[:min(int(d.InputOffset()), len(in))]
	line := 1 + bytes.Count(before, []byte{'\n'})
	onLine := before[bytes.LastIndexByte(before, '\n')+1:]
	col := 1 + utf8.RuneCount(onLine)
	if !utf8.Valid(onLine) {
		col = 1 + len(onLine)
	}
	if d.Line() != line || d.Column() != col {
		t.Fatalf("at offset %d: %d:%d, want %d:%d", d.InputOffset(), d.Line(), d.Column(), line, col)
	}
}

// TestUTF8CheckInPieces: bytes written in pieces, cut anywhere, are told
// UTF-8 exactly when they are whole.
func TestUTF8CheckInPieces(t *testing.T) {
	for _, s := range []string{"Hòa Lạc 😀", "L\xb9c", "\xe1\xba", "a\xe1\xbaa", "\xf0\x9f\x98", "\xed\xa0\x80", "ạ\xff"} {
		want := utf8.ValidString(s)
		for i := 0; i <= len(s); i++ {
			for j := i; j <= len(s); j++ {
				var c utf8Check
				c.write([]byte(s[:i]))
				c.write([]byte(s[i:j]))
				c.write([]byte(s[j:]))
				if c.valid() != want {
					t.Errorf("%q cut at %d and %d: valid %v, want %v", s, i, j, c.valid(), want)
				}
			}
		}
	}
}

// TestControlCharacterInAnOversizedString: a string too long to keep is
// checked as a shorter one is: a control character in it is an error, as
// encoding/json has it, at its place.
func TestControlCharacterInAnOversizedString(t *testing.T) {
	in := `["` + strings.Repeat("a", 300000) + "\n" + `"]`
	for i, d := range []*Tokens{New([]byte(in)), NewReader(strings.NewReader(in))} {
		var err error
		for err == nil {
			_, err = d.Token()
		}
		if _, ok := err.(*SyntaxError); !ok || d.Line() != 1 || d.Column() != 300003 {
			t.Errorf("reader %d: %v at %d:%d, want a syntax error at 1:300003", i, err, d.Line(), d.Column())
		}
	}
	if err := json.Unmarshal([]byte(in), new(any)); err == nil {
		t.Error("encoding/json reads it")
	}
}
