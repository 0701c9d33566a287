package evaluate

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/problem"
)

// Options configures an evaluation. The zero Options is ready to use.
type Options struct {
	// Catalog resolves the set a set requires (its prerequisite), to
	// evaluate it from the same assessment's values, and the aliases of set
	// IDs used as keys of Assessment.Values. Nil means the built-in sets
	// ([criteria.Builtin]). Pass the catalog the sets came from when it
	// holds loaded definitions (--sets-from).
	Catalog *criteria.Catalog
}

// catalog is o.Catalog, or the built-in sets (shared with the decoders).
func (o Options) catalog() *criteria.Catalog { return catalogOr(o.Catalog) }

// Run evaluates assessment a against set with the zero [Options]: see
// [Options.Run]. Change a set only before its first evaluation. set and a
// must not be nil.
func Run(set *criteria.Set, a *Assessment) Report { return Options{}.Run(set, a) }

// Run evaluates assessment a against set: the status of every indicator
// from the assessment's values for the set against the target of the
// commune's column and year, the roll-up per criterion and for the set,
// the prerequisite, and the warnings. It reads set and a and changes
// neither; it does no I/O and is safe for concurrent use. set and a must
// not be nil.
//
// The values for the set are those under its canonical ID and under any
// alias of it ("1980", "QD1980") that the options' catalog knows. The
// column is a.Region; when a.Region is zero, the region of
// a.Commune.Province; when neither is known, the common targets apply and
// the report warns ([WarnNoRegion]). A region taken from a province's
// name that since 1/7/2025 also covers former provinces of other regions
// ("Tây Ninh", which covers the former Long An) is that of the former
// province of that name, and the report warns ([WarnMergedProvince]); so
// does a region a decoder derived so.
//
// Values that cannot be judged (a number for a pass/fail indicator, "n/a"
// where the set does not allow it, a share whose denominator is not above
// 0 or whose numerator is negative or exceeds it, a percentage outside
// 0-100, a negative amount, a count that is negative or not whole, true
// for a none indicator (it says no count, and may be meant as "met"), a
// number beyond those the decoders read: an exponent beyond ±40 or a
// magnitude of 10^240 or more), values for codes the set does not define
// and indicators without a target for the column are never silently
// dropped: the indicator counts as missing and the report carries a
// warning. The decoders reject such input beforehand. Judging and printing
// take bounded work for any value.
//
// Change a set only before its first evaluation: the set is compiled when
// first evaluated for a column and year, and later evaluations use the
// compiled form, not seeing later changes to the set. To change a set
// after, change a copy ([criteria.Set.Clone]) and evaluate the copy.
func (o Options) Run(set *criteria.Set, a *Assessment) Report {
	var r Report
	o.run(&r, set, a, 0)
	return r
}

// RunInto is [Options.Run] writing into *dst and reusing its memory: the
// fastest way to evaluate many communes: with a dst reused from one
// commune to the next, it allocates nothing in steady state. Reports
// that share memory with dst (earlier results of RunInto into dst, copies
// of *dst) change with it: copy what you keep. dst, set and a must not be
// nil.
func (o Options) RunInto(dst *Report, set *criteria.Set, a *Assessment) {
	o.run(dst, set, a, 0)
}

// maxPrerequisiteDepth bounds chains of prerequisites (and cycles in
// loaded definitions).
const maxPrerequisiteDepth = 4

func (o Options) run(dst *Report, set *criteria.Set, a *Assessment, depth int) {
	col, region, known, merged := columnOf(set, a)
	p := compiled(set, col, a.Year)
	src := o.sourceOf(set, a)
	p.evaluate(dst, a, region, known, &src)
	if p.byGroup && known {
		dst.Group = string(col)
	}
	if merged {
		prov, _ := criteria.LookupProvince(a.Commune.Province)
		dst.addWarning(Warning{Kind: WarnMergedProvince, Set: p.id, Year: a.Year, Region: region, Key: prov.Name})
	}
	if w, ok := unitWarningOf(a); ok {
		dst.addWarning(w.warning(p.id, a.Year))
	}
	dst.Prerequisite = nil
	if p.requires != "" {
		pr := o.prerequisite(p.requires, a, depth)
		dst.Prerequisite = &pr
		if pr.Status == StatusMissing {
			if rec, ok := transition(o.catalog(), p.requires, a); ok {
				dst.addWarning(Warning{Kind: WarnTransition, Set: p.id, Year: a.Year, Key: rec})
			}
		}
	}
	// A set is met only when every criterion is met (2540/QĐ-TTg: a
	// commune is recognised when it meets 100% of the criteria) and its
	// prerequisite is met (933/QĐ-UBND requires 1980/QĐ-TTg); a criterion
	// not met makes it not met even when others are missing (the roll-up
	// of docs/formats.md, "Evaluation report, JSON").
	dst.Status = StatusMet
	for i := range dst.Criteria {
		dst.Status = worse(dst.Status, dst.Criteria[i].Status)
	}
	if dst.Prerequisite != nil {
		dst.Status = worse(dst.Status, dst.Prerequisite.Status)
	}
}

// evaluate judges every indicator of p with the values of src into dst.
func (p *program) evaluate(dst *Report, a *Assessment, region criteria.Region, known bool, src *valueSource) {
	*dst = Report{
		Set: p.id, SetTitle: p.title, Level: p.level, Content: p.content,
		Commune: a.Commune, Region: region, Year: a.Year, Origin: a.Origin,
		CriteriaTotal: len(p.crits),
		Criteria:      dst.Criteria[:0],
		Prerequisite:  dst.Prerequisite,
		prog:          p,
		noColumn:      !known,
		rare:          dst.rare[:0],
		results:       dst.results[:0],
	}
	if cap(dst.Criteria) >= len(p.crits) && cap(dst.results) >= len(p.inds) {
		dst.Criteria, dst.results = dst.Criteria[:len(p.crits)], dst.results[:len(p.inds)]
	} else {
		dst.Criteria, dst.results = p.newResults()
	}
	results := dst.results
	// The values stored by position alone are read here rather than
	// through src.value.
	var pos []cval
	if src.main == nil {
		pos = src.pos
	}

	// Judge every indicator, keeping its status and its gap; the warnings
	// about the set and its indicators follow from these (Report.warnRefs),
	// and those about values not used are kept after them.
	for ci := range p.crits {
		c := &p.crits[ci]
		notMet, missing := false, false
		for i := c.first; i < c.end; i++ {
			d := &p.inds[i]
			ir := &results[i]
			if ir.def != d {
				ir.def = d
			}
			if pos != nil {
				if v := &pos[i]; v.kind != 0 {
					v.copyTo(&ir.val)
				} else {
					(&cval{}).copyTo(&ir.val)
				}
			} else {
				src.value(i, d.code, &ir.val)
			}
			// An indicator without a target, or whose value cannot be
			// judged, is missing; Report.Warnings says why.
			st := StatusMissing
			ir.gap = gapSmall{flags: gapKept}
			switch {
			case !d.hasTarget:
			case ir.val.kind == ValueBool && d.op == criteria.OpEq:
				st = metIf(ir.val.boolean) // as judge decides it
			default:
				var g gapRep
				if s, ok := d.judge(&ir.val, &g); ok {
					st = s
					if g.has {
						ir.gap = g.small()
					}
				}
			}
			ir.Status = st
			notMet = notMet || ir.Status == StatusNotMet
			missing = missing || ir.Status == StatusMissing
		}
		cr := &dst.Criteria[ci]
		if cr.def != c {
			cr.def = c
		}
		// Capped, so that appending to one criterion's results never
		// reaches the next one's.
		cr.Indicators = results[c.first:c.end:c.end]
		cr.Status = criterionStatus(c.end-c.first, notMet, missing)
		if cr.Status == StatusMet {
			dst.CriteriaMet++
		}
	}
	for _, w := range src.unknown(p) {
		dst.addWarning(w)
	}
}

// criterionStatus decides a criterion of n indicators from whether any is
// not met and whether any is missing: not met if any is not met, otherwise
// missing if any is missing, otherwise met. Not-applicable indicators do
// not block, and a criterion whose indicators are all not applicable is
// not assessed and counts as met (4800/QĐ-BCT: a commune with no rural
// commerce infrastructure in its plan is not assessed on criterion 7); a
// criterion is met when all its indicators are (441/QĐ-BTTTT states it for
// criterion 8; docs/formats.md, "Evaluation report, JSON", for all). A
// criterion without indicators has nothing to assess and is missing.
func criterionStatus(n int, notMet, missing bool) Status {
	switch {
	case n == 0:
		return StatusMissing
	case notMet:
		return StatusNotMet
	case missing:
		return StatusMissing
	}
	return StatusMet
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

// prerequisite evaluates the required set from the same assessment when it
// has values for it (basis "evaluated"), else looks for a recognition
// record for that set in a year up to the assessed one (basis
// "recognition"), else for the outcome settled outside the assessment
// (Assessment.Prerequisites: the set evaluated from another assessment of
// the commune); otherwise the prerequisite is missing, with basis
// "recognition": the record that would satisfy it is what is missing. A set that requires
// another is met only when the other is (933/QĐ-UBND requires 1980/QĐ-TTg
// met; docs/formats.md, "prerequisite").
func (o Options) prerequisite(required string, a *Assessment, depth int) Prerequisite {
	cat := o.catalog()
	req, err := catalogs.Lookup(cat, required)
	id := required
	if err == nil {
		id = req.ID
		if o.hasValues(req, a) && depth < maxPrerequisiteDepth {
			var rep Report
			o.run(&rep, req, a, depth+1)
			return Prerequisite{Set: id, Status: rep.Status, Basis: BasisEvaluated, Content: req.Content}
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
		return Prerequisite{Set: id, Status: StatusMet, Basis: BasisRecognition, Decision: rec.Decision, Year: rec.Year}
	}
	for _, p := range a.Prerequisites {
		switch p.Status {
		case StatusMet, StatusNotMet, StatusMissing:
			if sameSet(cat, p.Set, id) {
				p.Set = id
				return p
			}
		}
	}
	return Prerequisite{Set: id, Status: StatusMissing, Basis: BasisRecognition}
}

// errNoAssessment is the cause of the problem of a nil assessment given
// to RunAll or RunAllInto.
var errNoAssessment = errors.New("no assessment (a nil *Assessment)")

func sameSet(cat *criteria.Catalog, a, b string) bool {
	if a == b {
		return true
	}
	s, err := catalogs.Lookup(cat, a)
	return err == nil && s.ID == b
}

// RunAll evaluates a against every set of cat it has values for (under a
// set's ID or an alias), in the catalog's order, with prerequisites
// resolved through cat. A nil cat means the built-in sets
// ([criteria.Builtin]), shared by every call. A key of a.Values that names
// no set of cat is an error (naming the key: errors.As with a
// *problem.Problem target gets its problem, of code unknown-set or
// ambiguous-set, Path `values["KEY"]`, Input the key and Commune the
// commune's name); the other sets are still evaluated. A nil a is an error
// of code missing-field, without reports.
func RunAll(cat *criteria.Catalog, a *Assessment) ([]Report, error) {
	return RunAllInto(nil, cat, a)
}

// RunAllInto is [RunAll] appending the reports to dst[:0] and reusing the
// memory of dst's reports as [Options.RunInto] does: with dst reused from
// one assessment to the next, evaluating many communes allocates little.
// Reports that share memory with dst change with it: copy what you keep.
func RunAllInto(dst []Report, cat *criteria.Catalog, a *Assessment) ([]Report, error) {
	if a == nil {
		return dst[:0], coded(problem.Problem{Code: problem.MissingField, Err: errNoAssessment},
			errors.New("evaluate: RunAll: no assessment (a nil *Assessment)"))
	}
	cat = catalogOr(cat)
	o := Options{Catalog: cat}
	sets := catalogs.Sets(cat)
	var errs []error
	for id := range a.Values {
		if slices.ContainsFunc(sets, func(s *criteria.Set) bool { return s.ID == id }) {
			continue // a canonical ID: the common case, without folding names
		}
		if _, err := catalogs.Lookup(cat, id); err != nil {
			errs = append(errs, unknownKey(a, id, err))
		}
	}
	slices.SortFunc(errs, func(x, y error) int { return strings.Compare(x.Error(), y.Error()) })
	reports := dst[:0]
	for _, s := range sets {
		if o.hasValues(s, a) {
			if len(reports) < cap(reports) {
				reports = reports[:len(reports)+1]
			} else {
				reports = append(reports, Report{})
			}
			o.run(&reports[len(reports)-1], s, a, 0)
		}
	}
	return reports, errors.Join(errs...)
}

// unknownKey is the error of RunAll on a key id of a.Values that the
// catalog's lookup answered with err: its message names the assessment, the
// key and err; its problem has err's code (unknown-set, ambiguous-set) and
// cause, Path the key in a.Values, Input the key, and the commune's name.
func unknownKey(a *Assessment, id string, err error) error {
	p := problem.Problem{Code: problem.UnknownSet, Err: err}
	if q, ok := errors.AsType[*problem.Problem](err); ok {
		p.Code, p.Err = q.Code, q.Err
	}
	p.Path, p.Input, p.Commune = fmt.Sprintf("values[%q]", id), id, a.Commune.Name
	return coded(p, fmt.Errorf("evaluate: %s: values[%q]: %w", a.label(), id, err))
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
