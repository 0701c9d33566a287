package criteria

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// scribble changes everything reachable from s.
func scribble(s *Set) {
	s.ID = "changed"
	s.Title.VI = "changed"
	s.Notes = append(s.Notes[:0:0], "changed")
	if len(s.Supersedes) > 0 {
		s.Supersedes[0] = "changed"
	}
	if len(s.CriterionGroups) > 0 {
		s.CriterionGroups[0].Name.VI = "changed"
	}
	for i := range s.Criteria {
		c := &s.Criteria[i]
		c.Name.VI = "changed"
		for j := range c.Indicators {
			ind := &c.Indicators[j]
			ind.Text.VI = "changed"
			ind.Kind = KindAmount
			if ind.Common != nil {
				ind.Common.Value = decimal.RequireFromString("12345")
				ind.Common.Provenance = M
				ind.Common.ByYear = map[int]YearTarget{2017: {Value: decimal.RequireFromString("1")}}
			}
			for r, t := range ind.Regional {
				t.Value = decimal.RequireFromString("54321")
				ind.Regional[r] = t
			}
			if ind.Regional != nil {
				delete(ind.Regional, TDMNPB)
				ind.Regional[Region(42)] = Target{}
			}
		}
	}
	s.Criteria[0] = Criterion{Code: "changed"}
	s.Criteria = append(s.Criteria, Criterion{Code: "added"})
}

// scribbleCriterion10ByYear writes into a by-year map that a copy shares
// only if cloning were shallow.
func scribbleByYear(s *Set) {
	ind, _, _ := s.Indicator("10")
	if ind == nil {
		return
	}
	t := ind.Regional[DBSCL]
	if t.ByYear != nil {
		t.ByYear[2019] = YearTarget{Value: decimal.RequireFromString("1")}
	}
}

func TestExportedDataCannotBeChangedByACaller(t *testing.T) {
	want1980, want933 := QD1980(), QD933()
	tests := []struct {
		name string
		get  func() *Set
		want *Set
	}{
		{"QD1980 returns a fresh deep copy", QD1980, want1980},
		{"QD933 returns a fresh deep copy", QD933, want933},
		{"Lookup returns a fresh deep copy", func() *Set { s, _ := Lookup("1980"); return s }, want1980},
		{"Builtin's sets belong to that catalog only", func() *Set { return Builtin().Sets()[0] }, want1980},
		{"Catalog.Lookup on a fresh Builtin is independent", func() *Set { s, _ := Builtin().Lookup("933"); return s }, want933},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			scribble(tt.get())
			scribbleByYear(tt.get())
			for _, again := range []*Set{tt.get(), QD1980(), QD933()} {
				want := want1980
				if again.ID == IDQD933 {
					want = want933
				}
				if diff := cmp.Diff(want, again); diff != "" {
					t.Fatalf("a later call saw the change (-want +got):\n%s", diff)
				}
			}
			if s, _ := Lookup("1980/QĐ-TTg"); !cmp.Equal(want1980, s) {
				t.Error("Lookup saw the change")
			}
			if diff := cmp.Diff(want1980, Builtin().Sets()[0]); diff != "" {
				t.Errorf("Builtin saw the change (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCatalogReturnsCopies changes the sets one catalog's Lookup, Sets and
// InForce return: the catalog answers as before.
func TestCatalogReturnsCopies(t *testing.T) {
	want := QD1980()
	tests := []struct {
		name string
		get  func(*Catalog) *Set
	}{
		{"Lookup", func(c *Catalog) *Set { s, _ := c.Lookup("1980"); return s }},
		{"Sets", func(c *Catalog) *Set { return c.Sets()[0] }},
		{"InForce", func(c *Catalog) *Set { return c.InForce(time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC))[0] }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Builtin()
			scribbleByYear(tt.get(c))
			scribble(tt.get(c))
			for _, get := range tests {
				if diff := cmp.Diff(want, get.get(c)); diff != "" {
					t.Errorf("%s after changing what %s returned (-want +got):\n%s", get.name, tt.name, diff)
				}
			}
			if s, err := c.Lookup(IDQD1980); err != nil || s.ID != IDQD1980 {
				t.Errorf("Lookup(%s) = %v, %v after changing what %s returned", IDQD1980, s, err, tt.name)
			}
		})
	}
}

func TestCloneCopiesByYearMaps(t *testing.T) {
	s := QD1980()
	ind, _, _ := s.Indicator("10")
	tg := ind.Regional[TDMNPB]
	tg.ByYear = map[int]YearTarget{2018: {Value: decimal.RequireFromString("30"), Provenance: M}}
	ind.Regional[TDMNPB] = tg
	c := s.Clone()
	cind, _, _ := c.Indicator("10")
	cind.Regional[TDMNPB].ByYear[2018] = YearTarget{Value: decimal.RequireFromString("99"), Provenance: C2}
	if got := ind.Regional[TDMNPB].ByYear[2018].Value.String(); got != "30" {
		t.Errorf("changing the clone's by-year value changed the original: %s", got)
	}
}

func TestCatalogAddStoresACopy(t *testing.T) {
	var c Catalog
	s := QD1980()
	s.ID = "1/QĐ-UBND"
	s.Scope = "Lạng Sơn"
	if err := c.Add(s); err != nil {
		t.Fatal(err)
	}
	s.Title.VI = "changed after Add"
	got, err := c.Lookup("1/QD-UBND")
	if err != nil {
		t.Fatal(err)
	}
	if got.Title.VI == "changed after Add" {
		t.Error("Add kept the caller's set instead of a copy")
	}
}

func TestProvincesAndRegionsAreCopies(t *testing.T) {
	p := Provinces()
	p[0] = Province{Name: "changed", Region: DBSCL}
	if got := Provinces()[0]; got.Name != "Hà Giang" || got.Region != TDMNPB {
		t.Errorf("Provinces()[0] = %+v after a caller changed its copy", got)
	}
	if got, ok := LookupProvince("Hà Giang"); !ok || got.Region != TDMNPB {
		t.Errorf("LookupProvince(Hà Giang) = %+v, %v after a caller changed its copy", got, ok)
	}
	r := Regions()
	r[0] = DBSCL
	if got := Regions()[0]; got != TDMNPB {
		t.Errorf("Regions()[0] = %v after a caller changed its copy", got)
	}
}
