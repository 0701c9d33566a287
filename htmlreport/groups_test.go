package htmlreport_test

import (
	"bytes"
	"encoding/json"
	"html"
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
	"github.com/nongthonmoi/ntm/internal/assesstest"
)

// groupCatalog is the built-in catalog with 51/2025/QĐ-TTg replaced by
// the test fixture of package evaluate (INVENTED indicators and values,
// số liệu minh họa, not the law), its target of 1.2 for group 3 given
// provenance C1 so that groups 1 and 3 have lists of their own.
func groupCatalog(t *testing.T) *criteria.Catalog {
	t.Helper()
	b, err := os.ReadFile("../evaluate/testdata/51-2025-test-fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	var def map[string]any
	if err := json.Unmarshal(b, &def); err != nil {
		t.Fatal(err)
	}
	ind := def["criteria"].([]any)[0].(map[string]any)["indicators"].([]any)[1].(map[string]any)
	if ind["code"] != "1.2" {
		t.Fatalf("fixture's second indicator is %v, want 1.2", ind["code"])
	}
	ind["targets"].(map[string]any)["3"].(map[string]any)["provenance"] = "C1"
	if b, err = json.Marshal(def); err != nil {
		t.Fatal(err)
	}
	sets, err := criteria.ReadDefinitions(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	cat := criteria.Builtin()
	if err := cat.Add(sets...); err != nil {
		t.Fatal(err)
	}
	return cat
}

// groupReports returns the reports for 2026 of communes (số liệu minh
// họa) meeting every target of the fixture, one per group given, each in
// the province and region given with it.
func groupReports(t *testing.T, cat *criteria.Catalog, communes ...[3]string) []evaluate.Report {
	t.Helper()
	var as []evaluate.Assessment
	for _, c := range communes {
		values := map[string]evaluate.Value{"1.1": evaluate.Bool(true), "1.2": evaluate.Number(decimal.New(95, 0))}
		for _, code := range []string{"2", "3", "4", "5", "6", "7", "8", "9", "10"} {
			values[code] = evaluate.Bool(true)
		}
		rg := criteria.TDMNPB
		if c[2] == "Đồng Tháp" {
			rg = criteria.DBSCL
		}
		as = append(as, evaluate.Assessment{
			Commune: evaluate.Commune{Name: c[0], Province: c[2]}, Region: rg, Group: c[1], Year: 2026,
			Values: map[string]map[string]evaluate.Value{criteria.IDQD51of2025: values},
		})
	}
	return assesstest.Reports(t, cat, as...)
}

// TestProvenanceNotesOfSeveralGroupsSayTheirGroup: under a set split by
// commune groups, with communes of two groups, each list of the
// indicators decided by targets of provenance M or C1 names its group and
// is that group's list (as a report of its communes alone gives it);
// communes of one group but of two regions keep the set's lists, the set
// ignoring regions.
func TestProvenanceNotesOfSeveralGroupsSayTheirGroup(t *testing.T) {
	cat := groupCatalog(t)
	for _, tc := range []struct{ lang, g1, g3 string }{
		{"vi", "Nhóm 1: m", "Nhóm 3: m"},
		{"en", "Group 1: t", "Group 3: t"},
	} {
		lines := func(rs []evaluate.Report) []string {
			return provenanceLines.FindAllString(html.UnescapeString(render(t, rs, htmlreport.Options{Lang: tc.lang, Catalog: cat})), -1)
		}
		one := lines(groupReports(t, cat, [3]string{"Tân Thành", "1", "Lạng Sơn"}))
		three := lines(groupReports(t, cat, [3]string{"Hữu Lũng", "3", "Lạng Sơn"}))
		both := lines(groupReports(t, cat, [3]string{"Tân Thành", "1", "Lạng Sơn"}, [3]string{"Hữu Lũng", "3", "Lạng Sơn"}))
		if len(one) != 2 || len(three) != 2 || strings.Join(one, "") == strings.Join(three, "") {
			t.Fatalf("%s: one group: %q and %q, want M and C1 each, different", tc.lang, one, three)
		}
		var want []string
		for _, l := range one {
			want = append(want, "<li>"+tc.g1+l[len("<li>")+1:])
		}
		for _, l := range three {
			want = append(want, "<li>"+tc.g3+l[len("<li>")+1:])
		}
		if strings.Join(both, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: two groups' notes:\n%s\nwant\n%s", tc.lang, strings.Join(both, "\n"), strings.Join(want, "\n"))
		}
		regions := lines(groupReports(t, cat, [3]string{"Tân Thành", "1", "Lạng Sơn"}, [3]string{"Mỹ Hiệp", "1", "Đồng Tháp"}))
		if strings.Join(regions, "\n") != strings.Join(one, "\n") {
			t.Errorf("%s: one group of two regions:\n%s\nwant the group's\n%s", tc.lang, strings.Join(regions, "\n"), strings.Join(one, "\n"))
		}
	}
}
