package plan_test

import (
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
)

// TestFrom2026ATargetIsItsCommuneAndProvince: from 2026 there are no
// districts (1672/NQ-UBTVQH15), so a target written with its commune's
// former district finds the report written without it (số liệu minh
// họa), two such targets are one, and in 2025 the district still tells
// communes apart.
func TestFrom2026ATargetIsItsCommuneAndProvince(t *testing.T) {
	set := criteria.QD51of2025()
	withDistrict := evaluate.Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}
	without := evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn"}
	for _, tc := range []struct {
		year  int
		found bool
	}{{2027, true}, {2026, true}, {2025, false}} {
		r := evaluate.Run(set, &evaluate.Assessment{Commune: without, Group: "2", Year: tc.year, Origin: "a.json:1",
			Values: map[string]map[string]evaluate.Value{set.ID: {"1": evaluate.Bool(true)}}})
		p := &plan.Plan{Number: "số liệu minh họa", Targets: []plan.Target{{Commune: withDistrict, Set: set.ID, Year: tc.year}}}
		st := plan.Status(p, []evaluate.Report{r}, plan.NewDate(tc.year, time.June, 1))
		if got := st.Targets[0].Report != nil; got != tc.found {
			t.Errorf("%d: report found %v, want %v", tc.year, got, tc.found)
		}
		p.Targets = append(p.Targets, plan.Target{Commune: without, Set: set.ID, Year: tc.year})
		_, err := p.Validate(nil)
		if dup := err != nil && strings.Contains(err.Error(), "the same target as targets[0]"); dup != tc.found {
			t.Errorf("%d: validation %v; want a duplicate target: %v", tc.year, err, tc.found)
		}
	}
}
