// Package mergedregion tells which provinces named as since 1/7/2025 were
// formed from former provinces of more than one region (Nghị quyết
// 202/2025/QH15), whose name alone does not place a commune in a region:
// the one rule package evaluate derives a commune's region by and the
// forms of package workbook and ntm template follow.
package mergedregion

import (
	"strings"
	"sync"

	"github.com/nongthonmoi/ntm/criteria"
)

// Former is a former province merged on 1/7/2025 into a province of
// another name, and its region.
type Former struct {
	Name   string
	Region criteria.Region
}

// mixed maps the name of each province merged across regions
// ([criteria.Province].Name) to the former provinces merged into it
// besides the one of its name, with their regions.
var mixed = sync.OnceValue(func() map[string][]Former {
	m := map[string][]Former{}
	for _, p := range criteria.Provinces() {
		mg, ok := criteria.LookupMerger(p.Name)
		if !ok {
			continue
		}
		var out []Former
		across := false
		for _, name := range mg.Former[1:] {
			f, _ := criteria.LookupProvince(name)
			out = append(out, Former{f.Name, f.Region})
			across = across || f.Region != p.Region
		}
		if across {
			m[p.Name] = out
		}
	}
	return m
})

// Lookup finds the province named (as [criteria.LookupProvince] reads the
// name) and, when since 1/7/2025 the name is that of a province formed
// from former provinces of other regions too ("Tây Ninh" covers the former
// Long An, in ĐBSCL), the former provinces merged into it besides the one
// of its name, with their regions; others is nil for any other province.
// p.Region is the region of the former province of the name. others is
// shared: callers do not modify it. Lookup does not allocate.
func Lookup(name string) (p criteria.Province, others []Former, ok bool) {
	p, ok = criteria.LookupProvince(name)
	if !ok {
		return p, nil, false
	}
	return p, mixed()[p.Name], true
}

// Accepts reports whether region r places a commune of the province
// named as p ([Lookup]): r is p's region or that of one of others.
func Accepts(p criteria.Province, others []Former, r criteria.Region) bool {
	if r == p.Region {
		return true
	}
	for _, f := range others {
		if f.Region == r {
			return true
		}
	}
	return false
}

// All returns the former provinces of the province named as p ([Lookup]):
// the one of its name first, with p's region, then others.
func All(p criteria.Province, others []Former) []Former {
	return append([]Former{{p.Name, p.Region}}, others...)
}

// Names names former provinces fs with their regions, in words of no
// language, "Tây Ninh (DNB), Long An (DBSCL)"; in Vietnamese (lang "vi")
// as former provinces, "Tây Ninh cũ (vùng DNB) và Long An cũ (vùng
// DBSCL)".
func Names(fs []Former, lang string) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		if lang == "vi" {
			parts[i] = f.Name + " cũ (vùng " + f.Region.String() + ")"
		} else {
			parts[i] = f.Name + " (" + f.Region.String() + ")"
		}
	}
	if lang != "vi" || len(parts) < 2 {
		return strings.Join(parts, ", ")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " và " + parts[len(parts)-1]
}
