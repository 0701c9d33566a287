package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestTotalAndHeadingRowsAreNotes: the heading rows between the communes
// of an official's table (I, Huyện Hữu Lũng) and its total rows (Cộng
// huyện …, Tổng cộng) are skipped with a note each on standard error,
// naming the file and the line (or sheet and row) and quoting the row's
// text, in the command's language; the communes around them are evaluated
// and the exit status is 0. xã Cộng Hòa is a commune.
func TestTotalAndHeadingRowsAreNotes(t *testing.T) {
	dir := t.TempDir()
	csvPath := filepath.Join(dir, "so-lieu.csv")
	csv := "STT;Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2;10\n" +
		"I;Huyện Hữu Lũng;;;;;;\n" +
		"1;Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;96,5;36,8\n" +
		"2;Lạng Sơn;Hữu Lũng;Cộng Hòa;2020;1980;97;40\n" +
		";Cộng huyện Hữu Lũng;;;;;;76,8\n" +
		";Tổng cộng;;;;;;\n"
	if err := os.WriteFile(csvPath, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	xlsxPath := filepath.Join(dir, "so-lieu.xlsx")
	f := excelize.NewFile()
	for i, row := range [][]any{
		{"STT", "Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "4.2", "10"},
		{"II", "Huyện Chi Lăng"},
		{1, "Lạng Sơn", "Chi Lăng", "Bằng Mạc", 2020, "1980", 95, 30},
		{"Tổng cộng", nil, nil, nil, nil, nil, nil, 30},
	} {
		if err := f.SetSheetRow("Sheet1", fmt.Sprintf("A%d", i+1), &row); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.MergeCell("Sheet1", "B2", "H2"); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(xlsxPath); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := runNTM(t, "", "eval", "--summary", "--format", "json", csvPath, xlsxPath)
	want := "ntm eval: " + csvPath + `:2: bỏ qua dòng tiêu đề nhóm (không có xã, năm, bộ tiêu chí hay số liệu): "I Huyện Hữu Lũng"` + "\n" +
		"ntm eval: " + csvPath + `:5: bỏ qua dòng tổng cộng, không phải số liệu của một xã; số liệu trong các ô của dòng này không được đọc: "Cộng huyện Hữu Lũng"` + "\n" +
		"ntm eval: " + csvPath + `:6: bỏ qua dòng tổng cộng, không phải số liệu của một xã: "Tổng cộng"` + "\n" +
		"ntm eval: " + xlsxPath + `: Sheet1!2:2: bỏ qua dòng tiêu đề nhóm (không có xã, năm, bộ tiêu chí hay số liệu): "II Huyện Chi Lăng"` + "\n" +
		"ntm eval: " + xlsxPath + `: Sheet1!4:4: bỏ qua dòng tổng cộng, không phải số liệu của một xã; số liệu trong các ô của dòng này không được đọc: "Tổng cộng"` + "\n"
	if code != exitOK || errOut != want {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 0 and:\n%s", code, errOut, want)
	}
	for _, s := range []string{`"communes": 2`, `"communes": 1`, `"excluded": []`} {
		if !strings.Contains(out, s) {
			t.Errorf("the summary has no %s:\n%s", s, out)
		}
	}

	code, out, errOut = runNTM(t, "", "eval", "--lang", "en", csvPath)
	want = "ntm eval: " + csvPath + `:2: heading row skipped (no commune, year, set or figure): "I Huyện Hữu Lũng"` + "\n" +
		"ntm eval: " + csvPath + `:5: total row skipped, not the figures of a commune; the figures in its cells are not read: "Cộng huyện Hữu Lũng"` + "\n" +
		"ntm eval: " + csvPath + `:6: total row skipped, not the figures of a commune: "Tổng cộng"` + "\n"
	if code != exitOK || errOut != want {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 0 and:\n%s", code, errOut, want)
	}
	if strings.Count(out, "Met 1/19 criteria") != 2 || !strings.Contains(out, "Cộng Hòa") {
		t.Errorf("not both communes evaluated:\n%s", out)
	}
}

// TestRowNotesWithProblems: a note comes in reading order with the
// problems of the file, whose exit status they leave as it is; the notes
// on one file are printed up to 100, the rest counted.
func TestRowNotesWithProblems(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.csv")
	var b strings.Builder
	b.WriteString("Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2\n")
	b.WriteString("Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;vài\n")
	for i := range 102 {
		fmt.Fprintf(&b, "Huyện %d;;;;;\n", i+1)
	}
	b.WriteString("Lạng Sơn;Hữu Lũng;Minh Sơn;2020;1980;96\n")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runNTM(t, "", "eval", "--lang", "en", path)
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	if code != exitInput || len(lines) != 102 {
		t.Fatalf("exit %d, %d lines of stderr:\n%s\nwant exit 1 and 102 lines", code, len(lines), errOut)
	}
	if want := "ntm eval: " + path + `:3: heading row skipped (no commune, year, set or figure): "Huyện 1"`; lines[0] != want {
		t.Errorf("first line %q, want %q", lines[0], want)
	}
	if !strings.Contains(lines[100], path+":2: column 4.2: Hòa Lạc") {
		t.Errorf("line 101 %q, want the problem of Hòa Lạc", lines[100])
	}
	if want := "ntm eval: " + path + ": … and 2 more notes"; lines[101] != want {
		t.Errorf("last line %q, want %q", lines[101], want)
	}
	if !strings.Contains(out, "Minh Sơn") {
		t.Errorf("Minh Sơn not evaluated:\n%s", out)
	}
}
