package workbook

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"golang.org/x/text/unicode/norm"
)

// FuzzTemplateNames checks that a form written by ntm template for a
// commune (--commune "Xã, Huyện, Tỉnh"), as CSV and as a workbook, is read
// back with the names it was given, whatever they are: quotes, commas,
// formula triggers, apostrophes, line breaks within a name.
func FuzzTemplateNames(f *testing.F) {
	for _, s := range [][2]string{{"Hòa Lạc", "Hữu Lũng"}, {formulaName, "+Hữu Lũng"}, {"'=x", "''"}, {`"Tân" Thành`, "a,b"},
		{"Xã Hòa Lạc", "Huyện Hữu Lũng"}, {"@SUM(A1)", "-1"}, {"Hoà Lạc", "\tHữu"}, {"Nhật\nTiến", "Hữu Lũng"}, {"1.1", "2020"}} {
		f.Add(s[0], s[1], false)
		f.Add(s[0], s[1], true)
	}
	set := criteria.QD1980()
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
		tpl := Template{Set: set, Communes: []evaluate.Commune{{Name: name, District: district, Province: "Lạng Sơn"}}}
		var b bytes.Buffer
		var as []evaluate.Assessment
		var err error
		if xlsx {
			if err := WriteTemplate(&b, tpl); err != nil {
				t.Fatalf("WriteTemplate: %v", err)
			}
			as, err = Decode(bytes.NewReader(b.Bytes()), "mau.xlsx", ReadOptions{})
		} else {
			if err := WriteTemplateCSV(&b, tpl); err != nil {
				t.Fatalf("WriteTemplateCSV: %v", err)
			}
			as, err = evaluate.DecodeCSV(bytes.NewReader(b.Bytes()), "mau.csv", nil)
		}
		if err != nil {
			t.Fatalf("the form for %q, %q (xlsx %v) does not read back: %v", name, district, xlsx, err)
		}
		if len(as) != 1 || as[0].Commune.Name != name || as[0].Commune.District != district || as[0].Commune.Province != "Lạng Sơn" {
			t.Fatalf("the form for %q, %q (xlsx %v) reads back as %+v", name, district, xlsx, as)
		}
	})
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
