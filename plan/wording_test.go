package plan_test

import (
	"bytes"
	"encoding/json"
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

// renderings returns the Vietnamese and English text (its lines not
// wrapped for print, which print_test.go tests), the Vietnamese and
// English Markdown and the JSON of st.
func renderings(t *testing.T, st *plan.Standing) (vi, en, md, mdEN, js string) {
	t.Helper()
	var b [5]bytes.Buffer
	for i, err := range []error{plan.WriteTextUnwrapped(&b[0], st, "vi"), plan.WriteTextUnwrapped(&b[1], st, "en"),
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

// TestAPendingSetSaysSoInEveryRendering: Tân Thành's target is
// 933/QĐ-UBND, whose content awaits the official text. Its line says so in
// text and Markdown, its JSON target has "content", and a warning names
// the set; targets on a complete set say nothing of the kind. Without a
// report the built-in set still says so.
func TestAPendingSetSaysSoInEveryRendering(t *testing.T) {
	for _, tc := range []struct {
		name    string
		reports []evaluate.Report
	}{
		{"evaluated", sampleReports(t)},
		{"not evaluated", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := plan.Status(plan47(), tc.reports, plan.NewDate(2020, time.May, 5))
			if got := st.Targets[2].Content; got != criteria.ContentPendingOfficialText {
				t.Errorf("Tân Thành's target content = %v, want pending-official-text", got)
			}
			if got := st.Targets[0].Content; got != criteria.ContentComplete {
				t.Errorf("Nhật Tiến's target content = %v, want complete", got)
			}
			vi, en, md, mdEN, js := renderings(t, &st)
			wantIn(t, "text", vi, "Xã Tân Thành, Hữu Lũng, Lạng Sơn — 933/QĐ-UBND (chờ văn bản chính thức), năm 2020:",
				"bộ tiêu chí 933/QĐ-UBND: nội dung đang chờ văn bản chính thức")
			wantNotIn(t, "text", vi, "1980/QĐ-TTg (chờ văn bản chính thức)")
			wantIn(t, "English text", en, "Commune Tân Thành, Hữu Lũng, Lạng Sơn — 933/QĐ-UBND (pending the official text), year 2020:",
				"set 933/QĐ-UBND: its content is pending the official text")
			wantIn(t, "Markdown", md, "| 933/QĐ-UBND (chờ văn bản chính thức) | 2020 |")
			wantIn(t, "English Markdown", mdEN, "| 933/QĐ-UBND (pending the official text) | 2020 |")

			var doc struct {
				Targets []struct {
					Set     string  `json:"set"`
					Content *string `json:"content"`
				} `json:"targets"`
				Warnings []string `json:"warnings"`
			}
			if err := json.Unmarshal([]byte(js), &doc); err != nil {
				t.Fatal(err)
			}
			var contents []string
			for _, tg := range doc.Targets {
				c := "<none>"
				if tg.Content != nil {
					c = *tg.Content
				}
				contents = append(contents, tg.Set+" "+c)
			}
			want := "1980/QĐ-TTg complete|1980/QĐ-TTg complete|933/QĐ-UBND pending-official-text"
			if got := strings.Join(contents, "|"); got != want {
				t.Errorf("JSON target contents = %s, want %s", got, want)
			}
			found := false
			for _, w := range doc.Warnings {
				found = found || strings.Contains(w, "933/QĐ-UBND") && strings.Contains(w, "Tân Thành") &&
					strings.Contains(w, "chờ văn bản chính thức") && strings.Contains(w, "pending the official text")
			}
			if !found {
				t.Errorf("no JSON warning names the pending set 933/QĐ-UBND and its commune: %q", doc.Warnings)
			}
		})
	}
}

// TestACompleteSetHasNoPendingWarning: a plan whose targets are all on
// complete sets has no pending warning.
func TestACompleteSetHasNoPendingWarning(t *testing.T) {
	p := plan47()
	p.Targets = p.Targets[:2]
	st := plan.Status(p, sampleReports(t), plan.NewDate(2020, time.May, 5))
	vi, en, _, _, js := renderings(t, &st)
	for _, doc := range []string{vi, en, js} {
		wantNotIn(t, "status", doc, "chờ văn bản chính thức", "pending the official text")
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

// TestABriefOnAPendingSetSaysSo: a brief on the slots of 933/QĐ-UBND
// carries the pending qualifier beside the set, and its verdict is
// provisional.
func TestABriefOnAPendingSetSaysSo(t *testing.T) {
	p := plan47()
	p.Responsibilities = []plan.Responsibility{{Agency: "Sở Xây dựng", Criteria: []string{"9"}, Set: "933/QĐ-UBND"}}
	st := plan.Status(p, sampleReports(t), plan.NewDate(2020, time.May, 5))
	vi, en, md, _, _ := renderings(t, &st)
	wantIn(t, "text", vi, "  Xã Tân Thành — tiêu chí 9 (933/QĐ-UBND, chờ văn bản chính thức): Chưa đạt (tạm tính: chờ văn bản chính thức)\n")
	wantIn(t, "English text", en, "  Commune Tân Thành — criterion 9 (933/QĐ-UBND, pending the official text): Not met (provisional: pending the official text)\n")
	wantIn(t, "Markdown", md, "#### Xã Tân Thành — tiêu chí 9 (933/QĐ-UBND, chờ văn bản chính thức): Chưa đạt (tạm tính: chờ văn bản chính thức)\n")
}

// statusOfOne evaluates the one assessment of the JSON in (read as file)
// against the built-in sets, and returns the status on 2020-05-05 of
// plan47 with r its only responsibility.
func statusOfOne(t *testing.T, file, in string, r plan.Responsibility) plan.Standing {
	t.Helper()
	reports := reportsOfOne(t, file, in)
	p := plan47()
	p.Responsibilities = []plan.Responsibility{r}
	return plan.Status(p, reports, plan.NewDate(2020, time.May, 5))
}

// reportsOfOne evaluates the one assessment of the JSON in against the
// built-in sets.
func reportsOfOne(t *testing.T, file, in string) []evaluate.Report {
	t.Helper()
	as, err := evaluate.DecodeJSON(strings.NewReader(in), file, nil)
	if err != nil {
		t.Fatal(err)
	}
	reports, err := evaluate.RunAll(criteria.Builtin(), &as[0])
	if err != nil {
		t.Fatal(err)
	}
	return reports
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
	st := statusOfOne(t, "gaps.json", in, plan.Responsibility{Agency: "Sở Xây dựng", Criteria: []string{"9.1", "11", "17.6"}})
	vi, en, md, _, _ := renderings(t, &st)
	wantIn(t, "text", vi,
		"9.1 Nhà tạm, dột nát: Chưa đạt — thực tế 2 nhà, mức đạt chuẩn không có, còn 2 nhà\n",
		": Chưa đạt — thực tế 15%, mức đạt chuẩn ≤ 12%, vượt 3 điểm phần trăm\n",
		": Chưa đạt — thực tế 60%, mức đạt chuẩn ≥ 70%, thiếu 10 điểm phần trăm (+10 hộ)\n")
	wantNotIn(t, "text", vi, "còn thiếu", "chỉ tiêu không", "chỉ tiêu ≥", "chỉ tiêu ≤")
	wantIn(t, "English text", en,
		"9.1 Temporary and dilapidated houses: Not met — actual 2 nhà, target none, 2 nhà present\n",
		": Not met — actual 15%, target ≤ 12%, 3 pp over\n",
		": Not met — actual 60%, target ≥ 70%, 10 pp short (+10 hộ)\n")
	wantIn(t, "Markdown", md, "- 9.1 Nhà tạm, dột nát: Chưa đạt — thực tế 2 nhà, mức đạt chuẩn không có, còn 2 nhà\n")
}

// TestNumbersHaveADecimalCommaInVietnamese: a brief's values, targets and
// gaps are written as Vietnamese readers write decimals, "thực tế 30,25%,
// mức đạt chuẩn ≤ 26,7%, vượt 3,55 điểm phần trăm"; English keeps the point and
// JSON the numbers of its format.
func TestNumbersHaveADecimalCommaInVietnamese(t *testing.T) {
	const in = `{"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"15.3": "30.25", "10": "35.5",
	    "17.6": {"numerator": 60.5, "denominator": 100, "unit": "hộ"}}}}`
	st := statusOfOne(t, "decimals.json", in, plan.Responsibility{Agency: "Sở Y tế", Criteria: []string{"10", "15.3", "17.6"}})
	vi, en, md, mdEN, js := renderings(t, &st)
	for what, doc := range map[string]string{"text": vi, "Markdown": md} {
		wantIn(t, what, doc,
			": Chưa đạt — thực tế 35,5 triệu đồng/người/năm, mức đạt chuẩn ≥ 36 triệu đồng/người/năm, thiếu 0,5 triệu đồng/người/năm",
			": Chưa đạt — thực tế 30,25%, mức đạt chuẩn ≤ 26,7%, vượt 3,55 điểm phần trăm",
			": Chưa đạt — thực tế 60,5%, mức đạt chuẩn ≥ 70%, thiếu 9,5 điểm phần trăm (+10 hộ)")
	}
	for what, doc := range map[string]string{"English text": en, "English Markdown": mdEN} {
		wantIn(t, what, doc,
			": Not met — actual 35.5 triệu đồng/người/năm, target ≥ 36 triệu đồng/người/năm, 0.5 triệu đồng/người/năm short",
			": Not met — actual 30.25%, target ≤ 26.7%, 3.55 pp over",
			": Not met — actual 60.5%, target ≥ 70%, 9.5 pp short (+10 hộ)")
	}
	wantIn(t, "JSON", js, `"actual": "30.25"`, `"target": "26.7"`, `"gap": "3.55"`)
	wantNotIn(t, "JSON", js, "26,7", "3,55")
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

// TestStatusWithACatalogKnowsTheOfficialText: with a catalog whose
// 933/QĐ-UBND is complete (its official text loaded), a target on it is
// not pending, even without a report; Status, on the built-in sets, says
// it is.
func TestStatusWithACatalogKnowsTheOfficialText(t *testing.T) {
	official := criteria.QD933()
	official.Content = criteria.ContentComplete
	cat := criteria.Builtin()
	if err := cat.Add(official); err != nil {
		t.Fatal(err)
	}
	asOf := plan.NewDate(2020, time.May, 5)
	for _, tc := range []struct {
		name string
		st   plan.Standing
		want criteria.Content
	}{
		{"built-in", plan.Status(plan47(), nil, asOf), criteria.ContentPendingOfficialText},
		{"nil catalog", plan.StatusWith(nil, plan47(), nil, asOf), criteria.ContentPendingOfficialText},
		{"official text", plan.StatusWith(cat, plan47(), nil, asOf), criteria.ContentComplete},
	} {
		if got := tc.st.Targets[2].Content; got != tc.want {
			t.Errorf("%s: Tân Thành's content = %v, want %v", tc.name, got, tc.want)
		}
		vi, _, _, _, _ := renderings(t, &tc.st)
		if pending := strings.Contains(vi, "chờ văn bản chính thức"); pending != (tc.want == criteria.ContentPendingOfficialText) {
			t.Errorf("%s: the text says pending: %v, want %v", tc.name, pending, !pending)
		}
	}
}

// TestBriefsNoteIsWrittenUnderTheHeading: a status whose briefs come partly
// from a table of defaults says where the table comes from, once, under
// the briefs' heading, in the language asked; without a note, nothing.
func TestBriefsNoteIsWrittenUnderTheHeading(t *testing.T) {
	p := plan47()
	p.Responsibilities = plan.Merge(p, langson.Responsibilities())
	st := plan.Status(p, sampleReports(t), plan.NewDate(2020, time.May, 5))
	vi, en, md, mdEN, _ := renderings(t, &st)
	for _, doc := range []string{vi, en, md, mdEN} {
		wantNotIn(t, "without a note", doc, "suy ra", "mirroring")
	}
	st.BriefsNote = langson.Note()
	vi, en, md, mdEN, js := renderings(t, &st)
	wantIn(t, "text", vi, "Ý KIẾN BẰNG VĂN BẢN CỦA CƠ QUAN PHỤ TRÁCH TIÊU CHÍ\n"+langson.Note().VI+"\n\n== ")
	wantIn(t, "English text", en, "WRITTEN OPINIONS OF THE AGENCIES IN CHARGE OF CRITERIA\n"+langson.Note().EN+"\n\n== ")
	wantIn(t, "Markdown", md, "## Ý kiến bằng văn bản của cơ quan phụ trách tiêu chí\n\n"+langson.Note().VI+"\n\n### ")
	wantIn(t, "English Markdown", mdEN, "## Written opinions of the agencies in charge of criteria\n\n"+langson.Note().EN+"\n\n### ")
	if strings.Count(vi, langson.Note().VI) != 1 {
		t.Errorf("the note is written %d times, want once", strings.Count(vi, langson.Note().VI))
	}
	wantIn(t, "note", langson.Note().VI, "suy ra theo các bộ, ngành trung ương", "không theo quyết định của UBND tỉnh")
	wantNotIn(t, "JSON", js, langson.Note().VI)
}

// TestATargetsCriteriaNotMetAreNamed: the criteria a target still lacks
// are named in text and Markdown as the report names them ("5 Trường
// học", "5 Schools"; a criterion of 933/QĐ-UBND by the name its set
// gives while its content awaits the official text), separated by
// semicolons as a criterion's name may hold a comma; JSON keeps the codes.
// In text, the one list of what the status says follows it without its
// heading again; two lists are each labelled.
func TestATargetsCriteriaNotMetAreNamed(t *testing.T) {
	st := plan.Status(plan47(), sampleReports(t), plan.NewDate(2020, time.May, 5))
	vi, en, md, mdEN, js := renderings(t, &st)
	// The criteria are separated by semicolons, so the parts of the
	// line are sentences, and a part with no criteria is left out.
	wantIn(t, "text", vi, ": Chưa đạt (đạt 17/19 tiêu chí): 5 Trường học; 17 Môi trường và an toàn thực phẩm.\n",
		": Thiếu số liệu (đạt 18/19 tiêu chí): 10 Thu nhập.\n", ": Chưa đạt (tạm tính: chờ văn bản chính thức; đạt 13/14 tiêu chí): 9 Tiêu chí số 9 (chờ văn bản chính thức).\n")
	wantNotIn(t, "text", vi, "; Đạt", ": —", "; thiếu số liệu", "tiêu chí). Chưa đạt:", "tiêu chí). Thiếu số liệu:")
	wantIn(t, "English text", en, ": Not met (met 17/19 criteria): 5 Schools; 17 Environment and food safety.\n",
		": Missing (met 18/19 criteria): 10 Income.\n", ": Not met (provisional: pending the official text; met 13/14 criteria): 9 Criterion 9 (pending the official text).\n")
	wantNotIn(t, "English text", en, "; Met", ": —", "; missing", "criteria). Not met:", "criteria). Missing:")
	wantIn(t, "Markdown", md, "| 5 Trường học; 17 Môi trường và an toàn thực phẩm | — |", "| — | 10 Thu nhập |")
	wantIn(t, "English Markdown", mdEN, "| 5 Schools; 17 Environment and food safety | — |", "| — | 10 Income |")
	wantIn(t, "JSON", js, `"not_met": [
        "5",
        "17"
      ],`)
	wantNotIn(t, "JSON", js, "Trường học")
}

// TestPassFailWordsInsideABriefLineAreLowerCase: a brief's pass/fail
// actual and target are words inside the sentence, "thực tế đạt, mức đạt
// chuẩn đạt", as ntm eval writes them, not the capitalised result label.
func TestPassFailWordsInsideABriefLineAreLowerCase(t *testing.T) {
	st := plan.Status(plan47(), sampleReports(t), plan.NewDate(2020, time.May, 5))
	vi, en, md, mdEN, _ := renderings(t, &st)
	for what, doc := range map[string]string{"text": vi, "Markdown": md} {
		wantIn(t, what, doc, ": Đạt — thực tế đạt, mức đạt chuẩn đạt\n")
		wantNotIn(t, what, doc, "thực tế Đạt", "mức đạt chuẩn Đạt", "thực tế Chưa đạt")
	}
	for what, doc := range map[string]string{"English text": en, "English Markdown": mdEN} {
		wantIn(t, what, doc, ": Met — actual met, target met\n")
		wantNotIn(t, what, doc, "actual Met", "target Met", "actual Not met")
	}
}

// TestATargetLineIsASentence: a target with criteria both not met and
// missing has each list labelled; one not evaluated ends with a period
// as the others do.
func TestATargetLineIsASentence(t *testing.T) {
	st := plan.Status(plan47(), sampleReports(t), plan.NewDate(2020, time.May, 5))
	st.Targets[0].Missing = []string{"10"}
	st.Targets[1].Report = nil
	vi, en, _, _, _ := renderings(t, &st)
	wantIn(t, "text", vi,
		": Chưa đạt (đạt 17/19 tiêu chí). Chưa đạt: 5 Trường học; 17 Môi trường và an toàn thực phẩm. Thiếu số liệu: 10 Thu nhập.\n",
		"năm 2020: Chưa có số liệu đánh giá.\n")
	wantIn(t, "English text", en,
		": Not met (met 17/19 criteria). Not met: 5 Schools; 17 Environment and food safety. Missing: 10 Income.\n",
		"year 2020: Not evaluated.\n")
}

// TestACommuneWrittenWithItsKindIsNamedOnce: a target written "Xã Hòa
// Lạc" (as plans often write it) is "Xã Hòa Lạc" in the targets and the
// briefs, not "Xã Xã Hòa Lạc"; one written "Hòa Lạc" gets the label.
func TestACommuneWrittenWithItsKindIsNamedOnce(t *testing.T) {
	const in = `{"commune": {"name": "Xã Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
	  "sets": {"1980/QĐ-TTg": {"9.1": 2}}}`
	reports := reportsOfOne(t, "xa.json", in)
	p := plan47()
	p.Targets = []plan.Target{{Commune: evaluate.Commune{Name: "Xã Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Set: criteria.IDQD1980, Year: 2020}, {Commune: evaluate.Commune{Name: "Thị trấn Hữu Lũng", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Set: criteria.IDQD1980, Year: 2020}, {Commune: evaluate.Commune{Name: "Nhật Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Set: criteria.IDQD1980, Year: 2020}}
	p.Responsibilities = []plan.Responsibility{{Agency: "Sở Xây dựng", Criteria: []string{"9.1"}}}
	st := plan.Status(p, reports, plan.NewDate(2020, time.May, 5))
	vi, _, md, _, _ := renderings(t, &st)
	for what, doc := range map[string]string{"text": vi, "Markdown": md} {
		for _, bad := range []string{"Xã Xã", "Xã Thị trấn"} {
			if strings.Contains(doc, bad) {
				t.Errorf("%s names a commune %q…:\n%s", what, bad, doc)
			}
		}
	}
	wantIn(t, "text", vi, "  Xã Hòa Lạc, Hữu Lũng, Lạng Sơn — ", "  Thị trấn Hữu Lũng, Hữu Lũng, Lạng Sơn — ",
		"  Xã Nhật Tiến, Hữu Lũng, Lạng Sơn — ", "  Xã Hòa Lạc — ")
	wantIn(t, "Markdown", md, "#### Xã Hòa Lạc — ")
}

// TestPendingWarningNamesEachCommuneOnce: the warning on a pending set
// says "xã" once before names written without their kind, and leaves it
// to a name written with its kind (Xã, Thị trấn): never "xã Xã Tân Thành".
func TestPendingWarningNamesEachCommuneOnce(t *testing.T) {
	for _, tc := range []struct {
		names  []string
		vi, en string
	}{
		{[]string{"Tân Thành"}, "kết quả của xã Tân Thành chỉ dựa", "the results of Tân Thành rest"},
		{[]string{"Xã Tân Thành"}, "kết quả của Xã Tân Thành chỉ dựa", "the results of Xã Tân Thành rest"},
		{[]string{"Tân Thành", "Hòa Lạc"}, "kết quả của xã Tân Thành, Hòa Lạc chỉ dựa", "the results of Tân Thành, Hòa Lạc rest"},
		{[]string{"Thị trấn Tân Thành", "Hòa Lạc"}, "kết quả của Thị trấn Tân Thành, xã Hòa Lạc chỉ dựa",
			"the results of Thị trấn Tân Thành, Hòa Lạc rest"},
	} {
		p := plan47()
		p.Targets = p.Targets[2:]
		for _, n := range tc.names[1:] {
			tg := p.Targets[0]
			tg.Commune.Name = n
			p.Targets = append(p.Targets, tg)
		}
		p.Targets[0].Commune.Name = tc.names[0]
		p.Inspection.Route = nil
		st := plan.Status(p, nil, plan.NewDate(2020, time.May, 5))
		vi, en, _, _, _ := renderings(t, &st)
		wantIn(t, "text", vi, tc.vi)
		wantIn(t, "English text", en, tc.en)
		wantNotIn(t, "text", vi, "xã Xã", "xã Thị trấn")
	}
}
