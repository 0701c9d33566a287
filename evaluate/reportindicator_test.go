package evaluate

import (
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// Report.Indicator finds every indicator of a report by its code, the
// result its criterion holds; no other code, and nothing in a zero report.
func TestReportIndicatorFindsEveryIndicatorByCode(t *testing.T) {
	set := criteria.QD1980()
	r := Run(set, benchAssessment())
	n := 0
	for ci := range r.Criteria {
		for ii := range r.Criteria[ci].Indicators {
			want := r.Criteria[ci].Indicators[ii]
			got, ok := r.Indicator(want.Code())
			if !ok || !got.Equal(want) {
				t.Errorf("Indicator(%q) = %v, %v; want the result of criterion %s", want.Code(), got.Status, ok, r.Criteria[ci].Code())
			}
			n++
		}
	}
	if n != set.IndicatorCount() {
		t.Errorf("%d indicators looked up, the set has %d", n, set.IndicatorCount())
	}
	for _, code := range []string{"", "17.1", "5.9", " 5", "Tiêu chí 5"} {
		if got, ok := r.Indicator(code); ok {
			t.Errorf("Indicator(%q) = %v, true; want none", code, got.Code())
		}
	}
	var zero Report
	if _, ok := zero.Indicator("5"); ok {
		t.Error("a zero report has indicator 5")
	}
}
