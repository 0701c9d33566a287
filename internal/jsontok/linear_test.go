package jsontok

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

// TestALiteralReadByteByByteIsScannedOnce: a string or number literal that
// arrives one byte per Read is scanned on from where the scan stopped, not
// again from its start: the bytes of literals examined by the scans that
// stop for more input are at most the input's length, not its square.
func TestALiteralReadByteByByteIsScannedOnce(t *testing.T) {
	const n = 60000
	for _, tc := range []struct{ name, in string }{
		{"a string", `["` + strings.Repeat("a", n) + `"]`},
		{"a key", `{"` + strings.Repeat("a", n) + `": 1}`},
		{"a Vietnamese string", `["` + strings.Repeat("Hòa Lạc ", n/12) + `"]`},
		{"a TCVN3 string", "[\"" + strings.Repeat("H\xdfa L\xb9c ", n/8) + "\"]"},
		{"a string with escapes", `["` + strings.Repeat(`ạ\n\u00e9\"\uD83D\uDE00x\\`, n/30) + `"]`},
		{"a string escaped at its end", `["` + strings.Repeat("ạ", n/3) + `\t"]`},
		{"a number", `[1` + strings.Repeat("0", n) + `]`},
		{"a fraction", `[-0.` + strings.Repeat("5", n) + `e+7]`},
		{"an unterminated string", `["` + strings.Repeat("a", n)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mem := New([]byte(tc.in))
			want := readAll(mem)
			d := NewReader(iotest.OneByteReader(strings.NewReader(tc.in)))
			if got := readAll(d); got != want {
				t.Fatalf("read one byte at a time:\n%.300s\nin memory:\n%.300s", got, want)
			}
			if d.scanned > int64(len(tc.in)) {
				t.Errorf("%d bytes of literals examined, by scans stopped at the window's end, reading %d bytes one at a time, want at most %[2]d",
					d.scanned, len(tc.in))
			}
		})
	}
}

// readAll reads d to its end or first error, telling each token or error
// with where it is and, for a string not UTF-8, what Invalid keeps.
func readAll(d *Tokens) string {
	var b strings.Builder
	for {
		tok, err := d.Token()
		fmt.Fprintf(&b, "%.120s %v @%d %d:%d", fmt.Sprintf("%#v", tok), err, d.InputOffset(), d.Line(), d.Column())
		if s, ok := tok.(string); ok {
			if v, ok := d.Invalid(s); ok {
				fmt.Fprintf(&b, " invalid %x %d:%d %d:%d", v.Byte, v.Line, v.Column, v.First, v.FirstColumn)
			}
		}
		b.WriteByte('\n')
		if err != nil {
			return b.String()
		}
	}
}

// sameWhateverTheReader fails unless in read in memory, through the
// buffer and one byte per Read gives the same tokens, errors, offsets,
// lines and columns.
func sameWhateverTheReader(t *testing.T, in []byte) {
	t.Helper()
	want := readAll(New(in))
	for i, d := range []*Tokens{NewReader(bytes.NewReader(in)), NewReader(iotest.OneByteReader(bytes.NewReader(in)))} {
		if got := readAll(d); got != want {
			t.Fatalf("reader %d:\n%.2000s\nin memory:\n%.2000s", i, got, want)
		}
	}
}

// TestTheSameTokensWhateverTheReader: valid and invalid inputs, among them
// literals around MaxLiteral long, are read alike in memory and one byte
// at a time.
func TestTheSameTokensWhateverTheReader(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "evaluate", "testdata", "input", "*.json"))
	var ins [][]byte
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, b)
	}
	for _, s := range []string{`["\u00e9\ud83d\ude00\ud800x", "\/\b\f\n\r\t", -0.5e+3, 1E2, 0, true, null]`,
		`{"a": [1, {"b": false}], "c": "x"}`, `[01]`, `[1.]`, `{"a" 1}`, `[1,]`, "[\"\xff\xfe\"]", `{"a":1,}`,
		`{"a": tru}`, "{\n  \"xã\": \"Hòa Lạc\",\n  \"năm\": t\n}", "[\n\t1\n\t2\n]", "{\"a\": \"x\ty\"}",
		"[1,\n2,\n", "[\r\n1,\r\n}", "{\n  \"x\": \"H\xdfa L\xb9c\" x\n}", "[\"Hòa\", \"L\xb9c\" x]", "{\"L\xb9c",
		"{\"L\xb9\tc\"}", "\xef\xbb\xbf[1]", `[1e]`, `[-]`, `[1.5e+]`, `["\u12G4"]`, `["\u00`, `["a\`, `["\q"]`,
		`[-12.5e-3x]`, `[nul]`, `[true false]`, "[\"ạ\\u00e9\xb9\\n\"]", `["\uD83D\u0041"]`, `["\uD83D`,
		"[\"Hòa\",\n\"L\xb9c\\u0041\"\n, 7"} {
		ins = append(ins, []byte(s))
	}
	for _, n := range []int{MaxLiteral - 3, MaxLiteral - 2, MaxLiteral + 1} {
		for _, lit := range []string{`"` + strings.Repeat("a", n-2) + `"`, `"` + strings.Repeat("a", n-4) + `\n"`,
			"\"" + strings.Repeat("\xb9", n-2) + "\"", strings.Repeat("1", n), `"` + strings.Repeat("a", n-3) + "\t\""} {
			ins = append(ins, []byte("[\n"+lit+", x]"), []byte("{"+lit+": 1}"))
		}
	}
	for _, in := range ins {
		sameWhateverTheReader(t, in)
	}
}

// Encoding/json agrees with the tokens read one byte at a time of the
// inputs above that are JSON.
func TestTheSameTokensAsEncodingJSON(t *testing.T) {
	in := []byte(`{"a": ["` + strings.Repeat(`ạ\u00e9`, 5000) + `", -1.5e` + strings.Repeat("7", 5000) + `]}`)
	if !json.Valid(in) {
		t.Fatal("not JSON")
	}
	compareTokens(t, in, NewReader(iotest.OneByteReader(bytes.NewReader(in))))
}
