package htmlreport

import (
	"fmt"
	"math"
)

// The palette. Each status fill carries white text; the text colours sit on
// the page's white. Contrast ratios (WCAG 2.x) are checked by the tests:
// text at least 4.5:1 (AA), fills against the page at least 3:1 (non-text
// contrast).
const (
	colorPage    = "#ffffff"
	colorText    = "#1a1a1a"
	colorMuted   = "#555555"
	colorGrid    = "#767676" // axis and grid lines
	colorBar     = "#1f5fa8"
	colorLine    = "#1f5fa8"
	colorOnFill  = "#ffffff" // text drawn on a status fill or a bar
	colorMet     = "#1e6b34"
	colorNotMet  = "#b3261e"
	colorMissing = "#8a5300"
	colorNA      = "#5f6368"
	colorNotice  = "#7a4b00" // the illustrative-data notice, on colorNoticeBg
	colorNoticeB = "#fff4e0"
)

// contrast returns the WCAG 2.x contrast ratio of two "#rrggbb" colours,
// from 1 to 21. It is used to check the palette; no legal number or
// measured value goes through it.
func contrast(a, b string) (float64, error) {
	la, err := luminance(a)
	if err != nil {
		return 0, err
	}
	lb, err := luminance(b)
	if err != nil {
		return 0, err
	}
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05), nil
}

// luminance is the relative luminance of an sRGB colour.
func luminance(hex string) (float64, error) {
	var r, g, b uint8
	if len(hex) != 7 {
		return 0, fmt.Errorf("htmlreport: colour %q is not #rrggbb", hex)
	}
	if _, err := fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b); err != nil {
		return 0, fmt.Errorf("htmlreport: colour %q: %w", hex, err)
	}
	lin := func(c uint8) float64 {
		s := float64(c) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b), nil
}
