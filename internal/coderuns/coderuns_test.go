package coderuns

import "testing"

func TestJoin(t *testing.T) {
	set := [][]string{{"1.1", "1.2"}, {"2.1", "2.2", "2.3", "2.4"}, {"3"}, {"4"}, {"5"}, {"6.1", "6.2", "6.3"}, {"7"}}
	chosen := func(codes ...string) map[string]bool {
		m := map[string]bool{}
		for _, c := range codes {
			m[c] = true
		}
		return m
	}
	tests := []struct {
		name   string
		chosen map[string]bool
		want   string
	}{
		{"two in a row are written both", chosen("1.1", "1.2"), "1.1, 1.2"},
		{"three or more in a row are a range", chosen("1.2", "2.1", "2.2", "2.3", "2.4"), "1.2, 2.1–2.4"},
		{"a gap breaks a run", chosen("2.1", "2.2", "2.4"), "2.1, 2.2, 2.4"},
		{"criteria of one indicator each make one run", chosen("3", "4", "5"), "3–5"},
		{"a run of single criteria stops at a criterion of several", chosen("5", "6.1", "6.2", "6.3", "7"), "5, 6.1–6.3, 7"},
		{"a run does not cross from a criterion of several", chosen("2.3", "2.4", "3"), "2.3, 2.4, 3"},
		{"codes not in the set follow, in numeric order", chosen("4", "10.1", "9.9", "17.2", "17.1a"), "4, 9.9, 10.1, 17.1a, 17.2"},
		{"nothing chosen is empty", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Join(set, tt.chosen); got != tt.want {
				t.Errorf("Join = %q, want %q", got, tt.want)
			}
		})
	}
}
