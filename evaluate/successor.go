package evaluate

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/unitof"
	"github.com/nongthonmoi/ntm/units"
)

// BasisEstimate is the Basis of a report estimated for a unit formed by
// merging communes, from the reports of its predecessors
// ([EstimateSuccessors]).
const BasisEstimate = "estimate-from-predecessors"

// EstimateLabel is how every renderer labels an estimated report.
const EstimateLabel = "ước tính từ số liệu các xã cũ"

// EstimateSuccessors returns, for every unit formed by day d (package
// units) whose predecessors — all of them, each merged whole — have
// reports in reports for the same set and year, one estimated report: its
// Commune is the new unit (with its code), its Basis is [BasisEstimate],
// Predecessors lists the communes it was estimated from, and it warns that
// it is an estimate ([WarnEstimate]), never a recognition. The estimate
// never holds recognitions, so a prerequisite is met only from the same
// estimate's values: those of the sets the set requires, down its chain of
// prerequisites, are estimated with it from the same predecessors' reports
// of them for the year (933/QĐ-UBND takes 1980/QĐ-TTg's, however each
// predecessor's prerequisite was settled), when every predecessor has one;
// a predecessor met by recognition alone gives none, and the prerequisite
// is then missing. A report is its commune's as the registry knew it in
// the report's year, named by code (codes were reused in 2025: the name
// decides between the units a code names) or by name: the 2026 report of
// the new xã Tân Thành (06445) is not a report of xã Hòa Sơn, whose code
// it took over.
//
// Per indicator: not applicable only if every predecessor's is; shares add
// up (Σ numerators / Σ denominators, exact; a predecessor's "n/a", nothing
// of the kind, adds to neither); counts of a none indicator add up (an
// "n/a" adds none); a pass indicator is met only if every predecessor's is
// met (an "n/a" is not), not met if any is not met, otherwise missing. A
// percentage or an amount given without numerator and denominator is met
// when every predecessor's value meets the target (any weighted average
// lies between the extremes; the value shown is the extreme nearest the
// target; an "n/a" does not meet it), not met when none does (the value
// shown is the one nearest the target, so the gap is a lower bound), and
// otherwise missing, with a warning asking for numerators and denominators
// ([WarnEstimateBound]).
//
// A unit one of whose predecessors was split across several new units
// cannot be estimated: no report, and a [SuccessorNote] naming it; so is a
// unit some of whose predecessors have no report (a note names them).
func EstimateSuccessors(o Options, reports []Report, d time.Time) (estimates []Report, notes []SuccessorNote) {
	type key struct {
		code, name, set string
		year            int
	}
	byPred := map[key]*Report{}
	var formed []units.Unit // new units with a reported predecessor, in order of appearance
	seenUnit := map[string]bool{}
	for i := range reports {
		r := &reports[i]
		if r.Basis != "" {
			continue
		}
		u, ok := predecessorUnit(r)
		if !ok {
			continue
		}
		k := key{u.Code, u.Name, r.Set, r.Year}
		if _, dup := byPred[k]; dup {
			continue
		}
		byPred[k] = r
		for _, s := range units.Successors(u, d) {
			id := s.Successor.Code + "\x00" + s.Successor.Name
			if !seenUnit[id] {
				seenUnit[id] = true
				formed = append(formed, s.Successor)
			}
		}
	}
	for _, nu := range formed {
		preds := units.Predecessors(nu)
		type sy struct {
			set  string
			year int
		}
		var pairs []sy
		for _, p := range preds {
			for k := range byPred {
				if k.code == p.Predecessor.Code && k.name == p.Predecessor.Name && !slices.Contains(pairs, sy{k.set, k.year}) {
					pairs = append(pairs, sy{k.set, k.year})
				}
			}
		}
		slices.SortFunc(pairs, func(a, b sy) int {
			if a.year != b.year {
				return a.year - b.year
			}
			return strings.Compare(a.set, b.set)
		})
		for _, pr := range pairs {
			var from []*Report
			note := SuccessorNote{Unit: nu, Set: pr.set, Year: pr.year}
			for _, p := range preds {
				if !p.Whole {
					note.Split = append(note.Split, p)
					continue
				}
				r, ok := byPred[key{p.Predecessor.Code, p.Predecessor.Name, pr.set, pr.year}]
				if !ok {
					note.Missing = append(note.Missing, p.Predecessor)
					continue
				}
				from = append(from, r)
			}
			if len(note.Split) > 0 || len(note.Missing) > 0 {
				if len(note.Split) > 0 {
					note.Missing = nil // the split decides
				}
				notes = append(notes, note)
				continue
			}
			estimates = append(estimates, o.estimate(nu, from, o.requiredFrom(pr.set, from, func(set string, p units.Succession) *Report {
				return byPred[key{p.Predecessor.Code, p.Predecessor.Name, set, pr.year}]
			}, preds)))
		}
	}
	return estimates, notes
}

// SuccessorNote says why [EstimateSuccessors] made no estimate for a unit,
// a set and a year: some predecessors were split across several new units
// (Split), or, when none was, some have no report (Missing).
type SuccessorNote struct {
	Unit    units.Unit // the unit formed
	Set     string
	Year    int
	Split   []units.Succession // the predecessors split, each with its basis
	Missing []units.Unit       // the predecessors without a report
}

// Text returns the note in lang ("en" for English, anything else
// Vietnamese), on one line. A predecessor whose code the unit took over
// (codes were reused in 2025) is not given the code a second time:
//
//	Xã Tân Thành (06445), Lạng Sơn, 1980/QĐ-TTg, 2020: không ước tính được vì thiếu số liệu của Xã Hòa Sơn (cùng mã với xã mới), Huyện Hữu Lũng, Lạng Sơn
//	Xã Tân Thành (06445), Lạng Sơn, 1980/QĐ-TTg, 2020: no estimate: no report for Xã Hòa Sơn (same code as the new unit), Huyện Hữu Lũng, Lạng Sơn
func (n SuccessorNote) Text(lang string) string {
	head := fmt.Sprintf("%s, %s, %d: ", n.Unit, n.Set, n.Year)
	if lang == "en" {
		if len(n.Split) > 0 {
			return head + "no estimate: a predecessor was split: " + n.split(sameCodeEN)
		}
		return head + "no estimate: no report for " + n.missing(sameCodeEN)
	}
	if len(n.Split) > 0 {
		return head + "không ước tính được vì xã cũ bị chia tách: " + n.split(sameCodeVI)
	}
	return head + "không ước tính được vì thiếu số liệu của " + n.missing(sameCodeVI)
}

// String returns the note in Vietnamese with English beside it, a
// predecessor whose code the unit took over marked "(cùng mã với xã mới;
// same code as the new unit)".
func (n SuccessorNote) String() string { return n.bilingual(sameCodeVI | sameCodeEN) }

// MarshalText writes the note as String does, but each unit with its own
// code (in JSON, a note is a string, which programs may search by code).
func (n SuccessorNote) MarshalText() ([]byte, error) { return []byte(n.bilingual(0)), nil }

// bilingual is the note in Vietnamese with English beside it; sameCode
// as in [SuccessorNote.predecessor].
func (n SuccessorNote) bilingual(sameCode sameCodeWords) string {
	head := fmt.Sprintf("%s, %s, %d: ", n.Unit, n.Set, n.Year)
	if len(n.Split) > 0 {
		return head + "không ước tính được vì xã cũ bị chia tách (a predecessor was split; no estimate): " + n.split(sameCode)
	}
	return head + "không ước tính được vì thiếu số liệu của (no estimate: no report for) " + n.missing(sameCode)
}

func (n SuccessorNote) split(sameCode sameCodeWords) string {
	parts := make([]string, len(n.Split))
	for i, s := range n.Split {
		parts[i] = fmt.Sprintf("%s (%s)", n.predecessor(s.Predecessor, sameCode), s.Basis)
	}
	return strings.Join(parts, "; ")
}

func (n SuccessorNote) missing(sameCode sameCodeWords) string {
	parts := make([]string, len(n.Missing))
	for i, u := range n.Missing {
		parts[i] = n.predecessor(u, sameCode)
	}
	return strings.Join(parts, "; ")
}

// sameCodeWords says in which languages a note marks a predecessor whose
// code its unit took over; none writes the code instead.
type sameCodeWords uint8

const (
	sameCodeVI sameCodeWords = 1 << iota // "cùng mã với xã mới"
	sameCodeEN                           // "same code as the new unit"
)

// predecessor writes a predecessor as [units.Unit.String] does ("Xã Hòa
// Lạc (06430), Huyện Hữu Lũng, Lạng Sơn"), but, when the note's unit took
// its code over and sameCode names a language, with words that say so in
// place of the code, the unit's own code being written once, before:
// "Xã Hòa Sơn (cùng mã với xã mới), Huyện Hữu Lũng, Lạng Sơn" after "Xã
// Tân Thành (06445)"; the kind of the unit is the registry's (xã, phường,
// thị trấn).
func (n SuccessorNote) predecessor(u units.Unit, sameCode sameCodeWords) string {
	if sameCode == 0 || u.Code == "" || u.Code != n.Unit.Code {
		return u.String()
	}
	var words []string
	if sameCode&sameCodeVI != 0 {
		kind := n.Unit.Kind
		if kind == "" {
			kind = "đơn vị"
		}
		words = append(words, "cùng mã với "+kind+" mới")
	}
	if sameCode&sameCodeEN != 0 {
		words = append(words, "same code as the new unit")
	}
	s := u.Name + " (" + strings.Join(words, "; ") + ")"
	if u.District != "" {
		s += ", " + u.District
	}
	return s + ", " + u.Province
}

// predecessorUnit finds the unit a report's commune was, when a later
// change took it over: the one unit of the registry that its code names
// (the name decides between units a reused code names: 06445 was xã Hòa
// Sơn, is xã Tân Thành), or without a code its name, among the units of
// the report's year: a unit that ceased before that year, or was formed
// after it, is not the commune of that report (a 2026 report of xã Vân
// Nham is of the unit formed on 1/7/2025, not of the former xã Vân Nham).
func predecessorUnit(r *Report) (units.Unit, bool) {
	u, ok := unitof.Of(r.Commune.Code, r.Commune.Name, r.Commune.District, r.Commune.Province, r.Year)
	if !ok || len(units.Successions(u)) == 0 {
		return units.Unit{}, false
	}
	return u, true
}

// requiredFrom returns, for the chain of sets that set requires (nearest
// first, as deep as the evaluator evaluates one from values), the reports
// of every predecessor of preds for each, the year of from, by report()
// (nil when it has none): those of a set end the chain when a predecessor
// has no report of it.
func (o Options) requiredFrom(set string, from []*Report, report func(set string, p units.Succession) *Report, preds []units.Succession) [][]*Report {
	var out [][]*Report
	s, err := catalogs.Lookup(o.catalog(), set)
	for depth := 0; err == nil && s.Requires != "" && depth < maxPrerequisiteDepth; depth++ {
		if s, err = catalogs.Lookup(o.catalog(), s.Requires); err != nil {
			break
		}
		rs := make([]*Report, 0, len(from))
		for _, p := range preds {
			if r := report(s.ID, p); r != nil {
				rs = append(rs, r)
			}
		}
		if len(rs) != len(from) {
			break
		}
		out = append(out, rs)
	}
	return out
}

// estimate builds the estimated report of unit nu from the reports of all
// its predecessors for one set and year, and, for each set it requires
// down its chain of prerequisites, from theirs of that set (required): the
// values of those sets are estimated too, and the prerequisite is
// evaluated from them.
func (o Options) estimate(nu units.Unit, from []*Report, required [][]*Report) Report {
	first := from[0]
	set, err := catalogs.Lookup(o.catalog(), first.Set)
	a := Assessment{
		Commune: Commune{Name: nu.ShortName(), Province: nu.Province, Code: nu.Code},
		Region:  first.Region,
		Year:    first.Year,
		Group:   first.Group,
	}
	var preds []Commune
	var predNames []string
	for _, r := range from {
		preds = append(preds, r.Commune)
		predNames = append(predNames, r.Commune.Name)
		if r.Group != a.Group {
			a.Group = ""
		}
	}
	vals, bounds := estimateValues(from)
	a.Values = map[string]map[string]Value{first.Set: vals}
	for _, rs := range required {
		v, _ := estimateValues(rs)
		a.Values[rs[0].Set] = v
	}
	a.Origin = EstimateLabel + ": " + strings.Join(predNames, ", ")
	var r Report
	if err == nil {
		r = Options{Catalog: o.Catalog}.Run(set, &a)
	} else {
		// The set is not in the catalog: the estimate keeps what the
		// predecessors' reports say of it, its content among them, so
		// that a set pending the official text stays marked.
		r = Report{Set: first.Set, SetTitle: first.SetTitle, Level: first.Level, Content: first.Content,
			Commune: a.Commune, Year: a.Year}
	}
	r.Basis, r.Predecessors = BasisEstimate, preds
	r.addWarning(Warning{Kind: WarnEstimate, Set: r.Set, Year: r.Year})
	for _, b := range bounds {
		w := Warning{Kind: WarnEstimateBound, Set: r.Set, Year: r.Year, Indicator: b.code}
		if b.why == gapNotApplies {
			w.ValueKind = ValueNotApplicable
		}
		r.addWarning(w)
	}
	return r
}

// bound is an indicator an estimate left missing for want of numerators
// and denominators.
type bound struct {
	code string
	why  estimateGap
}

// estimateValues returns the estimated values of the set of the reports
// from, all of one set and year (one per predecessor), by indicator code,
// and the indicators left missing for want of numerators and denominators.
func estimateValues(from []*Report) (map[string]Value, []bound) {
	first := from[0]
	var bounds []bound
	vals := map[string]Value{}
	for ci := range first.Criteria {
		for ii := range first.Criteria[ci].Indicators {
			var rs []*IndicatorResult
			for _, r := range from {
				if ci < len(r.Criteria) && ii < len(r.Criteria[ci].Indicators) {
					rs = append(rs, &r.Criteria[ci].Indicators[ii])
				}
			}
			code := first.Criteria[ci].Indicators[ii].Code()
			v, ok, why := combine(rs, len(from))
			if why != gapNone {
				bounds = append(bounds, bound{code, why})
			}
			if ok {
				names := make([]string, len(from))
				for i, r := range from {
					names[i] = r.Commune.Name
				}
				v.Source = EstimateLabel + ": " + strings.Join(names, ", ")
				vals[code] = v
			}
		}
	}
	return vals, bounds
}

// estimateGap says why an estimate left an indicator missing for want of
// numerators and denominators ([WarnEstimateBound]).
type estimateGap uint8

const (
	gapNone       estimateGap = iota
	gapBothSides              // the percentages or amounts fall on both sides of the target
	gapNotApplies             // the others meet the target but some predecessor's is "n/a"
)

// combine is the estimated value of one indicator from its predecessors'
// results (n of them): ok false when it is missing; why says when it is
// missing because the predecessors' percentages or amounts do not decide
// the target and numerators and denominators would.
//
// It follows the specification ("Successor estimates") sentence by
// sentence:
//
//   - "not applicable only if all are": n/a when every predecessor's is
//     n/a, and never otherwise;
//   - "pass is met only if every predecessor's is met, not met if any is
//     not met, otherwise missing": a predecessor's n/a is not met, so
//     (n/a, true, true) is missing;
//   - "shares add up (Σ numerators / Σ denominators, exact)": an "n/a"
//     has no numerator and no denominator; it means that nothing of the
//     kind exists (no establishments, no livestock households), so it adds
//     nothing to either sum (0 of 0) and the share is that of the others,
//     exactly what the merged commune has;
//   - "counts of a none indicator add up": likewise an n/a adds no count;
//   - "a percentage or an amount without numerator and denominator is met
//     when every predecessor's value meets the target …, not met when none
//     does, and otherwise missing with a warning asking for numerators and
//     denominators": an n/a is a value that does not meet the target, so
//     with one the estimate is never met; it is not met when no
//     predecessor's value meets the target, and otherwise missing with the
//     warning (numerators and denominators then decide it as a share).
func combine(rs []*IndicatorResult, n int) (v Value, ok bool, why estimateGap) {
	if len(rs) != n || n == 0 {
		return Value{}, false, gapNone
	}
	if rs[0].Target().Kind == criteria.KindPass {
		v, ok := combinePass(rs)
		return v, ok, gapNone
	}
	used, missing := applicable(rs)
	switch {
	case missing:
		return Value{}, false, gapNone
	case len(used) == 0:
		return NotApplicable(), true, gapNone
	}
	for _, r := range used {
		if !r.val.inRange() {
			// A number beyond those the decoders read is not added up:
			// the estimate is given it, and like the predecessor's report
			// cannot judge it and warns.
			return r.Value(), true, gapNone
		}
	}
	t := used[0].Target()
	switch {
	case t.Kind == criteria.KindNone:
		v, ok := sumCounts(used)
		return v, ok, gapNone
	case allShares(used):
		return sumShares(used), true, gapNone
	}
	return nearestValue(used, len(used) < len(rs), t)
}

// combinePass is combine for a pass/fail indicator: met only if every
// predecessor's is met, not met if any is not met (whatever the others),
// otherwise missing; not applicable only if all are.
func combinePass(rs []*IndicatorResult) (Value, bool) {
	all, na := true, 0
	for _, r := range rs {
		switch {
		case r.Value().Kind == ValueBool && !r.Value().Bool:
			return Bool(false), true
		case r.Value().Kind == ValueNotApplicable:
			na++
			all = false
		case r.Value().Kind != ValueBool:
			all = false
		}
	}
	switch {
	case all:
		return Bool(true), true
	case na == len(rs):
		return NotApplicable(), true
	}
	return Value{}, false
}

// applicable returns the results of rs that are not "n/a"; missing when
// one has no value.
func applicable(rs []*IndicatorResult) (used []*IndicatorResult, missing bool) {
	for _, r := range rs {
		switch r.Value().Kind {
		case 0, ValueMissing:
			return nil, true
		case ValueNotApplicable:
			continue
		}
		used = append(used, r)
	}
	return used, false
}

// sumCounts adds up the counts of a none indicator; false when one is no
// count ("present" with no count).
func sumCounts(used []*IndicatorResult) (Value, bool) {
	sum := decimal.Zero
	for _, r := range used {
		switch r.Value().Kind {
		case ValueNumber:
			sum = sum.Add(r.Value().Number)
		case ValueBool:
			if r.Value().Bool {
				return Value{}, false // "present" with no count
			}
		default:
			return Value{}, false
		}
	}
	return Number(sum), true
}

// allShares reports whether every value of used is a share.
func allShares(used []*IndicatorResult) bool {
	for _, r := range used {
		if r.Value().Kind != ValueShare {
			return false
		}
	}
	return true
}

// sumShares adds up shares: Σ numerators / Σ denominators, exact.
func sumShares(used []*IndicatorResult) Value {
	num, den := decimal.Zero, decimal.Zero
	for _, r := range used {
		num, den = num.Add(r.Value().Numerator), den.Add(r.Value().Denominator)
	}
	return Value{Kind: ValueShare, Numerator: num, Denominator: den, Unit: used[0].Value().Unit}
}

// nearestValue is combine for percentages or amounts without numerator and
// denominator: met only when every predecessor's value meets target t (an
// n/a, notApplicable, does not), not met when none does; then the value is
// the extreme nearest the target.
func nearestValue(used []*IndicatorResult, notApplicable bool, t Target) (Value, bool, estimateGap) {
	met, notMet := 0, 0
	for _, r := range used {
		switch r.Status {
		case StatusMet:
			met++
		case StatusNotMet:
			notMet++
		}
	}
	switch {
	case met+notMet != len(used): // a value not judged (no target)
		return Value{}, false, gapNone
	case met == len(used) && notApplicable:
		return Value{}, false, gapNotApplies
	case met != len(used) && notMet != len(used):
		return Value{}, false, gapBothSides
	}
	// The extreme nearest the target: the smallest (for ≥) of values that
	// all meet it or all miss it is the nearest when they meet, the largest
	// when they miss; the other way round for ≤.
	wantMin := (met == len(used)) == (t.Op == criteria.OpGE)
	best := used[0]
	for _, r := range used[1:] {
		c := percentOf(r.Value()).Cmp(percentOf(best.Value()))
		if (wantMin && c < 0) || (!wantMin && c > 0) {
			best = r
		}
	}
	return best.Value(), true, gapNone
}

// percentOf is a value as one number: the number, or a share's percentage
// (for ordering only).
func percentOf(v Value) decimal.Decimal {
	if v.Kind == ValueShare && v.Denominator.Sign() > 0 {
		return v.Numerator.Mul(decimal.New(100, 0)).DivRound(v.Denominator, 8)
	}
	return v.Number
}
