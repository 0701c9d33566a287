package workbook

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/assesstest"
	"github.com/nongthonmoi/ntm/internal/xlsxread"
	"github.com/nongthonmoi/ntm/internal/xlsxtest"
	"github.com/xuri/excelize/v2"
)

// withSheetCapacity lowers the rows a sheet holds for the test.
func withSheetCapacity(t *testing.T, rows int) {
	t.Helper()
	saved := sheetCapacity
	sheetCapacity = rows
	t.Cleanup(func() { sheetCapacity = saved })
}

// manyReports evaluates n illustrative communes (số liệu minh họa) of
// 1980/QĐ-TTg: the reports of the wide workbook of the benchmark.
func manyReports(t *testing.T, n int) []evaluate.Report {
	t.Helper()
	as, err := Decode(bytes.NewReader(xlsxtest.WideWorkbook(t, n)), "so-lieu.xlsx", ReadOptions{})
	if err != nil || len(as) != n {
		t.Fatalf("%d assessments, %v", len(as), err)
	}
	return assesstest.Reports(t, nil, as...)
}

type readSheet struct {
	name string
	rows [][]string
}

// readBack reads every sheet of a workbook as text with the package's own
// reader (cells as stored, numbers as written), each row as wide as the
// header.
func readBack(t *testing.T, data []byte) []readSheet {
	t.Helper()
	sheets, err := xlsxread.Sheets(data)
	if err != nil {
		t.Fatal(err)
	}
	var out []readSheet
	for _, s := range sheets {
		out = append(out, readSheet{name: s.Name, rows: s.Rows})
	}
	return out
}

func TestReportsContinueOnFurtherSheets(t *testing.T) {
	// 20 communes of 50 rows each, 200 rows a sheet: 3 communes (150 rows
	// and the header) a sheet, a fourth would not fit: 7 sheets.
	withSheetCapacity(t, 200)
	reports := manyReports(t, 20)
	per := rowCount(&reports[0])
	perSheet := (sheetCapacity - 1) / per
	var want [][]string
	for row := range evaluate.CSVRows(reports) {
		want = append(want, append([]string(nil), row...))
	}
	for _, tt := range []struct{ lang, sheet, first string }{
		{"vi", "Báo cáo", "Xã"},
		{"en", "Reports", "commune"},
	} {
		t.Run("in "+tt.lang+", reports written a chunk at a time fill whole sheets of whole communes, each with the header", func(t *testing.T) {
			var b bytes.Buffer
			rw := NewReportWriter(&b, evaluate.RenderOptions{Lang: tt.lang})
			// Chunks of 7 reports, overwritten once written: the writer
			// must not keep them.
			chunk := make([]evaluate.Report, 0, 7)
			for i := 0; i < len(reports); i += 7 {
				chunk = chunk[:0]
				for j := i; j < min(i+7, len(reports)); j++ {
					chunk = append(chunk, reports[j].Clone())
				}
				if err := rw.Write(chunk); err != nil {
					t.Fatal(err)
				}
				for j := range chunk {
					chunk[j].Commune.Name = "overwritten"
					for c := range chunk[j].Criteria {
						clear(chunk[j].Criteria[c].Indicators)
					}
				}
			}
			if err := rw.Close(); err != nil {
				t.Fatal(err)
			}
			sheets := readBack(t, b.Bytes())
			wantSheets := (len(reports) + perSheet - 1) / perSheet
			if len(sheets) != wantSheets {
				t.Fatalf("%d sheets, want %d", len(sheets), wantSheets)
			}
			var got [][]string
			sheetOf := map[string]string{}
			for i, s := range sheets {
				name := tt.sheet
				if i > 0 {
					name = fmt.Sprintf("%s (%d)", tt.sheet, i+1)
				}
				if s.name != name {
					t.Errorf("sheet %d is %q, want %q", i+1, s.name, name)
				}
				if len(s.rows) == 0 || s.rows[0][0] != tt.first || len(s.rows[0]) != len(reportColumns) {
					t.Fatalf("sheet %q does not start with the header: %v", s.name, s.rows[:min(1, len(s.rows))])
				}
				if i > 0 {
					if diff := cmp.Diff(sheets[0].rows[0], s.rows[0]); diff != "" {
						t.Errorf("header of %q (-first sheet +this one):\n%s", s.name, diff)
					}
				}
				// Every sheet but the last is as full as whole communes make it.
				if n := len(s.rows); n > sheetCapacity || i < len(sheets)-1 && n != 1+perSheet*per {
					t.Errorf("sheet %q has %d rows, want %d", s.name, n, 1+perSheet*per)
				}
				for _, row := range s.rows[1:] {
					if at, ok := sheetOf[row[0]]; ok && at != s.name {
						t.Errorf("commune %s is on %q and on %q", row[0], at, s.name)
					}
					sheetOf[row[0]] = s.name
				}
				got = append(got, s.rows[1:]...)
			}
			if len(got) != len(reports)*per {
				t.Errorf("%d rows in all, want %d", len(got), len(reports)*per)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("rows read back differ from the CSV rows (-want +got):\n%.2000s", diff)
			}
			checkSheets(t, b.Bytes(), sheets)
		})
	}
	t.Run("WriteReports writes the same rows on the same sheets", func(t *testing.T) {
		var b bytes.Buffer
		if err := WriteReports(&b, reports, evaluate.RenderOptions{}); err != nil {
			t.Fatal(err)
		}
		sheets := readBack(t, b.Bytes())
		var got [][]string
		for _, s := range sheets {
			got = append(got, s.rows[1:]...)
		}
		if len(sheets) != (len(reports)+perSheet-1)/perSheet {
			t.Errorf("%d sheets", len(sheets))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("rows (-want +got):\n%.2000s", diff)
		}
	})
}

// autoFilter is the filter of a worksheet's XML.
var autoFilter = regexp.MustCompile(`<autoFilter ref="([^"]+)"`)

// checkSheets checks that each sheet has its header frozen, a filter over
// the header and every row written, and its columns fitted.
func checkSheets(t *testing.T, data []byte, sheets []readSheet) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i, s := range sheets {
		panes, err := f.GetPanes(s.name)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%q: panes %+v, %v: want the header row frozen", s.name, panes, err)
		}
		m := autoFilter.FindSubmatch(zipEntry(t, data, "xl/worksheets/sheet"+strconv.Itoa(i+1)+".xml"))
		last, _ := excelize.ColumnNumberToName(len(reportColumns))
		if want := "$A$1:$" + last + "$" + strconv.Itoa(len(s.rows)); m == nil || string(m[1]) != want {
			t.Errorf("%q: filter %q, want %q", s.name, m, want)
		}
		longest := 0
		for _, row := range s.rows {
			longest = max(longest, utf8.RuneCountInString(row[0]))
		}
		if w, err := f.GetColWidth(s.name, "A"); err != nil || w < float64(longest+2) {
			t.Errorf("%q: column A is %v wide (%v), want it fitted to the communes' names (%d characters and 2)", s.name, w, err, longest)
		}
	}
}

func TestEveryTableContinuesOnFurtherSheets(t *testing.T) {
	t.Run("a summary sheet continues on further sheets with its header", func(t *testing.T) {
		withSheetCapacity(t, 4)
		s := evaluate.Summarize(manyReports(t, 12))
		var b bytes.Buffer
		if err := WriteSummary(&b, s, evaluate.RenderOptions{Lang: "en"}); err != nil {
			t.Fatal(err)
		}
		var names []string
		areas := 0
		for _, sh := range readBack(t, b.Bytes()) {
			names = append(names, sh.name)
		}
		f, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		for _, name := range names {
			rows, _ := f.GetRows(name)
			if len(rows) == 0 || len(rows) > 4 {
				t.Errorf("%q has %d rows", name, len(rows))
			}
			if strings.HasPrefix(name, "Summary") {
				areas += len(rows) - 1
			}
		}
		// 12 communes in 11 districts of one province: all, the province,
		// 11 districts.
		if areas != len(s.Areas) || len(s.Areas) != 13 {
			t.Errorf("%d area rows, want %d (13)", areas, len(s.Areas))
		}
		if diff := cmp.Diff([]string{"Summary", "Summary (2)", "Summary (3)", "Summary (4)", "Summary (5)",
			"By criterion"}, names[:6]); diff != "" {
			t.Errorf("sheets (-want +got):\n%s", diff)
		}
		if last := names[len(names)-1]; last != "Excluded" {
			t.Errorf("last sheet %q, want Excluded (its header only)", last)
		}
	})
	t.Run("a long template keeps each commune's rows on one sheet, and is read back whole", func(t *testing.T) {
		set := criteria.QD1980()
		tpl := Template{Set: set, Communes: []evaluate.Commune{
			{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
			{Name: "Minh Sơn", District: "Hữu Lũng", Province: "Lạng Sơn"},
			{Name: "Yên Vượng", District: "Hữu Lũng", Province: "Lạng Sơn"}}}
		per := tpl.indicatorCount()
		withSheetCapacity(t, 1+2*per+per/2)
		var b bytes.Buffer
		if err := WriteTemplate(&b, tpl); err != nil {
			t.Fatal(err)
		}
		sheets := readBack(t, b.Bytes())
		if len(sheets) != 2 || sheets[0].name != "Số liệu" || sheets[1].name != "Số liệu (2)" ||
			len(sheets[0].rows) != 1+2*per || len(sheets[1].rows) != 1+per {
			t.Fatalf("sheets %q (%d rows) and %q", sheets[0].name, len(sheets[0].rows), sheets[len(sheets)-1].name)
		}
		// Each sheet has the drop-downs of its own pass/fail cells.
		f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		for _, s := range sheets {
			dvs, err := f.GetDataValidations(s.name)
			if err != nil || len(dvs) == 0 {
				t.Fatalf("%q: %d drop-downs, %v", s.name, len(dvs), err)
			}
			for _, dv := range dvs {
				for _, m := range regexp.MustCompile(`[0-9]+`).FindAllString(dv.Sqref, -1) {
					if n, _ := strconv.Atoi(m); n < 2 || n > len(s.rows) {
						t.Errorf("%q: a drop-down at row %d, past its last row %d", s.name, n, len(s.rows))
					}
				}
			}
		}
		r, err := NewReader(bytes.NewReader(b.Bytes()), "mau.xlsx", ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var communes []string
		for {
			a, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			communes = append(communes, a.Commune.Name)
		}
		if diff := cmp.Diff([]string{"Hòa Lạc", "Minh Sơn", "Yên Vượng"}, communes); diff != "" {
			t.Errorf("communes read back (-want +got):\n%s", diff)
		}
	})
}
