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

// TestUnknownUnitAsFind: a commune's name gets the unknown-unit warning
// exactly when units.Find finds no unit of its province by that name, in
// any period (the same variants).
func TestUnknownUnitAsFind(t *testing.T) {
	for _, v := range unitnametest.Variants() {
		want := len(units.Find(units.Place{Name: v.Name, Province: unitnametest.Province}, time.Time{})) == 0
		w := checkUnit(Commune{Name: v.Name, Province: unitnametest.Province}, v.Day.Year())
		if got := w.kind == WarnUnknownUnit; got != want {
			t.Errorf("%s: %q warned of as unknown: %v, want %v", v.Why, v.Name, got, want)
		}
	}
}
