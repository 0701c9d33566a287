package evaluate

import (
	"cmp"
	"slices"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
)

// Shortfall is one indicator a commune does not meet: what "would it take"
// to meet it.
type Shortfall struct {
	Criterion     string
	CriterionName criteria.Text
	Indicator     string
	Text          criteria.Text
	// Actual is the value as printed ([Value.Actual]).
	Actual string
	Target Target
	// Gap is the distance to the target; for a pass/fail indicator (and a
	// none indicator reported only as present) it has MustBeMet set.
	Gap Gap
}

// Shortfalls returns the indicators that are not met, in criterion order.
// Missing and not-applicable indicators are not shortfalls.
func (r *Report) Shortfalls() []Shortfall {
	var out []Shortfall
	for ci := range r.Criteria {
		c := &r.Criteria[ci]
		for ii := range c.Indicators {
			if ind := &c.Indicators[ii]; ind.Status == StatusNotMet {
				out = append(out, shortfallOf(c, ind))
			}
		}
	}
	return out
}

func shortfallOf(c *CriterionResult, ind *IndicatorResult) Shortfall {
	actual, _ := ind.val.actual()
	g, _ := ind.shortfallGap()
	return Shortfall{Criterion: c.Code(), CriterionName: c.Name(), Indicator: ind.Code(), Text: ind.Text(),
		Actual: actual, Target: ind.Target(), Gap: g}
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
	var rs []ranked
	for ci := range r.Criteria {
		c := &r.Criteria[ci]
		for ii := range c.Indicators {
			ind := &c.Indicators[ii]
			if ind.Status != StatusNotMet {
				continue
			}
			x := ranked{s: shortfallOf(c, ind), class: 2}
			if num, den, ok := distance(ind, x.s.Gap); ok {
				x.num, x.den = num, den
				x.class = 0
				if den.Sign() == 0 {
					x.class, x.den = 1, decimal.New(1, 0)
				}
			}
			rs = append(rs, x)
		}
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
// indicator num is the count and den 0. Operands too far apart in
// exponent to subtract with bounded work rank by their gap.
func distance(ind *IndicatorResult, g Gap) (num, den decimal.Decimal, ok bool) {
	vv, t := ind.Value(), ind.Target()
	v := &vv
	switch {
	case g.MustBeMet:
		return
	case t.Op == criteria.OpNone && v.Kind == ValueNumber:
		return v.Number, decimal.Decimal{}, true
	case t.Op != criteria.OpGE && t.Op != criteria.OpLE:
		return
	case v.Kind == ValueNumber && near(t.Value, v.Number):
		num, den = t.Value.Sub(v.Number), t.Value
	case v.Kind == ValueShare && near(t.Value.Mul(v.Denominator), v.Numerator):
		num, den = t.Value.Mul(v.Denominator).Sub(v.Numerator.Mul(decHundred)), t.Value.Mul(v.Denominator)
	default:
		return g.Amount, decimal.Decimal{}, true
	}
	if t.Op == criteria.OpLE {
		num = num.Neg()
	}
	if den.Sign() == 0 {
		num = g.Amount
	}
	return num, den, true
}
