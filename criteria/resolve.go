package criteria

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Resolved is the target that applies to one commune: an indicator's target
// for a region and a year, with where it came from.
//
// A Resolved points to the indicator it was resolved from instead of copying
// the indicator's code, unit and citation: it references the set the
// indicator belongs to, which must not be changed while the Resolved is in
// use.
type Resolved struct {
	// Indicator is the definition the target belongs to: its Code, Text,
	// Unit, Citation and TargetYear describe the target (see the methods of
	// the same names, which also work on a zero Resolved).
	Indicator *Indicator
	Value     decimal.Decimal // the threshold (0 for none; unused for pass)
	// Source names the evidence for the value when it is narrower than the
	// citation.
	Source string
	// Year is the year whose by-year value applied, or 0 when the target's
	// main value applied.
	Year       int
	Kind       Kind // the indicator's kind
	Op         Op   // the indicator's operator
	Provenance Provenance
	// FromCommon is true when the region (or commune group) has no target
	// of its own and the common target applied.
	FromCommon bool
	// YearFallback is true when the indicator's targets are stated "đến năm
	// TargetYear" and the requested year is earlier without a value of its
	// own, so the TargetYear value applied (criterion 10 before 2020).
	YearFallback bool
}

// Code returns the indicator's code ("4.2"), or "" when r has no indicator.
func (r Resolved) Code() string {
	if r.Indicator == nil {
		return ""
	}
	return r.Indicator.Code
}

// Unit returns the unit of the value ("%", "triệu đồng/người/năm"), or ""
// when r has no indicator.
func (r Resolved) Unit() string {
	if r.Indicator == nil {
		return ""
	}
	return r.Indicator.Unit
}

// Citation returns where the indicator is in the law, or "" when r has no
// indicator.
func (r Resolved) Citation() string {
	if r.Indicator == nil {
		return ""
	}
	return r.Indicator.Citation
}

// TargetYear returns the year the indicator's targets are stated for ("đến
// năm N"), or 0 when they do not depend on the year or r has no indicator.
func (r Resolved) TargetYear() int {
	if r.Indicator == nil {
		return 0
	}
	return r.Indicator.TargetYear
}

// Resolve returns the target of ind for a commune of region r in year.
//
// Resolve picks the target that applies to a commune of a region
// in a year and says how it was found: from the region's own column or the
// common one ([Resolved.FromCommon]), from a by-year value
// ([Resolved.Year]), or — for criterion 10, whose values are stated "đến năm
// 2020" (by 2020) — from the 2020 value for an earlier year that has none of
// its own ([Resolved.YearFallback]); package evaluate turns that into a
// warning.
//
// It fails only when the indicator has no target for r and no common target,
// which [Validate] rules out; the Resolved returned then still names ind,
// its kind and its operator.
func (ind *Indicator) Resolve(r Region, year int) (Resolved, error) {
	var res Resolved
	err := ind.resolveInto(&res, r, year)
	return res, err
}

// resolveInto is [Indicator.Resolve] writing into *res, which it overwrites
// entirely (see fill).
func (ind *Indicator) resolveInto(res *Resolved, r Region, year int) error {
	var t *Target
	if len(ind.Regional) > 0 {
		if rt, ok := ind.Regional[r]; ok {
			t = &rt
		}
	}
	fromCommon := false
	if t == nil && ind.Common != nil {
		t = ind.Common
		fromCommon = true
	}
	ind.fill(res, t, fromCommon, year)
	if t == nil {
		return fmt.Errorf("criteria: indicator %s has no target for region %s and no common target", ind.Code, r)
	}
	return nil
}

// fill writes the resolution of target t (nil when none applies) into res,
// overwriting every field; it stores the indicator, the value and the
// source only where they differ from what res holds.
func (ind *Indicator) fill(res *Resolved, t *Target, fromCommon bool, year int) {
	var (
		value  decimal.Decimal
		prov   Provenance
		source string
		y      int
	)
	fallback := false
	if t != nil {
		value, prov, source = t.Value, t.Provenance, t.Source
		yt, ok := YearTarget{}, false
		if len(t.ByYear) > 0 {
			yt, ok = t.ByYear[year]
		}
		switch {
		case ok:
			value, prov, y = yt.Value, yt.Provenance, year
			if yt.Source != "" {
				source = yt.Source
			}
		case ind.TargetYear != 0 && year < ind.TargetYear:
			fallback = true
		}
	}
	if res.Indicator != ind {
		res.Indicator = ind
	}
	if res.Value != value {
		res.Value = value
	}
	if res.Source != source {
		res.Source = source
	}
	res.Year, res.Kind, res.Op, res.Provenance = y, ind.Kind, ind.Op, prov
	res.FromCommon, res.YearFallback = fromCommon, fallback
}

// Meets reports whether an exact value meets the resolved target: for
// percent and amount a comparison with the threshold, for none a count of 0.
// Pass indicators are decided by a boolean and are not numeric; Meets
// returns false for them.
func (r Resolved) Meets(v decimal.Decimal) bool { return r.Op.Holds(v.Cmp(r.Value)) }

type decimalValue = decimal.Decimal

var hundred = decimal.New(100, 0)
