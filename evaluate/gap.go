package evaluate

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"sync/atomic"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/shopspring/decimal"
)

// fx is an exact decimal c·10^e held in machine integers. The evaluator
// compares and subtracts in fx when every operand fits (the common case:
// small coefficients), and falls back to decimal arithmetic on overflow, so
// results are exact either way and the hot path does not allocate.
type fx struct {
	c int64
	e int32
}

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// maxExp bounds the exponents fx works with, so that exponent arithmetic
// can never overflow an int32.
const maxExp = 1 << 20

// toFx converts d when its coefficient has at most 18 digits.
func toFx(d decimal.Decimal) (fx, bool) {
	sign := d.Sign()
	if sign == 0 { // also the zero Decimal, whose coefficient is nil
		return fx{}, true
	}
	e := d.Exponent()
	if e >= fxBoundsMinExp && e < fxBoundsMinExp+int32(len(fxBounds)) {
		// Compared at the same exponent, Cmp compares the coefficients
		// without allocating (NumDigits would take a logarithm).
		b := &fxBounds[e-fxBoundsMinExp]
		if sign > 0 && d.Cmp(b[1]) <= 0 || sign < 0 && d.Cmp(b[0]) >= 0 {
			return fx{d.CoefficientInt64(), e}, true
		}
		return fx{}, false
	}
	if e > maxExp || e < -maxExp || d.NumDigits() > 18 {
		return fx{}, false
	}
	return fx{d.CoefficientInt64(), e}, true
}

// fxBoundsMinExp is the smallest exponent of fxBounds.
const fxBoundsMinExp = -32

// fxBounds[e-fxBoundsMinExp] holds −(10¹⁸−1) and 10¹⁸−1 at exponent e: the
// decimals of that exponent between them are those whose coefficient has at
// most 18 digits.
var fxBounds = func() (b [48][2]decimal.Decimal) {
	const most = 999_999_999_999_999_999
	for i := range b {
		e := fxBoundsMinExp + int32(i)
		b[i] = [2]decimal.Decimal{decimal.New(-most, e), decimal.New(most, e)}
	}
	return b
}()

// decimal converts a to a Decimal, sharing one for the common small values
// (see smallDecimals).
func (a fx) decimal() decimal.Decimal {
	if a.e <= 0 && a.e >= -2 && a.c >= 0 && a.c <= smallCents/100 {
		if a.e == 0 {
			return shared(&smallDecimals.whole[a.c], a.c, 0)
		}
		c := a.c * pow10[a.e+2]
		return shared(&smallDecimals.cents[c], c, -2)
	}
	if a.e == -2 && a.c >= 0 && a.c <= smallCents {
		return shared(&smallDecimals.cents[a.c], a.c, -2)
	}
	return decimal.New(a.c, a.e)
}

// smallCents bounds the shared decimals: 0.00 … 100.00 in cents.
const smallCents = 10000

// smallDecimals are the decimals c·10⁻² (cents) and 0 … 100 (whole) for
// gaps, each made on first use and then shared: a Decimal is immutable
// (every operation returns a new one), so sharing is safe across
// goroutines. Gaps are mostly small (percentage points, a few households),
// and sharing saves the two allocations each new Decimal costs on the
// evaluation path. Making them on demand keeps the ones never used out of
// the heap the garbage collector marks on every cycle.
var smallDecimals struct {
	cents [smallCents + 1]atomic.Pointer[decimal.Decimal]
	whole [smallCents/100 + 1]atomic.Pointer[decimal.Decimal]
}

// shared returns the decimal c·10^e kept in p, making it on first use.
func shared(p *atomic.Pointer[decimal.Decimal], c int64, e int32) decimal.Decimal {
	if d := p.Load(); d != nil {
		return *d
	}
	d := decimal.New(c, e)
	p.CompareAndSwap(nil, &d) // a racing goroutine stored an equal one
	return d
}

func uabs(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

func mulInt(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	hi, lo := bits.Mul64(uabs(a), uabs(b))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	r := int64(lo)
	if (a < 0) != (b < 0) {
		r = -r
	}
	return r, true
}

func subInt(a, b int64) (int64, bool) {
	r := a - b
	if (a >= 0) != (b >= 0) && (r >= 0) != (a >= 0) {
		return 0, false
	}
	return r, true
}

// scaleUp returns c·10^k for k ≥ 0.
func scaleUp(c int64, k int32) (int64, bool) {
	if c == 0 {
		return 0, true
	}
	if k < 0 || int(k) >= len(pow10) {
		return 0, false
	}
	return mulInt(c, pow10[k])
}

func (a fx) mul(b fx) (fx, bool) {
	c, ok := mulInt(a.c, b.c)
	e := a.e + b.e
	if !ok || e > maxExp || e < -maxExp {
		return fx{}, false
	}
	return fx{c, e}, true
}

// align returns the coefficients of a and b at their common exponent.
func align(a, b fx) (ac, bc int64, e int32, ok bool) {
	e = min(a.e, b.e)
	if ac, ok = scaleUp(a.c, a.e-e); !ok {
		return
	}
	bc, ok = scaleUp(b.c, b.e-e)
	return
}

func (a fx) cmp(b fx) (int, bool) {
	ac, bc, _, ok := align(a, b)
	return cmp.Compare(ac, bc), ok
}

func (a fx) sub(b fx) (fx, bool) {
	ac, bc, e, ok := align(a, b)
	if !ok {
		return fx{}, false
	}
	c, ok := subInt(ac, bc)
	return fx{c, e}, ok
}

// ceilDiv returns ⌈n/d⌉ for n ≥ 0, d > 0.
func ceilDiv(n, d int64) int64 {
	q := n / d
	if n%d != 0 {
		q++
	}
	return q
}

// ceilPlaces rounds a ≥ 0 up to at most places decimals.
func (a fx) ceilPlaces(places int32) fx {
	if a.e >= -places {
		return a
	}
	k := -places - a.e
	if int(k) >= len(pow10) { // a < 10^18·10^e ≤ one unit of the last place
		if a.c == 0 {
			return fx{0, -places}
		}
		return fx{1, -places}
	}
	return fx{ceilDiv(a.c, pow10[k]), -places}
}

// ceilQuo2 returns ⌈num/den⌉ rounded up to 2 decimal places, for num ≥ 0 and
// den > 0.
func ceilQuo2(num, den fx) (fx, bool) {
	k := num.e - den.e + 2
	if k >= 0 {
		n, ok := scaleUp(num.c, k)
		if !ok {
			return fx{}, false
		}
		return fx{ceilDiv(n, den.c), -2}, true
	}
	d, ok := scaleUp(den.c, -k)
	if !ok {
		return fx{}, false
	}
	return fx{ceilDiv(num.c, d), -2}, true
}

var (
	decHundred = decimal.New(100, 0)
	decCent    = decimal.New(1, -2)
)

// ceilDec rounds d ≥ 0 up to at most places decimals (decimal path).
func ceilDec(d decimal.Decimal, places int32) decimal.Decimal {
	return d.RoundUp(places)
}

// ceilQuoDec is ceilQuo2 in decimal arithmetic: ⌈num/den⌉ to 2 places.
func ceilQuoDec(num, den decimal.Decimal) decimal.Decimal {
	q, r := num.QuoRem(den, 2)
	if r.Sign() > 0 {
		q = q.Add(decCent)
	}
	return q
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

// CountedUnit reports whether unit counts whole things (hộ, hộ gia đình,
// trường, thôn, bản, ấp, xóm, người, lao động, học sinh, cơ sở, nhà, trạm,
// chợ, điểm, công trình, hợp tác xã, phòng, xã and their English
// equivalents), compared ignoring case, Unicode normalisation form and
// spacing. A gap in natural units is rounded up to a whole number for such
// units, and to 2 decimals for measured ones (km, ha, …).
func CountedUnit(unit string) bool {
	if unit == "" {
		return false
	}
	if countedUnits[unit] {
		return true
	}
	return countedUnits[vntext.Key(unit)]
}

// judgeNumeric computes the status of a numeric value against t and, when it is
// not met, the gap. It reports ok=false when the value cannot be judged
// against t (wrong kind, zero denominator).
func judgeNumeric(t *criteria.Resolved, v *Value, g *Gap) (st Status, hasGap, ok bool) {
	switch v.Kind {
	case ValueNumber:
		if t.Op == criteria.OpNone {
			if v.Number.Sign() < 0 {
				return 0, false, false
			}
			if v.Number.Sign() == 0 {
				return StatusMet, false, true
			}
			if f, ok := toFx(v.Number); ok {
				g.Amount = f.ceilPlaces(2).decimal()
			} else {
				g.Amount = ceilDec(v.Number, 2)
			}
			return StatusNotMet, true, true
		}
		if t.Kind != criteria.KindPercent && t.Kind != criteria.KindAmount {
			return 0, false, false
		}
		return judgeNumber(t, v.Number, g)
	case ValueShare:
		if t.Kind != criteria.KindPercent || v.Denominator.Sign() <= 0 || v.Numerator.Sign() < 0 {
			return 0, false, false
		}
		return judgeShare(t, v, g)
	case ValueBool:
		if t.Op == criteria.OpNone {
			// false: none present; true: some present, count unknown.
			if v.Bool {
				return StatusNotMet, false, true
			}
			return StatusMet, false, true
		}
	}
	return 0, false, false
}

func judgeNumber(t *criteria.Resolved, v decimal.Decimal, g *Gap) (Status, bool, bool) {
	if fv, ok := toFx(v); ok {
		if ft, ok := toFx(t.Value); ok {
			if c, ok := fv.cmp(ft); ok {
				if met(t.Op, c) {
					return StatusMet, false, true
				}
				var d fx
				if t.Op == criteria.OpGE {
					d, ok = ft.sub(fv)
				} else {
					d, ok = fv.sub(ft)
				}
				if ok {
					g.Amount = d.ceilPlaces(2).decimal()
					return StatusNotMet, true, true
				}
			}
		}
	}
	if met(t.Op, v.Cmp(t.Value)) {
		return StatusMet, false, true
	}
	d := t.Value.Sub(v)
	if t.Op == criteria.OpLE {
		d = d.Neg()
	}
	g.Amount = ceilDec(d, 2)
	return StatusNotMet, true, true
}

// judgeShare compares N/D × 100 with T by cross-multiplication: N·100
// against T·D, never dividing.
func judgeShare(t *criteria.Resolved, v *Value, g *Gap) (Status, bool, bool) {
	if st, ok := judgeShareFx(t, v, g); ok {
		return st, st == StatusNotMet, true
	}
	left := v.Numerator.Mul(decHundred)
	right := t.Value.Mul(v.Denominator)
	if met(t.Op, left.Cmp(right)) {
		return StatusMet, false, true
	}
	diff := right.Sub(left) // T·D − 100N: > 0 for ≥ targets
	if t.Op == criteria.OpLE {
		diff = diff.Neg()
	}
	g.Amount = ceilQuoDec(diff, v.Denominator)
	if v.Unit != "" {
		g.HasUnits, g.Unit = true, v.Unit
		units := diff.Shift(-2) // (T·D − 100N)/100: exact
		if CountedUnit(v.Unit) {
			g.Units = ceilDec(units, 0)
		} else {
			g.Units = ceilDec(units, 2)
		}
	}
	return StatusNotMet, true, true
}

func judgeShareFx(t *criteria.Resolved, v *Value, g *Gap) (Status, bool) {
	n, ok1 := toFx(v.Numerator)
	d, ok2 := toFx(v.Denominator)
	tv, ok3 := toFx(t.Value)
	if !ok1 || !ok2 || !ok3 {
		return 0, false
	}
	left, ok1 := n.mul(fx{100, 0})
	right, ok2 := tv.mul(d)
	if !ok1 || !ok2 {
		return 0, false
	}
	diff, ok := right.sub(left)
	if !ok {
		return 0, false
	}
	c := -sign(diff.c) // left compared with right
	if met(t.Op, c) {
		return StatusMet, true
	}
	if t.Op == criteria.OpLE {
		diff.c = -diff.c
	}
	amount, ok := ceilQuo2(diff, d)
	if !ok {
		return 0, false
	}
	g.Amount = amount.decimal()
	if v.Unit != "" {
		g.HasUnits, g.Unit = true, v.Unit
		units := fx{diff.c, diff.e - 2}
		if CountedUnit(v.Unit) {
			g.Units = units.ceilPlaces(0).decimal()
		} else {
			g.Units = units.ceilPlaces(2).decimal()
		}
	}
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

// met reports whether a comparison result c (value against target) meets op.
func met(op criteria.Op, c int) bool {
	switch op {
	case criteria.OpGE:
		return c >= 0
	case criteria.OpLE:
		return c <= 0
	}
	return false
}

// Actual returns the value as printed in reports: a number or a share's
// percentage rounded half-up to at most 2 decimal places with trailing
// zeros trimmed ("66.67", "95"), "true"/"false" for a pass/fail value,
// "n/a" for not applicable, and ok=false when the value is missing.
func (v Value) Actual() (s string, ok bool) {
	switch v.Kind {
	case ValueBool:
		if v.Bool {
			return "true", true
		}
		return "false", true
	case ValueNumber:
		return v.Number.Round(2).String(), true
	case ValueShare:
		if v.Denominator.Sign() <= 0 {
			return "", false
		}
		return sharePercent(v.Numerator, v.Denominator).String(), true
	case ValueNotApplicable:
		return "n/a", true
	}
	return "", false
}

// sharePercent returns N/D × 100 rounded half-up to 2 decimal places: a
// division for display only, with an explicit precision.
func sharePercent(n, d decimal.Decimal) decimal.Decimal {
	q, r := n.Mul(decHundred).QuoRem(d, 2)
	// half-up: the remainder is at least half of one unit of the last place.
	if r.Sign() > 0 && r.Mul(decimal.New(2, 0)).Cmp(d.Mul(decCent)) >= 0 {
		q = q.Add(decCent)
	}
	return q
}

// Shortfall is one indicator a commune does not meet: what "would it take"
// to meet it.
type Shortfall struct {
	Criterion     string
	CriterionName criteria.Text
	Indicator     string
	Text          criteria.Text
	// Actual is the value as printed ([Value.Actual]).
	Actual string
	Target criteria.Resolved
	// Gap is nil for a pass/fail indicator (nothing to measure) and for a
	// none indicator reported only as present (true).
	Gap *Gap
}

// Shortfalls returns the indicators that are not met, in criterion order.
// Missing and not-applicable indicators are not shortfalls.
func (r *Report) Shortfalls() []Shortfall {
	var out []Shortfall
	for _, c := range r.Criteria {
		for _, ind := range c.Indicators {
			if ind.Status != StatusNotMet {
				continue
			}
			actual, _ := ind.Value.Actual()
			out = append(out, Shortfall{Criterion: c.Code(), CriterionName: c.Name(),
				Indicator: ind.Code(), Text: ind.Text(), Actual: actual, Target: ind.Target, Gap: ind.Gap})
		}
	}
	return out
}

// ShortfallsByCloseness returns the shortfalls ordered by how close each is
// to its target, closest first: by the relative distance gap ÷ target,
// compared exactly (by cross-multiplication of the unrounded distances).
// Then come numeric shortfalls whose relative distance is undefined (a
// target of 0, a none indicator), by their gap; last the pass/fail
// shortfalls, which have no measure of distance. Ties keep criterion order.
func (r *Report) ShortfallsByCloseness() []Shortfall {
	type ranked struct {
		s        Shortfall
		class    int             // 0 relative, 1 absolute, 2 none
		num, den decimal.Decimal // relative distance num/den, or gap/1
	}
	list := r.Shortfalls()
	rs := make([]ranked, 0, len(list))
	for _, s := range list {
		x := ranked{s: s, class: 2}
		if num, den, ok := s.distance(r); ok {
			x.num, x.den = num, den
			x.class = 0
			if den.Sign() == 0 {
				x.class, x.den = 1, decimal.New(1, 0)
			}
		}
		rs = append(rs, x)
	}
	slices.SortStableFunc(rs, func(a, b ranked) int {
		if a.class != b.class {
			return cmp.Compare(a.class, b.class)
		}
		if a.class == 2 {
			return 0
		}
		return a.num.Mul(b.den).Cmp(b.num.Mul(a.den))
	})
	out := make([]Shortfall, len(rs))
	for i, x := range rs {
		out[i] = x.s
	}
	return out
}

// distance returns the exact relative distance of a numeric shortfall as
// num/den: (T − v)/T for ≥, (v − T)/T for ≤, with v = 100N/D for shares
// (num and den both multiplied by D, so nothing is divided); for a none
// indicator num is the count and den 0.
func (s Shortfall) distance(r *Report) (num, den decimal.Decimal, ok bool) {
	ind := r.indicator(s.Criterion, s.Indicator)
	if ind == nil {
		return
	}
	v, t := ind.Value, s.Target
	switch {
	case t.Op == criteria.OpNone && v.Kind == ValueNumber:
		return v.Number, decimal.Decimal{}, true
	case t.Op != criteria.OpGE && t.Op != criteria.OpLE:
		return
	case v.Kind == ValueNumber:
		num, den = t.Value.Sub(v.Number), t.Value
	case v.Kind == ValueShare:
		num, den = t.Value.Mul(v.Denominator).Sub(v.Numerator.Mul(decHundred)), t.Value.Mul(v.Denominator)
	default:
		return
	}
	if t.Op == criteria.OpLE {
		num = num.Neg()
	}
	if den.Sign() == 0 {
		num = s.Gap.Amount
	}
	return num, den, true
}

func (r *Report) indicator(criterion, code string) *IndicatorResult {
	for i := range r.Criteria {
		if r.Criteria[i].Code() != criterion {
			continue
		}
		for j := range r.Criteria[i].Indicators {
			if r.Criteria[i].Indicators[j].Code() == code {
				return &r.Criteria[i].Indicators[j]
			}
		}
	}
	return nil
}
