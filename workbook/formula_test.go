package workbook

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/xuri/excelize/v2"
)

// formulaName is a commune name a spreadsheet would run as a formula.
const formulaName = "=cmd|calc!A1"

// noFormulas fails t when a worksheet of the workbook b holds a formula
// (an <f> element): every cell ntm writes is a value.
func noFormulas(t *testing.T, b []byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "xl/worksheets/") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		x, _ := io.ReadAll(rc)
		rc.Close()
		if bytes.Contains(x, []byte("<f>")) || bytes.Contains(x, []byte("<f ")) {
			t.Errorf("%s holds a formula", f.Name)
		}
	}
}

// TestFormulaLikeTextIsAStringCell: the workbooks ntm writes hold a name
// such as =cmd|calc!A1 as a string cell, the name as it is (no apostrophe:
// a string cell is no formula), and read it back the same; the CSV form
// escapes it with an apostrophe, which the reader takes away.
func TestFormulaLikeTextIsAStringCell(t *testing.T) {
	set, err := criteria.Builtin().Lookup("1980")
	if err != nil {
		t.Fatal(err)
	}
	tmpl := Template{Set: set, Communes: []evaluate.Commune{{Name: formulaName, District: "+Hữu Lũng", Province: "Lạng Sơn"}}}
	var x bytes.Buffer
	if err := WriteTemplate(&x, tmpl); err != nil {
		t.Fatal(err)
	}
	noFormulas(t, x.Bytes())
	f, err := excelize.OpenReader(bytes.NewReader(x.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Số liệu", "C2"); v != formulaName {
		t.Errorf("C2 = %q, want %q", v, formulaName)
	}
	if typ, _ := f.GetCellType("Số liệu", "C2"); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
		t.Errorf("C2 is of type %v, want a string", typ)
	}
	var c bytes.Buffer
	if err := WriteTemplateCSV(&c, tmpl); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(c.String(), "Lạng Sơn,'+Hữu Lũng,'"+formulaName+",") {
		t.Errorf("the CSV form does not escape the names:\n%.300s", c.String())
	}
	for name, in := range map[string][]byte{"xlsx": x.Bytes(), "csv": c.Bytes()} {
		var as []evaluate.Assessment
		if name == "xlsx" {
			as, err = Decode(bytes.NewReader(x.Bytes()), "form.xlsx", ReadOptions{})
		} else {
			as, err = evaluate.DecodeCSV(bytes.NewReader(in), "form.csv", nil)
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(as) != 1 || as[0].Commune.Name != formulaName || as[0].Commune.District != "+Hữu Lũng" {
			t.Errorf("%s: read %+v, want the names as given", name, as)
		}
	}

	// The reports sheet too.
	as := []evaluate.Assessment{{Commune: evaluate.Commune{Name: formulaName, Province: "Lạng Sơn"}, Year: 2020}}
	as[0].Region = criteria.TDMNPB
	rep := evaluate.Options{}.Run(set, &as[0])
	var r bytes.Buffer
	if err := WriteReports(&r, []evaluate.Report{rep}, evaluate.RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	noFormulas(t, r.Bytes())
}
