package htmlreport_test

import (
	"fmt"
	"html"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
	"github.com/nongthonmoi/ntm/plan"
)

// declarations returns the declarations the document's style sheet gives
// selector, outside any media query unless media names one ("screen and
// (max-width: 720px)"): every rule whose selector list holds it, in order.
func declarations(t *testing.T, doc, media, selector string) string {
	t.Helper()
	m := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("the document has no style sheet")
	}
	css := m[1]
	scope := ""
	var out []string
	for len(css) > 0 {
		open := strings.IndexByte(css, '{')
		if open < 0 {
			break
		}
		head := strings.TrimSpace(css[:open])
		if strings.HasPrefix(head, "@media") {
			scope = strings.TrimSpace(strings.TrimPrefix(head, "@media"))
			css = css[open+1:]
			continue
		}
		end := strings.IndexByte(css, '}')
		body := css[open+1 : end]
		if scope == media {
			for _, s := range strings.Split(head, ",") {
				if strings.TrimSpace(s) == selector {
					out = append(out, strings.TrimSpace(body))
				}
			}
		}
		css = css[end+1:]
		// A closing brace right after a rule ends the media query.
		if rest := strings.TrimLeft(css, " \n\t"); scope != "" && strings.HasPrefix(rest, "}") {
			scope = ""
			css = rest[1:]
		}
	}
	return strings.Join(out, " ")
}

// A heading printed at the foot of a page with what it heads on the next
// leaves the reader of the next page without it: each heading stays with
// what follows.
func TestHeadingsStayWithWhatFollowsInPrint(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{})
	for _, h := range []string{"h1", "h2", "h3"} {
		if d := declarations(t, doc, "", h); !strings.Contains(d, "break-after: avoid") {
			t.Errorf("%s { %s }: no break-after: avoid", h, d)
		}
	}
}

// A district's grid taller than a printed page would be cut across pages,
// the criteria codes only on the first: it is drawn in parts that each fit
// an A4 page (269 mm, 1,017 px, between the margins) with its heading,
// each headed by the codes, every commune in one part.
func TestALongDistrictGridIsDrawnInPartsThatFitAPage(t *testing.T) {
	for _, tc := range []struct{ communes, parts int }{{1, 1}, {48, 1}, {49, 2}, {100, 3}} {
		var as []evaluate.Assessment
		for i := range tc.communes {
			as = append(as, assess(t, fmt.Sprintf("Xã minh họa %03d", i+1), "Hữu Lũng", 2020, []string{"5"}, nil))
		}
		doc := render(t, reportsOf(t, as...), htmlreport.Options{})
		fig := regexp.MustCompile(`(?s)<figure class="grid">(.*?)</figure>`).FindAllStringSubmatch(doc, -1)
		if len(fig) != 1 {
			t.Fatalf("%d communes: %d grid figures, want 1", tc.communes, len(fig))
		}
		svgs := regexp.MustCompile(`(?s)<svg[^>]* id="([^"]*)"[^>]* width="(\d+)" height="(\d+)".*?</svg>`).FindAllStringSubmatch(fig[0][1], -1)
		if len(svgs) != tc.parts {
			t.Errorf("%d communes: %d grid charts, want %d", tc.communes, len(svgs), tc.parts)
		}
		rows := 0
		for k, s := range svgs {
			if want := "set-1-grid-1"; k > 0 {
				want += fmt.Sprintf("-%d", k+1)
				if s[1] != want || !strings.Contains(s[0], "(tiếp theo)</title>") {
					t.Errorf("%d communes: part %d has id %q, want %q, and a title saying it continues", tc.communes, k+1, s[1], want)
				}
			} else if s[1] != want {
				t.Errorf("%d communes: part 1 has id %q, want %q", tc.communes, s[1], want)
			}
			if h, _ := strconv.Atoi(s[3]); h > 890 {
				t.Errorf("%d communes: part %d is %d px high, more than a page holds with its heading", tc.communes, k+1, h)
			}
			if s[2] != svgs[0][2] {
				t.Errorf("%d communes: part %d is %s px wide, part 1 %s: the columns do not line up", tc.communes, k+1, s[2], svgs[0][2])
			}
			for c := 1; c <= 19; c++ {
				if !strings.Contains(s[0], fmt.Sprintf(`class="tick" fill="#1a1a1a">%d</text>`, c)) {
					t.Errorf("%d communes: part %d lacks the column label %d", tc.communes, k+1, c)
				}
			}
			rows += strings.Count(s[0], `class="label"`)
		}
		if rows != tc.communes {
			t.Errorf("%d communes: %d rows in the grid charts", tc.communes, rows)
		}
	}
	doc := render(t, threeYears(t), htmlreport.Options{})
	if d := declarations(t, doc, "", "svg.chart"); !strings.Contains(d, "break-inside: avoid") {
		t.Errorf("svg.chart { %s }: no break-inside: avoid, a chart may be cut across pages", d)
	}
}

// Ten years on a progress chart: years and values stand far enough apart
// not to overlap (about 6.5 px a character at 11 px: "2016" and "14,00"
// need 33 px), and the chart stays narrower than a printed page.
func TestProgressChartsOfManyYearsDoNotOverlap(t *testing.T) {
	for _, years := range []int{3, 10} {
		var as []evaluate.Assessment
		for y := 2016; y < 2016+years; y++ {
			as = append(as, assess(t, "Hòa Lạc", "Hữu Lũng", y, []string{"5"}, nil))
		}
		doc := render(t, reportsOf(t, as...), htmlreport.Options{})
		svgs := regexp.MustCompile(`(?s)<svg[^>]* id="set-1-progress-\d+"[^>]* width="(\d+)".*?</svg>`).FindAllStringSubmatch(doc, -1)
		if len(svgs) == 0 {
			t.Fatalf("%d years: no progress chart", years)
		}
		for _, s := range svgs {
			if w, _ := strconv.Atoi(s[1]); w > 680 {
				t.Errorf("%d years: a chart %d px wide, wider than a printed page holds", years, w)
			}
			xs := regexp.MustCompile(`<circle cx="(\d+)"`).FindAllStringSubmatch(s[0], -1)
			if len(xs) != years {
				t.Fatalf("%d years: %d points", years, len(xs))
			}
			for i := 1; i < len(xs); i++ {
				a, _ := strconv.Atoi(xs[i-1][1])
				b, _ := strconv.Atoi(xs[i][1])
				if b-a < 40 {
					t.Errorf("%d years: points %d px apart, their labels overlap", years, b-a)
					break
				}
			}
		}
	}
}

// Printed, a chart and its table stand one under the other as plain
// blocks: a flex row of charts and a table taller than what is left of a
// page is moved whole to the next one by Chromium, leaving the section's
// heading alone on a page.
func TestChartsAndTablesStackAsBlocksInPrint(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{})
	if d := declarations(t, doc, "print", ".chart-with-table"); !strings.Contains(d, "display: block") {
		t.Errorf("@media print { .chart-with-table { %s } }: not display: block", d)
	}
}

// On a phone (400 px), a chart shrunk to the screen's width has text of
// 6 px: charts keep their size and scroll sideways in their box, and so do
// the wide tables (the tally of 19 criteria), instead of the whole page.
func TestOnANarrowScreenChartsAndTablesScrollInTheirBox(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{})
	const narrow = "screen and (max-width: 720px)"
	for sel, want := range map[string][]string{
		"figure":     {"overflow-x: auto", "max-width: 100%"},
		"svg.chart":  {"max-width: none"},
		"table.data": {"display: block", "overflow-x: auto", "max-width: 100%"},
	} {
		d := declarations(t, doc, narrow, sel)
		for _, w := range want {
			if !strings.Contains(d, w) {
				t.Errorf("@media %s { %s { %s } }: no %s", narrow, sel, d, w)
			}
		}
	}
	if !strings.Contains(doc, `<meta name="viewport" content="width=device-width, initial-scale=1">`) {
		t.Error("no viewport meta: a phone lays the page out 980 px wide")
	}
}

// Printed for a meeting, no text of the document, chart labels included,
// is smaller than 8 pt (10.7 CSS px).
func TestNoTextIsSmallerThanEightPoints(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{})
	style := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindStringSubmatch(doc)[1]
	sizes := regexp.MustCompile(`font-size: *([0-9.]+)(pt|px)`).FindAllStringSubmatch(style, -1)
	if len(sizes) < 5 {
		t.Fatalf("%d font sizes in the style sheet", len(sizes))
	}
	for _, m := range sizes {
		pt, _ := strconv.ParseFloat(m[1], 64)
		if m[2] == "px" {
			pt *= 0.75
		}
		if pt < 8 {
			t.Errorf("font-size: %s%s is %.2f pt, want at least 8", m[1], m[2], pt)
		}
	}
	if regexp.MustCompile(`<(?:svg|text)[^>]* font-size=`).MatchString(doc) {
		t.Error("a chart sets its own font size, unchecked here")
	}
}

// Printed, a table running over pages repeats its header on each, and
// none of its rows is cut across two pages (the README says so).
func TestTableHeadersRepeatAndRowsStayWholeInPrint(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{})
	for sel, want := range map[string]string{"thead": "display: table-header-group", "tr": "break-inside: avoid"} {
		if d := declarations(t, doc, "", sel); !strings.Contains(d, want) {
			t.Errorf("%s { %s }: no %s", sel, d, want)
		}
	}
	if n, heads := strings.Count(doc, "<table"), strings.Count(doc, "<thead>"); n != heads {
		t.Errorf("%d tables, %d with a header", n, heads)
	}
}

// marginBoxes returns the content of each box the document's @page rule
// prints in the page's margins ("top-left": its strings joined, CSS
// escapes read, counter(page) as "{page}"), and each box's declarations.
func marginBoxes(t *testing.T, doc string) (content, decls map[string]string) {
	t.Helper()
	m := regexp.MustCompile(`(?s)@page \{\n(.*?)\n\}`).FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("the style sheet has no @page rule with margin boxes")
	}
	content, decls = map[string]string{}, map[string]string{}
	unescape := regexp.MustCompile(`\\([0-9a-f]{1,6}) ?`)
	for _, b := range regexp.MustCompile(`@([a-z-]+) \{ content: ((?:"[^"]*"|counter\([a-z]+\)| )*); ([^}]*)\}`).FindAllStringSubmatch(m[1], -1) {
		var text strings.Builder
		for _, part := range regexp.MustCompile(`"([^"]*)"|counter\(([a-z]+)\)`).FindAllStringSubmatch(b[2], -1) {
			if part[2] != "" {
				text.WriteString("{" + part[2] + "}")
				continue
			}
			text.WriteString(unescape.ReplaceAllStringFunc(part[1], func(e string) string {
				n, _ := strconv.ParseInt(strings.TrimSpace(e[1:]), 16, 32)
				return string(rune(n))
			}))
		}
		content[b[1]], decls[b[1]] = text.String(), b[3]
	}
	return content, decls
}

// Printed, a page taken out of the bundle still says what it is: every
// page has at its head the report's title and sets (a set pending its
// official text so named) and the date it was made, at its foot its
// number of the total and, for illustrative data, that label; each in the
// document's font, a margin box inheriting none.
func TestEveryPrintedPageSaysWhatItIsAndItsNumber(t *testing.T) {
	var reports []evaluate.Report
	a := assess(t, "Tân Thành", "Hữu Lũng", 2020, nil, nil)
	reports = append(reports, evaluate.Run(criteria.QD1980(), &a))
	vals := map[string]evaluate.Value{}
	for i := range criteria.QD933().Criteria {
		vals[fmt.Sprint(i+1)] = evaluate.Bool(true)
	}
	a.Values = map[string]map[string]evaluate.Value{criteria.IDQD933: vals}
	reports = append(reports, evaluate.Run(criteria.QD933(), &a))
	made := time.Date(2020, time.May, 5, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		lang         string
		illustrative bool
		want         map[string]string
	}{
		{"vi", true, map[string]string{
			"top-left":     "Báo cáo nông thôn mới — 1980/QĐ-TTg, 933/QĐ-UBND (chờ văn bản chính thức)",
			"top-right":    "Lập ngày 05/5/2020",
			"bottom-left":  "Số liệu minh họa — số liệu giả định, không phải số liệu chính thức.",
			"bottom-right": "Trang {page}/{pages}",
		}},
		{"en", true, map[string]string{
			"top-left":     "New rural area report (nông thôn mới) — 1980/QĐ-TTg, 933/QĐ-UBND (pending the official text)",
			"top-right":    "Generated 2020-05-05",
			"bottom-left":  "Illustrative data (số liệu minh họa) — invented figures, not official data.",
			"bottom-right": "Page {page} of {pages}",
		}},
		{"vi", false, map[string]string{
			"top-left":     "Báo cáo nông thôn mới — 1980/QĐ-TTg, 933/QĐ-UBND (chờ văn bản chính thức)",
			"top-right":    "Lập ngày 05/5/2020",
			"bottom-right": "Trang {page}/{pages}",
		}},
	} {
		doc := render(t, reports, htmlreport.Options{Lang: tc.lang, Illustrative: tc.illustrative, Generated: made})
		content, decls := marginBoxes(t, doc)
		if !reflect.DeepEqual(content, tc.want) {
			t.Errorf("%s, illustrative %v: margin boxes\n%q\nwant\n%q", tc.lang, tc.illustrative, content, tc.want)
		}
		for box, d := range decls {
			if !strings.Contains(d, "font-family: \"Noto Sans\"") || !strings.Contains(d, "font-size: 8pt") {
				t.Errorf("%s: @%s { %s }: not in the document's font at 8 pt", tc.lang, box, d)
			}
		}
	}
}

// A printed page that begins with a part of a district's grid after the
// first says whose it is: each such part is preceded by the district's
// name and "(tiếp theo)", kept with it, the first by the district's heading
// alone.
func TestEachLaterPartOfAGridNamesItsDistrict(t *testing.T) {
	for _, tc := range []struct {
		lang     string
		communes int
		want     []string
	}{
		{"vi", 48, nil},
		{"vi", 100, []string{"Hữu Lũng, Lạng Sơn (tiếp theo)", "Hữu Lũng, Lạng Sơn (tiếp theo)"}},
		{"en", 49, []string{"Hữu Lũng, Lạng Sơn (continued)"}},
	} {
		var as []evaluate.Assessment
		for i := range tc.communes {
			as = append(as, assess(t, fmt.Sprintf("Xã minh họa %03d", i+1), "Hữu Lũng", 2020, []string{"5"}, nil))
		}
		doc := render(t, reportsOf(t, as...), htmlreport.Options{Lang: tc.lang})
		fig := regexp.MustCompile(`(?s)<figure class="grid">(.*?)</figure>`).FindStringSubmatch(doc)
		if fig == nil {
			t.Fatalf("%d communes: no grid figure", tc.communes)
		}
		// What stands before each chart of the figure.
		var got []string
		for _, m := range regexp.MustCompile(`(?s)(?:<p class="continued">([^<]*)</p>\s*)?<svg`).FindAllStringSubmatch(fig[1], -1)[1:] {
			got = append(got, m[1])
		}
		if !reflect.DeepEqual(got, tc.want) && (len(got) != 0 || len(tc.want) != 0) {
			t.Errorf("%s, %d communes: before the grid's later parts %q, want %q", tc.lang, tc.communes, got, tc.want)
		}
	}
	doc := render(t, threeYears(t), htmlreport.Options{})
	if d := declarations(t, doc, "", "p.continued"); !strings.Contains(d, "break-after: avoid") {
		t.Errorf("p.continued { %s }: no break-after: avoid, it may be left at a page's foot", d)
	}
}

// A district whose grid is in parts may break between them: kept whole, it
// is taller than a page, and Chromium moves it from under the criteria key
// to the next page, leaving most of that page blank. A district of one
// part is kept whole.
func TestADistrictOfSeveralGridPartsMayBreakBetweenThem(t *testing.T) {
	for _, tc := range []struct {
		communes int
		class    string
	}{{48, `<div class="district">`}, {49, `<div class="district parts">`}} {
		var as []evaluate.Assessment
		for i := range tc.communes {
			as = append(as, assess(t, fmt.Sprintf("Xã minh họa %03d", i+1), "Hữu Lũng", 2020, []string{"5"}, nil))
		}
		doc := render(t, reportsOf(t, as...), htmlreport.Options{})
		if got := regexp.MustCompile(`<div class="district[^"]*">`).FindAllString(doc, -1); len(got) != 1 || got[0] != tc.class {
			t.Errorf("%d communes: %q, want %s", tc.communes, got, tc.class)
		}
	}
	doc := render(t, threeYears(t), htmlreport.Options{})
	if d := declarations(t, doc, "", ".district.parts"); !strings.Contains(d, "break-inside: auto") {
		t.Errorf(".district.parts { %s }: no break-inside: auto", d)
	}
	if d := declarations(t, doc, "", ".district"); !strings.Contains(d, "break-inside: avoid") {
		t.Errorf(".district { %s }: no break-inside: avoid", d)
	}
}

// Printed, a district's shortfalls run over pages: the district's name is
// the first row of the table's header, which each page repeats, so that a
// page of commune rows says whose communes they are; the heading above
// the table, saying the same, is then left out. On a screen the heading
// is shown, the row not.
func TestPrintedShortfallsNameTheirDistrictOnEachPage(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{})
	sec := doc[strings.Index(doc, `<section class="shortfalls"`):]
	sec = sec[:strings.Index(sec, "</section>")]
	heads := regexp.MustCompile(`<table class="data shortfalls">\n(?:<colgroup>.*</colgroup>\n)?<thead><tr class="area"><th colspan="4">([^<]*)</th></tr><tr>`).FindAllStringSubmatch(sec, -1)
	var got []string
	for _, h := range heads {
		got = append(got, h[1])
	}
	if want := []string{"Chi Lăng, Lạng Sơn", "Hữu Lũng, Lạng Sơn"}; !reflect.DeepEqual(got, want) {
		t.Errorf("the shortfalls tables' headers name %q, want %q", got, want)
	}
	for _, c := range []struct{ media, selector, want string }{
		{"", "tr.area", "display: none"},
		{"print", "tr.area", "display: table-row"},
		{"print", "section.shortfalls h3", "display: none"},
	} {
		if d := declarations(t, doc, c.media, c.selector); !strings.Contains(d, c.want) {
			t.Errorf("@media %q { %s { %s } }: no %s", c.media, c.selector, d, c.want)
		}
	}
}

// A word longer than the page is wide (a file's path without spaces in
// the header, a quoted input in a problem) breaks where the line ends:
// unbroken, it makes Chromium shrink every printed page to fit it, the
// whole report in 7-point type.
func TestALongWordBreaksInsteadOfShrinkingThePrint(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{Inputs: []string{"/tmp/" + strings.Repeat("ThuMucBaoCao_", 20) + "minh-hoa.xlsx"}})
	if d := declarations(t, doc, "", "body"); !strings.Contains(d, "overflow-wrap: break-word") {
		t.Errorf("body { %s }: no overflow-wrap: break-word", d)
	}
}

// The warnings of a plan's status are printed: no print rule hides their
// block, heading or list, the heading stays with the list, and their text
// is of the notes' size (số liệu minh họa).
func TestThePlanWarningsArePrinted(t *testing.T) {
	p := &plan.Plan{Number: "số liệu minh họa", Targets: []plan.Target{
		{Commune: evaluate.Commune{Name: "Hòa Lạc", Province: "Lạng Sơn"}, Set: "51/2025/QĐ-TTg", Year: 2027}}}
	doc := render(t, threeYears(t), htmlreport.Options{Plan: p, AsOf: plan.NewDate(2027, time.June, 1)})
	if !strings.Contains(doc, "<div class=\"plan-warnings\">\n<h3>Cảnh báo về kế hoạch: 2</h3>\n<ul class=\"notes\"><li>targets[0]: xã") {
		t.Fatalf("no warnings in the plan section:\n%s", doc[strings.Index(doc, `<section class="plan"`):])
	}
	for _, sel := range []string{"div.plan-warnings", ".plan-warnings", "h3", "ul.notes", "section.plan h3", "li"} {
		if d := declarations(t, doc, "print", sel); strings.Contains(d, "display: none") || strings.Contains(d, "visibility: hidden") {
			t.Errorf("@media print: %s { %s } hides the plan's warnings", sel, d)
		}
	}
	if d := declarations(t, doc, "", "h3"); !strings.Contains(d, "break-after: avoid") {
		t.Errorf("h3 { %s }: the heading of the warnings may be left at a page's foot", d)
	}
	if d := declarations(t, doc, "", "ul.notes"); !strings.Contains(d, "font-size: 9.5pt") {
		t.Errorf("ul.notes { %s }: want the notes' 9.5pt", d)
	}
}

// A commune's shortfalls taller than a printed page would be cut across
// pages, the part on the next page under empty cells, naming no commune:
// they are written in rows that each fit a page (at most 40 lines of about
// 50 characters), the later ones named with "(tiếp theo)", every shortfall
// once and in order.
func TestALongRowOfShortfallsIsSplitInRowsNamingTheCommune(t *testing.T) {
	var all []string
	for c := 1; c <= 19; c++ {
		all = append(all, strconv.Itoa(c))
	}
	one := render(t, reportsOf(t, assess(t, "Hòa Lạc", "Hữu Lũng", 2020, all, nil)), htmlreport.Options{})
	few := render(t, reportsOf(t, assess(t, "Hòa Lạc", "Hữu Lũng", 2020, []string{"5", "17"}, nil)), htmlreport.Options{})
	rowRE := regexp.MustCompile(`(?s)<tr( class="continued")?><td>([^<]*)</td><td class="num">([^<]*)</td><td>([^<]*)</td><td>(.*?)</td></tr>`)
	itemRE := regexp.MustCompile(`<li>(.*?)</li>`)
	rows := func(doc string) [][]string {
		m := regexp.MustCompile(`(?s)<table class="data shortfalls">.*?</table>`).FindString(doc)
		return rowRE.FindAllStringSubmatch(m, -1)
	}
	if r := rows(few); len(r) != 1 || r[0][1] != "" {
		t.Fatalf("two shortfalls: %d rows, want 1 not continued", len(r))
	}
	rs := rows(one)
	if len(rs) < 2 {
		t.Fatalf("19 criteria not met: %d rows of shortfalls, want them split", len(rs))
	}
	items := 0
	for i, r := range rs {
		lines := 0
		for _, it := range itemRE.FindAllStringSubmatch(r[5], -1) {
			lines += (len([]rune(it[1])) + 49) / 50
			items++
		}
		if lines > 40 {
			t.Errorf("row %d: about %d lines of shortfalls, more than a printed page holds", i+1, lines)
		}
		if i == 0 {
			if r[1] != "" || r[2] != "Hòa Lạc" || r[3] != "0/19" || r[4] != "Chưa đạt" {
				t.Errorf("row 1: %q", r[:5])
			}
			continue
		}
		if r[1] == "" || r[2] != "Hòa Lạc (tiếp theo)" || r[3] != "" || r[4] != "" {
			t.Errorf("row %d: %q, want it continued, named \"Hòa Lạc (tiếp theo)\", without the figures", i+1, r[:5])
		}
	}
	if items != 19 {
		t.Errorf("%d shortfalls in the rows, want 19", items)
	}
}

// The shortfalls tables of the districts follow one another on the printed
// pages: their columns have the same widths, set by the table's columns
// and not by each table's content, so that they stand one under the other.
func TestShortfallsTablesOfAllDistrictsHaveTheSameColumns(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{})
	tables := regexp.MustCompile(`(?s)<table class="data shortfalls">\n(.*?)<thead>`).FindAllStringSubmatch(doc, -1)
	if len(tables) != 2 {
		t.Fatalf("%d shortfalls tables, want 2", len(tables))
	}
	const cols = `<colgroup><col class="commune"><col class="met"><col class="status"><col></colgroup>`
	for i, tb := range tables {
		if strings.TrimSpace(tb[1]) != cols {
			t.Errorf("table %d begins %q, want %q", i+1, tb[1], cols)
		}
	}
	for _, c := range []struct{ selector, want string }{
		{"table.shortfalls", "width: 100%"}, {"table.shortfalls", "table-layout: fixed"},
		{"table.shortfalls col.commune", "width: 15%"}, {"table.shortfalls col.met", "width: 4em"}, {"table.shortfalls col.status", "width: 6em"},
	} {
		if d := declarations(t, doc, "", c.selector); !strings.Contains(d, c.want) {
			t.Errorf("%s { %s }: no %s", c.selector, d, c.want)
		}
	}
}

// A name longer than a chart's label column would be drawn past the
// chart's left edge, its beginning cut off on the page: it is shortened
// with "…" to fit (the tables beside the charts have it in full).
func TestALongNameIsShortenedToFitItsChart(t *testing.T) {
	long := "Xã Thử Nghiệm Có Tên Rất Dài Để Kiểm Tra Xuống Dòng Của Nhãn"
	district := "Huyện Có Tên Rất Dài Để Kiểm Tra Nhãn Của Biểu Đồ Cột"
	doc := render(t, reportsOf(t, assess(t, long, district, 2019, nil, nil), assess(t, long, district, 2020, nil, nil)), htmlreport.Options{})
	labels := regexp.MustCompile(`<text x="(\d+)" y="\d+" text-anchor="(end|middle)" class="label" fill="[^"]*">([^<]*)</text>`).FindAllStringSubmatch(doc, -1)
	if len(labels) == 0 {
		t.Fatal("no label")
	}
	shortened := 0
	for _, l := range labels {
		x, _ := strconv.Atoi(l[1])
		// About 7 px a character at 11 px (labelWidth), from x to the
		// left (end) or around x (middle).
		w := 7 * len([]rune(html.UnescapeString(l[3])))
		if l[2] == "middle" {
			w /= 2
		}
		if w > x {
			t.Errorf("label %q (%s), %d px wide, at x=%d: drawn past the chart's edge", l[3], l[2], w, x)
		}
		if strings.HasSuffix(l[3], "…") {
			shortened++
		}
	}
	if shortened < 3 {
		t.Errorf("%d labels shortened, want the commune's in the grid and the district's in the overview and the progress", shortened)
	}
	if !strings.Contains(doc, "<td>"+long+"</td>") {
		t.Error("the shortfalls table lacks the commune's full name")
	}
}

// The legend is printed once, at the head of the grids; a district's grid
// printed on a later page is read by its tally, whose rows are headed by
// the status's swatch as the legend draws it (the letter in its box).
func TestEachDistrictsTallyCarriesTheLegend(t *testing.T) {
	doc := render(t, threeYears(t), htmlreport.Options{})
	tallies := regexp.MustCompile(`(?s)<table class="data tally">.*?</table>`).FindAllString(doc, -1)
	if len(tallies) != 2 {
		t.Fatalf("%d tallies, want 2", len(tallies))
	}
	for i, tb := range tallies {
		for _, want := range []string{`<td><span class="swatch met">Đ</span>Đạt</td>`, `<td><span class="swatch not-met">C</span>Chưa đạt</td>`,
			`<td><span class="swatch missing">?</span>Thiếu số liệu</td>`, `<td><span class="swatch na">–</span>Không áp dụng</td>`} {
			if !strings.Contains(tb, want) {
				t.Errorf("tally %d lacks %s", i+1, want)
			}
		}
	}
	if d := declarations(t, doc, "", "table.tally td:first-child"); !strings.Contains(d, "white-space: nowrap") {
		t.Errorf("table.tally td:first-child { %s }: a status with its swatch may wrap, the tally taller", d)
	}
	// 19 columns of counts up to 3 digits and the status with its swatch
	// fit the width of an A4 page only with narrow padding.
	for _, sel := range []string{"table.tally th.num", "table.tally td.num"} {
		if d := declarations(t, doc, "", sel); !strings.Contains(d, "padding: 2px 3px") {
			t.Errorf("%s { %s }: the padding of the counts makes the tally wider than the page", sel, d)
		}
	}
	for _, class := range []string{"met", "not-met", "missing", "na"} {
		if d := declarations(t, doc, "", "span.swatch."+class); !strings.Contains(d, "border: 2px") {
			t.Errorf("span.swatch.%s { %s }: not drawn outside the legend", class, d)
		}
	}
}
