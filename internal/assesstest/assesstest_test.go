package assesstest

import (
	"testing"

	"github.com/nongthonmoi/ntm/evaluate"
)

func TestAssessFailsAndLeavesOutTheCriteriaNamed(t *testing.T) {
	rs := Reports(t, nil, Assess(t, "Hòa Lạc", "Hữu Lũng", 2019, []string{"5", "10"}, []string{"8"}))
	if len(rs) != 1 {
		t.Fatalf("%d reports, want 1", len(rs))
	}
	r := rs[0]
	if r.Commune != (evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}) || r.Year != 2019 {
		t.Errorf("commune %v, year %d", r.Commune, r.Year)
	}
	for _, c := range r.Criteria {
		want := evaluate.StatusMet
		switch c.Code() {
		case "5", "10":
			want = evaluate.StatusNotMet
		case "8":
			want = evaluate.StatusMissing
		}
		if c.Status != want {
			t.Errorf("criterion %s: status %v, want %v", c.Code(), c.Status, want)
		}
	}
	if r.CriteriaMet != len(r.Criteria)-3 || r.Status != evaluate.StatusNotMet {
		t.Errorf("criteria met %d of %d, status %v", r.CriteriaMet, len(r.Criteria), r.Status)
	}
}
