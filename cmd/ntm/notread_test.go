package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// notReadInputs are a valid assessment, a table whose header cannot be
// read (Minh Sơn and Yên Thịnh are in its rows), a JSON array with a
// syntax error in its element [1] (from line 4 on, the communes are
// unknown) and a file that does not exist.
var notReadInputs = []string{"testdata/eval/hoalac.json", "testdata/eval/tieu-de-sai.csv",
	"testdata/eval/cu-phap-sai.json", "testdata/eval/khong-co.csv"}

// TestSummariesStateInputNotRead: communes lost to a header that cannot be
// read are named, and a part of the input whose communes cannot be told is
// stated with its file and line, in every summary format.
func TestSummariesStateInputNotRead(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		golden string
		want   []string
	}{
		{"the JSON summary lists each commune of the rows not read and each part not read", []string{"--format", "json"},
			"eval/not-read-summary.json.golden", nil},
		{"the text summary says how many communes and parts were left out and names them", nil,
			"eval/not-read-summary.text.golden", []string{
				"Chú ý: 2 xã và 2 phần số liệu không rõ xã không được tổng hợp vì số liệu không đọc được:",
				"  - Minh Sơn, Hữu Lũng, Lạng Sơn (testdata/eval/tieu-de-sai.csv:2, 1 lỗi)",
				"  - (không rõ xã) (testdata/eval/cu-phap-sai.json:4-…, 1 lỗi)",
				"  - (không rõ xã) (testdata/eval/khong-co.csv, 1 lỗi)"}},
		{"the English text summary says the same", []string{"--lang", "en"}, "", []string{
			"Note: 2 communes and 2 parts of the input (communes unknown) left out because the input could not be read:",
			"  - Yên Thịnh, Hữu Lũng, Lạng Sơn (testdata/eval/tieu-de-sai.csv:4, 1 problem)",
			"  - (commune unknown) (testdata/eval/cu-phap-sai.json:4-…, 1 problem)"}},
		{"the Markdown summary says the same", []string{"--format", "markdown"}, "", []string{
			"> **Chú ý:** 2 xã và 2 phần số liệu không rõ xã không được tổng hợp vì số liệu không đọc được:",
			"> - Minh Sơn, Hữu Lũng, Lạng Sơn (testdata/eval/tieu-de-sai.csv:2, 1 lỗi)",
			"> - (không rõ xã) (testdata/eval/khong-co.csv, 1 lỗi)"}},
		{"the CSV summary has a row for each", []string{"--format", "csv"}, "", []string{
			",,excluded,Lạng Sơn,Hữu Lũng,,,,,,,,,,Yên Thịnh,testdata/eval/tieu-de-sai.csv:4,1,,\n",
			",,excluded,,,,,,,,,,,,,testdata/eval/cu-phap-sai.json:4,1,…,\n",
			",,excluded,,,,,,,,,,,,,testdata/eval/khong-co.csv,1,,\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runNTM(t, "", append(append([]string{"eval", "--summary"}, tc.args...), notReadInputs...)...)
			if code != exitInput {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, exitInput, errOut)
			}
			if tc.golden != "" {
				golden(t, tc.golden, out)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("the summary lacks %q:\n%s", w, out)
				}
			}
		})
	}
	t.Run("the JSON summary's excluded holds the communes and the parts not read", func(t *testing.T) {
		_, out, _ := runNTM(t, "", append([]string{"eval", "--summary", "--format", "json"}, notReadInputs...)...)
		var got struct {
			Excluded []map[string]any `json:"excluded"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		commune := func(name string) map[string]any {
			d, p := "Hữu Lũng", "Lạng Sơn"
			if name == "" {
				d, p = "", ""
			}
			return map[string]any{"name": name, "district": d, "province": p}
		}
		want := []map[string]any{
			{"commune": commune("Minh Sơn"), "origin": "testdata/eval/tieu-de-sai.csv:2", "problems": 1.0},
			{"commune": commune("Yên Thịnh"), "origin": "testdata/eval/tieu-de-sai.csv:4", "problems": 1.0},
			{"commune": commune(""), "origin": "testdata/eval/cu-phap-sai.json:4", "through": "…", "problems": 1.0},
			{"commune": commune(""), "origin": "testdata/eval/khong-co.csv", "problems": 1.0},
		}
		if diff := cmp.Diff(want, got.Excluded); diff != "" {
			t.Errorf("excluded (-want +got):\n%s", diff)
		}
	})
	t.Run("the xlsx summary lists them on its sheet of what was left out", func(t *testing.T) {
		_, out, _ := runNTM(t, "", append([]string{"eval", "--summary", "--format", "xlsx", "--lang", "en"}, notReadInputs...)...)
		f, err := excelize.OpenReader(strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, _ := f.GetRows("Excluded")
		want := [][]string{{"commune", "district", "province", "origin", "problems", "through"},
			{"Minh Sơn", "Hữu Lũng", "Lạng Sơn", "testdata/eval/tieu-de-sai.csv:2", "1"},
			{"Yên Thịnh", "Hữu Lũng", "Lạng Sơn", "testdata/eval/tieu-de-sai.csv:4", "1"},
			{"(commune unknown)", "", "", "testdata/eval/cu-phap-sai.json:4", "1", "…"},
			{"(commune unknown)", "", "", "testdata/eval/khong-co.csv", "1"}}
		if diff := cmp.Diff(want, rows); diff != "" {
			t.Errorf("excluded sheet (-want +got):\n%s", diff)
		}
	})
	t.Run("a file in another encoding is stated with its lines", func(t *testing.T) {
		_, out, _ := runNTM(t, "", "eval", "--summary", "testdata/eval/hoalac.json", "testdata/eval/tables/windows-1258.csv")
		if w := "  - (không rõ xã) (testdata/eval/tables/windows-1258.csv:1-9, 1 lỗi)\n"; !strings.Contains(out, w) {
			t.Errorf("the summary lacks %q:\n%s", w, out)
		}
	})
	t.Run("the HTML report and the progress JSON state them too", func(t *testing.T) {
		_, html, _ := runNTM(t, "", append([]string{"report"}, notReadInputs...)...)
		for _, w := range []string{"Bị loại vì số liệu không đọc được: 2 xã và 2 phần số liệu không rõ xã",
			"Minh Sơn, Hữu Lũng, Lạng Sơn — testdata/eval/tieu-de-sai.csv:2, 1 lỗi",
			"(không rõ xã) — testdata/eval/cu-phap-sai.json:4-…, 1 lỗi", "(không rõ xã) — testdata/eval/khong-co.csv, 1 lỗi"} {
			if !strings.Contains(html, w) {
				t.Errorf("the HTML report lacks %q", w)
			}
		}
		_, out, _ := runNTM(t, "", append([]string{"progress", "--format", "json"}, notReadInputs...)...)
		var got struct {
			Excluded []struct {
				Origin string `json:"origin"`
			} `json:"excluded"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Excluded) != 4 || got.Excluded[3].Origin != "testdata/eval/khong-co.csv" {
			t.Errorf("progress excluded %+v, want the 2 communes and 2 parts", got.Excluded)
		}
	})
}

// TestWorkbookSheetNotReadIsNamedBySheetAndRows: the rows of a worksheet
// whose header cannot be read are named by sheet and rows on standard
// error, and each commune in them is left out of the summary by name.
func TestWorkbookSheetNotReadIsNamedBySheetAndRows(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Ngang1")
	f.NewSheet("Ngang2")
	for sheet, rows := range map[string][][]any{
		"Ngang1": {{"Tỉnh", "Huyện", "Xã", "Năm", "1.1"}, {"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2020, "đạt"}},
		// An unknown code column: the header cannot be read.
		"Ngang2": {{"Tỉnh", "Huyện", "Xã", "Năm", "1.1", "99.9"},
			{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", 2020, "đạt", "1"}, {"Lạng Sơn", "Hữu Lũng", "Yên Thịnh", 2020, "đạt", "1"}},
	} {
		for i, row := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := f.SetSheetRow(sheet, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "x3b.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runNTM(t, "", "eval", "--summary", "--set", "1980", path)
	if code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	for _, w := range []string{path + ": Ngang2!2:2: Minh Sơn: hàng 2 không được đọc: hãy sửa dòng tiêu đề trước",
		path + ": Ngang2!3:3: Yên Thịnh: hàng 3 không được đọc: hãy sửa dòng tiêu đề trước"} {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errOut)
		}
	}
	if strings.Contains(errOut, path+":2:") {
		t.Errorf("a problem of the sheet is placed by line alone:\n%s", errOut)
	}
	for _, w := range []string{"Chú ý: 2 xã không được tổng hợp vì số liệu không đọc được:",
		"  - Minh Sơn, Hữu Lũng, Lạng Sơn (" + path + ": Ngang2!2:2, 1 lỗi)"} {
		if !strings.Contains(out, w) {
			t.Errorf("the summary lacks %q:\n%s", w, out)
		}
	}
}
