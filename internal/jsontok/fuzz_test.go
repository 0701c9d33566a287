package jsontok

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"testing/iotest"
)

// FuzzJSONTokens checks the tokenizer against encoding/json: on
// any input that starts with an object or an array, both give the same
// tokens up to the end of that value, and both fail or neither does;
// reading the input in memory, from a reader, or one byte at a time makes
// no difference, to the tokens, errors, offsets, lines and columns of any
// input; Line and Column are where the tokenizer stopped.
func FuzzJSONTokens(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "evaluate", "testdata", "input", "*.json"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{`["\u00e9\ud83d\ude00\ud800x", "\/\b\f\n\r\t", -0.5e+3, 1E2, 0, true, null]`,
		`{"a": [1, {"b": false}], "c": "x"}`, `[01]`, `[1.]`, `{"a" 1}`, `[1,]`, "[\"\xff\xfe\"]", `{"a":1,}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		sameWhateverTheReader(t, in)
		trimmed := bytes.TrimLeft(in, " \t\r\n")
		if len(trimmed) == 0 || (trimmed[0] != '{' && trimmed[0] != '[') {
			return
		}
		for _, ours := range []*Tokens{New(in), NewReader(bytes.NewReader(in)), NewReader(iotest.OneByteReader(bytes.NewReader(in)))} {
			compareTokens(t, in, ours)
			checkPosition(t, in, ours)
		}
	})
}

func compareTokens(t *testing.T, in []byte, ours *Tokens) {
	t.Helper()
	{
		std := json.NewDecoder(bytes.NewReader(in))
		std.UseNumber()
		depth := 0
		for i := 0; ; i++ {
			want, werr := std.Token()
			got, gerr := ours.Token()
			if (werr != nil) != (gerr != nil) {
				t.Fatalf("token %d: encoding/json gave %v, %v; ours %v, %v", i, want, werr, got, gerr)
			}
			if werr != nil {
				return
			}
			if depth >= MaxDepth-1 {
				return // deeper than the tokenizer's limit
			}
			if want != got {
				t.Fatalf("token %d: encoding/json gave %#v; ours %#v", i, want, got)
			}
			switch want {
			case json.Delim('{'), json.Delim('['):
				depth++
			case json.Delim('}'), json.Delim(']'):
				depth--
			}
			if depth == 0 {
				return
			}
			if std.More() != ours.More() {
				t.Fatalf("after token %d: More differs", i)
			}
		}
	}
}
