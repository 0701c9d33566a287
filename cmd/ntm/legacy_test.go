package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/internal/xlsxtest"
)

// legacyTables writes a CSV table and a workbook typed with the TCVN3 font
// encoding (số liệu minh họa) and returns their paths.
func legacyTables(t *testing.T) (csvPath, xlsxPath string) {
	t.Helper()
	rows := [][]string{
		{"Tỉnh", "Huyện", "Tên xã", "Năm", "Bộ tiêu chí", "4.2", "1.1"},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", "2020", "1980", "96.5", "đạt"},
	}
	dir := t.TempDir()
	var csv []byte
	cells := make([][]any, len(rows))
	for i, row := range rows {
		for j, c := range row {
			b, err := legacyvn.Encode(legacyvn.TCVN3, c)
			if err != nil {
				t.Fatal(err)
			}
			if j > 0 {
				csv = append(csv, ',')
			}
			csv = append(csv, b...)
			r := make([]rune, len(b))
			for k, c := range b {
				r[k] = rune(c)
			}
			cells[i] = append(cells[i], string(r))
		}
		csv = append(csv, '\n')
	}
	csvPath, xlsxPath = filepath.Join(dir, "tcvn3.csv"), filepath.Join(dir, "tcvn3.xlsx")
	if err := os.WriteFile(csvPath, csv, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(xlsxPath, xlsxtest.Sheet(t, cells...), 0o644); err != nil {
		t.Fatal(err)
	}
	return csvPath, xlsxPath
}

func TestLegacyEncodingFlag(t *testing.T) {
	csvPath, xlsxPath := legacyTables(t)
	for _, cmd := range [][]string{{"eval", "--format", "csv"}, {"progress", "--format", "csv"}} {
		for _, path := range []string{csvPath, xlsxPath} {
			args := append(append([]string{}, cmd...), "--encoding", "tcvn3", path)
			code, out, errOut := runNTM(t, "", args...)
			if code != exitOK || !strings.Contains(out, "Hòa Lạc") || !strings.Contains(out, "Lạng Sơn") {
				t.Errorf("%q: exit %d\n%s\nstderr:\n%s", args, code, out, errOut)
			}
		}
	}
	for _, tc := range []struct{ path, lang, want string }{
		{csvPath, "en", `looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial): "TØnh" reads "Tỉnh" in it; convert the file to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) or read it with --encoding tcvn3`},
		{xlsxPath, "en", `Sheet1!A1: the header looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial): "TØnh" reads "Tỉnh" in it`},
		{csvPath, "vi", `có vẻ được gõ bằng bảng mã của phông chữ cũ trước Unicode, TCVN3 (ABC: .VnTime, .VnArial): "TØnh" đọc theo bảng mã đó là "Tỉnh"; hãy chuyển tệp sang Unicode bằng "Chuyển mã" của Unikey (bảng mã nguồn TCVN3 (ABC), bảng mã đích Unicode) hoặc đọc với --encoding tcvn3`},
		{xlsxPath, "vi", `Sheet1!A1: dòng tiêu đề có vẻ được gõ bằng bảng mã của phông chữ cũ trước Unicode`},
	} {
		code, _, errOut := runNTM(t, "", "eval", "--lang", tc.lang, tc.path)
		if code != exitInput || !strings.Contains(errOut, tc.want) || !strings.Contains(errOut, filepath.Base(tc.path)) {
			t.Errorf("%s --lang %s: exit %d, stderr:\n%s\nwant it to contain\n%s", filepath.Base(tc.path), tc.lang, code, errOut, tc.want)
		}
	}
	code, _, errOut := runNTM(t, "", "eval", "--encoding", "latin-1", csvPath)
	if code != exitUsage || !strings.Contains(errOut, "tcvn3 hoặc vni") {
		t.Errorf("unknown encoding: exit %d, stderr:\n%s", code, errOut)
	}
}

// legacyJSON returns an assessment file of two communes (số liệu minh
// họa), the second's name and district typed with the TCVN3 font encoding.
func legacyJSON(t *testing.T) string {
	t.Helper()
	name, err := legacyvn.Encode(legacyvn.TCVN3, "Hòa Lạc")
	if err != nil {
		t.Fatal(err)
	}
	district, _ := legacyvn.Encode(legacyvn.TCVN3, "Hữu Lũng")
	return `[{"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}},
 {"commune": {"name": "` + string(name) + `", "district": "` + string(district) + `", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}}]
`
}

// ntm eval of a JSON file typed with a legacy font says, at the line and
// column of its first such name, which encoding it looks typed in, what
// it reads in it and how to convert it, and evaluates the other communes.
func TestEvalOfJSONInLegacyEncoding(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tcvn3.json")
	if err := os.WriteFile(path, []byte(legacyJSON(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runNTM(t, "", "eval", "--lang", "en", "--format", "csv", path)
	want := path + `:2: column 25: [1] Hßa L¹c: commune.name: not UTF-8 (byte 0xDF): looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "Hòa Lạc"; ` +
		`JSON is UTF-8 (RFC 8259): convert the text to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got "Hßa L¹c")`
	if code != exitInput || !strings.Contains(errOut, want) || !strings.Contains(errOut, `(see line 2, column 25) (got "H÷u Lòng")`) || !strings.Contains(out, "Tân Thành") {
		t.Errorf("exit %d\n%s\nstderr:\n%s\nwant in stderr:\n%s", code, out, errOut, want)
	}
}
