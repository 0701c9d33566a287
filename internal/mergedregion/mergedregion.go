// Package mergedregion tells which provinces named as since 1/7/2025 were
// formed from former provinces of more than one region (Nghị quyết
// 202/2025/QH15), whose name alone does not place a commune in a region:
// the one rule package evaluate derives a commune's region by and the
// forms of package workbook and ntm template follow (the name gives the
// region of the former province of that name, and no other region agrees
// with it), and the words in which evaluation warns ([Applied]), forms
// note ([Form]), a disagreeing region is refused ([Disagrees]) and
// listings of targets note ([Shown]) that such a name stood for the region
// of the former province of that name.
package mergedregion

import (
	"fmt"
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

// In returns the former provinces among others whose region is r: those
// a commune of region r named by the province of others belongs to.
func In(others []Former, r criteria.Region) []Former {
	var out []Former
	for _, f := range others {
		if f.Region == r {
			out = append(out, f)
		}
	}
	return out
}

// otherNames returns the names of the former provinces among others whose
// region is not r, each followed by suffix.
func otherNames(others []Former, r criteria.Region, suffix string) []string {
	var out []string
	for _, f := range others {
		if f.Region != r {
			out = append(out, f.Name+suffix)
		}
	}
	return out
}

// Applied says in lang ("en"; Vietnamese otherwise) that set applied the
// targets of region r, that of the former province named name, to a
// commune of the province of that name merged across regions ([Lookup];
// name as [criteria.Province].Name writes it), which since 1/7/2025 also
// covers its other former provinces, and that a commune of one of another
// region gives its former province (the name of the province agrees with
// no other region): "set 1980/QĐ-TTg: since 1/7/2025 (Nghị quyết
// 202/2025/QH15), "Tây Ninh" also covers the former province Long An
// (region DBSCL); the targets of region DNB, that of the former Tây Ninh,
// were applied; for a commune of the former Long An, give its former
// province".
func Applied(set, name string, r criteria.Region, lang string) string {
	_, others, _ := Lookup(name)
	if lang == "en" {
		return fmt.Sprintf("set %s: %s; the targets of %s, were applied; for a commune of the former %s, give its former province",
			set, covers(name, others, lang), regionOf(r, name, lang), andList(otherNames(others, r, ""), "or"))
	}
	return fmt.Sprintf("bộ tiêu chí %s: %s; đã áp dụng mức đạt chuẩn của %s; xã thuộc %s cần ghi tỉnh cũ",
		set, covers(name, others, lang), regionOf(r, name, lang), andList(otherNames(others, r, " cũ"), "hoặc"))
}

// Form says in lang ("en"; Vietnamese otherwise), of the form of a commune
// of the province named as p merged across regions ([Lookup]), that since
// 1/7/2025 it also covers its other former provinces, that the form uses
// the targets of the region of the former province of the name, and that
// a commune of a former province of another region has its form made with
// the name of that province, which example, when not nil, shows how to
// give (example("Long An") `--commune "X, , Long An"`): "since 1/7/2025
// (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the former province
// Long An (region DBSCL); the form uses the targets of region DNB, that of
// the former Tây Ninh; for a commune of the former Long An, make the form
// with the province "Long An"".
func Form(p criteria.Province, others []Former, lang string, example func(former string) string) string {
	names := otherNames(others, p.Region, "")
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = fmt.Sprintf("%q", n)
		if example != nil {
			quoted[i] += " (" + example(n) + ")"
		}
	}
	if lang == "en" {
		return fmt.Sprintf("%s; the form uses the targets of %s; for a commune of the former %s, make the form with the province %s",
			covers(p.Name, others, lang), regionOf(p.Region, p.Name, lang), andList(names, "or"), andList(quoted, "or"))
	}
	return fmt.Sprintf("%s; mẫu dùng mức đạt chuẩn của %s; xã thuộc %s cần lập mẫu với tỉnh %s",
		covers(p.Name, others, lang), regionOf(p.Region, p.Name, lang), andList(otherNames(others, p.Region, " cũ"), "hoặc"), andList(quoted, "hoặc"))
}

// Disagrees says in lang ("en"; Vietnamese otherwise), of a region r that
// disagrees with the province named as p merged across regions
// ([Lookup]), that since 1/7/2025 the province also covers its other
// former provinces and, when one of them is of region r, that a commune of
// it is given the name of that province, as example, when not nil, shows
// ("since 1/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the
// former province Long An (region DBSCL): for a commune of the former Long
// An, give the province "Long An"").
func Disagrees(p criteria.Province, others []Former, r criteria.Region, lang string, example func(former string) string) string {
	in := In(others, r)
	text := covers(p.Name, others, lang)
	if len(in) == 0 {
		return text
	}
	names, quoted := make([]string, len(in)), make([]string, len(in))
	for i, f := range in {
		names[i], quoted[i] = f.Name, fmt.Sprintf("%q", f.Name)
		if example != nil {
			quoted[i] += " (" + example(f.Name) + ")"
		}
	}
	if lang == "en" {
		return fmt.Sprintf("%s: for a commune of the former %s, give the province %s", text, andList(names, "or"), andList(quoted, "or"))
	}
	for i := range names {
		names[i] += " cũ"
	}
	return fmt.Sprintf("%s: xã thuộc %s cần ghi tỉnh %s", text, andList(names, "hoặc"), andList(quoted, "hoặc"))
}

// Shown says in lang ("en"; Vietnamese otherwise), of targets asked for
// by the name of a province, "" unless the name is that of a province
// merged across regions ([Lookup]): that since 1/7/2025 it also covers
// its other former provinces, that the targets given are those of the
// region of the former province of the name, and how to ask for those of
// each former province of another region, by its region or its name, as
// ask writes a value asked for (ask("DBSCL") "--region DBSCL", ask("Long
// An") `--region "Long An"`): "since 1/7/2025 (Nghị quyết 202/2025/QH15),
// "Tây Ninh" also covers the former province Long An (region DBSCL); the
// targets given are those of region DNB, that of the former Tây Ninh; for
// those of the former Long An, give --region DBSCL or --region "Long An"".
func Shown(name, lang string, ask func(value string) string) string {
	p, others, _ := Lookup(name)
	if len(others) == 0 {
		return ""
	}
	var advise []string
	for _, f := range others {
		if f.Region == p.Region {
			continue
		}
		if lang == "en" {
			advise = append(advise, fmt.Sprintf("for those of the former %s, give %s or %s", f.Name, ask(f.Region.String()), ask(f.Name)))
		} else {
			advise = append(advise, fmt.Sprintf("mức đạt chuẩn của %s cũ: %s hoặc %s", f.Name, ask(f.Region.String()), ask(f.Name)))
		}
	}
	if lang == "en" {
		return fmt.Sprintf("%s; the targets given are those of %s; %s", covers(p.Name, others, lang), regionOf(p.Region, p.Name, lang), strings.Join(advise, "; "))
	}
	return fmt.Sprintf("%s; mức đạt chuẩn đưa ra là của %s; %s", covers(p.Name, others, lang), regionOf(p.Region, p.Name, lang), strings.Join(advise, "; "))
}

// covers says in lang that since 1/7/2025 the province named name also
// covers the former provinces others, with their regions: "since 1/7/2025
// (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the former province
// Long An (region DBSCL)"; "từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15),
// "Tây Ninh" gồm cả Long An cũ (vùng DBSCL)".
func covers(name string, others []Former, lang string) string {
	if lang != "en" {
		return fmt.Sprintf("từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15), %q gồm cả %s", name, Names(others, "vi"))
	}
	items := make([]string, len(others))
	for i, f := range others {
		items[i] = f.Name + " (region " + f.Region.String() + ")"
	}
	what := "the former province "
	if len(others) > 1 {
		what = "the former provinces "
	}
	return fmt.Sprintf("since 1/7/2025 (Nghị quyết 202/2025/QH15), %q also covers %s%s", name, what, andList(items, "and"))
}

// regionOf names in lang region r as that of the former province named
// name: "region DNB, that of the former Tây Ninh"; "vùng DNB, vùng của Tây
// Ninh cũ".
func regionOf(r criteria.Region, name, lang string) string {
	if lang == "en" {
		return "region " + r.String() + ", that of the former " + name
	}
	return "vùng " + r.String() + ", vùng của " + name + " cũ"
}

// andList joins "a", "a and b", "a, b and c" with the conjunction given.
func andList(items []string, conj string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + conj + " " + items[len(items)-1]
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
