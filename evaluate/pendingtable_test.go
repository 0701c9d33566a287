package evaluate

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// TestThePendingWarningOfALoadedTableSaysTheResultsAreProvisional: a set
// pending its official text is judged from attested results only while
// its criteria are one pass each; once an indicator table is loaded
// (số liệu minh họa in the fixture), the warning says the results rest on
// that table and are provisional, and no longer that the criteria are
// judged from attested results.
func TestThePendingWarningOfALoadedTableSaysTheResultsAreProvisional(t *testing.T) {
	a := &Assessment{Commune: Commune{Name: "Tân Thành", Province: "Lạng Sơn"}, Group: "3", Year: 2026,
		Values: map[string]map[string]Value{criteria.IDQD51of2025: {"1.1": Bool(true)}}}
	for _, tc := range []struct {
		name      string
		cat       *criteria.Catalog
		vi, en    string
		notVI     string
		attesting bool
	}{
		{"built in", criteria.Builtin(), "các tiêu chí được đánh giá theo kết quả xác nhận", "criteria are judged from attested results", "", true},
		{"loaded table", fixtureCatalog(t), "kết quả là tạm tính", "the results are provisional", "kết quả xác nhận", false},
	} {
		set, err := tc.cat.Lookup(criteria.IDQD51of2025)
		if err != nil {
			t.Fatal(err)
		}
		if tc.attesting {
			a.Values[set.ID] = map[string]Value{"1": Bool(true)}
		} else {
			a.Values[set.ID] = map[string]Value{"1.1": Bool(true)}
		}
		r := Options{Catalog: tc.cat}.Run(set, a)
		var got []string
		for _, w := range r.Warnings() {
			if w.Kind == WarnPendingContent {
				got = append(got, w.Text("vi"), w.Text("en"))
			}
		}
		if len(got) != 2 || !strings.Contains(got[0], tc.vi) || !strings.Contains(got[1], tc.en) ||
			tc.notVI != "" && strings.Contains(got[0], tc.notVI) {
			t.Errorf("%s: pending warning %q, want it to say %q / %q", tc.name, got, tc.vi, tc.en)
		}
	}
}
