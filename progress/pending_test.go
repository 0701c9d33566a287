package progress_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/progress"
)

// withPending returns the reports of threeYears and of Tân Thành against
// 933/QĐ-UBND (content pending the official text) in 2019 and 2020, with
// a plan targeting it under both sets.
func withPending(t *testing.T) ([]evaluate.Report, *plan.Plan) {
	t.Helper()
	rs := threeYears(t)
	for _, year := range []int{2019, 2020} {
		vals := map[string]evaluate.Value{}
		for i := range criteria.QD933().Criteria {
			vals[fmt.Sprint(i+1)] = evaluate.Bool(year == 2020 || i != 5)
		}
		a := evaluate.Assessment{Commune: evaluate.Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"},
			Region: criteria.TDMNPB, Year: year, Values: map[string]map[string]evaluate.Value{criteria.IDQD933: vals}}
		rs = append(rs, evaluate.Run(criteria.QD933(), &a))
	}
	p := testPlan()
	p.Targets = append(p.Targets, plan.Target{Commune: p.Targets[0].Commune, Set: criteria.IDQD933, Year: 2020})
	return rs, p
}

func TestProgressOfAPendingSetSaysSoInEveryFormat(t *testing.T) {
	rs, pl := withPending(t)
	p := progress.Of(rs)
	for _, c := range p.Communes {
		if c.Content.Pending() != (c.Set == criteria.IDQD933) {
			t.Errorf("commune %s, %s: content %v", c.Commune.Name, c.Set, c.Content)
		}
	}
	for _, a := range p.Areas {
		if a.Content.Pending() != (a.Set == criteria.IDQD933) {
			t.Errorf("area %s %s, %s, %s: content %v", a.Scope, a.District, a.Province, a.Set, a.Content)
		}
	}
	path := progress.Targets(pl, rs, p, plan.NewDate(2021, time.January, 15))
	opt := progress.Options{Plan: &path}
	render := func(format, lang string) string {
		o := opt
		o.Format, o.Lang = format, lang
		var b bytes.Buffer
		if err := progress.Write(&b, p, o); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}

	for _, tc := range []struct {
		format, lang string
		want         []string // lines (text) or headings (Markdown) wanted
	}{
		{"text", "vi", []string{"Tiến độ theo địa bàn — 933/QĐ-UBND (chờ văn bản chính thức)",
			"Tiến độ theo xã — 933/QĐ-UBND (chờ văn bản chính thức)", "Tiến độ theo địa bàn — 1980/QĐ-TTg"}},
		{"text", "en", []string{"Progress by area — 933/QĐ-UBND (pending the official text)",
			"Progress by commune — 933/QĐ-UBND (pending the official text)", "Progress by area — 1980/QĐ-TTg"}},
		{"markdown", "vi", []string{"## Tiến độ theo địa bàn — 933/QĐ-UBND (chờ văn bản chính thức)",
			"## Tiến độ theo xã — 933/QĐ-UBND (chờ văn bản chính thức)", "## Tiến độ theo xã — 1980/QĐ-TTg"}},
	} {
		out := render(tc.format, tc.lang)
		lines := strings.Split(out, "\n")
		for _, want := range tc.want {
			found := false
			for _, l := range lines {
				found = found || l == want
			}
			if !found {
				t.Errorf("%s %s: no line %q in:\n%s", tc.lang, tc.format, want, out)
			}
		}
		// The plan's target under 933 names the set with the mark.
		mark := map[string]string{"vi": "933/QĐ-UBND (chờ văn bản chính thức)", "en": "933/QĐ-UBND (pending the official text)"}[tc.lang]
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, "Tân Thành") || strings.HasPrefix(l, "| Tân Thành") {
				found = found || strings.Contains(l, mark)
			}
			if strings.Contains(l, "1980/QĐ-TTg (") {
				t.Errorf("%s %s: an encoded set is marked: %s", tc.lang, tc.format, l)
			}
		}
		if !found {
			t.Errorf("%s %s: the plan's target under 933 lacks %q:\n%s", tc.lang, tc.format, mark, out)
		}
	}

	var js struct {
		Communes []map[string]any `json:"communes"`
		Areas    []map[string]any `json:"areas"`
		Plan     struct {
			Targets []map[string]any `json:"targets"`
		} `json:"plan"`
	}
	if err := json.Unmarshal([]byte(render("json", "vi")), &js); err != nil {
		t.Fatal(err)
	}
	for what, objs := range map[string][]map[string]any{"commune": js.Communes, "area": js.Areas, "plan target": js.Plan.Targets} {
		n := 0
		for _, o := range objs {
			want := "complete"
			if o["set"] == criteria.IDQD933 {
				want = "pending-official-text"
				n++
			}
			if o["content"] != want {
				t.Errorf("JSON %s of %v: content %v, want %q", what, o["set"], o["content"], want)
			}
		}
		if n == 0 {
			t.Errorf("JSON: no %s of 933/QĐ-UBND", what)
		}
	}

	rows, err := csv.NewReader(strings.NewReader(render("csv", "vi"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// content was appended after through; the columns added since come
	// after it.
	const contentColumn = 17
	if head := rows[0]; head[contentColumn] != "content" || head[contentColumn-1] != "through" {
		t.Errorf("CSV header %v: content must be appended after the columns of before", head)
	}
	for _, row := range rows[1:] {
		want := ""
		if row[0] == criteria.IDQD933 {
			want = "pending-official-text"
		}
		if got := row[contentColumn]; got != want {
			t.Errorf("CSV row %v: content %q, want %q", row[:5], got, want)
		}
	}
}

// officialQD933 returns a catalog of the built-in sets whose 933/QĐ-UBND
// is complete (its official text loaded, as with --sets-from) and has
// two criteria: illustrative, not the official text.
func officialQD933(t *testing.T) *criteria.Catalog {
	t.Helper()
	official := criteria.QD933()
	official.Content = criteria.ContentComplete
	official.Criteria = official.Criteria[:2]
	cat := criteria.Builtin()
	if err := cat.Add(official); err != nil {
		t.Fatal(err)
	}
	return cat
}

// TestTargetsWithReadsTheCatalogsSets: a target on 933/QĐ-UBND of a
// commune without a report of it is pending on the built-in sets
// (Targets), and not with a catalog holding its official text
// (TargetsWith), which counts that set's criteria, as plan.StatusWith.
func TestTargetsWithReadsTheCatalogsSets(t *testing.T) {
	rs := threeYears(t)
	p := testPlan()
	p.Targets = append(p.Targets, plan.Target{Commune: p.Targets[0].Commune, Set: criteria.IDQD933, Year: 2020})
	asOf := plan.NewDate(2020, time.May, 5)
	cat := officialQD933(t)
	pending := func(path progress.PlanPath) bool {
		for _, w := range path.Warnings {
			if strings.Contains(w.Text("en"), "pending the official text") {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		name    string
		path    progress.PlanPath
		pending bool
		total   int
	}{
		{"Targets", progress.Targets(p, rs, progress.Of(rs), asOf), true, len(criteria.QD933().Criteria)},
		{"TargetsWith nil", progress.TargetsWith(nil, p, rs, progress.Of(rs), asOf), true, len(criteria.QD933().Criteria)},
		{"TargetsWith official", progress.TargetsWith(cat, p, rs, progress.Of(rs), asOf), false, 2},
	} {
		if got := pending(tc.path); got != tc.pending {
			t.Errorf("%s: a warning says 933/QĐ-UBND is pending: %v, want %v (%v)", tc.name, got, tc.pending, tc.path.Warnings)
		}
		// Without a report of the set, the target's content is the
		// catalog's set's, as the plan's status has it.
		if got := tc.path.Targets[3].Content.Pending(); got != tc.pending {
			t.Errorf("%s: the 933/QĐ-UBND target's content %v, pending %v, want %v", tc.name, tc.path.Targets[3].Content, got, tc.pending)
		}
		if got := tc.path.Targets[3].CriteriaTotal; got != tc.total {
			t.Errorf("%s: the 933/QĐ-UBND target counts %d criteria, want %d", tc.name, got, tc.total)
		}
		want := plan.StatusWith(nil, p, rs, asOf)
		if tc.name == "TargetsWith official" {
			want = plan.StatusWith(cat, p, rs, asOf)
		}
		if len(tc.path.Warnings) != len(want.Warnings) {
			t.Errorf("%s: %d warnings, the plan's status has %d", tc.name, len(tc.path.Warnings), len(want.Warnings))
		}
	}
}

// TestATargetWithoutAReportOfItsPendingSetIsPendingInEveryFormat: a plan's
// target on 933/QĐ-UBND, no report of which was read, is marked pending
// in text, Markdown, JSON and CSV, as in the HTML report.
func TestATargetWithoutAReportOfItsPendingSetIsPendingInEveryFormat(t *testing.T) {
	rs := threeYears(t)
	pl := testPlan()
	pl.Targets = append(pl.Targets, plan.Target{Commune: pl.Targets[0].Commune, Set: criteria.IDQD933, Year: 2020})
	p := progress.Of(rs)
	path := progress.TargetsWith(nil, pl, rs, p, plan.NewDate(2020, time.May, 5))
	for _, tc := range []struct{ format, lang, want string }{
		{"text", "vi", "933/QĐ-UBND (chờ văn bản chính thức)"},
		{"text", "en", "933/QĐ-UBND (pending the official text)"},
		{"markdown", "vi", "933/QĐ-UBND (chờ văn bản chính thức)"},
		{"json", "vi", `"content": "pending-official-text"`},
		{"csv", "vi", "pending-official-text"},
	} {
		var b bytes.Buffer
		if err := progress.Write(&b, p, progress.Options{Plan: &path, Format: tc.format, Lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tc.want) {
			t.Errorf("%s %s: no %q:\n%s", tc.lang, tc.format, tc.want, b.String())
		}
	}
}

// TestProgressOfAPendingSetSaysItsResultsAreProvisional: the text and
// Markdown of a set pending its official text say, under its first
// heading and once, that its results rest on attestations and are
// provisional (as the HTML report says); a set with its content says
// nothing of the kind.
func TestProgressOfAPendingSetSaysItsResultsAreProvisional(t *testing.T) {
	rs, _ := withPending(t)
	p := progress.Of(rs)
	for _, tc := range []struct{ format, lang, want string }{
		{"text", "vi", "Nội dung bộ tiêu chí 933/QĐ-UBND đang chờ văn bản chính thức: kết quả là tạm tính, chỉ dựa trên xác nhận từng tiêu chí."},
		{"markdown", "vi", "Nội dung bộ tiêu chí 933/QĐ-UBND đang chờ văn bản chính thức: kết quả là tạm tính, chỉ dựa trên xác nhận từng tiêu chí."},
		{"text", "en", "The content of 933/QĐ-UBND is pending its official text: results are provisional, resting on per-criterion attestations only."},
	} {
		var b bytes.Buffer
		if err := progress.Write(&b, p, progress.Options{Format: tc.format, Lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if n := strings.Count(out, "\n"+tc.want+"\n"); n != 1 {
			t.Errorf("%s %s: %d lines %q, want 1, in:\n%s", tc.lang, tc.format, n, tc.want, out)
		}
		if strings.Contains(out, "1980/QĐ-TTg đang chờ") || strings.Contains(out, "1980/QĐ-TTg is pending") {
			t.Errorf("%s %s: a set with its content is said pending:\n%s", tc.lang, tc.format, out)
		}
	}
}
