package htmlreport

import (
	"math"
	"testing"
)

func TestContrastOfKnownPairs(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"#000000", "#ffffff", 21},
		{"#ffffff", "#ffffff", 1},
		{"#767676", "#ffffff", 4.54}, // the lightest grey passing AA on white
	} {
		got, err := contrast(tc.a, tc.b)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(got-tc.want) > 0.01 {
			t.Errorf("contrast(%s, %s) = %.3f, want %.2f", tc.a, tc.b, got, tc.want)
		}
	}
	if _, err := contrast("#12345", "#ffffff"); err == nil {
		t.Error("no error for a malformed colour")
	}
}

// TestPalettePassesWCAGAA checks every pair the document draws: text on
// the page and on the notice at 4.5:1 (AA, normal text), white marks on
// each status fill at 4.5:1, and fills, bars, lines and grid lines against
// the page at 3:1 (non-text contrast).
func TestPalettePassesWCAGAA(t *testing.T) {
	for _, tc := range []struct {
		name     string
		fg, bg   string
		minRatio float64
	}{
		{"body text on the page", colorText, colorPage, 4.5},
		{"muted text on the page", colorMuted, colorPage, 4.5},
		{"the illustrative notice", colorNotice, colorNoticeB, 4.5},
		{"a mark on a met cell", colorOnFill, colorMet, 4.5},
		{"a mark on a not-met cell", colorOnFill, colorNotMet, 4.5},
		{"a mark on a missing cell", colorOnFill, colorMissing, 4.5},
		{"a mark on a not-applicable cell", colorOnFill, colorNA, 4.5},
		{"a met cell on the page", colorMet, colorPage, 3},
		{"a not-met cell on the page", colorNotMet, colorPage, 3},
		{"a missing cell on the page", colorMissing, colorPage, 3},
		{"a not-applicable cell on the page", colorNA, colorPage, 3},
		{"a bar on the page", colorBar, colorPage, 3},
		{"a line on the page", colorLine, colorPage, 3},
		{"axis and grid lines on the page", colorGrid, colorPage, 3},
	} {
		got, err := contrast(tc.fg, tc.bg)
		if err != nil {
			t.Fatal(err)
		}
		if got < tc.minRatio {
			t.Errorf("%s: %s on %s has contrast %.2f:1, want ≥ %.1f:1", tc.name, tc.fg, tc.bg, got, tc.minRatio)
		}
	}
}
