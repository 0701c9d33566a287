// Package unitof finds the commune-level administrative unit of package
// units that a commune assessed for a year was, as ntm eval --successors
// and ntm progress take it.
package unitof

import (
	"slices"
	"time"

	"github.com/nongthonmoi/ntm/units"
)

// Of returns the one unit of the registry that the commune (its official
// code, name, district and province) assessed for year was: the unit its
// code names (the name decides between units a reused code names: 06445
// was xã Hòa Sơn, is xã Tân Thành), or without a code its name, among the
// units of that year. A unit that ceased before the year, or was formed by
// a change after it, is not the commune of that year (a 2026 assessment of
// xã Vân Nham is of the unit formed on 1/7/2025, not of the former xã Vân
// Nham); a unit of the registry's first list (1/3/2025) is taken for the
// commune of its name and district in an earlier year, as the registry
// holds no earlier list. It reports false when no unit, or more than one,
// is found.
func Of(code, name, district, province string, year int) (units.Unit, bool) {
	ofYear := func(u units.Unit) bool {
		if !u.To.IsZero() && year > u.To.Year() {
			return false
		}
		// The registry's first list holds units that existed before its
		// date; a unit formed by a change did not.
		return year >= u.From.Year() || len(units.Predecessors(u)) == 0
	}
	place := units.Place{Name: name, District: district, Province: province}
	var found []units.Unit
	if code != "" {
		for _, u := range units.All(province) {
			if u.Code == code && ofYear(u) {
				found = append(found, u)
			}
		}
		if len(found) > 1 {
			named := units.Find(place, time.Time{})
			found = slices.DeleteFunc(found, func(u units.Unit) bool {
				return !slices.ContainsFunc(named, func(n units.Unit) bool { return n.Code == u.Code && n.From.Equal(u.From) })
			})
		}
	} else {
		for _, u := range units.Find(place, time.Time{}) {
			if ofYear(u) {
				found = append(found, u)
			}
		}
	}
	if len(found) != 1 {
		return units.Unit{}, false
	}
	return found[0], true
}
