package evaluate

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/coderuns"
	"github.com/nongthonmoi/ntm/internal/numtext"
	"golang.org/x/text/unicode/norm"
)

// RenderOptions configures the renderers of reports and summaries. The zero
// value renders text in Vietnamese.
type RenderOptions struct {
	// Format is "text" (the default), "markdown", "json" or "csv": the
	// renderer [Write] calls.
	Format string
	// Lang is "vi" (the default) or "en": the language of labels and
	// warnings. Wire codes (statuses, operators, region codes) and the
	// Vietnamese legal names do not change with it.
	Lang string
}

func (o RenderOptions) en() bool { return o.Lang == "en" }

// pick returns vi or en by the options' language.
func (o RenderOptions) pick(vi, en string) string {
	if o.en() {
		return en
	}
	return vi
}

// errWriter remembers the first write error so renderers can write freely
// and report it once.
type errWriter struct {
	w   *bufio.Writer
	err error
}

func newErrWriter(w io.Writer) *errWriter { return &errWriter{w: bufio.NewWriterSize(w, 64<<10)} }

func (e *errWriter) str(s string) {
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

func (e *errWriter) line(parts ...string) {
	for _, p := range parts {
		e.str(p)
	}
	e.str("\n")
}

func (e *errWriter) flush() error {
	if e.err != nil {
		return e.err
	}
	return e.w.Flush()
}

// width is the display width of s: its number of characters in NFC, so
// that a name typed in NFD aligns like one typed in NFC.
func width(s string) int {
	if norm.NFC.IsNormalString(s) {
		return utf8.RuneCountInString(s)
	}
	return utf8.RuneCountInString(norm.NFC.String(s))
}

// table aligns rows of cells in columns separated by two spaces; lines
// that are not rows (headings) pass through unchanged and do not count
// for the widths.
type table struct {
	lines []tableLine
	cols  int
}

type tableLine struct {
	text  string   // a line printed as is, when cells is nil
	cells []string // a row
}

func (t *table) row(cells ...string) {
	t.lines = append(t.lines, tableLine{cells: cells})
	t.cols = max(t.cols, len(cells))
}

func (t *table) text(s string) { t.lines = append(t.lines, tableLine{text: s}) }

func (t *table) write(e *errWriter, indent string) {
	widths := make([]int, t.cols)
	for _, l := range t.lines {
		for i, c := range l.cells {
			widths[i] = max(widths[i], width(c))
		}
	}
	var b strings.Builder
	for _, l := range t.lines {
		if l.cells == nil {
			e.line(l.text)
			continue
		}
		b.Reset()
		b.WriteString(indent)
		for i, c := range l.cells {
			if i > 0 {
				b.WriteString("  ")
			}
			b.WriteString(c)
			if i < len(l.cells)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-width(c)))
			}
		}
		e.line(strings.TrimRight(b.String(), " "))
	}
}

// statusLabel returns the status for display.
func (o RenderOptions) statusLabel(s Status) string {
	l := s.Label()
	if o.en() {
		return l.EN
	}
	return l.VI
}

// num writes a number ("96.5", as the machine formats write it) for the
// options' language: "96,5" in Vietnamese ([numtext.Decimal]).
func (o RenderOptions) num(s string) string { return numtext.Decimal(s, o.Lang) }

// actualCell is the actual value for the text and Markdown tables, in the
// unit of the indicator's target as the set's data gives it, written as
// the target is ([Target.In]): "66,67% (2/3 trường)", "36,8 triệu
// đồng/người/năm", "2 nhà"; "66.67% (2/3 trường)", "36.8 triệu
// đồng/người/năm" in English.
func (o RenderOptions) actualCell(ind *IndicatorResult) string {
	v := ind.Value()
	t := ind.Target()
	switch v.Kind {
	case ValueBool:
		switch {
		case t.Op == criteria.OpNone && v.Bool:
			return o.pick("có", "present")
		case t.Op == criteria.OpNone:
			return o.pick("không có", "none")
		case v.Bool:
			return o.pick("đạt", "yes")
		}
		return o.pick("chưa đạt", "no")
	case ValueNotApplicable:
		return o.pick("không áp dụng", "n/a")
	}
	s, ok := v.Actual()
	if !ok {
		return "—"
	}
	s = o.num(s)
	if v.Kind == ValueShare {
		s += "% (" + o.num(numberText(v.Numerator)) + "/" + o.num(numberText(v.Denominator))
		if v.Unit != "" {
			s += " " + v.Unit
		}
		s += ")"
	} else {
		s = numtext.WithUnit(s, t.Unit)
	}
	return s
}

// targetCell is the target for the text and Markdown tables.
func (o RenderOptions) targetCell(ind *IndicatorResult) string {
	t := ind.Target()
	return targetText(t.Op, t.Value, t.Unit, o.Lang, o.Lang)
}

// gapCell is the gap for the text and Markdown tables: "thiếu 3,34 điểm phần trăm
// (+1 trường)", "3.34 pp short (+1 trường)".
func (o RenderOptions) gapCell(ind *IndicatorResult) string {
	g, ok := ind.Gap()
	if !ok {
		return ""
	}
	return g.Text(ind.Target(), o.Lang)
}

// provenanceCell is the provenance mark of the target that applied.
func provenanceCell(ind *IndicatorResult) string {
	t := ind.Target()
	p := t.Provenance
	if p < criteria.C2 || p > criteria.M {
		return ""
	}
	s := p.String()
	if t.YearFallback {
		s += "*"
	}
	return s
}

// warningLines returns the warnings of a report as the text and Markdown
// reports list them, in the order a reader acts on them: first that the
// set's content awaits the official text (why the result is provisional),
// then the problems of the commune's figures and of what they were judged
// against (a value not judged, an indicator the set lacks, a percentage
// typed as a fraction, no region or group, a name not among the units, a
// year outside the set's period, …), then the notes on what the result
// rests on: an estimate from former communes, a target of a later year,
// and, one line per mark (M, then C1), how many indicators a target of
// that provenance decided and which ([provenanceLine]).
func warningLines(r *Report, o RenderOptions) []string {
	var first, act, notes []string
	byProv := map[criteria.Provenance]map[string]bool{}
	for w := range r.warnings {
		switch w.Kind {
		case WarnPendingContent:
			first = append(first, w.Text(o.Lang))
		case WarnProvenance:
			p := w.provenance()
			if byProv[p] == nil {
				byProv[p] = map[string]bool{}
			}
			byProv[p][w.Indicator] = true
		case WarnEstimate, WarnYearFallback:
			notes = append(notes, w.Text(o.Lang))
		default:
			act = append(act, w.Text(o.Lang))
		}
	}
	lines := append(append(first, act...), notes...)
	for _, p := range []criteria.Provenance{criteria.M, criteria.C1} {
		if len(byProv[p]) > 0 {
			lines = append(lines, provenanceLine(r, p, byProv[p], o))
		}
	}
	return lines
}

// provenanceLine says how many indicators a target of provenance p
// decided, and which, in the set's order: "mục tiêu có độ tin cậy C1 (chỉ
// có một nguồn công khai) là căn cứ đánh giá 35 chỉ tiêu: 1.1, 1.2,
// 2.1–2.4, …" (runs of three or more written first–last, as
// [coderuns.Join] writes them). The table's column Tin cậy gives each
// target's mark.
func provenanceLine(r *Report, p criteria.Provenance, decided map[string]bool, o RenderOptions) string {
	n := len(decided)
	list := coderuns.Join(r.indicatorCodes(), decided)
	d := p.Describe()
	if o.en() {
		what := itoa(n) + " indicators"
		if n == 1 {
			what = "1 indicator"
		}
		return "targets of provenance " + p.String() + " (" + d.EN + ") decided " + what + ": " + list
	}
	return "mức đạt chuẩn có độ tin cậy " + p.String() + " (" + d.VI + ") là căn cứ đánh giá " + itoa(n) + " chỉ tiêu: " + list
}

// indicatorCodes is the codes of the report's indicators, criterion by
// criterion, as [coderuns.Join] takes them.
func (r *Report) indicatorCodes() [][]string {
	out := make([][]string, len(r.Criteria))
	for ci := range r.Criteria {
		inds := r.Criteria[ci].Indicators
		out[ci] = make([]string, len(inds))
		for ii := range inds {
			out[ci][ii] = inds[ii].Code()
		}
	}
	return out
}

// prerequisiteText describes a prerequisite for text and Markdown.
func (o RenderOptions) prerequisiteText(p *Prerequisite) string {
	s := p.Set + o.pendingMark(p.Content) + " — " + o.statusLabel(p.Status)
	switch {
	case p.basis() == BasisEvaluated:
		if p.Origin != "" {
			s += o.pick(" (theo kết quả đánh giá số liệu ở ", " (evaluated from the assessment at ") + p.Origin + ")"
		} else {
			s += o.pick(" (theo đánh giá cùng số liệu)", " (evaluated from the same assessment)")
		}
	case p.Status != StatusMissing:
		switch {
		case p.Decision == "" && p.Year != 0:
			s += o.pick(" (theo quyết định công nhận năm ", " (by recognition of ") + itoa(p.Year) + ")"
		case p.Decision == "":
			s += o.pick(" (theo quyết định công nhận)", " (by recognition)")
		default:
			s += o.pick(" (theo quyết định công nhận ", " (by recognition ") + p.Decision
			if p.Year != 0 {
				s += o.pick(", năm ", ", ") + itoa(p.Year)
			}
			s += ")"
		}
	default:
		// Missing: basis "recognition", for want of the record.
		s += o.pick(" (không có số liệu đánh giá hay quyết định công nhận)", " (no evaluation or recognition found)")
	}
	return s
}

// pendingMark is " (chờ văn bản chính thức)" (" (pending the official
// text)") for a set whose content awaits the official text, "" otherwise:
// the qualifier every output puts beside such a set where it names it.
func (o RenderOptions) pendingMark(c criteria.Content) string {
	if !c.Pending() {
		return ""
	}
	return " (" + c.Name().In(o.Lang) + ")"
}

// provisionalMark qualifies the result of a report that rests on content
// awaiting the official text, its set's or that of the prerequisite
// evaluated with it: " (tạm tính: chờ văn bản chính thức)" ("
// (provisional: pending the official text)"); "" otherwise.
func (o RenderOptions) provisionalMark(r *Report) string {
	c := r.Content
	if p := r.Prerequisite; !c.Pending() && p != nil {
		c = p.Content
	}
	if !c.Pending() {
		return ""
	}
	return o.pick(" (tạm tính: ", " (provisional: ") + c.Name().In(o.Lang) + ")"
}

// metLine is the closing line of a report: "Đạt 17/19 tiêu chí".
func (o RenderOptions) metLine(r *Report) string {
	n := itoa(r.CriteriaMet) + "/" + itoa(r.CriteriaTotal)
	return o.pick("Đạt "+n+" tiêu chí", "Met "+n+" criteria")
}

func regionText(r criteria.Region, o RenderOptions) string {
	if !r.Valid() {
		return "—"
	}
	return r.String() + " (" + r.Name().In(o.Lang) + ")"
}
