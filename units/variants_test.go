package units

import (
	"testing"

	"github.com/nongthonmoi/ntm/internal/unitnametest"
)

// TestFindNamesTheVariants pins what Find says of each name of the list
// that every place matching commune names against the registry is tested
// with (package unitnametest).
func TestFindNamesTheVariants(t *testing.T) {
	for _, v := range unitnametest.Variants() {
		u, ok := ByCode(v.Code, v.Day)
		if !ok {
			t.Fatalf("%s: no unit %s on %s", v.Why, v.Code, v.Day.Format("2006-01-02"))
		}
		got := false
		for _, f := range Find(Place{Name: v.Name, Province: unitnametest.Province}, v.Day) {
			got = got || same(f, u)
		}
		if got != v.Names {
			t.Errorf("%s: Find(%q) on %s names %s: %v, want %v", v.Why, v.Name, v.Day.Format("2006-01-02"), u, got, v.Names)
		}
	}
}
