package plan_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/langson"
	"github.com/nongthonmoi/ntm/plan"
)

// The tests of this file hold the wording of a plan's status to what a
// Vietnamese-reading official takes from it: a set pending its official
// text says so, a brief's verdict names the codes it is about, a gap of a
// ≤ or "none" indicator is not a shortfall, a task nobody reported on is
// not "in progress", and briefs from a table of defaults say where the
// table comes from.

// renderings returns the Vietnamese and English text, the Vietnamese and
// English Markdown and the JSON of st.
func renderings(t *testing.T, st *plan.Standing) (vi, en, md, mdEN, js string) {
	t.Helper()
	var b [5]bytes.Buffer
	for i, err := range []error{plan.WriteText(&b[0], st, "vi"), plan.WriteText(&b[1], st, "en"),
		plan.WriteMarkdown(&b[2], st, "vi"), plan.WriteMarkdown(&b[3], st, "en"), plan.WriteJSON(&b[4], st)} {
		if err != nil {
			t.Fatalf("rendering %d: %v", i, err)
		}
	}
	return b[0].String(), b[1].String(), b[2].String(), b[3].String(), b[4].String()
}

func wantIn(t *testing.T, what, doc string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(doc, w) {
			t.Errorf("%s: no %q in:\n%s", what, w, doc)
		}
	}
}

func wantNotIn(t *testing.T, what, doc string, notWant ...string) {
	t.Helper()
	for _, w := range notWant {
		if strings.Contains(doc, w) {
			t.Errorf("%s: %q should not be there:\n%s", what, w, doc)
		}
	}
}

// TestABriefVerdictNamesItsCodes: under an agency, a commune's verdict is
// about that agency's criteria or indicators only, and says which, so that
// "Đạt" is not read as the commune's result.
func TestABriefVerdictNamesItsCodes(t *testing.T) {
	p := plan47()
	p.Responsibilities = append(plan.Merge(p, langson.Responsibilities()),
		plan.Responsibility{Agency: "Sở Y tế", Criteria: []string{"17.8"}},
		plan.Responsibility{Agency: "Sở Giáo dục và Đào tạo", Criteria: []string{"5", "14.1", "14.2"}})
	st := plan.Status(p, sampleReports(t), plan.NewDate(2020, time.May, 5))
	vi, en, md, mdEN, _ := renderings(t, &st)
	wantIn(t, "text", vi,
		"  Xã Hòa Lạc — tiêu chí 1, 9 (1980/QĐ-TTg): Đạt\n",
		"  Xã Nhật Tiến — tiêu chí 17 (1980/QĐ-TTg): Chưa đạt\n",
		"  Xã Nhật Tiến — chỉ tiêu 17.8 (1980/QĐ-TTg): Thiếu số liệu\n",
		"  Xã Nhật Tiến — tiêu chí 5 và chỉ tiêu 14.1, 14.2 (1980/QĐ-TTg): Chưa đạt\n")
	wantNotIn(t, "text", vi, "Xã Hòa Lạc — 1980/QĐ-TTg: ")
	wantIn(t, "English text", en,
		"  Commune Hòa Lạc — criteria 1, 9 (1980/QĐ-TTg): Met\n",
		"  Commune Nhật Tiến — criterion 17 (1980/QĐ-TTg): Not met\n",
		"  Commune Nhật Tiến — indicator 17.8 (1980/QĐ-TTg): Missing\n",
		"  Commune Nhật Tiến — criterion 5 and indicators 14.1, 14.2 (1980/QĐ-TTg): Not met\n")
	wantIn(t, "Markdown", md, "#### Xã Hòa Lạc — tiêu chí 1, 9 (1980/QĐ-TTg): Đạt\n")
	wantIn(t, "English Markdown", mdEN, "#### Commune Hòa Lạc — criteria 1, 9 (1980/QĐ-TTg): Met\n")

	// Not evaluated, the codes are still named.
	st = plan.Status(p, nil, plan.NewDate(2020, time.May, 5))
	vi, _, _, _, _ = renderings(t, &st)
	wantIn(t, "text without reports", vi, "  Xã Hòa Lạc — tiêu chí 1, 9 (1980/QĐ-TTg): Chưa có số liệu đánh giá\n")
}

// TestGapsAreWordedByTheTargetsOperator: a "none" indicator (9.1 nhà
// tạm, dột nát) has houses left to remove, not houses missing; a ≤
// indicator is over its threshold; a ≥ one short of it, as `ntm eval`
// words them. The threshold is the "mức đạt chuẩn", since "chỉ tiêu" is
// the indicator.
func TestGapsAreWordedByTheTargetsOperator(t *testing.T) {
	const in = `{"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"9.1": 2, "11": "15",
	    "17.6": {"numerator": 60, "denominator": 100, "unit": "hộ"}}}}`
	as, err := evaluate.DecodeJSON(strings.NewReader(in), "gaps.json", nil)
	if err != nil {
		t.Fatal(err)
	}
	reports, err := evaluate.RunAll(criteria.Builtin(), &as[0])
	if err != nil {
		t.Fatal(err)
	}
	p := plan47()
	p.Responsibilities = []plan.Responsibility{{Agency: "Sở Xây dựng", Criteria: []string{"9.1", "11", "17.6"}}}
	st := plan.Status(p, reports, plan.NewDate(2020, time.May, 5))
	vi, en, md, _, _ := renderings(t, &st)
	wantIn(t, "text", vi,
		"9.1 Nhà tạm, dột nát: Chưa đạt — thực tế 2 nhà, mức đạt chuẩn không, còn 2 nhà\n",
		": Chưa đạt — thực tế 15%, mức đạt chuẩn ≤ 12%, vượt 3 điểm %\n",
		": Chưa đạt — thực tế 60%, mức đạt chuẩn ≥ 70%, thiếu 10 điểm % (+10 hộ)\n")
	wantNotIn(t, "text", vi, "còn thiếu", "chỉ tiêu không", "chỉ tiêu ≥", "chỉ tiêu ≤")
	wantIn(t, "English text", en,
		"9.1 Temporary and dilapidated houses: Not met — actual 2 nhà, target none, 2 nhà present\n",
		": Not met — actual 15%, target ≤ 12%, 3 pp over\n",
		": Not met — actual 60%, target ≥ 70%, 10 pp short (+10 hộ)\n")
	wantIn(t, "Markdown", md, "- 9.1 Nhà tạm, dột nát: Chưa đạt — thực tế 2 nhà, mức đạt chuẩn không, còn 2 nhà\n")
}

// TestATaskNobodyReportedOnIsNotDone: a task not done is "Chưa hoàn
// thành" ("Not done"), never "Đang thực hiện": the plan records when a task
// is done, not that it is under way. A task without a deadline says the
// plan sets none ("không có hạn" reads as "unlimited"). The JSON state
// stays "open", as the format specifies.
func TestATaskNobodyReportedOnIsNotDone(t *testing.T) {
	st := plan.Status(plan47(), sampleReports(t), plan.NewDate(2020, time.April, 20))
	vi, en, md, mdEN, js := renderings(t, &st)
	wantIn(t, "text", vi,
		"  [Chưa hoàn thành] Hội Cựu chiến binh tỉnh và Văn phòng Điều phối nông thôn mới tỉnh — Chuẩn bị ý kiến phát biểu tại cuộc họp sau khi kiểm tra. (kế hoạch không nêu thời hạn)\n",
		"(trước ngày 30/4/2020)\n")
	wantNotIn(t, "text", vi, "Đang thực hiện", "không có hạn")
	wantIn(t, "English text", en,
		"  [Not done] Hội Cựu chiến binh tỉnh và Văn phòng Điều phối nông thôn mới tỉnh — Chuẩn bị ý kiến phát biểu tại cuộc họp sau khi kiểm tra. (the plan sets no deadline)\n")
	wantNotIn(t, "English text", en, "[Open]", "(no deadline)")
	wantIn(t, "Markdown", md, "| Chưa hoàn thành | Hội Cựu chiến binh tỉnh")
	wantNotIn(t, "Markdown", md, "Đang thực hiện")
	wantIn(t, "English Markdown", mdEN, "| Not done | Hội Cựu chiến binh tỉnh")
	wantIn(t, "JSON", js, `"state": "open"`)
	wantNotIn(t, "JSON", js, "Chưa hoàn thành", "Not done")
	if got := plan.TaskOpen.String(); got != "open" {
		t.Errorf("TaskOpen.String() = %q, want the wire code open", got)
	}
}
