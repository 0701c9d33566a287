package workbook

import (
	"archive/zip"
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/assesstest"
	"github.com/nongthonmoi/ntm/internal/xlsxread"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

func reportsOf(t *testing.T, path string) []evaluate.Report {
	t.Helper()
	as, err := ReadFile(path, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return assesstest.Reports(t, nil, as...)
}

func TestWriteReports(t *testing.T) {
	reports := reportsOf(t, "testdata/so-lieu-rong.xlsx")
	for _, tt := range []struct{ lang, sheet, first, actual string }{
		{"vi", "Báo cáo", "Xã", "Giá trị"},
		{"en", "Reports", "commune", "actual"},
	} {
		t.Run("the "+tt.lang+" reports sheet has the CSV columns, numbers as numbers, a frozen header and a filter", func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteReports(&b, reports, evaluate.RenderOptions{Lang: tt.lang}); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if diff := cmp.Diff([]string{tt.sheet}, f.GetSheetList()); diff != "" {
				t.Errorf("sheets (-want +got):\n%s", diff)
			}
			rows, _ := f.GetRows(tt.sheet)
			n := 0
			for _, r := range reports {
				for _, c := range r.Criteria {
					n += len(c.Indicators)
				}
			}
			if len(rows) != n+1 || len(rows[0]) != len(reportColumns) || rows[0][0] != tt.first || rows[0][9] != tt.actual {
				t.Fatalf("%d rows (want %d), header %v", len(rows), n+1, rows[0])
			}
			// Hòa Lạc's 4.2 (row of indicator 4.2): 96.5 as a number cell.
			found := false
			for i, r := range rows {
				if r[0] == "Hòa Lạc" && r[7] == "4.2" {
					found = true
					cell := xlsxread.CellName(10, i+1)
					typ, _ := f.GetCellType(tt.sheet, cell)
					v, _ := f.GetCellValue(tt.sheet, cell, excelize.Options{RawCellValue: true})
					if typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber || v != "96.5" {
						t.Errorf("%s = %q (type %v), want the number 96.5", cell, v, typ)
					}
				}
			}
			if !found {
				t.Error("no row for Hòa Lạc 4.2")
			}
			panes, _ := f.GetPanes(tt.sheet)
			if !panes.Freeze || panes.YSplit != 1 {
				t.Errorf("panes = %+v, want the header row frozen", panes)
			}
			last, _ := excelize.ColumnNumberToName(len(reportColumns))
			if x := zipEntry(t, b.Bytes(), "xl/worksheets/sheet1.xml"); !bytes.Contains(x, []byte("<autoFilter ref=\"$A$1:$"+last+"$")) {
				t.Errorf("no filter on the header row in %.300s", x)
			}
		})
	}
}

func TestWriteSummaryNamesExcluded(t *testing.T) {
	s := evaluate.Summarize(reportsOf(t, "testdata/so-lieu-rong.xlsx"))
	s.Excluded = []evaluate.Excluded{{Commune: evaluate.Commune{Name: "Minh Sơn", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Origin: "so-lieu.xlsx: Sheet1!A6", Problems: 1},
		{Origin: "bang.csv:2", Through: "bang.csv:9", Problems: 2}}
	var b bytes.Buffer
	if err := WriteSummary(&b, s, evaluate.RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if diff := cmp.Diff([]string{"Tổng hợp", "Theo tiêu chí", "Không tổng hợp"}, f.GetSheetList()); diff != "" {
		t.Errorf("sheets (-want +got):\n%s", diff)
	}
	rows, _ := f.GetRows("Tổng hợp")
	if len(rows) != len(s.Areas)+1 {
		t.Errorf("summary sheet has %d rows, want one per area (%d) and the header", len(rows), len(s.Areas))
	}
	ex, _ := f.GetRows("Không tổng hợp")
	want := [][]string{{"Xã", "Huyện", "Tỉnh", "Vị trí", "Số lỗi", "Đến vị trí"}, {"Minh Sơn", "Hữu Lũng", "Lạng Sơn", "so-lieu.xlsx: Sheet1!A6", "1"},
		{"(không rõ xã)", "", "", "bang.csv:2", "2", "bang.csv:9"}}
	if diff := cmp.Diff(want, ex); diff != "" {
		t.Errorf("excluded sheet (-want +got):\n%s", diff)
	}
}

// The summary sheet's most_missed cell is read by people: each criterion
// with its name and the communes that missed it, in the sheet's language;
// empty for an area that missed nothing.
func TestWriteSummaryNamesTheCriteriaMostMissed(t *testing.T) {
	s := evaluate.Summarize(reportsOf(t, "testdata/so-lieu-rong.xlsx"))
	var missed *evaluate.SummaryArea
	for i := range s.Areas {
		if len(s.Areas[i].MostMissed) > 0 {
			missed = &s.Areas[i]
			break
		}
	}
	if missed == nil {
		t.Fatal("no area missed a criterion in testdata/so-lieu-rong.xlsx")
	}
	s.Areas = append(s.Areas, evaluate.SummaryArea{Set: missed.Set, Year: missed.Year, Scope: evaluate.ScopeDistrict,
		Province: "Lạng Sơn", District: "Chi Lăng", Communes: 1, CommunesMet: 1, Criteria: missed.Criteria})
	for _, tc := range []struct{ lang, sheet, header string }{{"vi", "Tổng hợp", "Chưa đạt nhiều nhất"}, {"en", "Summary", "most_missed"}} {
		var b bytes.Buffer
		if err := WriteSummary(&b, s, evaluate.RenderOptions{Lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows(tc.sheet)
		f.Close()
		col := slices.Index(rows[0], tc.header)
		if col < 0 {
			t.Fatalf("%s: no column %q in %q", tc.lang, tc.header, rows[0])
		}
		cell := func(r []string) string {
			if col < len(r) {
				return r[col]
			}
			return ""
		}
		want := missed.MostMissedText(tc.lang, 0)
		if got := cell(rows[1]); got != want || !strings.Contains(got, " (") {
			t.Errorf("%s: most_missed of %s = %q, want %q", tc.lang, missed.Scope, got, want)
		}
		code := missed.MostMissed[0]
		for _, c := range missed.Criteria {
			if c.Code == code && !strings.HasPrefix(cell(rows[1]), code+" "+c.Name.In(tc.lang)+" (") {
				t.Errorf("%s: most_missed %q does not begin with %s and its name %q", tc.lang, cell(rows[1]), code, c.Name.In(tc.lang))
			}
		}
		if got := cell(rows[len(rows)-1]); got != "" {
			t.Errorf("%s: most_missed of an area that missed nothing = %q, want empty", tc.lang, got)
		}
	}
}

// TestWriteSummaryNumericCells: every cell of a numeric column of the
// summary sheets (counts, years, the average criteria per commune) is a
// number cell, shown as the CSV writes it ("1.00").
func TestWriteSummaryNumericCells(t *testing.T) {
	s := evaluate.Summarize(reportsOf(t, "testdata/so-lieu-rong.xlsx"))
	s.Areas[0].AverageCriteria = decimal.RequireFromString("1")
	s.Excluded = []evaluate.Excluded{{Commune: evaluate.Commune{Name: "Minh Sơn", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Origin: "so-lieu.xlsx: Sheet1!A6", Problems: 2}}
	var b bytes.Buffer
	if err := WriteSummary(&b, s, evaluate.RenderOptions{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sheet := range []struct {
		name string
		cols []column
	}{{"Summary", summaryColumns}, {"By criterion", criterionColumns}, {"Excluded", excludedColumns}} {
		rows, err := f.GetRows(sheet.name)
		if err != nil || len(rows) < 2 {
			t.Fatalf("sheet %s: %d rows, %v", sheet.name, len(rows), err)
		}
		for r := 2; r <= len(rows); r++ {
			for c, col := range sheet.cols {
				if !col.numeric {
					continue
				}
				cell := xlsxread.CellName(c+1, r)
				typ, _ := f.GetCellType(sheet.name, cell)
				v, _ := f.GetCellValue(sheet.name, cell)
				if typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber || v == "" {
					t.Errorf("%s!%s (%s) = %q is not a number cell (type %v)", sheet.name, cell, col.en, v, typ)
				}
			}
		}
	}
	for _, sheet := range []string{"Summary", "By criterion"} {
		if v, _ := f.GetCellValue(sheet, "H2"); v != "1.00" {
			t.Errorf("%s!H2 (average_criteria_met) shows %q, want 1.00", sheet, v)
		}
		if v, _ := f.GetCellValue(sheet, "H2", excelize.Options{RawCellValue: true}); v != "1" {
			t.Errorf("%s!H2 (average_criteria_met) holds %q, want 1", sheet, v)
		}
	}
}

func TestNumberCell(t *testing.T) {
	for s, want := range map[string]any{"96.5": 96.5, "2020": int64(2020), "0.1": 0.1,
		"1.00": int64(1), "13.50": 13.5, "0.50": 0.5, "-0.00": int64(0), "10": int64(10), "1e5": "1e5",
		"12345678901234567890.5": "12345678901234567890.5", "12345678901234567890.50": "12345678901234567890.50", "": ""} {
		if got := numberCell(s); got != want {
			t.Errorf("numberCell(%q) = %#v, want %#v", s, got, want)
		}
	}
}

func zipEntry(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := z.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(r)
	return b
}
