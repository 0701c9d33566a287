package evaluate

import (
	"math/big"
	"testing"
	"unsafe"

	"github.com/shopspring/decimal"
)

// TestSharedDecimals checks that the shared decimals equal the decimals
// they stand for, at the edges of their chunks and tables, and are made
// once.
func TestSharedDecimals(t *testing.T) {
	for _, e := range []int32{0, -1, -2} {
		for _, c := range []int64{0, 1, decimalChunkLen - 1, decimalChunkLen, decimalChunkLen + 1, 5000, smallCents - 1, smallCents} {
			d := readDecimal(c, e)
			if !d.Equal(decimal.New(c, e)) || d.Exponent() != e {
				t.Errorf("readDecimal(%d, %d) = %s (exponent %d)", c, e, d, d.Exponent())
			}
			if again := readDecimal(c, e); decimalLayoutKnown && bigOf(again) != bigOf(d) {
				t.Errorf("readDecimal(%d, %d) made twice", c, e)
			}
		}
	}
	for _, a := range []fx{{0, 0}, {100, 0}, {5, -1}, {9999, -2}, {smallCents, -2}, {smallCents + 1, -2}, {7, 1}} {
		if d := a.decimal(); !d.Equal(decimal.New(a.c, a.e)) {
			t.Errorf("fx{%d, %d}.decimal() = %s", a.c, a.e, d)
		}
	}
}

// bigOf returns the coefficient a decimal shares.
func bigOf(d decimal.Decimal) *big.Int { return *(**big.Int)(unsafe.Pointer(&d)) }

// TestSharedDecimalTablesSmall keeps the tables of shared decimals a few
// kilobytes of pointers: the collector scans a program's global pointers
// at every cycle, whether the tables are used or not.
func TestSharedDecimalTablesSmall(t *testing.T) {
	if n := unsafe.Sizeof(readDecimals) + unsafe.Sizeof(smallDecimals); n > 8<<10 {
		t.Errorf("shared decimal tables take %d bytes of globals", n)
	}
}
