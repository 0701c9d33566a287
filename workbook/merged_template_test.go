package workbook

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/xuri/excelize/v2"
)

// tayNinhNote is what the note of a form says of a commune of Tây Ninh,
// which since 1/7/2025 also covers the former Long An (Nghị quyết
// 202/2025/QH15).
const tayNinhNote = `từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" gồm cả Long An cũ (vùng DBSCL); mẫu dùng mức đạt chuẩn của vùng DNB, vùng của Tây Ninh cũ; xã thuộc Long An cũ cần lập mẫu với tỉnh "Long An"`

// TestAFormOfAProvinceMergedAcrossRegionsFillsTheRegionOfItsName: "Tây
// Ninh" is one of the 63 provinces of 2016-2020 and determines DNB
// (docs/formats.md), though since 1/7/2025 it also covers the former Long
// An (ĐBSCL): the form of a commune of Tây Ninh fills the region cell with
// DNB, whatever Region (which is for communes whose province determines
// none), shows DNB's targets, and its note says what the name covers and
// that a commune of the former Long An has its form made with the
// province "Long An". A commune of a province not merged across regions
// has no such note. The form, filled, is read by ntm eval as it is, with
// no edit.
func TestAFormOfAProvinceMergedAcrossRegionsFillsTheRegionOfItsName(t *testing.T) {
	tayNinh := evaluate.Commune{Name: "Tân Đông", District: "Tân Châu", Province: "Tây Ninh"}
	hoaLac := evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}
	ind10, _, _ := criteria.QD1980().Indicator("10")
	dnb, _ := targetCells(ind10, criteria.RegionColumn(criteria.DNB), 2020)
	dbscl, _ := targetCells(ind10, criteria.RegionColumn(criteria.DBSCL), 2020)
	if dnb == dbscl {
		t.Fatalf("indicator 10 has one target %q in DNB and DBSCL", dnb)
	}
	rowOf := func(t *testing.T, rows [][]string, commune, code string) []string {
		t.Helper()
		for _, r := range rows {
			if r = pad(r, 15); r[2] == commune && r[6] == code {
				return r
			}
		}
		t.Fatalf("no row of %s, %s", commune, code)
		return nil
	}
	for _, tc := range []struct {
		name   string
		region criteria.Region
	}{
		{"without a region", 0},
		{"with the region of the former Long An", criteria.DBSCL},
		{"with the region of the former Tây Ninh", criteria.DNB},
	} {
		tpl := Template{Set: criteria.QD1980(), Region: tc.region, Communes: []evaluate.Commune{tayNinh, hoaLac}}
		check := func(t *testing.T, rows [][]string) {
			r := rowOf(t, rows, "Tân Đông", "10")
			if r[3] != "DNB" || r[13] != dnb || !strings.HasSuffix(r[14], tayNinhNote) {
				t.Errorf("Tây Ninh: region %q, target %q, note %q; want DNB, %q, a note ending %q", r[3], r[13], r[14], dnb, tayNinhNote)
			}
			if r := rowOf(t, rows, "Hòa Lạc", "10"); r[3] != "TDMNPB" || strings.Contains(r[14], "tỉnh cũ") {
				t.Errorf("Lạng Sơn: region %q, note %q", r[3], r[14])
			}
		}
		t.Run(tc.name+", csv", func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteTemplateCSV(&b, tpl); err != nil {
				t.Fatal(err)
			}
			form := b.Bytes()
			rows, err := csv.NewReader(bytes.NewReader(form)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			check(t, rows)
			as, err := evaluate.DecodeCSV(bytes.NewReader(form), "form.csv", nil)
			if err != nil || len(as) != 2 || as[0].Region != criteria.DNB {
				t.Fatalf("the form read back: %v, %v; want Tây Ninh's commune in DNB", as, err)
			}
		})
		t.Run(tc.name+", xlsx", func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteTemplate(&b, tpl); err != nil {
				t.Fatal(err)
			}
			form := b.Bytes()
			f, err := excelize.OpenReader(bytes.NewReader(form))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			rows, _ := f.GetRows("Số liệu")
			check(t, rows)
			as, err := Decode(bytes.NewReader(form), "form.xlsx", ReadOptions{})
			if err != nil || len(as) != 2 || as[0].Region != criteria.DNB {
				t.Fatalf("the form read back: %v, %v; want Tây Ninh's commune in DNB", as, err)
			}
		})
	}
	// The wide form fills the region cell; its guide lists DNB's targets
	// with the note.
	for _, tc := range []struct {
		name  string
		write func(io.Writer, Template) error
	}{{"xlsx", WriteTemplate}, {"csv", WriteTemplateCSV}} {
		tpl := Template{Set: criteria.QD1980(), Wide: true, Communes: []evaluate.Commune{tayNinh}}
		var b bytes.Buffer
		if err := tc.write(&b, tpl); err != nil {
			t.Fatal(err)
		}
		if tc.name == "csv" {
			rows, err := csv.NewReader(&b).ReadAll()
			if err != nil || len(rows) != 2 || rows[1][3] != "DNB" {
				t.Errorf("wide CSV form %q, %v: want the region cell DNB", rows, err)
			}
			continue
		}
		f, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, _ := f.GetRows("Số liệu")
		if len(rows) < 2 || rows[1][3] != "DNB" {
			t.Errorf("wide form's row %q: want the region cell DNB", rows[1])
		}
		guide, _ := f.GetRows(guideSheet)
		found := map[string]bool{}
		for _, r := range guide {
			if r = pad(r, 5); r[1] == "10" {
				found[r[0]+" "+r[3]] = strings.Contains(r[4], "xã của Tây Ninh: "+tayNinhNote)
			}
		}
		if want := "DNB " + dnb; len(found) != 1 || !found[want] {
			t.Errorf("guide of indicator 10: %v; want only %q with the note", found, want)
		}
	}
}

// TestAWorkbookOfTayNinhInDBSCLDisagrees: in a workbook, as in CSV,
// "Tây Ninh" with DBSCL (the region of the former Long An) disagrees with
// the province: a problem naming the sheet and cell, the commune and the
// quoted region, saying to write the province "Long An"; the other
// commune is still read.
func TestAWorkbookOfTayNinhInDBSCLDisagrees(t *testing.T) {
	tpl := Template{Set: criteria.QD1980(), Communes: []evaluate.Commune{
		{Name: "Tân Đông", District: "Tân Châu", Province: "Tây Ninh"}, {Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}}}
	var b bytes.Buffer
	if err := WriteTemplate(&b, tpl); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStr("Số liệu", "D2", "DBSCL"); err != nil {
		t.Fatal(err)
	}
	b.Reset()
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	as, err := Decode(bytes.NewReader(b.Bytes()), "form.xlsx", ReadOptions{})
	const want = `form.xlsx: 'Số liệu'!D2: column region: Tân Đông: disagrees with province Tây Ninh, which is in DNB; since 1/7/2025 it also covers Long An (DBSCL): for a commune of the former Long An, write the province "Long An" (got "DBSCL")`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v\nwant it to say %s", err, want)
	}
	if len(as) != 1 || as[0].Commune.Name != "Hòa Lạc" {
		t.Errorf("assessments %v, want Hòa Lạc's", as)
	}
}

// pad returns r with empty cells up to n (a workbook's row ends at its
// last cell that is not empty).
func pad(r []string, n int) []string {
	for len(r) < n {
		r = append(r, "")
	}
	return r
}
