package arealabel

import "testing"

func TestTheTotalSaysHowManyProvinces(t *testing.T) {
	for _, tc := range []struct {
		got, want string
	}{
		{Total(1, "vi"), "Tổng cộng (1 tỉnh)"},
		{Total(2, "vi"), "Tổng cộng (2 tỉnh)"},
		{Total(1, "en"), "Total (1 province)"},
		{Total(3, "en"), "Total (3 provinces)"},
		{Provinces(2, "en"), "2 provinces"},
	} {
		if tc.got != tc.want {
			t.Errorf("%q, want %q", tc.got, tc.want)
		}
	}
}
