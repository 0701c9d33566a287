package evaluate

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
)

// The rule: where the official text of a set is missing, every report on
// it says "pending". These tests pin the marks of each output of a report
// and of a summary on such a set, and their absence on an encoded set.

// pendingAndComplete returns a report on 933/QĐ-UBND (content pending the
// official text) and one on 1980/QĐ-TTg (complete), from sampleReports.
func pendingAndComplete(t *testing.T) (pending, complete Report) {
	t.Helper()
	for _, r := range sampleReports() {
		switch {
		case r.Set == criteria.IDQD933 && pending.Set == "":
			pending = r
		case r.Set == criteria.IDQD1980 && complete.Set == "":
			complete = r
		}
	}
	if !pending.Content.Pending() || complete.Content != criteria.ContentComplete {
		t.Fatalf("sample reports: content %v and %v, want pending and complete", pending.Content, complete.Content)
	}
	return pending, complete
}

// lineWith returns the first line of s beginning with prefix, "" if none.
func lineWith(s, prefix string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}

func TestTextAndMarkdownQualifyTheSetAndTheResultOfAPendingSet(t *testing.T) {
	pending, complete := pendingAndComplete(t)
	tests := []struct {
		name, format, lang string
		// lines maps the prefix of a header line to the whole line
		// wanted for the pending report.
		lines map[string]string
		last  string
	}{
		{"Vietnamese text", "text", "vi", map[string]string{
			"Bộ tiêu chí: ": "Bộ tiêu chí: 933/QĐ-UBND (chờ văn bản chính thức) — " + pending.SetTitle.VI,
			"Kết quả: ":     "Kết quả:     Chưa đạt (tạm tính: chờ văn bản chính thức)",
		}, "Đạt 13/14 tiêu chí"},
		{"English text", "text", "en", map[string]string{
			"Criteria: ": "Criteria:   933/QĐ-UBND (pending the official text) — " + pending.SetTitle.EN,
			"Status: ":   "Status:     Not met (provisional: pending the official text)",
		}, "Met 13/14 criteria"},
		{"Vietnamese Markdown", "markdown", "vi", map[string]string{
			"- Bộ tiêu chí: ": "- Bộ tiêu chí: " + pending.SetTitle.VI + " (chờ văn bản chính thức)",
			"- Kết quả: ":     "- Kết quả: **Chưa đạt** (tạm tính: chờ văn bản chính thức)",
		}, "Đạt 13/14 tiêu chí"},
		{"English Markdown", "markdown", "en", map[string]string{
			"- Criteria: ": "- Criteria: " + pending.SetTitle.EN + " (pending the official text)",
			"- Status: ":   "- Status: **Not met** (provisional: pending the official text)",
		}, "Met 13/14 criteria"},
	}
	for _, tc := range tests {
		t.Run("the "+tc.name+" of a pending set says so on the set's line and the result's", func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, []Report{pending}, RenderOptions{Format: tc.format, Lang: tc.lang}); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for prefix, want := range tc.lines {
				if got := lineWith(out, prefix); got != want {
					t.Errorf("line %q:\n got %q\nwant %q", prefix, got, want)
				}
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if got := lines[len(lines)-1]; got != tc.last {
				t.Errorf("last line %q, want %q (unchanged by the qualifier)", got, tc.last)
			}
		})
		t.Run("the "+tc.name+" of an encoded set has no pending qualifier", func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, []Report{complete}, RenderOptions{Format: tc.format, Lang: tc.lang}); err != nil {
				t.Fatal(err)
			}
			for _, mark := range []string{"chờ văn bản chính thức", "pending the official text", "tạm tính", "provisional"} {
				if strings.Contains(b.String(), mark) {
					t.Errorf("%q in the report on %s:\n%s", mark, complete.Set, b.String())
				}
			}
		})
	}
}

func TestCSVEndsEachRowWithTheSetsContent(t *testing.T) {
	pending, complete := pendingAndComplete(t)
	var b bytes.Buffer
	if err := WriteCSV(&b, []Report{complete, pending}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	head := rows[0]
	if got := strings.Join(head, ","); got != "commune,district,province,region,year,set,criterion,indicator,status,actual,op,target,unit,gap,gap_units,gap_unit,provenance,source,content,group" {
		t.Errorf("header %s: content, then group, must be appended after the columns of before", got)
	}
	n := map[string]int{}
	for _, row := range rows[1:] {
		want := ""
		if row[5] == pending.Set {
			want = "pending-official-text"
		}
		if got := row[18]; got != want {
			t.Errorf("row of %s %s: content %q, want %q", row[5], row[7], got, want)
		}
		n[row[5]]++
	}
	if n[pending.Set] != 14 || n[complete.Set] == 0 {
		t.Errorf("rows by set: %v", n)
	}
}

func TestReportJSONCarriesTheContentAndThePendingWarning(t *testing.T) {
	pending, complete := pendingAndComplete(t)
	for _, lang := range []string{"vi", "en"} {
		var b bytes.Buffer
		if err := WriteJSON(&b, []Report{pending, complete}, RenderOptions{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		var got []struct {
			Set      string   `json:"set"`
			Content  *string  `json:"content"`
			Warnings []string `json:"warnings"`
		}
		if err := json.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		wantWarning := map[string]string{"vi": "bộ tiêu chí 933/QĐ-UBND: nội dung chưa được nhập từ văn bản chính thức",
			"en": "set 933/QĐ-UBND: its content awaits the official text"}[lang]
		for i, want := range []string{"pending-official-text", "complete"} {
			if got[i].Content == nil || *got[i].Content != want {
				t.Errorf("%s %s: content %v, want %q", lang, got[i].Set, got[i].Content, want)
			}
			warned := len(got[i].Warnings) > 0 && strings.HasPrefix(got[i].Warnings[0], wantWarning)
			if warned != (want == "pending-official-text") {
				t.Errorf("%s %s: first warning %q; the pending warning comes first, and only for a pending set", lang, got[i].Set, got[i].Warnings)
			}
		}
	}
}

func TestSummaryOfAPendingSetSaysSoInEveryFormat(t *testing.T) {
	pending, complete := pendingAndComplete(t)
	s := Summarize([]Report{complete, pending})
	for _, g := range s.Areas {
		if want := map[string]criteria.Content{pending.Set: pending.Content, complete.Set: complete.Content}[g.Set]; g.Content != want {
			t.Errorf("group %s %s: content %v, want %v", g.Set, g.Scope, g.Content, want)
		}
	}
	render := func(format, lang string) string {
		var b bytes.Buffer
		if err := Write(&b, s, RenderOptions{Format: format, Lang: lang}); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	for _, tc := range []struct{ format, lang, pendingHead, completeHead string }{
		{"text", "vi", "Tổng hợp 933/QĐ-UBND (chờ văn bản chính thức), năm 2020 — ", "Tổng hợp 1980/QĐ-TTg, năm 2019 — "},
		{"text", "en", "Summary of 933/QĐ-UBND (pending the official text), 2020 — ", "Summary of 1980/QĐ-TTg, 2019 — "},
		{"markdown", "vi", "## Tổng hợp 933/QĐ-UBND (chờ văn bản chính thức), năm 2020", "## Tổng hợp 1980/QĐ-TTg, năm 2019"},
		{"markdown", "en", "## Summary of 933/QĐ-UBND (pending the official text), 2020", "## Summary of 1980/QĐ-TTg, 2019"},
	} {
		out := render(tc.format, tc.lang)
		if !strings.Contains(out, "\n"+tc.pendingHead) {
			t.Errorf("%s %s: no heading %q in:\n%s", tc.lang, tc.format, tc.pendingHead, out)
		}
		if !strings.HasPrefix(out, tc.completeHead) {
			t.Errorf("%s %s: the encoded set's heading is not %q:\n%s", tc.lang, tc.format, tc.completeHead, out)
		}
	}

	var js struct {
		Areas []map[string]any `json:"areas"`
	}
	if err := json.Unmarshal([]byte(render("json", "vi")), &js); err != nil {
		t.Fatal(err)
	}
	for _, a := range js.Areas {
		want := "complete"
		if a["set"] == pending.Set {
			want = "pending-official-text"
		}
		if a["content"] != want {
			t.Errorf("JSON area %v %v: content %v, want %q", a["set"], a["scope"], a["content"], want)
		}
	}

	rows, err := csv.NewReader(strings.NewReader(render("csv", "vi"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[0][len(rows[0])-5:], ","); got != "commune,origin,problems,through,content" {
		t.Errorf("CSV header ends %s: content must be appended after the columns of before", got)
	}
	for _, row := range rows[1:] {
		want := ""
		if row[0] == pending.Set {
			want = "pending-official-text"
		}
		if got := row[len(row)-1]; got != want {
			t.Errorf("CSV row %v: content %q, want %q", row[:3], got, want)
		}
	}
}

// TestEveryBuiltInPendingSetIsMarked: the marks come from the set's
// content, not from its ID: 933/QĐ-UBND and the later sets whose
// indicator tables are not encoded (318, 319, 51/2025) all have them.
func TestEveryBuiltInPendingSetIsMarked(t *testing.T) {
	var pendingIDs []string
	for _, set := range criteria.Builtin().Sets() {
		if !set.Content.Pending() {
			continue
		}
		pendingIDs = append(pendingIDs, set.ID)
		a := &Assessment{Commune: Commune{Name: "A", Province: "Lạng Sơn"}, Region: criteria.TDMNPB, Group: "1",
			Year: set.Period.From}
		r := Run(set, a)
		var b bytes.Buffer
		if err := WriteText(&b, []Report{r}, RenderOptions{}); err != nil {
			t.Fatal(err)
		}
		if want := "Bộ tiêu chí: " + set.ID + " (chờ văn bản chính thức) — "; !strings.Contains(b.String(), want) {
			t.Errorf("%s: no %q in:\n%s", set.ID, want, b.String())
		}
	}
	for _, id := range []string{criteria.IDQD933, "318/QĐ-TTg/I", "318/QĐ-TTg/II", "319/QĐ-TTg", "51/2025/QĐ-TTg"} {
		if !strings.Contains(strings.Join(pendingIDs, " "), id) {
			t.Errorf("%s is not among the built-in sets pending the official text %v", id, pendingIDs)
		}
	}
}

// TestAnEstimateOnAPendingSetStaysPending: an estimate for the commune
// formed from others keeps its set's content, so that its outputs say
// pending too, whether or not the catalog it is made with has the set.
func TestAnEstimateOnAPendingSetStaysPending(t *testing.T) {
	var reports []Report
	for _, name := range []string{"Hòa Lạc", "Tân Thành", "Hòa Sơn"} {
		reports = append(reports, Run(criteria.QD933(), &Assessment{Commune: Commune{Name: name, District: "Hữu Lũng", Province: "Lạng Sơn"},
			Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD933: attested933(true)}}))
	}
	only1980 := &criteria.Catalog{}
	if err := only1980.Add(criteria.QD1980()); err != nil {
		t.Fatal(err)
	}
	for name, cat := range map[string]*criteria.Catalog{"the built-in catalog": nil, "a catalog without the set": only1980} {
		est, notes := EstimateSuccessors(Options{Catalog: cat}, reports, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC))
		if len(est) != 1 {
			t.Fatalf("%s: %d estimates, notes %q; want 1", name, len(est), notes)
		}
		if !est[0].Content.Pending() {
			t.Errorf("%s: the estimate's content is %v, want pending-official-text", name, est[0].Content)
		}
		var b bytes.Buffer
		if err := WriteText(&b, est, RenderOptions{}); err != nil {
			t.Fatal(err)
		}
		if want := "Bộ tiêu chí: 933/QĐ-UBND (chờ văn bản chính thức) — "; !strings.Contains(b.String(), want) {
			t.Errorf("%s: no %q in:\n%s", name, want, b.String())
		}
	}
}

// TestAPrerequisiteJudgedOnPendingContentIsMarked: a set whose official
// text is loaded (here 318/QĐ-TTg/II, made complete for the test: not its
// official text) requiring one still pending (318/QĐ-TTg/I), evaluated
// from the same assessment, rests on a provisional result: the
// prerequisite's line names its set pending, the result is provisional,
// and the JSON prerequisite carries the required set's content.
func TestAPrerequisiteJudgedOnPendingContentIsMarked(t *testing.T) {
	loaded := criteria.QD318Enhanced()
	loaded.Content = criteria.ContentComplete
	cat := criteria.Builtin()
	if err := cat.Add(loaded); err != nil {
		t.Fatal(err)
	}
	allTrue := func(set *criteria.Set) map[string]Value {
		vals := map[string]Value{}
		for _, c := range set.Criteria {
			for _, ind := range c.Indicators {
				vals[ind.Code] = Bool(true)
			}
		}
		return vals
	}
	a := &Assessment{Commune: Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}, Region: criteria.TDMNPB,
		Year: 2022, Values: map[string]map[string]Value{criteria.IDQD318NTM: allTrue(criteria.QD318NTM()), criteria.IDQD318Enhanced: allTrue(loaded)}}
	r := Options{Catalog: cat}.Run(loaded, a)
	if r.Content.Pending() || r.Prerequisite == nil || !r.Prerequisite.Content.Pending() {
		t.Fatalf("content %v, prerequisite %+v: want complete, and an evaluated prerequisite pending", r.Content, r.Prerequisite)
	}
	var b bytes.Buffer
	if err := WriteText(&b, []Report{r}, RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\nBộ tiêu chí: " + criteria.IDQD318Enhanced + " — ",
		"\nKết quả:     Đạt (tạm tính: chờ văn bản chính thức)\n",
		"\nĐiều kiện tiên quyết: " + criteria.IDQD318NTM + " (chờ văn bản chính thức) — Đạt (theo đánh giá cùng số liệu)\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %q in:\n%s", want, b.String())
		}
	}
	js, _ := r.MarshalJSON()
	if want := `"prerequisite": {"set": "318/QĐ-TTg/I", "status": "met", "basis": "evaluated", "content": "pending-official-text"}`; !strings.Contains(string(js), want) {
		t.Errorf("JSON lacks %s", want)
	}
}
