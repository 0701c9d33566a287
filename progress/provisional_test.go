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

// render writes p with the plan's path in format and lang.
func render(t *testing.T, p progress.Progress, path *progress.PlanPath, format, lang string) string {
	t.Helper()
	var b bytes.Buffer
	if err := progress.Write(&b, p, progress.Options{Plan: path, Format: format, Lang: lang}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// planTargetsJSON returns the plan targets of the progress JSON.
func planTargetsJSON(t *testing.T, js string) []map[string]any {
	t.Helper()
	var doc struct {
		Plan struct {
			Targets []map[string]any `json:"targets"`
		} `json:"plan"`
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Plan.Targets
}

// targetProvisionalCells returns the commune, set and target_provisional
// cells of the CSV's target rows.
func targetProvisionalCells(t *testing.T, out string) []string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for i, h := range rows[0] {
		if h == "target_provisional" {
			col = i
		}
	}
	if col != len(rows[0])-1 {
		t.Fatalf("CSV header %v: target_provisional is not the last column", rows[0])
	}
	var cells []string
	for _, row := range rows[1:] {
		if row[1] == "target" {
			cells = append(cells, row[4]+" "+row[0]+" "+row[col])
		}
	}
	return cells
}

// TestAPlanTargetOnAPendingSetIsProvisional: Tân Thành's target on
// 933/QĐ-UBND, evaluated in 2020 on attestations alone, is provisional in every
// format of the progress; its targets on 1980/QĐ-TTg are not.
func TestAPlanTargetOnAPendingSetIsProvisional(t *testing.T) {
	rs, pl := withPending(t)
	p := progress.Of(rs)
	path := progress.Targets(pl, rs, p, plan.NewDate(2021, time.January, 15))
	for i, tp := range path.Targets {
		if want := tp.Target.Set == criteria.IDQD933; tp.Provisional != want {
			t.Errorf("target %d (%s, %s): Provisional %v, want %v", i, tp.Target.Commune.Name, tp.Target.Set, tp.Provisional, want)
		}
	}
	if tp := path.Targets[3]; tp.Status != "missing" {
		t.Fatalf("the 933/QĐ-UBND target's status is %s, want missing (its prerequisite is)", tp.Status)
	}
	for _, tc := range []struct{ format, lang, want string }{
		{"text", "vi", "Thiếu số liệu (tạm tính: chờ văn bản chính thức)"},
		{"text", "en", "Missing (provisional: pending the official text)"},
		{"markdown", "vi", "| Thiếu số liệu (tạm tính: chờ văn bản chính thức) |"},
		{"markdown", "en", "| Missing (provisional: pending the official text) |"},
	} {
		out := render(t, p, &path, tc.format, tc.lang)
		n := 0
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, tc.want) {
				n++
				if !strings.Contains(l, "933/QĐ-UBND") {
					t.Errorf("%s %s: a target not on 933/QĐ-UBND is provisional: %s", tc.lang, tc.format, l)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s %s: %d lines with %q, want 1:\n%s", tc.lang, tc.format, n, tc.want, out)
		}
	}
	var got []string
	for _, tg := range planTargetsJSON(t, render(t, p, &path, "json", "vi")) {
		got = append(got, fmt.Sprint(tg["set"], " ", tg["provisional"]))
	}
	want := "1980/QĐ-TTg false|1980/QĐ-TTg false|1980/QĐ-TTg false|933/QĐ-UBND true"
	if strings.Join(got, "|") != want {
		t.Errorf("JSON plan targets' provisional = %s, want %s", strings.Join(got, "|"), want)
	}
	for _, c := range targetProvisionalCells(t, render(t, p, &path, "csv", "vi")) {
		if strings.HasSuffix(c, " true") != strings.Contains(c, "933/QĐ-UBND") {
			t.Errorf("CSV target row %q", c)
		}
	}
}

// TestAPlanTargetWithoutFiguresOrOnALoadedSetIsNotProvisional: a target
// without a report has no verdict to qualify, and reads as ntm plan reads
// it ("Chưa có số liệu đánh giá"); a target on 933/QĐ-UBND evaluated
// against its loaded official text (--sets-from) is not provisional.
func TestAPlanTargetWithoutFiguresOrOnALoadedSetIsNotProvisional(t *testing.T) {
	rs := threeYears(t)
	pl := testPlan()
	pl.Targets = append(pl.Targets, plan.Target{Commune: pl.Targets[0].Commune, Set: criteria.IDQD933, Year: 2020})
	p := progress.Of(rs)
	path := progress.Targets(pl, rs, p, plan.NewDate(2020, time.May, 5))
	if path.Targets[3].Provisional {
		t.Error("a target without a report is provisional")
	}
	for _, tc := range []struct{ format, lang, want string }{
		{"text", "vi", "Chưa có số liệu đánh giá"},
		{"markdown", "vi", "| Chưa có số liệu đánh giá |"},
		{"text", "en", "Not evaluated"},
	} {
		out := render(t, p, &path, tc.format, tc.lang)
		if !strings.Contains(out, tc.want) || strings.Contains(out, "tạm tính:") || strings.Contains(out, "provisional:") {
			t.Errorf("%s %s: want %q and no provisional mark:\n%s", tc.lang, tc.format, tc.want, out)
		}
	}

	cat := officialQD933(t)
	official, _ := cat.Lookup(criteria.IDQD933)
	vals := map[string]evaluate.Value{}
	for _, c := range official.Criteria {
		for _, ind := range c.Indicators {
			vals[ind.Code] = evaluate.Bool(true)
		}
	}
	a := evaluate.Assessment{Commune: pl.Targets[0].Commune, Region: criteria.TDMNPB, Year: 2020,
		Values: map[string]map[string]evaluate.Value{criteria.IDQD933: vals}}
	rs = append(rs, evaluate.Run(official, &a))
	p = progress.Of(rs)
	path = progress.TargetsWith(cat, pl, rs, p, plan.NewDate(2020, time.May, 5))
	if tp := path.Targets[3]; tp.Provisional || tp.Status == "not-evaluated" {
		t.Errorf("the target on the loaded 933/QĐ-UBND: status %s, Provisional %v, want evaluated, false", tp.Status, tp.Provisional)
	}
	for _, lang := range []string{"vi", "en"} {
		if out := render(t, p, &path, "text", lang); strings.Contains(out, "tạm tính:") || strings.Contains(out, "provisional:") {
			t.Errorf("%s: a target on a loaded set is provisional:\n%s", lang, out)
		}
	}
}
