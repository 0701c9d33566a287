package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// The tests of this file run ntm eval on the same input in every output
// format and check that the formats say the same of every commune: the
// same reports in the same order, statuses, criteria counts, actual values
// and gaps (human formats round and write a decimal comma in Vietnamese),
// warnings.

// evalView is what one output format says of the reports of one input.
type evalView struct {
	reports []reportView
}

type reportView struct {
	key        string // commune | set | year
	status     string // wire code; "" when the format does not say
	met, total int    // -1 when the format does not say
	warnings   int    // -1 when the format does not say
	indicators []indicatorView
}

type indicatorView struct {
	code, status string
	actual       string // normalised: decimal point, no unit; true/false; n/a; "" missing
	gap          string // normalised like actual; "" when none
	gapUnits     string
}

func (r reportView) String() string {
	return fmt.Sprintf("%s %s %d/%d warnings=%d", r.key, r.status, r.met, r.total, r.warnings)
}

var statusByLabel = map[string]string{
	"Đạt": "met", "Chưa đạt": "not-met", "Thiếu số liệu": "missing", "Không áp dụng": "not-applicable",
	"Met": "met", "Not met": "not-met", "Missing": "missing", "Not applicable": "not-applicable",
}

// parseJSONReports reads the reports of ntm eval --format json.
func parseJSONReports(t *testing.T, out string) evalView {
	t.Helper()
	var rs []struct {
		Set     string `json:"set"`
		Commune struct {
			Name, District, Province string
		} `json:"commune"`
		Year          int    `json:"year"`
		Status        string `json:"status"`
		CriteriaMet   int    `json:"criteria_met"`
		CriteriaTotal int    `json:"criteria_total"`
		Criteria      []struct {
			Indicators []struct {
				Code     string  `json:"code"`
				Status   string  `json:"status"`
				Actual   *string `json:"actual"`
				Gap      *string `json:"gap"`
				GapUnits *string `json:"gap_units"`
			} `json:"indicators"`
		} `json:"criteria"`
		Warnings []string `json:"warnings"`
	}
	if err := json.Unmarshal([]byte(out), &rs); err != nil {
		t.Fatalf("the JSON reports do not decode: %v\n%.2000s", err, out)
	}
	var v evalView
	for _, r := range rs {
		rv := reportView{key: reportKey(r.Commune.Name, r.Commune.District, r.Commune.Province, r.Set, strconv.Itoa(r.Year)),
			status: r.Status, met: r.CriteriaMet, total: r.CriteriaTotal, warnings: len(r.Warnings)}
		for _, c := range r.Criteria {
			for _, ind := range c.Indicators {
				iv := indicatorView{code: ind.Code, status: ind.Status}
				if ind.Actual != nil {
					iv.actual = *ind.Actual
				}
				if ind.Gap != nil {
					iv.gap = *ind.Gap
				}
				if ind.GapUnits != nil {
					iv.gapUnits = *ind.GapUnits
				}
				rv.indicators = append(rv.indicators, iv)
			}
		}
		v.reports = append(v.reports, rv)
	}
	return v
}

func reportKey(commune, district, province, set, year string) string {
	return strings.Join([]string{commune, district, province, set, year}, "|")
}

// parseCSVRecords reads the rows of ntm eval --format csv (or of the
// report sheet of --format xlsx): one row per indicator.
func parseCSVRecords(t *testing.T, recs [][]string) evalView {
	t.Helper()
	if len(recs) == 0 {
		return evalView{}
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	for _, h := range []string{"commune", "district", "province", "year", "set", "indicator", "status", "actual", "gap", "gap_units"} {
		if _, ok := col[h]; !ok {
			t.Fatalf("the CSV header %q has no column %s", recs[0], h)
		}
	}
	var v evalView
	for _, rec := range recs[1:] {
		get := func(h string) string { return rec[col[h]] }
		key := reportKey(get("commune"), get("district"), get("province"), get("set"), get("year"))
		if len(v.reports) == 0 || v.reports[len(v.reports)-1].key != key {
			v.reports = append(v.reports, reportView{key: key, met: -1, total: -1, warnings: -1})
		}
		r := &v.reports[len(v.reports)-1]
		r.indicators = append(r.indicators, indicatorView{code: get("indicator"), status: get("status"),
			actual: get("actual"), gap: get("gap"), gapUnits: get("gap_units")})
	}
	return v
}

var (
	leadingNumber = regexp.MustCompile(`^-?[0-9]+(?:[.,][0-9]+)?`)
	gapText       = regexp.MustCompile(`(-?[0-9]+(?:[.,][0-9]+)?)`)
	gapUnitsText  = regexp.MustCompile(`\([+−]([0-9]+(?:[.,][0-9]+)?)`)
	metLineText   = regexp.MustCompile(`^(?:Đạt|Met) ([0-9]+)/([0-9]+) (?:tiêu chí|criteria)$`)
	warnCountText = regexp.MustCompile(`(?:đánh giá|decided) ([0-9]+) (?:chỉ tiêu|indicators?)`)
)

// humanActual normalises the actual value of a text or Markdown cell.
func humanActual(s string) string {
	s = strings.TrimSpace(s)
	switch s {
	case "—", "":
		return ""
	case "đạt", "yes", "có", "present":
		return "true"
	case "chưa đạt", "no", "không có", "none":
		return "false"
	case "không áp dụng", "n/a":
		return "n/a"
	}
	return strings.ReplaceAll(leadingNumber.FindString(s), ",", ".")
}

func humanGap(s string) (gap, units string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ""
	}
	gap = strings.ReplaceAll(gapText.FindString(s), ",", ".")
	if m := gapUnitsText.FindStringSubmatch(s); m != nil {
		units = strings.ReplaceAll(m[1], ",", ".")
	}
	return gap, units
}

// communeLine splits "Xã, Huyện, Tỉnh" as the human formats write it.
func communeKeyOf(s, set, year string) string {
	parts := strings.Split(s, ", ")
	if len(parts) == 2 {
		parts = []string{parts[0], "", parts[1]}
	}
	for len(parts) < 3 {
		parts = append(parts, "")
	}
	return reportKey(parts[0], parts[1], parts[2], set, year)
}

// parseTextReports reads the reports of ntm eval (text).
func parseTextReports(t *testing.T, out string) evalView {
	t.Helper()
	var v evalView
	var r *reportView
	var commune, set string
	var cols []int
	inWarnings := false
	for line := range strings.SplitSeq(out, "\n") {
		switch {
		case strings.HasPrefix(line, "Xã:          ") || strings.HasPrefix(line, "Commune:    "):
			commune = strings.TrimSpace(line[strings.Index(line, ":")+1:])
			v.reports = append(v.reports, reportView{warnings: 0})
			r = &v.reports[len(v.reports)-1]
			inWarnings = false
			cols = nil
		case r == nil:
		case strings.HasPrefix(line, "Bộ tiêu chí: ") || strings.HasPrefix(line, "Criteria:   "):
			set = strings.Fields(line[strings.Index(line, ":")+1:])[0]
		case strings.HasPrefix(line, "Năm:         ") || strings.HasPrefix(line, "Year:       "):
			r.key = communeKeyOf(commune, set, strings.TrimSpace(line[strings.Index(line, ":")+1:]))
		case strings.HasPrefix(line, "Kết quả:     ") || strings.HasPrefix(line, "Status:     "):
			label := strings.TrimSpace(line[strings.Index(line, ":")+1:])
			if i := strings.Index(label, " ("); i >= 0 {
				label = label[:i]
			}
			r.status = statusByLabel[label]
		case strings.HasPrefix(line, "Chỉ tiêu  ") || strings.HasPrefix(line, "Indicator  "):
			rs := []rune(line)
			cols = nil
			for i := 1; i < len(rs); i++ {
				if rs[i-1] == ' ' && i >= 2 && rs[i-2] == ' ' && rs[i] != ' ' {
					cols = append(cols, i)
				}
			}
		case line == "Cảnh báo:" || line == "Warnings:":
			inWarnings = true
		case inWarnings && strings.HasPrefix(line, "  - "):
			r.warnings += warningCount(line)
		case metLineText.MatchString(line):
			r.met, r.total = metCount(line)
			inWarnings = false
		case cols != nil && strings.HasPrefix(line, "  ") && len(cols) == 5:
			rs := []rune(line)
			cell := func(i int) string {
				from := 0
				if i > 0 {
					from = cols[i-1]
				}
				to := len(rs)
				if i < len(cols) {
					to = min(cols[i], len(rs))
				}
				if from >= len(rs) {
					return ""
				}
				return strings.TrimSpace(string(rs[from:to]))
			}
			gap, units := humanGap(cell(4))
			r.indicators = append(r.indicators, indicatorView{code: cell(0), status: statusByLabel[cell(1)],
				actual: humanActual(cell(2)), gap: gap, gapUnits: units})
		case line == "":
			if cols != nil && len(r.indicators) > 0 {
				cols = nil
			}
		}
	}
	return v
}

// warningCount is how many warnings a warning line of the text or
// Markdown reports stands for: the count a provenance (độ tin cậy) line
// gives, 1 for any other.
func warningCount(line string) int {
	if m := warnCountText.FindStringSubmatch(line); m != nil && (strings.Contains(line, "độ tin cậy") || strings.Contains(line, "provenance")) {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 1
}

// metCount returns the criteria met and their total of a line of the text
// or Markdown reports that metLineText matches.
func metCount(line string) (met, total int) {
	m := metLineText.FindStringSubmatch(line)
	met, _ = strconv.Atoi(m[1])
	total, _ = strconv.Atoi(m[2])
	return met, total
}

var mdHeading = regexp.MustCompile(`^## (.*) — (\S+) \(([0-9]+)\)`)

// parseMarkdownReports reads the reports of ntm eval --format markdown.
func parseMarkdownReports(t *testing.T, out string) evalView {
	t.Helper()
	var v evalView
	var r *reportView
	inWarnings := false
	for line := range strings.SplitSeq(out, "\n") {
		switch {
		case mdHeading.MatchString(line):
			m := mdHeading.FindStringSubmatch(line)
			v.reports = append(v.reports, reportView{key: communeKeyOf(m[1], m[2], m[3])})
			r = &v.reports[len(v.reports)-1]
			inWarnings = false
		case r == nil:
		case strings.HasPrefix(line, "- Kết quả: **") || strings.HasPrefix(line, "- Status: **"):
			label := strings.TrimSuffix(line[strings.Index(line, "**")+2:], "**")
			if i := strings.Index(label, "**"); i >= 0 {
				label = label[:i]
			}
			r.status = statusByLabel[label]
		case strings.HasPrefix(line, "### Cảnh báo") || strings.HasPrefix(line, "### Warnings"):
			inWarnings = true
		case strings.HasPrefix(line, "### "):
			inWarnings = false
		case inWarnings && strings.HasPrefix(line, "- "):
			r.warnings += warningCount(line)
		case metLineText.MatchString(line):
			r.met, r.total = metCount(line)
			inWarnings = false
		case strings.HasPrefix(line, "| | "):
			cells := strings.Split(line, " | ")
			if len(cells) < 7 {
				t.Fatalf("a Markdown row of %d cells: %q", len(cells), line)
			}
			gap, units := humanGap(cells[5])
			r.indicators = append(r.indicators, indicatorView{code: cells[1], status: statusByLabel[cells[2]],
				actual: humanActual(strings.ReplaceAll(cells[3], `\|`, "|")), gap: gap, gapUnits: units})
		}
	}
	return v
}

// compareViews reports every difference between what two formats say.
func compareViews(t *testing.T, what string, want, got evalView) {
	t.Helper()
	if len(want.reports) != len(got.reports) {
		t.Errorf("%s: %d reports, JSON has %d", what, len(got.reports), len(want.reports))
	}
	errs := 0
	for i := range min(len(want.reports), len(got.reports)) {
		w, g := want.reports[i], got.reports[i]
		if w.key != g.key {
			t.Errorf("%s: report %d is %q, JSON's is %q", what, i, g.key, w.key)
			errs++
			continue
		}
		if g.status != "" && g.status != w.status {
			t.Errorf("%s: %s: status %q, JSON %q", what, g.key, g.status, w.status)
			errs++
		}
		if g.met >= 0 && (g.met != w.met || g.total != w.total) {
			t.Errorf("%s: %s: met %d/%d, JSON %d/%d", what, g.key, g.met, g.total, w.met, w.total)
			errs++
		}
		if g.warnings >= 0 && g.warnings != w.warnings {
			t.Errorf("%s: %s: %d warnings, JSON %d", what, g.key, g.warnings, w.warnings)
			errs++
		}
		if len(g.indicators) != len(w.indicators) {
			t.Errorf("%s: %s: %d indicators, JSON %d", what, g.key, len(g.indicators), len(w.indicators))
			errs++
			continue
		}
		for j := range w.indicators {
			wi, gi := w.indicators[j], g.indicators[j]
			if wi.status == "met" && (strings.HasPrefix(what, "text ") || strings.HasPrefix(what, "markdown ")) {
				// Text and Markdown print the units of a shortfall only;
				// JSON's gap_units of a met share is "0".
				wi.gapUnits = ""
			}
			if wi.code != gi.code || wi.status != gi.status || wi.actual != gi.actual ||
				wi.gap != gi.gap || wi.gapUnits != gi.gapUnits {
				t.Errorf("%s: %s: indicator %+v, JSON %+v", what, g.key, gi, wi)
				errs++
			}
		}
		if errs > 20 {
			t.Fatalf("%s: too many differences", what)
		}
	}
}

// checkEvalFormatsAgree runs ntm eval with args in every format and
// compares each with the JSON reports.
func checkEvalFormatsAgree(t *testing.T, args ...string) evalView {
	t.Helper()
	run := func(extra ...string) (int, string, string) {
		return runNTM(t, "", append(append([]string{"eval"}, extra...), args...)...)
	}
	code, out, errOut := run("--format", "json")
	want := parseJSONReports(t, out)
	if len(want.reports) == 0 {
		t.Fatalf("no reports (exit %d): %s", code, errOut)
	}
	seen := map[string]bool{}
	for _, r := range want.reports {
		if seen[r.key] {
			t.Logf("JSON has %s twice", r.key)
		}
		seen[r.key] = true
	}
	for _, lang := range []string{"vi", "en"} {
		c, out, e := run("--lang", lang)
		if c != code || lang == "vi" && e != errOut {
			t.Errorf("text --lang %s: exit %d, stderr differs from JSON's (exit %d):\n%s\n---\n%s", lang, c, code, e, errOut)
		}
		compareViews(t, "text --lang "+lang, want, parseTextReports(t, out))
		c, out, _ = run("--lang", lang, "--format", "markdown")
		if c != code {
			t.Errorf("markdown: exit %d, JSON's %d", c, code)
		}
		compareViews(t, "markdown --lang "+lang, want, parseMarkdownReports(t, out))
	}
	c, out, _ := run("--lang", "en", "--format", "csv")
	if c != code {
		t.Errorf("csv: exit %d, JSON's %d", c, code)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("csv: %v", err)
	}
	compareViews(t, "csv", want, parseCSVRecords(t, recs))
	path := filepath.Join(t.TempDir(), "r.xlsx")
	if c, _, e := run("--lang", "en", "--format", "xlsx", "-o", path); c != code {
		t.Errorf("xlsx: exit %d, JSON's %d: %s", c, code, e)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var all [][]string
	for i, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if i > 0 && len(rows) > 0 {
			rows = rows[1:]
		}
		all = append(all, rows...)
	}
	for i := range all {
		for len(all[i]) < len(all[0]) {
			all[i] = append(all[i], "")
		}
	}
	compareViews(t, "xlsx", want, parseCSVRecords(t, all))
	return want
}

func TestEvalFormatsAgree(t *testing.T) {
	runConsistencyCases(t, evalCases(), func(t *testing.T, args ...string) { checkEvalFormatsAgree(t, args...) })
}

// evalCases are the inputs on which ntm eval's outputs are compared: the
// README's, the Hữu Lũng example's and the communes merged on 1/7/2025.
func evalCases() map[string][]string {
	return map[string][]string{
		"hoalac":  {"../../testdata/readme/hoalac.json"},
		"huulung": {"../../examples/huulung/so-lieu-minh-hoa.json"},
		"readme":  {"../../testdata/readme/communes.csv"},
		"years":   {"../../testdata/readme/2018.csv", "../../testdata/readme/2019.csv", "../../testdata/readme/2020.csv"},
		"xlsx":    {"../../testdata/readme/so-lieu.xlsx"},
		// the communes merged on 1/7/2025, with no district, estimated
		"successors": {"--successors", "2025-07-01", "../../examples/huulung/so-lieu-minh-hoa-sau-sap-xep.json"},
	}
}

// runConsistencyCases runs check on the arguments of each case, in the
// order of their names, or only on NTM_CONS_ARGS's when it is set.
func runConsistencyCases(t *testing.T, cases map[string][]string, check func(t *testing.T, args ...string)) {
	t.Helper()
	if f := os.Getenv("NTM_CONS_ARGS"); f != "" {
		cases = map[string][]string{"env": strings.Fields(f)}
	}
	for _, name := range slices.Sorted(maps.Keys(cases)) {
		t.Run(name, func(t *testing.T) { check(t, cases[name]...) })
	}
}

// areaView is what a summary format says of one area.
type areaView struct {
	key           string // set | year | area as the human formats name it
	communes, met int
	average       string // decimal point
	total         int
	mostMissed    []string // "code:n"
	tally         map[string][3]int
}

type summaryJSON struct {
	Areas []struct {
		Set, Scope, Province, District string
		Year                           int
		Communes                       int    `json:"communes"`
		CommunesMet                    int    `json:"communes_met"`
		CriteriaMet                    int    `json:"criteria_met"`
		CriteriaTotal                  int    `json:"criteria_total"`
		Average                        string `json:"average_criteria_met"`
		Criteria                       []struct {
			Code    string
			Met     int `json:"met"`
			NotMet  int `json:"not_met"`
			Missing int `json:"missing"`
		}
		MostMissed []string `json:"most_missed"`
	}
	Excluded []struct {
		Origin   string `json:"origin"`
		Problems int    `json:"problems"`
	} `json:"excluded"`
}

func areaName(scope, province, district string) string {
	switch scope {
	case "all":
		return "*"
	case "province":
		return province
	}
	return district + ", " + province
}

func (s summaryJSON) views() []areaView {
	var vs []areaView
	for _, a := range s.Areas {
		v := areaView{key: fmt.Sprintf("%s|%d|%s", a.Set, a.Year, areaName(a.Scope, a.Province, a.District)),
			communes: a.Communes, met: a.CommunesMet, average: a.Average, total: a.CriteriaTotal, tally: map[string][3]int{}}
		for _, c := range a.Criteria {
			v.tally[c.Code] = [3]int{c.Met, c.NotMet, c.Missing}
		}
		for _, code := range a.MostMissed {
			v.mostMissed = append(v.mostMissed, fmt.Sprintf("%s:%d", code, v.tally[code][1]))
		}
		vs = append(vs, v)
	}
	return vs
}

// reportBrief is what the checks against the reports take of one report
// of ntm eval --format json: the commune, set, year, status, criteria met
// and each criterion's status.
type reportBrief struct {
	Set           string `json:"set"`
	Commune       struct{ Name, District, Province string }
	Year          int    `json:"year"`
	Status        string `json:"status"`
	CriteriaMet   int    `json:"criteria_met"`
	CriteriaTotal int    `json:"criteria_total"`
	Criteria      []struct{ Code, Status string }
}

// decodeReportBriefs decodes the reports of ntm eval --format json.
func decodeReportBriefs(t *testing.T, out string) []reportBrief {
	t.Helper()
	var rs []reportBrief
	if err := json.Unmarshal([]byte(out), &rs); err != nil {
		t.Fatal(err)
	}
	return rs
}

// summaryFromReports recomputes the summary of the JSON reports of
// ntm eval: communes, communes meeting the set, criteria met per area and
// each criterion's tally.
func summaryFromReports(t *testing.T, out string) map[string]areaView {
	t.Helper()
	rs := decodeReportBriefs(t, out)
	sums := map[string]*areaView{}
	critMet := map[string]int{}
	for _, r := range rs {
		areas := []string{"*", r.Commune.Province}
		if r.Commune.District != "" {
			areas = append(areas, r.Commune.District+", "+r.Commune.Province)
		}
		for _, area := range areas {
			key := fmt.Sprintf("%s|%d|%s", r.Set, r.Year, area)
			a := sums[key]
			if a == nil {
				a = &areaView{key: key, total: r.CriteriaTotal, tally: map[string][3]int{}}
				sums[key] = a
			}
			a.communes++
			if r.Status == "met" {
				a.met++
			}
			critMet[key] += r.CriteriaMet
			for _, c := range r.Criteria {
				n := a.tally[c.Code]
				switch c.Status {
				case "met", "not-applicable":
					n[0]++
				case "not-met":
					n[1]++
				case "missing":
					n[2]++
				}
				a.tally[c.Code] = n
			}
		}
	}
	res := map[string]areaView{}
	for k, a := range sums {
		// half-up to 2 decimals of an exact ratio of integers
		q := critMet[k] * 1000 / a.communes
		q = (q + 5) / 10
		a.average = fmt.Sprintf("%d.%02d", q/100, q%100)
		res[k] = *a
	}
	return res
}

// summaryTotal is the name of the area of all communes in the text and
// Markdown summaries: a total with the provinces it spans.
var summaryTotal = regexp.MustCompile(`^(Tổng cộng \([0-9]+ tỉnh\)|Total \([0-9]+ provinces?\))$`)

var summaryRow = regexp.MustCompile(`^(\s*)(.+?)\s{2,}([0-9]+)\s{2,}([0-9]+)\s{2,}([0-9]+(?:[.,][0-9]+)?)/([0-9]+)\s{2,}(.*)$`)
var summaryTitle = regexp.MustCompile(`^(?:## )?(?:Tổng hợp|Summary of) (\S+)(?: \([^)]*\))?, (?:năm )?([0-9]+)`)
var missedItem = regexp.MustCompile(`^(\S+) .*\(([0-9]+) (?:xã|communes?)\)$`)

// parseHumanSummary reads the area rows of a text or Markdown summary.
func parseHumanSummary(t *testing.T, out string, markdown bool) []areaView {
	t.Helper()
	var vs []areaView
	var set, year string
	for line := range strings.SplitSeq(out, "\n") {
		if m := summaryTitle.FindStringSubmatch(line); m != nil {
			set, year = m[1], m[2]
			continue
		}
		var name, communes, met, avg, total, missed string
		if markdown {
			cells := strings.Split(strings.Trim(line, "| "), " | ")
			if len(cells) != 5 || !strings.Contains(cells[3], "/") || cells[1] == "Số xã" || cells[1] == "Communes" {
				continue
			}
			name, communes, met, missed = cells[0], cells[1], cells[2], cells[4]
			avg, total, _ = strings.Cut(cells[3], "/")
		} else {
			m := summaryRow.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			name, communes, met, avg, total, missed = m[2], m[3], m[4], m[5], m[6], m[7]
			switch len(m[1]) {
			case 2:
			case 4:
				// a district under its province
				name += ", " + vs[len(vs)-1].provinceOf()
			}
		}
		if summaryTotal.MatchString(name) {
			name = "*"
		}
		v := areaView{key: set + "|" + year + "|" + name, average: strings.ReplaceAll(avg, ",", ".")}
		v.communes, _ = strconv.Atoi(communes)
		v.met, _ = strconv.Atoi(met)
		v.total, _ = strconv.Atoi(total)
		if missed != "—" {
			for item := range strings.SplitSeq(missed, "; ") {
				m := missedItem.FindStringSubmatch(item)
				if m == nil {
					t.Errorf("most missed item %q of %q", item, line)
					continue
				}
				v.mostMissed = append(v.mostMissed, m[1]+":"+m[2])
			}
		}
		vs = append(vs, v)
	}
	return vs
}

// provinceOf is the province of an area key, for the districts the text
// summary indents under it.
func (v areaView) provinceOf() string {
	name := v.key[strings.LastIndex(v.key, "|")+1:]
	if i := strings.LastIndex(name, ", "); i >= 0 {
		return name[i+2:]
	}
	return name
}

func compareAreas(t *testing.T, what string, want, got []areaView, n int) {
	t.Helper()
	if len(want) != len(got) {
		t.Errorf("%s: %d areas, JSON summary %d", what, len(got), len(want))
	}
	for i := range min(len(want), len(got)) {
		w, g := want[i], got[i]
		wm := w.mostMissed
		if n > 0 && len(wm) > n {
			wm = wm[:n]
		}
		if n < 0 {
			wm = g.mostMissed
		}
		if w.key != g.key || w.communes != g.communes || w.met != g.met || w.average != g.average || w.total != g.total ||
			!slices.Equal(wm, g.mostMissed) || g.tally != nil && !maps.Equal(w.tally, g.tally) {
			t.Errorf("%s: area %d:\n got %s %d %d %s/%d %v\nwant %s %d %d %s/%d %v", what, i,
				g.key, g.communes, g.met, g.average, g.total, g.mostMissed, w.key, w.communes, w.met, w.average, w.total, wm)
		}
	}
}

// checkSummaryFormatsAgree compares ntm eval --summary in every format with
// the JSON summary, and the JSON summary with the JSON reports.
func checkSummaryFormatsAgree(t *testing.T, args ...string) {
	t.Helper()
	run := func(extra ...string) (int, string, string) {
		return runNTM(t, "", append(append([]string{"eval"}, extra...), args...)...)
	}
	code, out, errOut := run("--summary", "--format", "json")
	var s summaryJSON
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("exit %d: %v\n%s", code, err, errOut)
	}
	want := s.views()
	_, rep, _ := run("--format", "json")
	fromReports := summaryFromReports(t, rep)
	if len(fromReports) != len(want) {
		t.Errorf("the JSON summary has %d areas, the reports give %d", len(want), len(fromReports))
	}
	for _, w := range want {
		r, ok := fromReports[w.key]
		if !ok {
			t.Errorf("the JSON summary's area %s is not in the reports", w.key)
			continue
		}
		if r.communes != w.communes || r.met != w.met || r.average != w.average || r.total != w.total || !maps.Equal(r.tally, w.tally) {
			t.Errorf("area %s: the summary says %d communes, %d met, %s/%d, %v; the reports %d, %d, %s/%d, %v",
				w.key, w.communes, w.met, w.average, w.total, w.tally, r.communes, r.met, r.average, r.total, r.tally)
		}
		// most missed: every criterion not met by some commune, most first, ties in set order
		var prev = -1
		for i, mm := range w.mostMissed {
			code, n, _ := strings.Cut(mm, ":")
			k, _ := strconv.Atoi(n)
			if k == 0 || w.tally[code][1] != k || (i > 0 && k > prev) {
				t.Errorf("area %s: most missed %v out of order or wrong", w.key, w.mostMissed)
			}
			prev = k
		}
	}
	var excluded []string
	for _, x := range s.Excluded {
		excluded = append(excluded, fmt.Sprintf("%s %d", x.Origin, x.Problems))
	}
	// CSV: one row per area and criterion, then the communes left out.
	_, out, _ = run("--summary", "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	gotCSV, exCSV := summaryRecords(t, recs, nil)
	compareAreas(t, "csv summary", want, gotCSV, -1)
	if !slices.Equal(excluded, exCSV) {
		t.Errorf("csv summary: excluded %q, JSON %q", exCSV, excluded)
	}
	// xlsx: the sheet of areas, the sheet by criterion, the sheet of the
	// communes left out.
	path := filepath.Join(t.TempDir(), "s.xlsx")
	run("--summary", "--lang", "en", "--format", "xlsx", "-o", path)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := func(name string) [][]string {
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatalf("xlsx summary: sheet %q: %v", name, err)
		}
		for i := range rows {
			for len(rows[i]) < len(rows[0]) {
				rows[i] = append(rows[i], "")
			}
		}
		return rows
	}
	byCriterion, _ := summaryRecords(t, sheet("By criterion"), nil)
	compareAreas(t, "xlsx summary by criterion", want, byCriterion, -1)
	areas, _ := summaryRecords(t, sheet("Summary"), byCriterion)
	compareAreas(t, "xlsx summary", want, areas, 0)
	var exX []string
	for i, row := range sheet("Excluded") {
		if i > 0 {
			exX = append(exX, row[3]+" "+row[4])
		}
	}
	if !slices.Equal(excluded, exX) {
		t.Errorf("xlsx summary: excluded %q, JSON %q", exX, excluded)
	}
	for _, lang := range []string{"vi", "en"} {
		_, out, _ := run("--summary", "--lang", lang)
		compareAreas(t, "text summary --lang "+lang, want, parseHumanSummary(t, out, false), 5)
		_, out, _ = run("--summary", "--lang", lang, "--format", "markdown")
		compareAreas(t, "markdown summary --lang "+lang, want, parseHumanSummary(t, out, true), 5)
	}
}

func TestSummaryFormatsAgree(t *testing.T) {
	runConsistencyCases(t, evalCases(), checkSummaryFormatsAgree)
}

// summaryRecords reads the rows of a CSV summary or of a sheet of an xlsx
// summary: the areas, with their tallies when the rows are by criterion
// (else those of tallies, matched by key), and the communes left out.
func summaryRecords(t *testing.T, recs [][]string, tallies []areaView) (areas []areaView, excluded []string) {
	t.Helper()
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	get := func(rec []string, h string) string {
		i, ok := col[h]
		if !ok {
			return ""
		}
		return rec[i]
	}
	for _, rec := range recs[1:] {
		scope := get(rec, "scope")
		if scope == "excluded" {
			excluded = append(excluded, get(rec, "origin")+" "+get(rec, "problems"))
			continue
		}
		key := get(rec, "set") + "|" + get(rec, "year") + "|" + areaName(scope, get(rec, "province"), get(rec, "district"))
		if len(areas) == 0 || areas[len(areas)-1].key != key {
			avg, err := decimal.NewFromString(get(rec, "average_criteria_met"))
			if err != nil {
				t.Errorf("%s: average %q: %v", key, get(rec, "average_criteria_met"), err)
			}
			v := areaView{key: key, average: avg.StringFixed(2)}
			v.communes, _ = strconv.Atoi(get(rec, "communes"))
			v.met, _ = strconv.Atoi(get(rec, "communes_met"))
			v.total, _ = strconv.Atoi(get(rec, "criteria_total"))
			if _, ok := col["criterion"]; ok {
				v.tally = map[string][3]int{}
			}
			if mm := get(rec, "most_missed"); mm != "" && mm != "—" {
				for item := range strings.SplitSeq(mm, "; ") {
					if m := missedItem.FindStringSubmatch(item); m != nil {
						v.mostMissed = append(v.mostMissed, m[1]+":"+m[2])
					} else {
						t.Errorf("%s: most missed item %q", key, item)
					}
				}
			}
			areas = append(areas, v)
		}
		if code := get(rec, "criterion"); code != "" {
			var n [3]int
			for i, h := range []string{"met", "not_met", "missing"} {
				n[i], _ = strconv.Atoi(get(rec, h))
			}
			areas[len(areas)-1].tally[code] = n
		}
	}
	return areas, excluded
}

// checkProgressAgrees compares ntm progress --format json with the JSON
// reports of ntm eval on the same files: each commune's years, first year
// met and criteria lost, and each area's tally year by year.
func checkProgressAgrees(t *testing.T, args ...string) {
	t.Helper()
	_, rep, _ := runNTM(t, "", append([]string{"eval", "--format", "json"}, args...)...)
	rs := decodeReportBriefs(t, rep)
	type yearView struct {
		status     string
		met, total int
		criteria   map[string]string
	}
	byCommune := map[string]map[int]yearView{}
	for _, r := range rs {
		k := reportKey(r.Commune.Name, r.Commune.District, r.Commune.Province, r.Set, "")
		if byCommune[k] == nil {
			byCommune[k] = map[int]yearView{}
		}
		if _, dup := byCommune[k][r.Year]; dup {
			t.Fatalf("%s %d assessed twice: the comparison needs each once", k, r.Year)
		}
		y := yearView{status: r.Status, met: r.CriteriaMet, total: r.CriteriaTotal, criteria: map[string]string{}}
		for _, c := range r.Criteria {
			y.criteria[c.Code] = c.Status
		}
		byCommune[k][r.Year] = y
	}
	_, out, errOut := runNTM(t, "", append([]string{"progress", "--format", "json"}, args...)...)
	var p struct {
		Communes []struct {
			Commune struct{ Name, District, Province string }
			Set     string
			Years   []struct {
				Year          int
				Status        string
				CriteriaMet   int `json:"criteria_met"`
				CriteriaTotal int `json:"criteria_total"`
			}
			FirstMet    *int `json:"first_met"`
			Regressions []struct {
				Year     int
				Criteria []string
			}
		}
		Areas []struct {
			Province, District, Set, Scope string
			Years                          []struct {
				Year        int
				Communes    int
				CommunesMet int    `json:"communes_met"`
				Average     string `json:"average_criteria"`
				Total       int    `json:"criteria_total"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	if len(p.Communes) != len(byCommune) {
		t.Errorf("progress follows %d communes, the reports have %d", len(p.Communes), len(byCommune))
	}
	for _, c := range p.Communes {
		k := reportKey(c.Commune.Name, c.Commune.District, c.Commune.Province, c.Set, "")
		years := byCommune[k]
		if len(c.Years) != len(years) {
			t.Errorf("%s: progress has %d years, the reports %d", k, len(c.Years), len(years))
		}
		var firstMet *int
		var regressions []string
		for i, y := range c.Years {
			r, ok := years[y.Year]
			if !ok || r.status != y.Status || r.met != y.CriteriaMet || r.total != y.CriteriaTotal {
				t.Errorf("%s %d: progress says %s %d/%d, the report %+v", k, y.Year, y.Status, y.CriteriaMet, y.CriteriaTotal, r)
			}
			if y.Status == "met" && firstMet == nil {
				firstMet = &y.Year
			}
			if i > 0 {
				prev := years[c.Years[i-1].Year]
				var lost []string
				for _, code := range slices.Sorted(maps.Keys(r.criteria)) {
					if prev.criteria[code] == "met" && r.criteria[code] == "not-met" {
						lost = append(lost, code)
					}
				}
				if len(lost) > 0 {
					slices.SortFunc(lost, func(a, b string) int { return compareCodes(a, b) })
					regressions = append(regressions, fmt.Sprintf("%d %v", y.Year, lost))
				}
			}
		}
		if (firstMet == nil) != (c.FirstMet == nil) || firstMet != nil && *firstMet != *c.FirstMet {
			t.Errorf("%s: first met %v, the reports %v", k, c.FirstMet, firstMet)
		}
		var got []string
		for _, r := range c.Regressions {
			got = append(got, fmt.Sprintf("%d %v", r.Year, r.Criteria))
		}
		if !slices.Equal(got, regressions) {
			t.Errorf("%s: criteria lost %q, the reports %q", k, got, regressions)
		}
	}
	want := summaryFromReports(t, rep)
	n := 0
	for _, a := range p.Areas {
		for _, y := range a.Years {
			n++
			key := fmt.Sprintf("%s|%d|%s", a.Set, y.Year, areaName(a.Scope, a.Province, a.District))
			w, ok := want[key]
			if !ok || w.communes != y.Communes || w.met != y.CommunesMet || w.average != y.Average || w.total != y.Total {
				t.Errorf("area %s: progress says %d communes, %d met, %s/%d; the reports %+v", key, y.Communes, y.CommunesMet, y.Average, y.Total, w)
			}
		}
	}
	if n != len(want) {
		t.Errorf("progress has %d areas and years, the reports %d", n, len(want))
	}
}

// compareCodes orders criterion codes as numbers ("2" before "10").
func compareCodes(a, b string) int {
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	if errA != nil || errB != nil {
		return strings.Compare(a, b)
	}
	return x - y
}

func TestProgressAgreesWithReports(t *testing.T) {
	cases := map[string][]string{
		"years":      {"../../testdata/readme/2018.csv", "../../testdata/readme/2019.csv", "../../testdata/readme/2020.csv"},
		"huulung":    {"../../examples/huulung/so-lieu-minh-hoa.json", "../../testdata/readme/2019.csv"},
		"successors": {"../../examples/huulung/so-lieu-minh-hoa-sau-sap-xep.json"},
	}
	runConsistencyCases(t, cases, checkProgressAgrees)
}

var (
	htmlH2       = regexp.MustCompile(`^<h2>(?:Tổng quan theo địa bàn|Tiến độ qua các năm|Các chỉ tiêu chưa đạt của từng xã[^—]*) — ([^\s,:]+)(?: <span[^>]*>\([^)]*\)</span>)?(?:, năm ([0-9]+))?`)
	htmlH3       = regexp.MustCompile(`^<h3>([^<]*)</h3>`)
	htmlYearHead = regexp.MustCompile(`<th class="num">([0-9]{4})</th>`)
	htmlOverview = regexp.MustCompile(`^<tr><td>([^<]*)</td><td class="num">([0-9]+)</td><td class="num">([0-9]+)</td><td class="num">([0-9,]+)</td><td>([^<]*)</td></tr>`)
	htmlProgress = regexp.MustCompile(`<td class="num">(?:([0-9,]+) \(([0-9]+)/([0-9]+) xã đạt\)|—)</td>`)
	htmlShort    = regexp.MustCompile(`^<tr><td>([^<]*)</td><td class="num">([0-9]+)/([0-9]+)</td><td>([^<]*)</td><td>(.*)</td></tr>`)
	htmlItem     = regexp.MustCompile(`<li>(\S+) [^<]*?(?:: ([0-9,]+)[^<]*?\([^)]*\)(?: — [^0-9<]*([0-9,]+)[^<(]*(?:\([+−]([0-9,]+)[^)]*\))?)?)?</li>`)
)

// checkReportAgrees compares the numbers of ntm report (HTML) with the JSON
// reports of ntm eval on the same files: the overview by area, the
// progress table, each commune's criteria met, status and shortfalls.
func checkReportAgrees(t *testing.T, args ...string) {
	t.Helper()
	_, rep, _ := runNTM(t, "", append([]string{"eval", "--format", "json"}, args...)...)
	areas := summaryFromReports(t, rep)
	evalView := parseJSONReports(t, rep)
	reports := map[string]reportView{}
	for _, r := range evalView.reports {
		reports[r.key] = r
	}
	_, out, errOut := runNTM(t, "", append([]string{"report"}, args...)...)
	if !strings.Contains(out, "</html>") {
		t.Fatalf("no HTML report: %s", errOut)
	}
	var set, year, section, district string
	var years []string
	checked := 0
	for line := range strings.SplitSeq(out, "\n") {
		line = html.UnescapeString(line)
		if m := htmlH2.FindStringSubmatch(line); m != nil {
			set, year, section = m[1], m[2], strings.TrimPrefix(line, "<h2>")
			continue
		}
		if m := htmlH3.FindStringSubmatch(line); m != nil {
			district = m[1]
			continue
		}
		if strings.HasPrefix(line, "<thead>") {
			years = nil
			for _, m := range htmlYearHead.FindAllStringSubmatch(line, -1) {
				years = append(years, m[1])
			}
			continue
		}
		switch {
		case strings.HasPrefix(section, "Tổng quan"):
			m := htmlOverview.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			name := m[1]
			if strings.HasPrefix(name, "Tổng cộng (") {
				name = "*"
			}
			key := set + "|" + year + "|" + name
			w, ok := areas[key]
			if !ok || strconv.Itoa(w.communes) != m[2] || strconv.Itoa(w.met) != m[3] || w.average != strings.ReplaceAll(m[4], ",", ".") {
				t.Errorf("HTML overview %s: %s communes, %s met, average %s; the reports %+v", key, m[2], m[3], m[4], w)
			}
			checked++
		case strings.HasPrefix(section, "Tiến độ"):
			cells := htmlProgress.FindAllStringSubmatch(line, -1)
			if cells == nil {
				continue
			}
			name := line[len("<tr><td>"):strings.Index(line, "</td>")]
			if strings.HasPrefix(name, "Tổng cộng (") {
				name = "*"
			}
			if len(cells) != len(years) {
				t.Errorf("HTML progress %s: %d cells, %d years", name, len(cells), len(years))
				continue
			}
			for i, c := range cells {
				key := set + "|" + years[i] + "|" + name
				w, ok := areas[key]
				if c[1] == "" {
					if ok {
						t.Errorf("HTML progress %s: —; the reports %+v", key, w)
					}
					continue
				}
				if w.average != strings.ReplaceAll(c[1], ",", ".") || strconv.Itoa(w.met) != c[2] || strconv.Itoa(w.communes) != c[3] {
					t.Errorf("HTML progress %s: %s (%s/%s); the reports %+v", key, c[1], c[2], c[3], w)
				}
				checked++
			}
		case strings.HasPrefix(section, "Những ch"):
			m := htmlShort.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			d, p := "", district
			if i := strings.LastIndex(district, ", "); i >= 0 {
				d, p = district[:i], district[i+2:]
			}
			key := reportKey(m[1], d, p, set, year)
			r, ok := reports[key]
			if !ok {
				t.Errorf("HTML shortfalls: %s is not among the reports", key)
				continue
			}
			if strconv.Itoa(r.met) != m[2] || strconv.Itoa(r.total) != m[3] || statusByLabel[m[4]] != r.status {
				t.Errorf("HTML shortfalls %s: %s/%s %s; the report %v", key, m[2], m[3], m[4], r)
			}
			var got, want []string
			for _, it := range htmlItem.FindAllStringSubmatch(m[5], -1) {
				got = append(got, fmt.Sprintf("%s %s %s %s", it[1], strings.ReplaceAll(it[2], ",", "."),
					strings.ReplaceAll(it[3], ",", "."), strings.ReplaceAll(it[4], ",", ".")))
			}
			for _, ind := range r.indicators {
				if ind.status != "not-met" {
					continue
				}
				actual := ind.actual
				if actual == "true" || actual == "false" {
					actual = ""
				}
				want = append(want, fmt.Sprintf("%s %s %s %s", ind.code, actual, ind.gap, ind.gapUnits))
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("HTML shortfalls %s:\n got %q\nwant %q", key, got, want)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Errorf("nothing checked in the HTML report")
	}
}

func TestReportAgreesWithReports(t *testing.T) {
	cases := map[string][]string{
		"years":      {"../../testdata/readme/2018.csv", "../../testdata/readme/2019.csv", "../../testdata/readme/2020.csv"},
		"huulung":    {"../../examples/huulung/so-lieu-minh-hoa.json", "../../testdata/readme/2019.csv"},
		"successors": {"../../examples/huulung/so-lieu-minh-hoa-sau-sap-xep.json"},
		"readme":     {"../../testdata/readme/communes.csv"},
	}
	runConsistencyCases(t, cases, checkReportAgrees)
}

// checkPlanAgrees compares the targets of ntm plan --format json with the
// JSON reports of ntm eval on the same assessments: status, criteria met,
// the criteria not met and missing.
func checkPlanAgrees(t *testing.T, planFile, asOf string, files ...string) {
	t.Helper()
	_, rep, _ := runNTM(t, "", append([]string{"eval", "--format", "json"}, files...)...)
	rs := decodeReportBriefs(t, rep)
	type want struct {
		status          string
		met, total      int
		notMet, missing []string
	}
	reports := map[string]want{}
	for _, r := range rs {
		w := want{status: r.Status, met: r.CriteriaMet, total: r.CriteriaTotal, notMet: []string{}, missing: []string{}}
		for _, c := range r.Criteria {
			switch c.Status {
			case "not-met":
				w.notMet = append(w.notMet, c.Code)
			case "missing":
				w.missing = append(w.missing, c.Code)
			}
		}
		reports[reportKey(r.Commune.Name, r.Commune.District, r.Commune.Province, r.Set, strconv.Itoa(r.Year))] = w
	}
	_, out, errOut := runNTM(t, "", append([]string{"plan", "--format", "json", "--as-of", asOf, planFile}, files...)...)
	var p struct {
		TargetsMet int `json:"targets_met"`
		Targets    []struct {
			Commune       struct{ Name, District, Province string }
			Set           string
			Year          int
			Status        string
			CriteriaMet   int      `json:"criteria_met"`
			CriteriaTotal int      `json:"criteria_total"`
			NotMet        []string `json:"not_met"`
			Missing       []string `json:"missing"`
		}
	}
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	met := 0
	for _, g := range p.Targets {
		key := reportKey(g.Commune.Name, g.Commune.District, g.Commune.Province, g.Set, strconv.Itoa(g.Year))
		if g.Status == "met" {
			met++
		}
		w, ok := reports[key]
		if !ok {
			if g.Status != "not-evaluated" {
				t.Errorf("plan target %s is %s with no report", key, g.Status)
			}
			continue
		}
		if g.Status != w.status || g.CriteriaMet != w.met || g.CriteriaTotal != w.total ||
			!slices.Equal(g.NotMet, w.notMet) || !slices.Equal(g.Missing, w.missing) {
			t.Errorf("plan target %s: %s %d/%d not met %v missing %v; the report %+v", key,
				g.Status, g.CriteriaMet, g.CriteriaTotal, g.NotMet, g.Missing, w)
		}
	}
	if met != p.TargetsMet {
		t.Errorf("plan: targets_met %d, %d targets met", p.TargetsMet, met)
	}
}

func TestPlanAgreesWithReports(t *testing.T) {
	const plan47 = "../../examples/huulung/plan-47-KH-STNMT.json"
	for _, files := range [][]string{
		{"../../examples/huulung/so-lieu-minh-hoa.json"},
		{"../../examples/huulung/so-lieu-minh-hoa-sau-sap-xep.json"},
		{"../../testdata/readme/communes.csv"},
	} {
		t.Run(filepath.Base(files[0]), func(t *testing.T) { checkPlanAgrees(t, plan47, "2020-05-20", files...) })
	}
}

// TestHTTPAgreesWithCommand posts the files ntm eval reads to the HTTP API
// (httpapi, through httptest) and compares the reports in each format.
func TestHTTPAgreesWithCommand(t *testing.T) {
	srv := httptest.NewServer(quietHandler())
	defer srv.Close()
	files := []string{"../../testdata/readme/hoalac.json", "../../examples/huulung/so-lieu-minh-hoa.json",
		"../../testdata/readme/communes.csv", "../../testdata/readme/2019.csv", "../../testdata/readme/so-lieu.xlsx"}
	if f := os.Getenv("NTM_CONS_ARGS"); f != "" {
		files = strings.Fields(f)
	}
	media := map[string]string{".json": "application/json", ".csv": "text/csv",
		".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
	for _, file := range files {
		body, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range []string{"vi", "en"} {
			for _, format := range []string{"json", "csv", "markdown", "text"} {
				t.Run(filepath.Base(file)+"/"+lang+"/"+format, func(t *testing.T) {
					resp, err := http.Post(srv.URL+"/evaluate?format="+format+"&lang="+lang, media[filepath.Ext(file)], bytes.NewReader(body))
					if err != nil {
						t.Fatal(err)
					}
					defer resp.Body.Close()
					got, _ := io.ReadAll(resp.Body)
					code, out, _ := runNTM(t, "", "eval", "--format", format, "--lang", lang, file)
					if (code == exitOK) != (resp.StatusCode == http.StatusOK) {
						t.Errorf("HTTP %d, ntm exit %d", resp.StatusCode, code)
					}
					if resp.StatusCode != http.StatusOK {
						return
					}
					if format == "json" {
						compareViews(t, "HTTP json", parseJSONReports(t, out), parseJSONReports(t, string(got)))
					}
					// The API names the request where ntm names the file.
					out = strings.ReplaceAll(out, file, "request")
					if d := cmp.Diff(out, string(got)); d != "" {
						t.Errorf("HTTP and ntm eval differ (-ntm +HTTP):\n%s", d)
					}
				})
			}
		}
	}
}

// TestHTTPPlanStatusAgreesWithCommand posts a plan and its assessments to
// POST /plans/status and compares the answer with ntm plan --format json.
func TestHTTPPlanStatusAgreesWithCommand(t *testing.T) {
	const planFile, data = "../../examples/huulung/plan-47-KH-STNMT.json", "../../examples/huulung/so-lieu-minh-hoa.json"
	srv := httptest.NewServer(quietHandler())
	defer srv.Close()
	p, err := os.ReadFile(planFile)
	if err != nil {
		t.Fatal(err)
	}
	a, err := os.ReadFile(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"vi", "en"} {
		for _, asOf := range []string{"2020-03-01", "2020-05-20", "2021-01-01"} {
			body := `{"plan": ` + string(p) + `, "assessments": ` + string(a) + `}`
			resp, err := http.Post(srv.URL+"/plans/status?as_of="+asOf+"&lang="+lang, "application/json", strings.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			got, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			code, out, errOut := runNTM(t, "", "plan", "--format", "json", "--lang", lang, "--as-of", asOf, planFile, data)
			if code != exitOK || resp.StatusCode != http.StatusOK {
				t.Fatalf("HTTP %d, ntm exit %d: %s", resp.StatusCode, code, errOut)
			}
			var want, have any
			if err := json.Unmarshal([]byte(strings.ReplaceAll(out, data, "assessments")), &want); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(got, &have); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(want, have); d != "" {
				t.Errorf("%s %s: POST /plans/status and ntm plan differ (-ntm +HTTP):\n%s", lang, asOf, d)
			}
		}
	}
}
