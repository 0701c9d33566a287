package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEvalWarnsOfACommuneAssessedTwice: without --summary, ntm eval gives
// the report of every assessment; a commune assessed twice for one set and
// year, its names spelt alike or once without diacritics (in either
// order), is a warning at the second naming both places and spellings,
// printed once the input is read, in every format; the exit status stays 0
// and the valid commune beside them is evaluated.
func TestEvalWarnsOfACommuneAssessedTwice(t *testing.T) {
	for _, tc := range []struct{ first, second string }{
		{"diacritics", "diacritics"}, {"diacritics", "ascii"}, {"ascii", "diacritics"},
	} {
		t.Run(tc.first+"-"+tc.second, func(t *testing.T) {
			a, b := twoFiles(t, tc.first, tc.second)
			f, s := spellings[tc.first], spellings[tc.second]
			want := map[string]string{
				"en": "ntm eval: " + b + `:2: warning: commune "` + s[2] + `" (` + s[1] + ", " + s[0] + `) is assessed again for 1980/QĐ-TTg, 2020: first in ` +
					a + `:2, written "` + f[2] + `" (` + f[1] + ", " + f[0] + `); both reports are given, a summary uses the first only` + "\n",
				"vi": "ntm eval: " + b + `:2: cảnh báo: xã "` + s[2] + `" (` + s[1] + ", " + s[0] + `) bị đánh giá trùng theo 1980/QĐ-TTg, năm 2020: lần đầu ở ` +
					a + `:2, tên ghi là "` + f[2] + `" (` + f[1] + ", " + f[0] + `); cả hai kết quả đều có trong báo cáo, nhưng phần tổng hợp chỉ tính lần đầu` + "\n",
			}
			for _, lang := range []string{"en", "vi"} {
				for _, format := range []string{"json", "csv", "text", "markdown", "xlsx"} {
					args := []string{"eval", "--lang", lang, "--format", format, a, b}
					if format == "xlsx" {
						args = append(args, "-o", filepath.Join(t.TempDir(), "bao-cao.xlsx"))
					}
					code, out, errOut := runNTM(t, "", args...)
					if code != exitOK || errOut != want[lang] {
						t.Errorf("%v: exit %d, standard error\n%s\nwant %d and\n%s", args, code, errOut, exitOK, want[lang])
					}
					if format != "xlsx" && !strings.Contains(out, "Tân Thành") {
						t.Errorf("%v: Tân Thành is not evaluated:\n%s", args, out)
					}
					if format != "json" {
						continue
					}
					var reports []struct {
						Commune struct{ Name string } `json:"commune"`
						Origin  string                `json:"origin"`
					}
					if err := json.Unmarshal([]byte(out), &reports); err != nil {
						t.Fatal(err)
					}
					var got []string
					for _, r := range reports {
						got = append(got, r.Commune.Name+" "+r.Origin)
					}
					if d := cmp.Diff([]string{f[2] + " " + a + ":2", s[2] + " " + b + ":2", "Tân Thành " + b + ":5"}, got); d != "" {
						t.Errorf("%v: reports (-want +got):\n%s", args, d)
					}
				}
			}
		})
	}
}

// TestEvalWarnsOfACommuneAssessedTwiceInOneJSONFile: the same within one
// file: its objects are named by their lines.
func TestEvalWarnsOfACommuneAssessedTwiceInOneJSONFile(t *testing.T) {
	obj := func(name, district, province string) string {
		return `{"commune": {"name": "` + name + `", "district": "` + district + `", "province": "` + province + `"}, "year": 2020, "sets": {"1980/QĐ-TTg": {"1.1": true}}}`
	}
	path := filepath.Join(t.TempDir(), "a.json")
	body := "[" + obj("Hoa Lac", "Huu Lung", "Lang Son") + ",\n" + obj("Tân Thành", "Hữu Lũng", "Lạng Sơn") + ",\n" + obj("Hòa Lạc", "Hữu Lũng", "Lạng Sơn") + "]"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runNTM(t, "", "eval", "--lang", "en", "--format", "json", path)
	want := "ntm eval: " + path + `:3: warning: commune "Hòa Lạc" (Hữu Lũng, Lạng Sơn) is assessed again for 1980/QĐ-TTg, 2020: first in ` +
		path + `:1, written "Hoa Lac" (Huu Lung, Lang Son); both reports are given, a summary uses the first only` + "\n"
	if code != exitOK || errOut != want {
		t.Errorf("exit %d, standard error\n%s\nwant %d and\n%s", code, errOut, exitOK, want)
	}
	if n := strings.Count(out, `"set": `); n != 3 {
		t.Errorf("%d reports, want 3", n)
	}
}
