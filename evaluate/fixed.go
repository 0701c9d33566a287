package evaluate

import (
	"cmp"
	"math"
	"math/big"
	"math/bits"
	"reflect"
	"sync/atomic"
	"unsafe"

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
	if decimalLayoutKnown {
		// Read the coefficient in place: a decimal.Decimal is its
		// coefficient (*big.Int) and its exponent, which decimalLayout
		// checked when the program started.
		c := *(**big.Int)(unsafe.Pointer(&d))
		if c == nil {
			return fx{}, true
		}
		if c.IsInt64() {
			v, e := c.Int64(), d.Exponent()
			if v == 0 {
				return fx{}, true
			}
			if v > -1e18 && v < 1e18 && e <= maxExp && e >= -maxExp {
				return fx{v, e}, true
			}
		}
		return fx{}, false
	}
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

// decimalLayoutKnown is true when decimal.Decimal is, as toFx reads it,
// a struct whose first field is its coefficient, a *big.Int.
var decimalLayoutKnown = func() bool {
	t := reflect.TypeFor[decimal.Decimal]()
	if t.Kind() != reflect.Struct || t.NumField() != 2 {
		return false
	}
	f, g := t.Field(0), t.Field(1)
	ok := f.Offset == 0 && f.Type == reflect.TypeFor[*big.Int]() && g.Type == reflect.TypeFor[int32]()
	if ok { // the exponent is the other field: check it reads back
		d := decimal.New(7, -3)
		c := *(**big.Int)(unsafe.Pointer(&d))
		ok = c != nil && c.IsInt64() && c.Int64() == 7 && d.Exponent() == -3
	}
	return ok
}()

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
			return smallDecimals.whole.get(a.c, 0)
		}
		return smallDecimals.cents.get(a.c*pow10[a.e+2], -2)
	}
	if a.e == -2 && a.c >= 0 && a.c <= smallCents {
		return smallDecimals.cents.get(a.c, -2)
	}
	return decimal.New(a.c, a.e)
}

// smallCents bounds the shared decimals: 0.00 … 100.00 in cents.
const smallCents = 10000

// smallDecimals are the decimals c·10⁻² (cents) and 0 … 100 (whole) for
// gaps, each made on first use and then shared across goroutines (a
// Decimal is immutable: every operation returns a new one).
var smallDecimals struct {
	cents, whole decimalTable
}

// readDecimals are the decimals c·10^e for 0 ≤ c ≤ smallCents and e = 0,
// −1, −2, made on first use and then shared like smallDecimals: the figures
// read from tables and JSON are mostly of this form ("96.5", "412", "1.25").
var readDecimals [3]decimalTable

// readDecimal returns c·10^e, shared when it is one of readDecimals.
func readDecimal(c int64, e int32) decimal.Decimal {
	if c >= 0 && c <= smallCents && e <= 0 && e >= -2 {
		return readDecimals[-e].get(c, e)
	}
	return decimal.New(c, e)
}

// decimalChunkLen is the number of decimals of a decimalTable allocated
// together.
const decimalChunkLen = 128

// decimalTable shares the decimals c·10^e of one exponent for 0 ≤ c ≤
// smallCents, each made on first use. Its chunks are allocated when first
// used, so that a table costs a program that never uses it a pointer per
// chunk, not a pointer per decimal for the collector to scan at every
// cycle.
type decimalTable [smallCents/decimalChunkLen + 1]atomic.Pointer[[decimalChunkLen]atomic.Pointer[decimal.Decimal]]

// get returns c·10^e kept in t, making it on first use; 0 ≤ c ≤ smallCents.
func (t *decimalTable) get(c int64, e int32) decimal.Decimal {
	chunk := &t[c/decimalChunkLen]
	ch := chunk.Load()
	if ch == nil {
		ch = new([decimalChunkLen]atomic.Pointer[decimal.Decimal])
		if !chunk.CompareAndSwap(nil, ch) {
			ch = chunk.Load()
		}
	}
	p := &ch[c%decimalChunkLen]
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
