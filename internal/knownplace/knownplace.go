// Package knownplace tells whether a text names a place that ntm knows:
// a province, or a commune or district of the registry of units. The
// readers use it to tell the font encoding before Unicode (TCVN3, VNI) a
// name was typed in: one that is no known place as written but is one
// decoded.
package knownplace

import (
	"strings"
	"sync"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/units"
	"golang.org/x/text/unicode/norm"
)

// Name reports whether s names a place: a province
// (criteria.LookupProvince), a commune of a province with a registry of
// units, as units.Find finds it (with or without its kind, the tone mark
// placed either way, without diacritics, a spelling of 1672/NQ-UBTVQH15),
// or a district of the registry.
func Name(s string) bool {
	if _, ok := criteria.LookupProvince(s); ok {
		return true
	}
	if len(units.Find(units.Place{Name: s}, time.Time{})) > 0 {
		return true
	}
	return registryDistricts()[strings.ToLower(norm.NFC.String(strings.TrimSpace(s)))]
}

// registryDistricts holds the names, lower-case, of the districts of the
// registry of units, with and without their kind.
var registryDistricts = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range units.Provinces() {
		for _, u := range units.All(p) {
			if u.District != "" {
				d := strings.ToLower(u.District)
				m[d] = true
				for _, kind := range []string{"huyện ", "thị xã ", "thành phố "} {
					if rest, ok := strings.CutPrefix(d, kind); ok {
						m[rest] = true
					}
				}
			}
		}
	}
	return m
})
