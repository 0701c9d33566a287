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

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
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
		if ie.Err == nil || !strings.HasPrefix(ie.File, "fuzz.") || !strings.HasPrefix(ie.Error(), "evaluate: "+ie.File) {
			t.Errorf("malformed InputError %q: it does not begin with its file", ie.Error())
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
	// Shares with unit and source before, between and after numerator and
	// denominator, as a decimal string, with spaces and escapes; shares
	// refused as a whole ({} and a share for a pass/fail, none or amount
	// indicator) and in part.
	f.Add([]byte(inHoaLac(`"5": {"unit": "trường", "numerator": 2, "source": "Phòng GD", "denominator": 3}, "6.3": {"source": "x", "unit": "thôn", "denominator": 12, "numerator": 9}`)))
	f.Add([]byte(inHoaLac(`"5": {"numerator": "2", "denominator": "3", "unit": "tr\u01b0\u1eddng" , "source" : "a\"b"}, "17.1a": {"denominator": 4, "source": null, "numerator": 3}`)))
	f.Add([]byte(inHoaLac(`"5": {}, "1.1": {"numerator": 1, "denominator": 1}, "9.1": {"source": "x", "numerator": 0, "denominator": 2}, "4.2": {"numerator": 1, "denominator": 0, "unit": "hộ"}`)))
	f.Add([]byte(inHoaLac(`"5": {"unit": "trường", "source": "y"}, "6.3": {"numerator": 9, "numerator": 10, "denominator": 12}, "16": {"denominator": 3, "numerator": 4.5, "extra": 1}`)))
	builtinSets()       // built once, not counted below
	knownPlaceName("x") // the registry of units' indexes, which tell a name typed with a legacy font: likewise
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
		if got, want := fmt.Sprintf("%+v", asMaps(as1)), fmt.Sprintf("%+v", asMaps(as)); got != want || fmt.Sprint(err1) != fmt.Sprint(err) {
			t.Errorf("one byte at a time: %s, %v; all at once: %s, %v", got, err1, want, err)
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

// FuzzJudgePaths judges one value of any size against every indicator of
// 1980/QĐ-TTg in a region three ways: through a map (Run), stored by
// position (RunInto), and with the compiled set forced onto exact
// decimals. The three reports must be the same, and each result must give
// back the value it was given.
func FuzzJudgePaths(f *testing.F) {
	f.Add(uint8(3), uint8(0), "96.5", "", "")
	f.Add(uint8(12), uint8(1), "412", "450", "hộ")
	f.Add(uint8(20), uint8(1), "2147483648", "2147483649", "trường")
	f.Add(uint8(5), uint8(0), "-0.0000000000000000001", "", "")
	f.Add(uint8(30), uint8(0), "1e30", "", "")
	f.Add(uint8(7), uint8(1), "0.5", "3e-5", "km")
	set := criteria.QD1980()
	inds := set.Indicators()
	codes := []string{}
	for _, ind := range inds {
		codes = append(codes, ind.Code)
	}
	f.Fuzz(func(t *testing.T, at, kind uint8, a, b, unit string) {
		region := criteria.Regions()[int(at)%len(criteria.Regions())]
		code := codes[int(at)%len(codes)]
		x, err1 := decimal.NewFromString(a)
		y, err2 := decimal.NewFromString(b)
		var v Value
		switch {
		case kind%2 == 0 && err1 == nil:
			v = Number(x)
		case err1 == nil && err2 == nil:
			v = Value{Kind: ValueShare, Numerator: x, Denominator: y, Unit: unit}
		default:
			return
		}
		if e := x.Exponent(); e > 1000 || e < -1000 {
			return // judged with bounded work, but slowly printed
		}
		if e := y.Exponent(); e > 1000 || e < -1000 {
			return
		}
		m := &Assessment{Region: region, Year: 2020, Values: map[string]map[string]Value{set.ID: {code: v}}}
		byMap := Run(set, m)
		var byPos Report
		Options{}.RunInto(&byPos, set, indexed(m, set))
		p := compiled(set, regionKey(region), 2020)
		var exact Report
		src := Options{}.sourceOf(set, m)
		exactOnly(p).evaluate(&exact, m, region, true, &src)
		exact.Status = byMap.Status // evaluate leaves the set's roll-up to run
		var texts warningTexts
		jm, jp, je := appendReportJSON(nil, &byMap, &texts), appendReportJSON(nil, &byPos, &texts), appendReportJSON(nil, &exact, &texts)
		if !bytes.Equal(jm, jp) || !bytes.Equal(jm, je) {
			t.Fatalf("%s = %+v: the paths differ:\nmap      %s\nposition %s\nexact    %s", code, v, jm, jp, je)
		}
		for _, c := range byMap.Criteria {
			for _, ind := range c.Indicators {
				if ind.Code() == code && !ind.Value().equal(v) {
					t.Fatalf("%s: Value() = %+v, want %+v", code, ind.Value(), v)
				}
			}
		}
	})
}
