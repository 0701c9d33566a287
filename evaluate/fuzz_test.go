package evaluate

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkDecoded fails t unless every assessment a decoder returned is one a
// decoder may return: a named commune, a valid region and year, sets under
// their canonical IDs, known indicator codes, and only values that fit
// their indicator.
func checkDecoded(t *testing.T, as []Assessment, err error) {
	t.Helper()
	cat := builtinSets()
	for i, a := range as {
		if a.Commune.Name == "" || !utf8.ValidString(a.Commune.Name) {
			t.Errorf("[%d]: commune name %q", i, a.Commune.Name)
		}
		if !a.Region.Valid() {
			t.Errorf("[%d] %s: region %v", i, a.Commune.Name, a.Region)
		}
		if checkYear(a.Year) != nil {
			t.Errorf("[%d] %s: year %d", i, a.Commune.Name, a.Year)
		}
		if a.Origin == "" {
			t.Errorf("[%d] %s: empty origin", i, a.Commune.Name)
		}
		for id, vals := range a.Values {
			set, lerr := cat.Lookup(id)
			if lerr != nil || set.ID != id {
				t.Errorf("[%d] %s: set key %q is not a canonical ID", i, a.Commune.Name, id)
				continue
			}
			for code, v := range vals {
				ind, _, ok := set.Indicator(code)
				if !ok {
					t.Errorf("[%d] %s: %s has no indicator %q", i, a.Commune.Name, id, code)
					continue
				}
				if ps := checkValue(ind, v); len(ps) > 0 {
					t.Errorf("[%d] %s: %s %s: value %+v does not fit: %v", i, a.Commune.Name, id, code, v, ps[0].err)
				}
			}
		}
		for _, r := range a.Recognitions {
			if _, lerr := cat.Lookup(r.Set); lerr != nil || r.Decision == "" || checkYear(r.Year) != nil {
				t.Errorf("[%d] %s: recognition %+v", i, a.Commune.Name, r)
			}
		}
	}
	for _, ie := range InputErrors(err) {
		if ie.Err == nil || !strings.HasPrefix(ie.Error(), "evaluate: ") {
			t.Errorf("malformed InputError %q", ie.Error())
		}
	}
}

func seedFiles(f *testing.F, pattern string) {
	files, _ := filepath.Glob(filepath.Join("testdata", "input", pattern))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzDecodeJSON(f *testing.F) {
	seedFiles(f, "*.json")
	for _, tc := range jsonBadCases {
		f.Add([]byte(tc.in))
	}
	f.Add([]byte(inHoaLac(`"4.2": 59.9999999999999999, "5": {"value": "n/a", "source": "x"}, "17.2": "n/a"`)))
	f.Fuzz(func(t *testing.T, in []byte) {
		as, err := DecodeJSON(bytes.NewReader(in), "fuzz.json", nil)
		checkDecoded(t, as, err)
	})
}

func FuzzDecodeCSV(f *testing.F) {
	seedFiles(f, "*.csv")
	for _, tc := range csvBadCases {
		f.Add([]byte(tc.in))
	}
	f.Add([]byte(inHoaLacRow(`1980,4.2,"59,9999999999999999",,,,`)))
	f.Fuzz(func(t *testing.T, in []byte) {
		as, err := DecodeCSV(bytes.NewReader(in), "fuzz.csv", nil)
		checkDecoded(t, as, err)
	})
}

// FuzzJSONTokens checks the decoder's tokenizer against encoding/json: on
// any input that starts with an object or an array, both give the same
// tokens up to the end of that value, and both fail or neither does.
func FuzzJSONTokens(f *testing.F) {
	seedFiles(f, "*.json")
	for _, tc := range jsonBadCases {
		f.Add([]byte(tc.in))
	}
	for _, s := range []string{`["\u00e9\ud83d\ude00\ud800x", "\/\b\f\n\r\t", -0.5e+3, 1E2, 0, true, null]`,
		`{"a": [1, {"b": false}], "c": "x"}`, `[01]`, `[1.]`, `{"a" 1}`, `[1,]`, "[\"\xff\xfe\"]", `{"a":1,}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		trimmed := bytes.TrimLeft(in, " \t\r\n")
		if len(trimmed) == 0 || (trimmed[0] != '{' && trimmed[0] != '[') {
			return
		}
		std := json.NewDecoder(bytes.NewReader(in))
		std.UseNumber()
		ours := newJSONTokens(in)
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
	})
}
