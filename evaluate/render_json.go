package evaluate

import (
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
)

// WriteJSON writes reports in the "Evaluation report, JSON" format of the
// specification: an array with one object per report whose keys are, in
// order, set, commune {name, district, province}, region, year, status,
// criteria_met, criteria_total, criteria [{code, name, status, indicators
// [{code, status, actual, op, target, unit, gap, gap_units, gap_unit}]}],
// prerequisite, warnings; then the added keys title (the set's Vietnamese
// title), content (the set's content as its definition gives it:
// "complete", or "pending-official-text" when its criteria await the
// official text and every result on it is provisional; such a report's
// warnings begin with one saying so) and origin (where the assessment was
// read from, when known).
//
// In an indicator, actual is the value rounded half-up to at most 2
// decimals, "true"/"false" for a pass/fail value (or a none indicator
// reported as present/absent), "n/a" when not applicable, and null when
// missing; target is "true" for pass/fail indicators, "0" for none
// indicators (op "none"), the threshold otherwise, and null when the set has
// no target for the region; gap is null unless the indicator is numeric and
// not met; gap_units and gap_unit appear whenever the value was a share
// with a unit: gap_units is how many units reach the target when the
// indicator is not met, "0" when it is met and null otherwise (no number
// can be said), gap_unit the share's unit.
// After these, each indicator adds provenance ("C2", "C1", "M"), citation,
// and source (the value's source, when given). name is the criterion's
// Vietnamese name. warnings are texts in opt.Lang (one per
// [Warning]); the prerequisite is null or {set, status, basis} with basis
// "evaluated" or "recognition" (also when missing: the recognition that
// would satisfy it is missing), followed by content (the required set's,
// as for the report) when evaluated, by decision and year for a
// recognition that satisfies it, and by origin when the required set's values are
// another assessment's (its origin).
//
// Numbers are written as decimal strings, never through float64. Output is
// deterministic.
func WriteJSON(w io.Writer, reports []Report, opt RenderOptions) error {
	enc := NewJSONEncoder(w, opt)
	for i := range reports {
		enc.Encode(&reports[i])
	}
	return enc.Close()
}

// JSONEncoder writes reports one at a time as the array of [WriteJSON],
// for callers that evaluate many communes and need not keep every report:
// the bytes are the same as WriteJSON's for the same reports.
//
// Encode the reports, then Close to end the array. A JSONEncoder is not safe
// for concurrent use.
type JSONEncoder struct {
	w     io.Writer
	err   error // the first write error
	texts warningTexts
	// b holds the output not yet written: it is written when it reaches
	// jsonChunk bytes, and by Close.
	b []byte
	n int
}

// jsonChunk is how many bytes a JSONEncoder writes at a time (at least).
const jsonChunk = 64 << 10

// jsonEncoderStart is the capacity a JSONEncoder's buffer starts with: the
// buffer grows to what the reports need (above jsonChunk with many), so
// that an encoder of a few reports (an HTTP answer) does not allocate a
// chunk's worth.
const jsonEncoderStart = 8 << 10

// NewJSONEncoder returns an encoder writing to w (buffered: Close flushes).
func NewJSONEncoder(w io.Writer, opt RenderOptions) *JSONEncoder {
	return newJSONEncoder(w, opt, make([]byte, 0, jsonEncoderStart))
}

// newJSONEncoder is NewJSONEncoder encoding into buf, taken empty.
func newJSONEncoder(w io.Writer, opt RenderOptions, buf []byte) *JSONEncoder {
	return &JSONEncoder{w: w, texts: warningTexts{lang: opt.Lang}, b: append(buf[:0], '[')}
}

// Encode writes one report. It returns the first write error, which
// every later call returns too.
func (enc *JSONEncoder) Encode(r *Report) error {
	if enc.n > 0 {
		enc.b = append(enc.b, ",\n"...)
	} else {
		enc.b = append(enc.b, '\n')
	}
	enc.n++
	enc.b = appendReportJSON(enc.b, r, &enc.texts)
	if len(enc.b) >= jsonChunk {
		enc.write()
	}
	return enc.err
}

// write writes the output held, unless a write failed before.
func (enc *JSONEncoder) write() {
	if enc.err == nil {
		_, enc.err = enc.w.Write(enc.b)
	}
	enc.b = enc.b[:0]
}

// Close ends the array and flushes; it returns the first write error.
func (enc *JSONEncoder) Close() error {
	if enc.n > 0 {
		enc.b = append(enc.b, '\n')
	}
	enc.b = append(enc.b, "]\n"...)
	enc.write()
	return enc.err
}

// warningTexts formats warnings as JSON strings (quoted and escaped) once
// per distinct warning: the reports of many communes against one set
// repeat the same provenance warnings.
type warningTexts struct {
	lang string
	m    map[warningKey]string
	// byDef holds the texts of the warnings on an indicator's target
	// (provenance, year fallback), found by what they are made of.
	byDef map[defWarningKey]string
}

// defWarningKey is what a warning on an indicator's target is made of
// ([Report.warningOf]): the indicator's compiled definition (of one set,
// column and year), the kind, and the report's region, group and year.
type defWarningKey struct {
	def    *indicatorDef
	kind   WarningKind
	region criteria.Region
	year   int
	group  string
}

// maxWarningTexts bounds each cache of warningTexts on very varied input.
const maxWarningTexts = 1 << 16

// refJSON returns the text of the warning ref of r as a JSON string.
func (t *warningTexts) refJSON(r *Report, ref warnRef) string {
	if (ref.kind != WarnProvenance && ref.kind != WarnYearFallback) || ref.ind == nil || ref.ind.def == nil {
		return t.json(r.warningOf(ref))
	}
	key := defWarningKey{def: ref.ind.def, kind: ref.kind, region: r.Region, year: r.Year, group: r.Group}
	if s, ok := t.byDef[key]; ok {
		return s
	}
	if t.byDef == nil {
		t.byDef = make(map[defWarningKey]string)
	}
	s := t.json(r.warningOf(ref))
	if len(t.byDef) < maxWarningTexts {
		t.byDef[key] = s
	}
	return s
}

// warningKey is what a warning's text depends on: the warning's fields
// and its target, found through the compiled definition that reports of
// one set, column and year share.
type warningKey struct {
	set, indicator, key, group string
	// number is Number (WarnPercentAsFraction, WarnAmountScale) or the
	// share (WarnFractionalCount).
	number    string
	year      int
	period    criteria.Period
	kind      WarningKind
	valueKind ValueKind
	region    criteria.Region
	def       *indicatorDef
}

func keyOf(w *Warning) warningKey {
	k := warningKey{set: w.Set, indicator: w.Indicator, key: w.Key, group: w.Group, year: w.Year, period: w.Period,
		kind: w.Kind, valueKind: w.ValueKind, region: w.Region, def: w.def}
	switch w.Kind {
	case WarnPercentAsFraction, WarnAmountScale:
		k.number = numberText(w.Number)
	case WarnFractionalCount:
		k.number = w.share.num + "/" + w.share.den + " " + w.share.unit
	}
	return k
}

// json returns the text of w as a JSON string.
func (t *warningTexts) json(w Warning) string {
	key := keyOf(&w)
	if s, ok := t.m[key]; ok {
		return s
	}
	if t.m == nil {
		t.m = make(map[warningKey]string)
	}
	s := string(appendJSONString(nil, w.text(t.lang, true)))
	if len(t.m) < maxWarningTexts {
		t.m[key] = s
	}
	return s
}

func appendReportJSON(b []byte, r *Report, texts *warningTexts) []byte {
	b = append(b, `{"set": `...)
	b = appendJSONString(b, r.Set)
	b = append(b, `, "commune": `...)
	b = appendCommuneJSON(b, &r.Commune)
	b = append(b, `,`+"\n "+`"region": `...)
	if r.Region.Valid() {
		b = appendJSONString(b, r.Region.String())
	} else {
		b = append(b, "null"...)
	}
	if r.Group != "" {
		b = append(b, `, "group": `...)
		b = appendJSONString(b, r.Group)
	}
	b = append(b, `, "year": `...)
	b = strconv.AppendInt(b, int64(r.Year), 10)
	b = append(b, `, "status": `...)
	b = appendStatus(b, r.Status)
	b = append(b, `, "criteria_met": `...)
	b = strconv.AppendInt(b, int64(r.CriteriaMet), 10)
	b = append(b, `, "criteria_total": `...)
	b = strconv.AppendInt(b, int64(r.CriteriaTotal), 10)
	b = append(b, `,`+"\n "+`"criteria": [`...)
	for ci := range r.Criteria {
		if ci > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n  "...)
		b = appendCriterionJSON(b, &r.Criteria[ci])
	}
	b = append(b, "],\n "+`"prerequisite": `...)
	b = appendPrerequisiteJSON(b, r.Prerequisite)
	if r.Basis != "" {
		b = append(b, ",\n "+`"basis": `...)
		b = appendJSONString(b, r.Basis)
		b = append(b, `, "predecessors": [`...)
		for i, c := range r.Predecessors {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendCommuneJSON(b, &c)
		}
		b = append(b, ']')
	}
	b = append(b, ",\n "+`"warnings": [`...)
	first := true
	for ref := range r.warnRefs {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, "\n  "...)
		b = append(b, texts.refJSON(r, ref)...)
	}
	b = append(b, "],\n "+`"title": `...)
	b = appendJSONString(b, r.SetTitle.VI)
	if r.Content == criteria.ContentComplete || r.Content.Pending() {
		b = append(b, `, "content": `...)
		b = appendJSONString(b, r.Content.String())
	}
	if r.Origin != "" {
		b = append(b, `, "origin": `...)
		b = appendJSONString(b, r.Origin)
	}
	return append(b, '}')
}

// appendCommuneJSON appends the JSON object of commune c: its name,
// district, province and, when it has one, its code.
func appendCommuneJSON(b []byte, c *Commune) []byte {
	b = append(b, `{"name": `...)
	b = appendJSONString(b, c.Name)
	b = append(b, `, "district": `...)
	b = appendJSONString(b, c.District)
	b = append(b, `, "province": `...)
	b = appendJSONString(b, c.Province)
	if c.Code != "" {
		b = append(b, `, "code": `...)
		b = appendJSONString(b, c.Code)
	}
	return append(b, '}')
}

// appendCriterionJSON appends the JSON object of criterion c: its code,
// name, status and indicators.
func appendCriterionJSON(b []byte, c *CriterionResult) []byte {
	b = append(b, "{\"code\": "...)
	if c.def != nil {
		b = append(b, c.def.codeJSON...)
		b = append(b, `, "name": `...)
		b = append(b, c.def.nameJSON...)
	} else {
		b = append(b, `"", "name": ""`...)
	}
	b = append(b, `, "status": `...)
	b = appendStatus(b, c.Status)
	b = append(b, `, "indicators": [`...)
	for ii := range c.Indicators {
		if ii > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n   "...)
		b = appendIndicatorJSON(b, &c.Indicators[ii])
	}
	return append(b, "]}"...)
}

// appendPrerequisiteJSON appends the JSON of prerequisite p: null when p
// is nil.
func appendPrerequisiteJSON(b []byte, p *Prerequisite) []byte {
	if p == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"set": `...)
	b = appendJSONString(b, p.Set)
	b = append(b, `, "status": `...)
	b = appendStatus(b, p.Status)
	b = append(b, `, "basis": `...)
	b = appendJSONString(b, p.basis())
	if p.basis() == BasisEvaluated && (p.Content == criteria.ContentComplete || p.Content.Pending()) {
		b = append(b, `, "content": `...)
		b = appendJSONString(b, p.Content.String())
	}
	if p.basis() == BasisRecognition && p.Status != StatusMissing {
		b = append(b, `, "decision": `...)
		b = appendJSONString(b, p.Decision)
		b = append(b, `, "year": `...)
		b = strconv.AppendInt(b, int64(p.Year), 10)
	}
	if p.Origin != "" {
		b = append(b, `, "origin": `...)
		b = appendJSONString(b, p.Origin)
	}
	return append(b, '}')
}

// noDef stands for the definition of an indicator result without one.
var noDef = func() *indicatorDef {
	d := &indicatorDef{codeJSON: `""`, unitJSON: `""`, citationJSON: `""`}
	d.opTargetJSON, d.provenanceJSON = targetJSON(&d.target)
	return d
}()

// targetJSON returns the JSON values of an indicator's keys op and target
// (with the key target between them), and of its key provenance, for
// target t.
func targetJSON(t *Target) (opTarget, provenance string) {
	b := appendJSONString(nil, t.Op.String())
	b = append(b, `, "target": `...)
	switch {
	case t.Provenance == 0: // no target resolved
		b = append(b, "null"...)
	case t.Op == criteria.OpEq:
		b = append(b, `"true"`...)
	case t.Op == criteria.OpNone:
		b = append(b, `"0"`...)
	default:
		b = append(b, '"')
		b = appendDecimal(b, t.Value)
		b = append(b, '"')
	}
	provenance = "null"
	if t.Provenance != 0 {
		provenance = string(appendJSONString(nil, t.Provenance.String()))
	}
	return string(b), provenance
}

func appendIndicatorJSON(b []byte, ind *IndicatorResult) []byte {
	d := ind.def
	if d == nil {
		d = noDef
	}
	b = append(b, `{"code": `...)
	b = append(b, d.codeJSON...)
	b = append(b, `, "status": `...)
	b = appendStatus(b, ind.Status)
	b = append(b, `, "actual": `...)
	b = appendActualJSON(b, &ind.val)
	b = append(b, `, "op": `...)
	b = append(b, d.opTargetJSON...)
	b = append(b, `, "unit": `...)
	b = append(b, d.unitJSON...)
	b = append(b, `, "gap": `...)
	g, hasGap := ind.gapRep()
	if !hasGap {
		b = append(b, "null"...)
	} else {
		b = append(b, '"')
		b = g.appendAmount(b)
		b = append(b, '"')
	}
	if unit, ok := ind.val.shareUnit(); ok {
		// Present whenever the value was a share with a unit: the units
		// to add (or remove) when not met, "0" when met, null when no
		// number can be said.
		b = append(b, `, "gap_units": `...)
		switch {
		case hasGap && g.hasUnits:
			b = append(b, '"')
			b = g.appendUnits(b)
			b = append(b, '"')
		case ind.Status == StatusMet:
			b = append(b, `"0"`...)
		default:
			b = append(b, "null"...)
		}
		b = append(b, `, "gap_unit": `...)
		b = appendJSONString(b, unit)
	}
	b = append(b, `, "provenance": `...)
	b = append(b, d.provenanceJSON...)
	b = append(b, `, "citation": `...)
	b = append(b, d.citationJSON...)
	if src := ind.val.source(); src != "" {
		b = append(b, `, "source": `...)
		b = appendJSONString(b, src)
	}
	return append(b, '}')
}

func appendStatus(b []byte, s Status) []byte {
	if s <= 0 || int(s) >= len(statusCodes) {
		return append(b, "null"...)
	}
	b = append(b, '"')
	b = append(b, statusCodes[s]...)
	return append(b, '"')
}

const hexDigits = "0123456789abcdef"

// appendEscapedASCII appends the JSON escape of the ASCII byte c: a
// quote, a backslash or a control character.
func appendEscapedASCII(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
}

// appendJSONString appends s as a JSON string: quotes, backslashes and
// control characters escaped, invalid UTF-8 replaced by U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	if utf8.ValidString(s) {
		return appendValidJSONString(b, s)
	}
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = appendEscapedASCII(append(b, s[start:i]...), c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendValidJSONString is appendJSONString for valid UTF-8: only ASCII
// controls, quotes, backslashes and U+2028, U+2029 (E2 80 A8, E2 80 A9)
// need escaping.
func appendValidJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c != 0xE2 {
			continue
		}
		if c == 0xE2 {
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hexDigits[s[i+2]&0xf])
				i += 2
				start = i + 1
			}
			continue
		}
		b = appendEscapedASCII(append(b, s[start:i]...), c)
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendActualJSON appends the value as [Value.Actual] prints it, quoted,
// or null when missing; numbers with small coefficients are formatted
// without allocating.
func appendActualJSON(b []byte, v *cval) []byte {
	if f, ok := v.actualFx(); ok {
		b = append(b, '"')
		b = appendFx(b, f)
		return append(b, '"')
	}
	switch v.kind {
	case ValueBool:
		if v.boolean {
			return append(b, `"true"`...)
		}
		return append(b, `"false"`...)
	case ValueNotApplicable:
		return append(b, `"n/a"`...)
	}
	if s, ok := v.value().Actual(); ok {
		return appendJSONString(b, s)
	}
	return append(b, "null"...)
}

// appendDecimal appends d as d.String() would, without allocating when the
// coefficient is small.
func appendDecimal(b []byte, d decimal.Decimal) []byte {
	if f, ok := toFx(d); ok && f.e >= -18 && f.e <= 18 {
		return appendFx(b, f)
	}
	return append(b, d.String()...)
}

// appendFx appends c·10^e in plain decimal notation with trailing
// fractional zeros trimmed ("66.67", "95", "0.5", "-1.25").
func appendFx(b []byte, f fx) []byte {
	c, e := f.c, f.e
	if c < 0 {
		b = append(b, '-')
	}
	u := uabs(c)
	if e >= 0 {
		b = strconv.AppendUint(b, u, 10)
		for ; e > 0; e-- {
			if u != 0 {
				b = append(b, '0')
			}
		}
		return b
	}
	// Trim trailing zeros of the fraction.
	for e < 0 && u%10 == 0 && u != 0 {
		u /= 10
		e++
	}
	if u == 0 {
		return append(b[:len(b)-boolInt(c < 0)], '0')
	}
	var digits [24]byte
	ds := strconv.AppendUint(digits[:0], u, 10)
	n := int(-e) // fraction digits
	if len(ds) <= n {
		b = append(b, '0', '.')
		for i := len(ds); i < n; i++ {
			b = append(b, '0')
		}
		return append(b, ds...)
	}
	b = append(b, ds[:len(ds)-n]...)
	if n > 0 {
		b = append(b, '.')
		b = append(b, ds[len(ds)-n:]...)
	}
	return b
}

func boolInt(v bool) int {
	if v {
		return 1
	}
	return 0
}

// sharePercentFx is sharePercent in fixed point: N/D × 100 rounded half-up
// to 2 decimal places, for 0 ≤ N and D > 0 that fit; ok is false
// otherwise.
func sharePercentFx(n, d fx) (fx, bool) {
	if n.c < 0 || d.c <= 0 {
		return fx{}, false
	}
	// In hundredths of a percent: N·10⁴/D = n.c·10^k / d.c.
	num, den := n.c, d.c
	var ok bool
	if k := n.e - d.e + 4; k >= 0 {
		num, ok = scaleUp(num, k)
	} else {
		den, ok = scaleUp(den, -k)
	}
	if !ok || num > (1<<62)/2 || den > (1<<62)/2 {
		return fx{}, false
	}
	return fx{(2*num + den) / (2 * den), -2}, true
}
