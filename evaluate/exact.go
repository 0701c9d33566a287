package evaluate

import (
	"cmp"

	"github.com/shopspring/decimal"
)

// Exact decimal arithmetic for the operands that do not fit fixed point,
// bounded for any decimal a caller builds: decimal arithmetic aligns
// exponents by expanding digits, so two operands whose exponents lie far
// apart (1 against 10⁻¹⁰⁰⁰⁰⁰⁰⁰) are compared by magnitude and rounded
// through an equivalent small operand instead.

// maxSpread is the largest exponent difference that decimal arithmetic
// is asked to align.
const maxSpread = 4096

var (
	decOne     = decimal.New(1, 0)
	decHundred = decimal.New(100, 0)
	decCent    = decimal.New(1, -2)
)

// near reports whether the exponents of a and b are within maxSpread.
func near(a, b decimal.Decimal) bool {
	d := int64(a.Exponent()) - int64(b.Exponent())
	return d <= maxSpread && d >= -maxSpread
}

// magnitude returns the exponent of the leading digit of d ≠ 0 plus one:
// 10^(magnitude−1) ≤ |d| < 10^magnitude.
func magnitude(d decimal.Decimal) int64 { return int64(d.Exponent()) + int64(d.NumDigits()) }

// cmpExact compares a and b exactly.
func cmpExact(a, b decimal.Decimal) int {
	sa, sb := a.Sign(), b.Sign()
	if sa != sb || sa == 0 {
		return cmp.Compare(sa, sb)
	}
	if !near(a, b) {
		if ma, mb := magnitude(a), magnitude(b); ma != mb {
			if sa < 0 {
				return cmp.Compare(mb, ma)
			}
			return cmp.Compare(ma, mb)
		}
		// Same magnitude, far exponents: the coefficient of one has
		// as many digits as the exponents are apart, so aligning costs
		// no more than the operand already holds.
	}
	return a.Cmp(b)
}

// ceilExact rounds x ≥ 0 up to at most places decimals.
func ceilExact(x decimal.Decimal, places int32) decimal.Decimal {
	if x.Exponent() >= -places || x.Sign() == 0 {
		return x
	}
	if magnitude(x) <= int64(-places) { // 0 < x < 10^-places
		return decimal.New(1, -places)
	}
	return x.RoundUp(places)
}

// roundExact rounds x half-up (away from zero) to at most places
// decimals, for display.
func roundExact(x decimal.Decimal, places int32) decimal.Decimal {
	if x.Exponent() >= -places {
		return x
	}
	if x.Sign() == 0 || magnitude(x) < int64(-places) { // |x| < 10^-(places+1)
		return decimal.New(0, -places)
	}
	return x.Round(places)
}

// ceilDiffExact returns hi − lo rounded up to at most places decimals, for
// hi > lo; ok is false when the operands are too far apart to subtract
// with bounded work.
//
// When one operand x is smaller in magnitude than 10^-k, where 10^-k is
// the place of the other operand's last digit (and k ≥ places), x is
// replaced by ±10^-(k+1): hi − lo then lies strictly between the same two
// multiples of 10^-k, so it rounds up to the same value.
func ceilDiffExact(hi, lo decimal.Decimal, places int32) (decimal.Decimal, bool) {
	if !near(hi, lo) {
		hi, lo = proxyTiny(hi, lo, places)
		if !near(hi, lo) {
			return decimal.Decimal{}, false
		}
	}
	return ceilExact(hi.Sub(lo), places), true
}

// proxyTiny replaces the operand of a and b with the smaller exponent by
// ±10^-(k+1) when it is below 10^-k (see ceilDiffExact).
func proxyTiny(a, b decimal.Decimal, places int32) (decimal.Decimal, decimal.Decimal) {
	swap := a.Exponent() < b.Exponent()
	x, y := b, a // x has the smaller exponent
	if swap {
		x, y = a, b
	}
	k := max(int64(places), -int64(y.Exponent()))
	if x.Sign() != 0 && magnitude(x) <= -k && k < maxExp {
		x = decimal.New(int64(x.Sign()), int32(-k-1))
	}
	if swap {
		return x, y
	}
	return y, x
}
