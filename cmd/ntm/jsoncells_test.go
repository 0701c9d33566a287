package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ntm eval of a JSON file tells a value typed by hand into a string as
// it tells the same text in a table cell, in English and Vietnamese, with
// its line, path and commune; the valid commune is still evaluated.
func TestEvalJSONStringsHaveTheProblemsOfTableCells(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hoalac.json")
	in := `[
{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
 "sets": {"1980/QĐ-TTg": {"10": "- 80", "4.2": "8O", "9.1": "８"}}},
{"commune": {"name": "Yên Bình", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
 "sets": {"1980/QĐ-TTg": {"4.2": "96.5"}}}
]
`
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"en", []string{
			`[0] Hòa Lạc: sets["1980/QĐ-TTg"]["10"]: a dash then a space before the figure is read neither as a minus sign nor as part of the value (no value of an indicator is negative): write the amount alone, in triệu đồng/người/năm: 80 (got "- 80")`,
			`[0] Hòa Lạc: sets["1980/QĐ-TTg"]["4.2"]: the letter O typed for the digit 0: write 80 (got "8O")`,
			`[0] Hòa Lạc: sets["1980/QĐ-TTg"]["9.1"]: full-width digits (typed with a Vietnamese or CJK input method): write ASCII digits: 8 (got "８")`,
		}},
		{"vi", []string{
			`[0] Hòa Lạc: sets["1980/QĐ-TTg"]["10"]: dấu gạch ngang rồi dấu cách trước con số không được đọc là dấu âm`,
			`[0] Hòa Lạc: sets["1980/QĐ-TTg"]["4.2"]: gõ chữ O thay cho chữ số 0: hãy ghi 80 (giá trị "8O")`,
			`[0] Hòa Lạc: sets["1980/QĐ-TTg"]["9.1"]: chữ số toàn độ rộng (full-width, gõ bằng bộ gõ tiếng Việt hoặc tiếng Trung, Nhật, Hàn): hãy ghi bằng chữ số ASCII: 8 (giá trị "８")`,
		}},
	} {
		code, stdout, stderr := runNTM(t, "", "eval", "--lang", tc.lang, path)
		if code != exitInput {
			t.Errorf("%s: exit %d, want %d", tc.lang, code, exitInput)
		}
		for _, w := range tc.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%s: stderr lacks %q:\n%s", tc.lang, w, stderr)
			}
		}
		if !strings.Contains(stdout, "Yên Bình") || strings.Contains(stdout, "Hòa Lạc") {
			t.Errorf("%s: the valid commune alone must be evaluated:\n%s", tc.lang, stdout)
		}
	}
}
