package plan

import (
	"testing"

	"github.com/nongthonmoi/ntm/internal/unitnametest"
	"github.com/nongthonmoi/ntm/units"
)

// TestNamesAnyAsFind: a target's commune name is the name of the unit its
// code names exactly when units.Find says so (unitnametest lists the
// variants: kind prefixes, tone-mark placement, no diacritics, aliases).
func TestNamesAnyAsFind(t *testing.T) {
	for _, v := range unitnametest.Variants() {
		u, ok := units.ByCode(v.Code, v.Day)
		if !ok {
			t.Fatalf("%s: no unit %s", v.Why, v.Code)
		}
		if got := namesAny([]units.Unit{u}, v.Name); got != v.Names {
			t.Errorf("%s: namesAny(%s, %q) = %v, units.Find says %v", v.Why, u, v.Name, got, v.Names)
		}
	}
}
