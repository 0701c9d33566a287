package plan_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
)

// statusJSON is what the tests of this file read of the plan status JSON.
type statusJSON struct {
	TargetsMet            int  `json:"targets_met"`
	TargetsMetProvisional *int `json:"targets_met_provisional"`
	Targets               []struct {
		Set         string `json:"set"`
		Status      string `json:"status"`
		Provisional *bool  `json:"provisional"`
	} `json:"targets"`
}

func decodeStatus(t *testing.T, js string) statusJSON {
	t.Helper()
	var doc statusJSON
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// withTanThanhMet returns the sample reports with the report of Tân Thành
// on 933/QĐ-UBND (pending its official text) made met.
func withTanThanhMet(t *testing.T) []evaluate.Report {
	t.Helper()
	reports := sampleReports(t)
	found := false
	for i := range reports {
		if reports[i].Set == criteria.IDQD933 {
			reports[i].Status, found = evaluate.StatusMet, true
		}
	}
	if !found {
		t.Fatal("no 933/QĐ-UBND report in the sample")
	}
	return reports
}

// TestAVerdictOnAPendingSetIsProvisional: Tân Thành's target is on
// 933/QĐ-UBND, whose content awaits the official text. Its verdict, met or
// not, is provisional in every rendering, and the count of targets met
// says how many of them are.
func TestAVerdictOnAPendingSetIsProvisional(t *testing.T) {
	st := plan.Status(plan47(), withTanThanhMet(t), plan.NewDate(2020, time.May, 5))
	if st.TargetsMet != 1 || st.TargetsMetProvisional != 1 {
		t.Errorf("TargetsMet, TargetsMetProvisional = %d, %d, want 1, 1", st.TargetsMet, st.TargetsMetProvisional)
	}
	for i, want := range []bool{false, false, true} {
		if got := st.Targets[i].Provisional(); got != want {
			t.Errorf("Targets[%d].Provisional() = %v, want %v", i, got, want)
		}
	}
	vi, en, md, mdEN, js := renderings(t, &st)
	wantIn(t, "text", vi, "Mục tiêu: đạt 1/3, trong đó 1 tạm tính\n",
		"933/QĐ-UBND (chờ văn bản chính thức), năm 2020: Đạt (tạm tính: chờ văn bản chính thức; đạt ")
	wantIn(t, "English text", en, "Targets: met 1/3, of which 1 provisional\n",
		"933/QĐ-UBND (pending the official text), year 2020: Met (provisional: pending the official text; met ")
	wantIn(t, "Markdown", md, "## Mục tiêu: đạt 1/3, trong đó 1 tạm tính\n",
		"| 933/QĐ-UBND (chờ văn bản chính thức) | 2020 | Đạt (tạm tính: chờ văn bản chính thức) |")
	wantIn(t, "English Markdown", mdEN, "## Targets: met 1/3, of which 1 provisional\n",
		"| 933/QĐ-UBND (pending the official text) | 2020 | Met (provisional: pending the official text) |")
	wantNotIn(t, "text", vi, "1980/QĐ-TTg, năm 2020: Chưa đạt (tạm tính", "1980/QĐ-TTg, năm 2020: Thiếu số liệu (tạm tính")

	doc := decodeStatus(t, js)
	if doc.TargetsMetProvisional == nil || *doc.TargetsMetProvisional != 1 {
		t.Errorf("JSON targets_met_provisional = %v, want 1", doc.TargetsMetProvisional)
	}
	for i, want := range []bool{false, false, true} {
		if p := doc.Targets[i].Provisional; p == nil || *p != want {
			t.Errorf("JSON targets[%d].provisional = %v, want %v", i, p, want)
		}
	}

	// Not met, it is provisional too, and no met target is.
	st = plan.Status(plan47(), sampleReports(t), plan.NewDate(2020, time.May, 5))
	if st.TargetsMet != 0 || st.TargetsMetProvisional != 0 || !st.Targets[2].Provisional() {
		t.Errorf("not met: TargetsMet, TargetsMetProvisional, Targets[2].Provisional() = %d, %d, %v, want 0, 0, true",
			st.TargetsMet, st.TargetsMetProvisional, st.Targets[2].Provisional())
	}
	vi, en, _, _, js = renderings(t, &st)
	wantIn(t, "text", vi, "Mục tiêu: đạt 0/3\n", "năm 2020: Chưa đạt (tạm tính: chờ văn bản chính thức; đạt 13/14 tiêu chí)")
	wantIn(t, "English text", en, "Targets: met 0/3\n", "year 2020: Not met (provisional: pending the official text; met 13/14 criteria)")
	wantNotIn(t, "text", vi, ") (đạt ")
	wantNotIn(t, "English text", en, ") (met ")
	if doc := decodeStatus(t, js); doc.TargetsMetProvisional == nil || *doc.TargetsMetProvisional != 0 {
		t.Errorf("JSON targets_met_provisional = %v, want 0", doc.TargetsMetProvisional)
	}
}

// TestATargetWithoutFiguresIsNotProvisional: without a report there is no
// verdict to qualify: the target is "Chưa có số liệu đánh giá", its set
// still said to be pending.
func TestATargetWithoutFiguresIsNotProvisional(t *testing.T) {
	st := plan.Status(plan47(), nil, plan.NewDate(2020, time.May, 5))
	if st.Targets[2].Provisional() {
		t.Error("a target without a report is provisional")
	}
	vi, en, md, _, js := renderings(t, &st)
	wantIn(t, "text", vi, "933/QĐ-UBND (chờ văn bản chính thức), năm 2020: Chưa có số liệu đánh giá.\n")
	wantIn(t, "English text", en, "933/QĐ-UBND (pending the official text), year 2020: Not evaluated.\n")
	wantIn(t, "Markdown", md, "| 2020 | Chưa có số liệu đánh giá |")
	for _, doc := range []string{vi, en, md} {
		wantNotIn(t, "status", doc, "tạm tính", "provisional")
	}
	if p := decodeStatus(t, js).Targets[2].Provisional; p == nil || *p {
		t.Errorf("JSON targets[2].provisional = %v, want false", p)
	}
}

// TestASetReplacedByLoadedDefinitionsIsNotProvisional: 933/QĐ-UBND read
// from a definition (as --sets-from reads its official text) is complete:
// a report evaluated against it, met, is not provisional.
func TestASetReplacedByLoadedDefinitionsIsNotProvisional(t *testing.T) {
	f, err := os.Open("../criteria/testdata/933-test-fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	sets, err := criteria.ReadDefinitions(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	cat := criteria.Builtin()
	if err := cat.Add(sets...); err != nil {
		t.Fatal(err)
	}
	// The sample, with Tân Thành's 933/QĐ-UBND values those of the
	// loaded definition, all met.
	raw, err := os.ReadFile(filepath.Join("testdata", "minh-hoa-huulung-2020.json"))
	if err != nil {
		t.Fatal(err)
	}
	var sample []map[string]any
	if err := json.Unmarshal(raw, &sample); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range sample {
		if sets := a["sets"].(map[string]any); sets[criteria.IDQD933] != nil {
			sets[criteria.IDQD933], found = map[string]any{"1.1": "95", "2": true}, true
		}
	}
	if !found {
		t.Fatal("no 933/QĐ-UBND values in the sample")
	}
	raw, err = json.Marshal(sample)
	if err != nil {
		t.Fatal(err)
	}
	as, err := evaluate.DecodeJSON(bytes.NewReader(raw), "so-lieu.json", cat)
	if err != nil {
		t.Fatal(err)
	}
	var reports []evaluate.Report
	for i := range as {
		rs, err := evaluate.RunAll(cat, &as[i])
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, rs...)
	}
	st := plan.StatusWith(cat, plan47(), reports, plan.NewDate(2020, time.May, 5))
	if st.Targets[2].Provisional() || st.TargetsMetProvisional != 0 || st.TargetsMet != 1 {
		t.Errorf("Targets[2].Provisional(), TargetsMetProvisional, TargetsMet = %v, %d, %d, want false, 0, 1",
			st.Targets[2].Provisional(), st.TargetsMetProvisional, st.TargetsMet)
	}
	vi, en, md, mdEN, _ := renderings(t, &st)
	for _, doc := range []string{vi, en, md, mdEN} {
		wantNotIn(t, "status", doc, "tạm tính", "provisional", "chờ văn bản chính thức")
	}
}

// TestAPendingPrerequisiteMakesTheVerdictProvisional: a report on a
// complete set whose prerequisite was evaluated on a set awaiting its
// official text is provisional, as `ntm eval` marks it.
func TestAPendingPrerequisiteMakesTheVerdictProvisional(t *testing.T) {
	reports := sampleReports(t)
	for i := range reports {
		if reports[i].Set == criteria.IDQD1980 && reports[i].Commune.Name == "Nhật Tiến" {
			reports[i].Status = evaluate.StatusMet
			reports[i].Prerequisite = &evaluate.Prerequisite{Set: "X", Status: evaluate.StatusMet, Basis: "evaluated",
				Content: criteria.ContentPendingOfficialText}
		}
	}
	st := plan.Status(plan47(), reports, plan.NewDate(2020, time.May, 5))
	if !st.Targets[0].Provisional() || st.TargetsMetProvisional != 1 {
		t.Errorf("Targets[0].Provisional(), TargetsMetProvisional = %v, %d, want true, 1", st.Targets[0].Provisional(), st.TargetsMetProvisional)
	}
}

// TestABriefVerdictOnAPendingSetIsProvisional: under an agency, a
// commune's verdict on the codes of 933/QĐ-UBND is provisional as the
// target's is; one on 1980/QĐ-TTg, and one without a report, are not.
func TestABriefVerdictOnAPendingSetIsProvisional(t *testing.T) {
	p := plan47()
	p.Responsibilities = []plan.Responsibility{{Agency: "Sở Xây dựng", Criteria: []string{"9"}, Set: "933/QĐ-UBND"},
		{Agency: "Sở Xây dựng", Criteria: []string{"9"}, Set: "1980/QĐ-TTg"}}
	st := plan.Status(p, sampleReports(t), plan.NewDate(2020, time.May, 5))
	vi, en, md, mdEN, js := renderings(t, &st)
	wantIn(t, "text", vi, "  Xã Tân Thành — tiêu chí 9 (933/QĐ-UBND, chờ văn bản chính thức): Chưa đạt (tạm tính: chờ văn bản chính thức)\n",
		"  Xã Tân Thành — tiêu chí 9 (1980/QĐ-TTg): Đạt\n")
	wantIn(t, "English text", en, "  Commune Tân Thành — criterion 9 (933/QĐ-UBND, pending the official text): Not met (provisional: pending the official text)\n")
	wantIn(t, "Markdown", md, "#### Xã Tân Thành — tiêu chí 9 (933/QĐ-UBND, chờ văn bản chính thức): Chưa đạt (tạm tính: chờ văn bản chính thức)\n")
	wantIn(t, "English Markdown", mdEN, "#### Commune Tân Thành — criterion 9 (933/QĐ-UBND, pending the official text): Not met (provisional: pending the official text)\n")
	var doc struct {
		Briefs []struct {
			Communes []struct {
				Commune     string `json:"commune"`
				Set         string `json:"set"`
				Provisional *bool  `json:"provisional"`
			} `json:"communes"`
		} `json:"briefs"`
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range doc.Briefs {
		for _, c := range b.Communes {
			p := "<none>"
			if c.Provisional != nil {
				p = strconv.FormatBool(*c.Provisional)
			}
			got = append(got, c.Commune+" "+c.Set+" "+p)
		}
	}
	want := "Tân Thành 933/QĐ-UBND true|Nhật Tiến 1980/QĐ-TTg false|Hòa Lạc 1980/QĐ-TTg false|Tân Thành 1980/QĐ-TTg false"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("JSON brief communes' provisional = %s, want %s", g, want)
	}

	st = plan.Status(p, nil, plan.NewDate(2020, time.May, 5))
	vi, _, _, _, _ = renderings(t, &st)
	wantIn(t, "text without reports", vi, "  Xã Tân Thành — tiêu chí 9 (933/QĐ-UBND, chờ văn bản chính thức): Chưa có số liệu đánh giá\n")
}
