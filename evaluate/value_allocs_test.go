package evaluate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// TestValuesAreReadWithoutAllocating: a value read from JSON (true/false,
// a percentage as a decimal string or as a share) whose literals were read
// before costs no allocation: not its path, which is made only for a
// problem, nor the comparison of a percentage with 100, nor the reading
// of a share's members.
func TestValuesAreReadWithoutAllocating(t *testing.T) {
	if raceDetector {
		t.Skip("the race detector changes the allocations counted")
	}
	var codes []string
	values := map[string]string{}
	for _, ind := range criteria.QD1980().Indicators() {
		switch {
		case ind.Kind == criteria.KindPass:
			values[ind.Code] = "true"
		case ind.Kind == criteria.KindPercent && len(codes)%2 == 0:
			values[ind.Code] = `"96.5"`
		case ind.Kind == criteria.KindPercent:
			values[ind.Code] = `{"numerator": 25, "denominator": 28, "unit": "hộ"}`
		default:
			continue
		}
		codes = append(codes, ind.Code)
	}
	if len(codes) < 21 {
		t.Fatalf("1980/QĐ-TTg has %d pass/fail and percentage indicators, want 21 or more", len(codes))
	}
	doc := func(n int) string {
		var b strings.Builder
		b.WriteString(`{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {`)
		for i, code := range codes[:n] {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q: %s", code, values[code])
		}
		b.WriteString("}}}")
		return b.String()
	}
	// What one more assessment of n values costs, its literals (the
	// codes, the percentage's string) made before in the decoder's array.
	allocs := func(n int) float64 {
		copies := func(k int) float64 {
			in := "[" + strings.Repeat(doc(n)+",\n", k-1) + doc(n) + "]"
			return testing.AllocsPerRun(20, func() {
				if _, err := DecodeJSON(strings.NewReader(in), "a.json", nil); err != nil {
					t.Fatal(err)
				}
			})
		}
		return copies(3) - copies(2)
	}
	one, many := allocs(1), allocs(21)
	if per := (many - one) / 20; per > 0.5 {
		t.Errorf("%.2f allocations per value read (1 value: %.0f, 21: %.0f), want none", per, one, many)
	}
}

// TestCommunePathsAreMadeForProblemsOnly: reading an assessment's commune
// and year makes none of their paths ("[3].commune.name"), which only a
// problem names: the commune's names, read before, cost nothing.
func TestCommunePathsAreMadeForProblemsOnly(t *testing.T) {
	if raceDetector {
		t.Skip("the race detector changes the allocations counted")
	}
	doc := func(commune string) string {
		return `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"` + commune + `}, "year": 2020, "sets": {"1980": {"1.1": true}}}`
	}
	// What one more assessment costs, with and without a code.
	allocs := func(commune string) float64 {
		copies := func(k int) float64 {
			in := "[" + strings.Repeat(doc(commune)+",\n", k-1) + doc(commune) + "]"
			return testing.AllocsPerRun(20, func() {
				if _, err := DecodeJSON(strings.NewReader(in), "a.json", nil); err != nil {
					t.Fatal(err)
				}
			})
		}
		return copies(3) - copies(2)
	}
	without, with := allocs(""), allocs(`, "code": "06445"`)
	if with > without+0.5 {
		t.Errorf("an assessment with the commune's code costs %.1f allocations, without it %.1f: want no more", with, without)
	}
}
