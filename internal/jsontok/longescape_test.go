package jsontok

import (
	"encoding/json"
	"io"
	"strings"
	"testing"
)

// A string longer than MaxLiteral, skipped, is refused for an invalid
// escape as encoding/json refuses it and with the error, line and column
// a short string has; its valid escapes, wherever the window cuts them,
// are skipped as the short string's are read.
func TestLongStringEscapesAsShortOnes(t *testing.T) {
	long := MaxLiteral + 10
	type place struct {
		name string
		at   int // bytes of filler before the escape
	}
	places := []place{
		{"at its start", 0},
		{"in its middle", long / 2},
		{"at its end", long},
	}
	// Past MaxLiteral, where the string is skipped, and read in pieces
	// that cut the escape after each of its bytes.
	places = append(places, place{"across the window", MaxLiteral + 4000})
	for _, esc := range []string{`\q`, `\x41`, `\u12G4`, `\uZZZZ`, `\u00`, `\u`, `\'`, `\U0041`,
		`\n`, `\"`, `\\`, `\/`, `\u00e9`, `\uD83D\uDE00`, `\ud800`, `\b\f\r\t`} {
		for _, pl := range places {
			// The filler is no hexadecimal digit: "\u00" stays invalid.
			after := strings.Repeat("z", max(long-pl.at, 0))
			in := `["` + strings.Repeat("z", pl.at) + esc + after + `", 1]`
			short := `["` + strings.Repeat("z", min(pl.at, 10)) + esc + `z", 1]`
			valid := json.Valid([]byte(in))
			if json.Valid([]byte(short)) != valid {
				t.Fatalf("%s: encoding/json tells the long and short strings apart", esc)
			}
			sd := New([]byte(short))
			sd.Token()
			_, serr := sd.Token()
			scol := sd.Column() - min(pl.at, 10)
			readers := []*Tokens{New([]byte(in)), NewReader(strings.NewReader(in)), NewReader(&chunkReader{strings.NewReader(in), 4093})}
			if pl.name == "across the window" {
				for cut := 1; cut < len(esc); cut++ {
					readers = append(readers, NewReader(&splitReader{r: strings.NewReader(in), at: 2 + pl.at + cut}))
				}
			}
			for i, d := range readers {
				d.Token()
				tok, err := d.Token()
				_, over := tok.(Oversize)
				switch {
				case valid && (err != nil || !over):
					t.Errorf("%s %s, reader %d: %v, want the string skipped", esc, pl.name, i, err)
				case valid:
				case err == nil:
					t.Errorf("%s %s, reader %d: %v, want %v as encoding/json refuses it", esc, pl.name, i, err, serr)
				case err.Error() != serr.Error():
					t.Errorf("%s %s, reader %d: %v, want %v", esc, pl.name, i, err, serr)
				case d.Line() != 1 || d.Column()-pl.at != scol:
					t.Errorf("%s %s, reader %d: at column %d, want %d", esc, pl.name, i, d.Column(), scol+pl.at)
				}
			}
		}
	}
}

// chunkReader reads at most n bytes at a time.
type chunkReader struct {
	r io.Reader
	n int
}

func (c *chunkReader) Read(p []byte) (int, error) { return c.r.Read(p[:min(len(p), c.n)]) }

// splitReader reads up to byte at, then the rest: the window ends at at
// once.
type splitReader struct {
	r      io.Reader
	at, of int
}

func (s *splitReader) Read(p []byte) (int, error) {
	if s.of < s.at {
		p = p[:min(len(p), s.at-s.of)]
	}
	n, err := s.r.Read(p)
	s.of += n
	return n, err
}
