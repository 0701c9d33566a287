package evaluate

import (
	"maps"
	"math"
	"math/big"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
)

// cval is a value as reports and indexed assessments hold it: its kind, its
// numbers as fixed-point coefficients and exponents when they fit, and in a
// valueExt what does not fit inline. A [Value] is made from it only when
// asked for ([IndicatorResult.Value], [Assessment.SetValues]), so that
// judging and writing a report need no decimal.
type cval struct {
	// x holds the unit, the source and, when the numbers do not fit (fits
	// is false), the numbers as decimals; nil when there is none of them.
	// A valueExt is never changed once made: copies of a cval share it,
	// and values with only the same unit share one (unitExt).
	x *valueExt
	// a is the coefficient of the number or of a share's numerator, b of a
	// share's denominator; ae and be their exponents.
	a, b    int32
	ae, be  int16
	kind    ValueKind
	boolean bool
	// fits is true when a and b hold the value's numbers exactly.
	fits bool
	// counted is true when a share's unit counts whole things
	// (countedUnit).
	counted bool
}

// valueExt is what a cval does not hold inline.
type valueExt struct {
	unit, source                   string
	counted                        bool
	number, numerator, denominator decimal.Decimal
}

// unitExts interns the valueExt of values that carry only a unit.
var unitExts struct {
	mu sync.Mutex
	m  atomic.Pointer[map[string]*valueExt]
}

// maxUnitExts bounds unitExts on very varied input.
const maxUnitExts = 256

// unitExt returns the shared valueExt of unit u alone.
func unitExt(u string) *valueExt {
	if m := unitExts.m.Load(); m != nil {
		if x, ok := (*m)[u]; ok {
			return x
		}
	}
	x := &valueExt{unit: u, counted: countedUnit(u)}
	unitExts.mu.Lock()
	defer unitExts.mu.Unlock()
	old := unitExts.m.Load()
	if old != nil {
		if y, ok := (*old)[u]; ok {
			return y
		}
		if len(*old) >= maxUnitExts {
			return x
		}
	}
	m := make(map[string]*valueExt)
	if old != nil {
		maps.Copy(m, *old)
	}
	m[u] = x
	unitExts.m.Store(&m)
	return x
}

// unitCache remembers the last units interned while reading one
// assessment.
type unitCache [4]*valueExt

func (uc *unitCache) ext(u string) *valueExt {
	for _, x := range uc {
		if x != nil && x.unit == u {
			return x
		}
	}
	x := unitExt(u)
	copy(uc[1:], uc[:len(uc)-1])
	uc[0] = x
	return x
}

// fxSmall converts d to fixed point with a coefficient that fits an int32
// and an exponent within ±maxExponent: the form of most measured values,
// which keeps a cval small. A number that fits is in range ([inRange]).
func fxSmall(d decimal.Decimal) (c int32, e int16, ok bool) {
	if decimalLayoutKnown {
		// The common case read in place (see toFx): a coefficient of one
		// word below 2³¹.
		if b := *(**big.Int)(unsafe.Pointer(&d)); b != nil {
			w, x := b.Bits(), d.Exponent()
			if len(w) == 1 && w[0] != 0 && w[0] <= math.MaxInt32 && x <= maxExponent && x >= -maxExponent {
				c = int32(w[0])
				if b.Sign() < 0 {
					c = -c
				}
				return c, int16(x), true
			}
		}
	}
	return fxSmallSlow(d)
}

// fxSmallSlow is fxSmall through toFx.
func fxSmallSlow(d decimal.Decimal) (c int32, e int16, ok bool) {
	f, ok := toFx(d)
	if !ok || f.e > maxExponent || f.e < -maxExponent || f.c != int64(int32(f.c)) {
		return 0, 0, false
	}
	return int32(f.c), int16(f.e), true
}

// compact returns v in compact form.
func compact(v *Value) cval {
	var c cval
	compactInto(&c, v, nil)
	return c
}

// compactInto stores v in compact form into *c, interning its unit through
// uc when uc is not nil. It writes the pointer only when it differs: in a
// report's fresh (zeroed) or reused memory this saves the write barrier of
// storing what is already there.
func compactInto(c *cval, v *Value, uc *unitCache) {
	var a, b int32
	var ae, be int16
	fits := true
	switch v.Kind {
	case ValueNumber:
		a, ae, fits = fxSmall(v.Number)
	case ValueShare:
		var ok bool
		a, ae, fits = fxSmall(v.Numerator)
		b, be, ok = fxSmall(v.Denominator)
		fits = fits && ok
	}
	var x *valueExt
	switch {
	case !fits || v.Source != "":
		x = &valueExt{unit: v.Unit, source: v.Source, counted: countedUnit(v.Unit)}
		if !fits {
			x.number, x.numerator, x.denominator = v.Number, v.Numerator, v.Denominator
		}
	case v.Unit == "":
	case uc != nil:
		x = uc.ext(v.Unit)
	default:
		x = unitExt(v.Unit)
	}
	c.a, c.b, c.ae, c.be = a, b, ae, be
	c.kind, c.boolean, c.fits = v.Kind, v.Bool, fits
	c.counted = x != nil && x.counted && v.Kind == ValueShare
	if c.x != x {
		c.x = x
	}
}

// unit returns the value's unit, or "".
func (c *cval) unit() string {
	if c.x == nil {
		return ""
	}
	return c.x.unit
}

// shareUnit returns the unit of a share value that has one; ok is false
// for a share without a unit and for any other value.
func (c *cval) shareUnit() (unit string, ok bool) {
	if c.kind != ValueShare || c.x == nil || c.x.unit == "" {
		return "", false
	}
	return c.x.unit, true
}

// value returns the Value c holds.
func (c *cval) value() Value {
	v := Value{Kind: c.kind, Bool: c.boolean}
	if c.x != nil {
		v.Unit, v.Source = c.x.unit, c.x.source
	}
	switch c.kind {
	case ValueNumber:
		v.Number = c.number()
	case ValueShare:
		v.Numerator, v.Denominator = c.numerator(), c.denominator()
	}
	return v
}

// number, numerator and denominator return the value's numbers as
// decimals.
func (c *cval) number() decimal.Decimal {
	if !c.fits {
		return c.x.number
	}
	return decimal.New(int64(c.a), int32(c.ae))
}

func (c *cval) numerator() decimal.Decimal {
	if !c.fits {
		return c.x.numerator
	}
	return decimal.New(int64(c.a), int32(c.ae))
}

func (c *cval) denominator() decimal.Decimal {
	if !c.fits {
		return c.x.denominator
	}
	return decimal.New(int64(c.b), int32(c.be))
}

// inRange reports whether the value's numbers are in the range of the
// numbers judged ([inRange]): true for values without numbers and for those
// that fit.
func (c *cval) inRange() bool {
	if c.fits {
		return true
	}
	switch c.kind {
	case ValueNumber:
		return inRange(c.x.number)
	case ValueShare:
		return inRange(c.x.numerator) && inRange(c.x.denominator)
	}
	return true
}

// source returns the value's source, or "".
func (c *cval) source() string {
	if c.x == nil {
		return ""
	}
	return c.x.source
}

// fxA and fxB return the coefficients as fx; meaningful when fits.
func (c *cval) fxA() fx { return fx{c: int64(c.a), e: int32(c.ae)} }
func (c *cval) fxB() fx { return fx{c: int64(c.b), e: int32(c.be)} }

// equal reports whether c and o hold the same value.
func (c *cval) equal(o *cval) bool { return c.value().equal(o.value()) }

// shareValid reports whether a share is one the readers take: a
// denominator above 0 and a numerator from 0 to the denominator
// (docs/formats.md: 0 ≤ N ≤ D, D > 0).
func (c *cval) shareValid() bool {
	if c.fits {
		if c.b <= 0 || c.a < 0 {
			return false
		}
		if c.ae == c.be {
			return c.a <= c.b
		}
		n, ok := c.fxA().cmp(c.fxB())
		if !ok { // exponents too far apart to align in an int64
			n = cmpExact(c.numerator(), c.denominator())
		}
		return n <= 0
	}
	num, den := c.x.numerator, c.x.denominator
	return den.Sign() > 0 && num.Sign() >= 0 && cmpExact(num, den) <= 0
}

// numberInRange reports whether a number is one the readers take for an
// indicator of kind k: a percentage from 0 to 100, an amount of at least 0
// (docs/formats.md).
func (c *cval) numberInRange(k criteria.Kind) bool {
	if c.fits {
		switch {
		case c.a < 0:
			return false
		case k != criteria.KindPercent:
			return true
		case c.ae <= 0 && int(-c.ae) < len(pow10)-2:
			// a·10^ae ≤ 100 when a ≤ 100·10^-ae.
			return int64(c.a) <= pow10[2-c.ae]
		default:
			n, ok := c.fxA().cmp(fxHundred)
			if !ok { // exponents too far apart to align in an int64
				n = cmpExact(c.number(), decHundred)
			}
			return n <= 0
		}
	}
	n := c.x.number
	switch {
	case n.Sign() < 0:
		return false
	case k == criteria.KindPercent:
		return cmpExact(n, decHundred) <= 0
	}
	return true
}

// fxHundred is 100 in fixed point, the greatest percentage.
var fxHundred = fx{c: 100}

// whole reports whether a number is a whole number, as a count is.
func (c *cval) whole() bool {
	if !c.fits {
		return c.x.number.IsInteger()
	}
	return wholeFx(c.a, c.ae)
}

// scaleLimit is the smallest amount in triệu đồng that warns
// (WarnAmountScale): 10,000 triệu, ten billion đồng.
var scaleLimit = decimal.New(1, 4)

// tooLargeForMillions reports whether c is a plain number of 10,000 or
// more (WarnAmountScale). It does not allocate for a number that fits.
func (c *cval) tooLargeForMillions() bool {
	if c.kind != ValueNumber {
		return false
	}
	if !c.fits {
		return cmpExact(c.x.number, scaleLimit) >= 0
	}
	if c.a <= 0 {
		return false
	}
	// a·10^ae ≥ 10^4 when a ≥ 10^(4-ae); a (an int32) is below 10^10.
	k := 4 - int(c.ae)
	switch {
	case k <= 0:
		return true
	case k >= 10:
		return false
	}
	return int64(c.a) >= pow10[k]
}

// fractionalCount reports whether c is a share whose unit counts whole
// things with a numerator or a denominator that is not whole
// (WarnFractionalCount). It does not allocate for a share that fits.
func (c *cval) fractionalCount() bool {
	if c.kind != ValueShare || !c.counted {
		return false
	}
	if !c.fits {
		return !c.x.numerator.IsInteger() || !c.x.denominator.IsInteger()
	}
	return !wholeFx(c.a, c.ae) || !wholeFx(c.b, c.be)
}

// wholeFx reports whether a·10^e is a whole number.
func wholeFx(a int32, e int16) bool {
	if e >= 0 || a == 0 {
		return true
	}
	if int(-e) >= len(pow10) {
		return false
	}
	return int64(a)%pow10[-e] == 0
}

// fractionOfOne reports whether c is a plain number strictly between 0
// and 1 (WarnPercentAsFraction). It does not allocate for a number that
// fits.
func (c *cval) fractionOfOne() bool {
	if c.kind != ValueNumber {
		return false
	}
	if !c.fits {
		return c.x.number.Sign() > 0 && cmpExact(c.x.number, decOne) < 0
	}
	if c.a <= 0 || c.ae >= 0 {
		return false
	}
	// a·10^ae < 1 when a has fewer digits than -ae: a < 10^-ae.
	return int(-c.ae) >= len(pow10) || int64(c.a) < pow10[-c.ae]
}

// actualFx returns a number or a share's percentage as [Value.Actual]
// prints it, in fixed point; ok is false for other kinds and for numbers
// that need the exact path.
func (c *cval) actualFx() (fx, bool) {
	if !c.fits {
		return fx{}, false
	}
	switch c.kind {
	case ValueNumber:
		if c.ae >= -2 {
			return c.fxA(), true
		}
	case ValueShare:
		return sharePercentFx(c.fxA(), c.fxB())
	}
	return fx{}, false
}

// actual returns the value as [Value.Actual] prints it.
func (c *cval) actual() (string, bool) {
	if f, ok := c.actualFx(); ok {
		return string(appendFx(nil, f)), true
	}
	switch c.kind {
	case ValueBool:
		if c.boolean {
			return "true", true
		}
		return "false", true
	case ValueNotApplicable:
		return "n/a", true
	case 0, ValueMissing:
		return "", false
	}
	return c.value().Actual()
}
