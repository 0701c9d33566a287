package plan

import (
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// TestStatusWithReadsTheCatalogsSets: the status of a target without a
// report reads the criteria of the catalog's set, not of a copy of it.
func TestStatusWithReadsTheCatalogsSets(t *testing.T) {
	cat := criteria.Builtin()
	p := &Plan{Number: "47/KH-STNMT", Targets: []Target{{Set: "1980/QĐ-TTg", Year: 2020}}}
	p.Targets[0].Commune.Name = "Hòa Lạc"
	asOf, err := ParseDate("2020-04-30")
	if err != nil {
		t.Fatal(err)
	}
	st := StatusWith(cat, p, nil, asOf)
	if len(st.Targets) != 1 || st.Targets[0].CriteriaTotal != 19 {
		t.Fatalf("targets %+v, want one of 19 criteria", st.Targets)
	}
	if n := testing.AllocsPerRun(10, func() { StatusWith(cat, p, nil, asOf) }); n > 100 {
		t.Errorf("StatusWith made %v allocations, want at most 100", n)
	}
}
