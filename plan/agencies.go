package plan

import (
	"slices"

	"github.com/nongthonmoi/ntm/internal/vntext"
)

// Merge returns the plan's responsibilities followed by those of defaults
// that the plan does not override. A plan responsibility overrides a
// default code when it applies to the same set (or to every set) and names
// that code or the criterion the code is an indicator of; a default left
// with no code is dropped, and a default for the same agency as a plan
// responsibility is folded into it. The result is a fresh slice; p and
// defaults are not changed.
//
// For Plan 47, whose only responsibility is Sở Tài nguyên và Môi trường →
// criterion 17, Merge with a table of the Lạng Sơn departments gives
// criterion 17 whole to that department and keeps the other departments for
// criteria 1 to 16, 18 and 19.
func Merge(p *Plan, defaults []Responsibility) []Responsibility {
	out := make([]Responsibility, 0, len(p.Responsibilities)+len(defaults))
	for _, r := range p.Responsibilities {
		r.Criteria = slices.Clone(r.Criteria)
		out = append(out, r)
	}
	planned := len(out)
	for _, d := range defaults {
		var keep []string
		for _, code := range d.Criteria {
			if !overridden(p.Responsibilities, d.Set, code) {
				keep = append(keep, code)
			}
		}
		if len(keep) == 0 {
			continue
		}
		merged := false
		for i := range out[:planned] {
			if vntext.Key(out[i].Agency) == vntext.Key(d.Agency) && out[i].Set == d.Set {
				for _, c := range keep {
					if !slices.Contains(out[i].Criteria, c) {
						out[i].Criteria = append(out[i].Criteria, c)
					}
				}
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, Responsibility{Agency: d.Agency, Criteria: keep, Set: d.Set})
		}
	}
	return out
}

func overridden(plan []Responsibility, set, code string) bool {
	crit := criterionOf(code)
	for _, r := range plan {
		if r.Set != "" && set != "" && r.Set != set {
			continue
		}
		for _, c := range r.Criteria {
			if c == code || c == crit {
				return true
			}
		}
	}
	return false
}

// criterionOf returns the criterion code of an indicator code: "17" of
// "17.1a", "5" of "5".
func criterionOf(code string) string {
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return code[:i]
		}
	}
	return code
}
