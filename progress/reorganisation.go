package progress

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/progresslabel"
	"github.com/nongthonmoi/ntm/internal/unitof"
	"github.com/nongthonmoi/ntm/internal/vidate"
	"github.com/nongthonmoi/ntm/units"
)

// Reorganisation is what the registry of administrative units (package
// units) states of the unit a commune's series is of, in the
// reorganisation of commune-level units of 1/7/2025 (Nghị quyết
// (Resolution) 1672/NQ-UBTVQH15, Điều (Article) 1): the former units it
// took over, or the unit that took it over. The registry states no
// continuity: a unit formed on
// 1/7/2025 is a new unit, whatever its name, and its series is never
// joined to a former unit's.
type Reorganisation struct {
	// Unit is the registry's unit the commune was in the series' last
	// year: in force that year, or, for a year before the registry's first
	// list (1/3/2025), the unit of that list of its name and district.
	Unit units.Unit
	// Successors are the changes that took Unit over, a former unit: one
	// per new unit (several, each of a part, for a unit split); nil for a
	// unit not taken over.
	Successors []units.Succession
	// FormedFrom are the former units Unit, a new unit, was formed from,
	// in the order of their codes, each with its last year assessed in the
	// input; nil for a unit not formed by a change.
	FormedFrom []Former
}

// Former is a former unit that went, whole or in part, into a new unit,
// and what the input has of it.
type Former struct {
	Succession units.Succession
	// Last has, for each set the former unit was assessed against (in the
	// order of [Progress].Communes), its last year assessed; empty when the
	// input has none.
	Last []LastYear
}

// LastYear is the last year a commune was assessed against Set.
type LastYear struct {
	Set  string
	Year Year
}

// reorganise gives each commune of cs that names a unit of the registry
// taken over on, or formed by, a change its Reorganisation.
func reorganise(cs []Commune) {
	type unitKey struct{ code, name, district string }
	keyOf := func(u units.Unit) unitKey { return unitKey{u.Code, u.Name, u.District} }
	found := make([]units.Unit, len(cs))
	ok := make([]bool, len(cs))
	bySeries := map[unitKey][]int{}
	for i := range cs {
		c := &cs[i]
		if len(c.Years) == 0 || !units.HasRegistry(c.Commune.Province) {
			continue
		}
		year := c.Years[len(c.Years)-1].Year
		found[i], ok[i] = unitof.Of(c.Commune.Code, c.Commune.Name, placekey.DistrictIn(c.Commune.District, year), c.Commune.Province, year)
		if ok[i] {
			k := keyOf(found[i])
			bySeries[k] = append(bySeries[k], i)
		}
	}
	for i := range cs {
		if !ok[i] {
			continue
		}
		u := found[i]
		succ, pred := units.Successions(u), units.Predecessors(u)
		if len(succ) == 0 && len(pred) == 0 {
			continue
		}
		r := &Reorganisation{Unit: u, Successors: succ}
		for _, p := range pred {
			f := Former{Succession: p, Last: []LastYear{}}
			for _, j := range bySeries[keyOf(p.Predecessor)] {
				ys := cs[j].Years
				f.Last = append(f.Last, LastYear{Set: cs[j].Set, Year: ys[len(ys)-1]})
			}
			r.FormedFrom = append(r.FormedFrom, f)
		}
		cs[i].Reorganisation = r
	}
}

// Text says r of a series against set in lang ("en" for English, anything
// else Vietnamese), on one line: for a former unit, its name, its last
// day in force and the units that took it over ("Xã Hòa Lạc (06430),
// Huyện Hữu Lũng, đến 30/6/2025; từ 1/7/2025 thuộc Xã Tân Thành (06445)
// (1672/NQ-UBTVQH15, Điều 1, khoản 46); …"); for a new unit, its name, the
// change that formed it and the former units, each with its last year
// assessed against set (or another set, named) or said not to be in the
// input; and, either way, that the series of the other side is apart.
func (r *Reorganisation) Text(set, lang string) string {
	if r == nil {
		return ""
	}
	pick := func(vi, en string) string {
		if lang == "en" {
			return en
		}
		return vi
	}
	date := func(t time.Time) string {
		if lang == "en" {
			return t.Format(time.DateOnly)
		}
		return vidate.Time(t)
	}
	var b strings.Builder
	if len(r.Successors) > 0 {
		b.WriteString(r.Unit.String())
		if !r.Unit.To.IsZero() {
			b.WriteString(pick(", đến ", ", until ") + date(r.Unit.To))
		}
		for i, s := range r.Successors {
			if i == 0 {
				b.WriteString(pick("; từ ", "; from ") + date(s.Basis.Effective))
			} else {
				b.WriteString(",")
			}
			switch {
			case s.Whole:
				b.WriteString(pick(" thuộc ", " in "))
			default:
				b.WriteString(pick(" một phần thuộc ", " a part in "))
			}
			b.WriteString(unitName(s.Successor) + " (" + s.Basis.String() + ")")
		}
		b.WriteString(pick("; số liệu của đơn vị mới là chuỗi riêng", "; the new unit's figures are a series of their own"))
	}
	if len(r.FormedFrom) > 0 {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		var bases []string
		for _, f := range r.FormedFrom {
			if s := f.Succession.Basis.String(); !slices.Contains(bases, s) {
				bases = append(bases, s)
			}
		}
		b.WriteString(unitName(r.Unit) + pick(", đơn vị mới từ ", ", a new unit from ") + date(r.FormedFrom[0].Succession.Basis.Effective) +
			" (" + strings.Join(bases, "; ") + ")" + pick(", hình thành từ ", ", formed from "))
		for i, f := range r.FormedFrom {
			if i > 0 {
				b.WriteString("; ")
			}
			if !f.Succession.Whole {
				b.WriteString(pick("một phần ", "a part of "))
			}
			p := f.Succession.Predecessor
			b.WriteString(p.Name)
			if p.Code == r.Unit.Code {
				b.WriteString(pick(" (cùng mã với xã mới)", " (same code as the new unit)"))
			} else {
				b.WriteString(" (" + p.Code + ")")
			}
			if p.District != "" {
				b.WriteString(", " + p.District)
			}
			b.WriteString(" (" + lastText(f.Last, set, lang) + ")")
		}
		b.WriteString(pick("; không nối tiếp chuỗi số liệu của xã cũ nào", "; it continues no former commune's series"))
	}
	return b.String()
}

// unitName is a unit's name and code: "Xã Tân Thành (06445)".
func unitName(u units.Unit) string { return u.Name + " (" + u.Code + ")" }

// lastText says a former unit's last years assessed: "đánh giá lần cuối
// năm 2024: 17/19 Chưa đạt", a set other than set named before its year,
// or "không có số liệu" ("not in the input").
func lastText(last []LastYear, set, lang string) string {
	if len(last) == 0 {
		if lang == "en" {
			return "not in the input"
		}
		return "không có số liệu"
	}
	parts := make([]string, len(last))
	for i, l := range last {
		s := ""
		if l.Set != set {
			s = l.Set + " "
		}
		if lang != "en" {
			s += "năm "
		}
		parts[i] = fmt.Sprintf("%s%d: %d/%d %s", s, l.Year.Year, l.Year.CriteriaMet, l.Year.CriteriaTotal,
			progresslabel.Status(l.Year.Status.String(), lang))
	}
	if lang == "en" {
		return "last assessed " + strings.Join(parts, ", ")
	}
	return "đánh giá lần cuối " + strings.Join(parts, ", ")
}
