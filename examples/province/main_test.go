package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// runProvince runs the program with args and returns its exit status,
// standard output and standard error.
func runProvince(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run(args, &out, &errs)
	return code, out.String(), errs.String()
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func TestRunSummarisesTheGeneratedProvince(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := runProvince(t, "-n", "60", "-seed", "7", "-out", dir)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	for _, want := range []string{"Số liệu minh họa (illustrative)", "60 xã", "Tiêu chí bình quân/xã", "Chưa đạt nhiều nhất",
		filepath.Join(dir, "minh-hoa-summary.md")} {
		if !strings.Contains(out, want) {
			t.Errorf("standard output lacks %q:\n%s", want, out)
		}
	}
	for _, d := range districts() {
		if !strings.Contains(out, d.name) {
			t.Errorf("standard output lacks district %q", d.name)
		}
	}

	md, err := os.ReadFile(filepath.Join(dir, "minh-hoa-summary.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(md), "> Số liệu minh họa") {
		t.Errorf("summary.md does not open with the illustrative notice:\n%.200s", md)
	}

	// The districts' communes add up to the 60 generated.
	rows := readCSV(t, filepath.Join(dir, "minh-hoa-summary.csv"))
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	communes := 0
	for _, r := range rows[1:] {
		if r[col["scope"]] == "district" && r[col["criterion"]] == "1" {
			n, err := strconv.Atoi(r[col["communes"]])
			if err != nil {
				t.Fatal(err)
			}
			communes += n
		}
	}
	if communes != 60 {
		t.Errorf("summary.csv: districts hold %d communes, want 60", communes)
	}

	// One report row per commune and indicator, each with its illustrative source.
	rows = readCSV(t, filepath.Join(dir, "minh-hoa-reports.csv"))
	if want := 1 + 60*50; len(rows) != want {
		t.Errorf("reports.csv: %d rows, want %d", len(rows), want)
	}
	src := -1
	for i, h := range rows[0] {
		if h == "source" {
			src = i
		}
	}
	if src < 0 {
		t.Fatalf("reports.csv has no source column: %q", rows[0])
	}
	for i, r := range rows[1:] {
		if r[src] != illustrativeSource {
			t.Fatalf("reports.csv row %d: source %q, want %q", i+2, r[src], illustrativeSource)
		}
	}
}

func TestRunInEnglish(t *testing.T) {
	code, out, errs := runProvince(t, "-n", "20", "-lang", "en", "-out", t.TempDir())
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	for _, want := range []string{"Illustrative data (số liệu minh họa)", "Wrote "} {
		if !strings.Contains(out, want) {
			t.Errorf("standard output lacks %q:\n%s", want, out)
		}
	}
}

func TestWriteCSVSavesTheGeneratedInput(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "in.csv")
	if code, _, errs := runProvince(t, "-n", "30", "-seed", "5", "-write-csv", path, "-out", dir); code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, generated(t, 30, 5)) {
		t.Error("the saved CSV differs from the generator's output for the same -n and -seed")
	}

	// Read back with -in, it gives the same summary as generating it again.
	_, fromGen, _ := runProvince(t, "-n", "30", "-seed", "5", "-out", t.TempDir())
	code, fromFile, errs := runProvince(t, "-in", path, "-out", t.TempDir())
	if code != 0 {
		t.Fatalf("-in: exit %d, stderr:\n%s", code, errs)
	}
	if a, b := summaryPart(fromGen), summaryPart(fromFile); a != b {
		t.Errorf("summaries differ:\ngenerated:\n%s\nread back:\n%s", a, b)
	}
	if strings.Contains(fromFile, "Số liệu minh họa (illustrative): ") {
		t.Error("a file given with -in is labelled as generated illustrative data")
	}
}

// summaryPart drops the first line (what the input was) and the list of
// files written.
func summaryPart(out string) string {
	_, rest, _ := strings.Cut(out, "\n")
	body, _, _ := strings.Cut(rest, "\nĐã ghi ")
	return body
}

func TestBadRowsAreReportedAndTheOthersEvaluated(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "bad.csv")
	data := "province,district,commune,year,set,indicator,value,numerator,denominator,unit,source\n" +
		"Lạng Sơn,Hữu Lũng,Xã minh họa A,2020,1980/QĐ-TTg,5,,2,0,trường,số liệu minh họa\n" +
		"Lạng Sơn,Hữu Lũng,Xã minh họa B,2020,1980/QĐ-TTg,4.2,\"96,5\",,,,số liệu minh họa\n"
	if err := os.WriteFile(in, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runProvince(t, "-in", in, "-out", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 for invalid input", code)
	}
	if !strings.Contains(errs, "bad.csv:2") || !strings.Contains(errs, "denominator") {
		t.Errorf("standard error does not name the file, line and column:\n%s", errs)
	}
	if !strings.Contains(out, "(1 xã)") {
		t.Errorf("the valid commune was not evaluated:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "summary.md")); err != nil {
		t.Errorf("a summary of a file given with -in is not written as summary.md: %v", err)
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"an unknown language is a usage error", []string{"-lang", "fr"}},
		{"no communes to generate is a usage error", []string{"-n", "0"}},
		{"saving a generated CSV while reading one is a usage error", []string{"-in", "x.csv", "-write-csv", "y.csv"}},
		{"a stray argument is a usage error", []string{"extra"}},
		{"an unknown flag is a usage error", []string{"-bogus"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, _ := runProvince(t, tt.args...); code != 2 {
				t.Errorf("run(%q) = %d, want 2", tt.args, code)
			}
		})
	}
}

func TestInReadsAssessmentJSONToo(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "one.json")
	data := `{"commune": {"name": "Xã minh họa C", "district": "Chi Lăng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"5": {"numerator": 2, "denominator": 3, "unit": "trường"}}}}`
	if err := os.WriteFile(in, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runProvince(t, "-in", in, "-out", dir)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	for _, want := range []string{"Chi Lăng", "(1 xã)", "5 Trường học (1 xã)"} {
		if !strings.Contains(out, want) {
			t.Errorf("standard output lacks %q:\n%s", want, out)
		}
	}
	// The report's header names the file it was made from.
	doc, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Tệp đầu vào: " + in + "</p>"; !strings.Contains(string(doc), want) {
		t.Errorf("the report lacks %q", want)
	}
}

// TestOneCommuneIsSingular: the banner counts one commune as one, in
// English ("1 commune", "1 invented commune") and in Vietnamese, which has
// no plural ("1 xã").
func TestOneCommuneIsSingular(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "mot-xa.csv")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-n", "1", "-lang", "en"}, "Illustrative data (số liệu minh họa): 1 invented commune of Lạng Sơn, seed 2020 — not official figures.\n"},
		{[]string{"-n", "1", "-write-csv", in}, "Số liệu minh họa (illustrative): 1 xã giả định của tỉnh Lạng Sơn, seed 2020 — không phải số liệu chính thức.\n"},
		{[]string{"-n", "2", "-lang", "en"}, "Illustrative data (số liệu minh họa): 2 invented communes of Lạng Sơn, seed 2020 — not official figures.\n"},
		{[]string{"-in", in, "-lang", "en"}, "Input: " + in + " (1 commune)\n"},
		{[]string{"-in", in}, "Đầu vào: " + in + " (1 xã)\n"},
	} {
		code, out, errs := runProvince(t, append(tc.args, "-out", filepath.Join(dir, "out"))...)
		if code != 0 {
			t.Fatalf("%q: exit %d, stderr:\n%s", tc.args, code, errs)
		}
		if first, _, _ := strings.Cut(out, "\n"); first+"\n" != tc.want {
			t.Errorf("%q: first line %q, want %q", tc.args, first+"\n", tc.want)
		}
	}
}
