package evaluate

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// The judgement of one indicator: a value against the target resolved for
// the commune's column and year. Whether a value meets a target is decided
// in one place, [criteria.Op.Holds], from an exact comparison: in fixed
// point when every operand fits, in bounded exact decimals otherwise.

// Judge judges one indicator of set, named by code, for a commune of
// target column col in year, with value v: its status and, when it is not
// met, its gap (a pass/fail shortfall has [Gap.MustBeMet]). It is the
// judgement [Run] makes for that indicator, on the values the readers
// read. It fails, naming the set, the indicator, the column and the quoted
// value, when set is nil or has no indicator code (a criterion's code
// names its indicators), when col names no column (the error lists the
// set's columns), when the indicator has no target in col, when year is
// not one the readers read, and when v is
// not a value the readers would read for the indicator (a number for a
// pass/fail indicator, "n/a" where not allowed, a share whose denominator
// is not above 0 or whose numerator is negative or exceeds it, a
// percentage outside 0-100, a count of a none indicator that is negative,
// not whole or true, a number beyond those the decoders read: an exponent
// beyond ±40 or a magnitude of 10^240 or more); [Run] counts such an
// indicator missing and warns. The error matches its [problem.Code] with
// errors.Is, as a reader's problem does: problem.UnknownIndicator for a
// code the set has not, problem.RegionMismatch for a region column that
// names no region, problem.OutOfRange for a commune group the set has not,
// for a year the readers do not read (before 1990 or after 2100: a case
// that forgot its year, 0) and for a number beyond those read, problem.MissingField for a nil set
// or no target in col, and for a value the readers would not read the
// code they give it (problem.WrongKind, problem.OutOfRange). With
// errors.As, a *problem.Problem target gets the problem, for a service to
// answer as the HTTP API answers a reader's (its JSON, [problem.Problem.Message]
// in English or Vietnamese): its Code, Path the indicator code (not for a
// nil set), Input the value as written ("3/2
// trường", "true", "n/a"; the code for an unknown indicator, the column
// for an unknown column or one without a target, the year for a year not
// read), Column "numerator" or "denominator" for a share refused on that
// field as the table reader places it ("year" for the year), and Err the
// reason; the error's own message is unchanged.
//
// col names the column as [criteria.Column.String] writes it: a region's
// code ("TDMNPB", or [criteria.Region.String]) or name for a set split by
// region, a commune group's code ("3") for a set split by commune group
// (51/2025/QĐ-TTg), or "" for the common targets.
//
//	st, gap, err := evaluate.Judge(criteria.QD1980(), "5", "TDMNPB", 2020, evaluate.Share(2, 3, "trường"))
//	fmt.Println(st, gap, err) // not-met 3.34 (1 trường) <nil>
//
// Judge gives the verdict only, not the warnings a [Report] carries
// beside it: a set whose content awaits the official text
// (set.Content is [criteria.ContentPendingOfficialText], as for
// 933/QĐ-UBND and the sets after 2020) has one pass/fail indicator per
// criterion, coded as the criterion, judged from the commune's attestation,
// and its verdict is provisional (tạm tính: chờ văn bản chính thức); a
// target of provenance M or C1, criterion 10's 2020 value used for an
// earlier year and a year outside the set's period are not flagged
// either. Read them from [criteria.Indicator.Resolve] and set.Content, or
// run the assessment and read [Report.Warnings].
func Judge(set *criteria.Set, code string, col string, year int, v Value) (Status, Gap, error) {
	if set == nil {
		return 0, Gap{}, coded(problem.Problem{Code: problem.MissingField, Err: errNoSet}, errors.New("evaluate: Judge: no set (a nil *criteria.Set)"))
	}
	key := columnKey(col)
	if col != "" && set.Columns == criteria.ColumnsGroup {
		if _, ok := set.CommuneGroup(col); !ok {
			return 0, Gap{}, coded(problem.Problem{Code: problem.OutOfRange, Path: code, Input: col, Err: unknownColumn(set, col)},
				fmt.Errorf("evaluate: unknown column %q of set %s (%s)", col, set.ID, judgeColumns(set, col)))
		}
	} else if col != "" {
		r, err := criteria.ParseRegion(col)
		if err != nil {
			return 0, Gap{}, coded(problem.Problem{Code: problem.RegionMismatch, Path: code, Input: col, Err: unknownColumn(set, col)},
				fmt.Errorf("evaluate: unknown column %q of set %s (%s)", col, set.ID, judgeColumns(set, col)))
		}
		key = regionKey(r)
	}
	if err := checkYear(year); err != nil {
		return 0, Gap{}, coded(problem.Problem{Code: problem.OutOfRange, Path: code, Column: "year", Input: strconv.Itoa(year), Err: err},
			fmt.Errorf("evaluate: indicator %s of %s, column %q: year %d: %w", code, set.ID, col, year, err))
	}
	ind, _, found := set.Indicator(code)
	p := compiled(set, key, year)
	i, ok := p.index[code]
	if !ok || !found {
		return 0, Gap{}, noIndicator(set, code)
	}
	d := &p.inds[i]
	if !d.hasTarget {
		return 0, Gap{}, coded(problem.Problem{Code: problem.MissingField, Path: code, Input: col, Err: fmt.Errorf("no target of %s for this column", set.ID)},
			fmt.Errorf("evaluate: indicator %s of %s has no target for column %q", code, set.ID, col))
	}
	r := IndicatorResult{val: compact(&v), def: d}
	if !r.val.fits && !r.val.inRange() {
		return 0, Gap{}, coded(problem.Problem{Code: problem.OutOfRange, Path: code, Input: writtenValue(v),
			Err: fmt.Errorf("beyond the numbers read from input (an exponent beyond ±%d, or a magnitude of 10^%d or more): it cannot be judged", maxExponent, maxMagnitude)},
			fmt.Errorf("evaluate: indicator %s of %s, column %q: a %s value beyond the numbers read from input (an exponent beyond ±%d, or a magnitude of 10^%d or more) cannot be judged",
				code, set.ID, col, v.Kind, maxExponent, maxMagnitude))
	}
	// A value the readers would reject is not judged: no file can carry
	// it, so a verdict on it would pin a rule against an impossible case.
	if v.Kind != 0 {
		if ps := checkValue(ind, v); len(ps) > 0 {
			reasons := make([]string, len(ps))
			for k, vp := range ps {
				reasons[k] = problemText(vp.field, vp.err.Error())
			}
			// One reason is the reader's, on its field of a share as the
			// table reader places it (column numerator); more are joined.
			why, field := ps[0].err, ps[0].field
			if len(ps) > 1 {
				why, field = errors.New(strings.Join(reasons, "; ")), ""
			}
			return 0, Gap{}, coded(problem.Problem{Code: classify(&InputError{Err: ps[0].err}), Path: code, Column: field, Input: writtenValue(v), Err: why},
				fmt.Errorf("evaluate: indicator %s of %s, column %q: %s: %s", code, set.ID, col, judgedValue(v), strings.Join(reasons, "; ")))
		}
	}
	var g gapRep
	st, ok := d.judge(&r.val, &g)
	if !ok {
		return 0, Gap{}, coded(problem.Problem{Code: problem.WrongKind, Path: code, Input: writtenValue(v), Err: errors.New("cannot be judged against the indicator")},
			fmt.Errorf("evaluate: indicator %s of %s, column %q: %s cannot be judged against it", code, set.ID, col, judgedValue(v)))
	}
	r.Status, r.gap = st, g.small()
	gap, _ := r.shortfallGap()
	return st, gap, nil
}

// judgedValue quotes v for an error of Judge: `value "3/2 trường"`.
func judgedValue(v Value) string {
	s := writtenValue(v)
	if s == "" {
		return "value of kind " + v.Kind.String()
	}
	return fmt.Sprintf("value %q", s)
}

// writtenValue is v as written for an error of Judge, the Input of its
// problem: "3/2 trường", "true", "96.5", "n/a", "null"; "" for a value
// of no kind.
func writtenValue(v Value) string {
	var s string
	switch v.Kind {
	case ValueBool:
		s = strconv.FormatBool(v.Bool)
	case ValueNumber:
		s = numberText(v.Number)
	case ValueShare:
		s = numberText(v.Numerator) + "/" + numberText(v.Denominator)
		if v.Unit != "" {
			s += " " + v.Unit
		}
	case ValueNotApplicable:
		s = "n/a"
	case ValueMissing:
		s = "null"
	}
	return s
}

// judgeColumns says which columns set has, for an error of Judge on the
// unknown column col: a message that reads in English and Vietnamese.
func judgeColumns(set *criteria.Set, col string) error {
	if set.Columns == criteria.ColumnsGroup {
		codes := make([]string, len(set.CommuneGroups))
		for i, g := range set.CommuneGroups {
			codes[i] = g.Code
		}
		return problem.Errorf(problem.OutOfRange, `want a commune group's code — %s — or "" for the common targets`, strings.Join(codes, ", "))
	}
	if r, err := criteria.RegionOf(col); err == nil {
		return problem.Errorf(problem.RegionMismatch, "%q is a province: its region is %s", col, r)
	}
	rs := criteria.Regions()
	codes := make([]string, len(rs))
	for i, r := range rs {
		codes[i] = r.String()
	}
	return problem.Errorf(problem.RegionMismatch, `want a region's code — %s — or name, or "" for the common targets`, strings.Join(codes, ", "))
}

// knownCodes says, for an error of Judge or ParseValue on the unknown
// indicator code, which indicators a criterion coded so has, how a set
// whose content is pending codes its indicators, or which parts of an
// indicator split in parts to give ("17.1": 17.1a or 17.1b), as the
// readers say; nil when none applies.
func knownCodes(set *criteria.Set, code string) error {
	if set.Content == criteria.ContentPendingOfficialText && len(set.Criteria) > 0 {
		return problem.Errorf(problem.UnknownIndicator, "its content awaits the official text: one pass/fail indicator per criterion, coded as the criterion: %s … %s",
			set.Criteria[0].Code, set.Criteria[len(set.Criteria)-1].Code)
	}
	for _, c := range set.Criteria {
		if c.Code != code || len(c.Indicators) == 0 {
			continue
		}
		codes := make([]string, len(c.Indicators))
		for i, ind := range c.Indicators {
			codes[i] = ind.Code
		}
		return problem.Errorf(problem.UnknownIndicator, "criterion %s has the indicators %s", code, strings.Join(codes, ", "))
	}
	return nil
}

// judge decides indicator d, which has a target, from value v: its
// status and, when the indicator is numeric and not met and g is not nil,
// the gap into *g (which must be zero). ok is false
// when v cannot be judged against d; the indicator then counts as missing
// and the report warns.
func (d *indicatorDef) judge(v *cval, g *gapRep) (st Status, ok bool) {
	if !v.fits && !v.inRange() {
		return 0, false // beyond the numbers the decoders read
	}
	switch v.kind {
	case 0, ValueMissing:
		return StatusMissing, true
	case ValueNotApplicable:
		if d.naAllowed {
			return StatusNotApplicable, true
		}
	case ValueBool:
		switch d.op {
		case criteria.OpEq: // met when true
			return metIf(v.boolean), true
		case criteria.OpNone: // false: none present; true says no count
			if !v.boolean {
				return StatusMet, true
			}
		}
	case ValueNumber:
		switch d.op {
		case criteria.OpNone:
			return d.judgeCount(v, g)
		case criteria.OpGE, criteria.OpLE:
			if !v.numberInRange(d.kind) {
				return 0, false
			}
			if d.tfxSmall && v.fits {
				if k := int32(v.ae) - d.tfx.e; k >= -9 && k <= 9 {
					return d.judgeNumberSmall(v, k, g)
				}
			}
			return d.judgeNumber(v, g)
		}
	case ValueShare:
		if d.kind != criteria.KindPercent {
			break
		}
		if d.tfxSmall && v.fits && v.ae == 0 && v.be == 0 && d.tfx.e == 0 {
			if v.b <= 0 || v.a < 0 || v.a > v.b {
				return 0, false
			}
			// T·D − 100N exactly: each product is below 2⁶².
			if st, ok := d.judgeShareDiff(v, fx{d.tfx.c*int64(v.b) - int64(v.a)*100, 0}, g); ok {
				return st, true
			}
			return d.judgeShare(v, g)
		}
		if v.shareValid() {
			return d.judgeShare(v, g)
		}
	}
	return 0, false
}

func metIf(met bool) Status {
	if met {
		return StatusMet
	}
	return StatusNotMet
}

// judgeCount judges a count against a none target: 0 meets it; otherwise
// the gap is the count.
func (d *indicatorDef) judgeCount(v *cval, g *gapRep) (Status, bool) {
	var c int
	if v.fits {
		c = sign(int64(v.a))
	} else {
		c = v.x.number.Sign()
	}
	if c < 0 || !v.whole() {
		return 0, false
	}
	if d.op.Holds(c) {
		return StatusMet, true
	}
	if v.fits && d.tfxOK {
		g.setFx(v.fxA().ceilPlaces(2), fx{}, false)
	} else {
		g.setExact(ceilExact(v.number(), 2), decimal.Decimal{}, false)
	}
	return StatusNotMet, true
}

// judgeNumber judges a number against a ≥ or ≤ target; the gap is the
// distance to the target, rounded up to 2 decimals.
func (d *indicatorDef) judgeNumber(cv *cval, g *gapRep) (Status, bool) {
	if d.tfxOK && cv.fits {
		a := cv.fxA()
		if c, ok := a.cmp(d.tfx); ok {
			if d.op.Holds(c) {
				return StatusMet, true
			}
			hi, lo := d.tfx, a
			if d.op == criteria.OpLE {
				hi, lo = a, d.tfx
			}
			if diff, ok := hi.sub(lo); ok {
				g.setFx(diff.ceilPlaces(2), fx{}, false)
				return StatusNotMet, true
			}
		}
	}
	v, t := cv.number(), d.target.Value
	if d.op.Holds(cmpExact(v, t)) {
		return StatusMet, true
	}
	hi, lo := t, v
	if d.op == criteria.OpLE {
		hi, lo = v, t
	}
	amount, ok := ceilDiffExact(hi, lo, 2)
	if !ok {
		return 0, false
	}
	g.setExact(amount, decimal.Decimal{}, false)
	return StatusNotMet, true
}

// judgeNumberSmall is judgeNumber for a value that fits against a target
// whose coefficient fits an int32 (tfxSmall), their exponents k apart
// (the value's minus the target's, |k| ≤ 9): scaled to the smaller
// exponent, each coefficient is below 2³¹·10⁹ < 2⁶¹, so that they compare
// and subtract exactly in an int64.
func (d *indicatorDef) judgeNumberSmall(cv *cval, k int32, g *gapRep) (Status, bool) {
	a, t, e := int64(cv.a), d.tfx.c, d.tfx.e
	if k > 0 {
		a *= pow10[k]
	} else if k < 0 {
		t *= pow10[-k]
		e += k
	}
	if d.op.Holds(cmp.Compare(a, t)) {
		return StatusMet, true
	}
	diff := t - a
	if d.op == criteria.OpLE {
		diff = -diff
	}
	g.setFx(fx{diff, e}.ceilPlaces(2), fx{}, false)
	return StatusNotMet, true
}

// judgeShare judges N/D × 100 against a ≥ or ≤ target T by
// cross-multiplication, N·100 against T·D, never dividing. The gap is
// (T·D − 100N)/D points rounded up to 2 decimals and, when the share has
// a unit, (T·D − 100N)/100 units rounded up to whole counted units or to 2
// decimals of measured ones (for ≤ targets the differences change sign).
func (d *indicatorDef) judgeShare(v *cval, g *gapRep) (Status, bool) {
	if st, ok := d.judgeShareFx(v, g); ok {
		return st, true
	}
	t, num, den := d.target.Value, v.numerator(), v.denominator()
	if !near(num, den) || !near(t, den) && t.Sign() != 0 {
		return 0, false
	}
	left := num.Mul(decHundred)
	right := t.Mul(den)
	if d.op.Holds(cmpExact(left, right)) {
		return StatusMet, true
	}
	if !near(left, right) {
		return 0, false
	}
	diff := right.Sub(left) // T·D − 100N: > 0 for ≥ targets
	if d.op == criteria.OpLE {
		diff = diff.Neg()
	}
	q, r := diff.QuoRem(den, 2)
	if r.Sign() > 0 {
		q = q.Add(decCent)
	}
	var units decimal.Decimal
	if v.unit() != "" {
		places := int32(2)
		if v.counted {
			places = 0
		}
		units = ceilExact(diff.Shift(-2), places) // (T·D − 100N)/100: exact
	}
	g.setExact(q, units, v.unit() != "")
	return StatusNotMet, true
}

// judgeShareFx is judgeShare in fixed point; ok is false when an operand
// does not fit.
func (d *indicatorDef) judgeShareFx(v *cval, g *gapRep) (Status, bool) {
	if !d.tfxOK || !v.fits {
		return 0, false
	}
	n, den := v.fxA(), v.fxB()
	left, ok1 := n.mul(fx{100, 0})
	right, ok2 := d.tfx.mul(den)
	if !ok1 || !ok2 {
		return 0, false
	}
	diff, ok := right.sub(left)
	if !ok {
		return 0, false
	}
	return d.judgeShareDiff(v, diff, g)
}

// judgeShareDiff is judgeShareFx from diff = T·D − 100N; ok is false when
// the gap does not fit fixed point.
func (d *indicatorDef) judgeShareDiff(v *cval, diff fx, g *gapRep) (Status, bool) {
	if d.op.Holds(-sign(diff.c)) { // left compared with right
		return StatusMet, true
	}
	if d.op == criteria.OpLE {
		diff.c = -diff.c
	}
	amount, ok := ceilQuo2(diff, v.fxB())
	if !ok {
		return 0, false
	}
	var units fx
	if v.unit() != "" {
		places := int32(2)
		if v.counted {
			places = 0
		}
		units = fx{diff.c, diff.e - 2}.ceilPlaces(places)
	}
	g.setFx(amount, units, v.unit() != "")
	return StatusNotMet, true
}

func sign(c int64) int {
	switch {
	case c > 0:
		return 1
	case c < 0:
		return -1
	}
	return 0
}

// countedUnits are the units that count whole things: a gap in them is
// rounded up to a whole number (you cannot build 0.1 of a school). Units not
// listed here (km, ha, m², tấn, …) are measured and keep 2 decimals.
var countedUnits = func() map[string]bool {
	m := make(map[string]bool)
	for _, u := range []string{
		"hộ", "hộ gia đình", "hộ dân", "trường", "trường học", "thôn", "bản", "ấp", "xóm",
		"thôn, bản", "người", "nhân khẩu", "lao động", "học sinh", "cơ sở", "nhà", "căn nhà",
		"trạm", "trạm y tế", "chợ", "điểm", "công trình", "hợp tác xã", "HTX", "tổ", "tổ hợp tác",
		"phòng", "phòng học", "cái", "chiếc", "xã",
		"household", "households", "school", "schools", "village", "villages", "person",
		"persons", "people", "house", "houses", "facility", "facilities", "market", "markets",
	} {
		m[vntext.Key(u)] = true
	}
	return m
}()

// countedUnit reports whether unit counts whole things (hộ, hộ gia đình,
// trường, thôn, bản, ấp, xóm, người, lao động, học sinh, cơ sở, nhà, trạm,
// chợ, điểm, công trình, hợp tác xã, phòng, xã and their English
// equivalents), compared ignoring case, Unicode normalisation form and
// spacing. A gap in natural units is rounded up to a whole number for such
// units, and to 2 decimals for measured ones (km, ha, …).
func countedUnit(unit string) bool {
	if unit == "" {
		return false
	}
	if countedUnits[unit] {
		return true
	}
	return countedUnits[vntext.Key(unit)]
}

// ParseValue reads text as a value of indicator code of set, as a cell of
// a wide table is read (docs/formats.md): "" is missing; "n/a" or "không
// áp dụng" not applicable; a pass/fail word (đạt, chưa đạt, có, không,
// true, false, x); a number with a decimal point or comma, a trailing %
// for a percentage ("96,5", "96.5%"); a share "N/D" with an optional unit
// after it ("2/3 trường"). It lets rule tests be kept as text, in a CSV of
// cases:
//
//	v, err := evaluate.ParseValue(set, "5", "2/3 trường")
//	st, gap, err := evaluate.Judge(set, "5", "TDMNPB", 2020, v)
//
// Whether the value fits the indicator (a share at most its denominator,
// n/a where allowed) is Judge's to say. An error matches its
// [problem.Code] with errors.Is: problem.UnknownIndicator for a code the
// set has not, problem.MissingField for a nil set, the reader's code
// (problem.WrongKind for "chín mươi") for a text it cannot read; errors.As
// with a *problem.Problem target gets its problem, as for Judge: Path
// the indicator code, Input text as written.
func ParseValue(set *criteria.Set, code, text string) (Value, error) {
	if set == nil {
		return Value{}, coded(problem.Problem{Code: problem.MissingField, Input: text, Err: errNoSet}, errors.New("evaluate: ParseValue: no set (a nil *criteria.Set)"))
	}
	ind, _, ok := set.Indicator(code)
	if !ok {
		return Value{}, noIndicator(set, code)
	}
	s, unit := strings.TrimSpace(text), ""
	if i := strings.IndexByte(s, '/'); i >= 0 && !isNotApplicableWord(s) {
		// The unit follows the denominator: "2/3 trường".
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' || s[j] == ',') {
			j++
		}
		// A second fraction bar ("2/3/4") or a percent sign ("1/3%") is no
		// unit: the text is read whole, as the table reader reads it.
		if rest := strings.TrimSpace(s[j:]); rest != "" && rest[0] != '/' && rest != "%" {
			s, unit = strings.TrimSpace(s[:j]), rest
		}
	}
	v, err := cellValue(s, ind, true, unit)
	if err != nil {
		return Value{}, coded(problem.Problem{Code: classify(&InputError{Err: err}), Path: code, Input: text, Err: err},
			fmt.Errorf("evaluate: %s, indicator %s: value %q: %w", set.ID, code, text, err))
	}
	return v, nil
}

// codedError is an error of Judge, ParseValue or Assessment.Put: its
// message as it reads, and the problem it is (errors.Is matches its Code,
// errors.As with a *problem.Problem target gets it).
type codedError struct {
	p   problem.Problem
	err error
}

// coded returns the error of message err that is problem p.
func coded(p problem.Problem, err error) error { return &codedError{p, err} }

func (e *codedError) Error() string        { return e.err.Error() }
func (e *codedError) Unwrap() error        { return e.err }
func (e *codedError) Is(target error) bool { return target == e.p.Code }

// As sets a *problem.Problem target to the problem of e.
func (e *codedError) As(target any) bool {
	if p, ok := target.(**problem.Problem); ok {
		*p = &e.p
		return true
	}
	return false
}

// errNoSet is the cause of the problem of a nil set given to Judge or
// ParseValue.
var errNoSet = errors.New("no set (a nil *criteria.Set)")

// unknownColumn is the cause of the problem of a column col that set has
// not, for Judge.
func unknownColumn(set *criteria.Set, col string) error {
	code := problem.RegionMismatch
	if set.Columns == criteria.ColumnsGroup {
		code = problem.OutOfRange
	}
	return problem.Errorf(code, "unknown column of set %s (%s)", set.ID, judgeColumns(set, col))
}

// noIndicator is the error of Judge and ParseValue on an indicator
// code set has not: the problem's Path and Input are the code.
func noIndicator(set *criteria.Set, code string) error {
	p := problem.Problem{Code: problem.UnknownIndicator, Path: code, Input: code}
	if hint := knownCodes(set, code); hint != nil {
		p.Err = problem.Errorf(problem.UnknownIndicator, "unknown indicator of %s (%s)", set.ID, hint)
		return coded(p, fmt.Errorf("evaluate: set %s has no indicator %q (%s)", set.ID, code, hint))
	}
	p.Err = unknownIndicator(set, code)
	if _, part, ok := strings.Cut(p.Err.Error(), ": "); ok { // "give 17.1a or 17.1b"
		return coded(p, fmt.Errorf("evaluate: set %s has no indicator %q (%s)", set.ID, code, part))
	}
	return coded(p, fmt.Errorf("evaluate: set %s has no indicator %q", set.ID, code))
}
