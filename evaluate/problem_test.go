package evaluate

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/problem"
)

func TestDecodeJSONProblemCodes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want problem.Code
	}{
		{"malformed JSON is a syntax problem", `{"commune":`, problem.Syntax},
		{"an unknown key is an unknown-key problem", strings.Replace(inHoaLac(`"4.2": 96`), `"year"`, `"yaer": 1, "year"`, 1), problem.UnknownKey},
		{"a key given twice is a duplicate-key problem", inHoaLac(`"4.2": 96, "4.2": 97`), problem.DuplicateKey},
		{"an unknown set is an unknown-set problem", strings.Replace(inHoaLac(`"4.2": 96`), "1980/QĐ-TTg", "999/QĐ-NONE", 1), problem.UnknownSet},
		{"an unknown indicator is an unknown-indicator problem", inHoaLac(`"99.9": 1`), problem.UnknownIndicator},
		{"a percentage over 100 is out of range", inHoaLac(`"4.2": 120`), problem.OutOfRange},
		{"true for a percentage is a wrong-kind problem", inHoaLac(`"4.2": true`), problem.WrongKind},
		{"a region against the province is a region-mismatch problem", strings.Replace(inHoaLac(`"4.2": 96`), `"year"`, `"region": "DBSCL", "year"`, 1), problem.RegionMismatch},
		{"a missing year is a missing-field problem", strings.Replace(inHoaLac(`"4.2": 96`), `"year": 2020,`, ``, 1), problem.MissingField},
		{"a commune given as a string is a wrong-kind problem, though its message names the province",
			strings.Replace(inHoaLac(`"4.2": 96`), `{"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}`, `"Hòa Lạc"`, 1), problem.WrongKind},
		{"neither a province nor a region is a missing-field problem",
			strings.Replace(inHoaLac(`"4.2": 96`), `, "province": "Lạng Sơn"`, ``, 1), problem.MissingField},
		{"an unknown province without a region is a region-mismatch problem",
			strings.Replace(inHoaLac(`"4.2": 96`), `"Lạng Sơn"`, `"Atlantis"`, 1), problem.RegionMismatch},
		{"an unknown region is a region-mismatch problem",
			strings.Replace(inHoaLac(`"4.2": 96`), `"year"`, `"region": "XYZ", "year"`, 1), problem.RegionMismatch},
		{"a NUL character in a commune name is an encoding problem", strings.Replace(inHoaLac(`"4.2": 96`), `"Hòa Lạc"`, `"Hòa\u0000Lạc"`, 1), problem.Encoding},
		{"UTF-16 with its byte-order mark is an encoding problem", "\xff\xfe{\x00}\x00", problem.Encoding},
		{"two UTF-8 byte-order marks are an encoding problem", "\uFEFF\uFEFF" + inHoaLac(`"4.2": 96`), problem.Encoding},
		{"invalid UTF-8 in a commune name is an encoding problem", strings.Replace(inHoaLac(`"4.2": 96`), `"Hòa Lạc"`, "\"H\xf2a\"", 1), problem.Encoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeJSON(strings.NewReader(tt.in), "hoalac.json", nil)
			if len(got) != 0 {
				t.Errorf("%d assessments accepted", len(got))
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("errors.Is(err, %s) = false; err: %v", tt.want, err)
			}
			var p *problem.Problem
			if !errors.As(err, &p) || p.Code != tt.want || p.File != "hoalac.json" {
				t.Errorf("errors.As gave %+v, want code %s and the file", p, tt.want)
			}
			for _, p := range problem.All(err) {
				if p.Code != tt.want {
					t.Errorf("a problem of code %s, want only %s: %v", p.Code, tt.want, p)
				}
			}
		})
	}
}

// A table whose lines end with CR alone is one syntax problem that says so,
// not an unknown column for each cell of the file.
func TestDecodeCSVWithCRLineEndsSaysSo(t *testing.T) {
	in := "province,district,commune,region,year,set,indicator,value\r" +
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980/QĐ-TTg,4.2,96\r"
	_, err := DecodeCSV(strings.NewReader(in), "cr.csv", nil)
	all := problem.All(err)
	if len(all) != 1 || all[0].Code != problem.Syntax || all[0].Line != 1 || !strings.Contains(all[0].Message(problem.EN), "(CR) alone") {
		t.Errorf("problems %v, want one syntax problem on line 1 about CR line ends", all)
	}
	// A CR before LF is a line end as any other.
	if _, err := DecodeCSV(strings.NewReader(strings.ReplaceAll(in, "\r", "\r\n")), "crlf.csv", nil); err != nil {
		t.Errorf("CRLF: %v", err)
	}
}

// The region problems of a table have the codes of the JSON reader's: a
// commune with neither province nor region misses a field.
func TestDecodeCSVRegionProblemCodes(t *testing.T) {
	for _, tc := range []struct {
		name, province, region string
		want                   problem.Code
	}{
		{"neither a province nor a region is a missing-field problem", "", "", problem.MissingField},
		{"an unknown province without a region is a region-mismatch problem", "Atlantis", "", problem.RegionMismatch},
		{"a region against the province is a region-mismatch problem", "Lạng Sơn", "DBSCL", problem.RegionMismatch},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := "province,district,commune,region,year,set,indicator,value\n" +
				tc.province + ",Hữu Lũng,Hòa Lạc," + tc.region + ",2020,1980/QĐ-TTg,4.2,96\n"
			_, err := DecodeCSV(strings.NewReader(in), "hoalac.csv", nil)
			all := problem.All(err)
			if len(all) != 1 || all[0].Code != tc.want || !errors.Is(err, tc.want) {
				t.Errorf("problems %v, want one of code %s", all, tc.want)
			}
		})
	}
}

func TestDecodeJSONRejectsControlCharactersInNamesWithTheirPath(t *testing.T) {
	_, err := DecodeJSON(strings.NewReader(strings.Replace(inHoaLac(`"4.2": 96`), `"Hữu Lũng"`, `"Hữu\u0000Lũng"`, 1)), "hoalac.json", nil)
	want := `evaluate: hoalac.json:1: column 45: Hòa Lạc: commune.district: control character U+0000 (got "Hữu\x00Lũng")`
	if err == nil || err.Error() != want {
		t.Errorf("error\n got %v\nwant %s", err, want)
	}
}

func TestInputMessagesAreBounded(t *testing.T) {
	number := strings.Repeat("7", 1_000_000)
	key := strings.Repeat("k", 5<<20)
	in := "[" + inHoaLac(`"4.2": `+number) + "," + strings.Replace(inHoaLac(`"4.2": 96`), `"year"`, `"`+key+`": 1, "year"`, 1) + "]"
	_, err := DecodeJSON(strings.NewReader(in), "big.json", nil)
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) < 2 || len(lines) > 3 {
		t.Errorf("got %d lines, want one per problem (the number, the key, the assessment's size):\n%.2000s", len(lines), err)
	}
	for _, l := range lines {
		if len(l) > 600 {
			t.Errorf("a line of %d bytes: %.200s…", len(l), l)
		}
	}
	for _, p := range problem.All(err) {
		if len(p.Input) > 1024 || len(p.Path) > 4096 {
			t.Errorf("a problem keeps %d bytes of input and %d of path", len(p.Input), len(p.Path))
		}
	}
}

func TestInputErrorMessageInVietnamese(t *testing.T) {
	_, err := DecodeCSV(strings.NewReader("province,district,commune,region,year,set,indicator,value,numerator,denominator,unit\n"+
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,5,,2,0,trường\n"), "communes.csv", nil)
	want := []string{`communes.csv:2: cột denominator: Hòa Lạc: 1980/QĐ-TTg 5: phải > 0 (giá trị "0")`}
	if diff := cmp.Diff(want, problem.Lines(err, problem.VI)); diff != "" {
		t.Errorf("Vietnamese lines (-want +got):\n%s", diff)
	}
	wantEN := []string{`communes.csv:2: column denominator: Hòa Lạc: 1980/QĐ-TTg 5: must be > 0 (got "0")`}
	if diff := cmp.Diff(wantEN, problem.Lines(err, problem.EN)); diff != "" {
		t.Errorf("English lines (-want +got):\n%s", diff)
	}
}

// A set ID that names two sets of the catalog (two decisions numbered 933)
// is an ambiguous-set problem with the catalog's message, wherever an
// input names a set; an ID that names none stays unknown-set.
func TestAnAmbiguousSetIDIsAnAmbiguousSetProblem(t *testing.T) {
	cat := criteria.Builtin()
	s := criteria.QD933()
	s.ID = "933/QĐ-X"
	if err := cat.Add(s); err != nil {
		t.Fatal(err)
	}
	const msg = `set ID "933" is ambiguous: 933/QĐ-UBND or 933/QĐ-X`
	decode := func(in string, opt TableOptions) error {
		var errs []error
		for _, err := range opt.NewCSVDecoder(strings.NewReader(in), "a.csv").All() {
			errs = append(errs, err)
		}
		return errors.Join(errs...)
	}
	for _, tc := range []struct {
		name string
		read func() error
		path string
	}{
		{"a key of sets", func() error {
			_, err := DecodeJSON(strings.NewReader(strings.Replace(inHoaLac(`"1": true`), "1980/QĐ-TTg", "933", 1)), "a.json", cat)
			return err
		}, `sets["933"]`},
		{"the set of a recognition", func() error {
			in := strings.Replace(inHoaLac(`"4.2": 96`), `"year"`, `"recognitions": [{"set": "933", "year": 2019}], "year"`, 1)
			_, err := DecodeJSON(strings.NewReader(in), "a.json", cat)
			return err
		}, "recognitions[0].set"},
		{"the set column of a table", func() error {
			return decode(inCSVHeader+"Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,933,1,đạt,,,,\n", TableOptions{Catalog: cat})
		}, ""},
		{"the set given for a table", func() error {
			return decode("province,district,commune,year,indicator,value\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1,đạt\n", TableOptions{Catalog: cat, Set: "933"})
		}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			all := problem.All(tc.read())
			if len(all) == 0 {
				t.Fatal("no problem")
			}
			p := all[0]
			if p.Code != problem.AmbiguousSet || p.Path != tc.path || p.Text(problem.EN) != msg {
				t.Errorf("problem %s %q %q, want %s at %q: %s", p.Code, p.Path, p.Text(problem.EN), problem.AmbiguousSet, tc.path, msg)
			}
		})
	}
	_, err := DecodeJSON(strings.NewReader(strings.Replace(inHoaLac(`"1": true`), "1980/QĐ-TTg", "934", 1)), "a.json", cat)
	if !errors.Is(err, problem.UnknownSet) || errors.Is(err, problem.AmbiguousSet) {
		t.Errorf("a set ID that names no set: %v, want unknown-set", err)
	}
}
