package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/vidate"
)

// writeYears writes one long CSV per year (2018, 2019, 2020) of
// illustrative communes (số liệu minh họa) in two districts of Lạng Sơn:
// every value meets its target except the first indicator of a few
// criteria, which vary by commune and year. It returns the file names.
func writeYears(t testing.TB, communes int) []string {
	t.Helper()
	dir := t.TempDir()
	set := criteria.QD1980()
	fails := []string{"5", "10", "13", "17", "2"}
	var files []string
	for year := 2018; year <= 2020; year++ {
		path := filepath.Join(dir, fmt.Sprintf("minh-hoa-%d.csv", year))
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		w := csv.NewWriter(f)
		w.Write([]string{"province", "district", "commune", "year", "set", "indicator", "value", "source"})
		for i := range communes {
			district := []string{"Hữu Lũng", "Chi Lăng"}[i%2]
			failing := map[string]bool{}
			for k := range (i + 2020 - year) % 4 {
				failing[fails[(i+k+year)%len(fails)]] = true
			}
			done := map[string]bool{}
			for c, ind := range set.Indicators() {
				r, err := ind.Resolve(criteria.TDMNPB, year)
				if err != nil {
					t.Fatal(err)
				}
				value := r.Value.String()
				switch r.Kind {
				case criteria.KindPass:
					value = "đạt"
				case criteria.KindNone:
					value = "0"
				}
				if failing[c.Code] && !done[c.Code] {
					switch r.Kind {
					case criteria.KindPass:
						value = "chưa đạt"
					case criteria.KindNone:
						value = "3"
					case criteria.KindAmount, criteria.KindPercent:
						if r.Op == criteria.OpLE {
							value = r.Value.Add(decimal.New(1, 0)).String()
						} else {
							value = r.Value.Sub(decimal.New(1, 0)).String()
						}
					}
				}
				done[c.Code] = true
				w.Write([]string{"Lạng Sơn", district, fmt.Sprintf("Xã minh họa %02d", i+1), fmt.Sprint(year),
					set.ID, ind.Code, value, "số liệu minh họa"})
			}
		}
		w.Flush()
		if err := w.Error(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	return files
}

// TestProgressFiguresEqualEvalSummaryYearByYear checks that every area's
// communes, communes meeting the set and average criteria in `ntm
// progress` are those of `ntm eval --summary` for each year.
func TestProgressFiguresEqualEvalSummaryYearByYear(t *testing.T) {
	files := writeYears(t, 12)
	code, out, errs := runNTM(t, "", append([]string{"progress", "--format", "json"}, files...)...)
	if code != exitOK {
		t.Fatalf("progress: exit %d\n%s", code, errs)
	}
	var prog struct {
		Areas []struct {
			Scope, Province, District, Set string
			Years                          []struct {
				Year            int    `json:"year"`
				Communes        int    `json:"communes"`
				CommunesMet     int    `json:"communes_met"`
				AverageCriteria string `json:"average_criteria"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &prog); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range prog.Areas {
		for _, y := range a.Years {
			got[fmt.Sprintf("%s %d %s %s/%s", a.Set, y.Year, a.Scope, a.District, a.Province)] =
				fmt.Sprintf("%d communes, %d met, average %s", y.Communes, y.CommunesMet, y.AverageCriteria)
		}
	}
	want := map[string]string{}
	for _, f := range files {
		code, out, errs := runNTM(t, "", "eval", "--summary", "--format", "csv", f)
		if code != exitOK {
			t.Fatalf("eval --summary %s: exit %d\n%s", f, code, errs)
		}
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		col := map[string]int{}
		for i, h := range rows[0] {
			col[h] = i
		}
		for _, r := range rows[1:] {
			avg := r[col["average_criteria_met"]]
			if i, ok := col["average_criteria"]; ok {
				avg = r[i]
			}
			want[fmt.Sprintf("%s %s %s %s/%s", r[col["set"]], r[col["year"]], r[col["scope"]], r[col["district"]], r[col["province"]])] =
				fmt.Sprintf("%s communes, %s met, average %s", r[col["communes"]], r[col["communes_met"]], avg)
		}
	}
	if len(want) != 3*4 {
		t.Fatalf("eval --summary gave %d area-years, want 12 (3 years × all, province, 2 districts)", len(want))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("progress areas (-eval --summary +progress):\n%s", diff)
	}
}

func TestProgressAndReport(t *testing.T) {
	files := writeYears(t, 6)
	planFile := "../../examples/huulung/plan-47-KH-STNMT.json"
	out := filepath.Join(t.TempDir(), "bao-cao.html")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		want     []string // substrings of standard output (or of the -o file)
	}{
		{"text in Vietnamese by default with each commune's years", append([]string{"progress"}, files...), exitOK,
			[]string{"Tiến độ theo địa bàn — 1980/QĐ-TTg", "Tiêu chí bình quân/xã", "Xã minh họa 01, Hữu Lũng, Lạng Sơn", "Tiêu chí tụt lại"}},
		{"--lang en", append([]string{"progress", "--lang", "en"}, files...), exitOK,
			[]string{"Progress by area", "Average criteria per commune"}},
		{"--format markdown", append([]string{"progress", "--format", "markdown"}, files...), exitOK,
			[]string{"## Tiến độ theo xã — 1980/QĐ-TTg", "| Xã | 2018 | 2019 | 2020 |"}},
		{"--format csv", append([]string{"progress", "--format", "csv"}, files...), exitOK,
			[]string{"set,scope,province,district,commune,year,communes,communes_met,average_criteria", "1980/QĐ-TTg,commune,Lạng Sơn,Hữu Lũng,Xã minh họa 01,2018"}},
		{"--plan follows the plan's targets", append([]string{"progress", "--format", "json", "--plan", planFile, "--as-of", "2021-01-05"}, files...), exitOK,
			[]string{`"plan": {`, `"plan": "47/KH-STNMT"`, `"as_of": "2021-01-05"`, `"deadline_passed": true`, `"status": "not-evaluated"`}},
		{"--format html writes the report", append([]string{"progress", "--format", "html"}, files...), exitOK,
			[]string{"<!DOCTYPE html>", "<svg", "Số liệu minh họa"}},
		{"report -o writes the HTML file", append([]string{"report", "-o", out, "--plan", planFile, "--as-of", "2020-05-05"}, files...), exitOK,
			[]string{"<!DOCTYPE html>", `class="progress"`, "Tình hình thực hiện Kế hoạch 47/KH-STNMT", "số liệu minh họa"}},
		{"progress -o writes the file", append([]string{"progress", "--format", "json", "--lang", "en", "-o", out}, files...), exitOK,
			[]string{`"areas": [`}},
		{"a set pending its official text says so in the report", []string{"report", "../../examples/huulung/so-lieu-minh-hoa.json"}, exitOK,
			[]string{"933/QĐ-UBND đang chờ văn bản chính thức: kết quả", "Mức đạt chuẩn có độ tin cậy M"}},
		{"--as-of without --plan is a usage error", append([]string{"progress", "--as-of", "2020-01-01"}, files...), exitUsage, nil},
		{"an unknown format is a usage error", append([]string{"progress", "--format", "xml"}, files...), exitUsage, nil},
		{"report without FILE is a usage error", []string{"report"}, exitUsage, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runNTM(t, "", tc.args...)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d\nstderr:\n%s", code, tc.wantCode, stderr)
			}
			if strings.Contains(strings.Join(tc.args, " "), "-o "+out) {
				// As with eval and template: scripts pipe standard output.
				if stdout != "" || stderr != "" {
					t.Errorf("standard output %q, standard error %q: want both empty with -o", stdout, stderr)
				}
				b, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				stdout = string(b)
			}
			for _, w := range tc.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("output lacks %q:\n%.1500s", w, stdout)
				}
			}
		})
	}
}

func TestReportListsInputProblems(t *testing.T) {
	files := writeYears(t, 2)
	bad := filepath.Join(t.TempDir(), "bad.csv")
	if err := os.WriteFile(bad, []byte("province,district,commune,year,set,indicator,value\nLạng Sơn,Hữu Lũng,Xã X,2020,1980/QĐ-TTg,5,120\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runNTM(t, "", append([]string{"report"}, append(files, bad)...)...)
	if code != exitInput {
		t.Fatalf("exit %d, want %d", code, exitInput)
	}
	if !strings.Contains(stderr, "bad.csv") || !strings.Contains(stdout, "bad.csv") || !strings.Contains(stdout, "<svg") ||
		!strings.Contains(stdout, "Bị loại vì số liệu không đọc được: 1 xã") {
		t.Errorf("the problem is not both on stderr and in the report, or the valid communes are not reported\nstderr:\n%s", stderr)
	}
}

// BenchmarkReportCLI200x3 is `ntm report` end to end on 200 communes
// assessed in three years (three long CSVs): reading, evaluating and
// writing the HTML.
func BenchmarkReportCLI200x3(b *testing.B) {
	files := writeYears(b, 200)
	out := filepath.Join(b.TempDir(), "r.html")
	args := append([]string{"report", "-o", out}, files...)
	for b.Loop() {
		if code := run(args, strings.NewReader(""), io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
	if st, err := os.Stat(out); err == nil {
		b.ReportMetric(float64(st.Size()), "bytes/doc")
	}
}

// The report's header says when it was made (today), the date of the
// plan's status and every file it was made from; so does progress
// --format html.
func TestReportSaysWhenAndFromWhatItWasMade(t *testing.T) {
	files := writeYears(t, 2)
	planFile := "../../examples/huulung/plan-47-KH-STNMT.json"
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{append([]string{"report", "--plan", planFile, "--as-of", "5/5/2020"}, files...),
			[]string{"Lập ngày %s", "Tình hình thực hiện Kế hoạch 47/KH-STNMT tính đến ngày 05/5/2020",
				"Tệp đầu vào: " + strings.Join(files, ", ") + ", " + planFile}},
		{append([]string{"progress", "--format", "html", "--lang", "en"}, files...),
			[]string{"Generated %s", "Input files: " + strings.Join(files, ", ") + "</p>"}},
	} {
		before := time.Now()
		code, stdout, stderr := runNTM(t, "", tc.args...)
		after := time.Now()
		if code != exitOK {
			t.Fatalf("%s: exit %d\n%s", tc.args[0], code, stderr)
		}
		doc := html.UnescapeString(stdout)
		for _, w := range tc.want {
			if strings.Contains(w, "%s") {
				day := vidate.Time
				if strings.HasPrefix(w, "Generated") {
					day = func(t time.Time) string { return t.Format(time.DateOnly) }
				}
				if a, b := fmt.Sprintf(w, day(before)), fmt.Sprintf(w, day(after)); strings.Contains(doc, a) || strings.Contains(doc, b) {
					continue
				}
			} else if strings.Contains(doc, w) {
				continue
			}
			t.Errorf("%s: the report lacks %q:\n%.3000s", tc.args[0], w, doc)
		}
	}
}

// TestReportListsTheWarningsOnNames: two names that differ only in
// diacritics, counted as two communes, are warned of in the printed
// report as on standard error.
func TestReportListsTheWarningsOnNames(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	a := write("a.csv", "province,district,commune,year,set,indicator,value\nLạng Sơn,Hữu Lũng,Nhật Tiến,2019,1980,4.2,96\n")
	b := write("b.csv", "province,district,commune,year,set,indicator,value\nLạng Sơn,Hữu Lũng,Nhật Tién,2020,1980,4.2,97\n")
	code, doc, stderr := runNTM(t, "", "report", a, b)
	if code != exitOK || !strings.Contains(stderr, "chỉ khác nhau về dấu") {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	for _, want := range []string{"Cảnh báo về số liệu: 1</h3>", html.EscapeString(b + `:2: xã "Nhật Tién" (Hữu Lũng, Lạng Sơn) và xã "Nhật Tiến" (` + a + ":2) chỉ khác nhau về dấu")} {
		if !strings.Contains(doc, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

// TestProgressListsTheWarningsOnNames: two names that differ only in
// diacritics, counted as two communes, are warned of in the text and
// Markdown progress as on standard error, in the language of --lang; the
// JSON and CSV, which have no place for them, are unchanged.
func TestProgressListsTheWarningsOnNames(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	a := write("a.csv", "province,district,commune,year,set,indicator,value\nLạng Sơn,Hữu Lũng,Nhật Tiến,2019,1980,4.2,96\n")
	b := write("b.csv", "province,district,commune,year,set,indicator,value\nLạng Sơn,Hữu Lũng,Nhật Tién,2020,1980,4.2,97\n")
	vi := b + `:2: xã "Nhật Tién" (Hữu Lũng, Lạng Sơn) và xã "Nhật Tiến" (` + a + ":2) chỉ khác nhau về dấu"
	en := b + `:2: commune "Nhật Tién" (Hữu Lũng, Lạng Sơn) differs from commune "Nhật Tiến" (` + a + ":2) only in diacritics"
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"progress", a, b}, []string{"Cảnh báo về số liệu: 1\n  - " + vi}},
		{[]string{"progress", "--lang", "en", a, b}, []string{"Warnings on the input: 1\n  - " + en}},
		{[]string{"progress", "--format", "markdown", a, b}, []string{"> **Cảnh báo về số liệu: 1**\n>\n> - " + vi}},
	} {
		code, out, stderr := runNTM(t, "", tc.args...)
		if code != exitOK || !strings.Contains(stderr, "cảnh báo: ") && !strings.Contains(stderr, "warning: ") {
			t.Fatalf("%q: exit %d, stderr:\n%s", tc.args, code, stderr)
		}
		for _, want := range tc.want {
			if !strings.Contains(out, want) {
				t.Errorf("%q: the output lacks %q:\n%s", tc.args, want, out)
			}
		}
	}
	for _, format := range []string{"json", "csv"} {
		_, out, _ := runNTM(t, "", "progress", "--format", format, a, b)
		if strings.Contains(out, "Nhật Tiến\" (") || strings.Contains(out, "Cảnh báo") {
			t.Errorf("%s has the warning:\n%s", format, out)
		}
	}
}

// TestProgressCSVHasThePlanTargets: with --plan, the CSV has each target's
// path as the JSON's plan has it, in rows of scope target: as many rows as
// the JSON's targets have years (one for a target without any), each with
// the target's year, status and deadline.
func TestProgressCSVHasThePlanTargets(t *testing.T) {
	const planFile, data = "../../examples/huulung/plan-47-KH-STNMT.json", "../../examples/huulung/so-lieu-minh-hoa.json"
	args := func(format string) []string {
		return []string{"progress", "--format", format, "--plan", planFile, "--as-of", "2020-05-05", data}
	}
	code, out, errOut := runNTM(t, "", args("json")...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Plan struct {
			Targets []struct {
				Commune        struct{ Name string }
				Year           int
				Status         string
				DeadlinePassed bool `json:"deadline_passed"`
				Years          []struct{ Year int }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, tg := range doc.Plan.Targets {
		row := func(year string) string {
			return fmt.Sprintf("%s %s %d %s %t", tg.Commune.Name, year, tg.Year, tg.Status, tg.DeadlinePassed)
		}
		if len(tg.Years) == 0 {
			want = append(want, row(""))
		}
		for _, y := range tg.Years {
			want = append(want, row(strconv.Itoa(y.Year)))
		}
	}
	code, out, errOut = runNTM(t, "", args("csv")...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	var got []string
	for _, r := range rows[1:] {
		if r[col["scope"]] == "target" {
			got = append(got, strings.Join([]string{r[col["commune"]], r[col["year"]], r[col["target_year"]], r[col["target_status"]], r[col["deadline_passed"]]}, " "))
		}
	}
	if len(want) == 0 || !slices.Equal(want, got) {
		t.Errorf("target rows %q, want %q", got, want)
	}
}
