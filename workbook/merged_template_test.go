package workbook

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/xuri/excelize/v2"
)

// tayNinhNote is what the note of a form says of a commune of Tây Ninh,
// which since 1/7/2025 also covers the former Long An (Nghị quyết
// 202/2025/QH15), when its region is not given.
const tayNinhNote = "Tây Ninh gồm Tây Ninh cũ (vùng DNB) và Long An cũ (vùng DBSCL): vùng của xã tùy tỉnh cũ; ghi vùng của xã vào cột region"

// TestAFormOfAProvinceMergedAcrossRegionsLeavesTheRegionToWrite: a
// commune of Tây Ninh may be of the former Long An (ĐBSCL) as well as of
// the former Tây Ninh (ĐNB): its form leaves the region cell empty (a
// filled DNB would read as the commune's region, with no warning), the
// note says that the region depends on the former province and is to
// write, and the target column shows each region's target. Given a
// Region of one of its former provinces, the form fills it and shows its
// targets; a commune of a province not merged across regions keeps its
// province's region.
func TestAFormOfAProvinceMergedAcrossRegionsLeavesTheRegionToWrite(t *testing.T) {
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
		name         string
		region       criteria.Region
		cell, target string
		note         bool
	}{
		{"without a region", 0, "", "DNB: " + dnb + "; DBSCL: " + dbscl, true},
		{"with the region of the former Long An", criteria.DBSCL, "DBSCL", dbscl, false},
		{"with the region of the former Tây Ninh", criteria.DNB, "DNB", dnb, false},
	} {
		tpl := Template{Set: criteria.QD1980(), Region: tc.region, Communes: []evaluate.Commune{tayNinh, hoaLac}}
		check := func(t *testing.T, rows [][]string) {
			r := rowOf(t, rows, "Tân Đông", "10")
			if r[3] != tc.cell || r[13] != tc.target || strings.Contains(r[14], tayNinhNote) != tc.note {
				t.Errorf("Tây Ninh: region %q, target %q, note %q; want %q, %q, note said %v", r[3], r[13], r[14], tc.cell, tc.target, tc.note)
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
			rows, err := csv.NewReader(&b).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			check(t, rows)
		})
		t.Run(tc.name+", xlsx", func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteTemplate(&b, tpl); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&b)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			rows, _ := f.GetRows("Số liệu")
			check(t, rows)
		})
	}
	// The wide form's guide lists the targets of both regions, with the
	// note, and its region cell is empty.
	tpl := Template{Set: criteria.QD1980(), Wide: true, Communes: []evaluate.Commune{tayNinh}}
	var b bytes.Buffer
	if err := WriteTemplate(&b, tpl); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Số liệu")
	if len(rows) < 2 || rows[1][3] != "" {
		t.Errorf("wide form's row %q: want the region cell empty", rows[1])
	}
	guide, _ := f.GetRows(guideSheet)
	found := map[string]bool{}
	for _, r := range guide {
		if r = pad(r, 5); r[1] == "10" {
			found[r[0]+" "+r[3]] = strings.Contains(r[4], tayNinhNote)
		}
	}
	for _, want := range []string{"DNB " + dnb, "DBSCL " + dbscl} {
		if noted, ok := found[want]; !ok || !noted {
			t.Errorf("guide of indicator 10: %v; want %q with the note", found, want)
		}
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
