package htmlreport_test

import (
	"bytes"
	"errors"
	"flag"
	"html"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
	"github.com/nongthonmoi/ntm/internal/vidate"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/nongthonmoi/ntm/progress"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func testPlan() *plan.Plan {
	due := plan.NewDate(2020, time.April, 30)
	return &plan.Plan{
		Number: "47/KH-STNMT",
		Title:  "Kế hoạch kiểm tra (minh họa)",
		Targets: []plan.Target{
			{Commune: evaluate.Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}, Set: "1980/QĐ-TTg", Year: 2020},
			{Commune: evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, Set: "1980/QĐ-TTg", Year: 2020},
		},
		Inspection: &plan.Inspection{Window: plan.Window{From: plan.NewDate(2020, time.April, 1), To: plan.NewDate(2020, time.June, 30)}},
		Tasks:      []plan.Task{{Assignee: "UBND huyện Hữu Lũng", Action: "Gửi báo cáo", DueBefore: &due}},
	}
}

// generated is the date the golden reports say they were made.
var generated = time.Date(2020, time.May, 6, 9, 30, 0, 0, time.FixedZone("ICT", 7*3600))

func render(t testing.TB, reports []evaluate.Report, opt htmlreport.Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := htmlreport.Write(&b, reports, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriteMatchesGoldenFiles(t *testing.T) {
	rs := threeYears(t)
	for _, tc := range []struct {
		file string
		opt  htmlreport.Options
	}{
		{"report.vi.html", htmlreport.Options{Illustrative: true, Plan: testPlan(), AsOf: plan.NewDate(2020, time.May, 5),
			Generated: generated, Inputs: []string{"so-lieu-2018.csv", "so-lieu-2019.csv", "so-lieu-2020.csv", "plan-47.json"}}},
		{"report.en.html", htmlreport.Options{Lang: "en", Illustrative: true, Generated: generated}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got := render(t, rs, tc.opt)
			golden := filepath.Join("testdata", tc.file)
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// header returns the document's header element.
func header(t *testing.T, doc string) string {
	t.Helper()
	i, j := strings.Index(doc, "<header>"), strings.Index(doc, "</header>")
	if i < 0 || j < i {
		t.Fatalf("no header in the document:\n%.600s", doc)
	}
	return doc[i:j]
}

// A printed report says at its top when it was made, the date of the
// plan's status and the files it was made from.
func TestTheHeaderSaysWhenAndFromWhatTheReportWasMade(t *testing.T) {
	at := time.Date(2021, time.March, 4, 23, 30, 0, 0, time.FixedZone("ICT", 7*3600))
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"vi", []string{`<p class="meta generated">Lập ngày 04/3/2021</p>`,
			`<p class="meta as-of">Tình hình thực hiện Kế hoạch 47/KH-STNMT tính đến ngày 05/5/2020</p>`,
			`<p class="meta inputs">Tệp đầu vào: so-lieu-2018.csv, (đầu vào chuẩn), plan-47.json</p>`}},
		{"en", []string{`<p class="meta generated">Generated 2021-03-04</p>`,
			`<p class="meta as-of">Status of plan 47/KH-STNMT as of 2020-05-05</p>`,
			`<p class="meta inputs">Input files: so-lieu-2018.csv, (standard input), plan-47.json</p>`}},
	} {
		doc := render(t, threeYears(t), htmlreport.Options{Lang: tc.lang, Plan: testPlan(), AsOf: plan.NewDate(2020, time.May, 5),
			Generated: at, Inputs: []string{"so-lieu-2018.csv", "-", "plan-47.json"}})
		h := html.UnescapeString(header(t, doc))
		for _, w := range tc.want {
			if !strings.Contains(h, w) {
				t.Errorf("%s: the header lacks %q:\n%s", tc.lang, w, h)
			}
		}
	}
	// Without a plan or inputs, the date alone; the zero time is the day
	// of the call.
	before := time.Now()
	h := header(t, render(t, threeYears(t), htmlreport.Options{}))
	after := time.Now()
	if !strings.Contains(h, "Lập ngày "+vidate.Time(before)) && !strings.Contains(h, "Lập ngày "+vidate.Time(after)) {
		t.Errorf("the header does not give today's date:\n%s", h)
	}
	for _, bad := range []string{"as-of", "inputs", "tính đến"} {
		if strings.Contains(h, bad) {
			t.Errorf("a report without plan or inputs has %q in its header:\n%s", bad, h)
		}
	}
}

func TestTheDocumentIsSelfContained(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{Plan: testPlan(), AsOf: plan.NewDate(2020, time.May, 5)})
	for _, bad := range []string{"<script", "<link", "<img", "@import", "url(", "src=", "@font-face"} {
		if strings.Contains(doc, bad) {
			t.Errorf("the document contains %q: it must need no external asset or script", bad)
		}
	}
	// The only URLs are the SVG namespace.
	for _, m := range regexp.MustCompile(`https?://[^"]*`).FindAllString(doc, -1) {
		if m != "http://www.w3.org/2000/svg" {
			t.Errorf("the document refers to %s", m)
		}
	}
	for _, want := range []string{`<html lang="vi">`, "@page { size: A4 portrait", "break-before: page"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the document lacks %q", want)
		}
	}
}

// TestEveryChartHasATableBesideIt checks that each chart block holds an
// SVG and a table, and that every SVG has a title and text labels.
func TestEveryChartHasATableBesideIt(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{})
	blocks := strings.Split(doc, `<div class="chart-with-table">`)[1:]
	if len(blocks) < 4 {
		t.Fatalf("%d chart blocks, want an overview, grids and progress", len(blocks))
	}
	for i, b := range blocks {
		end := strings.Index(b, "</table>")
		if end < 0 || !strings.Contains(b[:end], "<svg") || !strings.Contains(b[:end], "<table") {
			t.Errorf("chart block %d has no SVG followed by its table:\n%.300s", i, b)
		}
	}
	svgs := regexp.MustCompile(`(?s)<svg.*?</svg>`).FindAllString(doc, -1)
	if n := strings.Count(doc, "<svg"); n != len(svgs) || n == 0 {
		t.Fatalf("%d <svg, %d complete SVG elements", n, len(svgs))
	}
	for _, s := range svgs {
		if !strings.Contains(s, "<title") || !strings.Contains(s, "<text") {
			t.Errorf("an SVG lacks a title or text labels:\n%.200s", s)
		}
	}
}

func TestProgressAppearsOnlyWithSeveralYears(t *testing.T) {
	rs := threeYears(t)
	if doc := render(t, rs, htmlreport.Options{}); !strings.Contains(doc, `class="progress"`) {
		t.Error("three years: no progress section")
	}
	var one []evaluate.Report
	for _, r := range rs {
		if r.Year == 2020 {
			one = append(one, r)
		}
	}
	if doc := render(t, one, htmlreport.Options{}); strings.Contains(doc, `class="progress"`) {
		t.Error("one year: a progress section")
	}
}

func TestIllustrativeDataIsLabelled(t *testing.T) {
	for _, lang := range []string{"vi", "en"} {
		doc := render(t, threeYears(t), htmlreport.Options{Lang: lang, Illustrative: true})
		title := regexp.MustCompile(`<title>[^<]*</title>`).FindString(doc)
		if !strings.Contains(title, "số liệu minh họa") {
			t.Errorf("%s: the title %q does not say số liệu minh họa", lang, title)
		}
		if !strings.Contains(doc, `<p class="illustrative">`) || !strings.Contains(strings.ToLower(doc), "số liệu minh họa —") && !strings.Contains(doc, "(số liệu minh họa)") {
			t.Errorf("%s: no illustrative notice at the top", lang)
		}
	}
	if doc := render(t, threeYears(t), htmlreport.Options{}); strings.Contains(doc, "minh họa") {
		t.Error("data not marked illustrative is labelled illustrative")
	}
}

func TestShortfallsShowGapsInNaturalUnitsClosestFirst(t *testing.T) {
	rs := threeYears(t)
	var y2018 []evaluate.Report
	for _, r := range rs {
		if r.Year == 2018 {
			y2018 = append(y2018, r)
		}
	}
	doc := html.UnescapeString(render(t, y2018, htmlreport.Options{}))
	i := strings.Index(doc, "thiếu 3,34 điểm phần trăm (+1 trường)")
	if i < 0 {
		t.Fatalf("the school share 2/3 is not shown with its gap in schools")
	}
	row := doc[strings.LastIndex(doc[:i], "<tr>"):]
	row = row[:strings.Index(row, "</tr>")]
	// 10 is 1 from 36 (2.8% of the target), 5 is 3.34 points from 70
	// (4.8%), 13.1 is pass/fail: last.
	if p10, p5, p13 := strings.Index(row, "<li>10 "), strings.Index(row, "<li>5 "), strings.Index(row, "<li>13.1 "); p10 < 0 || p5 < p10 || p13 < p5 {
		t.Errorf("shortfalls not closest first:\n%s", row)
	}
}

// Vietnamese readers write decimals with a comma: a shortfall's value,
// target and gap have one in the Vietnamese report and a point in the
// English one.
func TestShortfallNumbersHaveADecimalCommaInVietnamese(t *testing.T) {
	a := assess(t, "Hòa Lạc", "Hữu Lũng", 2020, nil, nil)
	a.Values[criteria.IDQD1980]["15.3"] = evaluate.MustNumber("30.25")
	rs := reportsOf(t, a)
	for lang, want := range map[string]string{
		"vi": ": 30,25% (≤ 26,7%) — vượt 3,55 điểm phần trăm</li>",
		"en": ": 30.25% (≤ 26.7%) — 3.55 pp over</li>",
	} {
		doc := html.UnescapeString(render(t, rs, htmlreport.Options{Lang: lang}))
		if !strings.Contains(doc, "<li>15.3 ") || !strings.Contains(doc, want) {
			t.Errorf("%s: the shortfall of 15.3 lacks %q:\n%s", lang, want, doc[strings.Index(doc, `<section class="shortfalls"`):])
		}
	}
}

// The audit's case: 4.2 typed as 0.965 is judged as 0.965% and shown as a
// shortfall, with the warning that it may be 96.5% under it; a shortfall
// with a plausible value has none.
func TestAShortfallTypedAsAFractionWarnsBesideIt(t *testing.T) {
	a := assess(t, "Hòa Lạc", "Hữu Lũng", 2020, []string{"5"}, nil)
	a.Values[criteria.IDQD1980]["4.2"] = evaluate.MustNumber("0.965")
	rs := reportsOf(t, a)
	for lang, want := range map[string]string{
		"vi": "<li>4.2 Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn: 0,97% (≥ 95%) — thiếu 94,04 điểm phần trăm" +
			"<div>Cảnh báo: chỉ tiêu 4.2: giá trị 0,965 nhỏ hơn 1 — nếu là 96,5% thì ghi 96,5 (hoặc 96,5%)</div></li>",
		"en": "<div>Warning: indicator 4.2: value 0.965 is below 1 — if you mean 96.5%, write 96.5 (or 96.5%)</div></li>",
	} {
		doc := html.UnescapeString(render(t, rs, htmlreport.Options{Lang: lang}))
		if !strings.Contains(doc, want) {
			t.Errorf("%s: the shortfall of 4.2 lacks its warning %q:\n%s", lang, want, doc[strings.Index(doc, `<ul class="short">`):])
		}
		if n := strings.Count(doc, "<div>"+map[string]string{"vi": "Cảnh báo", "en": "Warning"}[lang]); n != 1 {
			t.Errorf("%s: %d warnings beside shortfalls, want 1 (none beside 5)", lang, n)
		}
	}
}

func TestExcludedCommunesAndProblemsAreListed(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{
		Excluded: []progress.Excluded{{Commune: evaluate.Commune{Name: "Xã X", District: "Hữu Lũng", Province: "Lạng Sơn"}, Origin: "a.csv:3", Problems: 1}},
		Problems: []string{"a.csv:3: column value: bad"}})
	for _, want := range []string{"Bị loại vì số liệu không đọc được: 1 xã</h3>", "Xã X, Hữu Lũng, Lạng Sơn — a.csv:3, 1 lỗi",
		"a.csv:3: column value: bad", "không tính trong báo cáo): 1"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

// TestWarningsAreListed: the warnings on the input (names) are in the
// printed report, under their heading, in the report's language.
func TestWarningsAreListed(t *testing.T) {
	w := `b.xlsx: 'Năm 2020'!6:6: xã "Nhật Tién" (Hữu Lũng, Lạng Sơn) và xã "Nhật Tiến" (b.xlsx: 'Năm 2019'!6:6) chỉ khác nhau về dấu`
	for _, tc := range []struct{ lang, heading string }{{"vi", "Cảnh báo về số liệu: 1</h3>"}, {"en", "Warnings on the input: 1</h3>"}} {
		doc := render(t, threeYears(t), htmlreport.Options{Lang: tc.lang, Warnings: []string{w}})
		for _, want := range []string{tc.heading, html.EscapeString(w)} {
			if !strings.Contains(doc, want) {
				t.Errorf("%s: the report lacks %q", tc.lang, want)
			}
		}
	}
	if doc := render(t, threeYears(t), htmlreport.Options{}); strings.Contains(doc, "Cảnh báo về số liệu") {
		t.Error("a report without warnings has their heading")
	}
}

// TestAnUnknownLanguageIsAnError: as Options.Lang says, a language other
// than vi and en is a wrong-kind problem of Lang quoting it, and nothing is
// written.
func TestAnUnknownLanguageIsAnError(t *testing.T) {
	var buf bytes.Buffer
	err := htmlreport.Write(&buf, threeYears(t), htmlreport.Options{Lang: "fr"})
	var p *problem.Problem
	if !errors.Is(err, problem.WrongKind) || !errors.As(err, &p) || p.Path != "Lang" || p.Input != "fr" {
		t.Errorf("language fr: got %v (%+v), want a wrong-kind problem of Lang quoting fr", err, p)
	}
	if buf.Len() != 0 {
		t.Errorf("language fr: %d bytes written, want none", buf.Len())
	}
}

func TestNoReportsGiveADocumentSayingSo(t *testing.T) {
	doc := render(t, nil, htmlreport.Options{})
	if !strings.Contains(doc, "Không có báo cáo đánh giá nào.") {
		t.Error("an empty document does not say there is nothing")
	}
}

// BenchmarkWrite200x3 renders 200 communes over 3 years (600 reports)
// and reports the size of the document.
func BenchmarkWrite200x3(b *testing.B) {
	rs := manyCommunes(b, 200)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := htmlreport.Write(&buf, rs, htmlreport.Options{Illustrative: true}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/doc")
}

func TestTwoHundredCommunesOverThreeYearsStayUnderTwoMegabytes(t *testing.T) {
	doc := render(t, manyCommunes(t, 200), htmlreport.Options{Illustrative: true})
	if len(doc) > 2<<20 {
		t.Errorf("%d bytes, want ≤ 2 MiB", len(doc))
	}
}

func TestNamesAreEscapedInTablesAndCharts(t *testing.T) {
	a := assess(t, `Xã <script>alert("x")</script> & "B"`, `Huyện <b>`, 2020, []string{"5"}, nil)
	doc := render(t, reportsOf(t, a), htmlreport.Options{})
	for _, raw := range []string{"<script>", "<b>", `& "B"`} {
		if strings.Contains(doc, raw) {
			t.Errorf("the document contains %q unescaped", raw)
		}
	}
	if !strings.Contains(doc, "&lt;script&gt;") {
		t.Error("the commune's name is not in the document, escaped")
	}
}

func TestPartsNotReadAreCountedApartAndPlaced(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{Excluded: []progress.Excluded{
		{Commune: evaluate.Commune{Name: "Xã X", District: "Hữu Lũng", Province: "Lạng Sơn"}, Origin: "a.csv:3", Problems: 1},
		{Origin: "b.csv:2", Through: "b.csv:9", Problems: 2}}})
	for _, want := range []string{"Bị loại vì số liệu không đọc được: 1 xã và 1 phần số liệu không rõ xã</h3>",
		"(không rõ xã) — b.csv:2-9, 2 lỗi"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	// Parts alone: no count of 0 communes.
	for _, tc := range []struct{ lang, want string }{
		{"vi", "Bị loại vì số liệu không đọc được: 1 phần số liệu không rõ xã</h3>"},
		{"en", "Left out because the input could not be read: 1 part of the input (communes unknown)</h3>"},
	} {
		doc := render(t, threeYears(t), htmlreport.Options{Lang: tc.lang, Excluded: []progress.Excluded{{Origin: "b.csv:2", Through: "b.csv:9", Problems: 2}}})
		if !strings.Contains(doc, tc.want) {
			t.Errorf("%s: the report lacks %q", tc.lang, tc.want)
		}
	}
}

// TestAPlanLeavingPartsOutReadsWell: a plan with its number and one target
// has no empty title; a task without its action shows a dash; a plan
// without targets says so instead of an empty table; tasks and an
// inspection the plan leaves out are each one line, as in the text and
// Markdown of the plan's status ("Nhiệm vụ: kế hoạch không nêu").
func TestAPlanLeavingPartsOutReadsWell(t *testing.T) {
	rs := threeYears(t)
	p := testPlan()
	p.Title, p.Inspection = "", nil
	p.Tasks = []plan.Task{{Assignee: "UBND huyện Hữu Lũng"}}
	doc := render(t, rs, htmlreport.Options{Plan: p, AsOf: plan.NewDate(2020, time.May, 5)})
	for _, bad := range []string{`<p class="meta"></p>`, "<td></td>", "<p>Nhiệm vụ:"} {
		if strings.Contains(doc, bad) {
			t.Errorf("the plan section contains %q", bad)
		}
	}
	for _, want := range []string{"<tr><td>UBND huyện Hữu Lũng</td><td>—</td>", "<p>Kiểm tra: kế hoạch không nêu</p>"} {
		if !strings.Contains(doc, want) {
			t.Errorf("no %q in the plan section", want)
		}
	}
	for _, tc := range []struct{ lang, want string }{
		{"vi", "<section class=\"plan\" id=\"plan\">\n<h2>Tình hình thực hiện Kế hoạch 1/KH</h2>\n<p>Kế hoạch không nêu xã mục tiêu.</p>\n" +
			"<p>Nhiệm vụ: kế hoạch không nêu</p>\n<p>Kiểm tra: kế hoạch không nêu</p>\n</section>"},
		{"en", "<section class=\"plan\" id=\"plan\">\n<h2>Plan status: 1/KH</h2>\n<p>The plan names no target commune.</p>\n" +
			"<p>Tasks: none in the plan</p>\n<p>Inspection: none in the plan</p>\n</section>"},
	} {
		doc = render(t, rs, htmlreport.Options{Lang: tc.lang, Plan: &plan.Plan{Number: "1/KH"}, AsOf: plan.NewDate(2020, time.May, 5)})
		section := doc[strings.Index(doc, `<section class="plan"`):]
		if !strings.HasPrefix(section, tc.want) {
			t.Errorf("%s: the plan section of a plan with its number only:\n%s\nwant\n%s", tc.lang, section, tc.want)
		}
	}
}

// TestAnInspectionWithoutTimeHasNoState: an inspection the plan names
// without a window or a date is not "open": the HTML says the plan sets no
// time for it, as the text and Markdown of the plan's status do.
func TestAnInspectionWithoutTimeHasNoState(t *testing.T) {
	p := testPlan()
	p.Inspection = &plan.Inspection{Days: 2}
	for _, tc := range []struct{ lang, want, notWant string }{
		{"vi", "<p>Kiểm tra: kế hoạch không nêu thời gian</p>", "Đang trong thời gian kiểm tra"},
		{"en", "<p>Inspection: no time set in the plan</p>", "<p>Inspection: Open"},
	} {
		doc := render(t, threeYears(t), htmlreport.Options{Lang: tc.lang, Plan: p, AsOf: plan.NewDate(2020, time.May, 5)})
		if !strings.Contains(doc, tc.want) {
			t.Errorf("%s: the report lacks %q", tc.lang, tc.want)
		}
		if strings.Contains(doc, tc.notWant) {
			t.Errorf("%s: the report has %q", tc.lang, tc.notWant)
		}
	}
}

// TestThePlanSectionSaysWhatIsPendingAndWhatIsNotDone: a target on
// 933/QĐ-UBND, which awaits its official text, says so beside the set, as
// the text and Markdown of the plan's status do; a task not done before its
// deadline is "Chưa hoàn thành" ("Not done"), not in progress.
func TestThePlanSectionSaysWhatIsPendingAndWhatIsNotDone(t *testing.T) {
	p := testPlan()
	p.Targets = append(p.Targets, plan.Target{Commune: evaluate.Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Set: "933/QĐ-UBND", Year: 2020})
	for _, tc := range []struct {
		lang    string
		want    []string
		notWant []string
	}{
		{"vi", []string{`<td>933/QĐ-UBND <span class="pending">(chờ văn bản chính thức)</span></td>`, "<td>1980/QĐ-TTg</td>", "Chưa hoàn thành"},
			[]string{"1980/QĐ-TTg (chờ", "Đang thực hiện"}},
		{"en", []string{`<td>933/QĐ-UBND <span class="pending">(pending the official text)</span></td>`, "<td>1980/QĐ-TTg</td>", "Not done"},
			[]string{"1980/QĐ-TTg (pending", ">Open<"}},
	} {
		doc := render(t, threeYears(t), htmlreport.Options{Lang: tc.lang, Plan: p, AsOf: plan.NewDate(2020, time.April, 20)})
		section := doc[strings.Index(doc, `<section class="plan"`):]
		section = section[:strings.Index(section, "</section>")]
		for _, w := range tc.want {
			if !strings.Contains(section, w) {
				t.Errorf("%s: no %q in the plan section:\n%s", tc.lang, w, section)
			}
		}
		for _, w := range tc.notWant {
			if strings.Contains(section, w) {
				t.Errorf("%s: %q in the plan section:\n%s", tc.lang, w, section)
			}
		}
	}
}

// TestAPlanTargetWithoutAYearIsAnError: a plan built in code whose target
// has no year is an error naming the target, not a panic.
func TestAPlanTargetWithoutAYearIsAnError(t *testing.T) {
	p := testPlan()
	p.Targets[1].Year = 0
	var b bytes.Buffer
	err := htmlreport.Write(&b, threeYears(t), htmlreport.Options{Plan: p, AsOf: plan.NewDate(2020, time.May, 5)})
	if err == nil || !strings.Contains(err.Error(), "targets[1] (Hòa Lạc, Hữu Lũng, Lạng Sơn, 1980/QĐ-TTg): year 0 out of range") {
		t.Errorf("got error %v", err)
	}
}

// TestChartsStartAtZeroAndNameTheirUnit: the progress charts (criteria per
// commune over the years) and the overview's bars are drawn on a scale
// from 0, so that a rise of one criterion does not look like a doubling:
// each point's height above the tick 0 is its value's share of the tick
// at the top; each bar's length from the tick 0 is its value's share of
// the last tick. Each axis is labelled with its unit.
func TestChartsStartAtZeroAndNameTheirUnit(t *testing.T) {
	for lang, unit := range map[string]string{"vi": "tiêu chí bình quân/xã", "en": "criteria per commune"} {
		doc := render(t, threeYears(t), htmlreport.Options{Lang: lang})
		svgs := regexp.MustCompile(`(?s)<svg[^>]* id="([^"]*)".*?</svg>`).FindAllStringSubmatch(doc, -1)
		tickRE := regexp.MustCompile(`<text x="([0-9.]+)" y="([0-9.]+)" text-anchor="(?:end|middle)" class="tick"[^>]*>([0-9.]+)</text>`)
		lines, bars := 0, 0
		for _, m := range svgs {
			svg, id := m[0], m[1]
			ticks := map[string][2]float64{}
			top := ""
			for _, tm := range tickRE.FindAllStringSubmatch(svg, -1) {
				ticks[tm[3]] = [2]float64{number(t, tm[1]), number(t, tm[2])}
				if len(tm[3]) < 4 { // not a year
					top = tm[3]
				}
			}
			if !strings.Contains(id, "-progress-") && !strings.HasSuffix(id, "-overview") {
				continue
			}
			zero, ok := ticks["0"]
			if !ok {
				t.Errorf("%s: chart %s has no tick 0: its scale does not start at 0:\n%s", lang, id, svg)
				continue
			}
			if !strings.Contains(svg, `class="axis"`) || !strings.Contains(svg, ">"+unit) {
				t.Errorf("%s: chart %s does not name its unit %q", lang, id, unit)
			}
			hi := number(t, top)
			if strings.Contains(id, "-progress-") {
				lines++
				points := regexp.MustCompile(`<circle cx="[0-9]+" cy="([0-9.]+)"[^>]*/><text[^>]*class="value"[^>]*>([0-9.,]+)</text>`).FindAllStringSubmatch(svg, -1)
				if len(points) == 0 {
					t.Errorf("%s: chart %s has no point", lang, id)
				}
				for _, p := range points {
					// Tick labels sit the same distance below their marks,
					// so the distance between two labels is that of the
					// marks.
					height := zero[1] - ticks[top][1]
					got := (zero[1] - 4 - number(t, p[1])) / height
					if want := number(t, p[2]) / hi; math.Abs(got-want) > 0.01 {
						t.Errorf("%s: chart %s: the point %s stands at %.3f of the scale 0–%s, want %.3f", lang, id, p[2], got, top, want)
					}
				}
				continue
			}
			bars++
			for _, b := range regexp.MustCompile(`<rect x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)"[^>]*/><text[^>]*class="value"[^>]*>([0-9.,]+)`).FindAllStringSubmatch(svg, -1) {
				length := ticks[top][0] - zero[0]
				if number(t, b[1]) != zero[0] {
					t.Errorf("%s: chart %s: a bar begins at x=%s, not at the tick 0 (x=%v)", lang, id, b[1], zero[0])
				}
				if got, want := number(t, b[2])/length, number(t, b[3])/hi; math.Abs(got-want) > 0.01 {
					t.Errorf("%s: chart %s: the bar of %s is %.3f of the scale 0–%s, want %.3f", lang, id, b[3], got, top, want)
				}
			}
		}
		if lines < 3 || bars != 1 {
			t.Errorf("%s: %d progress charts and %d bar charts checked, want 3 and 1", lang, lines, bars)
		}
	}
}

// number reads a number of the report: a coordinate, or a value shown
// with a decimal point (English) or comma (Vietnamese).
func number(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return f
}

// The overview names the criteria most often missed in each area, as
// people read them: the code, the criterion's name and the communes that
// missed it.
func TestTheOverviewNamesTheCriteriaMostMissed(t *testing.T) {
	for _, tc := range []struct{ lang, header, avg, huuLung, chiLang string }{
		{"vi", "<th>Chưa đạt nhiều nhất</th>", "18,00", "<td>5 Trường học (1 xã); 17 Môi trường và an toàn thực phẩm (1 xã)</td>", "<td>2 Giao thông (1 xã)</td>"},
		{"en", "<th>Most often not met</th>", "18.00", "<td>5 Schools (1 commune); 17 Environment and food safety (1 commune)</td>", "<td>2 Transport (1 commune)</td>"},
	} {
		doc := render(t, threeYears(t), htmlreport.Options{Lang: tc.lang})
		ov := doc[strings.Index(doc, `<section class="overview"`):]
		ov = ov[:strings.Index(ov, "</section>")]
		for _, w := range []string{tc.header, "<tr><td>Hữu Lũng, Lạng Sơn</td><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">" + tc.avg + "</td>" + tc.huuLung,
			"<tr><td>Chi Lăng, Lạng Sơn</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">" + tc.avg + "</td>" + tc.chiLang} {
			if !strings.Contains(ov, w) {
				t.Errorf("%s: the overview lacks %q:\n%s", tc.lang, w, ov[strings.Index(ov, "<table"):])
			}
		}
	}
}

// The criteria a commune lost, lacks data for, or still needs for a plan's
// target are named, not only numbered.
func TestCriteriaLostMissingAndShortAreNamed(t *testing.T) {
	rs := append(threeYears(t), reportsOf(t, assess(t, "Minh Sơn", "Hữu Lũng", 2020, nil, []string{"8"}))...)
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"vi", []string{"<td>2019: 5 Trường học; 2020: 17 Môi trường và an toàn thực phẩm</td>",
			"<div>Thiếu số liệu tiêu chí 8 Thông tin và Truyền thông</div>",
			"<td>chưa đạt 5 Trường học, 17 Môi trường và an toàn thực phẩm (2020)</td>"}},
		{"en", []string{"<td>2019: 5 Schools; 2020: 17 Environment and food safety</td>",
			"<div>Missing data for criteria 8 Information and communications</div>",
			"<td>not met 5 Schools, 17 Environment and food safety (2020)</td>"}},
	} {
		doc := html.UnescapeString(render(t, rs, htmlreport.Options{Lang: tc.lang, Plan: testPlan(), AsOf: plan.NewDate(2020, time.May, 5)}))
		for _, w := range tc.want {
			if !strings.Contains(doc, w) {
				t.Errorf("%s: the report lacks %q", tc.lang, w)
			}
		}
	}
}

// The notes on the targets that decided results name the indicators as
// the text warnings of ntm eval do: how many, and which, runs of three or
// more written first–last ("35 chỉ tiêu: 1.1, 1.2, 2.1–2.4, …").
func TestProvenanceNotesListCodesAsTheTextWarningsDo(t *testing.T) {
	rs := reportsOf(t, assess(t, "Hòa Lạc", "Hữu Lũng", 2020, nil, nil), assess(t, "Tân Thành", "Hữu Lũng", 2020, []string{"2"}, nil))
	for _, lang := range []string{"vi", "en"} {
		var text strings.Builder
		if err := evaluate.WriteText(&text, rs[:1], evaluate.RenderOptions{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		var lists []string // the text's warnings on provenance, from the count on
		for line := range strings.Lines(text.String()) {
			if i := strings.Index(line, "là căn cứ đánh giá "); i >= 0 {
				lists = append(lists, strings.TrimSpace(line[i+len("là căn cứ đánh giá "):]))
			} else if i := strings.Index(line, ") decided "); i >= 0 {
				lists = append(lists, strings.TrimSpace(line[i+len(") decided "):]))
			}
		}
		if len(lists) != 2 {
			t.Fatalf("%s: %d provenance warnings in the text, want 2 (M and C1):\n%s", lang, len(lists), text.String())
		}
		doc := html.UnescapeString(render(t, rs, htmlreport.Options{Lang: lang}))
		for _, l := range lists {
			if !strings.Contains(doc, l+".</li>") {
				t.Errorf("%s: the notes lack %q", lang, l)
			}
		}
		if !strings.Contains(doc, "2.1–2.4, ") || strings.Contains(doc, "2.1, 2.2, 2.3") {
			t.Errorf("%s: the notes do not write 2.1–2.4 as a run:\n%s", lang, doc[strings.Index(doc, `<ul class="notes">`):][:800])
		}
	}
}

// The shortfalls section lists a district's communes in the grid's order
// (by name) and each commune's indicators closest first: its heading says
// the latter, not that the communes closest to the standard come first.
func TestTheShortfallsHeadingSaysWhatIsOrdered(t *testing.T) {
	// Yên Bình misses one criterion, An Sơn four: by name An Sơn comes first.
	doc := render(t, reportsOf(t,
		assess(t, "Yên Bình", "Hữu Lũng", 2020, []string{"5"}, nil),
		assess(t, "An Sơn", "Hữu Lũng", 2020, []string{"2", "5", "10", "13"}, nil),
	), htmlreport.Options{})
	sec := doc[strings.Index(doc, `<section class="shortfalls"`):]
	if a, y := strings.Index(sec, "<tr><td>An Sơn</td>"), strings.Index(sec, "<tr><td>Yên Bình</td>"); a < 0 || y < a {
		t.Fatalf("the communes are not in the grid's order (An Sơn at %d, Yên Bình at %d)", a, y)
	}
	const want = "<h2>Các chỉ tiêu chưa đạt của từng xã (chỉ tiêu gần đạt nhất xếp trước) — 1980/QĐ-TTg, năm 2020</h2>"
	if !strings.Contains(sec, want) {
		t.Errorf("the shortfalls heading is not %s:\n%s", want, sec[:strings.Index(sec, "</h2>")+5])
	}
}

// TestThePlanSectionListsTheWarningsOfItsStatus: a printed report is read
// without the command's standard error, so a plan of 2027 whose target
// names xã Hòa Lạc, abolished on 1/7/2025 (Nghị quyết 1672/NQ-UBTVQH15),
// says so in its section, in the report's language, naming the unit that
// succeeded it, before the warning that its set awaits the official text
// (số liệu minh họa); a plan without warnings has no such heading.
func TestThePlanSectionListsTheWarningsOfItsStatus(t *testing.T) {
	p := &plan.Plan{Number: "số liệu minh họa", Targets: []plan.Target{
		{Commune: evaluate.Commune{Name: "Hòa Lạc", Province: "Lạng Sơn"}, Set: "51/2025/QĐ-TTg", Year: 2027}}}
	for _, tc := range []struct{ lang, heading, warning string }{
		{"vi", "<h3>Cảnh báo về kế hoạch: 2</h3>",
			`targets[0]: xã "Hòa Lạc" (Lạng Sơn): trong năm 2027, xã không còn là đơn vị hành chính của tỉnh (các đơn vị hành chính cấp xã được sắp xếp lại từ ngày 01/7/2025); hãy đánh giá theo đơn vị kế thừa: Xã Tân Thành (06445), Lạng Sơn`},
		{"en", "<h3>Warnings on the plan: 2</h3>",
			`targets[0]: commune "Hòa Lạc" (Lạng Sơn): the commune is no administrative unit of its province in 2027 (the communes were reorganised on 1/7/2025); assess the unit that succeeded it: Xã Tân Thành (06445), Lạng Sơn`},
	} {
		doc := render(t, threeYears(t), htmlreport.Options{Lang: tc.lang, Plan: p, AsOf: plan.NewDate(2027, time.June, 1)})
		section := doc[strings.Index(doc, `<section class="plan"`):]
		section = html.UnescapeString(section[:strings.Index(section, "</section>")])
		want := tc.heading + "\n<ul class=\"notes\"><li>" + tc.warning
		if !strings.Contains(section, want) {
			t.Errorf("%s: no %q in the plan section:\n%s", tc.lang, want, section)
		}
	}
	doc := render(t, threeYears(t), htmlreport.Options{Plan: testPlan(), AsOf: plan.NewDate(2020, time.May, 5)})
	if strings.Contains(doc, "Cảnh báo về kế hoạch") {
		t.Error("a plan without warnings has their heading")
	}
}

// In English, one is counted in the singular: "1 commune", "1 problem".
func TestEnglishCountsOneInTheSingular(t *testing.T) {
	doc := render(t, reportsOf(t, assess(t, "Hòa Lạc", "Hữu Lũng", 2020, nil, nil)), htmlreport.Options{Lang: "en",
		Excluded: []progress.Excluded{{Commune: evaluate.Commune{Name: "Xã X", District: "Hữu Lũng", Province: "Lạng Sơn"}, Origin: "a.csv:3", Problems: 1}}})
	for _, want := range []string{"; Year 2020; 1 commune</p>", "a.csv:3, 1 problem</li>"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the document lacks %q", want)
		}
	}
	for _, bad := range []string{"; 1 communes", ", 1 problems"} {
		if strings.Contains(doc, bad) {
			t.Errorf("the document says %q", bad)
		}
	}
}
