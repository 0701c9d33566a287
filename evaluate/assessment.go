package evaluate

import (
	"fmt"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
)

// Commune names a commune (xã) by its name, district (huyện) and province (tỉnh).
type Commune struct {
	Name     string `json:"name"`
	District string `json:"district"`
	Province string `json:"province"`
}

// String returns "Hòa Lạc, Hữu Lũng, Lạng Sơn", leaving out empty parts.
func (c Commune) String() string {
	s := c.Name
	for _, p := range []string{c.District, c.Province} {
		if p != "" {
			if s != "" {
				s += ", "
			}
			s += p
		}
	}
	return s
}

// Assessment is one commune's measured values for a year: for each criteria
// set (by canonical ID) the value of each indicator (by code).
//
// An Assessment is plain data owned by whoever built it; [Run] only reads it.
type Assessment struct {
	Commune Commune
	// Region is the region whose targets apply. Decoders derive it from the
	// province when it is not given, and reject a disagreement.
	Region criteria.Region
	Year   int
	// Values maps a set's canonical ID to its indicator values by code. An
	// indicator absent from the map is missing.
	Values map[string]map[string]Value
	// Recognitions are earlier official recognitions (used for prerequisites).
	Recognitions []Recognition
	// Origin says where the assessment was read from: "communes.csv" or
	// "hoalac.json[2]"; empty for assessments built in code.
	Origin string
}

// Recognition is an official recognition of a commune under a set.
type Recognition struct {
	Set      string `json:"set"`      // canonical set ID
	Year     int    `json:"year"`     // the year recognised for
	Decision string `json:"decision"` // the recognising decision, "2165/QĐ-UBND"
}

// ValueKind is the form a measured value takes. The zero value is invalid.
type ValueKind uint8

const (
	// ValueBool is a pass/fail value (Đạt / chưa đạt), or false for "none present".
	ValueBool ValueKind = iota + 1
	// ValueNumber is a percentage, an amount in the indicator's unit, or a count.
	ValueNumber
	// ValueShare is numerator/denominator: a percentage N / D × 100.
	ValueShare
	// ValueNotApplicable is "n/a", allowed only where the set permits it.
	ValueNotApplicable
	// ValueMissing is an explicit null: no figure was reported.
	ValueMissing
)

var valueKindNames = [...]string{"", "bool", "number", "share", "n/a", "missing"}

func (k ValueKind) String() string {
	if k <= 0 || int(k) >= len(valueKindNames) {
		return fmt.Sprintf("ValueKind(%d)", int(k))
	}
	return valueKindNames[k]
}

// Value is one measured value of an indicator. Build it with [Bool],
// [Number], [MustNumber], [Share], [NotApplicable] or [Missing], or let a
// decoder read it.
type Value struct {
	Kind   ValueKind
	Bool   bool            // for ValueBool
	Number decimal.Decimal // for ValueNumber
	// Numerator and Denominator for ValueShare: 0 ≤ N ≤ D, D > 0.
	Numerator, Denominator decimal.Decimal
	// Unit of the share's numerator (km, hộ, trường, thôn, ha, …), used to
	// express a gap in natural units; optional.
	Unit string
	// Source says where the figure comes from ("Báo cáo UBND xã 03/2020").
	Source string
}

// Bool returns a pass/fail value.
func Bool(met bool) Value { return Value{Kind: ValueBool, Bool: met} }

// Number returns a percentage, amount or count.
func Number(d decimal.Decimal) Value { return Value{Kind: ValueNumber, Number: d} }

// MustNumber returns the number written in s ("95", "36.8"); it panics when s
// is not a decimal, so use it only with literals (tests, examples).
func MustNumber(s string) Value { return Number(decimal.RequireFromString(s)) }

// Share returns numerator/denominator with an optional unit.
func Share(numerator, denominator int64, unit string) Value {
	return Value{Kind: ValueShare, Numerator: decimal.New(numerator, 0),
		Denominator: decimal.New(denominator, 0), Unit: unit}
}

// NotApplicable returns "n/a".
func NotApplicable() Value { return Value{Kind: ValueNotApplicable} }

// Missing returns an explicit missing value (JSON null).
func Missing() Value { return Value{Kind: ValueMissing} }
