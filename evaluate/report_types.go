package evaluate

import (
	"fmt"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
)

// Status is the outcome of an indicator, a criterion or a set. The zero
// value is invalid.
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
// with no hidden state, rendered by the renderers of this package.
//
// A report references the set it was run with rather than copying it: each
// [CriterionResult] and [IndicatorResult] (through its Target) points to
// its definition in the set (code, name, wording, unit, citation are read there), and provenance
// and year-fallback warnings point to the target in the indicator's result.
// The set must therefore not be changed while the report is in use (sets
// from a [criteria.Catalog] are never changed; a set of your own, such as
// one from [criteria.QD1980], is yours to keep unchanged).
type Report struct {
	Set           string // canonical set ID
	SetTitle      criteria.Text
	Level         criteria.Level
	Content       criteria.Content
	Commune       Commune
	Region        criteria.Region
	Year          int
	Status        Status
	CriteriaMet   int // criteria whose status is met
	CriteriaTotal int // criteria in the set
	Criteria      []CriterionResult
	// Prerequisite is nil when the set requires no other set.
	Prerequisite *Prerequisite
	Warnings     []Warning
	Origin       string // the assessment's Origin
}

// CriterionResult is the rolled-up outcome of one criterion.
type CriterionResult struct {
	// Criterion is the definition judged (its Code, Name, Group, Agency):
	// it points into the set the report was run with (see [Report]).
	Criterion  *criteria.Criterion
	Indicators []IndicatorResult
	Status     Status
}

// Code returns the criterion's code ("5"), or "" without a definition.
func (c *CriterionResult) Code() string {
	if c.Criterion == nil {
		return ""
	}
	return c.Criterion.Code
}

// Name returns the criterion's name, or a zero Text without a definition.
func (c *CriterionResult) Name() criteria.Text {
	if c.Criterion == nil {
		return criteria.Text{}
	}
	return c.Criterion.Name
}

// Group returns the code of the criterion's group ("I" … "V"), or "".
func (c *CriterionResult) Group() string {
	if c.Criterion == nil {
		return ""
	}
	return c.Criterion.Group
}

// IndicatorResult is the outcome of one indicator with what decided it.
type IndicatorResult struct {
	// Value is the value as given (Kind 0 when the indicator was absent).
	Value Value
	// Target is the target that applied: value, operator, provenance,
	// source, and whether a regional or yearly fallback was used. Its
	// Indicator is the definition judged (code, wording, kind, unit,
	// citation), which points into the set the report was run with (see
	// [Report]); it is set even when no target applied.
	Target criteria.Resolved
	// Gap is set when the indicator is numeric and not met.
	Gap    *Gap
	Status Status
}

// Definition returns the indicator judged, Target.Indicator.
func (r *IndicatorResult) Definition() *criteria.Indicator { return r.Target.Indicator }

// Code returns the indicator's code ("4.2"), or "" without a definition.
func (r *IndicatorResult) Code() string { return r.Target.Code() }

// Text returns the indicator's wording, or a zero Text without a
// definition.
func (r *IndicatorResult) Text() criteria.Text {
	if r.Target.Indicator == nil {
		return criteria.Text{}
	}
	return r.Target.Indicator.Text
}

// Gap is how far a not-met numeric indicator is from its target.
type Gap struct {
	// Amount is the distance in the indicator's unit (percentage points for
	// %), positive, rounded up (away from zero) to at most 2 decimal places so
	// that a real shortfall never shows as 0. For a none indicator it is the
	// count present.
	Amount decimal.Decimal
	// Units is how many numerator units must be added (≥ targets) or removed
	// (≤ targets) to reach the target exactly, when the value was a share
	// with a unit: rounded up to whole things for counted units (see
	// [CountedUnit]), to 2 decimals otherwise. HasUnits tells whether it is
	// set; Unit is the share's unit as given.
	Units    decimal.Decimal
	HasUnits bool
	Unit     string
}

// Prerequisite is the outcome of the set a report's set requires.
type Prerequisite struct {
	Set    string
	Status Status
	// Basis is "evaluated" (from the same assessment's values for that set)
	// or "recognition" (from a recognition record); empty when missing.
	Basis    string
	Decision string // the recognising decision, when Basis is "recognition"
	Year     int    // the year recognised for, when Basis is "recognition"
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
	// a zero denominator) and the indicator was treated as missing. The
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
)

var warningKindCodes = [...]string{"", "provenance", "year-fallback", "pending-content",
	"outside-period", "ignored-value", "unknown-indicator", "no-target"}

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
	// Target is the target concerned (WarnProvenance, WarnYearFallback): its
	// operator, value, unit, provenance and whether the common target
	// applied. In a report from [Run] it points to the Target of the
	// indicator's result in the same report.
	Target *criteria.Resolved
	Year   int // the assessed year
	// Period is the set's period (WarnOutsidePeriod), nil otherwise; in a
	// report from [Run] it points into the set.
	Period *criteria.Period
	Kind   WarningKind
	// ValueKind is the kind of the ignored value (WarnIgnoredValue).
	ValueKind ValueKind
	Region    criteria.Region // the commune's region
}
