package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestATableWithoutASetIsToldTheFixOfItsCommand: the problem of a wide
// table without a set column suggests --set only to a command that takes
// it (eval); plan, progress and report, which have no --set, are told to
// add the set column. In Vietnamese and English, for CSV and workbooks.
func TestATableWithoutASetIsToldTheFixOfItsCommand(t *testing.T) {
	dir := t.TempDir()
	write := fileWriter(t, dir)
	const table = "Tỉnh,Huyện,Xã,Năm,1.1,17.1a\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,đạt,90\n"
	csv := write("khong-co-bo.csv", table)
	xlsx := filepath.Join(dir, "khong-co-bo.xlsx")
	writeWorkbook(t, xlsx, "Sheet1", [][]any{
		{"Tỉnh", "Huyện", "Xã", "Năm", "1.1", "17.1a"},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2020, "đạt", 90},
	})
	const (
		evalVI = "(hoặc cho biết bộ tiêu chí của bảng: --set)"
		evalEN = "(or give the set of the table: --set)"
		noVI   = "(thêm cột Bộ tiêu chí (set) ghi bộ tiêu chí của mỗi hàng; lệnh này không nhận --set)"
		noEN   = "(add a set column (Bộ tiêu chí) naming the set of each row; this command takes no --set)"
	)
	for _, file := range []string{csv, xlsx} {
		for _, tc := range []struct {
			args    []string
			vi, en  string
			wrongVI string
			wrongEN string
		}{
			{[]string{"eval"}, evalVI, evalEN, noVI, noEN},
			{[]string{"plan", "--as-of", "2020-05-05", minimalPlan}, noVI, noEN, evalVI, evalEN},
			{[]string{"progress"}, noVI, noEN, evalVI, evalEN},
			{[]string{"report", "-o", filepath.Join(dir, "r.html")}, noVI, noEN, evalVI, evalEN},
		} {
			args := append(append([]string{}, tc.args...), file)
			_, _, stderr := runNTM(t, "", args...)
			if !strings.Contains(stderr, tc.vi) || strings.Contains(stderr, tc.wrongVI) {
				t.Errorf("%s %s: stderr %q\nwant %q", tc.args[0], filepath.Base(file), stderr, tc.vi)
			}
			_, _, stderr = runNTM(t, "", english(args)...)
			if !strings.Contains(stderr, tc.en) || strings.Contains(stderr, tc.wrongEN) {
				t.Errorf("%s --lang en %s: stderr %q\nwant %q", tc.args[0], filepath.Base(file), stderr, tc.en)
			}
		}
	}
}
