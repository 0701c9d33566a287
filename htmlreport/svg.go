package htmlreport

import (
	"fmt"
	"html/template"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Charts are written as SVG directly: each is a handful of rectangles,
// lines and text labels, with sizes computed exactly (decimal) from the
// figures, so the document needs no script and no plotting library.

// svgBuilder accumulates the elements of one SVG chart.
type svgBuilder struct {
	b strings.Builder
}

func (s *svgBuilder) open(id, title string, width, height int) {
	fmt.Fprintf(&s.b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="%s" role="img" aria-labelledby="%s-t" width="%d" height="%d" viewBox="0 0 %d %d">`,
		esc(id), esc(id), width, height, width, height)
	fmt.Fprintf(&s.b, `<title id="%s-t">%s</title>`, esc(id), esc(title))
}

func (s *svgBuilder) rect(x, y, w, h, fill string) {
	fmt.Fprintf(&s.b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`, x, y, w, h, fill)
}

// text writes a label; anchor is start, middle or end.
func (s *svgBuilder) text(x, y, anchor, class, fill, label string) {
	fmt.Fprintf(&s.b, `<text x="%s" y="%s" text-anchor="%s" class="%s" fill="%s">%s</text>`, x, y, anchor, class, fill, esc(label))
}

func (s *svgBuilder) line(x1, y1, x2, y2, stroke string) {
	fmt.Fprintf(&s.b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="1"/>`, x1, y1, x2, y2, stroke)
}

func (s *svgBuilder) html() template.HTML {
	s.b.WriteString("</svg>")
	return template.HTML(s.b.String())
}

func esc(s string) string { return template.HTMLEscapeString(s) }

func px(i int) string { return fmt.Sprint(i) }

// scale returns v / max × length as a pixel coordinate with one decimal,
// computed exactly; 0 when max is not positive.
func scale(v, max decimal.Decimal, length int) decimal.Decimal {
	if max.Sign() <= 0 || v.Sign() <= 0 {
		return decimal.Zero
	}
	if v.GreaterThan(max) {
		v = max
	}
	return v.Mul(decimal.New(int64(length), 0)).DivRound(max, 1)
}

// labelWidth is a generous width in pixels for a label of s at about 12px.
func labelWidth(s string) int { return 7*utf8.RuneCountInString(s) + 12 }

// fit returns label, or, when it is wider than w pixels (labelWidth), its
// beginning followed by "…" that is not: a label longer than a chart's
// label column is drawn outside the chart, cut at the page's edge. The
// table beside the chart has the full name.
func fit(label string, w int) string {
	if labelWidth(label) <= w {
		return label
	}
	r := []rune(label)
	return strings.TrimSpace(string(r[:max2(0, (w-12)/7-1)])) + "…"
}

// bar is one bar of a bar chart.
type bar struct {
	label string
	value decimal.Decimal
	text  string // the value as shown at the end of the bar
	note  string // shown after the value ("3/20 xã đạt chuẩn")
}

// barChart draws horizontal bars on a scale from 0 to max, one row per bar,
// each with its label on the left and its value (and note) on the right;
// the axis has ticks from 0 and is labelled with unit.
func barChart(id, title string, bars []bar, max decimal.Decimal, unit string) template.HTML {
	const rowH, barH, top, width = 24, 16, 8, 680
	labelW := 80
	noteW := 40
	for _, b := range bars {
		labelW = min(max2(labelW, labelWidth(b.label)), 240)
		noteW = min(max2(noteW, labelWidth(b.text+"  "+b.note)), 240)
	}
	area := width - labelW - noteW - 8
	height := top + rowH*len(bars) + 40
	var s svgBuilder
	s.open(id, title, width, height)
	x0 := labelW
	axisY := top + rowH*len(bars)
	for _, t := range ticks(max, area) {
		x := t.at.Add(decimal.New(int64(x0), 0)).String()
		s.line(x, px(axisY), x, px(axisY+4), colorGrid)
		s.text(x, px(axisY+16), "middle", "tick", colorText, t.label)
	}
	for i, b := range bars {
		y := top + i*rowH
		s.text(px(x0-6), px(y+barH-3), "end", "label", colorText, fit(b.label, labelW))
		w := scale(b.value, max, area)
		s.rect(px(x0), px(y), w.String(), px(barH), colorBar)
		s.text(w.Add(decimal.New(int64(x0+6), 0)).String(), px(y+barH-3), "start", "value", colorText, strings.TrimSpace(b.text+"  "+b.note))
	}
	s.line(px(x0), px(top-4), px(x0), px(axisY), colorGrid)
	s.line(px(x0), px(axisY), px(x0+area), px(axisY), colorGrid)
	s.text(px(x0+area/2), px(axisY+32), "middle", "axis", colorText, unit)
	return s.html()
}

// tick is a mark of a scale: its label and its distance from 0 in pixels.
type tick struct {
	label string
	at    decimal.Decimal
}

// ticks returns the marks of a scale from 0 to max drawn over length
// pixels (each drawn as a short mark on the axis): 0, each multiple of a round step (1, 2 or 5 criteria) and max
// itself; a multiple closer than 14 pixels to max is left out so that
// labels do not overlap.
func ticks(max decimal.Decimal, length int) []tick {
	out := []tick{{"0", decimal.Zero}}
	if max.Sign() <= 0 {
		return out
	}
	step := decimal.New(5, 0)
	if max.LessThanOrEqual(decimal.New(5, 0)) {
		step = decimal.New(1, 0)
	} else if max.LessThanOrEqual(decimal.New(10, 0)) {
		step = decimal.New(2, 0)
	}
	end := scale(max, max, length)
	for v := step; v.LessThan(max); v = v.Add(step) {
		if at := scale(v, max, length); end.Sub(at).GreaterThanOrEqual(decimal.New(14, 0)) {
			out = append(out, tick{v.String(), at})
		}
	}
	return append(out, tick{max.String(), end})
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// point is one point of a line chart.
type point struct {
	slot  int    // the year's place on the axis, from 0
	x     string // the year
	value decimal.Decimal
	text  string
}

// Years on a line chart stand at least yearStep pixels apart, so that
// neither two years nor two values ("14,00", 5 characters of about 6.5 px)
// overlap, up to the years a chart as wide as a printed page (maxChartWidth)
// holds: 14.
const (
	yearStep      = 44
	maxChartWidth = 680
)

// lineChart draws one small chart of values over the years on a scale
// from 0 to hi, each point labelled with its value and its year, placed at
// its slot of slots along the axis: 240 px wide, wider when the years need
// it (yearStep). The vertical axis has ticks from 0 and is labelled with
// unit, so that a rise of one criterion looks like one.
func lineChart(id, title string, points []point, slots int, hi decimal.Decimal, unit string) template.HTML {
	const height, left, right, top, bottom, pad = 180, 40, 16, 36, 24, 26
	width := min(max2(240, left+right+2*pad+(slots-1)*yearStep), maxChartWidth)
	plotW, plotH := width-left-right, height-top-bottom
	var s svgBuilder
	s.open(id, title, width, height)
	s.text(px(width/2), "14", "middle", "label", colorText, fit(title, width))
	base := decimal.New(int64(top+plotH), 0)
	for _, t := range ticks(hi, plotH) {
		y := base.Sub(t.at)
		s.line(px(left-4), y.String(), px(left), y.String(), colorGrid)
		s.text(px(left-4), y.Add(decimal.New(4, 0)).String(), "end", "tick", colorText, t.label)
	}
	s.line(px(left), px(top+plotH), px(left+plotW), px(top+plotH), colorGrid)
	s.line(px(left), px(top), px(left), px(top+plotH), colorGrid)
	fmt.Fprintf(&s.b, `<text x="12" y="%d" text-anchor="middle" class="axis" fill="%s" transform="rotate(-90 12 %d)">%s</text>`,
		top+plotH/2, colorText, top+plotH/2, esc(unit))
	xs := make([]int, len(points))
	for i, p := range points {
		xs[i] = left + plotW/2
		if slots > 1 {
			xs[i] = left + pad + p.slot*(plotW-2*pad)/(slots-1)
		}
	}
	var path strings.Builder
	ys := make([]decimal.Decimal, len(points))
	for i, p := range points {
		ys[i] = base.Sub(scale(p.value, hi, plotH))
		if i == 0 {
			path.WriteString("M")
		} else {
			path.WriteString(" L")
		}
		fmt.Fprintf(&path, "%d %s", xs[i], ys[i])
	}
	fmt.Fprintf(&s.b, `<path d="%s" fill="none" stroke="%s" stroke-width="2"/>`, path.String(), colorLine)
	for i, p := range points {
		fmt.Fprintf(&s.b, `<circle cx="%d" cy="%s" r="3" fill="%s"/>`, xs[i], ys[i], colorLine)
		s.text(px(xs[i]), ys[i].Sub(decimal.New(7, 0)).String(), "middle", "value", colorText, p.text)
		s.text(px(xs[i]), px(top+plotH+16), "middle", "tick", colorText, p.x)
	}
	return s.html()
}

// cell is one cell of the status grid.
type cell struct {
	look        statusLook
	mark, title string
}

// gridRowsPerChart is the most communes one grid chart holds. A chart of
// that many rows (18 px each, 26 px of column labels and margin: 890 px)
// fits with its heading on an A4 portrait page, 269 mm (1,017 px) between
// the margins: printed, no chart is cut across pages, and the criteria
// codes head every page of a district's grid.
const gridRowsPerChart = 48

// gridCharts draws communes (rows) × criteria (columns), each cell drawn
// by status ([statusLook]) and marked with a letter, so that it reads in
// black and white,
// as charts of at most gridRowsPerChart rows of equal share, each with the
// column labels at its top and the same label width. The first chart has
// id and title; each next one id-2, id-3… and title followed by more.
func gridCharts(id, title, more string, columns, rows []string, cells [][]cell) []template.HTML {
	labelW := 80
	for _, r := range rows {
		labelW = min(max2(labelW, labelWidth(r)), 260)
	}
	charts := max2(1, (len(rows)+gridRowsPerChart-1)/gridRowsPerChart)
	per := (len(rows) + charts - 1) / charts
	var out []template.HTML
	for k := 0; k*per < len(rows) || k == 0; k++ {
		end := min((k+1)*per, len(rows))
		cid, ctitle := id, title
		if k > 0 {
			cid, ctitle = fmt.Sprintf("%s-%d", id, k+1), title+" "+more
		}
		out = append(out, gridChart(cid, ctitle, labelW, columns, rows[k*per:end], cells[k*per:end]))
	}
	return out
}

// gridChart draws one chart of gridCharts, its labels labelW pixels wide.
func gridChart(id, title string, labelW int, columns, rows []string, cells [][]cell) template.HTML {
	const cw, ch, top = 24, 18, 22
	width := labelW + cw*len(columns) + 4
	height := top + ch*len(rows) + 4
	var s svgBuilder
	s.open(id, title, width, height)
	hatch := id + "-hatch"
	if slices.ContainsFunc(cells, func(row []cell) bool {
		return slices.ContainsFunc(row, func(c cell) bool { return c.look.fill == "" })
	}) {
		s.b.WriteString(hatchPattern(hatch))
	}
	for j, c := range columns {
		s.text(px(labelW+j*cw+cw/2), px(top-6), "middle", "tick", colorText, c)
	}
	for i, r := range rows {
		y := top + i*ch
		s.text(px(labelW-6), px(y+ch-5), "end", "label", colorText, fit(r, labelW))
		for j, c := range cells[i] {
			x := labelW + j*cw
			fmt.Fprintf(&s.b, `<g><title>%s</title>`, esc(c.title))
			fill := c.look.fill
			if fill == "" {
				fill = "url(#" + hatch + ")"
			}
			fmt.Fprintf(&s.b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s" stroke="%s" stroke-width="1.5"`, x+2, y+2, cw-4, ch-4, fill, c.look.border)
			if c.look.dash != "" {
				fmt.Fprintf(&s.b, ` stroke-dasharray="%s"`, c.look.dash)
			}
			s.b.WriteString("/>")
			s.text(px(x+cw/2), px(y+ch-5), "middle", "mark", c.look.mark, c.mark)
			s.b.WriteString("</g>")
		}
	}
	return s.html()
}
