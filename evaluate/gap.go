package evaluate

import (
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/numtext"
	"github.com/shopspring/decimal"
)

// Gap is how far a not-met indicator is from its target.
type Gap struct {
	// Amount is the distance in the indicator's unit (percentage points for
	// %), positive, rounded up (away from zero) to at most 2 decimal places so
	// that a real shortfall never shows as 0. For a none indicator it is the
	// count present.
	Amount decimal.Decimal
	// Units is how many numerator units must be added (≥ targets) or removed
	// (≤ targets) to reach the target exactly, when the value was a share
	// with a unit: rounded up to whole things for a unit that counts them
	// (hộ, hộ gia đình, trường, thôn, bản, ấp, xóm, người, lao động, học
	// sinh, cơ sở, nhà, trạm, chợ, điểm, công trình, hợp tác xã, phòng, xã
	// and their English equivalents, in any case), to 2 decimals for a
	// measured one (km, ha, …). HasUnits tells whether it is set; Unit is
	// the share's unit as given.
	Units    decimal.Decimal
	HasUnits bool
	Unit     string
	// MustBeMet is true when the shortfall has no measure (a pass/fail
	// indicator, or a none indicator reported only as present): the
	// indicator must simply be met. Amount and Units are then zero.
	MustBeMet bool
}

// String returns the gap for people: "3.34", "3.34 (1 trường)", or "must
// be met" for a pass/fail shortfall.
func (g Gap) String() string {
	if g.MustBeMet {
		return "must be met"
	}
	s := g.Amount.String()
	if g.HasUnits {
		s += " (" + g.Units.String()
		if g.Unit != "" {
			s += " " + g.Unit
		}
		s += ")"
	}
	return s
}

// gapRep is a gap as the judgement computes it: in fixed point, or in
// exact decimals when an operand did not fit.
type gapRep struct {
	exact         *exactGap // the gap in decimals, when set
	amountC       int64     // the amount is amountC·10^amountE
	unitsC        int64     // the units are unitsC·10^unitsE
	amountE       int32
	unitsE        int32
	has, hasUnits bool
}

type exactGap struct{ amount, units decimal.Decimal }

// gapSmall is a gap as a report's result keeps it: in fixed point with
// 32-bit coefficients and 8-bit exponents, which hold the gaps of real
// figures; a gap that does not fit is not kept (gapKept unset) and is found
// again when read ([IndicatorResult.gapRep]).
type gapSmall struct {
	a, u   int32
	ae, ue int8
	flags  uint8
}

const (
	gapKept  = 1 << iota // the fields hold the gap, or gapHas is unset
	gapHas               // the indicator has a gap
	gapUnits             // the gap has units (u, ue)
)

// small returns g as a result keeps it.
func (g *gapRep) small() gapSmall {
	if !g.has {
		return gapSmall{flags: gapKept}
	}
	if g.exact != nil || g.amountC != int64(int32(g.amountC)) || g.unitsC != int64(int32(g.unitsC)) ||
		g.amountE != int32(int8(g.amountE)) || g.unitsE != int32(int8(g.unitsE)) {
		return gapSmall{}
	}
	s := gapSmall{a: int32(g.amountC), u: int32(g.unitsC), ae: int8(g.amountE), ue: int8(g.unitsE), flags: gapKept | gapHas}
	if g.hasUnits {
		s.flags |= gapUnits
	}
	return s
}

// rep returns the gap s keeps.
func (s gapSmall) rep() gapRep {
	return gapRep{amountC: int64(s.a), unitsC: int64(s.u), amountE: int32(s.ae), unitsE: int32(s.ue),
		has: s.flags&gapHas != 0, hasUnits: s.flags&gapUnits != 0}
}

// setFx sets g, when not nil, to amount and units in fixed point.
func (g *gapRep) setFx(amount, units fx, hasUnits bool) {
	if g == nil {
		return
	}
	g.amountC, g.amountE, g.unitsC, g.unitsE = amount.c, amount.e, units.c, units.e
	g.has, g.hasUnits = true, hasUnits
}

// setExact sets g, when not nil, to amount and units in decimals.
func (g *gapRep) setExact(amount, units decimal.Decimal, hasUnits bool) {
	if g == nil {
		return
	}
	g.exact = &exactGap{amount, units}
	g.has, g.hasUnits = true, hasUnits
}

func (g *gapRep) amount() fx { return fx{c: g.amountC, e: g.amountE} }
func (g *gapRep) units() fx  { return fx{c: g.unitsC, e: g.unitsE} }

// amountDecimal and unitsDecimal return the gap's parts as decimals.
func (g *gapRep) amountDecimal() decimal.Decimal {
	if g.exact != nil {
		return g.exact.amount
	}
	return g.amount().decimal()
}

func (g *gapRep) unitsDecimal() decimal.Decimal {
	if g.exact != nil {
		return g.exact.units
	}
	return g.units().decimal()
}

// appendAmount and appendUnits append the gap's parts as decimal strings.
func (g *gapRep) appendAmount(b []byte) []byte {
	if g.exact != nil {
		return appendDecimal(b, g.exact.amount)
	}
	return appendFx(b, g.amount())
}

func (g *gapRep) appendUnits(b []byte) []byte {
	if g.exact != nil {
		return appendDecimal(b, g.exact.units)
	}
	return appendFx(b, g.units())
}

// Actual returns the value as printed in reports: a number or a share's
// percentage rounded half-up to at most 2 decimal places with trailing
// zeros trimmed ("66.67", "95"), "true"/"false" for a pass/fail value,
// "n/a" for not applicable, and ok=false when the value is missing.
//
// A number beyond those the decoders read (an exponent beyond ±40, or a
// magnitude of 10^240 or more), which a report does not judge, is printed
// in exponent form with at most 16 significant digits ("1e+999999999"),
// and so is a percentage that large; the work is bounded for any value.
func (v Value) Actual() (s string, ok bool) {
	switch v.Kind {
	case ValueBool:
		if v.Bool {
			return "true", true
		}
		return "false", true
	case ValueNumber:
		if !inRange(v.Number) {
			return numberText(v.Number), true
		}
		return roundExact(v.Number, 2).String(), true
	case ValueShare:
		if v.Denominator.Sign() <= 0 {
			return "", false
		}
		if !inRange(v.Numerator) || !inRange(v.Denominator) {
			return sharePercentText(v.Numerator, v.Denominator), true
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
	if !near(n, d) { // the share is below 10^-4096 % or above 10^4096 %
		if cmpExact(n, d) < 0 {
			return decimal.New(0, -2)
		}
	}
	q, r := n.Mul(decHundred).QuoRem(d, 2)
	// half-up: the remainder is at least half of one unit of the last place.
	if r.Sign() > 0 && r.Mul(decimal.New(2, 0)).Cmp(d.Mul(decCent)) >= 0 {
		q = q.Add(decCent)
	}
	return q
}

// sharePercentText is sharePercent(n, d) as text for any n and d > 0,
// with bounded work: in exponent form when out of range (numberText), and
// from 16 significant digits of the quotient when n exceeds d by a factor
// beyond 10^maxSpread, which sharePercent cannot divide with bounded work.
func sharePercentText(n, d decimal.Decimal) string {
	if near(n, d) || cmpExact(n, d) < 0 {
		return numberText(sharePercent(n, d))
	}
	// N·100/D = (cn/cd)·10^(en−ed+2), for the coefficients cn and cd.
	cn, cd := decimal.NewFromBigInt(n.Coefficient(), 0), decimal.NewFromBigInt(d.Coefficient(), 0)
	places := max(0, sciDigits+1+cd.NumDigits()-cn.NumDigits())
	q := cn.DivRound(cd, int32(places))
	c := q.Coefficient()
	neg := c.Sign() < 0
	return sciText(c.Abs(c).String(), int64(q.Exponent())+int64(n.Exponent())-int64(d.Exponent())+2, neg)
}

// Text returns the gap against its target t in words, in Vietnamese (with
// a decimal comma) or, with lang "en", in English: "thiếu 3,34 điểm phần trăm (+1
// trường)", "3.34 pp short (+1 trường)", "vượt 2 km" for a ≤ target, "còn
// 2" for a none indicator; "" for a shortfall that must simply be met.
func (g Gap) Text(t Target, lang string) string {
	if g.MustBeMet {
		return ""
	}
	o := RenderOptions{Lang: lang}
	unit := t.Unit
	if unit == "%" {
		unit = o.pick("điểm phần trăm", "pp")
	}
	amount := numtext.Decimal(g.Amount.String(), lang)
	if unit != "" {
		amount += " " + unit
	}
	var s string
	switch t.Op {
	case criteria.OpNone:
		s = o.pick("còn "+amount, amount+" present")
	case criteria.OpLE:
		s = o.pick("vượt "+amount, amount+" over")
	default:
		s = o.pick("thiếu "+amount, amount+" short")
	}
	if g.HasUnits {
		sign := "+"
		if t.Op == criteria.OpLE {
			sign = "−"
		}
		s += " (" + sign + numtext.Decimal(g.Units.String(), lang) + " " + g.Unit + ")"
	}
	return s
}
