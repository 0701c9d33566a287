package evaluate

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSummarizerCanonicalMergesTheAreasItNamesAlike(t *testing.T) {
	rs := summaryReports()
	// The second commune written without diacritics: an area of its own
	// unless Canonical says which it is, when the summary is made.
	rs[1].Commune.District, rs[1].Commune.Province = "Huu Lung", "Lang Son"
	canonical := func(c Commune) Commune {
		if c.Province == "Lang Son" {
			c.Province = "Lạng Sơn"
		}
		if c.District == "Huu Lung" {
			c.District = "Hữu Lũng"
		}
		return c
	}
	type row struct {
		Scope, Province, District string
		Communes, Met             int
		Average                   string
		MostMissed                []string
		Tally5                    CriterionTally
	}
	rows := func(s Summary) []row {
		var out []row
		for _, g := range s.Groups {
			out = append(out, row{g.Scope.String(), g.Province, g.District, g.Communes, g.CommunesMet,
				g.AverageCriteria.String(), g.MostMissed, g.Criteria[4]})
		}
		return out
	}
	var z Summarizer
	for i := range rs {
		z.Add(&rs[i])
	}
	z.Canonical = canonical
	want := rows(Summarize(summaryReports()))
	if d := cmp.Diff(want, rows(z.Summary())); d != "" {
		t.Errorf("with Canonical: the summary of the names written with diacritics (-want +got):\n%s", d)
	}
	z.Canonical = nil
	if n := len(z.Summary().Groups); n != len(want)+2 {
		t.Errorf("without Canonical: %d groups, want %d (Lang Son and its Huu Lung apart)", n, len(want)+2)
	}
}
