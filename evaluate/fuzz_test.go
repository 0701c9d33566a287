package evaluate

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/problem"
)

// checkDecoded fails t unless every assessment a decoder returned is one a
// decoder may return: a named commune, a valid region and year, sets under
// their canonical IDs, known indicator codes, and only values that fit
// their indicator.
func checkDecoded(t *testing.T, as []Assessment, err error) {
	t.Helper()
	cat := builtinSets()
	for i, a := range as {
		if a.Commune.Name == "" || !utf8.ValidString(a.Commune.Name) || strings.ContainsRune(a.Commune.Name, 0) {
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
		for id, vals := range asMaps([]Assessment{a})[0].Values {
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
		if !slices.Contains(problem.Codes(), ie.Code) || strings.Contains(ie.Error(), "\n") {
			t.Errorf("InputError %q: code %q, or more than one line", ie.Error(), ie.Code)
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
	f.Add([]byte(`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn", "code": "06445"}, "group": "3", "year": 2026, "sets": {"51/2025": {"1": true, "2": false}}}`))
	builtinSets() // built once, not counted below
	f.Fuzz(func(t *testing.T, in []byte) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		as, err := DecodeJSON(bytes.NewReader(in), "fuzz.json", nil)
		runtime.ReadMemStats(&after)
		checkDecoded(t, as, err)
		if n := after.TotalAlloc - before.TotalAlloc; n > maxFuzzAlloc(len(in)) {
			t.Errorf("decoding %d bytes allocated %d bytes, more than %d", len(in), n, maxFuzzAlloc(len(in)))
		}
		// Reading one byte at a time gives the same.
		as1, err1 := DecodeJSON(iotest.OneByteReader(bytes.NewReader(in)), "fuzz.json", nil)
		if len(as1) != len(as) || fmt.Sprint(err1) != fmt.Sprint(err) {
			t.Errorf("one byte at a time: %d assessments, %v; all at once: %d, %v", len(as1), err1, len(as), err)
		}
	})
}

// maxFuzzAlloc is what decoding n bytes of JSON may allocate: a fixed
// multiple of its size above a constant (the read buffer, the set index).
func maxFuzzAlloc(n int) uint64 { return 256<<10 + 200*uint64(n) }

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
