package htmlreport

import (
	"fmt"
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
// the page and on the notice at 4.5:1 (AA, normal text), each status
// cell's letter on its fill (on both colours of the stripes) at 4.5:1, and
// each cell's border, the not-met fill, bars, lines and grid lines against
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
		{"a mark on a met cell", lookMet.mark, lookMet.fill, 4.5},
		{"a mark on a not-met cell", lookNotMet.mark, lookNotMet.fill, 4.5},
		{"a mark on a missing cell's stripes", lookMissing.mark, colorHatch, 4.5},
		{"a mark between a missing cell's stripes", lookMissing.mark, colorPage, 4.5},
		{"a mark on a not-applicable cell", lookNA.mark, lookNA.fill, 4.5},
		{"a met cell's border on the page", lookMet.border, colorPage, 3},
		{"a not-met cell on the page", lookNotMet.fill, colorPage, 3},
		{"a missing cell's border on the page", lookMissing.border, colorPage, 3},
		{"a not-applicable cell's border on the page", lookNA.border, colorPage, 3},
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

// gray is the grey a colour prints as in black and white (the luma of
// Rec. 601, as pdftoppm -gray and most printers compute it), from 0
// (black) to 255 (white).
func gray(t *testing.T, hex string) float64 {
	t.Helper()
	var r, g, b uint8
	if _, err := fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b); err != nil {
		t.Fatalf("colour %q: %v", hex, err)
	}
	return 0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)
}

// Printed in black and white, the four statuses of the grid look different
// beyond their letters: met is light, not met dark (at least 100 greys
// apart, of 255), missing striped, not applicable white; and no two share
// the style of their border.
func TestStatusesDifferInBlackAndWhite(t *testing.T) {
	met, notMet := gray(t, lookMet.fill), gray(t, lookNotMet.fill)
	if met < 180 || notMet > 100 {
		t.Errorf("met prints %.0f grey, not met %.0f: want met light (≥ 180) and not met dark (≤ 100)", met, notMet)
	}
	if lookMissing.fill != "" {
		t.Errorf("missing is filled with %s, not striped", lookMissing.fill)
	}
	if d := gray(t, colorPage) - gray(t, colorHatch); d < 30 || d > 120 {
		t.Errorf("the stripes of a missing cell print %.0f greys darker than the page: want 30 to 120, to be seen and keep the letter legible", d)
	}
	if lookNA.fill != colorPage {
		t.Errorf("not applicable is filled with %s, not the page's %s", lookNA.fill, colorPage)
	}
	if lookMet.fill == colorPage {
		t.Error("met is filled as the page, as not applicable is")
	}
	looks := []statusLook{lookMet, lookNotMet, lookMissing, lookNA}
	borders := map[string]string{}
	for _, l := range looks {
		if l.css != "solid" && l.dash == "" || l.css == "solid" && l.dash != "" {
			t.Errorf("%s: its border is %s in CSS but has the SVG dashes %q", l.class, l.css, l.dash)
		}
		if l.class == lookNotMet.class {
			continue // drawn by its dark fill
		}
		if other, ok := borders[l.css]; ok {
			t.Errorf("%s and %s have the same %s border", other, l.class, l.css)
		}
		borders[l.css] = l.class
	}
}
