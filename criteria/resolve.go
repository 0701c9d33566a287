package criteria

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Resolved is the target that applies to one commune: an indicator's target
// for a region and a year, with where it came from.
type Resolved struct {
	Code       string
	Kind       Kind
	Op         Op
	Unit       string
	Value      decimal.Decimal // the threshold (0 for none; unused for pass)
	Provenance Provenance
	Citation   string
	Source     string
	// FromCommon is true when the region has no target of its own and the
	// common target applied.
	FromCommon bool
	// Year is the year whose by-year value applied, or 0 when the target's
	// main value applied.
	Year int
	// YearFallback is true when the indicator's targets are stated "đến năm
	// TargetYear" and the requested year is earlier without a value of its
	// own, so the TargetYear value applied (criterion 10 before 2020).
	YearFallback bool
	TargetYear   int
}

// Resolve returns the target of ind for a commune of region r in year.
// It fails only when the indicator has no target for r and no common target,
// which [Validate] rules out.
func (ind *Indicator) Resolve(r Region, year int) (Resolved, error) {
	res := Resolved{Code: ind.Code, Kind: ind.Kind, Op: ind.Op, Unit: ind.Unit,
		Citation: ind.Citation, TargetYear: ind.TargetYear}
	t, ok := ind.Regional[r]
	if !ok {
		if ind.Common == nil {
			return res, fmt.Errorf("criteria: indicator %s has no target for region %s and no common target", ind.Code, r)
		}
		t = *ind.Common
		res.FromCommon = true
	}
	res.Value, res.Provenance, res.Source = t.Value, t.Provenance, t.Source
	if y, ok := t.ByYear[year]; ok {
		res.Value, res.Provenance, res.Year = y.Value, y.Provenance, year
		if y.Source != "" {
			res.Source = y.Source
		}
		return res, nil
	}
	if ind.TargetYear != 0 && year < ind.TargetYear {
		res.YearFallback = true
	}
	return res, nil
}

// Meets reports whether an exact value meets the resolved target: for
// percent and amount a comparison with the threshold, for none a count of 0.
// Pass indicators are decided by a boolean and are not numeric; Meets
// returns false for them.
func (r Resolved) Meets(v decimal.Decimal) bool {
	switch r.Op {
	case OpGE:
		return v.Cmp(r.Value) >= 0
	case OpLE:
		return v.Cmp(r.Value) <= 0
	case OpNone:
		return v.Sign() == 0
	}
	return false
}

type decimalValue = decimal.Decimal

var hundred = decimal.New(100, 0)
