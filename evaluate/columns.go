package evaluate

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/nongthonmoi/ntm/units"
)

// groupProblem is the problem of an assessment's commune group: a set it
// has values for splits its targets by commune group and the group is
// missing or not one of the set's. typed is the group as written ("Nhóm
// 4" of a.Group "4"), the input a problem of a group not the set's quotes.
func groupProblem(sets *setCache, a *Assessment, typed string) (input string, err error, bad bool) {
	ids := make([]string, 0, len(a.Values)+len(a.Indexed.sets))
	for id := range a.Values {
		ids = append(ids, id)
	}
	for i := range a.Indexed.sets {
		ids = append(ids, a.Indexed.sets[i].set.ID)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	for _, id := range ids {
		si, ok := sets.lookup(id)
		if !ok || si.set.Columns != criteria.ColumnsGroup {
			continue
		}
		if _, ok := si.set.CommuneGroup(a.Group); ok {
			continue
		}
		codes := make([]string, len(si.set.CommuneGroups))
		for i, g := range si.set.CommuneGroups {
			codes[i] = g.Code
		}
		if a.Group == "" {
			return "", problem.Errorf(problem.MissingField, "set %s splits its targets by commune group: name the commune's group (%s)", si.set.ID, strings.Join(codes, ", ")), true
		}
		return typed, problem.Errorf(problem.OutOfRange, "not a commune group of set %s (want %s)", si.set.ID, strings.Join(codes, ", ")), true
	}
	return "", nil, false
}

// needsRegion reports whether the region of a matters: whether a has
// values for a set split by region, or for no set at all. An assessment
// evaluated only against sets split by commune group needs none ("Region
// sets ignore group; group sets ignore region"), so its province may be one
// the 63 of 2016-2025 do not include, or be left out, with no region.
func needsRegion(sets *setCache, a *Assessment) bool {
	named := false
	for id := range a.Values {
		si, ok := sets.lookup(id)
		if !ok {
			continue
		}
		named = true
		if si.set.Columns != criteria.ColumnsGroup {
			return true
		}
	}
	for i := range a.Indexed.sets {
		named = true
		if a.Indexed.sets[i].set.Columns != criteria.ColumnsGroup {
			return true
		}
	}
	return !named
}

// unitsFrom is the first year whose assessments are checked against the
// registry of administrative units: the registry starts on 1/3/2025 (the
// units of earlier years differed).
const unitsFrom = 2025

// formerUnitsFrom is the first year whose assessments are of the units in
// force since 1/7/2025 alone (Nghị quyết (Resolution) 1672/NQ-UBTVQH15): a commune
// abolished then is no unit of such a year, and a district written is no
// part of a commune's identity. An assessment of 2025 may be of either
// period.
const formerUnitsFrom = placekey.NoDistrictsFrom

// unitCheck caches, per commune and year, the warning on its name: the
// closest units when the commune's name is not in its province's registry,
// the unit that succeeded it when it names a unit no longer in force in
// the year; no warning when it is a unit, or when the province has none.
var unitCheck = struct {
	sync.RWMutex
	m map[unitCheckKey]unitWarning
}{m: map[unitCheckKey]unitWarning{}}

type unitCheckKey struct {
	c    Commune
	year int
}

// unitWarning is the warning on a commune's name: Kind WarnUnknownUnit,
// WarnFormerUnit or WarnFormerDistrict with its Key, or none (Kind 0).
type unitWarning struct {
	kind WarningKind
	key  string
	// legacy is the Vietnamese font encoding before Unicode (TCVN3, VNI)
	// the name looks typed in (WarnUnknownUnit; see legacyUnit), and
	// input the name as written; key then names the units it reads as.
	legacy, input string
}

// warning returns w as the warning of a report of set for year.
func (w unitWarning) warning(set string, year int) Warning {
	return Warning{Kind: w.kind, Set: set, Year: year, Key: w.key, legacy: w.legacy, legacyInput: w.input}
}

// unitWarningOf returns the warning on a's commune's name, for assessments
// of a year the registry covers (see unitCheck).
func unitWarningOf(a *Assessment) (unitWarning, bool) {
	if a.Year < unitsFrom || a.Commune.Province == "" || a.Commune.Name == "" {
		return unitWarning{}, false
	}
	k := unitCheckKey{a.Commune, min(a.Year, formerUnitsFrom)}
	k.c.Code = ""
	unitCheck.RLock()
	w, ok := unitCheck.m[k]
	unitCheck.RUnlock()
	if !ok {
		w = checkUnit(k.c, a.Year)
		unitCheck.Lock()
		if len(unitCheck.m) < 1<<16 {
			unitCheck.m[k] = w
		}
		unitCheck.Unlock()
	}
	return w, w.kind != 0
}

// checkUnit returns the warning on the name of c assessed for year.
func checkUnit(c Commune, year int) unitWarning {
	if s := closestUnits(c, year); s != "" {
		if enc, d := legacyUnit(c); enc != "" {
			var names []string
			for _, u := range units.Find(units.Place{Name: d.Name, District: d.District, Province: d.Province}, time.Time{}) {
				if n := u.String(); !slices.Contains(names, n) {
					names = append(names, n)
				}
			}
			return unitWarning{kind: WarnUnknownUnit, key: strings.Join(names, "; "), legacy: enc, input: c.Name}
		}
		return unitWarning{kind: WarnUnknownUnit, key: s}
	}
	if year < formerUnitsFrom || !units.HasRegistry(c.Province) {
		return unitWarning{}
	}
	place := units.Place{Name: c.Name, District: c.District, Province: c.Province}
	jan1 := time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC)
	if len(units.Find(place, jan1)) > 0 {
		return unitWarning{}
	}
	_, succ, err := units.Successor(place, jan1)
	if err != nil {
		return unitWarning{kind: WarnFormerUnit}
	}
	var names []string
	for _, s := range succ {
		if n := s.Successor.String(); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if len(names) == 1 && c.District != "" {
		// The unit in force that bears the name is the one that succeeded
		// the commune of the district written: the district is a leftover.
		now := units.Find(units.Place{Name: c.Name, Province: c.Province}, jan1)
		if len(now) == 1 && now[0].Code == succ[0].Successor.Code && now[0].Name == succ[0].Successor.Name {
			return unitWarning{kind: WarnFormerDistrict, key: names[0]}
		}
	}
	return unitWarning{kind: WarnFormerUnit, key: strings.Join(names, "; ")}
}

// closestUnits returns the units nearest to c's name when it names none of
// its province's, "" otherwise: the units spelled alike but for diacritics,
// when there are some (the Nhật Tiến / Nhất Tiến trap), otherwise the nearest
// three. For a year from formerUnitsFrom the units in force that year (which
// have no district) come alone when there are some of either kind: a commune
// abolished on 1/7/2025 is no answer to a commune of that year when a unit in
// force answers it.
func closestUnits(c Commune, year int) string {
	if !units.HasRegistry(c.Province) {
		return ""
	}
	place := units.Place{Name: c.Name, District: c.District, Province: c.Province}
	if units.Known(place) {
		return ""
	}
	all := units.Closest(place, len(units.All(c.Province)))
	short := vntext.Fold(units.Unit{Name: c.Name}.ShortName())
	var alike, alikeNow, nearNow []units.Unit
	jan1 := time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC)
	for _, u := range all {
		now := year >= formerUnitsFrom && u.InForce(jan1)
		if vntext.Fold(u.ShortName()) == short {
			alike = append(alike, u)
			if now {
				alikeNow = append(alikeNow, u)
			}
		}
		if now && len(nearNow) < 3 {
			nearNow = append(nearNow, u)
		}
	}
	closest := all[:min(3, len(all))]
	switch {
	case len(alikeNow) > 0:
		closest = alikeNow
	case len(alike) > 0:
		closest = alike
	case len(nearNow) > 0:
		closest = nearNow
	}
	var names []string
	for _, u := range closest {
		names = append(names, u.String())
	}
	return strings.Join(names, "; ")
}

// transition returns the recognition, of the set's prerequisite level but
// of an earlier period, that a commune holds when the prerequisite itself is
// neither evaluated nor recognised: a recognition that does not carry over
// (319/QĐ-TTg, điều kiện 1: a commune recognised nâng cao under 2018-2020
// must meet the 2021-2025 nâng cao set in full).
func transition(cat *criteria.Catalog, required string, a *Assessment) (string, bool) {
	req, err := catalogs.Lookup(cat, required)
	if err != nil {
		return "", false
	}
	for _, rec := range a.Recognitions {
		s, err := catalogs.Lookup(cat, rec.Set)
		if err != nil || s.ID == req.ID || s.Level != req.Level || s.Period.To >= req.Period.From {
			continue
		}
		d := s.ID
		if rec.Decision != "" {
			d = rec.Decision + " (" + s.ID + ")"
		}
		return fmt.Sprintf("%s, %d", d, rec.Year), true
	}
	return "", false
}
