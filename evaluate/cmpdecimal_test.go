package evaluate

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestCmpDecimalIsCmpExact: cmpDecimal and cmpExact order every pair as
// Decimal.Cmp does (coefficients within and beyond int64, exponents near
// and far apart, either sign, zero), and cmpDecimal compares numbers that
// fit machine integers without allocating.
func TestCmpDecimalIsCmpExact(t *testing.T) {
	var ds []decimal.Decimal
	for _, s := range []string{"0", "1", "-1", "96.5", "100", "-100", "37", "40", "0.001",
		"99999999999999999999", "-99999999999999999999", "1e40", "1e-40", "-1e-40", "123456789012345678.9"} {
		ds = append(ds, decimal.RequireFromString(s))
	}
	ds = append(ds, decimal.Decimal{}, decimal.New(10, -1), decimal.New(1, 38), decimal.New(-5, -39))
	for _, a := range ds {
		for _, b := range ds {
			want := a.Cmp(b)
			if got := cmpDecimal(a, b); got != want {
				t.Errorf("cmpDecimal(%s, %s) = %d, want %d", a, b, got, want)
			}
			if got := cmpExact(a, b); got != want {
				t.Errorf("cmpExact(%s, %s) = %d, want %d", a, b, got, want)
			}
		}
	}
	a := decimal.RequireFromString("96.5")
	if n := testing.AllocsPerRun(100, func() { cmpDecimal(a, percentMax) }); n != 0 {
		t.Errorf("cmpDecimal(96.5, 100) made %v allocations, want 0", n)
	}
}
