package evaluate

import (
	"cmp"
	"slices"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/keymerge"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/shopspring/decimal"
)

// Scope is the extent of a summary area. The zero value is invalid.
type Scope int

const (
	// ScopeAll is every commune evaluated against a set in a year.
	ScopeAll Scope = iota + 1
	// ScopeProvince is the communes of one province (tỉnh).
	ScopeProvince
	// ScopeDistrict is the communes of one district (huyện) of a province,
	// of a year up to 2025: districts ceased on 1/7/2025.
	ScopeDistrict
)

var scopeCodes = [...]string{"", "all", "province", "district"}

// String returns "all", "province" or "district".
func (s Scope) String() string {
	if s <= 0 || int(s) >= len(scopeCodes) {
		return "Scope(" + itoa(int(s)) + ")"
	}
	return scopeCodes[s]
}

// Summary aggregates many reports: per set and year, over all communes,
// per province and per district. It is plain data, built by [Summarize] or
// a [Summarizer].
type Summary struct {
	// Areas are the tallies per set and year: all communes, then each
	// province followed by its districts ("areas" in the summary JSON).
	Areas []SummaryArea
	// Excluded lists the communes left out because their input could not
	// be read; the caller fills it (see [ExcludedOf]), and every summary
	// renderer states it.
	Excluded []Excluded
	// Warnings are the warnings on the input that change no figure but
	// may change what the reader takes them for, one line each, as the
	// caller words them ("b.csv:5: xã \"Hoà Lac\" (Hữu Lũng, Lạng Sơn) và
	// xã \"Hòa Lạc\" (a.csv:2) chỉ khác nhau về dấu: …"): a name typed
	// without diacritics that may be two communes, two names that differ
	// only in diacritics and are counted as two communes. The caller fills
	// it; [WriteSummaryText] and [WriteSummaryMarkdown] list them, the
	// summary JSON and CSV (and the workbook of package workbook) have no
	// place for them and leave them out.
	Warnings []string
}

// SummaryArea is the tally of the communes of one scope against one set in
// one year.
type SummaryArea struct {
	Set      string
	SetTitle criteria.Text
	// Content is the set's content, that of the first report counted:
	// [criteria.ContentPendingOfficialText] when its criteria await the
	// official text, so that every figure of the area is provisional.
	Content criteria.Content
	// TableEntered is the first report's [Report.TableEntered]: a set
	// pending its official text whose indicator table was loaded is judged
	// from that table, not from attestations.
	TableEntered bool
	Year         int
	Scope        Scope
	Province     string // as first written in the reports; "" for ScopeAll
	District     string // "" unless ScopeDistrict
	// Communes is the number of reports (communes evaluated).
	Communes int
	// CommunesMet is how many met the set (status met).
	CommunesMet int
	// CriteriaMet is the sum over communes of criteria met.
	CriteriaMet int
	// CriteriaTotal is the number of criteria of the set.
	CriteriaTotal int
	// AverageCriteria is CriteriaMet ÷ Communes rounded half-up to 2
	// decimal places: the programme's "tiêu chí bình quân/xã" KPI (a
	// division for display, with an explicit precision).
	AverageCriteria decimal.Decimal
	// Criteria tallies each criterion of the set, in set order.
	Criteria []CriterionTally
	// MostMissed lists the codes of criteria not met by at least one
	// commune, most often missed first (ties in set order).
	MostMissed []string
}

// CriterionTally counts communes by their status on one criterion.
type CriterionTally struct {
	Code                 string
	Name                 criteria.Text
	Met, NotMet, Missing int
}

type groupKey struct {
	set                string
	year               int
	scope              Scope
	province, district string // placekey keys of the names
}

// Summarize tallies reports per set and year: over all communes, per
// province and per district (a commune of a year from 2026, when there are
// no districts, or named without one, counts in its province alone; names compared ignoring case, Unicode
// normalisation form, spacing, where a tone mark sits and the prefixes
// "tỉnh", "thành phố" and "huyện": "Tỉnh Lạng Sơn" is "Lạng Sơn"; the first
// spelling met is kept). Areas come per set (in order of first appearance)
// and year (ascending): the whole, then each province (alphabetical,
// ignoring diacritics and those prefixes) followed by its districts. The reports are only read. It is [Summarizer.Add] for each
// report, then [Summarizer.Summary].
func Summarize(reports []Report) Summary {
	var z Summarizer
	for i := range reports {
		z.Add(&reports[i])
	}
	return z.Summary()
}

// Summarizer tallies reports one at a time, as [Summarize] does, for input
// of any size: it keeps counts per set, year and area (province, district),
// never the reports, so its memory grows with the number of areas, not of
// communes. The zero value is ready to use. A Summarizer is not safe for
// concurrent use: reports evaluated by several goroutines are added by one
// (or under a mutex).
type Summarizer struct {
	// canonical, when not nil, gives the names an area is counted and
	// shown under (internal/evalbridge.SetSummarizerNames).
	canonical func(Commune) Commune

	index    map[groupKey]int
	groups   []SummaryArea
	setOrder map[string]int
}

// Add counts a report. The report is only read, and not kept.
func (z *Summarizer) Add(r *Report) { z.add(r, nil) }

// addProvisional counts a report as [Summarizer.Add] does, and returns a
// function that takes it back out of the counts
// (internal/evalbridge.AddProvisional).
func (z *Summarizer) addProvisional(r *Report) (retract func()) {
	c := &counted{}
	z.add(r, c)
	return func() {
		if c != nil {
			z.take(c)
			c = nil
		}
	}
}

// counted is what one report counted: its groups, whether it met the
// set, its criteria met, and each criterion's status with, when a group's
// tally of it is not at the criterion's index (a redefined set), where it
// is.
type counted struct {
	groups      [3]int
	met         bool
	criteriaMet int
	statuses    []Status
	// tallies, when not nil, holds for each group in turn the index of
	// each criterion's tally.
	tallies []int
}

// take takes c out of the counts.
func (z *Summarizer) take(c *counted) {
	n := len(c.statuses)
	for gi, i := range c.groups {
		g := &z.groups[i]
		g.Communes--
		g.CriteriaMet -= c.criteriaMet
		if c.met {
			g.CommunesMet--
		}
		for ci, st := range c.statuses {
			ti := ci
			if c.tallies != nil {
				ti = c.tallies[gi*n+ci]
			}
			t := &g.Criteria[ti]
			switch st {
			case StatusMet:
				t.Met--
			case StatusNotMet:
				t.NotMet--
			default:
				t.Missing--
			}
		}
	}
}

// add counts r and, when c is not nil, records in c what it counted.
func (z *Summarizer) add(r *Report, c *counted) {
	if c != nil {
		c.met, c.criteriaMet = r.Status == StatusMet, r.CriteriaMet
		c.statuses = make([]Status, len(r.Criteria))
		for ci := range r.Criteria {
			c.statuses[ci] = r.Criteria[ci].Status
		}
	}
	if z.index == nil {
		z.index, z.setOrder = map[groupKey]int{}, map[string]int{}
	}
	if _, ok := z.setOrder[r.Set]; !ok {
		z.setOrder[r.Set] = len(z.setOrder)
	}
	// A commune of a year without districts counts in its province alone,
	// whatever district is written beside it.
	district := placekey.DistrictIn(r.Commune.District, r.Year)
	pk, dk := placekey.Province(r.Commune.Province), placekey.District(district)
	// A district's province is shown as its province's group shows it.
	province := r.Commune.Province
	for gi, k := range [...]groupKey{
		{r.Set, r.Year, ScopeAll, "", ""},
		{r.Set, r.Year, ScopeProvince, pk, ""},
		{r.Set, r.Year, ScopeDistrict, pk, dk},
	} {
		i := z.group(k, r, province, district)
		g := &z.groups[i]
		if k.scope == ScopeProvince {
			province = g.Province
		}
		g.Communes++
		g.CriteriaMet += r.CriteriaMet
		if r.Status == StatusMet {
			g.CommunesMet++
		}
		if c != nil {
			c.groups[gi] = i
		}
		g.countCriteria(r, c, gi)
	}
}

// group returns the index of the area of key k, adding it, named after r
// (its province named province, its district district), when it is new.
func (z *Summarizer) group(k groupKey, r *Report, province, district string) int {
	if i, ok := z.index[k]; ok {
		return i
	}
	i := len(z.groups)
	z.index[k] = i
	g := SummaryArea{Set: r.Set, SetTitle: r.SetTitle, Content: r.Content, TableEntered: r.TableEntered(), Year: r.Year, Scope: k.scope,
		CriteriaTotal: r.CriteriaTotal}
	if k.scope != ScopeAll {
		g.Province = province
	}
	if k.scope == ScopeDistrict {
		g.District = district
	}
	g.Criteria = make([]CriterionTally, len(r.Criteria))
	for ci, c := range r.Criteria {
		g.Criteria[ci] = CriterionTally{Code: c.Code(), Name: c.Name()}
	}
	z.groups = append(z.groups, g)
	return i
}

// countCriteria counts the status of each criterion of r in the tallies of
// g, the gi-th area of r; when c is not nil, it records in c which tally
// counted each criterion, once one is not at the criterion's own index.
func (g *SummaryArea) countCriteria(r *Report, c *counted, gi int) {
	for ci := range r.Criteria {
		cr := &r.Criteria[ci]
		ti := ci
		if ci >= len(g.Criteria) || g.Criteria[ci].Code != cr.Code() {
			ti = g.tallyIndex(cr.Code(), cr.Name())
			if c != nil && c.tallies == nil {
				c.tallies = make([]int, 3*len(r.Criteria))
				for j := range c.tallies {
					c.tallies[j] = j % len(r.Criteria)
				}
			}
		}
		if c != nil && c.tallies != nil {
			c.tallies[gi*len(r.Criteria)+ci] = ti
		}
		t := &g.Criteria[ti]
		switch cr.Status {
		case StatusMet:
			t.Met++
		case StatusNotMet:
			t.NotMet++
		default:
			t.Missing++
		}
	}
}

// Summary returns the summary of the reports added so far, as [Summarize]
// orders it. The Summarizer may go on counting.
func (z *Summarizer) Summary() Summary {
	groups := make([]SummaryArea, len(z.groups))
	for i := range z.groups {
		groups[i] = z.groups[i]
		groups[i].Criteria = slices.Clone(groups[i].Criteria)
	}
	if z.canonical != nil {
		groups = mergeAreas(groups, z.canonical)
	}
	// The areas whose reports were all taken back, and the communes named
	// without a district (under their province directly, as after the 2025
	// mergers), which are counted in their province and make no district.
	groups = slices.DeleteFunc(groups, func(g SummaryArea) bool {
		return g.Communes == 0 || g.Scope == ScopeDistrict && placekey.District(g.District) == ""
	})
	for i := range groups {
		g := groups[i]
		g.AverageCriteria = decimal.New(int64(g.CriteriaMet), 0).DivRound(decimal.New(int64(g.Communes), 0), 2)
		order := make([]int, 0, len(g.Criteria))
		for ci, t := range g.Criteria {
			if t.NotMet > 0 {
				order = append(order, ci)
			}
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(g.Criteria[b].NotMet, g.Criteria[a].NotMet) })
		for _, ci := range order {
			g.MostMissed = append(g.MostMissed, g.Criteria[ci].Code)
		}
		groups[i] = g
	}
	setOrder := z.setOrder
	slices.SortStableFunc(groups, func(a, b SummaryArea) int {
		return cmp.Or(
			cmp.Compare(setOrder[a.Set], setOrder[b.Set]),
			cmp.Compare(a.Year, b.Year),
			cmp.Compare(min(a.Scope, ScopeProvince), min(b.Scope, ScopeProvince)),
			compareNames(placekey.Province(a.Province), placekey.Province(b.Province)),
			cmp.Compare(a.Scope, b.Scope),
			compareNames(placekey.District(a.District), placekey.District(b.District)),
		)
	})
	return Summary{Areas: groups}
}

// mergeAreas gives each area of groups (whose criteria are their own) the
// names canonical gives it, and makes the areas of one key one, in the
// order of their first group: its names are shown; a district shows its
// province as the province's group does.
func mergeAreas(groups []SummaryArea, canonical func(Commune) Commune) []SummaryArea {
	out, index := keymerge.Merge(groups, func(g *SummaryArea) groupKey {
		if g.Scope != ScopeAll {
			c := canonical(Commune{Province: g.Province, District: g.District})
			g.Province = c.Province
			if g.Scope == ScopeDistrict {
				g.District = c.District
			}
		}
		return groupKey{g.Set, g.Year, g.Scope, placekey.Province(g.Province), placekey.District(g.District)}
	}, func(m, g *SummaryArea) {
		m.Communes += g.Communes
		m.CommunesMet += g.CommunesMet
		m.CriteriaMet += g.CriteriaMet
		for _, t := range g.Criteria {
			mt := m.tally(t.Code, t.Name)
			mt.Met += t.Met
			mt.NotMet += t.NotMet
			mt.Missing += t.Missing
		}
	})
	for i := range out {
		if g := &out[i]; g.Scope == ScopeDistrict {
			if p, ok := index[groupKey{g.Set, g.Year, ScopeProvince, placekey.Province(g.Province), ""}]; ok {
				g.Province = out[p].Province
			}
		}
	}
	return out
}

// compareNames orders two name keys alphabetically ignoring diacritics,
// then by the keys themselves, so that distinct names never compare equal.
func compareNames(a, b string) int {
	return cmp.Or(cmp.Compare(vntext.Fold(a), vntext.Fold(b)), cmp.Compare(a, b))
}

// tally returns the tally of a criterion, adding it when a report of the
// same set has a criterion the first one did not (a redefined set).
func (g *SummaryArea) tally(code string, name criteria.Text) *CriterionTally {
	return &g.Criteria[g.tallyIndex(code, name)]
}

// tallyIndex is [SummaryArea.tally]'s index in g.Criteria.
func (g *SummaryArea) tallyIndex(code string, name criteria.Text) int {
	for i := range g.Criteria {
		if g.Criteria[i].Code == code {
			return i
		}
	}
	g.Criteria = append(g.Criteria, CriterionTally{Code: code, Name: name})
	return len(g.Criteria) - 1
}
