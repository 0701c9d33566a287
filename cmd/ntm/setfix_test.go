package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestATableWithoutASetIsToldTheFixOfItsCommand: the problem of a wide
// table without a set column suggests --set in every command that reads
// tables (eval, plan, progress, report), never the fix of a command
// without it. In Vietnamese and English, for CSV and workbooks.
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
		fixVI   = `thêm cột "Bộ tiêu chí" (hoặc "set") ghi bộ tiêu chí của mỗi hàng, hoặc cho biết bộ tiêu chí của cả bảng bằng cờ --set`
		fixEN   = `add a column "Bộ tiêu chí" (set) giving each row's set, or give the set of the table: --set`
		wrongVI = "không nhận --set"
		wrongEN = "takes no --set"
	)
	for _, file := range []string{csv, xlsx} {
		for _, args := range [][]string{
			{"eval"},
			{"plan", "--as-of", "2020-05-05", minimalPlan},
			{"progress"},
			{"report", "-o", filepath.Join(dir, "r.html")},
		} {
			args := append(append([]string{}, args...), file)
			_, _, stderr := runNTM(t, "", args...)
			if !strings.Contains(stderr, fixVI) || strings.Contains(stderr, wrongVI) {
				t.Errorf("%s %s: stderr %q\nwant %q", args[0], filepath.Base(file), stderr, fixVI)
			}
			_, _, stderr = runNTM(t, "", english(args)...)
			if !strings.Contains(stderr, fixEN) || strings.Contains(stderr, wrongEN) {
				t.Errorf("%s --lang en %s: stderr %q\nwant %q", args[0], filepath.Base(file), stderr, fixEN)
			}
		}
	}
}
