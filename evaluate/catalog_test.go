package evaluate

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
)

// TestCatalogCopiesLeaveEvaluationAlone changes a set that a catalog's
// Lookup, Sets or InForce returned, before the catalog's first evaluation:
// the reports of RunAll through that catalog stay those of a catalog
// nobody changed.
func TestCatalogCopiesLeaveEvaluationAlone(t *testing.T) {
	a := benchAssessment() // indicator 5: 2 of 3 schools, below TDMNPB's target
	jsonOf := func(t *testing.T, cat *criteria.Catalog) string {
		t.Helper()
		rs, err := RunAll(cat, a)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := WriteJSON(&b, rs, RenderOptions{}); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	want := jsonOf(t, criteria.Builtin())
	tests := []struct {
		name string
		get  func(*criteria.Catalog) *criteria.Set
	}{
		{"Lookup", func(c *criteria.Catalog) *criteria.Set { s, _ := c.Lookup("1980"); return s }},
		{"Sets", func(c *criteria.Catalog) *criteria.Set { return c.Sets()[0] }},
		{"InForce", func(c *criteria.Catalog) *criteria.Set {
			return c.InForce(time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC))[0]
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat := criteria.Builtin()
			s := tt.get(cat)
			if s.ID != criteria.IDQD1980 {
				t.Fatalf("got set %s, want %s", s.ID, criteria.IDQD1980)
			}
			ind, _, ok := s.Indicator("5")
			if !ok {
				t.Fatal("no indicator 5")
			}
			if ind.Common != nil {
				ind.Common.Value = decimal.NewFromInt(50)
			}
			for r, tg := range ind.Regional {
				tg.Value = decimal.NewFromInt(50)
				ind.Regional[r] = tg
			}
			if got := jsonOf(t, cat); got != want {
				t.Errorf("lowering the target of 5 in a set the catalog returned changed its reports: %s", firstDiff(got, want))
			}
			tt.get(cat).ID = "hijack"
			if got := jsonOf(t, cat); got != want {
				t.Errorf("renaming a set the catalog returned changed its reports: %s", firstDiff(got, want))
			}
		})
	}
}

// firstDiff quotes the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "\n got " + g[i] + "\nwant " + w[i]
		}
	}
	return "one is longer"
}
