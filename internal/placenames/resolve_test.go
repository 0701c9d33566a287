package placenames

import (
	"testing"

	"github.com/nongthonmoi/ntm/evaluate"
)

// TestResolve: a commune of 2025 keeps its district in its identity and
// its name is resolved among its district's communes; from 2026 its
// identity is its name and province, its name resolved among its
// province's communes without a district, the district written still
// shown. A name written with diacritics stays as written, even one that
// differs from a known name only in them; the code is kept.
func TestResolve(t *testing.T) {
	n := New()
	n.Add(evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn"}, "a.csv: line 2")
	n.Settle()
	for _, tc := range []struct {
		in        evaluate.Commune
		year      int
		shown, id evaluate.Commune
	}{
		{
			in:    evaluate.Commune{Code: "06112", Name: "Tan Thanh", District: "Huu Lung", Province: "Lang Son"},
			year:  2025,
			shown: evaluate.Commune{Code: "06112", Name: "Tan Thanh", District: "Hữu Lũng", Province: "Lạng Sơn"},
			id:    evaluate.Commune{Code: "06112", Name: "Tan Thanh", District: "Hữu Lũng", Province: "Lạng Sơn"},
		},
		{
			in:    evaluate.Commune{Code: "06112", Name: "Tan Thanh", District: "Huu Lung", Province: "Lang Son"},
			year:  2026,
			shown: evaluate.Commune{Code: "06112", Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"},
			id:    evaluate.Commune{Code: "06112", Name: "Tân Thành", Province: "Lạng Sơn"},
		},
		{
			in:    evaluate.Commune{Name: "Tan Thanh", Province: "Lang Son"},
			year:  2027,
			shown: evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn"},
			id:    evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn"},
		},
		{
			in:    evaluate.Commune{Name: "Tân Thanh", District: "Hữu Lũng", Province: "Lạng Sơn"},
			year:  2026,
			shown: evaluate.Commune{Name: "Tân Thanh", District: "Hữu Lũng", Province: "Lạng Sơn"},
			id:    evaluate.Commune{Name: "Tân Thanh", Province: "Lạng Sơn"},
		},
	} {
		shown, id := Resolve(tc.in, tc.year, n.Canonical)
		if shown != tc.shown || id != tc.id {
			t.Errorf("Resolve(%+v, %d) = %+v, %+v; want %+v, %+v", tc.in, tc.year, shown, id, tc.shown, tc.id)
		}
		if got, want := n.CanonicalIn(tc.in, tc.year), Of(tc.id); got != want {
			t.Errorf("CanonicalIn(%+v, %d) = %+v, want %+v", tc.in, tc.year, got, want)
		}
	}
}
