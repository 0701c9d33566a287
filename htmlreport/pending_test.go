package htmlreport_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
	"github.com/nongthonmoi/ntm/plan"
)

// hidden matches what a reader does not see without hovering or looking
// at the source: the charts (whose <title> elements are tooltips), the
// style sheet, the document's title, and title attributes.
var hidden = regexp.MustCompile(`(?s)<svg.*?</svg>|<style>.*?</style>|<title>.*?</title>|title="[^"]*"`)

// visibleLines returns the lines of the document's visible text: tags
// removed after the hidden parts.
func visibleLines(doc string) []string {
	text := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(hidden.ReplaceAllString(doc, ""), "")
	return strings.Split(text, "\n")
}

func TestAPendingSetIsNamedSoWhereverItsResultsAppear(t *testing.T) {
	var reports []evaluate.Report
	for _, year := range []int{2019, 2020} {
		a := assess(t, "Tân Thành", "Hữu Lũng", year, nil, nil)
		reports = append(reports, evaluate.Run(criteria.QD1980(), &a))
		vals := map[string]evaluate.Value{}
		for i := range criteria.QD933().Criteria {
			vals[fmt.Sprint(i+1)] = evaluate.Bool(year == 2020 || i != 5)
		}
		a.Values = map[string]map[string]evaluate.Value{criteria.IDQD933: vals}
		reports = append(reports, evaluate.Run(criteria.QD933(), &a))
	}
	p := testPlan()
	p.Targets = append(p.Targets, plan.Target{Commune: p.Targets[0].Commune, Set: criteria.IDQD933, Year: 2020})
	for _, tc := range []struct {
		lang string
		want []string // parts of visible lines
	}{
		{"vi", []string{
			"Bộ tiêu chí 933/QĐ-UBND (chờ văn bản chính thức) — ",
			"Tổng quan theo địa bàn — 933/QĐ-UBND (chờ văn bản chính thức), năm 2020",
			"Kết quả từng xã theo tiêu chí — 933/QĐ-UBND (chờ văn bản chính thức), năm 2020",
			"Tiến độ qua các năm — 933/QĐ-UBND (chờ văn bản chính thức): ",
			"Các chỉ tiêu chưa đạt của từng xã (chỉ tiêu gần đạt nhất xếp trước) — 933/QĐ-UBND (chờ văn bản chính thức), năm 2020",
			"Tân Thành, Hữu Lũng, Lạng Sơn933/QĐ-UBND (chờ văn bản chính thức)2020",
			// As ntm progress says it: the results are provisional.
			"Nội dung bộ tiêu chí 933/QĐ-UBND đang chờ văn bản chính thức: kết quả là tạm tính, chỉ dựa trên xác nhận từng tiêu chí.",
		}},
		{"en", []string{
			"Set 933/QĐ-UBND (pending the official text) — ",
			"Overview by area — 933/QĐ-UBND (pending the official text), Year 2020",
			"Communes × criteria — 933/QĐ-UBND (pending the official text), Year 2020",
			"Progress over the years — 933/QĐ-UBND (pending the official text): ",
			"shortfalls (closest first) — 933/QĐ-UBND (pending the official text), Year 2020",
			"Tân Thành, Hữu Lũng, Lạng Sơn933/QĐ-UBND (pending the official text)2020",
			"The content of 933/QĐ-UBND is pending its official text: results are provisional, resting on per-criterion attestations only.",
		}},
	} {
		t.Run("in "+tc.lang, func(t *testing.T) {
			doc := render(t, reports, htmlreport.Options{Lang: tc.lang, Plan: p, AsOf: plan.NewDate(2020, time.May, 5)})
			lines := visibleLines(doc)
			for _, want := range tc.want {
				found := false
				for _, l := range lines {
					found = found || strings.Contains(l, want)
				}
				if !found {
					t.Errorf("no visible line with %q", want)
				}
			}
			for _, l := range lines {
				if strings.Contains(l, "1980/QĐ-TTg (") {
					t.Errorf("an encoded set is marked: %q", l)
				}
			}
		})
	}
}

// TestTheCatalogOfTheOptionsIsThePlans: a plan target on 933/QĐ-UBND of a
// commune without a report of it is pending on the built-in sets, and not
// with Options.Catalog holding its official text (as with --sets-from).
func TestTheCatalogOfTheOptionsIsThePlans(t *testing.T) {
	a := assess(t, "Tân Thành", "Hữu Lũng", 2020, nil, nil)
	reports := []evaluate.Report{evaluate.Run(criteria.QD1980(), &a)}
	p := testPlan()
	p.Targets = append(p.Targets, plan.Target{Commune: p.Targets[0].Commune, Set: criteria.IDQD933, Year: 2020})
	official := criteria.QD933()
	official.Content = criteria.ContentComplete
	official.Criteria = official.Criteria[:2] // illustrative, not the official text
	cat := criteria.Builtin()
	if err := cat.Add(official); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		cat     *criteria.Catalog
		pending bool
	}{
		{"built-in", nil, true},
		{"official text", cat, false},
	} {
		for _, lang := range []string{"vi", "en"} {
			doc := render(t, reports, htmlreport.Options{Lang: lang, Plan: p, AsOf: plan.NewDate(2020, time.May, 5), Catalog: tc.cat})
			got := strings.Contains(doc, "chờ văn bản chính thức") || strings.Contains(doc, "pending the official text")
			if got != tc.pending {
				t.Errorf("%s, %s: 933/QĐ-UBND said to be pending: %v, want %v", tc.name, lang, got, tc.pending)
			}
		}
	}
}
