// Package placenames gives the places of one run that counts communes
// (ntm eval --summary, plan, progress, report, and POST /plans/status) the
// names they stand for: those of the registries (the 63 provinces of
// package criteria, the districts of the provinces whose units package
// units holds) and those read (a plan's targets, the assessments).
//
// A name written entirely without diacritics ("Lang Son") that folds to
// exactly one known name of its place is that name (see placekey.Names): a
// registry's at once, as the reports are read (Run.Read), so that a
// commune assessed twice is told and a plan finds its targets; a name read
// with diacritics once the input is read (Run.Canonical). A name of two or
// more is kept apart, and so are names with diacritics that differ only in
// them: Run.Warnings tells both, in the words ntm prints on standard error
// and POST /plans/status answers.
package placenames

import (
	"slices"
	"strconv"
	"sync"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/units"
)

// Run are the names of the places of one run. Memory grows with the
// number of distinct spellings of places. A Run is not safe for concurrent
// use.
type Run struct {
	names placekey.Names
	// registry is what the registries' names alone resolve; final what
	// every name does, as last settled.
	registry, final *placekey.Resolution
}

// New returns the names of a run that knows the registries' names.
func New() *Run {
	var reg placekey.Names
	reg.AddRegistries(registries())
	n := &Run{registry: reg.Resolve()}
	n.names.AddRegistries(registries())
	return n
}

// registries returns the places of the registries, in order: the
// provinces of package criteria, then each province of package units and
// its districts. The slice is shared by every run and never changed.
var registries = sync.OnceValue(func() []placekey.Place {
	var out []placekey.Place
	for _, p := range criteria.Provinces() {
		out = append(out, placekey.Place{Province: p.Name})
	}
	for _, p := range units.Provinces() {
		out = append(out, placekey.Place{Province: p})
		seen := map[string]bool{}
		for _, u := range units.All(p) {
			if u.District != "" && !seen[u.District] {
				seen[u.District] = true
				out = append(out, placekey.Place{District: u.District, Province: p})
			}
		}
	}
	return slices.Clip(out)
})

// Of returns the place of a commune.
func Of(c evaluate.Commune) placekey.Place {
	return placekey.Place{Name: c.Name, District: c.District, Province: c.Province}
}

// In returns the place that identifies commune c assessed for year: [Of]
// c, without its district from placekey.NoDistrictsFrom on, when a district
// written is no part of a commune's identity.
func In(c evaluate.Commune, year int) placekey.Place {
	p := Of(c)
	p.District = placekey.DistrictIn(p.District, year)
	return p
}

// CommuneOf returns the commune of a place.
func CommuneOf(p placekey.Place) evaluate.Commune {
	return evaluate.Commune{Name: p.Name, District: p.District, Province: p.Province}
}

// AddPlan adds the names of the plan's targets, read from file (their
// origin "file: targets[i]").
func (n *Run) AddPlan(file string, p *plan.Plan) {
	for i, t := range p.Targets {
		n.names.Add(Of(t.Commune), file+": targets["+strconv.Itoa(i)+"]")
	}
}

// Read adds the names of a report, and gives it the names of the
// registries that its names written without diacritics stand for. It
// returns the index of the spelling read (Run.Spelling).
func (n *Run) Read(r *evaluate.Report) int {
	i := n.names.Add(Of(r.Commune), r.Origin)
	r.Commune = n.RegistryName(r.Commune)
	return i
}

// Add adds the names of a commune read at origin (an assessment that
// makes no report shown, as a report's names are added by Read).
func (n *Run) Add(c evaluate.Commune, origin string) { n.names.Add(Of(c), origin) }

// Spelling returns the spelling of index i, as it was read.
func (n *Run) Spelling(i int) placekey.Place { return n.names.Spelling(i) }

// RegistryName returns c with the names of the registries that its names
// written without diacritics stand for, as Read gives them.
func (n *Run) RegistryName(c evaluate.Commune) evaluate.Commune {
	p := Of(c)
	if !placekey.HasASCII(p) {
		return c
	}
	return withPlace(c, n.registry.Canonical(p))
}

// withPlace returns c with the names of p (its code kept).
func withPlace(c evaluate.Commune, p placekey.Place) evaluate.Commune {
	c.Name, c.District, c.Province = p.Name, p.District, p.Province
	return c
}

// Settle makes what is known of the names read so far what Canonical and
// Resolution use: once every name is read.
func (n *Run) Settle() { n.final = n.names.Resolve() }

// Resolution returns what is known of the names read so far, as last
// settled (settling first when never settled).
func (n *Run) Resolution() *placekey.Resolution {
	if n.final == nil {
		n.Settle()
	}
	return n.final
}

// Canonical returns c with the names its names stand for, given every name
// read.
func (n *Run) Canonical(c evaluate.Commune) evaluate.Commune {
	p := Of(c)
	if !placekey.HasASCII(p) {
		return c
	}
	return withPlace(c, n.Resolution().Canonical(p))
}

// CanonicalIn returns the place that identifies commune c assessed for
// year ([In]) with the names its names stand for, given every name read:
// from placekey.NoDistrictsFrom on, its name is resolved among the names of
// its province's communes without a district, as the units of that time
// are named ("Tan Thanh, Huu Lung, Lang Son" of 2026 is "Tân Thành, Lạng
// Sơn" when that is read).
func (n *Run) CanonicalIn(c evaluate.Commune, year int) placekey.Place {
	return In(identityIn(c, year, n.Canonical), year)
}

// CanonicalReports gives every report of rs the names its names stand for
// ([Resolve]).
func (n *Run) CanonicalReports(rs []evaluate.Report) {
	for i := range rs {
		r := &rs[i]
		r.Commune, _ = Resolve(r.Commune, r.Year, n.Canonical)
	}
}

// CanonicalPlan gives every target of p the names its names stand for
// ([Resolve]), as CanonicalReports gives them to the reports: a target
// written without diacritics ("Hoa Lac, Huu Lung, Lang Son") is the
// commune read with them ("Hòa Lạc, Hữu Lũng, Lạng Sơn"), and finds its
// report.
func (n *Run) CanonicalPlan(p *plan.Plan) {
	for i := range p.Targets {
		t := &p.Targets[i]
		t.Commune, _ = Resolve(t.Commune, t.Year, n.Canonical)
	}
}

// Resolve returns commune c assessed for year under the names canonical
// gives it (such as [Run.Canonical]): id, the commune that identifies it,
// is canonical's of c without its district from placekey.NoDistrictsFrom
// on, when a district written is no part of a commune's identity; shown,
// the commune shown, is canonical's of c, the district written kept, with
// id's name, as its name stands for a name of its province's communes
// without a district. Before placekey.NoDistrictsFrom, both are
// canonical's of c.
func Resolve(c evaluate.Commune, year int, canonical func(evaluate.Commune) evaluate.Commune) (shown, id evaluate.Commune) {
	shown = canonical(c)
	if year < placekey.NoDistrictsFrom {
		return shown, shown
	}
	id = identityIn(c, year, canonical)
	shown.Name = id.Name
	return shown, id
}

// identityIn returns canonical's of c without the district that is no
// part of its identity in year (placekey.DistrictIn).
func identityIn(c evaluate.Commune, year int, canonical func(evaluate.Commune) evaluate.Commune) evaluate.Commune {
	c.District = placekey.DistrictIn(c.District, year)
	return canonical(c)
}
