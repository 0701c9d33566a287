package workbook

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/xuri/excelize/v2"
)

// pendingReports returns the reports of the illustrative workbook (1980,
// complete) and one of Tân Thành against 933/QĐ-UBND, whose content is
// pending the official text.
func pendingReports(t *testing.T) []evaluate.Report {
	t.Helper()
	vals := map[string]evaluate.Value{}
	for i := range criteria.QD933().Criteria {
		vals[fmt.Sprint(i+1)] = evaluate.Bool(i != 5)
	}
	a := &evaluate.Assessment{Commune: evaluate.Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]evaluate.Value{criteria.IDQD933: vals}}
	return append(reportsOf(t, "testdata/so-lieu-rong.xlsx"), evaluate.Run(criteria.QD933(), a))
}

// lastColumn returns the header and the cells of the last column of a
// sheet, by the set named in column setCol.
func lastColumn(t *testing.T, f *excelize.File, sheet string, setCol int) (head string, bySet map[string][]string) {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) < 2 {
		t.Fatalf("sheet %s: %d rows, %v", sheet, len(rows), err)
	}
	width := len(rows[0])
	if h := rows[0][width-1]; h == "group" || h == "Nhóm xã" {
		width-- // the reports' sheet has group after content
	}
	bySet = map[string][]string{}
	for _, r := range rows[1:] {
		cell := ""
		if len(r) >= width { // GetRows drops empty cells at the end of a row
			cell = r[width-1]
		}
		bySet[r[setCol]] = append(bySet[r[setCol]], cell)
	}
	return rows[0][width-1], bySet
}

func checkContentCells(t *testing.T, sheet string, bySet map[string][]string) {
	t.Helper()
	if len(bySet[criteria.IDQD933]) == 0 || len(bySet[criteria.IDQD1980]) == 0 {
		t.Fatalf("%s: rows by set %v, want rows of both sets", sheet, bySet)
	}
	for set, cells := range bySet {
		want := ""
		if set == criteria.IDQD933 {
			want = "pending-official-text"
		}
		for _, c := range cells {
			if c != want {
				t.Errorf("%s: a row of %s has content %q, want %q", sheet, set, c, want)
				break
			}
		}
	}
}

func TestReportsSheetEndsWithTheSetsContent(t *testing.T) {
	reports := pendingReports(t)
	for _, tc := range []struct{ lang, sheet, head string }{
		{"vi", "Báo cáo", "Nội dung bộ tiêu chí"},
		{"en", "Reports", "content"},
	} {
		var b bytes.Buffer
		if err := WriteReports(&b, reports, evaluate.RenderOptions{Lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		head, bySet := lastColumn(t, f, tc.sheet, 5)
		f.Close()
		if head != tc.head {
			t.Errorf("%s: last header %q, want %q", tc.sheet, head, tc.head)
		}
		checkContentCells(t, tc.sheet, bySet)
	}
}

func TestSummarySheetsEndWithTheSetsContent(t *testing.T) {
	s := evaluate.Summarize(pendingReports(t))
	var b bytes.Buffer
	if err := WriteSummary(&b, s, evaluate.RenderOptions{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sheet := range []string{"Summary", "By criterion"} {
		head, bySet := lastColumn(t, f, sheet, 0)
		if head != "content" {
			t.Errorf("%s: last header %q, want content", sheet, head)
		}
		checkContentCells(t, sheet, bySet)
	}
}

// TestTemplateOfAPendingSetSaysSoInTheNoteOfEveryRow: every row of the
// form of a set whose content awaits the official text (933 and the later
// sets), in CSV, in the workbook and in a wide workbook's guide, has the
// pending note; a form of an encoded set has it on no row.
func TestTemplateOfAPendingSetSaysSoInTheNoteOfEveryRow(t *testing.T) {
	commune := []evaluate.Commune{{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}}
	var sets []*criteria.Set
	for _, s := range criteria.Builtin().Sets() {
		if s.Content.Pending() || s.ID == criteria.IDQD1980 {
			sets = append(sets, s)
		}
	}
	if len(sets) < 6 {
		t.Fatalf("%d sets: want 1980 and the five pending ones", len(sets))
	}
	for _, set := range sets {
		tpl := Template{Set: set, Communes: commune}
		if set.Columns == criteria.ColumnsGroup {
			tpl.Group = set.CommuneGroups[0].Code
		}
		check := func(where string, head []string, rows [][]string) {
			t.Helper()
			note := len(head) - 1
			if head[note] != "note" && head[note] != "Ghi chú" {
				t.Fatalf("%s of %s: last column %q, want note", where, set.ID, head[note])
			}
			if len(rows) == 0 {
				t.Fatalf("%s of %s: no row", where, set.ID)
			}
			for _, r := range rows {
				cell := ""
				if len(r) > note {
					cell = r[note]
				}
				if got := strings.HasPrefix(cell, pendingNote); got != set.Content.Pending() {
					t.Errorf("%s of %s (content %s), indicator %s: note %q", where, set.ID, set.Content, r[1], cell)
					return
				}
			}
		}

		var b bytes.Buffer
		if err := WriteTemplateCSV(&b, tpl); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		check("the CSV form", rows[0], rows[1:])

		b.Reset()
		if err := WriteTemplate(&b, tpl); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ = f.GetRows("Số liệu")
		f.Close()
		check("the workbook form", rows[0], rows[1:])

		tpl.Wide = true
		b.Reset()
		if err := WriteTemplate(&b, tpl); err != nil {
			t.Fatal(err)
		}
		if f, err = excelize.OpenReader(&b); err != nil {
			t.Fatal(err)
		}
		rows, _ = f.GetRows("Hướng dẫn")
		f.Close()
		check("the wide form's guide", rows[0], rows[1:])
	}
}
