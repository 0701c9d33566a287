package evaluate

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/evalbridge"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/shopspring/decimal"
)

func TestSummarizerNamesMergeTheAreasTheyNameAlike(t *testing.T) {
	rs := summaryReports()
	// The second commune written without diacritics: an area of its own
	// unless the names given (evalbridge.SetSummarizerNames) say which it is, when the summary is made.
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
		for _, g := range s.Areas {
			out = append(out, row{g.Scope.String(), g.Province, g.District, g.Communes, g.CommunesMet,
				g.AverageCriteria.String(), g.MostMissed, g.Criteria[4]})
		}
		return out
	}
	var z Summarizer
	for i := range rs {
		z.Add(&rs[i])
	}
	evalbridge.SetSummarizerNames(&z, canonical)
	want := rows(Summarize(summaryReports()))
	if d := cmp.Diff(want, rows(z.Summary())); d != "" {
		t.Errorf("with the names: the summary of the names written with diacritics (-want +got):\n%s", d)
	}
	evalbridge.SetSummarizerNames(&z, nil)
	if n := len(z.Summary().Areas); n != len(want)+2 {
		t.Errorf("without the names: %d groups, want %d (Lang Son and its Huu Lung apart)", n, len(want)+2)
	}
}

func TestSummarizerTakesBackAProvisionalReport(t *testing.T) {
	rs := summaryReports()
	// Each report taken back, in turn: the summary is that of the others,
	// whatever was added after it (an area's names as first written
	// aside); the area of Tiền Giang, whose only commune is taken back, is
	// gone.
	for skip := range rs {
		var z Summarizer
		var retract func()
		for i := range rs {
			if i == skip {
				retract = evalbridge.AddProvisional(&z, &rs[i])
				continue
			}
			z.Add(&rs[i])
		}
		retract()
		retract() // a second call takes nothing more
		others := append(append([]Report(nil), rs[:skip]...), rs[skip+1:]...)
		if d := cmp.Diff(keyedAreas(Summarize(others)), keyedAreas(z.Summary()), decimalEqual); d != "" {
			t.Errorf("report %d taken back: the summary differs from that of the others (-want +got):\n%s", skip, d)
		}
	}
	// Kept, it counts as Add counts it.
	var z Summarizer
	for i := range rs {
		evalbridge.AddProvisional(&z, &rs[i])
	}
	if d := cmp.Diff(Summarize(rs), z.Summary(), decimalEqual); d != "" {
		t.Errorf("provisional reports kept: the summary differs from Summarize's (-want +got):\n%s", d)
	}
}

var decimalEqual = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

// keyedAreas returns s with the names of its areas as their keys.
func keyedAreas(s Summary) Summary {
	for i := range s.Areas {
		g := &s.Areas[i]
		g.Province, g.District = placekey.Province(g.Province), placekey.District(g.District)
	}
	return s
}

func TestSummarizerTakesBackAReportOfARedefinedSet(t *testing.T) {
	// The set's second definition lacks criterion 1: its tallies are
	// found by code.
	full := criteria.QD1980()
	short := criteria.QD1980()
	short.Criteria = short.Criteria[1:]
	a := &Assessment{Commune: Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD1980: allMet()}}
	first, second := Run(full, a), Run(short, a)
	var z Summarizer
	z.Add(&first)
	evalbridge.AddProvisional(&z, &second)()
	if d := cmp.Diff(Summarize([]Report{first}), z.Summary(), decimalEqual); d != "" {
		t.Errorf("the report of the redefined set taken back (-want +got):\n%s", d)
	}
}
