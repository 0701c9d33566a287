package evaluate

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"weak"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// Commune names a commune (xã) by its name, district (huyện) and province (tỉnh).
// The readers (JSON, CSV, package workbook, package plan's targets) give
// the names as written, in the composed form (NFC).
type Commune struct {
	Name     string `json:"name"`
	District string `json:"district"`
	Province string `json:"province"`
	// Code is the official code of the administrative unit (mã ĐVHC,
	// "06430"), when given; codes were reused in 2025, so a code names a
	// unit only with the assessment's year (see package units).
	Code string `json:"code,omitempty"`
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
	// province when it is not given, and reject a disagreement; a province
	// named as since 1/7/2025, formed from former provinces of more than
	// one region ("Tây Ninh"), agrees only with the region of the former
	// province of its name (DNB), as any province, and given no region is
	// left zero: [Run] derives it, and warns ([WarnMergedProvince]). [Run]
	// applies a Region given, whatever the province.
	Region criteria.Region
	// Group is the commune group (nhóm xã: "1", "2", "3") whose targets
	// apply under a set split by groups (51/2025/QĐ-TTg); sets split by
	// region ignore it, as group sets ignore Region.
	Group string
	Year  int
	// Values maps a set's canonical ID (or an alias of it) to its
	// indicator values by code, for assessments built in code. An
	// indicator absent from the map (and from Indexed) is missing.
	Values map[string]map[string]Value
	// Indexed holds values stored by indicator position: the fastest form
	// to evaluate, where the decoders store what they read and
	// [Assessment.Put] stores values built in code. [Assessment.SetValues]
	// and [Assessment.HasSet] read both forms.
	Indexed IndexedValues
	// Recognitions are earlier official recognitions (used for prerequisites).
	Recognitions []Recognition
	// Prerequisites are outcomes of required sets settled outside the
	// assessment: a required set evaluated from another assessment of the
	// same commune and year (Basis [BasisEvaluated], Origin naming that
	// assessment), as the ntm command and the HTTP API join the
	// assessments they are given. The first whose Set is the required set
	// is used for a prerequisite the assessment has neither values nor a
	// recognition for; one whose Status is none of met, not-met and missing
	// (the zero Status, not-applicable) is ignored.
	// Decoders leave it empty.
	Prerequisites []Prerequisite
	// Origin says where the assessment was read from, as "file:line"
	// ("communes.csv:7", "hoalac.json:12": where its rows or its object
	// begin; "so-lieu.xlsx: Sheet1!7:7" in a workbook); empty for
	// assessments built in code.
	Origin string
}

// Recognition is an official recognition of a commune under a set (a
// quyết định công nhận xã đạt chuẩn, decision recognising the commune as
// meeting the set's standard), which can settle a prerequisite.
type Recognition struct {
	Set      string `json:"set"`                // canonical set ID
	Year     int    `json:"year"`               // the year recognised for
	Decision string `json:"decision,omitempty"` // the recognising decision, "2165/QĐ-UBND"; "" when not known
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

// String returns the kind's name: "bool", "number", "share", "n/a" or
// "missing"; "ValueKind(N)" for a value that is no kind.
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

// String returns v as a cell of a table holds it and [ParseValue] reads
// it: "true" or "false", a number with a decimal point ("95.5"), a share
// with its unit ("2/3 trường"), "n/a", and "" for missing (and for the
// zero Value, which is no value). ParseValue(set, code, v.String()) gives
// v back, but its Source, for every value a reader gives; a number beyond
// those the readers read (an exponent beyond ±40, a magnitude of 10^240 or
// more) is written in exponent form ("1e+999999999"), which they refuse.
func (v Value) String() string {
	if v.Kind == ValueMissing {
		return ""
	}
	return writtenValue(v)
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

// IndexedValues holds an assessment's values stored by indicator position,
// per set: the form [Options.Run] and [Options.RunInto] read without
// looking codes up. Fill it with [Assessment.Put]; the zero value is
// empty. It is part of the assessment's plain data (copying an Assessment
// shares it, like Values).
type IndexedValues struct {
	sets []indexedSet
}

type indexedSet struct {
	set  *criteria.Set
	at   map[string]int // positions(set)
	vals []cval         // by position in the set's indicator order; kind 0 when absent
	n    int            // values present
}

// HasSet reports whether a gives values for the set whose canonical ID is
// id, in Values (under that ID) or in Indexed (even none: an empty set
// object read by a decoder).
func (a *Assessment) HasSet(id string) bool {
	if _, ok := a.Values[id]; ok {
		return true
	}
	for i := range a.Indexed.sets {
		if a.Indexed.sets[i].set.ID == id {
			return true
		}
	}
	return false
}

// SetValues returns, as a new map by indicator code, the values a gives
// for the set whose canonical ID is id: those in Values under that ID and
// those in Indexed (which take precedence). It is for reading a decoded
// assessment; evaluation reads the stored forms directly.
func (a *Assessment) SetValues(id string) map[string]Value {
	out := make(map[string]Value)
	for code, v := range a.Values[id] {
		out[code] = v
	}
	for i := range a.Indexed.sets {
		s := &a.Indexed.sets[i]
		if s.set.ID != id {
			continue
		}
		j := 0
		for _, ind := range s.set.Indicators() {
			if s.vals[j].kind != 0 {
				out[ind.Code] = s.vals[j].value()
			}
			j++
		}
	}
	return out
}

// Equal reports whether x and o hold the same values for the same sets
// (by ID), for go-cmp and tests.
func (x IndexedValues) Equal(o IndexedValues) bool {
	if len(x.sets) != len(o.sets) {
		return false
	}
	for i := range x.sets {
		a, b := &x.sets[i], &o.sets[i]
		if a.set.ID != b.set.ID || a.n != b.n || len(a.vals) != len(b.vals) {
			return false
		}
		for j := range a.vals {
			if !a.vals[j].equal(&b.vals[j]) {
				return false
			}
		}
	}
	return true
}

// of returns the stored values of set (by identity, else by ID).
func (x *IndexedValues) of(set *criteria.Set) *indexedSet {
	for i := range x.sets {
		if x.sets[i].set == set {
			return &x.sets[i]
		}
	}
	for i := range x.sets {
		if x.sets[i].set.ID == set.ID {
			return &x.sets[i]
		}
	}
	return nil
}

// Put stores v as the value of indicator code of set, in a.Indexed:
// the fastest form to evaluate. It fails, storing nothing, when set has
// no indicator code, or when set is nil (problem.MissingField). The values of a set are stored by its ID: values put
// with different copies of one set (each call of [criteria.QD1980] or
// [criteria.Catalog.Lookup] returns a new one) are stored together, by
// code, and Put fails, storing nothing, when the first copy used has no
// indicator code (another definition of the set); its error matches
// problem.UnknownIndicator with errors.Is, and errors.As with a
// *problem.Problem target gets its problem (Path and Input the code). A value stored for the
// same indicator replaces the earlier one; a value given both here and in
// a.Values for the same indicator is used from here, and the report warns
// of the other.
func (a *Assessment) Put(set *criteria.Set, code string, v Value) error {
	if set == nil {
		return coded(problem.Problem{Code: problem.MissingField, Path: code, Err: errNoSet}, errors.New("evaluate: Put: no set (a nil *criteria.Set)"))
	}
	if _, ok := positions(set)[code]; !ok {
		return coded(problem.Problem{Code: problem.UnknownIndicator, Path: code, Input: code, Err: problem.Errorf(problem.UnknownIndicator, "unknown indicator of %s", set.ID)},
			fmt.Errorf("evaluate: set %s has no indicator %q", set.ID, code))
	}
	s := a.Indexed.add(set)
	i, ok := s.at[code]
	if !ok {
		return coded(problem.Problem{Code: problem.UnknownIndicator, Path: code, Input: code,
			Err: fmt.Errorf("the values of the assessment are stored for another definition of %s, which has no such indicator", set.ID)},
			fmt.Errorf("evaluate: set %s: the values of the assessment are stored for another definition of the set, which has no indicator %q", set.ID, code))
	}
	s.put(i, v)
	return nil
}

// store stores v, read by a decoder, as the value of ind of set: the one
// way decoders give an assessment its values.
func (a *Assessment) store(set *criteria.Set, ind *criteria.Indicator, v Value) {
	s := a.Indexed.add(set)
	if i, ok := s.at[ind.Code]; ok {
		s.put(i, v)
	}
}

// storeAt stores v, read by a decoder, as the value at position pos of
// set (positions), as store does.
func (a *Assessment) storeAt(set *criteria.Set, ind *criteria.Indicator, pos int, v Value) {
	s := a.Indexed.add(set)
	if s.set != set {
		// Stored with another copy of the set: by its positions.
		a.store(set, ind, v)
		return
	}
	s.put(pos, v)
}

// add returns the stored values of set (by identity, else by ID: the
// values of one set put with copies of it are stored together), adding an
// empty entry (the set is given, with no values yet) when there is none.
func (x *IndexedValues) add(set *criteria.Set) *indexedSet {
	if s := x.of(set); s != nil {
		return s
	}
	n := set.IndicatorCount()
	x.sets = append(x.sets, indexedSet{set: set, at: positions(set), vals: make([]cval, n)})
	return &x.sets[len(x.sets)-1]
}

// put stores v at position i of the stored values' set: the one way
// values enter the indexed form.
func (s *indexedSet) put(i int, v Value) {
	if s.vals[i].kind == 0 && v.Kind != 0 {
		s.n++
	} else if s.vals[i].kind != 0 && v.Kind == 0 {
		s.n--
	}
	s.vals[i] = compact(&v)
}

var setPositions sync.Map // weak.Pointer[criteria.Set] → map[string]int

// positions returns the position of each indicator code of set in its
// indicator order.
func positions(set *criteria.Set) map[string]int {
	k := weak.Make(set)
	if m, ok := setPositions.Load(k); ok {
		return m.(map[string]int)
	}
	m := make(map[string]int, set.IndicatorCount())
	i := 0
	for _, ind := range set.Indicators() {
		if _, dup := m[ind.Code]; !dup {
			m[ind.Code] = i
		}
		i++
	}
	if _, loaded := setPositions.LoadOrStore(k, m); !loaded {
		runtime.AddCleanup(set, func(k weak.Pointer[criteria.Set]) { setPositions.Delete(k) }, k)
	}
	return m
}
