package statuslabel

import "testing"

func TestStatus(t *testing.T) {
	for _, tc := range []struct {
		label       string
		provisional bool
		lang, want  string
	}{
		{"Đạt", false, "vi", "Đạt"},
		{"Đạt", true, "vi", "Đạt (tạm tính: chờ văn bản chính thức)"},
		{"Not met", true, "en", "Not met (provisional: pending the official text)"},
	} {
		if got := Status(tc.label, tc.provisional, tc.lang); got != tc.want {
			t.Errorf("Status(%q, %v, %q) = %q, want %q", tc.label, tc.provisional, tc.lang, got, tc.want)
		}
	}
}

func TestOfWhichProvisional(t *testing.T) {
	for _, tc := range []struct {
		n          int
		lang, want string
	}{
		{0, "vi", ""},
		{1, "vi", ", trong đó 1 tạm tính"},
		{2, "en", ", of which 2 provisional"},
	} {
		if got := OfWhichProvisional(tc.n, tc.lang); got != tc.want {
			t.Errorf("OfWhichProvisional(%d, %q) = %q, want %q", tc.n, tc.lang, got, tc.want)
		}
	}
}
