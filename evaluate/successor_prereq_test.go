package evaluate

import (
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
)

// TestAnEstimateOfASetThatRequiresAnotherEstimatesItsPrerequisite: the
// three communes merged into the new xã Tân Thành each attest the 14
// criteria of 933/QĐ-UBND (số liệu minh họa), their 1980/QĐ-TTg values in
// other reports. The 933/QĐ-UBND estimate evaluates its prerequisite from
// the 1980/QĐ-TTg values estimated from the same predecessors, as its own
// (an estimate holds no recognition): met when the estimate of 1980/QĐ-TTg
// is, not met when it is not; a predecessor met by recognition only gives
// no values, and the prerequisite is missing.
func TestAnEstimateOfASetThatRequiresAnotherEstimatesItsPrerequisite(t *testing.T) {
	qd1980, qd933 := criteria.QD1980(), criteria.QD933()
	names := []string{"Hòa Lạc", "Tân Thành", "Hòa Sơn"}
	reports := func(t *testing.T, schools func(name string) Value, recognisedOnly string) []Report {
		t.Helper()
		var rs []Report
		for _, name := range names {
			c := Commune{Name: name, District: "Hữu Lũng", Province: "Lạng Sơn"}
			a := Assessment{Commune: c, Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{}}
			for _, ind := range qd933.Indicators() {
				if err := a.Put(qd933, ind.Code, Bool(true)); err != nil {
					t.Fatal(err)
				}
			}
			if name == recognisedOnly {
				a.Recognitions = []Recognition{{Set: criteria.IDQD1980, Year: 2019}}
			} else {
				for _, ind := range qd1980.Indicators() {
					v := Bool(true)
					switch {
					case ind.Code == "5":
						v = schools(name)
					case ind.Kind == criteria.KindNone, ind.Op == criteria.OpLE && ind.Kind != criteria.KindPass:
						v = MustNumber("0")
					case ind.Kind == criteria.KindPercent, ind.Kind == criteria.KindAmount:
						v = MustNumber("100")
					}
					if err := a.Put(qd1980, ind.Code, v); err != nil {
						t.Fatal(err)
					}
				}
			}
			// The 1980/QĐ-TTg and 933/QĐ-UBND reports of the commune, as
			// the command makes them (the 933/QĐ-UBND report takes its
			// prerequisite from the 1980/QĐ-TTg values or the recognition).
			all, err := RunAll(nil, &a)
			if err != nil {
				t.Fatal(err)
			}
			rs = append(rs, all...)
		}
		return rs
	}
	estimate933 := func(t *testing.T, rs []Report) Report {
		t.Helper()
		est, notes := EstimateSuccessors(Options{}, rs, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC))
		for _, n := range notes {
			// One predecessor without 1980/QĐ-TTg values: no estimate of
			// that set.
			if n.Set != criteria.IDQD1980 {
				t.Fatalf("notes %q", notes)
			}
		}
		for _, r := range est {
			if r.Set == criteria.IDQD933 {
				if r.Basis != BasisEstimate || !hasWarning(r, WarnEstimate) {
					t.Errorf("basis %q, warnings %v: not an estimate", r.Basis, r.Warnings())
				}
				return r
			}
		}
		t.Fatalf("no 933/QĐ-UBND estimate among %d", len(est))
		return Report{}
	}
	all := func(string) Value { return Share(3, 3, "trường") }
	for _, tc := range []struct {
		name       string
		schools    func(string) Value
		recognised string
		status     Status
		basis      string
	}{
		{"every predecessor meets 1980/QĐ-TTg", all, "", StatusMet, BasisEvaluated},
		{"the schools of the merged commune fall short", func(n string) Value {
			if n == "Tân Thành" {
				return Share(0, 3, "trường")
			}
			return all(n)
		}, "", StatusNotMet, BasisEvaluated},
		{"one predecessor recognised, without values", all, "Hòa Sơn", StatusMissing, BasisRecognition},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := estimate933(t, reports(t, tc.schools, tc.recognised))
			p := r.Prerequisite
			if p == nil || p.Set != criteria.IDQD1980 || p.Status != tc.status || p.Basis != tc.basis || p.Origin != "" {
				t.Fatalf("prerequisite %+v, want %s, basis %q, from the estimate's own values", p, tc.status, tc.basis)
			}
			if r.Status != tc.status {
				t.Errorf("933/QĐ-UBND estimate %s, want %s (every criterion attested met)", r.Status, tc.status)
			}
		})
	}
}
