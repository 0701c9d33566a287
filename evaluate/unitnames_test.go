package evaluate

import (
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/internal/unitnametest"
	"github.com/nongthonmoi/ntm/units"
)

// TestKnownPlaceNameAsFind: a cell decoded from a legacy encoding is a
// commune's name exactly when units.Find finds a unit of that name, of any
// period (unitnametest lists the variants: kind prefixes, tone-mark
// placement, no diacritics, aliases).
func TestKnownPlaceNameAsFind(t *testing.T) {
	for _, v := range unitnametest.Variants() {
		want := len(units.Find(units.Place{Name: v.Name}, time.Time{})) > 0
		if got := knownPlaceName(v.Name); got != want {
			t.Errorf("%s: knownPlaceName(%q) = %v, units.Find finds a unit: %v", v.Why, v.Name, got, want)
		}
	}
}
