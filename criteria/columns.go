package criteria

import (
	"fmt"
	"slices"
	"strings"

	"github.com/nongthonmoi/ntm/problem"
)

// Columns is the classification a set splits its targets by: the target
// columns of its indicators.
//
// The zero value is ColumnsRegion, the columns of every set before 2026, so
// that a Set literal without Columns means regions, as the definition JSON
// without "columns" does.
//
// An indicator's Regional or ByGroup targets hold each column's own value; a
// column without one uses Common. [Column] names a column;
// [Indicator.ResolveColumn] resolves a target in it. In the definition JSON a
// group set says "columns": "group", lists its commune groups under "groups"
// and keys targets by "common" and group codes; a region set is written
// without "columns". Any set lists its criterion groups under
// "criterion_groups".
type Columns uint8

const (
	// ColumnsRegion: targets keyed "common" and the 7 regions (1980/QĐ-TTg,
	// 318/QĐ-TTg).
	ColumnsRegion Columns = iota
	// ColumnsGroup: targets keyed "common" and the codes of the set's
	// commune groups (nhóm xã; 51/2025/QĐ-TTg: "1", "2", "3").
	ColumnsGroup
)

var columnsCodes = [...]string{"region", "group"}

// String returns the wire code: "region" or "group".
func (c Columns) String() string {
	if int(c) < len(columnsCodes) {
		return columnsCodes[c]
	}
	return fmt.Sprintf("Columns(%d)", int(c))
}

// MarshalText implements [encoding.TextMarshaler].
func (c Columns) MarshalText() ([]byte, error) {
	if int(c) >= len(columnsCodes) {
		return nil, fmt.Errorf("criteria: invalid columns %d", int(c))
	}
	return []byte(columnsCodes[c]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]: "region" or "group".
func (c *Columns) UnmarshalText(b []byte) error {
	for i, s := range columnsCodes {
		if strings.EqualFold(string(b), s) {
			*c = Columns(i)
			return nil
		}
	}
	return &unknownCode{what: "columns", code: string(b)}
}

// Column is one target column: a region of a region set or a commune group
// of a group set. It is comparable, so that compiled forms of a set can be
// keyed by it. The zero Column names no column (only common targets apply).
type Column struct {
	Region Region // set for a region column
	Group  string // set for a group column: the group's code ("3")
}

// RegionColumn returns the column of region r.
func RegionColumn(r Region) Column { return Column{Region: r} }

// GroupColumn returns the column of the commune group with code g.
func GroupColumn(g string) Column { return Column{Group: g} }

// String returns the column's wire key: a region code ("TDMNPB") or a group
// code ("3"); "" for the zero Column.
func (c Column) String() string {
	if c.Group != "" {
		return c.Group
	}
	if c.Region.Valid() {
		return c.Region.String()
	}
	return ""
}

// Column returns the column of a commune of region r and commune group g
// under s: the group's for a group set, the region's otherwise (a region set
// ignores the group, a group set the region).
func (s *Set) Column(r Region, g string) Column {
	if s.Columns == ColumnsGroup {
		return GroupColumn(g)
	}
	return RegionColumn(r)
}

// CommuneGroup returns the commune group of a group set with the given
// code.
func (s *Set) CommuneGroup(code string) (Group, bool) {
	for _, g := range s.CommuneGroups {
		if g.Code == code {
			return g, true
		}
	}
	return Group{}, false
}

// ResolveColumn returns the target of ind for a commune of column c in
// year: the column's own target, or the common one.
func (ind *Indicator) ResolveColumn(c Column, year int) (Resolved, error) {
	var res Resolved
	err := ind.resolveColumnInto(&res, c, year)
	return res, err
}

// resolveColumnInto is [Indicator.ResolveColumn] writing into *res, as
// resolveInto does.
func (ind *Indicator) resolveColumnInto(res *Resolved, c Column, year int) error {
	if c.Group == "" {
		return ind.resolveInto(res, c.Region, year)
	}
	var t *Target
	if gt, ok := ind.ByGroup[c.Group]; ok {
		t = &gt
	}
	fromCommon := false
	if t == nil && ind.Common != nil {
		t = ind.Common
		fromCommon = true
	}
	ind.fill(res, t, fromCommon, year)
	if t == nil {
		return fmt.Errorf("criteria: indicator %s has no target for group %s and no common target", ind.Code, c.Group)
	}
	return nil
}

// ForColumn returns a copy of s in which each indicator keeps only its
// common target and column c's own target (what `ntm criteria --region` or
// `--group` prints).
func (s *Set) ForColumn(c Column) *Set {
	if c.Group == "" {
		return s.ForRegion(c.Region)
	}
	out := s.Clone()
	for i := range out.Criteria {
		for j := range out.Criteria[i].Indicators {
			ind := &out.Criteria[i].Indicators[j]
			if t, ok := ind.ByGroup[c.Group]; ok {
				ind.ByGroup = map[string]Target{c.Group: t}
			} else if ind.ByGroup != nil {
				ind.ByGroup = map[string]Target{}
			}
		}
	}
	return out
}

// validateColumns checks the set's columns: a group set declares its
// commune groups, each code present and unique; a region set declares none.
func validateColumns(p *problems, prefix string, s *Set) {
	gp := prefix + "groups"
	switch s.Columns {
	case ColumnsRegion:
		if len(s.CommuneGroups) > 0 {
			p.add(prefix+"columns", "region", problem.Invalid, "a region set has no commune groups (want \"columns\": \"group\")")
		}
	case ColumnsGroup:
		if len(s.CommuneGroups) == 0 {
			p.add(gp, "", problem.MissingField, "a group set must list its commune groups")
		}
		seen := make(map[string]bool)
		for i, g := range s.CommuneGroups {
			if g.Code == "" || g.Code == commonKey || seen[g.Code] {
				p.add(fmt.Sprintf("%s[%d].code", gp, i), g.Code, problem.DuplicateKey, "must be present, unique and not \"common\"")
			}
			seen[g.Code] = true
			if g.Name.VI == "" {
				p.add(fmt.Sprintf("%s[%d].name.vi", gp, i), "", problem.MissingField, "must not be empty")
			}
		}
	default:
		p.add(prefix+"columns", s.Columns.String(), problem.WrongKind, "must be region or group")
	}
}

// validateGroupTargets checks an indicator of a group set: a target for
// every commune group (its own or a common one), none for a region or an
// undeclared group.
func validateGroupTargets(p *problems, path string, s *Set, ind *Indicator) {
	if len(ind.Regional) > 0 {
		p.add(path+".targets", "", problem.Invalid, "a group set has no regional targets")
	}
	if ind.Common != nil {
		validateTarget(p, path+".targets.common", s, ind, *ind.Common)
	}
	var missing []string
	for _, g := range s.CommuneGroups {
		t, ok := ind.ByGroup[g.Code]
		if !ok {
			missing = append(missing, g.Code)
			continue
		}
		validateTarget(p, path+".targets."+g.Code, s, ind, t)
	}
	if ind.Common == nil && len(missing) > 0 {
		p.add(path+".targets", "", problem.MissingField, "commune group(s) %s have no target and there is no common target", strings.Join(missing, ", "))
	}
	for _, g := range sortedTargetKeys(ind.ByGroup) {
		if _, ok := s.CommuneGroup(g); !ok {
			p.add(path+".targets."+g, g, problem.UnknownKey, "names no commune group of the set")
		}
	}
}

func sortedTargetKeys(m map[string]Target) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
