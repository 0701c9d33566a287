package evaluate

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
)

// Options configures an evaluation. The zero Options is ready to use.
type Options struct {
	// Catalog resolves the set a set requires (its prerequisite), to
	// evaluate it from the same assessment's values. Nil means the built-in
	// sets ([criteria.Builtin]). Pass the catalog the sets came from when it
	// holds loaded definitions (--sets-from).
	Catalog *criteria.Catalog
}

// catalog is o.Catalog, or the built-in sets (shared with the decoders).
func (o Options) catalog() *criteria.Catalog { return catalogOr(o.Catalog) }

// Run evaluates assessment a against set with the zero [Options]: see
// [Options.Run].
func Run(set *criteria.Set, a *Assessment) Report { return Options{}.Run(set, a) }

// Run evaluates assessment a against set: the status of every indicator
// from a.Values[set.ID] against the target resolved for a.Region and
// a.Year, the roll-up per criterion and for the set, the prerequisite, and
// the warnings. It reads set and a and changes neither; it does no I/O and
// is safe for concurrent use.
//
// Values that cannot be judged (a number for a pass/fail indicator, "n/a"
// where the set does not allow it, a share with a zero denominator), values
// for codes the set does not define and indicators without a target for the
// region are never silently dropped: the indicator counts as missing and the
// report carries a warning. The decoders reject such input beforehand.
func (o Options) Run(set *criteria.Set, a *Assessment) Report {
	return o.run(set, a, 0)
}

// maxPrerequisiteDepth bounds chains of prerequisites (and cycles in
// loaded definitions).
const maxPrerequisiteDepth = 4

func (o Options) run(set *criteria.Set, a *Assessment, depth int) Report {
	r := Report{
		Set: set.ID, SetTitle: set.Title, Level: set.Level, Content: set.Content,
		Commune: a.Commune, Region: a.Region, Year: a.Year, Origin: a.Origin,
		CriteriaTotal: len(set.Criteria),
	}
	n := set.IndicatorCount()
	r.Criteria = make([]CriterionResult, len(set.Criteria))
	results := make([]IndicatorResult, n)
	var gaps []Gap
	values := a.Values[set.ID]

	// First pass: judge every indicator, counting the warnings to come so
	// that the second pass fills a slice of the exact size.
	used, warnings := 0, 0
	k := 0
	for ci := range set.Criteria {
		c := &set.Criteria[ci]
		cr := &r.Criteria[ci]
		cr.Criterion = c
		cr.Indicators = results[k : k+len(c.Indicators) : k+len(c.Indicators)]
		k += len(c.Indicators)
		notMet, missing, applicable := false, false, 0
		for ii := range c.Indicators {
			ind := &c.Indicators[ii]
			ir := &cr.Indicators[ii]
			if v, ok := values[ind.Code]; ok {
				used++
				v.copyTo(&ir.Value)
			}
			t := &ir.Target
			if err := ind.ResolveInto(t, a.Region, a.Year); err != nil {
				ir.Status = StatusMissing
				warnings++ // WarnNoTarget
			} else {
				var g Gap
				st, hasGap, ok := judge(ind, t, &ir.Value, &g)
				if !ok {
					st = StatusMissing
					warnings++ // WarnIgnoredValue
				}
				ir.Status = st
				if hasGap {
					if gaps == nil {
						// Most reports have few gaps. When append grows
						// the slice, earlier results keep pointing into
						// the old array, whose gaps stay as they were.
						gaps = make([]Gap, 0, min(n-k+len(c.Indicators)-ii, 8))
					}
					gaps = append(gaps, g)
					ir.Gap = &gaps[len(gaps)-1]
				}
				if st == StatusMet || st == StatusNotMet {
					if t.YearFallback {
						warnings++
					}
					if provenanceWarns(t.Provenance) {
						warnings++
					}
				}
			}
			switch ir.Status {
			case StatusNotMet:
				notMet = true
				applicable++
			case StatusMissing:
				missing = true
				applicable++
			case StatusMet:
				applicable++
			}
		}
		switch {
		case notMet:
			cr.Status = StatusNotMet
		case missing:
			cr.Status = StatusMissing
		case applicable == 0 && len(c.Indicators) == 0:
			cr.Status = StatusMissing // nothing to assess
		default: // every indicator met or not applicable; all n/a counts as met
			cr.Status = StatusMet
			r.CriteriaMet++
		}
	}

	// Second pass: the warnings, in order: the set's, then each
	// indicator's, then the values for codes the set does not define.
	pending := set.Content == criteria.ContentPendingOfficialText
	outside := set.Period != (criteria.Period{}) && !set.Period.Contains(a.Year)
	var unknown []string
	if used != len(values) {
		unknown = unknownCodes(set, values)
	}
	if total := b2i(pending) + b2i(outside) + warnings + len(unknown); total > 0 {
		r.Warnings = make([]Warning, 0, total)
	}
	if pending {
		r.Warnings = append(r.Warnings, Warning{Kind: WarnPendingContent, Set: set.ID, Year: a.Year})
	}
	if outside {
		r.Warnings = append(r.Warnings, Warning{Kind: WarnOutsidePeriod, Set: set.ID, Year: a.Year, Period: &set.Period})
	}
	if warnings > 0 {
		for i := range results {
			r.Warnings = appendIndicatorWarnings(r.Warnings, set.ID, a, &results[i])
		}
	}
	for _, code := range unknown {
		r.Warnings = append(r.Warnings, Warning{Kind: WarnUnknownIndicator, Set: set.ID, Indicator: code})
	}

	if set.Requires != "" {
		r.Prerequisite = o.prerequisite(set.Requires, a, depth)
	}
	r.Status = StatusMet
	for i := range r.Criteria {
		r.Status = worse(r.Status, r.Criteria[i].Status)
	}
	if r.Prerequisite != nil {
		r.Status = worse(r.Status, r.Prerequisite.Status)
	}
	return r
}

// appendIndicatorWarnings appends the warnings of one judged indicator,
// reading from the result what the first pass of run decided: no target
// for the region, a value that could not be judged (missing although a
// value of a judgeable kind was given), a year fallback and a target of
// provenance M or C1 that decided the outcome.
func appendIndicatorWarnings(ws []Warning, set string, a *Assessment, ir *IndicatorResult) []Warning {
	t := &ir.Target
	ind := t.Indicator
	switch ir.Status {
	case StatusMissing:
		if ind.Common == nil && !hasRegional(ind, a.Region) {
			return append(ws, Warning{Kind: WarnNoTarget, Set: set, Indicator: ind.Code, Region: a.Region, Year: a.Year})
		}
		if k := ir.Value.Kind; k != 0 && k != ValueMissing {
			return append(ws, Warning{Kind: WarnIgnoredValue, Set: set, Indicator: ind.Code, ValueKind: k, Year: a.Year})
		}
	case StatusMet, StatusNotMet:
		if t.YearFallback {
			ws = appendTargetWarning(ws, WarnYearFallback, set, a, t)
		}
		if provenanceWarns(t.Provenance) {
			ws = appendTargetWarning(ws, WarnProvenance, set, a, t)
		}
	}
	return ws
}

// appendTargetWarning appends a warning about target t, writing its fields
// in place: the nil Period is left as the fresh slice has it, without the
// write barrier a copied literal would cost.
func appendTargetWarning(ws []Warning, kind WarningKind, set string, a *Assessment, t *criteria.Resolved) []Warning {
	if len(ws) == cap(ws) {
		ws = slices.Grow(ws, 1)
	}
	ws = ws[:len(ws)+1]
	w := &ws[len(ws)-1]
	w.Kind, w.Region, w.Year = kind, a.Region, a.Year
	w.Set, w.Indicator, w.Target = set, t.Indicator.Code, t
	return ws
}

// provenanceWarns reports whether a deciding target of provenance p is
// warned about (M and C1: not confirmed by two sources).
func provenanceWarns(p criteria.Provenance) bool { return p == criteria.M || p == criteria.C1 }

func hasRegional(ind *criteria.Indicator, r criteria.Region) bool {
	_, ok := ind.Regional[r]
	return ok
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// copyTo copies v to *dst, which must be zero, leaving the fields v does
// not use as they are: in the report's fresh (zeroed) memory this saves
// the write barriers of copying nil pointers and empty strings.
func (v *Value) copyTo(dst *Value) {
	var zero decimal.Decimal
	dst.Kind, dst.Bool = v.Kind, v.Bool
	if v.Number != zero {
		dst.Number = v.Number
	}
	if v.Numerator != zero {
		dst.Numerator = v.Numerator
	}
	if v.Denominator != zero {
		dst.Denominator = v.Denominator
	}
	if v.Unit != "" {
		dst.Unit = v.Unit
	}
	if v.Source != "" {
		dst.Source = v.Source
	}
}

// worse combines statuses for the set: not-met beats missing beats met.
func worse(a, b Status) Status {
	switch {
	case a == StatusNotMet || b == StatusNotMet:
		return StatusNotMet
	case a == StatusMissing || b == StatusMissing:
		return StatusMissing
	}
	return StatusMet
}

// judge decides one indicator from its value.
func judge(ind *criteria.Indicator, t *criteria.Resolved, v *Value, g *Gap) (Status, bool, bool) {
	switch v.Kind {
	case 0, ValueMissing:
		return StatusMissing, false, true
	case ValueNotApplicable:
		if ind.NotApplicableAllowed {
			return StatusNotApplicable, false, true
		}
		return 0, false, false
	}
	if t.Kind == criteria.KindPass {
		if v.Kind != ValueBool {
			return 0, false, false
		}
		if v.Bool {
			return StatusMet, false, true
		}
		return StatusNotMet, false, true
	}
	return judgeNumeric(t, v, g)
}

// unknownCodes returns the codes of values that the set does not define,
// sorted.
func unknownCodes(set *criteria.Set, values map[string]Value) []string {
	var codes []string
	for code := range values {
		if _, _, ok := set.Indicator(code); !ok {
			codes = append(codes, code)
		}
	}
	slices.Sort(codes)
	return codes
}

// prerequisite evaluates the required set from the same assessment when it
// has values for it (basis "evaluated"), else looks for a recognition
// record for that set in a year up to the assessed one (basis
// "recognition"); otherwise the prerequisite is missing.
func (o Options) prerequisite(required string, a *Assessment, depth int) *Prerequisite {
	cat := o.catalog()
	req, err := cat.Lookup(required)
	id := required
	if err == nil {
		id = req.ID
		if _, ok := a.Values[req.ID]; ok && depth < maxPrerequisiteDepth {
			rep := o.run(req, a, depth+1)
			return &Prerequisite{Set: id, Status: rep.Status, Basis: BasisEvaluated}
		}
	}
	best := -1
	for i, rec := range a.Recognitions {
		if rec.Year > a.Year || !sameSet(cat, rec.Set, id) {
			continue
		}
		if best < 0 || rec.Year > a.Recognitions[best].Year {
			best = i
		}
	}
	if best >= 0 {
		rec := a.Recognitions[best]
		return &Prerequisite{Set: id, Status: StatusMet, Basis: BasisRecognition,
			Decision: rec.Decision, Year: rec.Year}
	}
	return &Prerequisite{Set: id, Status: StatusMissing}
}

func sameSet(cat *criteria.Catalog, a, b string) bool {
	if a == b {
		return true
	}
	s, err := cat.Lookup(a)
	return err == nil && s.ID == b
}

// RunAll evaluates a against every set of cat it has values for, in the
// catalog's order, with prerequisites resolved through cat. A nil cat
// means a new catalog of the built-in sets ([criteria.Builtin]) for this
// call alone, since the reports point into the sets they were run with:
// pass one catalog to many calls to save building it each time. A key of
// a.Values that names no set of cat, or names one by an alias rather than
// its canonical ID, is an error (naming the key); the other sets are still
// evaluated.
func RunAll(cat *criteria.Catalog, a *Assessment) ([]Report, error) {
	if cat == nil {
		cat = criteria.Builtin()
	}
	o := Options{Catalog: cat}
	sets := cat.Sets()
	var errs []error
	for id := range a.Values {
		if slices.ContainsFunc(sets, func(s *criteria.Set) bool { return s.ID == id }) {
			continue // a canonical ID: the common case, without folding names
		}
		s, err := cat.Lookup(id)
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("evaluate: %s: values[%q]: %w", a.label(), id, err))
		case s.ID != id:
			errs = append(errs, fmt.Errorf("evaluate: %s: values[%q]: use the canonical set ID %q", a.label(), id, s.ID))
		}
	}
	slices.SortFunc(errs, func(x, y error) int { return strings.Compare(x.Error(), y.Error()) })
	var reports []Report
	for _, s := range sets {
		if _, ok := a.Values[s.ID]; ok {
			reports = append(reports, o.Run(s, a))
		}
	}
	return reports, errors.Join(errs...)
}

// label names an assessment in errors: its origin or its commune.
func (a *Assessment) label() string {
	if a.Origin != "" {
		return a.Origin
	}
	if s := a.Commune.String(); s != "" {
		return s
	}
	return "assessment"
}
