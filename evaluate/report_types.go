package evaluate

import (
	"fmt"
	"slices"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
)

// Status is the outcome of an indicator, a criterion or a set. The zero
// value is invalid.
//
//   - An indicator is missing when it has no value (absent or null), and
//     not applicable only from an "n/a" the set allows. A pass/fail
//     indicator is met by true; a "none" indicator (target Không, e.g. 9.1
//     nhà tạm) by a count of 0 or by false; a percent or amount indicator by
//     comparing the exact value with the target resolved for the commune's
//     region and year ([criteria.Indicator.Resolve]).
//   - A share N/D is compared with a target T% by cross-multiplication,
//     N·100 against T·D: nothing is divided or rounded before the decision,
//     so 59.9999999999999999 does not meet ≥ 60 and 7/10 meets ≥ 70.
//   - A criterion is not-met if any of its indicators is not met (even when
//     others are missing); otherwise missing if any is missing; otherwise
//     met (441/QĐ-BTTTT states it for criterion 8). Not-applicable
//     indicators do not block, and a criterion whose indicators are all not
//     applicable is not assessed and counts as met (4800/QĐ-BCT: criterion
//     7 for a commune without rural commerce infrastructure in its plan).
//   - A set is met only when every criterion is met and its prerequisite,
//     if any, is met; not-met when a criterion or the prerequisite is not
//     met; otherwise missing. CriteriaMet counts the criteria met and
//     CriteriaTotal is the number of criteria in the set.
type Status uint8

const (
	StatusMet           Status = iota + 1 // đạt
	StatusNotMet                          // chưa đạt
	StatusMissing                         // thiếu số liệu: no value
	StatusNotApplicable                   // không áp dụng: an allowed "n/a"
)

var statusCodes = [...]string{"", "met", "not-met", "missing", "not-applicable"}
var statusNames = [...]criteria.Text{{}, {VI: "Đạt", EN: "Met"}, {VI: "Chưa đạt", EN: "Not met"},
	{VI: "Thiếu số liệu", EN: "Missing"}, {VI: "Không áp dụng", EN: "Not applicable"}}

// String returns the wire code: "met", "not-met", "missing", "not-applicable".
func (s Status) String() string {
	if s <= 0 || int(s) >= len(statusCodes) {
		return fmt.Sprintf("Status(%d)", int(s))
	}
	return statusCodes[s]
}

// Label returns the status for display in Vietnamese and English.
func (s Status) Label() criteria.Text {
	if s <= 0 || int(s) >= len(statusNames) {
		return criteria.Text{}
	}
	return statusNames[s]
}

// MarshalText implements [encoding.TextMarshaler].
func (s Status) MarshalText() ([]byte, error) {
	if s <= 0 || int(s) >= len(statusCodes) {
		return nil, fmt.Errorf("evaluate: invalid status %d", int(s))
	}
	return []byte(statusCodes[s]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Status) UnmarshalText(b []byte) error {
	for i, c := range statusCodes {
		if i > 0 && c == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("evaluate: unknown status %q", b)
}

// Report is the evaluation of one assessment against one set: plain data
// that reaches nothing else. Changing a report changes only that report:
// no field leads to a set, a catalog or another report. The definitions
// judged (codes, names, wording, units, citations, targets) are read
// through methods that return copies, from the set compiled for the
// commune's column and year, which is immutable and shared by every report
// of that set, column and year. Its warnings ([Report.Warnings]) are
// derived from its results when read.
//
// json.Marshal writes a report as one element of [WriteJSON]'s array.
type Report struct {
	Set      string // canonical set ID
	SetTitle criteria.Text
	Level    criteria.Level
	Content  criteria.Content
	Commune  Commune
	Region   criteria.Region // the region whose targets applied; 0 when none was known
	// Group is the commune group whose targets applied under a set split by
	// groups ("3"); "" for a region set or when the assessment named none.
	Group         string
	Year          int
	Status        Status
	CriteriaMet   int // criteria whose status is met
	CriteriaTotal int // criteria in the set
	Criteria      []CriterionResult
	// Prerequisite is nil when the set requires no other set.
	Prerequisite *Prerequisite
	Origin       string // the assessment's Origin
	// Basis is "" for a report evaluated from an assessment, and
	// [BasisEstimate] for one estimated from the reports of the communes
	// merged into the report's commune ([EstimateSuccessors]): an
	// estimate, never a recognition.
	Basis string
	// Predecessors are the communes an estimate was made from.
	Predecessors []Commune

	// prog is the program the report was evaluated with, which its
	// warnings name indicators of; nil for a zero report.
	prog *program
	// noColumn tells that the assessment named no region or group the
	// set knows, so that the common targets applied.
	noColumn bool
	// rare are the warnings not derived from the program and the results
	// ([Report.Warnings]), in order.
	rare []Warning
	// results holds the results of every indicator, in the program's
	// order: the array each criterion's Indicators is a capped window of,
	// kept for Options.RunInto to reuse.
	results []IndicatorResult
}

// Clone returns a copy of r that shares no memory with it: a report to
// keep from one filled by [Options.RunInto], whose memory the next call
// reuses.
func (r *Report) Clone() Report {
	c := *r
	c.Criteria = slices.Clone(r.Criteria)
	n := 0
	for i := range r.Criteria {
		n += len(r.Criteria[i].Indicators)
	}
	results := make([]IndicatorResult, 0, n)
	for i := range c.Criteria {
		start := len(results)
		results = append(results, r.Criteria[i].Indicators...)
		c.Criteria[i].Indicators = results[start:len(results):len(results)]
	}
	c.results = results
	c.rare = slices.Clone(r.rare)
	if r.Prerequisite != nil {
		p := *r.Prerequisite
		c.Prerequisite = &p
	}
	c.Predecessors = slices.Clone(r.Predecessors)
	return c
}

// Indicator returns the result of the indicator of code ("4.2", "17.1a")
// among r's criteria, and whether r has one.
func (r *Report) Indicator(code string) (IndicatorResult, bool) {
	for i := range r.Criteria {
		for j := range r.Criteria[i].Indicators {
			if ir := &r.Criteria[i].Indicators[j]; ir.Code() == code {
				return *ir, true
			}
		}
	}
	return IndicatorResult{}, false
}

// Equal reports whether r and o hold the same evaluation: the same fields,
// results and warnings (for go-cmp and tests).
func (r Report) Equal(o Report) bool {
	if r.Set != o.Set || r.SetTitle != o.SetTitle || r.Level != o.Level || r.Content != o.Content ||
		r.Commune != o.Commune || r.Region != o.Region || r.Group != o.Group || r.Year != o.Year ||
		r.Status != o.Status || r.CriteriaMet != o.CriteriaMet || r.CriteriaTotal != o.CriteriaTotal ||
		r.Origin != o.Origin || r.Basis != o.Basis || !slices.Equal(r.Predecessors, o.Predecessors) ||
		len(r.Criteria) != len(o.Criteria) ||
		(r.Prerequisite == nil) != (o.Prerequisite == nil) ||
		r.Prerequisite != nil && *r.Prerequisite != *o.Prerequisite {
		return false
	}
	for i := range r.Criteria {
		if !r.Criteria[i].Equal(o.Criteria[i]) {
			return false
		}
	}
	return slices.EqualFunc(r.Warnings(), o.Warnings(), Warning.Equal)
}

// MarshalJSON writes r as one report of the "Evaluation report, JSON"
// format, with the Vietnamese warning texts: the element [WriteJSON]
// writes for r.
func (r Report) MarshalJSON() ([]byte, error) {
	var texts warningTexts
	return appendReportJSON(nil, &r, &texts), nil
}

// CriterionResult is the rolled-up outcome of one criterion.
type CriterionResult struct {
	Indicators []IndicatorResult
	Status     Status
	def        *criterionDef
}

// Code returns the criterion's code ("5"), or "" without a definition.
func (c *CriterionResult) Code() string {
	if c.def == nil {
		return ""
	}
	return c.def.code
}

// Name returns the criterion's name, or a zero Text without a definition.
func (c *CriterionResult) Name() criteria.Text {
	if c.def == nil {
		return criteria.Text{}
	}
	return c.def.name
}

// Group returns the code of the criterion's group ("I" … "V"), or "".
func (c *CriterionResult) Group() string {
	if c.def == nil {
		return ""
	}
	return c.def.group
}

// Agency returns the agency that guides the criterion nationally, or "".
func (c *CriterionResult) Agency() string {
	if c.def == nil {
		return ""
	}
	return c.def.agency
}

// Equal reports whether c and o hold the same outcome of the same
// criterion (for go-cmp and tests).
func (c CriterionResult) Equal(o CriterionResult) bool {
	if c.Status != o.Status || c.Code() != o.Code() || c.Name() != o.Name() || c.Group() != o.Group() ||
		len(c.Indicators) != len(o.Indicators) {
		return false
	}
	for i := range c.Indicators {
		if !c.Indicators[i].Equal(o.Indicators[i]) {
			return false
		}
	}
	return true
}

// IndicatorResult is the outcome of one indicator with what decided it.
type IndicatorResult struct {
	def    *indicatorDef
	val    cval
	gap    gapSmall
	Status Status
}

// Value returns the value as given (Kind 0 when the indicator was absent).
func (r *IndicatorResult) Value() Value { return r.val.value() }

// Source returns the source of the value as given ("Báo cáo UBND xã
// 03/2020"), or "": Value().Source, without building the value's numbers.
func (r *IndicatorResult) Source() string { return r.val.source() }

// Code returns the indicator's code ("4.2"), or "" without a definition.
func (r *IndicatorResult) Code() string {
	if r.def == nil {
		return ""
	}
	return r.def.code
}

// Text returns the indicator's wording, or a zero Text without a
// definition.
func (r *IndicatorResult) Text() criteria.Text {
	if r.def == nil {
		return criteria.Text{}
	}
	return r.def.text
}

// Target returns the target that applied: operator, value, unit,
// provenance, citation, and whether a common or yearly fallback was used.
// Its Provenance is 0 when the column has no target for the indicator.
func (r *IndicatorResult) Target() Target {
	if r.def == nil {
		return Target{}
	}
	return r.def.target
}

// Gap returns how far the indicator is from its target, and whether it has
// a gap: only a numeric indicator that is not met has one (a pass/fail
// indicator has none).
func (r *IndicatorResult) Gap() (Gap, bool) {
	g, ok := r.gapRep()
	if !ok {
		return Gap{}, false
	}
	out := Gap{Amount: g.amountDecimal()}
	if g.hasUnits {
		out.Units, out.HasUnits, out.Unit = g.unitsDecimal(), true, r.val.unit()
	}
	return out, true
}

// gapRep returns the gap of a numeric indicator that is not met: the one
// kept, or, for one too large to keep, the judgement's again.
func (r *IndicatorResult) gapRep() (gapRep, bool) {
	if r.Status != StatusNotMet || r.gap.flags&gapHas == 0 && r.gap.flags&gapKept != 0 {
		return gapRep{}, false
	}
	if r.gap.flags&gapKept != 0 {
		return r.gap.rep(), true
	}
	var g gapRep
	if r.def == nil || !r.def.hasTarget {
		return g, false
	}
	v := r.val
	r.def.judge(&v, &g)
	return g, g.has
}

// shortfallGap is the gap of a shortfall: the gap, or MustBeMet for a
// not-met indicator without one.
func (r *IndicatorResult) shortfallGap() (Gap, bool) {
	if g, ok := r.Gap(); ok {
		return g, true
	}
	if r.Status == StatusNotMet {
		return Gap{MustBeMet: true}, true
	}
	return Gap{}, false
}

// Equal reports whether r and o hold the same outcome of the same
// indicator with the same target (for go-cmp and tests).
func (r IndicatorResult) Equal(o IndicatorResult) bool {
	if r.Status != o.Status || r.Code() != o.Code() || r.Text() != o.Text() || !r.val.equal(&o.val) ||
		!r.Target().equal(o.Target()) {
		return false
	}
	g1, ok1 := r.Gap()
	g2, ok2 := o.Gap()
	return ok1 == ok2 && g1.equal(g2)
}

func (v Value) equal(o Value) bool {
	// cmpExact: Decimal.Equal aligns exponents however far apart.
	return v.Kind == o.Kind && v.Bool == o.Bool && cmpExact(v.Number, o.Number) == 0 &&
		cmpExact(v.Numerator, o.Numerator) == 0 && cmpExact(v.Denominator, o.Denominator) == 0 &&
		v.Unit == o.Unit && v.Source == o.Source
}

func (g Gap) equal(o Gap) bool {
	return g.Amount.Equal(o.Amount) && g.Units.Equal(o.Units) && g.HasUnits == o.HasUnits && g.Unit == o.Unit &&
		g.MustBeMet == o.MustBeMet
}

// Target is the target that applied to an indicator for a commune's column
// and year: a copy, with the indicator's unit and citation.
type Target struct {
	Kind criteria.Kind
	Op   criteria.Op
	// Value is the threshold (0 for none; unused for pass/fail).
	Value decimal.Decimal
	Unit  string // the indicator's unit ("%", "triệu đồng/người/năm")
	// Provenance is how sure the value is; 0 when no target applied.
	Provenance criteria.Provenance
	// Source names the evidence for the value when it is narrower than the
	// citation.
	Source   string
	Citation string // where the indicator is in the law
	// Year is the year whose by-year value applied, or 0 when the target's
	// main value applied.
	Year int
	// TargetYear is the year the indicator's targets are stated for ("đến
	// năm N"), or 0.
	TargetYear int
	// FromCommon is true when the column has no target of its own and the
	// common target applied.
	FromCommon bool
	// YearFallback is true when the targets are stated "đến năm
	// TargetYear" and the assessed year, earlier, has no value of its own,
	// so the TargetYear value applied (criterion 10 before 2020).
	YearFallback bool
}

// String returns the target for people in Vietnamese: "≥ 70%", "≤ 26,7%"
// (a decimal comma), "đạt" for pass/fail, "không có" for none.
func (t Target) String() string { return t.In("vi") }

// In returns the target for people in lang, as the text and Markdown
// reports write it: "≥ 70%", "đạt", "không có" in Vietnamese; "≥ 70%",
// "met", "none" in English (lang "en"), with a decimal point.
func (t Target) In(lang string) string { return targetText(t.Op, t.Value, t.Unit, lang, lang) }

func (t Target) equal(o Target) bool {
	v := t
	v.Value = o.Value
	return v == o && t.Value.Equal(o.Value)
}

// Prerequisite is the outcome of the set a report's set requires.
//
// A set may require another ([criteria.Set.Requires]: 933/QĐ-UBND requires
// 1980/QĐ-TTg). The required set is evaluated from the same assessment's
// values for it when there are any (basis "evaluated"), else it is
// satisfied by a [Recognition] of that set for a year up to the assessed
// one (basis "recognition", the latest such), else it is the outcome given
// in [Assessment.Prerequisites] (the required set evaluated from another
// assessment of the commune: basis "evaluated", with its Origin);
// otherwise the prerequisite is missing (status missing, basis
// "recognition": the record that would satisfy it is what is missing, and
// Decision and Year are empty). [Run] finds the required set among
// the built-in sets; [Options.Run] and [RunAll] use the catalog they are
// given, so a definition loaded with --sets-from is used for prerequisites
// too.
type Prerequisite struct {
	Set    string
	Status Status
	// Basis is "evaluated" (from values for that set) or "recognition"
	// (from a recognition record, or, with Status missing, for want of
	// one).
	Basis    string
	Decision string // the recognising decision, when Basis is "recognition" and Status is not missing
	Year     int    // the year recognised for, when Basis is "recognition" and Status is not missing
	// Content is the required set's content when Basis is "evaluated":
	// [criteria.ContentPendingOfficialText] makes the prerequisite's
	// status, and so the report's, provisional. 0 otherwise.
	Content criteria.Content
	// Origin is where the required set's values were read when they are
	// another assessment's (that assessment's Origin: "so-lieu.xlsx:
	// 1980!2:2"); "" when they are the same assessment's.
	Origin string
}

// basis is p's Basis, or for a Prerequisite built without one,
// "recognition" when it is missing (the record that would satisfy it is
// what is missing) and "evaluated" otherwise.
func (p *Prerequisite) basis() string {
	switch {
	case p.Basis != "":
		return p.Basis
	case p.Status == StatusMissing:
		return BasisRecognition
	}
	return BasisEvaluated
}

// Prerequisite bases.
const (
	BasisEvaluated   = "evaluated"
	BasisRecognition = "recognition"
)

// WarningKind says why a report warns. The zero value is invalid.
type WarningKind uint8

const (
	// WarnProvenance: a target with provenance M or C1 decided an
	// indicator's status (met or not met).
	WarnProvenance WarningKind = iota + 1
	// WarnYearFallback: the indicator's targets are stated "đến năm N" and
	// the assessed year has no value of its own, so the year-N value applied
	// (criterion 10 before 2020).
	WarnYearFallback
	// WarnPendingContent: the set's content awaits the official text.
	WarnPendingContent
	// WarnOutsidePeriod: the assessed year is outside the set's period.
	WarnOutsidePeriod
	// WarnIgnoredValue: a value could not be judged against its indicator
	// (a number for a pass indicator, "n/a" where not allowed, a share with
	// a zero denominator or a numerator above it, a percentage outside
	// 0-100, a negative amount or count, a count that is not whole, a
	// number beyond those the decoders read: an
	// exponent beyond ±40 or a magnitude of 10^240 or more) and the
	// indicator was treated as missing. The
	// decoders reject such values; this arises only for assessments built
	// in code.
	WarnIgnoredValue
	// WarnUnknownIndicator: the assessment has a value for a code the set
	// does not define; the value was not used.
	WarnUnknownIndicator
	// WarnNoTarget: the set defines no target for the commune's region, so
	// the indicator was treated as missing ([criteria.Validate] rules this
	// out for valid sets).
	WarnNoTarget
	// WarnNoRegion: the assessment names neither a region nor a known
	// province, so the common targets applied (and indicators without a
	// common target have none).
	WarnNoRegion
	// WarnDuplicateValue: the assessment gives a value for the same
	// indicator under two keys naming the set (its ID and an alias); the
	// value under the canonical ID (or the first key in sorted order) was
	// used.
	WarnDuplicateValue
	// WarnNoGroup: the set splits its targets by commune group and the
	// assessment names no group of it, so the common targets applied (and
	// indicators without a common target have none). The decoders reject
	// such input; this arises only for assessments built in code.
	WarnNoGroup
	// WarnUnknownUnit: the commune's province has a registry of
	// administrative units (package units) and the commune's name is in it
	// in no period; Key names the closest units, or, when the name read
	// in a Vietnamese font encoding before Unicode (TCVN3, VNI) is a unit,
	// the units it reads as, and the text says so.
	WarnUnknownUnit
	// WarnTransition: the commune holds a recognition under a set of the
	// same level from an earlier period, which does not satisfy this set's
	// prerequisite (319/QĐ-TTg: a commune recognised nâng cao under
	// 2018-2020 must meet the 2021-2025 nâng cao set in full); Key names
	// that recognition.
	WarnTransition
	// WarnEstimate: the report is an estimate for a merged commune from its
	// predecessors' figures ("ước tính từ số liệu các xã cũ"), not an
	// evaluation of its own figures and never a recognition.
	WarnEstimate
	// WarnEstimateBound: the predecessors' percentages or amounts of an
	// indicator, given without numerator and denominator, fall on both
	// sides of the target, or (ValueKind ValueNotApplicable) meet it while
	// some predecessor's value is "n/a", so the estimate cannot decide it.
	WarnEstimateBound
	// WarnPercentAsFraction: a percentage indicator whose target is "≥ T%"
	// with T above 1 was given a plain number between 0 and 1 (Number), as
	// when 96.5% is typed as 0.965 or "0,965": judged as written (0.965%),
	// but likely meant as a fraction of one. A share N/D never warns, nor a
	// "≤" indicator, where such a value is common (a poverty rate of 0.9%).
	WarnPercentAsFraction
	// WarnFormerUnit: the assessed year is 2026 or later and the commune's
	// name is a unit of its province's registry only before 1/7/2025, when
	// the communes were reorganised (Nghị quyết (Resolution) 1672/NQ-UBTVQH15): it is
	// no unit in that year; Key names the unit that succeeded it ("" when
	// the registry cannot tell one).
	WarnFormerUnit
	// WarnFormerDistrict: the assessed year is 2026 or later, the commune
	// is named with a district, and the unit that succeeded the commune so
	// named bears its name (Tân Thành of Hữu Lũng, succeeded by xã Tân
	// Thành, Nghị quyết 1672/NQ-UBTVQH15 khoản 46): districts were
	// abolished on 1/7/2025, so the figures are most likely that unit's,
	// the district written from habit. Key names the unit.
	WarnFormerDistrict
	// WarnMergedProvince: the commune's region was taken from its
	// province's name, and since 1/7/2025 that name is of a province formed
	// from former provinces of more than one region (Nghị quyết
	// (Resolution) 202/2025/QH15: "Tây Ninh" also covers the former Long
	// An, in ĐBSCL): the targets of the region of the former province of
	// that name (Region) applied, right for its own communes only; a
	// commune of another former province should give that province (the
	// decoders refuse the name with another region). Key names the
	// province.
	WarnMergedProvince
	// WarnAmountScale: an indicator whose unit is triệu đồng (criterion
	// 10's income, triệu đồng/người/năm) was given a plain number of
	// 10,000 or more (Number): ten billion đồng per person a year, which no
	// commune's income comes near, as when the income is typed in đồng
	// (45000000) or in nghìn đồng (45000): judged as written, but likely
	// written in a smaller unit. A plausibility check of the figure, not a
	// legal threshold.
	WarnAmountScale
	// WarnFractionalCount: a share whose unit counts whole things (trường,
	// hộ, thôn, người, …) has a numerator or a denominator with a
	// fraction (2,5/3 trường), which no count has: judged as written (the
	// share's percentage), but probably mistyped.
	WarnFractionalCount
)

var warningKindCodes = [...]string{"", "provenance", "year-fallback", "pending-content",
	"outside-period", "ignored-value", "unknown-indicator", "no-target", "no-region", "duplicate-value",
	"no-group", "unknown-unit", "transition", "estimate", "estimate-bound", "percent-as-fraction", "former-unit", "former-district", "merged-province", "amount-scale", "fractional-count"}

// String returns a stable ASCII code: "provenance", "year-fallback", ….
func (k WarningKind) String() string {
	if k <= 0 || int(k) >= len(warningKindCodes) {
		return fmt.Sprintf("WarningKind(%d)", int(k))
	}
	return warningKindCodes[k]
}

// Warning is one cause for caution in a report, kept as structured data;
// [Warning.Text] formats it for people (the JSON report's warnings are
// these texts).
type Warning struct {
	Set       string // the report's set
	Indicator string // the indicator concerned, if any
	Year      int    // the assessed year
	// Period is the set's period (WarnOutsidePeriod).
	Period criteria.Period
	Kind   WarningKind
	// ValueKind is the kind of the ignored value (WarnIgnoredValue);
	// ValueNotApplicable when a predecessor's "n/a" left an estimate
	// undecided (WarnEstimateBound).
	ValueKind ValueKind
	Region    criteria.Region // the commune's region
	// Group is the commune group whose targets applied under a set split by
	// groups ("3"; WarnProvenance, WarnYearFallback, WarnNoTarget): the
	// warning names it instead of the region, which such a set ignores.
	Group string
	// Key is the key of Assessment.Values the value was given under, when
	// it is not the set's canonical ID (WarnUnknownIndicator,
	// WarnDuplicateValue).
	Key string
	// Number is the value given (WarnPercentAsFraction, WarnAmountScale):
	// 0.965 for 4.2, 45000000 for 10.
	Number decimal.Decimal
	def    *indicatorDef
	// why is the reason a value was not judged (WarnIgnoredValue), as
	// the readers would reject it ("percentage must be between 0 and
	// 100"), and whyField the part of a share it concerns ("numerator",
	// "denominator"; "" for the value); why is "" when the readers would
	// take the value.
	why, whyField string
	// legacy is the Vietnamese font encoding before Unicode (TCVN3, VNI)
	// the commune's name looks typed in, and legacyInput the name as
	// written (WarnUnknownUnit): Key names the units it reads as.
	legacy, legacyInput string
	// share is the share as read (WarnFractionalCount).
	share shareRead
	// entered: the set's indicator table is entered, not one attested
	// pass per criterion (WarnPendingContent).
	entered bool
}

// shareRead is a share as a warning gives it: its numerator, denominator
// and percentage as numbers are printed ("2.5", "3", "83.33"), and its
// unit.
type shareRead struct {
	num, den, percent, unit string
}

// Target returns the target concerned (WarnProvenance, WarnYearFallback):
// its operator, value, unit, provenance and whether the common target
// applied; a zero Target for other warnings.
func (w Warning) Target() Target {
	if w.def == nil {
		return Target{}
	}
	return w.def.target
}

// Equal reports whether w and o are the same warning (for go-cmp and
// tests).
func (w Warning) Equal(o Warning) bool {
	a, b := w, o
	a.def, b.def = nil, nil
	a.Number, b.Number = decimal.Decimal{}, decimal.Decimal{}
	return a == b && w.Number.Equal(o.Number) && w.Target().equal(o.Target())
}
