package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestSummaryNamesExcluded: with one bad commune among three, the summary
// itself (not only standard error) says that one was left out and which.
func TestSummaryNamesExcluded(t *testing.T) {
	for _, format := range []string{"text", "markdown", "json", "csv"} {
		t.Run("the "+format+" summary names the commune left out", func(t *testing.T) {
			code, out, errOut := runNTM(t, "", "eval", "--summary", "--format", format, "testdata/eval/ba-xa.csv")
			if code != exitInput || !strings.Contains(errOut, "Minh Sơn") {
				t.Errorf("exit %d, stderr:\n%s", code, errOut)
			}
			golden(t, "eval/ba-xa-summary."+format+".golden", out)
			if !strings.Contains(out, "Minh Sơn") || !strings.Contains(out, "ba-xa.csv:4") {
				t.Errorf("summary does not name Minh Sơn (ba-xa.csv:4):\n%s", out)
			}
		})
	}
}

func TestEvalWorkbook(t *testing.T) {
	dir := t.TempDir()
	t.Run("an xlsx input in the wide layout is evaluated like CSV", func(t *testing.T) {
		code, out, errOut := runNTM(t, "", "eval", "--format", "csv", "testdata/eval/so-lieu-rong.xlsx")
		// The note is worded as POST /evaluate words it (the workbook's
		// reason, translated), in the messages' language.
		if code != exitOK || !strings.Contains(errOut, `bỏ qua trang tính "Ghi chú": không có dòng tiêu đề của bảng dọc hoặc bảng ngang trong 10 dòng đầu tiên có dữ liệu`) {
			t.Fatalf("exit %d, stderr:\n%s", code, errOut)
		}
		golden(t, "eval/so-lieu-rong.csv.golden", out)
	})
	t.Run("a bad cell of an xlsx input is named by sheet and cell, a notes sheet skipped", func(t *testing.T) {
		code, _, errOut := runNTM(t, "", "eval", "--lang", "en", "testdata/eval/so-lieu-dai.xlsx")
		if code != exitInput {
			t.Errorf("exit %d", code)
		}
		golden(t, "eval/so-lieu-dai.stderr.golden", errOut)
	})
	t.Run("--format xlsx -o writes a workbook of the reports", func(t *testing.T) {
		path := filepath.Join(dir, "bao-cao.xlsx")
		code, out, errOut := runNTM(t, "", "eval", "--format", "xlsx", "-o", path, "testdata/eval/communes.csv")
		if code != exitOK || out != "" || errOut != "" {
			t.Fatalf("exit %d, stdout %q, stderr:\n%s", code, out, errOut)
		}
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, _ := f.GetRows("Báo cáo")
		if len(rows) < 2 || rows[0][0] != "Xã" {
			t.Errorf("rows %v", rows[:min(2, len(rows))])
		}
	})
	t.Run("--summary --format xlsx writes the summary and the communes left out to standard output", func(t *testing.T) {
		code, out, _ := runNTM(t, "", "eval", "--summary", "--format", "xlsx", "--lang", "en", "testdata/eval/ba-xa.csv")
		if code != exitInput {
			t.Errorf("exit %d", code)
		}
		f, err := excelize.OpenReader(strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		ex, _ := f.GetRows("Excluded")
		if len(ex) != 2 || ex[1][0] != "Minh Sơn" || ex[1][3] != "testdata/eval/ba-xa.csv:4" {
			t.Errorf("excluded sheet %v", ex)
		}
		// The counts and the average criteria per commune are numbers.
		for _, cell := range []string{"B2", "F2", "G2", "H2", "I2"} {
			typ, _ := f.GetCellType("Summary", cell)
			raw, _ := f.GetCellValue("Summary", cell, excelize.Options{RawCellValue: true})
			if typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber || raw == "" {
				t.Errorf("Summary!%s = %q is not a number cell (type %v)", cell, raw, typ)
			}
		}
	})
	t.Run("-o writes a CSV file starting with a UTF-8 byte-order mark, standard output has none", func(t *testing.T) {
		path := filepath.Join(dir, "bao-cao.csv")
		code, _, errOut := runNTM(t, "", "eval", "--format", "csv", "-o", path, "testdata/eval/communes.csv")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		got, _ := os.ReadFile(path)
		_, out, _ := runNTM(t, "", "eval", "--format", "csv", "testdata/eval/communes.csv")
		if !bytes.Equal(got, append([]byte("\uFEFF"), out...)) {
			t.Errorf("file %.40q, want the BOM then %.40q", got, out)
		}
	})
	t.Run("-o works for the text format", func(t *testing.T) {
		path := filepath.Join(dir, "bao-cao.txt")
		code, out, _ := runNTM(t, "", "eval", "-o", path, "testdata/eval/hoalac.json")
		got, _ := os.ReadFile(path)
		if code != exitOK || out != "" || !strings.Contains(string(got), "Đạt ") {
			t.Errorf("exit %d, stdout %q, file %.80q", code, out, got)
		}
	})
}

func TestMessagesInVietnameseByDefault(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		args       []string
	}{
		{"a usage error is in Vietnamese by default", "ntm eval: chưa cho tệp số liệu (TỆP) nào\nCách dùng: ntm eval", []string{"eval"}},
		{"a usage error is in English with --lang en", "ntm eval: no assessment FILE given\nUsage: ntm eval", []string{"eval", "--lang", "en"}},
		{"a flag error is in Vietnamese by default", "ntm template: không có cờ --colour", []string{"template", "--colour"}},
		{"no subcommand is said in Vietnamese", "ntm: thiếu lệnh\nCách dùng: ntm LỆNH", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runNTM(t, "", tc.args...)
			if code != exitUsage || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr:\n%s\nwant %q", code, errOut, tc.want)
			}
		})
	}
	t.Run("an input problem has one prefix, the location first", func(t *testing.T) {
		_, _, errOut := runNTM(t, "", "eval", "testdata/eval/so-lieu-dai.xlsx")
		if !strings.Contains(errOut, "ntm eval: testdata/eval/so-lieu-dai.xlsx: Sheet1!G6: ") || strings.Contains(errOut, "ntm eval: evaluate:") {
			t.Errorf("stderr:\n%s", errOut)
		}
	})
}
