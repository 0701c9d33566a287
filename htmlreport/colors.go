package htmlreport

import (
	"fmt"
	"math"
	"strings"
)

// The palette. The text colours sit on the page's white. Contrast ratios
// (WCAG 2.x) are checked by the tests: text at least 4.5:1 (AA), a status
// cell's fill or border, bars and lines against the page at least 3:1
// (non-text contrast).
const (
	colorPage    = "#ffffff"
	colorText    = "#1a1a1a"
	colorMuted   = "#555555"
	colorGrid    = "#767676" // axis and grid lines
	colorBar     = "#1f5fa8"
	colorLine    = "#1f5fa8"
	colorOnFill  = "#ffffff" // text drawn on the not-met fill
	colorMet     = "#1e6b34" // the met cell's border and letter
	colorMetFill = "#d3ecd9"
	colorNotMet  = "#b3261e" // the not-met cell's fill and border
	colorMissing = "#6e4400" // the missing cell's border and letter
	colorHatch   = "#e6c38f" // the missing cell's stripes, on the page's white
	colorNA      = "#5f6368" // the not-applicable cell's border and letter
	colorNotice  = "#7a4b00" // the illustrative-data notice, on colorNoticeBg
	colorNoticeB = "#fff4e0"
)

// statusLook is how a status is drawn in the grid and its legend. The four
// looks differ in black and white as well as in colour, beyond their
// letters: met is a light fill inside a solid dark border, not met a dark
// fill, missing stripes inside a dashed border, not applicable the page's
// white inside a dotted border.
type statusLook struct {
	class  string // the legend swatch's class
	fill   string // "" for the stripes of colorHatch on the page
	border string
	dash   string // the border's SVG stroke-dasharray, "" when solid
	css    string // the border's CSS style: solid, dashed or dotted
	mark   string // the letter's colour
}

var (
	lookMet     = statusLook{"met", colorMetFill, colorMet, "", "solid", colorMet}
	lookNotMet  = statusLook{"not-met", colorNotMet, colorNotMet, "", "solid", colorOnFill}
	lookMissing = statusLook{"missing", "", colorMissing, "3 2", "dashed", colorMissing}
	lookNA      = statusLook{"na", colorPage, colorNA, "1 2", "dotted", colorNA}
)

// swatchStyle is the style sheet's rules for the legend's swatches, drawn
// as the grid's cells.
func swatchStyle() string {
	var b strings.Builder
	for _, l := range []statusLook{lookMet, lookNotMet, lookMissing, lookNA} {
		bg := l.fill
		if bg == "" {
			bg = hatchCSS
		}
		fmt.Fprintf(&b, "span.swatch.%s { background: %s; color: %s; border: 2px %s %s; }\n", l.class, bg, l.mark, l.css, l.border)
	}
	return b.String()
}

// hatchCSS draws the missing cell's stripes in CSS, as hatchPattern in SVG.
const hatchCSS = "repeating-linear-gradient(45deg, " + colorPage + " 0 3px, " + colorHatch + " 3px 6px)"

// hatchPattern is the SVG pattern of the missing cell's stripes, with id.
func hatchPattern(id string) string {
	return fmt.Sprintf(`<defs><pattern id="%s" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`+
		`<rect width="6" height="6" fill="%s"/><rect width="3" height="6" fill="%s"/></pattern></defs>`, id, colorPage, colorHatch)
}

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
