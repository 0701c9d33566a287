package evaluate

import (
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// benchAssessment is one TDMNPB commune with a value for all 50 indicators
// of 1980/QĐ-TTg in 2019 (so criterion 10 falls back to its 2020 target):
// pass/fail values, shares with and without units, plain numbers and a
// count. Most indicators are met; eight are not (two pass/fail, three
// shares with a unit, a share without one, the income and the count of
// temporary houses), so gaps are computed (số liệu minh họa: illustrative
// figures).
func benchAssessment() *Assessment {
	set := criteria.QD1980()
	vals := make(map[string]Value)
	i := 0
	for _, ind := range set.Indicators() {
		i++
		switch ind.Kind {
		case criteria.KindPass:
			vals[ind.Code] = Bool(true)
		case criteria.KindPercent:
			if ind.Op == criteria.OpLE {
				vals[ind.Code] = MustNumber("1.5")
			} else if i%2 == 0 {
				vals[ind.Code] = Share(450, 450, "hộ")
			} else {
				vals[ind.Code] = MustNumber("100")
			}
		}
	}
	vals["2.2"] = Bool(false)
	vals["18.3"] = Bool(false)
	vals["5"] = Share(2, 3, "trường")
	vals["4.2"] = Share(412, 450, "hộ")
	vals["6.3"] = Share(7, 9, "thôn")
	vals["17.1b"] = Share(2105, 4400, "")
	vals["9.1"] = MustNumber("2")
	vals["10"] = MustNumber("33.8")
	return &Assessment{
		Commune: Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Region:  criteria.TDMNPB, Year: 2019,
		Values: map[string]map[string]Value{criteria.IDQD1980: vals},
	}
}

func BenchmarkRun(b *testing.B) {
	set := criteria.QD1980()
	a := benchAssessment()
	b.ReportAllocs()
	var r Report
	for b.Loop() {
		r = Run(set, a)
	}
	if r.CriteriaTotal != 19 {
		b.Fatalf("criteria_total = %d, want 19", r.CriteriaTotal)
	}
}
func criteriaQD1980() *criteria.Set { return criteria.QD1980() }
