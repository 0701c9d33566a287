package ntm_test

import (
	"fmt"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// A commune judged against 1980/QĐ-TTg: its status, the criteria met
// (tiêu chí đạt) and what it lacks, closest to the target first, with the
// gap in natural units. A criterion some of whose indicators have no value
// is missing (thiếu số liệu), so none is met here. The values are
// illustrative (số liệu minh họa).
func Example() {
	a := evaluate.Assessment{
		Commune: evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Region:  criteria.TDMNPB,
		Year:    2020,
		Values: map[string]map[string]evaluate.Value{criteria.IDQD1980: {
			"4.2": evaluate.MustNumber("96.5"),
			"5":   evaluate.Share(2, 3, "trường"),
			"11":  evaluate.Share(61, 480, "hộ"),
		}},
	}
	r := evaluate.Run(criteria.QD1980(), &a)
	fmt.Println(r.Set, r.Status, r.CriteriaMet, "/", r.CriteriaTotal)
	for _, s := range r.ShortfallsByCloseness() {
		fmt.Printf("%s %s: %s, target %s, short %s\n", s.Indicator, s.CriterionName.VI, s.Actual, s.Target, s.Gap)
	}
	// Output:
	// 1980/QĐ-TTg not-met 0 / 19
	// 5 Trường học: 66.67, target ≥ 70%, short 3.34 (1 trường)
	// 11 Hộ nghèo: 12.71, target ≤ 12%, short 0.71 (4 hộ)
}
