package progress

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/keymerge"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/placenames"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/shopspring/decimal"
)

// Progress is how communes and areas fared against their sets over the
// years assessed. It is plain data, built by [Of]; render it with
// [WriteText], [WriteMarkdown], [WriteJSON] or [WriteCSV].
type Progress struct {
	// Communes has one entry per commune and set, ordered by set (in order
	// of first appearance), province, district and commune name (ignoring
	// diacritics).
	Communes []Commune
	// Areas has one entry per set and area, ordered by set (as Communes
	// are): each district (by province, then district name), then each
	// province, then all communes, so that the first area of an input of
	// one district is that district.
	Areas []Area
	// CriterionNames names the criteria of each set, as the first report
	// of the set names them: by set ID, then criterion code. The text and
	// Markdown renderers show each criterion code with its name.
	CriterionNames map[string]map[string]criteria.Text
}

// Commune is one commune's record against one set.
type Commune struct {
	// Commune is the commune as first written in its reports.
	Commune evaluate.Commune
	Set     string
	// Content is the set's content, as in the commune's first report:
	// [criteria.ContentPendingOfficialText] when its criteria await the
	// official text, so that every year's result is provisional.
	Content criteria.Content
	// Years are the years assessed, ascending.
	Years []Year
	// FirstMet is the first year the set was met; 0 when never.
	FirstMet int
	// Regressions lists, for each assessed year after the first, the
	// criteria met in the previous assessed year and not met in this one;
	// years without such criteria are left out. Never nil.
	Regressions []Regression
	// Reorganisation relates the commune's unit to the reorganisation of
	// 1/7/2025, as the registry of administrative units states it: the
	// unit that took a former commune over, the former units a new unit
	// was formed from; nil when the registry states neither.
	Reorganisation *Reorganisation
}

// Year is one assessed year of a commune against a set.
type Year struct {
	Year          int
	Status        evaluate.Status // the set's status in the year's report
	CriteriaMet   int             // the report's criteria met
	CriteriaTotal int             // criteria in the set
	// Criteria are the criteria of the report in set order, with their
	// status.
	Criteria []Criterion
}

// Criterion is one criterion's status in one year's report.
type Criterion struct {
	Code   string
	Status evaluate.Status
}

// Regression is the criteria met in the previous assessed year and not met
// in Year.
type Regression struct {
	Year     int
	Criteria []string // criterion codes, in set order
}

// Area is one area's record against one set, year by year.
type Area struct {
	Scope    evaluate.Scope
	Province string // as first written in the reports; "" for all communes
	District string // "" unless Scope is a district
	Set      string
	// Content is the set's content, as in the area's first report (see
	// [Commune.Content]).
	Content criteria.Content
	// TableEntered is the area's first report's
	// [evaluate.Report.TableEntered]: a set pending its official text whose
	// indicator table was loaded is judged from that table, not from
	// attestations.
	TableEntered bool
	Years        []AreaYear // ascending
}

// AreaYear is the tally of an area's communes in one year.
type AreaYear struct {
	Year        int
	Communes    int // communes evaluated
	CommunesMet int // communes meeting the set
	// CriteriaMet is the sum over the communes of the criteria met.
	CriteriaMet   int
	CriteriaTotal int // criteria in the set
	// AverageCriteria is CriteriaMet ÷ Communes rounded half-up to 2
	// decimal places (tiêu chí bình quân/xã).
	AverageCriteria decimal.Decimal
}

// communeKey identifies a commune assessed for year: its official code (mã
// ĐVHC) when the report gives one, else its name, district and province
// compared ignoring case, Unicode normalisation form, spacing, where a
// tone mark sits ("Hoà Lạc" is "Hòa Lạc") and the prefixes "xã", "huyện",
// "tỉnh" and "thành phố" (diacritics are kept: Nhật Tiến and Nhất Tiến are
// different communes; so are other kinds: Thị trấn Chi Lăng is not Xã Chi
// Lăng). From 2026, when there are no districts (placekey.NoDistrictsFrom),
// a district written is no part of it.
func communeKey(c evaluate.Commune, year int) string {
	if c.Code != "" {
		return "c\x00" + strings.TrimSpace(c.Code)
	}
	return namesKey(c, year)
}

// namesKey identifies a commune assessed for year by its name, district
// (until 2025) and province only.
func namesKey(c evaluate.Commune, year int) string {
	return "n\x00" + placekey.OfIn(c.Name, c.District, c.Province, year)
}

type seriesKey struct {
	commune, set string
}

type areaKey struct {
	set                string
	scope              evaluate.Scope
	province, district string // placekey keys of the names
}

// areaKeysOf returns the keys of the areas a report of commune c against
// set for year counts in: all communes, c's province, c's district (none
// from 2026, when there are no districts).
func areaKeysOf(set string, c evaluate.Commune, year int) [3]areaKey {
	pk, dk := placekey.Province(c.Province), placekey.District(placekey.DistrictIn(c.District, year))
	return [...]areaKey{
		{set, evaluate.ScopeAll, "", ""},
		{set, evaluate.ScopeProvince, pk, ""},
		{set, evaluate.ScopeDistrict, pk, dk},
	}
}

// Of builds the progress of the communes in reports; it is a [Tracker]
// given every report in turn.
func Of(reports []evaluate.Report) Progress {
	var t Tracker
	for i := range reports {
		t.Add(&reports[i])
	}
	return t.Progress()
}

// Tracker builds a [Progress] one report at a time, keeping for each
// commune, set and year only its status and criteria (not the report), so
// that reports can be streamed through it. The zero value is ready to use.
// A Tracker is not safe for concurrent use.
//
// A commune's reports for one set are matched as the package
// documentation says (by code, else by names), in any order. When two reports share commune, set and year, the first is used
// and the other ignored, as `ntm eval --summary` does, so that no commune
// counts twice.
type Tracker struct {
	// canonical, when not nil, gives the names a commune is followed and
	// counted under (internal/evalbridge.SetTrackerNames).
	canonical func(evaluate.Commune) evaluate.Commune

	setOrder    map[string]int
	seriesIndex map[seriesKey]int
	communes    []Commune
	used        map[seen]bool
	areaIndex   map[areaKey]int
	areas       []Area
	names       map[string]map[string]criteria.Text
}

type seen struct {
	series, year int
}

// Add records one report; it reports false when the report was ignored
// (its commune, set and year were already recorded). r is only read.
func (t *Tracker) Add(r *evaluate.Report) bool {
	if t.setOrder == nil {
		t.setOrder, t.seriesIndex, t.used, t.areaIndex = map[string]int{}, map[seriesKey]int{}, map[seen]bool{}, map[areaKey]int{}
	}
	if _, ok := t.setOrder[r.Set]; !ok {
		t.setOrder[r.Set] = len(t.setOrder)
		names := make(map[string]criteria.Text, len(r.Criteria))
		if t.names == nil {
			t.names = map[string]map[string]criteria.Text{}
		}
		t.names[r.Set] = names
	}
	// A criterion the set's first report did not have (a redefined set)
	// is named by the first report that has it.
	names := t.names[r.Set]
	for ci := range r.Criteria {
		if _, ok := names[r.Criteria[ci].Code()]; !ok {
			names[r.Criteria[ci].Code()] = r.Criteria[ci].Name()
		}
	}
	k := seriesKey{communeKey(r.Commune, r.Year), r.Set}
	si, ok := t.seriesIndex[k]
	if !ok {
		si = len(t.communes)
		t.seriesIndex[k] = si
		t.communes = append(t.communes, Commune{Commune: r.Commune, Set: r.Set, Content: r.Content, Regressions: []Regression{}})
	}
	if t.used[seen{si, r.Year}] {
		return false
	}
	t.used[seen{si, r.Year}] = true
	y := Year{Year: r.Year, Status: r.Status, CriteriaMet: r.CriteriaMet, CriteriaTotal: r.CriteriaTotal,
		Criteria: make([]Criterion, len(r.Criteria))}
	for ci := range r.Criteria {
		y.Criteria[ci] = Criterion{Code: r.Criteria[ci].Code(), Status: r.Criteria[ci].Status}
	}
	t.communes[si].Years = append(t.communes[si].Years, y)
	t.tally(r)
	return true
}

// Progress returns the progress of the reports added so far. The Tracker
// keeps nothing of the result, and may be given more reports afterwards.
func (t *Tracker) Progress() Progress {
	communes := make([]Commune, len(t.communes))
	for i, c := range t.communes {
		c.Years = cloneYears(c.Years)
		c.Regressions = []Regression{}
		c.FirstMet = 0
		communes[i] = c
	}
	var dropped []droppedYear
	if t.canonical != nil {
		communes, dropped = mergeCommunes(communes, t.canonical)
	}
	for i := range communes {
		c := &communes[i]
		slices.SortStableFunc(c.Years, func(a, b Year) int { return cmp.Compare(a.Year, b.Year) })
		for yi, y := range c.Years {
			if c.FirstMet == 0 && y.Status == evaluate.StatusMet {
				c.FirstMet = y.Year
			}
			if yi == 0 {
				continue
			}
			if lost := regressed(c.Years[yi-1].Criteria, y.Criteria); len(lost) > 0 {
				c.Regressions = append(c.Regressions, Regression{Year: y.Year, Criteria: lost})
			}
		}
	}
	reorganise(communes)
	// Sort keys are made once per commune: folding is the costly part.
	type sortKey struct {
		set                      int
		province, district, name nameKey
	}
	keys := make(map[*Commune]sortKey, len(communes))
	order := make([]*Commune, len(communes))
	for i := range communes {
		c := &communes[i]
		order[i] = c
		keys[c] = sortKey{t.setOrder[c.Set], keyOfName(placekey.Province(c.Commune.Province)),
			keyOfName(placekey.District(placekey.DistrictIn(c.Commune.District, seriesYear(c)))), keyOfName(placekey.Commune(c.Commune.Name))}
	}
	slices.SortStableFunc(order, func(a, b *Commune) int {
		ka, kb := keys[a], keys[b]
		return cmp.Or(cmp.Compare(ka.set, kb.set), ka.province.compare(kb.province),
			ka.district.compare(kb.district), ka.name.compare(kb.name))
	})
	sorted := make([]Commune, len(order))
	for i, c := range order {
		sorted[i] = *c
	}
	names := make(map[string]map[string]criteria.Text, len(t.names))
	for set, m := range t.names {
		names[set] = maps.Clone(m)
	}
	return Progress{Communes: sorted, Areas: t.areasSorted(dropped), CriterionNames: names}
}

// cloneYears returns a copy of ys that shares no memory with it: each
// year's criteria are copied too, into one array of which each year's
// slice is a capped window, so that appending to one year's criteria
// never reaches another's.
func cloneYears(ys []Year) []Year {
	if ys == nil {
		return nil
	}
	out := slices.Clone(ys)
	n := 0
	for _, y := range ys {
		n += len(y.Criteria)
	}
	all := make([]Criterion, 0, n)
	for i, y := range ys {
		if y.Criteria == nil {
			continue
		}
		start := len(all)
		all = append(all, y.Criteria...)
		out[i].Criteria = all[start:len(all):len(all)]
	}
	return out
}

// regressed returns the codes of the criteria met in prev and not met in
// cur, in cur's order.
func regressed(prev, cur []Criterion) []string {
	var lost []string
	for _, c := range cur {
		if c.Status != evaluate.StatusNotMet {
			continue
		}
		for _, p := range prev {
			if p.Code == c.Code && p.Status == evaluate.StatusMet {
				lost = append(lost, c.Code)
				break
			}
		}
	}
	return lost
}

// tally counts r in its areas (all communes, its province, its district).
func (t *Tracker) tally(r *evaluate.Report) {
	// A district's province is shown as its province's area shows it.
	province := r.Commune.Province
	for _, k := range areaKeysOf(r.Set, r.Commune, r.Year) {
		ai, ok := t.areaIndex[k]
		if !ok {
			ai = len(t.areas)
			t.areaIndex[k] = ai
			a := Area{Scope: k.scope, Set: r.Set, Content: r.Content, TableEntered: r.TableEntered()}
			if k.scope != evaluate.ScopeAll {
				a.Province = province
			}
			if k.scope == evaluate.ScopeDistrict {
				a.District = placekey.DistrictIn(r.Commune.District, r.Year)
			}
			t.areas = append(t.areas, a)
		}
		a := &t.areas[ai]
		if k.scope == evaluate.ScopeProvince {
			province = a.Province
		}
		yi := slices.IndexFunc(a.Years, func(y AreaYear) bool { return y.Year == r.Year })
		if yi < 0 {
			yi = len(a.Years)
			a.Years = append(a.Years, AreaYear{Year: r.Year, CriteriaTotal: r.CriteriaTotal})
		}
		y := &a.Years[yi]
		y.Communes++
		y.CriteriaMet += r.CriteriaMet
		if r.Status == evaluate.StatusMet {
			y.CommunesMet++
		}
	}
}

// areasSorted returns a copy of the areas with their averages, in order,
// without the years dropped.
func (t *Tracker) areasSorted(dropped []droppedYear) []Area {
	out := make([]Area, len(t.areas))
	for i, a := range t.areas {
		a.Years = slices.Clone(a.Years)
		out[i] = a
	}
	for _, d := range dropped {
		for _, k := range areaKeysOf(d.set, d.commune, d.year.Year) {
			ai, ok := t.areaIndex[k]
			if !ok {
				continue
			}
			a := &out[ai]
			yi := slices.IndexFunc(a.Years, func(x AreaYear) bool { return x.Year == d.year.Year })
			if yi < 0 {
				continue
			}
			y := &a.Years[yi]
			y.Communes--
			y.CriteriaMet -= d.year.CriteriaMet
			if d.year.Status == evaluate.StatusMet {
				y.CommunesMet--
			}
		}
	}
	if t.canonical != nil {
		out = mergeAreas(out, t.canonical)
	}
	// Communes named without a district (under their province directly, as
	// after the 2025 mergers) are counted in their province and make no
	// district.
	out = slices.DeleteFunc(out, func(a Area) bool {
		return a.Scope == evaluate.ScopeDistrict && placekey.District(a.District) == ""
	})
	for i, a := range out {
		slices.SortFunc(a.Years, func(x, y AreaYear) int { return cmp.Compare(x.Year, y.Year) })
		for yi := range a.Years {
			y := &a.Years[yi]
			y.AverageCriteria = decimal.New(int64(y.CriteriaMet), 0).DivRound(decimal.New(int64(y.Communes), 0), 2)
		}
		out[i] = a
	}
	setOrder := t.setOrder
	// Districts, then provinces, then all communes: the narrowest first.
	slices.SortStableFunc(out, func(a, b Area) int {
		return cmp.Or(
			cmp.Compare(setOrder[a.Set], setOrder[b.Set]),
			cmp.Compare(b.Scope, a.Scope),
			compareNames(placekey.Province(a.Province), placekey.Province(b.Province)),
			compareNames(placekey.District(a.District), placekey.District(b.District)),
		)
	})
	return out
}

// droppedYear is a year of a commune, as first named, that another name
// of the commune had already: it is not counted.
type droppedYear struct {
	commune evaluate.Commune
	set     string
	year    Year
}

// mergeCommunes gives each commune of cs (whose years are their own) the
// names canonical gives it (from 2026 its name resolved among its
// province's communes without a district: placenames.Resolve), and makes
// the communes of one key and set one,
// in the order of their first: a year of both is the first's, and the
// other is returned as dropped.
func mergeCommunes(cs []Commune, canonical func(evaluate.Commune) evaluate.Commune) (_ []Commune, dropped []droppedYear) {
	// named is the commune being merged, as first named.
	var named evaluate.Commune
	out, _ := keymerge.Merge(cs, func(c *Commune) seriesKey {
		named = c.Commune
		y := seriesYear(c)
		var id evaluate.Commune
		c.Commune, id = placenames.Resolve(c.Commune, y, canonical)
		return seriesKey{communeKey(id, y), c.Set}
	}, func(m, c *Commune) {
		for _, y := range c.Years {
			if slices.ContainsFunc(m.Years, func(x Year) bool { return x.Year == y.Year }) {
				dropped = append(dropped, droppedYear{named, c.Set, y})
				continue
			}
			m.Years = append(m.Years, y)
		}
	})
	return out, dropped
}

// seriesYear returns a year of c's: every year of one series is of one
// period, with districts or without, or its key is the same in both.
func seriesYear(c *Commune) int {
	if len(c.Years) == 0 {
		return 0
	}
	return c.Years[0].Year
}

// mergeAreas gives each area of as (whose years are their own) the names
// canonical gives it, and makes the areas of one key one, in the order of
// their first, whose names are shown; a district shows its province as
// the province's area does.
func mergeAreas(as []Area, canonical func(evaluate.Commune) evaluate.Commune) []Area {
	out, index := keymerge.Merge(as, func(a *Area) areaKey {
		if a.Scope != evaluate.ScopeAll {
			c := canonical(evaluate.Commune{Province: a.Province, District: a.District})
			a.Province = c.Province
			if a.Scope == evaluate.ScopeDistrict {
				a.District = c.District
			}
		}
		return areaKey{a.Set, a.Scope, placekey.Province(a.Province), placekey.District(a.District)}
	}, func(m, a *Area) {
		for _, y := range a.Years {
			yi := slices.IndexFunc(m.Years, func(x AreaYear) bool { return x.Year == y.Year })
			if yi < 0 {
				m.Years = append(m.Years, y)
				continue
			}
			m.Years[yi].Communes += y.Communes
			m.Years[yi].CommunesMet += y.CommunesMet
			m.Years[yi].CriteriaMet += y.CriteriaMet
		}
	})
	for i := range out {
		if a := &out[i]; a.Scope == evaluate.ScopeDistrict {
			if p, ok := index[areaKey{a.Set, evaluate.ScopeProvince, placekey.Province(a.Province), ""}]; ok {
				a.Province = out[p].Province
			}
		}
	}
	return out
}

// nameKey orders names by their placekey keys: alphabetically ignoring
// diacritics, then by the key so that distinct names never compare equal.
type nameKey struct{ fold, key string }

// keyOfName is the nameKey of a placekey key.
func keyOfName(key string) nameKey { return nameKey{vntext.Fold(key), key} }

func (a nameKey) compare(b nameKey) int {
	return cmp.Or(cmp.Compare(a.fold, b.fold), cmp.Compare(a.key, b.key))
}

// compareNames compares two placekey keys as their nameKeys do.
func compareNames(a, b string) int { return keyOfName(a).compare(keyOfName(b)) }
