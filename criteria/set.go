package criteria

import (
	"maps"
	"slices"
	"time"

	"github.com/shopspring/decimal"
)

// Text is a label in Vietnamese (verbatim from the legal text) with an English
// translation beside it.
type Text struct {
	VI string `json:"vi"`
	EN string `json:"en"`
}

// In returns the text in lang ("en" gives English when there is one;
// anything else gives Vietnamese).
func (t Text) In(lang string) string {
	if lang == "en" && t.EN != "" {
		return t.EN
	}
	return t.VI
}

// Period is the span of years a set applies to, inclusive.
type Period struct {
	From int `json:"from"`
	To   int `json:"to"`
}

// Contains reports whether year lies within the period.
func (p Period) Contains(year int) bool { return year >= p.From && year <= p.To }

// Group is one of the groups (nhóm) a set's criteria are arranged in, or one
// of the commune groups (nhóm xã) a group set's targets are split by.
type Group struct {
	Code string // as in the decision: "I" … "V" for criteria, "1" … "3" for communes
	Name Text
}

// Set is a criteria set (bộ tiêu chí) issued by a decision: its legal
// identity and its criteria in decision order.
//
// A Set obtained from [QD1980], [QD933], [Lookup] or a [Catalog] is the
// caller's own deep copy: changing it changes nothing anyone else sees.
// Change a set only before its first evaluation: package evaluate compiles
// a set when it first evaluates it and does not see later changes. To
// change a set after, change a copy ([Set.Clone]) and evaluate the copy.
// Once built, a Set is only read by this module, so it is safe for
// concurrent use by many goroutines as long as nobody writes to it.
//
// A Set is written and read as JSON in the set definition format (see
// [Set.MarshalJSON] and [ReadDefinitions]).
type Set struct {
	ID         string    // canonical identifier: "1980/QĐ-TTg"
	Title      Text      // "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020"
	Level      Level     // the standard the set defines
	Scope      string    // "national" or the province the set applies to ("Lạng Sơn")
	Issuer     string    // "Thủ tướng Chính phủ", "UBND tỉnh Lạng Sơn"
	Issued     time.Time // date of signature (UTC midnight)
	Effective  time.Time // date in force (UTC midnight)
	Period     Period    // the years the set applies to
	Supersedes []string  // decisions this set replaces
	// Requires is the ID of a set that must be met before this one can be
	// (933/QĐ-UBND requires 1980/QĐ-TTg), or "" when none.
	Requires string
	Content  Content
	// Notes are remarks on the set as a whole (how to load pending content,
	// which provincial specifications apply).
	Notes []string
	// CriterionGroups are the groups (nhóm) the criteria are arranged in
	// ("I" … "V"), "criterion_groups" in the definition JSON; each
	// Criterion.Group is the Code of one.
	CriterionGroups []Group
	// Columns is what the targets are split by: regions (the zero value) or
	// commune groups.
	Columns Columns
	// CommuneGroups are the commune groups (nhóm xã) of a group set, whose
	// codes key the indicators' ByGroup targets; nil for a region set.
	CommuneGroups []Group
	Criteria      []Criterion
}

// Criterion is one tiêu chí of a set with its indicators (chỉ tiêu).
type Criterion struct {
	Code   string // "1" … "19"
	Name   Text
	Group  string // the Code of one of the set's CriterionGroups
	Agency string // the ministry that guides the criterion nationally
	// AgencyProvenance says how sure we are of Agency.
	AgencyProvenance Provenance
	Note             string // a remark on the criterion as a whole
	Indicators       []Indicator
}

// Indicator is one chỉ tiêu: what is measured and the targets it must meet.
type Indicator struct {
	// Code as in the decision: "2.2", "17.6"; a criterion with a single
	// indicator uses the criterion number ("5"); a two-target indicator is
	// split into parts "17.1a" and "17.1b".
	Code string
	Text Text // wording, Vietnamese verbatim
	Kind Kind
	Op   Op
	// Unit of values and targets: "%" for percent, the amount's unit
	// ("triệu đồng/người/năm"), the thing counted for none ("nhà"), "" for pass.
	Unit string
	// NotApplicableAllowed: a commune may declare the indicator not
	// applicable (no establishments of the kind exist).
	NotApplicableAllowed bool
	// Agency in charge of this indicator when it differs from the criterion's.
	Agency   string
	Citation string // where the indicator is in the law: "1980/QĐ-TTg, Phụ lục, tiêu chí 4, chỉ tiêu 4.2"
	// TargetYear is the year the targets are stated for when the law states
	// them "đến năm N" (criterion 10: 2020); 0 when targets do not depend on
	// the year. An earlier year without its own by-year value resolves to the
	// stated value, and the resolution says so.
	TargetYear int
	// Common is the target of every region without its own; nil when each
	// region has one.
	Common *Target
	// Regional holds the targets of regions whose value is given separately
	// (region sets only).
	Regional map[Region]Target
	// ByGroup holds the targets of commune groups whose value is given
	// separately, keyed by the group's code (group sets only).
	ByGroup map[string]Target
	// Note is a remark on the indicator (how it is computed, doubts).
	Note string
}

// Target is the value an indicator must reach, with how sure we are of it.
type Target struct {
	// Value: for percent and amount the threshold; 0 for none; unused (zero)
	// for pass, whose target is always "true".
	Value      decimal.Decimal
	Provenance Provenance
	// Source names the evidence when it is narrower than the citation
	// ("Bắc Kạn 734/QĐ-UBND, 2017").
	Source string
	// ByYear holds values for years that differ from Value.
	ByYear map[int]YearTarget
}

// YearTarget is a target's value for one year.
type YearTarget struct {
	Value      decimal.Decimal
	Provenance Provenance
	Source     string
}

// Clone returns a deep copy of s.
func (s *Set) Clone() *Set {
	if s == nil {
		return nil
	}
	c := *s
	c.Supersedes = slices.Clone(s.Supersedes)
	c.Notes = slices.Clone(s.Notes)
	c.CriterionGroups = slices.Clone(s.CriterionGroups)
	c.CommuneGroups = slices.Clone(s.CommuneGroups)
	c.Criteria = make([]Criterion, len(s.Criteria))
	for i, cr := range s.Criteria {
		c.Criteria[i] = cr.clone()
	}
	if s.Criteria == nil {
		c.Criteria = nil
	}
	return &c
}

func (c Criterion) clone() Criterion {
	out := c
	if c.Indicators != nil {
		out.Indicators = make([]Indicator, len(c.Indicators))
		for i, ind := range c.Indicators {
			out.Indicators[i] = ind.clone()
		}
	}
	return out
}

func (ind Indicator) clone() Indicator {
	out := ind
	if ind.Common != nil {
		t := ind.Common.clone()
		out.Common = &t
	}
	if ind.Regional != nil {
		out.Regional = make(map[Region]Target, len(ind.Regional))
		for r, t := range ind.Regional {
			out.Regional[r] = t.clone()
		}
	}
	if ind.ByGroup != nil {
		out.ByGroup = make(map[string]Target, len(ind.ByGroup))
		for g, t := range ind.ByGroup {
			out.ByGroup[g] = t.clone()
		}
	}
	return out
}

func (t Target) clone() Target {
	out := t
	out.ByYear = maps.Clone(t.ByYear)
	return out
}

// Criterion returns the criterion with the given code.
func (s *Set) Criterion(code string) (*Criterion, bool) {
	for i := range s.Criteria {
		if s.Criteria[i].Code == code {
			return &s.Criteria[i], true
		}
	}
	return nil, false
}

// Indicator returns the indicator with the given code and its criterion.
func (s *Set) Indicator(code string) (*Indicator, *Criterion, bool) {
	for i := range s.Criteria {
		c := &s.Criteria[i]
		for j := range c.Indicators {
			if c.Indicators[j].Code == code {
				return &c.Indicators[j], c, true
			}
		}
	}
	return nil, nil, false
}

// Indicators iterates over every indicator of the set in decision order,
// with its criterion.
func (s *Set) Indicators() func(yield func(*Criterion, *Indicator) bool) {
	return func(yield func(*Criterion, *Indicator) bool) {
		for i := range s.Criteria {
			c := &s.Criteria[i]
			for j := range c.Indicators {
				if !yield(c, &c.Indicators[j]) {
					return
				}
			}
		}
	}
}

// IndicatorCount returns the number of indicators in the set.
func (s *Set) IndicatorCount() int {
	n := 0
	for _, c := range s.Criteria {
		n += len(c.Indicators)
	}
	return n
}

// ForRegion returns a copy of s in which each indicator keeps only its common
// target and region r's own target (what `ntm criteria --region` prints).
func (s *Set) ForRegion(r Region) *Set {
	c := s.Clone()
	for i := range c.Criteria {
		for j := range c.Criteria[i].Indicators {
			ind := &c.Criteria[i].Indicators[j]
			if t, ok := ind.Regional[r]; ok {
				ind.Regional = map[Region]Target{r: t}
			} else if ind.Regional != nil {
				ind.Regional = map[Region]Target{}
			}
		}
	}
	return c
}

// TableEntered reports whether s has an indicator table of its own: some
// criterion has other indicators than one pass coded as the criterion,
// which is how a set whose table is not entered is built (content
// "pending-official-text", each criterion one attested pass). A pending
// set whose table was loaded (--sets-from) is still pending, and judged
// from that table.
func (s *Set) TableEntered() bool {
	for _, c := range s.Criteria {
		if len(c.Indicators) != 1 || c.Indicators[0].Code != c.Code || c.Indicators[0].Kind != KindPass {
			return true
		}
	}
	return false
}
