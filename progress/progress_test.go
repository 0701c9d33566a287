package progress_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/assesstest"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/progress"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// assess is the assessment these tests are written on.
var assess = assesstest.Assess

// reportsOf returns the reports of as against the built-in sets.
func reportsOf(t testing.TB, as ...evaluate.Assessment) []evaluate.Report {
	return assesstest.Reports(t, nil, as...)
}

// threeYears is a small illustrative district (số liệu minh họa): Hòa Lạc
// improves to meet the set in 2020, Tân Thành loses criterion 5 in 2019,
// Yên Bình of another district is assessed in 2020 only.
func threeYears(t testing.TB) []evaluate.Report {
	return reportsOf(t,
		assess(t, "Hòa Lạc", "Hữu Lũng", 2020, nil, nil),
		assess(t, "Tân Thành", "Hữu Lũng", 2018, []string{"10", "17"}, nil),
		assess(t, "Hòa Lạc", "Hữu Lũng", 2018, []string{"5", "10", "13"}, nil),
		assess(t, "Tân Thành", "Hữu Lũng", 2019, []string{"5"}, []string{"8"}),
		// The same commune written another way (case, decomposed
		// diacritics) is the same commune.
		assess(t, "HÒA LẠC", "hu\u031b\u0303u lu\u0303ng", 2019, []string{"10"}, nil),
		assess(t, "Tân Thành", "Hữu Lũng", 2020, []string{"5", "17"}, nil),
		assess(t, "Yên Bình", "Chi Lăng", 2020, []string{"2"}, nil),
	)
}

func TestOfFollowsEachCommuneOverTheYears(t *testing.T) {
	p := progress.Of(threeYears(t))
	type row struct {
		Commune     string
		Years       [][3]int // year, status, criteria met
		FirstMet    int
		Regressions []progress.Regression
	}
	var got []row
	for _, c := range p.Communes {
		r := row{Commune: c.Commune.String(), FirstMet: c.FirstMet, Regressions: c.Regressions}
		for _, y := range c.Years {
			r.Years = append(r.Years, [3]int{y.Year, int(y.Status), y.CriteriaMet})
		}
		got = append(got, r)
	}
	met, notMet := int(evaluate.StatusMet), int(evaluate.StatusNotMet)
	want := []row{
		{Commune: "Yên Bình, Chi Lăng, Lạng Sơn", Years: [][3]int{{2020, notMet, 18}}, Regressions: []progress.Regression{}},
		{Commune: "Hòa Lạc, Hữu Lũng, Lạng Sơn", Years: [][3]int{{2018, notMet, 16}, {2019, notMet, 18}, {2020, met, 19}},
			FirstMet: 2020, Regressions: []progress.Regression{}},
		{Commune: "Tân Thành, Hữu Lũng, Lạng Sơn", Years: [][3]int{{2018, notMet, 17}, {2019, notMet, 17}, {2020, notMet, 17}},
			Regressions: []progress.Regression{{Year: 2019, Criteria: []string{"5"}}, {Year: 2020, Criteria: []string{"17"}}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("communes (-want +got):\n%s", diff)
	}
}

func TestOfTalliesEachAreaYearByYear(t *testing.T) {
	p := progress.Of(threeYears(t))
	type row struct {
		Area                        string
		Year, Communes, CommunesMet int
		Average                     string
	}
	var got []row
	for _, a := range p.Areas {
		for _, y := range a.Years {
			got = append(got, row{a.Scope.String() + " " + a.District + "/" + a.Province, y.Year, y.Communes, y.CommunesMet,
				y.AverageCriteria.StringFixed(2)})
		}
	}
	want := []row{
		{"district Chi Lăng/Lạng Sơn", 2020, 1, 0, "18.00"},
		{"district Hữu Lũng/Lạng Sơn", 2018, 2, 0, "16.50"},
		{"district Hữu Lũng/Lạng Sơn", 2019, 2, 0, "17.50"},
		{"district Hữu Lũng/Lạng Sơn", 2020, 2, 1, "18.00"},
		{"province /Lạng Sơn", 2018, 2, 0, "16.50"},
		{"province /Lạng Sơn", 2019, 2, 0, "17.50"},
		{"province /Lạng Sơn", 2020, 3, 1, "18.00"},
		{"all /", 2018, 2, 0, "16.50"},
		{"all /", 2019, 2, 0, "17.50"},
		{"all /", 2020, 3, 1, "18.00"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("areas (-want +got):\n%s", diff)
	}
}

// The spec's example reads the areas of one district's communes: the first
// area is the district, then come its province and all communes.
func TestJSONAreasOfOneDistrictStartWithTheDistrict(t *testing.T) {
	var b bytes.Buffer
	p := progress.Of(reportsOf(t,
		assess(t, "Hòa Lạc", "Hữu Lũng", 2018, []string{"5"}, nil),
		assess(t, "Tân Thành", "Hữu Lũng", 2018, nil, nil),
	))
	if err := progress.WriteJSON(&b, p, progress.Options{}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Areas []struct{ Scope, Province, District, Set string } `json:"areas"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	want := []struct{ Scope, Province, District, Set string }{
		{"district", "Lạng Sơn", "Hữu Lũng", "1980/QĐ-TTg"},
		{"province", "Lạng Sơn", "", "1980/QĐ-TTg"},
		{"all", "", "", "1980/QĐ-TTg"},
	}
	if diff := cmp.Diff(want, doc.Areas); diff != "" {
		t.Errorf("areas (-want +got):\n%s", diff)
	}
}

func TestAverageCriteriaRoundsHalfUpToTwoDecimals(t *testing.T) {
	// 55/3 = 18.333…, 56/3 = 18.666…, 37/2 = 18.5, 145/8 = 18.125.
	cases := []struct {
		name string
		fail [][]string
		want string
	}{
		{"a third rounds down", [][]string{nil, {"2"}, {"3"}}, "18.33"},
		{"two thirds round up", [][]string{nil, nil, {"2"}}, "18.67"},
		{"a half keeps its digits", [][]string{nil, {"2"}}, "18.50"},
		{"an eighth rounds half up", [][]string{{"1", "2", "3", "4", "5"}, nil, nil, nil, nil, nil, nil, {"1", "2"}}, "18.13"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var as []evaluate.Assessment
			for i, f := range tc.fail {
				as = append(as, assess(t, "Xã "+string(rune('A'+i)), "Hữu Lũng", 2020, f, nil))
			}
			p := progress.Of(reportsOf(t, as...))
			if got := p.Areas[0].Years[0].AverageCriteria.StringFixed(2); got != tc.want {
				t.Errorf("average %s, want %s", got, tc.want)
			}
		})
	}
}

func TestASecondReportOfTheSameCommuneSetAndYearCountsOnce(t *testing.T) {
	rs := reportsOf(t,
		assess(t, "Hòa Lạc", "Hữu Lũng", 2020, []string{"5"}, nil),
		assess(t, "hòa lạc", "HỮU LŨNG", 2020, nil, nil),
	)
	p := progress.Of(rs)
	if n := len(p.Communes); n != 1 {
		t.Fatalf("%d communes, want 1", n)
	}
	if got := p.Communes[0].Years; len(got) != 1 || got[0].CriteriaMet != 18 {
		t.Errorf("years %+v, want the first report's 2020 (18 criteria)", got)
	}
	if got := p.Areas[0].Years[0].Communes; got != 1 {
		t.Errorf("the area counts %d communes, want 1", got)
	}
}

func TestOneCommuneWrittenWithPrefixesOrTheOldTonePlacementIsOneCommune(t *testing.T) {
	prefixed := assess(t, "Xã Hoà Lạc", "huyện Hữu Lũng", 2019, nil, nil)
	prefixed.Commune.Province = "tỉnh Lạng Sơn"
	p := progress.Of(reportsOf(t,
		assess(t, "Hòa Lạc", "Hữu Lũng", 2018, []string{"5"}, nil),
		prefixed,
		assess(t, "Hoà Lạc", "Hữu Lũng", 2019, []string{"5"}, nil), // a second 2019: counts once
		assess(t, "Thị trấn Hòa Lạc", "Hữu Lũng", 2019, nil, nil),  // another kind of unit
	))
	var got []string
	for _, c := range p.Communes {
		got = append(got, c.Commune.Name)
		for _, y := range c.Years {
			got = append(got, " "+strconv.Itoa(y.Year)+" "+strconv.Itoa(y.CriteriaMet))
		}
	}
	want := []string{"Hòa Lạc", " 2018 18", " 2019 19", "Thị trấn Hòa Lạc", " 2019 19"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("communes and their years (-want +got):\n%s", diff)
	}
	var areas []string
	for _, a := range p.Areas {
		areas = append(areas, a.Scope.String()+" "+a.Province+" "+a.District)
	}
	if diff := cmp.Diff([]string{"district Lạng Sơn Hữu Lũng", "province Lạng Sơn ", "all  "}, areas); diff != "" {
		t.Errorf("areas: one district and one province whatever their prefixes (-want +got):\n%s", diff)
	}
}

func TestNhatTienAndNhatTienWithAnotherToneAreTwoCommunes(t *testing.T) {
	p := progress.Of(reportsOf(t,
		assess(t, "Nhật Tiến", "Hữu Lũng", 2019, nil, nil),
		assess(t, "Nhất Tiến", "Hữu Lũng", 2020, nil, nil),
	))
	if n := len(p.Communes); n != 2 {
		t.Errorf("%d communes, want 2", n)
	}
}

func testPlan() *plan.Plan {
	return &plan.Plan{
		Number: "47/KH-STNMT",
		Targets: []plan.Target{
			{Commune: evaluate.Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}, Set: "1980", Year: 2020},
			{Commune: evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, Set: "1980/QĐ-TTg", Year: 2021},
			{Commune: evaluate.Commune{Name: "Nhật Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"}, Set: "1980/QĐ-TTg", Year: 2020},
		},
	}
}

func TestTargetsFollowEachTargetCommuneToItsYear(t *testing.T) {
	rs := threeYears(t)
	path := progress.Targets(testPlan(), rs, progress.Of(rs), plan.NewDate(2021, time.January, 15))
	type row struct {
		Commune, Status string
		Passed          bool
		Years           int
		ShortYear       int
		NotMet, Missing []string
	}
	var got []row
	for _, tp := range path.Targets {
		got = append(got, row{tp.Target.Commune.Name, tp.Status, tp.DeadlinePassed, len(tp.Years), tp.ShortYear, tp.NotMet, tp.Missing})
	}
	want := []row{
		{"Tân Thành", "not-met", true, 3, 2020, []string{"5", "17"}, []string{}},
		// Target 2021 not yet assessed: what is short is read from 2020.
		{"Hòa Lạc", "not-evaluated", false, 3, 2020, []string{}, []string{}},
		{"Nhật Tiến", "not-evaluated", true, 0, 0, []string{}, []string{}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("targets (-want +got):\n%s", diff)
	}
}

func TestTheDeadlinePassesAfterTheLastDayOfTheTargetYear(t *testing.T) {
	rs := threeYears(t)
	for _, tc := range []struct {
		asOf plan.Date
		want bool
	}{
		{plan.NewDate(2020, time.December, 31), false},
		{plan.NewDate(2021, time.January, 1), true},
	} {
		path := progress.Targets(testPlan(), rs, progress.Of(rs), tc.asOf)
		if got := path.Targets[0].DeadlinePassed; got != tc.want {
			t.Errorf("as of %s: deadline passed %v, want %v", tc.asOf, got, tc.want)
		}
	}
}

func TestJSONFollowsTheSpecShape(t *testing.T) {
	var b bytes.Buffer
	if err := progress.WriteJSON(&b, progress.Of(threeYears(t)), progress.Options{}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Communes []struct {
			Commune     map[string]string `json:"commune"`
			Set         string            `json:"set"`
			Years       []map[string]any  `json:"years"`
			FirstMet    *int              `json:"first_met"`
			Regressions []struct {
				Year     int      `json:"year"`
				Criteria []string `json:"criteria"`
			} `json:"regressions"`
		} `json:"communes"`
		Areas []struct {
			Province, District, Set string
			Years                   []struct {
				Year            int    `json:"year"`
				Communes        int    `json:"communes"`
				CommunesMet     int    `json:"communes_met"`
				AverageCriteria string `json:"average_criteria"`
			} `json:"years"`
		} `json:"areas"`
	}
	dec := json.NewDecoder(&b)
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	c := doc.Communes[1]
	if c.Commune["name"] != "Hòa Lạc" || c.Set != "1980/QĐ-TTg" || c.FirstMet == nil || *c.FirstMet != 2020 {
		t.Errorf("commune %+v", c)
	}
	if y := c.Years[0]; y["year"] != 2018.0 || y["status"] != "not-met" || y["criteria_met"] != 16.0 {
		t.Errorf("first year %v", y)
	}
	if doc.Communes[0].FirstMet != nil {
		t.Errorf("a commune never met has first_met %d, want null", *doc.Communes[0].FirstMet)
	}
	if r := doc.Communes[2].Regressions; len(r) != 2 || r[0].Year != 2019 || r[0].Criteria[0] != "5" {
		t.Errorf("regressions %+v", r)
	}
	if a := doc.Areas[1]; a.District != "Hữu Lũng" || a.Province != "Lạng Sơn" || a.Years[0].AverageCriteria != "16.50" {
		t.Errorf("area %+v", a)
	}
}

func TestRenderersMatchGoldenFiles(t *testing.T) {
	rs := threeYears(t)
	p := progress.Of(rs)
	path := progress.Targets(testPlan(), rs, p, plan.NewDate(2020, time.May, 5))
	for _, tc := range []struct {
		file  string
		write func(*bytes.Buffer) error
	}{
		{"progress.vi.txt", func(b *bytes.Buffer) error { return progress.WriteText(b, p, progress.Options{Plan: &path}) }},
		{"progress.en.txt", func(b *bytes.Buffer) error {
			return progress.WriteText(b, p, progress.Options{Lang: "en", Plan: &path})
		}},
		{"progress.md", func(b *bytes.Buffer) error { return progress.WriteMarkdown(b, p, progress.Options{Plan: &path}) }},
		{"progress.csv", func(b *bytes.Buffer) error { return progress.WriteCSV(b, p, progress.Options{}) }},
		// With a plan, the CSV adds a row per target and year of its path.
		{"progress.plan.csv", func(b *bytes.Buffer) error { return progress.WriteCSV(b, p, progress.Options{Plan: &path}) }},
		{"progress.json", func(b *bytes.Buffer) error { return progress.WriteJSON(b, p, progress.Options{Plan: &path}) }},
		// Write with a format gives the same bytes as the format's renderer.
		{"progress.en.txt", func(b *bytes.Buffer) error {
			return progress.Write(b, p, progress.Options{Lang: "en", Plan: &path})
		}},
		{"progress.md", func(b *bytes.Buffer) error {
			return progress.Write(b, p, progress.Options{Format: "markdown", Plan: &path})
		}},
		{"progress.csv", func(b *bytes.Buffer) error { return progress.Write(b, p, progress.Options{Format: "csv"}) }},
		{"progress.json", func(b *bytes.Buffer) error {
			return progress.Write(b, p, progress.Options{Format: "json", Plan: &path})
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tc.file)
			if *update {
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), b.String()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", golden, diff)
			}
		})
	}
}

func TestATrackerGivesWhatOfGivesAndCanGoOn(t *testing.T) {
	rs := threeYears(t)
	var tr progress.Tracker
	for i := range rs[:4] {
		if !tr.Add(&rs[i]) {
			t.Fatalf("report %d was ignored", i)
		}
	}
	early := tr.Progress()
	if diff := cmp.Diff(progress.Of(rs[:4]), early); diff != "" {
		t.Errorf("after 4 reports (-Of +Tracker):\n%s", diff)
	}
	for i := range rs[4:] {
		tr.Add(&rs[4+i])
	}
	if tr.Add(&rs[0]) {
		t.Error("a second report of the same commune, set and year was not ignored")
	}
	if diff := cmp.Diff(progress.Of(rs), tr.Progress()); diff != "" {
		t.Errorf("after all reports (-Of +Tracker):\n%s", diff)
	}
	if diff := cmp.Diff(progress.Of(rs[:4]), early); diff != "" {
		t.Errorf("a Progress taken earlier changed (-want +got):\n%s", diff)
	}
}

func TestEveryFormatSaysWhichCommunesWereLeftOut(t *testing.T) {
	p := progress.Of(threeYears(t))
	opt := progress.Options{Excluded: []progress.Excluded{
		{Commune: evaluate.Commune{Name: "Xã X", District: "Hữu Lũng", Province: "Lạng Sơn"}, Origin: "a.csv:3", Problems: 2}}}
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer) error
		want  string
	}{
		{"text", func(b *bytes.Buffer) error { return progress.WriteText(b, p, opt) },
			"Bị loại vì số liệu không đọc được: 1 xã — Xã X, Hữu Lũng, Lạng Sơn (a.csv:3, 2 lỗi)"},
		{"markdown", func(b *bytes.Buffer) error { return progress.WriteMarkdown(b, p, opt) }, "> Bị loại vì số liệu không đọc được: 1 xã"},
		{"csv", func(b *bytes.Buffer) error { return progress.WriteCSV(b, p, opt) }, "\n,excluded,Lạng Sơn,Hữu Lũng,Xã X,,,,,,,,,,a.csv:3,2,,,,,,,,,,,,,,,\n"},
		{"json", func(b *bytes.Buffer) error { return progress.WriteJSON(b, p, opt) }, `"origin": "a.csv:3"`},
	} {
		var b bytes.Buffer
		if err := tc.write(&b); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tc.want) {
			t.Errorf("%s lacks %q:\n%.600s", tc.name, tc.want, b.String())
		}
	}
}

// TestTextAndMarkdownListTheWarningsOnTheInput: the warnings on names
// are listed under their heading in the language asked for, as the HTML
// report lists them; JSON and CSV, which have no place for them, are
// unchanged by them.
func TestTextAndMarkdownListTheWarningsOnTheInput(t *testing.T) {
	p := progress.Of(threeYears(t))
	w := `b.csv:2: xã "Nhật Tién" (Hữu Lũng, Lạng Sơn) và xã "Nhật Tiến" (a.csv:2) chỉ khác nhau về dấu`
	for _, tc := range []struct {
		name, lang string
		write      func(io.Writer, progress.Progress, progress.Options) error
		want       string
	}{
		{"text", "vi", progress.WriteText, "Cảnh báo về số liệu: 1\n  - " + w + "\n\n"},
		{"text en", "en", progress.WriteText, "Warnings on the input: 1\n  - " + w + "\n\n"},
		{"markdown", "vi", progress.WriteMarkdown, "> **Cảnh báo về số liệu: 1**\n>\n> - " + w + "\n\n"},
		{"markdown en", "en", progress.WriteMarkdown, "> **Warnings on the input: 1**\n>\n> - " + w + "\n\n"},
	} {
		var with, without bytes.Buffer
		if err := tc.write(&with, p, progress.Options{Lang: tc.lang, Warnings: []string{w}}); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(with.String(), tc.want) {
			t.Errorf("%s does not begin with %q:\n%.600s", tc.name, tc.want, with.String())
		}
		if err := tc.write(&without, p, progress.Options{Lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimPrefix(with.String(), tc.want); got != without.String() {
			t.Errorf("%s: the rest of the output changed with the warnings:\n%.600s", tc.name, got)
		}
	}
	for _, write := range []func(io.Writer, progress.Progress, progress.Options) error{progress.WriteJSON, progress.WriteCSV} {
		var with, without bytes.Buffer
		if err := write(&with, p, progress.Options{Warnings: []string{w}}); err != nil {
			t.Fatal(err)
		}
		if err := write(&without, p, progress.Options{}); err != nil {
			t.Fatal(err)
		}
		if with.String() != without.String() {
			t.Errorf("JSON or CSV changed with the warnings:\n%.600s", with.String())
		}
	}
}

func TestReportsWithTheSameCodeAreOneCommuneWhateverTheirNames(t *testing.T) {
	a := assess(t, "Hòa Lạc", "Hữu Lũng", 2019, nil, nil)
	b := assess(t, "Xã Hoà Lạc", "Huyện Hữu Lũng", 2020, []string{"5"}, nil)
	c := assess(t, "Hòa Lạc", "Hữu Lũng", 2020, nil, nil)
	a.Commune.Code, b.Commune.Code, c.Commune.Code = "06430", "06430", "06999"
	p := progress.Of(reportsOf(t, a, b, c))
	if n := len(p.Communes); n != 2 {
		t.Fatalf("%d communes, want 2 (by code: 06430 twice, 06999 once)", n)
	}
	var got []int
	for _, cm := range p.Communes {
		if cm.Commune.Code == "06430" {
			for _, y := range cm.Years {
				got = append(got, y.Year)
			}
			if len(cm.Regressions) != 1 {
				t.Errorf("regressions %+v, want criterion 5 lost in 2020", cm.Regressions)
			}
		}
	}
	if diff := cmp.Diff([]int{2019, 2020}, got); diff != "" {
		t.Errorf("years of 06430 (-want +got):\n%s", diff)
	}
}

func TestWriteRejectsAnUnknownFormatAndWritesNothing(t *testing.T) {
	var b bytes.Buffer
	err := progress.Write(&b, progress.Of(threeYears(t)), progress.Options{Format: "xml"})
	if err == nil || !strings.Contains(err.Error(), `"xml"`) || b.Len() != 0 {
		t.Errorf("format xml: error %v and %d bytes written, want an error quoting the format and nothing", err, b.Len())
	}
}

func TestPartsNotReadAreStatedWithTheirLines(t *testing.T) {
	p := progress.Of(threeYears(t))
	opt := progress.Options{Lang: "en", Excluded: []progress.Excluded{{Origin: "b.csv:2", Through: "b.csv:9", Problems: 2}}}
	var b bytes.Buffer
	if err := progress.WriteText(&b, p, opt); err != nil {
		t.Fatal(err)
	}
	if want := "Left out because the input could not be read: 1 part of the input (communes unknown) — (commune unknown) (b.csv:2-9, 2 problems)"; !strings.Contains(b.String(), want) {
		t.Errorf("text lacks %q:\n%.600s", want, b.String())
	}
	b.Reset()
	opt.Lang = "vi"
	if err := progress.WriteText(&b, p, opt); err != nil {
		t.Fatal(err)
	}
	if want := "Bị loại vì số liệu không đọc được: 1 phần số liệu không rõ xã — (không rõ xã) (b.csv:2-9, 2 lỗi)"; !strings.Contains(b.String(), want) {
		t.Errorf("text lacks %q:\n%.600s", want, b.String())
	}
	b.Reset()
	if err := progress.WriteJSON(&b, p, opt); err != nil {
		t.Fatal(err)
	}
	if want := `"origin": "b.csv:2",`; !strings.Contains(b.String(), want) || !strings.Contains(b.String(), `"through": "b.csv:9"`) {
		t.Errorf("JSON lacks the part's origin and through:\n%s", b.String()[strings.Index(b.String(), `"excluded"`):])
	}
	// The CSV row of the part names it as the summary CSV does: origin,
	// problems, through, in columns after the others (but content, and
	// the columns added after it).
	b.Reset()
	if err := progress.WriteCSV(&b, p, opt); err != nil {
		t.Fatal(err)
	}
	if head, _, _ := strings.Cut(b.String(), "\n"); !strings.Contains(head, ",first_met,regressed,origin,problems,through,content,") {
		t.Errorf("CSV header %q does not end with origin, problems, through, content", head)
	}
	if want := "\n,excluded,,,,,,,,,,,,,b.csv:2,2,b.csv:9,,,,,,,,,,,,,,\n"; !strings.Contains(b.String(), want) {
		t.Errorf("CSV lacks %q:\n%s", want, b.String())
	}
}

// TestAPlanWithoutTargetsSaysSo: the plan's part of the text and Markdown
// is a sentence, not a table with no rows.
func TestAPlanWithoutTargetsSaysSo(t *testing.T) {
	rs := threeYears(t)
	p := progress.Of(rs)
	path := progress.Targets(&plan.Plan{Number: "1/KH"}, rs, p, plan.NewDate(2020, time.May, 5))
	for _, tc := range []struct {
		name, want string
		write      func(*bytes.Buffer) error
	}{
		{"text", "\nKế hoạch 1/KH: mục tiêu tính đến ngày 05/5/2020\n\nKế hoạch không nêu xã mục tiêu.\n",
			func(b *bytes.Buffer) error { return progress.WriteText(b, p, progress.Options{Plan: &path}) }},
		{"English text", "\nPlan 1/KH: targets as of 2020-05-05\n\nThe plan names no target commune.\n",
			func(b *bytes.Buffer) error {
				return progress.WriteText(b, p, progress.Options{Lang: "en", Plan: &path})
			}},
		{"Markdown", "\n## Kế hoạch 1/KH: mục tiêu tính đến ngày 05/5/2020\n\nKế hoạch không nêu xã mục tiêu.\n",
			func(b *bytes.Buffer) error { return progress.WriteMarkdown(b, p, progress.Options{Plan: &path}) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b); err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(b.String(), tc.want) {
				t.Errorf("does not end with %q:\n%s", tc.want, b.String())
			}
		})
	}
}

// TestAProgressSharesNoMemory: editing a Progress or a PlanPath returned
// changes no later result, and appending to one year's criteria leaves the
// next year's intact.
func TestAProgressSharesNoMemory(t *testing.T) {
	rs := threeYears(t)
	var tr progress.Tracker
	for i := range rs {
		tr.Add(&rs[i])
	}
	want := tr.Progress()
	wantPath := progress.Targets(testPlan(), rs, want, plan.NewDate(2021, time.January, 15))

	p := tr.Progress()
	for _, c := range p.Communes {
		for yi := range c.Years {
			y := &c.Years[yi]
			if len(y.Criteria) != cap(y.Criteria) {
				t.Errorf("%s %d: %d criteria with capacity %d", c.Commune.Name, y.Year, len(y.Criteria), cap(y.Criteria))
			}
			_ = append(y.Criteria, progress.Criterion{Code: "99"})
			for ci := range y.Criteria {
				y.Criteria[ci] = progress.Criterion{Code: "x", Status: evaluate.StatusMet}
			}
		}
	}
	if diff := cmp.Diff(want, tr.Progress()); diff != "" {
		t.Errorf("the tracker's next Progress changed after a caller edited one (-want +got):\n%s", diff)
	}

	prog := tr.Progress()
	path := progress.Targets(testPlan(), rs, prog, plan.NewDate(2021, time.January, 15))
	for _, tp := range path.Targets {
		for yi := range tp.Years {
			for ci := range tp.Years[yi].Criteria {
				tp.Years[yi].Criteria[ci].Status = evaluate.StatusMissing
			}
			tp.Years[yi].CriteriaMet = -1
		}
	}
	if diff := cmp.Diff(want, prog); diff != "" {
		t.Errorf("the Progress given to Targets changed after a caller edited the path (-want +got):\n%s", diff)
	}
	// A warning is compared by its texts, as its cause is unexported.
	sameWarning := cmp.Comparer(func(a, b plan.Warning) bool { return a.Text("vi") == b.Text("vi") && a.Text("en") == b.Text("en") })
	if diff := cmp.Diff(wantPath, progress.Targets(testPlan(), rs, prog, plan.NewDate(2021, time.January, 15)), sameWarning); diff != "" {
		t.Errorf("a later path changed (-want +got):\n%s", diff)
	}
}

// TestATargetWithoutAYearHasNoDeadline: a plan built in code may leave a
// target's year out (plan.Read rejects it); its path says the deadline has
// not passed instead of panicking.
func TestATargetWithoutAYearHasNoDeadline(t *testing.T) {
	rs := threeYears(t)
	for _, year := range []int{0, -5, 10000} {
		p := testPlan()
		p.Targets[0].Year = year
		path := progress.Targets(p, rs, progress.Of(rs), plan.NewDate(2021, time.January, 15))
		if path.Targets[0].DeadlinePassed {
			t.Errorf("year %d: deadline passed", year)
		}
	}
}

// People read the text and Markdown: a criterion lost, and one a plan's
// target still lacks, is its code with its name, in the output's language;
// JSON and CSV keep the codes.
func TestTextAndMarkdownNameTheCriteria(t *testing.T) {
	rs := threeYears(t)
	p := progress.Of(rs)
	if got := p.CriterionNames["1980/QĐ-TTg"]["5"]; got.VI != "Trường học" || got.EN != "Schools" {
		t.Errorf("CriterionNames of 5 = %+v, want Trường học (Schools)", got)
	}
	path := progress.Targets(testPlan(), rs, p, plan.NewDate(2020, time.May, 5))
	for _, tc := range []struct {
		lang, format string
		want         []string
	}{
		{"vi", "text", []string{"2019: 5 Trường học; 2020: 17 Môi trường và an toàn thực phẩm",
			"chưa đạt 5 Trường học, 17 Môi trường và an toàn thực phẩm (2020)"}},
		{"en", "markdown", []string{"2019: 5 Schools; 2020: 17 Environment and food safety",
			"not met 5 Schools, 17 Environment and food safety (2020)"}},
	} {
		var b bytes.Buffer
		if err := progress.Write(&b, p, progress.Options{Lang: tc.lang, Format: tc.format, Plan: &path}); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s %s lacks %q:\n%s", tc.lang, tc.format, w, b.String())
			}
		}
	}
}

// The average criteria per commune is written as Vietnamese readers write
// decimals, 16,50, in Vietnamese text and Markdown, where the column stays
// aligned right as a number; English keeps 16.50, and so do CSV and JSON.
func TestAveragesHaveADecimalCommaInVietnamese(t *testing.T) {
	p := progress.Of(threeYears(t))
	for _, tc := range []struct {
		opt       progress.Options
		want, not string
	}{
		{progress.Options{}, "2018  2      0          16,50\n", "16.50"},
		{progress.Options{Format: "markdown"}, "|---|---:|---:|---:|---:|\n| Chi Lăng, Lạng Sơn | 2020 | 1 | 0 | 18,00 |\n", "18.00"},
		{progress.Options{Lang: "en"}, "2018  2         0                16.50\n", "16,50"},
		{progress.Options{Lang: "en", Format: "markdown"}, "| 2018 | 2 | 0 | 16.50 |\n", "16,50"},
		{progress.Options{Format: "csv"}, ",16.50,", "16,50"},
		{progress.Options{Format: "json"}, `"16.50"`, "16,50"},
	} {
		var b bytes.Buffer
		if err := progress.Write(&b, p, tc.opt); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tc.want) || strings.Contains(b.String(), tc.not) {
			t.Errorf("%+v: want %q and no %q in:\n%s", tc.opt, tc.want, tc.not, b.String())
		}
	}
}

func TestOneProblemIsSingular(t *testing.T) {
	p := progress.Of(threeYears(t))
	opt := progress.Options{Lang: "en", Excluded: []progress.Excluded{{Origin: "nofile.csv", Problems: 1}}}
	var b bytes.Buffer
	if err := progress.WriteText(&b, p, opt); err != nil {
		t.Fatal(err)
	}
	if want := "(nofile.csv, 1 problem)"; !strings.Contains(b.String(), want) {
		t.Errorf("text lacks %q:\n%.600s", want, b.String())
	}
}

// Communes named without a district (after the 2025 mergers) make no
// district area: a nameless one would repeat their province's.
func TestNoDistrictAreaWithoutADistrict(t *testing.T) {
	p := progress.Of(reportsOf(t,
		assess(t, "Tân Thành", "", 2020, nil, nil),
		assess(t, "Vân Nham", "", 2020, []string{"5"}, nil),
		assess(t, "Hòa Lạc", "Hữu Lũng", 2020, nil, nil),
	))
	var got []string
	for _, a := range p.Areas {
		got = append(got, fmt.Sprintf("%v %s|%s %d", a.Scope, a.Province, a.District, a.Years[0].Communes))
	}
	want := []string{"district Lạng Sơn|Hữu Lũng 1", "province Lạng Sơn| 3", "all | 3"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("areas (-want +got):\n%s", diff)
	}
}
