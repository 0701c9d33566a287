package main

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The workbooks of ntm eval --format xlsx (and with --summary) are what
// Excel users sort and sum: every sheet has its header row frozen and a
// filter, and a cell that holds a number in the CSV (a year, a count, a
// value, a target, a gap, an average) is a number cell of the same value,
// never text; codes (criterion, indicator, group) and words stay text. On
// the Hữu Lũng sample: sets pending the official text, 51/2025/QĐ-TTg with
// commune groups, the merged communes of 2026.
func TestWorkbookCellsAreTheCSVCellsWithNumbersAsNumbers(t *testing.T) {
	root := filepath.Join("..", "..", "examples", "huulung")
	in := []string{filepath.Join(root, "so-lieu-minh-hoa.json"), filepath.Join(root, "so-lieu-minh-hoa-sau-sap-xep.json")}
	for _, tc := range []struct {
		name    string
		args    []string
		sheet   string   // the sheet of the CSV's rows
		numbers []string // CSV columns that are numbers where filled
		texts   []string // CSV columns that stay text, even when they look like numbers
	}{
		{"reports", []string{"eval"}, "Reports", []string{"year", "actual", "target", "gap", "gap_units"}, []string{"criterion", "indicator", "group"}},
		{"summary", []string{"eval", "--summary"}, "By criterion", []string{"year", "communes", "communes_met", "average_criteria_met", "criteria_total", "met", "not_met", "missing"}, []string{"criterion"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			csvArgs := append(append(append([]string{}, tc.args...), "--format", "csv", "--lang", "en"), in...)
			code, out, stderr := runNTM(t, "", csvArgs...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			header, rows := readCSV(t, out)
			xArgs := append(append(append([]string{}, tc.args...), "--format", "xlsx", "--lang", "en"), in...)
			code, out, stderr = runNTM(t, "", xArgs...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			f, err := excelize.OpenReader(strings.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			// A filter is the sheet's defined name _xlnm._FilterDatabase.
			filtered := map[string]bool{}
			for _, d := range f.GetDefinedName() {
				if d.Name == "_xlnm._FilterDatabase" {
					filtered[d.Scope] = true
				}
			}
			for _, sheet := range f.GetSheetList() {
				panes, err := f.GetPanes(sheet)
				if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 0 {
					t.Errorf("sheet %q: header row not frozen: %+v %v", sheet, panes, err)
				}
				if !filtered[sheet] {
					t.Errorf("sheet %q: no filter", sheet)
				}
			}
			if len(rows) == 0 {
				t.Fatal("no row")
			}
			xrows, err := f.GetRows(tc.sheet)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, r := range rows {
				if r["scope"] != "excluded" {
					n++
				}
			}
			if len(xrows)-1 != n {
				t.Fatalf("sheet %q has %d rows, the CSV %d", tc.sheet, len(xrows)-1, n)
			}
			col := func(name string) int {
				for i, h := range header {
					if h == name {
						return i
					}
				}
				t.Fatalf("no column %s in %q", name, header)
				return -1
			}
			// The sheet's columns are the CSV's, in its order, but the
			// summary sheet leaves out those of the communes left out.
			xcol := func(name string) int {
				i := col(name)
				if tc.name == "summary" && i > col("missing") {
					t.Fatalf("column %s is not on the sheet", name)
				}
				return i
			}
			for i, r := range rows {
				if r["scope"] == "excluded" {
					continue
				}
				for _, name := range append(append([]string{}, tc.numbers...), tc.texts...) {
					cell, _ := excelize.CoordinatesToCellName(xcol(name)+1, i+2)
					typ, _ := f.GetCellType(tc.sheet, cell)
					raw, _ := f.GetCellValue(tc.sheet, cell, excelize.Options{RawCellValue: true})
					want := r[name]
					isNumber := typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset && raw != ""
					_, numErr := strconv.ParseFloat(want, 64)
					switch {
					case want == "":
						if raw != "" {
							t.Errorf("%s!%s (%s): %q, the CSV an empty cell", tc.sheet, cell, name, raw)
						}
					case slices.Contains(tc.numbers, name) && numErr == nil:
						w, _ := strconv.ParseFloat(want, 64)
						g, err := strconv.ParseFloat(raw, 64)
						if !isNumber || err != nil || g != w {
							t.Errorf("%s!%s (%s): %q (type %v), want the number %s", tc.sheet, cell, name, raw, typ, want)
						}
					default:
						if isNumber || raw != want {
							t.Errorf("%s!%s (%s): %q (type %v), want the text %q", tc.sheet, cell, name, raw, typ, want)
						}
					}
				}
			}
		})
	}
}
