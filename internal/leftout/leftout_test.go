package leftout_test

import (
	"testing"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/leftout"
)

// TestCount: the count of what was left out names communes and parts of
// the input apart, leaving out a count that is 0, in both languages.
func TestCount(t *testing.T) {
	commune := evaluate.Excluded{Commune: evaluate.Commune{Name: "Minh Sơn"}, Origin: "a.csv:2", Problems: 1}
	part := evaluate.Excluded{Origin: "b.csv:2", Problems: 1}
	for _, tc := range []struct {
		name     string
		excluded []evaluate.Excluded
		vi, en   string
	}{
		{"nothing", nil, "0 xã", "0 communes"},
		{"one commune", []evaluate.Excluded{commune}, "1 xã", "1 commune"},
		{"two communes", []evaluate.Excluded{commune, commune}, "2 xã", "2 communes"},
		{"one part", []evaluate.Excluded{part}, "1 phần số liệu không rõ xã", "1 part of the input (communes unknown)"},
		{"communes and parts", []evaluate.Excluded{commune, part, commune, part},
			"2 xã và 2 phần số liệu không rõ xã", "2 communes and 2 parts of the input (communes unknown)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := leftout.Count(tc.excluded, "vi"); got != tc.vi {
				t.Errorf("vi: %q, want %q", got, tc.vi)
			}
			if got := leftout.Count(tc.excluded, "en"); got != tc.en {
				t.Errorf("en: %q, want %q", got, tc.en)
			}
		})
	}
}
