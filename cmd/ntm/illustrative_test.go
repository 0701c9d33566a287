package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/minhhoa"
)

func TestSaysMinhHoa(t *testing.T) {
	for _, tc := range []struct {
		text string
		form minhhoa.Form
		want bool
	}{
		{"Xã minh họa 001", toned, true},
		{"XÃ MINH HỌA 1", toned, true},
		{"Xã minh hoạ 2", toned, true},             // the tone mark on the a
		{"Xa\u0303 minh ho\u0323a 3", toned, true}, // decomposed (NFD)
		{"số liệu minh họa (illustrative)", sourceText, true},
		{"Số liệu minh họa (mẫu báo cáo UBND xã 03/2020)", sourceText, true},
		{"xác nhận minh họa (illustrative attestation)", sourceText, true},
		{"so lieu minh hoa", sourceText, true},
		{"Minh-Họa", toned, true},
		{"so-lieu-minh-hoa.json", ascii, true},
		{"minh-hoa-lang-son-2020.csv", ascii, true},
		{"MINH_HOA.CSV", ascii, true},
		{"Số liệu minh họa.xlsx", ascii, true},

		// Other tones are other words: real places.
		{"Minh Hòa", toned, false}, // xã Minh Hòa, Hữu Lũng (06457)
		{"Xã Minh Hoà", toned, false},
		{"Minh Hóa", toned, false}, // huyện Minh Hóa, Quảng Bình
		{"Báo cáo UBND xã Minh Hòa 03/2020", sourceText, false},
		{"minh-hoa.json", toned, false},
		// Without diacritics, "Minh Hoa" may be xã Minh Hòa: only file
		// names and the phrase "so lieu minh hoa" count.
		{"Minh Hoa", toned, false},
		{"Bao cao UBND xa Minh Hoa", sourceText, false},
		{"Báo cáo UBND xã 03/2020", sourceText, false},
		{"Minh Sơn", toned, false},
		{"minhhoa.csv", ascii, false},
		{"minh", ascii, false},
		{"", sourceText, false},
	} {
		if got := saysMinhHoa(tc.text, tc.form); got != tc.want {
			t.Errorf("saysMinhHoa(%q, %d) = %v, want %v", tc.text, tc.form, got, tc.want)
		}
	}
}

// writeTemp writes content to a file named name in a new temporary
// directory and returns its path.
func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// commune is a long-form CSV of one commune with one value and its source.
func communeCSV(name, source string) string {
	return "province,district,commune,year,set,indicator,value,source\n" +
		fmt.Sprintf("Lạng Sơn,Hữu Lũng,%s,2020,1980,4.2,96,%s\n", name, source)
}

func TestEvalLabelsIllustrativeData(t *testing.T) {
	// Text and Markdown, reports and summaries, begin with the line that
	// labels illustrative data (số liệu minh họa) when a file's name, a
	// commune's name or a value's source says so, and only then.
	hoalac, err := os.ReadFile("testdata/eval/hoalac.json")
	if err != nil {
		t.Fatal(err)
	}
	illustrative := map[string]string{
		"the example data":          "../../examples/huulung/so-lieu-minh-hoa.json",
		"a file named minh-hoa":     writeTemp(t, "minh-hoa-2020.json", string(hoalac)),
		"a commune named minh họa":  writeTemp(t, "xa.csv", communeCSV("Xã minh họa 1", "")),
		"a source saying minh họa":  writeTemp(t, "xa.csv", communeCSV("Hòa Lạc", "Số liệu minh họa (mẫu báo cáo UBND xã 03/2020)")),
		"a source without accents":  writeTemp(t, "xa.csv", communeCSV("Hòa Lạc", "so lieu minh hoa")),
		"the windows-1258 table":    "testdata/eval/tables/windows-1258.csv",
		"an attestation (minh họa)": "../../examples/huulung/so-lieu-minh-hoa-sau-sap-xep.json",
	}
	plain := map[string]string{
		"hoalac.json, not labelled": "testdata/eval/hoalac.json",
		// Xã Minh Hòa (06457) is a real commune of Hữu Lũng: its tone is
		// not that of minh họa.
		"xã Minh Hòa":        writeTemp(t, "xa-minh.csv", communeCSV("Minh Hòa", "Báo cáo UBND xã Minh Hòa 03/2020")),
		"a realistic source": writeTemp(t, "xa.csv", communeCSV("Hòa Lạc", "Báo cáo UBND xã 03/2020")),
	}
	for _, format := range []struct {
		args   []string
		vi, en string
	}{
		{nil, illustrativeVI + "\n\n", illustrativeEN + "\n\n"},
		{[]string{"--format", "markdown"}, "> **" + illustrativeVI + "**\n\n", "> **" + illustrativeEN + "**\n\n"},
		{[]string{"--summary"}, illustrativeVI + "\n\n", illustrativeEN + "\n\n"},
		{[]string{"--summary", "--format", "markdown"}, "> **" + illustrativeVI + "**\n\n", "> **" + illustrativeEN + "**\n\n"},
	} {
		for _, lang := range []string{"vi", "en"} {
			want := format.vi
			if lang == "en" {
				want = format.en
			}
			args := append([]string{"eval", "--lang", lang}, format.args...)
			for name, file := range illustrative {
				t.Run(fmt.Sprintf("%s %s %s", strings.Join(format.args, " "), lang, name), func(t *testing.T) {
					enc := []string{}
					if strings.Contains(file, "windows-1258") {
						enc = []string{"--encoding", "windows-1258"}
					}
					_, out, stderr := runNTM(t, "", append(append(args, enc...), file)...)
					if !strings.HasPrefix(out, want) {
						t.Errorf("the output does not begin with %q:\n%.300s\n%s", want, out, stderr)
					}
					if strings.Count(out, "minh họa — ") > 1 || strings.Count(out, "(số liệu minh họa) — ") > 1 {
						t.Errorf("the label is written more than once:\n%s", out)
					}
				})
			}
			for name, file := range plain {
				t.Run(fmt.Sprintf("%s %s %s", strings.Join(format.args, " "), lang, name), func(t *testing.T) {
					code, out, stderr := runNTM(t, "", append(args, file)...)
					if code != exitOK || out == "" {
						t.Fatalf("exit %d:\n%s", code, stderr)
					}
					if strings.Contains(out, "minh họa") {
						t.Errorf("the output of data not labelled illustrative says minh họa:\n%.300s", out)
					}
				})
			}
		}
	}
}

func TestEvalKeepsJSONAndCSVOfIllustrativeData(t *testing.T) {
	// JSON and CSV keep their formats: the values carry their sources.
	file := "../../examples/huulung/so-lieu-minh-hoa.json"
	for _, tc := range []struct {
		args   []string
		prefix string
	}{
		{[]string{"--format", "json"}, "[\n{\"set\""},
		{[]string{"--format", "csv"}, "commune,district,province,"},
		{[]string{"--summary", "--format", "json"}, "{"},
		{[]string{"--summary", "--format", "csv"}, "set,"},
	} {
		_, out, _ := runNTM(t, "", append(append([]string{"eval"}, tc.args...), file)...)
		if !strings.HasPrefix(out, tc.prefix) || strings.Contains(out, illustrativeVI) {
			t.Errorf("%v: the output does not begin with %q or has the label:\n%.200s", tc.args, tc.prefix, out)
		}
	}
}

func TestEvalLabelsIllustrativeDataFoundLate(t *testing.T) {
	// Reports are written as they are made: when the illustrative data
	// comes after reports were written (here the second file, with chunks
	// of one commune), the label ends the output.
	saved := chunkSize
	chunkSize = 1
	t.Cleanup(func() { chunkSize = saved })
	real := writeTemp(t, "xa.csv", communeCSV("Hòa Lạc", "Báo cáo UBND xã 03/2020"))
	illus := writeTemp(t, "xa.csv", communeCSV("Xã minh họa 2", ""))
	for _, tc := range []struct {
		format, want string
	}{
		{"text", "\n\n" + illustrativeVI + "\n"},
		{"markdown", "\n\n> **" + illustrativeVI + "**\n"},
	} {
		_, out, _ := runNTM(t, "", "eval", "--format", tc.format, real, illus)
		if !strings.HasSuffix(out, tc.want) || strings.Count(out, illustrativeVI) != 1 {
			t.Errorf("%s: the output does not end with %q:\n%s", tc.format, tc.want, out)
		}
	}
	// Named by its file, the data is known illustrative before anything is
	// written.
	named := writeTemp(t, "so-lieu-minh-hoa.csv", communeCSV("Xã 2", ""))
	_, out, _ := runNTM(t, "", "eval", real, named)
	if !strings.HasPrefix(out, illustrativeVI+"\n\n") || strings.Count(out, illustrativeVI) != 1 {
		t.Errorf("the output does not begin with the label:\n%s", out)
	}
}

func TestReportLabelsIllustrativeData(t *testing.T) {
	// The HTML report (ntm report, ntm progress --format html) labels the
	// same data as eval: a source says so; a commune named Minh Hòa is
	// real.
	for _, tc := range []struct {
		name, file string
		want       bool
	}{
		{"a source saying minh họa", writeTemp(t, "xa.csv", communeCSV("Hòa Lạc", "Số liệu minh họa (mẫu)")), true},
		{"a commune named minh họa", writeTemp(t, "xa.csv", communeCSV("Xã minh họa 3", "")), true},
		{"xã Minh Hòa", writeTemp(t, "xa.csv", communeCSV("Minh Hòa", "Báo cáo UBND xã Minh Hòa")), false},
	} {
		for _, cmd := range [][]string{{"report"}, {"progress", "--format", "html"}} {
			_, out, stderr := runNTM(t, "", append(cmd, tc.file)...)
			if got := strings.Contains(out, "<title>") && strings.Contains(out, "— số liệu minh họa</title>"); got != tc.want {
				t.Errorf("%v %s: labelled %v, want %v\n%s", cmd, tc.name, got, tc.want, stderr)
			}
		}
	}
}

func TestProgressLabelsIllustrativeData(t *testing.T) {
	// ntm progress labels in text and Markdown what eval labels, on its
	// first line; JSON and CSV keep their formats.
	for _, tc := range []struct {
		name, file string
		want       bool
	}{
		{"a source saying minh họa", writeTemp(t, "xa.csv", communeCSV("Hòa Lạc", "Số liệu minh họa (mẫu)")), true},
		{"xã Minh Hòa", writeTemp(t, "xa.csv", communeCSV("Minh Hòa", "Báo cáo UBND xã Minh Hòa")), false},
	} {
		for _, f := range []struct{ format, lang, first string }{
			{"text", "vi", illustrativeVI},
			{"text", "en", illustrativeEN},
			{"markdown", "vi", "> **" + illustrativeVI + "**"},
			{"json", "vi", ""},
			{"csv", "vi", ""},
		} {
			_, out, stderr := runNTM(t, "", "progress", "--format", f.format, "--lang", f.lang, tc.file)
			first, _, _ := strings.Cut(out, "\n")
			labelled := strings.Contains(out, "minh họa")
			if want := tc.want && f.first != ""; labelled != want || want && first != f.first {
				t.Errorf("progress --format %s --lang %s, %s: first line %q, labelled %v, want %v\n%s", f.format, f.lang, tc.name, first, labelled, want, stderr)
			}
		}
	}
}
