package plan_test

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
)

// TestThePendingWarningOfALoadedTableSaysTheResultsAreProvisional: the
// status of a plan whose target is on a set pending its official text
// says, once an indicator table is loaded for that set (the test fixture
// of 51/2025/QĐ-TTg, INVENTED values, số liệu minh họa), that its results
// are provisional and judged from that table, not that they rest on
// attestations only; with the built-in set it says they do.
func TestThePendingWarningOfALoadedTableSaysTheResultsAreProvisional(t *testing.T) {
	b, err := os.ReadFile("../evaluate/testdata/51-2025-test-fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	sets, err := criteria.ReadDefinitions(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	loaded := criteria.Builtin()
	if err := loaded.Add(sets...); err != nil {
		t.Fatal(err)
	}
	commune := evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn"}
	p := &plan.Plan{Number: "1/KH-UBND", Targets: []plan.Target{{Commune: commune, Set: criteria.IDQD51of2025, Year: 2026}}}
	for _, tc := range []struct {
		cat       *criteria.Catalog
		value     string
		want, not string
	}{
		{criteria.Builtin(), "1", "rest on per-criterion attestations only", "indicator table"},
		{loaded, "1.1", "are provisional, judged from an indicator table loaded that is not the official text", "attestations only"},
	} {
		set, err := tc.cat.Lookup(criteria.IDQD51of2025)
		if err != nil {
			t.Fatal(err)
		}
		a := &evaluate.Assessment{Commune: commune, Group: "3", Year: 2026,
			Values: map[string]map[string]evaluate.Value{set.ID: {tc.value: evaluate.Bool(true)}}}
		r := evaluate.Options{Catalog: tc.cat}.Run(set, a)
		st := plan.StatusWith(tc.cat, p, []evaluate.Report{r}, plan.NewDate(2026, time.May, 5))
		var got []string
		for _, w := range st.Warnings {
			if s := w.Text("en"); strings.Contains(s, "pending the official text") {
				got = append(got, s)
			}
		}
		if len(got) != 1 || !strings.Contains(got[0], tc.want) || strings.Contains(got[0], tc.not) {
			t.Errorf("pending warnings %q, want one saying %q", got, tc.want)
		}
		if vi := st.Warnings[len(st.Warnings)-1].Text("vi"); strings.Contains(vi, "pending") {
			t.Errorf("Vietnamese warning untranslated: %s", vi)
		}
	}
}
