package plan_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/langson"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// golden compares got with testdata/golden/name, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", name, diff)
	}
}

// The four dates of the proof: before the district's report is due, on
// the "trước ngày" date, after it, and after the inspection window.
var statusDates = []struct {
	name string
	date plan.Date
}{
	{"before-deadline", plan.NewDate(2020, time.April, 20)},
	{"on-deadline", plan.NewDate(2020, time.April, 30)},
	{"after-deadline", plan.NewDate(2020, time.May, 5)},
	{"after-window", plan.NewDate(2020, time.July, 1)},
}

func TestStatusGolden(t *testing.T) {
	reports := sampleReports(t)
	for _, d := range statusDates {
		t.Run(d.name, func(t *testing.T) {
			st := plan.Status(plan47(), reports, d.date)
			base := "plan47-" + d.date.String() + "-" + d.name
			var js, vi, en, md bytes.Buffer
			if err := plan.WriteJSON(&js, &st); err != nil {
				t.Fatal(err)
			}
			if err := plan.WriteText(&vi, &st, "vi"); err != nil {
				t.Fatal(err)
			}
			if err := plan.WriteText(&en, &st, "en"); err != nil {
				t.Fatal(err)
			}
			if err := plan.WriteMarkdown(&md, &st, "vi"); err != nil {
				t.Fatal(err)
			}
			golden(t, base+".json", js.Bytes())
			golden(t, base+".txt", vi.Bytes())
			golden(t, base+".en.txt", en.Bytes())
			golden(t, base+".md", md.Bytes())
		})
	}
}

func TestWriteStatusGivesTheBytesOfTheFormatsRenderer(t *testing.T) {
	st := plan.Status(plan47(), sampleReports(t), plan.NewDate(2020, time.May, 5))
	for _, tc := range []struct {
		name   string
		opt    evaluate.RenderOptions
		direct func(io.Writer) error
	}{
		{"the zero options give Vietnamese text", evaluate.RenderOptions{},
			func(w io.Writer) error { return plan.WriteText(w, &st, "vi") }},
		{"text in English", evaluate.RenderOptions{Format: "text", Lang: "en"},
			func(w io.Writer) error { return plan.WriteText(w, &st, "en") }},
		{"Markdown in English", evaluate.RenderOptions{Format: "markdown", Lang: "en"},
			func(w io.Writer) error { return plan.WriteMarkdown(w, &st, "en") }},
		{"JSON", evaluate.RenderOptions{Format: "json", Lang: "en"},
			func(w io.Writer) error { return plan.WriteJSON(w, &st) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var want, got bytes.Buffer
			if err := tc.direct(&want); err != nil {
				t.Fatal(err)
			}
			if err := plan.WriteStatus(&got, &st, tc.opt); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.String(), got.String()); diff != "" {
				t.Errorf("WriteStatus (-want +got):\n%s", diff)
			}
		})
	}
	var b bytes.Buffer
	if err := plan.WriteStatus(&b, &st, evaluate.RenderOptions{Format: "csv"}); err == nil || b.Len() != 0 {
		t.Errorf("format csv: error %v and %d bytes written, want an error and nothing", err, b.Len())
	}
}

func TestStatusGoldenWithDefaultAgencies(t *testing.T) {
	p := plan47()
	p.Responsibilities = plan.Merge(p, langson.Responsibilities())
	st := plan.Status(p, sampleReports(t), plan.NewDate(2020, time.May, 5))
	var vi, md bytes.Buffer
	if err := plan.WriteText(&vi, &st, "vi"); err != nil {
		t.Fatal(err)
	}
	if err := plan.WriteMarkdown(&md, &st, "en"); err != nil {
		t.Fatal(err)
	}
	golden(t, "plan47-2020-05-05-all-agencies.txt", vi.Bytes())
	golden(t, "plan47-2020-05-05-all-agencies.en.md", md.Bytes())
}

// summary is the part of a status the rules below are about.
type summary struct {
	TargetsMet int
	Targets    []string // "name status met/total notmet|missing"
	Tasks      []string
	Inspection string
	BriefLines []string
}

func summarise(st plan.Standing) summary {
	s := summary{TargetsMet: st.TargetsMet, Inspection: st.Inspection.State.String()}
	for _, t := range st.Targets {
		s.Targets = append(s.Targets, strings.Join([]string{t.Target.Commune.Name, t.StatusCode(),
			strings.Join(t.NotMet, ","), strings.Join(t.Missing, ",")}, " "))
	}
	for _, t := range st.Tasks {
		s.Tasks = append(s.Tasks, t.State.String())
	}
	for _, b := range st.Briefs {
		for _, c := range b.Communes {
			s.BriefLines = append(s.BriefLines, strings.Join([]string{b.Agency, c.Commune.Name, c.StatusCode(),
				strings.Join(c.NotMet, ","), strings.Join(c.Missing, ",")}, " "))
		}
	}
	return s
}

func TestStatusRules(t *testing.T) {
	reports := sampleReports(t)
	open := []string{"open", "open", "open", "open", "open", "open", "open"}
	withReport := func(state string) []string {
		s := append([]string(nil), open...)
		s[4] = state
		return s
	}
	fullBriefs := []string{
		"Sở Tài nguyên và Môi trường Nhật Tiến not-met 17.6 17.8",
		"Sở Tài nguyên và Môi trường Hòa Lạc met  ",
		"Sở Tài nguyên và Môi trường Tân Thành met  ",
	}
	fullTargets := []string{"Nhật Tiến not-met 5,17 ", "Hòa Lạc missing  10", "Tân Thành not-met 9 "}
	tests := []struct {
		name    string
		edit    func(p *plan.Plan)
		reports []evaluate.Report
		asOf    plan.Date
		want    summary
	}{
		{
			name:    "the day before the 'trước ngày' date the district's report is open",
			reports: reports, asOf: plan.NewDate(2020, time.April, 29),
			want: summary{Targets: fullTargets, Tasks: withReport("open"), Inspection: "open", BriefLines: fullBriefs},
		},
		{
			name:    "on the 'trước ngày' date the district's report is overdue",
			reports: reports, asOf: plan.NewDate(2020, time.April, 30),
			want: summary{Targets: fullTargets, Tasks: withReport("overdue"), Inspection: "open", BriefLines: fullBriefs},
		},
		{
			name:    "a report done on 28/4 is done as of 30/4",
			edit:    func(p *plan.Plan) { p.Tasks[4].Done = date(2020, time.April, 28) },
			reports: reports, asOf: plan.NewDate(2020, time.April, 30),
			want: summary{Targets: fullTargets, Tasks: withReport("done"), Inspection: "open", BriefLines: fullBriefs},
		},
		{
			name:    "a report done on 2/5 is not yet done as of 30/4",
			edit:    func(p *plan.Plan) { p.Tasks[4].Done = date(2020, time.May, 2) },
			reports: reports, asOf: plan.NewDate(2020, time.April, 30),
			want: summary{Targets: fullTargets, Tasks: withReport("overdue"), Inspection: "open", BriefLines: fullBriefs},
		},
		{
			name:    "before the window the inspection is upcoming",
			reports: reports, asOf: plan.NewDate(2020, time.March, 31),
			want: summary{Targets: fullTargets, Tasks: withReport("open"), Inspection: "upcoming", BriefLines: fullBriefs},
		},
		{
			name:    "on the window's last day the inspection is open",
			reports: reports, asOf: plan.NewDate(2020, time.June, 30),
			want: summary{Targets: fullTargets, Tasks: withReport("overdue"), Inspection: "open", BriefLines: fullBriefs},
		},
		{
			name:    "the day after an announced date the inspection is past, within the window",
			edit:    func(p *plan.Plan) { p.Inspection.Date = date(2020, time.May, 20) },
			reports: reports, asOf: plan.NewDate(2020, time.May, 21),
			want: summary{Targets: fullTargets, Tasks: withReport("overdue"), Inspection: "past", BriefLines: fullBriefs},
		},
		{
			name: "without reports every target and brief commune is not evaluated",
			asOf: plan.NewDate(2020, time.May, 5),
			want: summary{Targets: []string{"Nhật Tiến not-evaluated  ", "Hòa Lạc not-evaluated  ", "Tân Thành not-evaluated  "},
				Tasks: withReport("overdue"), Inspection: "open",
				BriefLines: []string{"Sở Tài nguyên và Môi trường Nhật Tiến not-evaluated  ", "Sở Tài nguyên và Môi trường Hòa Lạc not-evaluated  ",
					"Sở Tài nguyên và Môi trường Tân Thành not-evaluated  "}},
		},
		{
			name: "communes match ignoring case and normalisation form, but not another district",
			reports: func() []evaluate.Report {
				rs := append([]evaluate.Report(nil), reports...)
				rs[0].Commune = evaluate.Commune{Name: "NHA\u0323\u0302T TIE\u0302\u0301N", District: "hữu lũng", Province: "LẠNG SƠN"}
				rs[1].Commune.District = "Cao Lộc"
				return rs
			}(),
			asOf: plan.NewDate(2020, time.May, 5),
			want: summary{Targets: []string{"Nhật Tiến not-met 5,17 ", "Hòa Lạc not-evaluated  ", "Tân Thành not-met 9 "},
				Tasks: withReport("overdue"), Inspection: "open",
				BriefLines: []string{fullBriefs[0], "Sở Tài nguyên và Môi trường Hòa Lạc not-evaluated  ", fullBriefs[2]}},
		},
		{
			name: "communes match whatever the tone placement and the xã, huyện and tỉnh prefixes, but not a thị trấn",
			reports: func() []evaluate.Report {
				rs := append([]evaluate.Report(nil), reports...)
				for i := range rs {
					switch rs[i].Commune.Name {
					case "Hòa Lạc":
						rs[i].Commune = evaluate.Commune{Name: "xã Hoà Lạc", District: "huyện Hữu Lũng", Province: "tỉnh Lạng Sơn"}
					case "Nhật Tiến":
						rs[i].Commune.Name = "Thị trấn Nhật Tiến"
					}
				}
				return rs
			}(),
			asOf: plan.NewDate(2020, time.May, 5),
			want: summary{Targets: []string{"Nhật Tiến not-evaluated  ", fullTargets[1], fullTargets[2]},
				Tasks: withReport("overdue"), Inspection: "open",
				BriefLines: []string{"Sở Tài nguyên và Môi trường Nhật Tiến not-evaluated  ", fullBriefs[1], fullBriefs[2]}},
		},
		{
			name: "a report for another year does not count",
			reports: func() []evaluate.Report {
				rs := append([]evaluate.Report(nil), reports...)
				for i := range rs {
					rs[i].Year = 2019
				}
				return rs
			}(),
			asOf: plan.NewDate(2020, time.May, 5),
			want: summary{Targets: []string{"Nhật Tiến not-evaluated  ", "Hòa Lạc not-evaluated  ", "Tân Thành not-evaluated  "},
				Tasks: withReport("overdue"), Inspection: "open",
				BriefLines: []string{"Sở Tài nguyên và Môi trường Nhật Tiến not-evaluated  ", "Sở Tài nguyên và Môi trường Hòa Lạc not-evaluated  ",
					"Sở Tài nguyên và Môi trường Tân Thành not-evaluated  "}},
		},
		{
			name: "a responsibility for one indicator reports only that indicator",
			edit: func(p *plan.Plan) {
				p.Responsibilities = []plan.Responsibility{{Agency: "Sở Y tế", Criteria: []string{"17.8"}}}
			},
			reports: reports, asOf: plan.NewDate(2020, time.May, 5),
			want: summary{Targets: fullTargets, Tasks: withReport("overdue"), Inspection: "open",
				BriefLines: []string{"Sở Y tế Nhật Tiến missing  17.8", "Sở Y tế Hòa Lạc met  ", "Sở Y tế Tân Thành met  "}},
		},
		{
			name: "a responsibility without a set covers every target set with its codes",
			edit: func(p *plan.Plan) {
				p.Responsibilities = []plan.Responsibility{{Agency: "Sở Nội vụ", Criteria: []string{"9"}}}
			},
			reports: reports, asOf: plan.NewDate(2020, time.May, 5),
			want: summary{Targets: fullTargets, Tasks: withReport("overdue"), Inspection: "open",
				BriefLines: []string{"Sở Nội vụ Nhật Tiến met  ", "Sở Nội vụ Hòa Lạc met  ", "Sở Nội vụ Tân Thành not-met 9 "}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := plan47()
			if tc.edit != nil {
				tc.edit(p)
			}
			got := summarise(plan.Status(p, tc.reports, tc.asOf))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("status (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStatusJSONListsAreNeverNull(t *testing.T) {
	st := plan.Status(plan47(), nil, plan.NewDate(2020, time.May, 5))
	var buf bytes.Buffer
	if err := plan.WriteJSON(&buf, &st); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte(`"not_met": null`)) || bytes.Contains(buf.Bytes(), []byte(`"missing": null`)) {
		t.Errorf("not_met and missing must be arrays:\n%s", buf.String())
	}
}

func BenchmarkStatus(b *testing.B) {
	reports := sampleReports(b)
	p := plan47()
	asOf := plan.NewDate(2020, time.May, 5)
	b.ReportAllocs()
	for b.Loop() {
		plan.Status(p, reports, asOf)
	}
}

func TestStatusMarshalsAsValueAndPointer(t *testing.T) {
	st := plan.Status(plan47(), nil, plan.NewDate(2020, time.May, 5))
	byValue, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	byPointer, err := json.Marshal(&st)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(byValue, byPointer) || !bytes.HasPrefix(byValue, []byte(`{"plan":"47/KH-STNMT","as_of":"2020-05-05"`)) {
		t.Errorf("a status marshals in the spec's shape however it is passed:\n%s\n%s", byValue, byPointer)
	}
	p := plan47()
	planByValue, err := json.Marshal(*p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(planByValue, []byte(`{"number":"47/KH-STNMT","issued":"2020-04-15"`)) {
		t.Errorf("a plan marshals in the spec's shape when passed by value:\n%.100s", planByValue)
	}
}

func TestStatusBriefsCoverTheTargetOfA933Commune(t *testing.T) {
	st := plan.Status(plan47(), sampleReports(t), plan.NewDate(2020, time.May, 5))
	var got []string
	for _, b := range st.Briefs {
		for _, c := range b.Communes {
			got = append(got, fmt.Sprintf("%s: %s %s %s", b.Agency, c.Commune.Name, c.Set, c.StatusCode()))
		}
	}
	want := []string{
		"Sở Tài nguyên và Môi trường: Nhật Tiến 1980/QĐ-TTg not-met",
		"Sở Tài nguyên và Môi trường: Hòa Lạc 1980/QĐ-TTg met",
		"Sở Tài nguyên và Môi trường: Tân Thành 1980/QĐ-TTg met",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("brief communes (-want +got):\n%s", diff)
	}
}

func TestValidateRefusesDatesWritingCouldNotWrite(t *testing.T) {
	p := plan47()
	p.Issued = plan.Date{Year: 0, Month: time.January, Day: 1}
	due := plan.Date{Year: 2020, Month: time.February, Day: 30}
	p.Tasks[0].DueBefore = &due
	_, err := p.Validate(nil)
	want := []string{
		`plan: issued: not a date of the years 1-9999 (got "0000-01-01")`,
		`plan: tasks[0].due_before: not a date of the years 1-9999 (got "2020-02-30")`,
	}
	var got []string
	if err != nil {
		got = strings.Split(err.Error(), "\n")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
	if !errors.Is(err, problem.OutOfRange) {
		t.Errorf("errors.Is(err, problem.OutOfRange) = false")
	}
}

// TestStatusWarningsInOneLanguage: the warnings of a status (a target
// with two reports, a commune the route never visits) are written in the
// language of the text and the Markdown alone, and in the JSON as String
// gives them.
func TestStatusWarningsInOneLanguage(t *testing.T) {
	p := plan47()
	p.Inspection.Route = p.Inspection.Route[1:] // Hòa Lạc is no longer visited
	reports := sampleReports(t)
	st := plan.Status(p, append(reports, reports...), plan.NewDate(2020, time.May, 5))
	vi := []string{"lộ trình kiểm tra không qua xã Hòa Lạc", "2 báo cáo cho cùng mục tiêu, dùng báo cáo đầu tiên"}
	en := []string{"the inspection route never visits Hòa Lạc", "2 reports for this target; the first is used"}
	for _, tc := range []struct {
		name          string
		write         func(io.Writer) error
		want, notWant []string
	}{
		{"text", func(w io.Writer) error { return plan.WriteText(w, &st, "vi") }, vi, en},
		{"text in English", func(w io.Writer) error { return plan.WriteText(w, &st, "en") }, en, vi},
		{"Markdown", func(w io.Writer) error { return plan.WriteMarkdown(w, &st, "vi") }, vi, en},
		{"Markdown in English", func(w io.Writer) error { return plan.WriteMarkdown(w, &st, "en") }, en, vi},
		{"JSON", func(w io.Writer) error { return plan.WriteJSON(w, &st) }, append(vi, en[0], en[1],
			"lộ trình kiểm tra không qua xã Hòa Lạc (the inspection route never visits Hòa Lạc)",
			"2 báo cáo cho cùng mục tiêu, dùng báo cáo đầu tiên (2 reports for this target; the first is used)"), nil},
	} {
		var b bytes.Buffer
		if err := tc.write(&b); err != nil {
			t.Fatal(err)
		}
		for _, s := range tc.want {
			if !strings.Contains(b.String(), s) {
				t.Errorf("%s: no %q:\n%s", tc.name, s, b.String())
			}
		}
		for _, s := range tc.notWant {
			if strings.Contains(b.String(), s) {
				t.Errorf("%s: %q in the other language", tc.name, s)
			}
		}
	}
}

// TestAStandingSharesNoMemoryWithThePlanOrTheReports: changing a Standing
// (a task's dates, the inspection's date, a target's report, a brief's
// results) changes neither the plan nor the reports, nor a later Standing.
func TestAStandingSharesNoMemoryWithThePlanOrTheReports(t *testing.T) {
	p := plan47()
	p.Tasks[4].Done = date(2020, time.April, 28)
	p.Inspection.Date = date(2020, time.June, 2)
	reports := sampleReports(t)
	asOf := plan.NewDate(2020, time.May, 5)
	wantPlan := p.Clone()
	wantReports := make([]evaluate.Report, len(reports))
	for i := range reports {
		wantReports[i] = reports[i].Clone()
	}
	var want bytes.Buffer
	first := plan.Status(p, reports, asOf)
	if err := plan.WriteJSON(&want, &first); err != nil {
		t.Fatal(err)
	}

	st := plan.Status(p, reports, asOf)
	evaluated := 0
	for i := range st.Tasks {
		if d := st.Tasks[i].Task.DueBefore; d != nil {
			*d = plan.NewDate(1999, time.January, 1)
		}
		if d := st.Tasks[i].Task.Done; d != nil {
			*d = plan.NewDate(1999, time.January, 1)
		}
	}
	if st.Inspection == nil || st.Inspection.Date == nil {
		t.Fatal("no inspection date in the standing")
	}
	*st.Inspection.Date = plan.NewDate(1999, time.January, 1)
	for _, ts := range st.Targets {
		if r := ts.Report; r != nil {
			evaluated++
			r.Status, r.CriteriaMet = evaluate.StatusMet, 99
			for ci := range r.Criteria {
				r.Criteria[ci].Status = evaluate.StatusMet
				for ii := range r.Criteria[ci].Indicators {
					r.Criteria[ci].Indicators[ii].Status = evaluate.StatusMet
				}
			}
		}
	}
	for _, b := range st.Briefs {
		for _, c := range b.Communes {
			for _, it := range c.Items {
				for ii := range it.Indicators {
					it.Indicators[ii].Status = evaluate.StatusMissing
				}
			}
		}
	}
	if evaluated == 0 {
		t.Fatal("no target evaluated")
	}
	if diff := cmp.Diff(wantPlan, p); diff != "" {
		t.Errorf("the plan changed with its standing (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantReports, reports); diff != "" {
		t.Errorf("the reports changed with the standing (-want +got):\n%s", diff)
	}
	later := plan.Status(p, reports, asOf)
	var got bytes.Buffer
	if err := plan.WriteJSON(&got, &later); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("a later standing changed:\n%s\nwant\n%s", got.String(), want.String())
	}
}

// TestAStandingWithANumberBeyondThoseReadRendersInBoundedTime: a report
// built in code with such a number (evaluate counts it missing and warns)
// renders in a plan's status in exponent form, never expanded.
func TestAStandingWithANumberBeyondThoseReadRendersInBoundedTime(t *testing.T) {
	c := evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}
	set, err := criteria.Lookup("1980")
	if err != nil {
		t.Fatal(err)
	}
	huge := evaluate.Number(decimal.New(1, 999999999))
	r := evaluate.Run(set, &evaluate.Assessment{Commune: c, Year: 2020,
		Values: map[string]map[string]evaluate.Value{set.ID: {"10": huge, "9.1": huge}}})
	p := &plan.Plan{Number: "1/KH", Targets: []plan.Target{{Commune: c, Set: set.ID, Year: 2020}},
		Responsibilities: []plan.Responsibility{{Agency: "Sở Nông nghiệp", Criteria: []string{"10", "9.1"}}}}
	done := make(chan string, 1)
	go func() {
		st := plan.Status(p, []evaluate.Report{r}, plan.NewDate(2020, time.May, 5))
		var b bytes.Buffer
		for _, write := range []func() error{
			func() error { return plan.WriteText(&b, &st, "vi") },
			func() error { return plan.WriteMarkdown(&b, &st, "en") },
			func() error { return plan.WriteJSON(&b, &st) },
		} {
			if err := write(); err != nil {
				t.Error(err)
			}
		}
		done <- b.String()
	}()
	select {
	case out := <-done:
		if !strings.Contains(out, "1e+999999999") {
			t.Errorf("the number is not in exponent form:\n%s", out)
		}
	case <-time.After(time.Minute):
		t.Fatal("the plan's status did not render within a minute")
	}
}

// TestStatusBriefListsACommuneSetAndYearOnce: a responsibility without a set
// for an indicator of 1980/QĐ-TTg only, in a plan whose targets are the same
// commune and year under 1980/QĐ-TTg and under 933/QĐ-UBND (which requires
// 1980/QĐ-TTg), lists the commune's 1980/QĐ-TTg standing once, not once per
// target (số liệu minh họa).
func TestStatusBriefListsACommuneSetAndYearOnce(t *testing.T) {
	const commune = `{"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}`
	p, _, err := plan.Read(strings.NewReader(`{"number": "1/KH", "targets": [
		{"commune": `+commune+`, "set": "1980/QĐ-TTg", "year": 2020},
		{"commune": `+commune+`, "set": "933/QĐ-UBND", "year": 2020}],
		"responsibilities": [{"agency": "Sở Tài nguyên và Môi trường", "criteria": ["17.6"]}]}`), nil)
	if err != nil {
		t.Fatal(err)
	}
	as, err := evaluate.DecodeJSON(strings.NewReader(`{"commune": `+commune+`, "year": 2020,
		"sets": {"1980/QĐ-TTg": {"17.6": {"numerator": 19, "denominator": 28, "unit": "hộ"}},
		         "933/QĐ-UBND": {"1": true}}}`), "minh-hoa.json", nil)
	if err != nil {
		t.Fatal(err)
	}
	reports, err := evaluate.RunAll(criteria.Builtin(), &as[0])
	if err != nil {
		t.Fatal(err)
	}
	st := plan.Status(p, reports, plan.NewDate(2020, time.May, 5))
	var got []string
	for _, c := range st.Briefs[0].Communes {
		got = append(got, fmt.Sprintf("%s %s %d %s %v", c.Commune.Name, c.Set, c.Year, c.StatusCode(), c.NotMet))
	}
	want := []string{"Nhật Tiến 1980/QĐ-TTg 2020 not-met [17.6]"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("brief communes (-want +got):\n%s", diff)
	}
}
