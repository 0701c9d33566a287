package workbook

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/problem"
	"golang.org/x/text/unicode/norm"
)

// FuzzTemplateNames checks that a form written by ntm template for a
// commune (--commune "Xã, Huyện, Tỉnh"), as CSV and as a workbook, is read
// back with the names it was given, whatever they are: quotes, commas,
// formula triggers, apostrophes, line breaks within a name; and that a
// form of 51/2025/QĐ-TTg, split by commune group, reads back with its
// group, or without one is refused for the group cell alone.
func FuzzTemplateNames(f *testing.F) {
	for _, s := range [][2]string{{"Hòa Lạc", "Hữu Lũng"}, {formulaName, "+Hữu Lũng"}, {"'=x", "''"}, {`"Tân" Thành`, "a,b"},
		{"Xã Hòa Lạc", "Huyện Hữu Lũng"}, {"@SUM(A1)", "-1"}, {"Hoà Lạc", "\tHữu"}, {"Nhật\nTiến", "Hữu Lũng"}, {"1.1", "2020"}} {
		f.Add(s[0], s[1], false)
		f.Add(s[0], s[1], true)
	}
	set := criteria.QD1980()
	set51, err := criteria.Lookup("51/2025")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, name, district string, xlsx bool) {
		for _, s := range []string{name, district} {
			// The names a reader takes: a form for any other is refused by the reader with a named error, checked by the readers' own fuzz targets.
			if s == "" || len(s) > 100 || !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) || strings.TrimSpace(s) != s ||
				strings.IndexFunc(s, func(r rune) bool {
					return unicode.IsControl(r) && r != '\n' && r != '\t' || r == utf8.RuneError || r == '\uFEFF'
				}) >= 0 {
				return
			}
		}
		commune := evaluate.Commune{Name: name, District: district, Province: "Lạng Sơn"}
		as, err := readTemplateBack(t, Template{Set: set, Communes: []evaluate.Commune{commune}}, xlsx)
		if err != nil {
			t.Fatalf("the form for %q, %q (xlsx %v) does not read back: %v", name, district, xlsx, err)
		}
		if len(as) != 1 || as[0].Commune != commune {
			t.Fatalf("the form for %q, %q (xlsx %v) reads back as %+v", name, district, xlsx, as)
		}
		// A set split by commune group: the form with the group reads
		// back with it; the form without leaves the group to fill, and
		// read back as written is refused for that cell alone.
		as, err = readTemplateBack(t, Template{Set: set51, Group: "2", Communes: []evaluate.Commune{commune}}, xlsx)
		if err != nil || len(as) != 1 || as[0].Commune != commune || as[0].Group != "2" {
			t.Fatalf("the 51/2025 form of group 2 for %q, %q (xlsx %v) reads back as %+v, %v", name, district, xlsx, as, err)
		}
		as, err = readTemplateBack(t, Template{Set: set51, Communes: []evaluate.Commune{commune}}, xlsx)
		ps := problem.All(err)
		if len(as) != 0 || len(ps) != 1 || !errors.Is(ps[0], problem.MissingField) || ps[0].Column != "group" || ps[0].Line != 2 {
			t.Fatalf("the 51/2025 form without a group for %q, %q (xlsx %v) reads back as %+v, %v; want the group cell refused", name, district, xlsx, as, err)
		}
	})
}

// readTemplateBack writes tpl as a workbook (xlsx) or CSV and reads it
// back.
func readTemplateBack(t *testing.T, tpl Template, xlsx bool) ([]evaluate.Assessment, error) {
	t.Helper()
	var b bytes.Buffer
	if xlsx {
		if err := WriteTemplate(&b, tpl); err != nil {
			t.Fatalf("WriteTemplate: %v", err)
		}
		return Decode(bytes.NewReader(b.Bytes()), "mau.xlsx", ReadOptions{})
	}
	if err := WriteTemplateCSV(&b, tpl); err != nil {
		t.Fatalf("WriteTemplateCSV: %v", err)
	}
	return evaluate.DecodeCSV(bytes.NewReader(b.Bytes()), "mau.csv", nil)
}

// TestTemplateKeepsAnApostropheBeforeATrigger: the readers take away the
// apostrophe before =, +, -, @ of a name cell, in a workbook as in CSV,
// so the workbook form writes one more before a name that begins with
// its own ("'=x"), and the name reads back as given.
func TestTemplateKeepsAnApostropheBeforeATrigger(t *testing.T) {
	want := evaluate.Commune{Name: "'=x", District: "''+Hữu Lũng", Province: "Lạng Sơn"}
	for _, wide := range []bool{false, true} {
		var b bytes.Buffer
		if err := WriteTemplate(&b, Template{Set: criteria.QD1980(), Communes: []evaluate.Commune{want}, Wide: wide}); err != nil {
			t.Fatal(err)
		}
		as, err := Decode(bytes.NewReader(b.Bytes()), "mau.xlsx", ReadOptions{})
		if err != nil || len(as) != 1 || as[0].Commune != want {
			t.Errorf("wide %v: read %d assessments, %v; want the commune %+v", wide, len(as), err, want)
			if len(as) > 0 {
				t.Logf("commune %+v", as[0].Commune)
			}
		}
	}
}
