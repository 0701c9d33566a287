package htmlreport_test

import (
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
	"github.com/nongthonmoi/ntm/plan"
)

// TestAPlanTargetOnAPendingSetIsProvisional: in the plan's section, the
// status of a target on 933/QĐ-UBND, whose content awaits the official
// text, is provisional, and the count of targets met says how many of
// them are; with the set's official text loaded (Options.Catalog) it is
// not.
func TestAPlanTargetOnAPendingSetIsProvisional(t *testing.T) {
	a := assess(t, "Tân Thành", "Hữu Lũng", 2020, nil, nil)
	r1980 := evaluate.Run(criteria.QD1980(), &a)
	r933 := r1980 // met, on the content of 933/QĐ-UBND
	r933.Set, r933.Content, r933.Status = criteria.IDQD933, criteria.ContentPendingOfficialText, evaluate.StatusMet
	p := testPlan()
	p.Targets = []plan.Target{{Commune: p.Targets[0].Commune, Set: criteria.IDQD933, Year: 2020}, p.Targets[0]}
	for _, tc := range []struct {
		lang  string
		want  []string
		avoid []string
	}{
		{"vi", []string{"Tính đến ngày 05/5/2020: đạt 2/2 mục tiêu, trong đó 1 tạm tính.",
			"933/QĐ-UBND (chờ văn bản chính thức)2020Đạt (tạm tính: chờ văn bản chính thức)"},
			[]string{"1980/QĐ-TTg2020Chưa đạt (tạm tính", "1980/QĐ-TTg2020Đạt (tạm tính"}},
		{"en", []string{"As of 2020-05-05: 2/2 targets met, of which 1 provisional.",
			"933/QĐ-UBND (pending the official text)2020Met (provisional: pending the official text)"},
			[]string{"1980/QĐ-TTg2020Not met (provisional", "1980/QĐ-TTg2020Met (provisional"}},
	} {
		doc := render(t, []evaluate.Report{r1980, r933}, htmlreport.Options{Lang: tc.lang, Plan: p, AsOf: plan.NewDate(2020, time.May, 5)})
		text := strings.Join(visibleLines(doc), "\n")
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: no visible %q in:\n%s", tc.lang, w, text)
			}
		}
		for _, w := range tc.avoid {
			if strings.Contains(text, w) {
				t.Errorf("%s: %q should not be there", tc.lang, w)
			}
		}
	}

	// Its official text loaded, the set is not pending: nothing is
	// provisional, and a target without a report reads as ntm plan reads it.
	official := criteria.QD933()
	official.Content = criteria.ContentComplete
	official.Criteria = official.Criteria[:2] // illustrative, not the official text
	cat := criteria.Builtin()
	if err := cat.Add(official); err != nil {
		t.Fatal(err)
	}
	r933.Content = criteria.ContentComplete
	doc := render(t, []evaluate.Report{r1980, r933}, htmlreport.Options{Lang: "vi", Plan: p, AsOf: plan.NewDate(2020, time.May, 5), Catalog: cat})
	text := strings.Join(visibleLines(doc), "\n")
	if strings.Contains(text, "tạm tính") || !strings.Contains(text, "Tính đến ngày 05/5/2020: đạt 2/2 mục tiêu.") {
		t.Errorf("with the official text: a target is provisional, or the count is not \"đạt 2/2 mục tiêu.\":\n%s", text)
	}
	doc = render(t, []evaluate.Report{r1980}, htmlreport.Options{Lang: "vi", Plan: p, AsOf: plan.NewDate(2020, time.May, 5)})
	if text := strings.Join(visibleLines(doc), "\n"); !strings.Contains(text, "933/QĐ-UBND (chờ văn bản chính thức)2020Chưa có số liệu đánh giá") {
		t.Errorf("a target without a report is not \"Chưa có số liệu đánh giá\":\n%s", text)
	}
}
