package plan

import "testing"

// TestStopCommune: a route stop names a commune when its kind is written,
// after the committee's name in any spelling, and keeps the kind; other
// stops name none.
func TestStopCommune(t *testing.T) {
	for _, tc := range []struct {
		place, want string
		ok          bool
	}{
		{"xã Hòa Lạc", "xã Hòa Lạc", true},
		{"UBND xã Hòa Lạc", "xã Hòa Lạc", true},
		{"Ủy ban nhân dân xã Hòa Lạc", "xã Hòa Lạc", true},
		{"Uỷ ban nhân dân xã Hòa Lạc", "xã Hòa Lạc", true},
		{"Uy ban nhan dan xa Hoa Lac", "xa Hoa Lac", true},
		{"UBND thị trấn Hữu Lũng", "thị trấn Hữu Lũng", true},
		{"UBND huyện Hữu Lũng", "", false},
		{"Hội trường", "", false},
		{"xã", "", false},
	} {
		if got, ok := stopCommune(tc.place); got != tc.want || ok != tc.ok {
			t.Errorf("stopCommune(%q) = %q, %v; want %q, %v", tc.place, got, ok, tc.want, tc.ok)
		}
	}
}
