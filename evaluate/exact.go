package evaluate

import (
	"cmp"
	"strconv"
	"strings"

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

// The range of the numbers judged: those the decoders read. A decoder reads
// a number of at most 200 characters with an exponent within ±maxExponent,
// so its magnitude is below 10^maxMagnitude. A number built in code outside
// this range ("1e999999999") cannot be judged: the indicator counts as
// missing and the report warns ([WarnIgnoredValue]), and it is printed in
// exponent form (numberText), never expanded.

// maxMagnitude bounds the magnitude of a number judged: |x| < 10^maxMagnitude.
const maxMagnitude = 200 + maxExponent

var (
	decLimit    = decimal.New(1, maxMagnitude)
	decNegLimit = decimal.New(-1, maxMagnitude)
)

// inRange reports whether d lies within the range of the numbers judged:
// its exponent within ±maxExponent and |d| < 10^maxMagnitude. Arithmetic
// on and printing of such numbers is bounded.
func inRange(d decimal.Decimal) bool {
	if e := d.Exponent(); e > maxExponent || e < -maxExponent {
		return false
	}
	// The exponents are within ±maxExponent: aligning them costs little.
	return d.Cmp(decLimit) < 0 && d.Cmp(decNegLimit) > 0
}

// sciDigits is how many significant digits numberText keeps of a number
// out of range.
const sciDigits = 16

// numberText returns d as d.String() writes it when d is in range, and
// otherwise in exponent form with at most sciDigits significant digits,
// rounded half-up ("1e+999999999", "-1.5e-50"): never expanded.
func numberText(d decimal.Decimal) string {
	if inRange(d) {
		return d.String()
	}
	if d.Sign() == 0 {
		return "0"
	}
	c := d.Coefficient()
	neg := c.Sign() < 0
	return sciText(c.Abs(c).String(), int64(d.Exponent()), neg)
}

// sciText writes digits·10^exp (digits a positive integer in decimal) in
// exponent form with at most sciDigits significant digits, rounded
// half-up.
func sciText(digits string, exp int64, neg bool) string {
	if len(digits) > sciDigits {
		up := digits[sciDigits] >= '5'
		exp += int64(len(digits) - sciDigits)
		b := []byte(digits[:sciDigits])
		for i := len(b) - 1; up && i >= 0; i-- {
			if b[i] == '9' {
				b[i] = '0'
				continue
			}
			b[i]++
			up = false
		}
		if up { // 99…9 rounded up to 100…0
			b = append([]byte{'1'}, b[:len(b)-1]...)
			exp++
		}
		digits = string(b)
	}
	trimmed := strings.TrimRight(digits, "0")
	exp += int64(len(digits) - len(trimmed))
	exp += int64(len(trimmed) - 1) // of the leading digit
	s := trimmed[:1]
	if len(trimmed) > 1 {
		s += "." + trimmed[1:]
	}
	if neg {
		s = "-" + s
	}
	if exp >= 0 {
		return s + "e+" + strconv.FormatInt(exp, 10)
	}
	return s + "e" + strconv.FormatInt(exp, 10)
}
