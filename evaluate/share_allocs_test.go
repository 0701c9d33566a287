package evaluate

import (
	"fmt"

	"github.com/nongthonmoi/ntm/criteria"
	"strings"
	"testing"
)

// TestSharesAreReadWithoutTextForProblems: a share read from JSON costs
// the allocations of its numbers and unit, not those of the text a
// problem of the share would quote, which is made only for a problem.
func TestSharesAreReadWithoutTextForProblems(t *testing.T) {
	var percentCodes []string
	doc := func(shares int) string {
		var b strings.Builder
		b.WriteString(`{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {`)
		for i, code := range percentCodes[:shares] {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, `%q: {"numerator": %d, "denominator": 40, "unit": "hộ"}`, code, 30+i)
		}
		b.WriteString("}}}")
		return b.String()
	}
	allocs := func(shares int) float64 {
		in := doc(shares)
		return testing.AllocsPerRun(50, func() {
			if _, err := DecodeJSON(strings.NewReader(in), "a.json", nil); err != nil {
				t.Fatal(err)
			}
		})
	}
	for _, ind := range criteria.QD1980().Indicators() {
		if ind.Unit == "%" && ind.Op == criteria.OpGE {
			percentCodes = append(percentCodes, ind.Code)
		}
	}
	if len(percentCodes) < 10 {
		t.Fatalf("1980/QĐ-TTg has %d percentage indicators, want 10 or more", len(percentCodes))
	}
	one, ten := allocs(1), allocs(10)
	if per := (ten - one) / 9; per > 12 {
		t.Errorf("%.1f allocations per share read (1 share: %.0f, 10: %.0f), want at most 12 (the numbers, the unit and the value; no text for a problem)", per, one, ten)
	}
}
