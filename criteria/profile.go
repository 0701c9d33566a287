package criteria

import (
	"fmt"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// Profile is a province's specification of a national set: the decision of
// UBND tỉnh (the provincial People's Committee) that tightens or details some of its indicators for the
// province's communes (criterion 2's road percentages, yearly income values
// of criterion 10, a stricter share). [Set.Derive] applies it.
type Profile struct {
	// ID of the derived set: the provincial decision ("123/QĐ-UBND").
	// It must differ from the national set's ID.
	ID     string
	Title  Text   // empty: the national title followed by the province
	Scope  string // the province (must be one of the 63)
	Issuer string // "UBND tỉnh Lạng Sơn"
	Issued time.Time
	// Effective is the date in force; zero: Issued.
	Effective time.Time
	Changes   []Change
}

// Change sets one target of one indicator for the profile's province, with
// the citation of the provincial text that sets it.
type Change struct {
	Indicator string // indicator code: "2.2", "10"
	// Year, when not 0, sets the value for that year only (a by-year value,
	// such as criterion 10's interim income for 2018); 0 sets the main value.
	Year  int
	Value decimal.Decimal // the threshold; unused for pass and none
	// Kind, Op and Unit, when set, turn the indicator into another kind: a
	// province specifying criterion 2's "Đạt" as "≥ 70% of roads hardened"
	// changes 2.2 from pass to percent. The change then replaces every
	// target of the indicator.
	Kind       Kind
	Op         Op
	Unit       string
	Provenance Provenance
	// Citation is where the provincial text sets this value
	// ("123/QĐ-UBND, Điều 1, khoản 2"); it becomes the target's Source.
	Citation string
}

// Derive returns a new set: s specified for one province by p. It has p's ID,
// scope, issuer and dates; the same level, period, prerequisite and criteria
// as s; and, for each change, the target of the province's region replaced
// (or a by-year value added), citing the change. s is not modified.
//
// A change that loosens the national target of the region (a lower "≥" or a
// higher "≤" main value) is refused: a profile may tighten or specify, never
// relax. Yearly values are interim targets and are not compared. All
// problems are reported together, with paths such as "changes[1].value".
func (s *Set) Derive(p Profile) (*Set, error) {
	var pb problems
	if strings.TrimSpace(p.ID) == "" {
		pb.add("id", "", problem.MissingField, "the derived set needs its own ID")
	} else if idKey(p.ID) == idKey(s.ID) {
		pb.add("id", p.ID, problem.DuplicateKey, "the derived set needs an ID other than %s", s.ID)
	}
	prov, ok := LookupProvince(p.Scope)
	if !ok {
		pb.add("scope", p.Scope, problem.RegionMismatch, "must name a province")
	}
	if len(p.Changes) == 0 {
		pb.add("changes", "", problem.MissingField, "a profile changes at least one target")
	}
	d := s.Clone()
	d.ID, d.Scope, d.Issuer, d.Issued, d.Effective = p.ID, prov.Name, p.Issuer, p.Issued, p.Effective
	if d.Effective.IsZero() {
		d.Effective = p.Issued
	}
	d.Title = p.Title
	if d.Title.VI == "" {
		d.Title = Text{VI: s.Title.VI + " (áp dụng tại tỉnh " + prov.Name + ")", EN: s.Title.EN + " (as specified for " + prov.Name + ")"}
	}
	d.Supersedes = nil
	d.Notes = append(d.Notes, fmt.Sprintf("Cụ thể hóa %s cho tỉnh %s (%s specified for %s): %d thay đổi (changes), mỗi thay đổi ghi nguồn (each cites its source).",
		s.ID, prov.Name, s.ID, prov.Name, len(p.Changes)))
	if ok {
		for i, c := range p.Changes {
			applyChange(&pb, fmt.Sprintf("changes[%d]", i), d, prov.Region, c)
		}
	}
	if err := pb.err(); err != nil {
		return nil, err
	}
	if err := Validate(d); err != nil {
		return nil, err
	}
	return d, nil
}

func applyChange(pb *problems, path string, d *Set, r Region, c Change) {
	ind, _, found := d.Indicator(c.Indicator)
	if !found {
		pb.add(path+".indicator", c.Indicator, problem.UnknownIndicator, "no such indicator in %s", d.ID)
		return
	}
	if strings.TrimSpace(c.Citation) == "" {
		pb.add(path+".citation", "", problem.MissingField, "a change must cite the provincial text")
	}
	if c.Provenance < C2 || c.Provenance > M {
		pb.add(path+".provenance", "", problem.MissingField, "must be C2, C1 or M")
	}
	t := Target{Value: c.Value, Provenance: c.Provenance, Source: c.Citation}
	if c.Kind != 0 && c.Kind != ind.Kind {
		if c.Year != 0 {
			pb.add(path+".year", fmt.Sprint(c.Year), problem.Invalid, "a change of kind sets the main value, not a year's")
			return
		}
		if !c.Kind.Accepts(c.Op) {
			pb.add(path+".op", c.Op.String(), problem.WrongKind, "does not fit kind %s", c.Kind)
			return
		}
		ind.Kind, ind.Op, ind.Unit = c.Kind, c.Op, c.Unit
		ind.Common, ind.Regional = &t, map[Region]Target{r: t.clone()}
		ind.Note = strings.TrimSpace(ind.Note + " Cụ thể hóa (specified): " + c.Citation)
		return
	}
	if !ind.Kind.Numeric() || ind.Kind == KindNone {
		pb.add(path+".value", c.Value.String(), problem.WrongKind, "indicator %s is %s: only a change of kind can specify it", ind.Code, ind.Kind)
		return
	}
	old, err := ind.Resolve(r, 0)
	if err != nil {
		pb.add(path+".indicator", c.Indicator, problem.Invalid, "%v", err)
		return
	}
	cur, own := ind.Regional[r]
	if !own {
		cur = ind.Common.clone()
		cur.ByYear = nil
	}
	if c.Year != 0 {
		yt := YearTarget{Value: c.Value, Provenance: c.Provenance, Source: c.Citation}
		cur = cur.clone()
		if cur.ByYear == nil {
			cur.ByYear = make(map[int]YearTarget)
		}
		cur.ByYear[c.Year] = yt
	} else {
		if (ind.Op == OpGE && c.Value.Cmp(old.Value) < 0) || (ind.Op == OpLE && c.Value.Cmp(old.Value) > 0) {
			pb.add(path+".value", c.Value.String(), problem.OutOfRange, "loosens the target of %s for %s (%s %s)", ind.Code, r, ind.Op.Symbol(), old.Value)
			return
		}
		byYear := cur.ByYear
		cur = t
		cur.ByYear = byYear
	}
	if ind.Regional == nil {
		ind.Regional = make(map[Region]Target)
	}
	ind.Regional[r] = cur
}
