package units

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that no place name makes the lookups panic, and that every
// unit found by a name is found again by its own full name.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"Hòa Lạc, Hữu Lũng, Lạng Sơn", "Nhat Tien", "TP.", "Xã", "tp.x, , ,", "Thị trấn Nông Trường Thái Bình", "\u0300\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		p, err := ParsePlace(s)
		if err != nil {
			if p != (Place{}) {
				t.Errorf("%q: %+v beside the error %v", s, p, err)
			}
			return
		}
		for _, u := range Find(p, d("2025-03-01")) {
			again := Find(Place{Name: u.Name, District: u.District, Province: u.Province}, d("2025-03-01"))
			if len(again) != 1 {
				t.Errorf("%q found %s, whose own name finds %d units", s, u, len(again))
			}
		}
		Closest(p, 3)
		Successor(p, d("2025-07-01"))
		_ = Known(p)
	})
}
