package placenames

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/communename"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/units"
)

// A Warning is a remark on a name read, once every name is read: a name
// written without diacritics that may be two or more known names, or a
// name that differs from another only in diacritics (but two real units
// of the registry).
type Warning struct {
	// Origin is where the name was first read: "file:line", "plan:
	// targets[0]".
	Origin string
	// Text is the remark in one language, without Origin: `xã "Nhat Tien"
	// (Lạng Sơn) viết không dấu nên có thể là …`.
	Text string
}

// String returns "ORIGIN: TEXT".
func (w Warning) String() string { return w.Origin + ": " + w.Text }

// Warnings returns the warnings on the names read, as last settled, in
// lang ("en" for English, otherwise Vietnamese): first the names written
// without diacritics that fold to two or more known names, in the order
// read, then the names that differ from another only in diacritics, in the
// order their second name was read.
func (n *Run) Warnings(lang string) []Warning {
	var ws []Warning
	for _, a := range n.Resolution().Ambiguities() {
		ws = append(ws, AmbiguityWarning(a, lang))
	}
	for _, d := range n.Resolution().NearDuplicates(registryDistinct) {
		level := levelName(d.Level, lang)
		second, first := namedPlace(d.Level, d.Second.Spelling, lang), namedPlace(d.Level, d.First.Spelling, lang)
		ws = append(ws, Warning{Origin: d.Second.Origin, Text: pick(lang,
			fmt.Sprintf("%s%s và %s (%s) chỉ khác nhau về dấu: hai tên được tính là hai %s khác nhau; nếu là cùng một %s, hãy viết tên cho thống nhất",
				second, placeContext(d.District, d.Province), first, knownOrigin(d.First, lang), level, level),
			fmt.Sprintf("%s%s differs from %s (%s) only in diacritics: the two names are counted as two %ss; if they are one %s, write the name one way",
				second, placeContext(d.District, d.Province), first, knownOrigin(d.First, lang), level, level))})
	}
	return ws
}

// AmbiguityWarning returns the warning, in lang, on a name written without
// diacritics that may be two or more known names.
func AmbiguityWarning(a placekey.Ambiguity, lang string) Warning {
	var cands []string
	for _, k := range a.Candidates {
		cands = append(cands, strconv.Quote(k.Spelling)+" ("+knownOrigin(k, lang)+")")
	}
	list := strings.Join(cands[:len(cands)-1], ", ") + pick(lang, " hoặc ", " or ") + cands[len(cands)-1]
	level, name := levelName(a.Level, lang), namedPlace(a.Level, a.Name, lang)
	return Warning{Origin: a.Origin, Text: pick(lang,
		fmt.Sprintf("%s%s viết không dấu nên có thể là %s: tên này đang được tính là một %s riêng; hãy viết tên có dấu",
			name, placeContext(a.District, a.Province), list, level),
		fmt.Sprintf("%s%s is written without diacritics and may be %s: it is counted as a separate %s; write it with its diacritics",
			name, placeContext(a.District, a.Province), list, level))}
}

// PlanWarnings returns the warnings on the names read (Warnings) as
// warnings of a plan's status, "ORIGIN: TEXT" in lang: ntm plan and POST
// /plans/status add them to the status's.
func (n *Run) PlanWarnings(lang string) []plan.Warning {
	var ws []plan.Warning
	for _, w := range n.Warnings(lang) {
		ws = append(ws, plan.Warning{Message: w.String()})
	}
	return ws
}

// pick returns vi, or en when lang is "en".
func pick(lang, vi, en string) string {
	if lang == "en" {
		return en
	}
	return vi
}

func levelName(l placekey.Level, lang string) string {
	switch l {
	case placekey.LevelProvince:
		return pick(lang, "tỉnh", "province")
	case placekey.LevelDistrict:
		return pick(lang, "huyện", "district")
	}
	return pick(lang, "xã", "commune")
}

// namedPlace returns a name as written, quoted, after the word for its
// level: `xã "Hoa Lac"`, `huyện "Huu Lung"`; a commune's name written
// with its kind alone: `"Xã Hòa Lac"`.
func namedPlace(l placekey.Level, name, lang string) string {
	level, quoted := levelName(l, lang), strconv.Quote(name)
	if l == placekey.LevelProvince || l == placekey.LevelDistrict {
		return level + " " + quoted
	}
	return communename.AfterKind(level, name, quoted)
}

// placeContext returns " (district, province)", leaving out empty parts,
// or "".
func placeContext(district, province string) string {
	s := evaluate.Commune{District: district, Province: province}.String()
	if s == "" {
		return ""
	}
	return " (" + s + ")"
}

// knownOrigin says where a known name comes from: where it was first
// read, else its registry.
func knownOrigin(k placekey.Known, lang string) string {
	if k.Origin != "" {
		return k.Origin
	}
	return pick(lang, "danh mục đơn vị hành chính", "list of administrative units")
}

// registryDistinct tells two communes that differ only in diacritics
// apart when the registry of units holds both in force on a common day,
// of the district when it is given (Nhật Tiến of Hữu Lũng and Nhất Tiến
// of Bắc Sơn, both of Lạng Sơn on 1/3/2025).
func registryDistinct(l placekey.Level, a, b placekey.Place) bool {
	if l != placekey.LevelCommune || !units.HasRegistry(a.Province) {
		return false
	}
	ua := units.Find(units.Place{Name: a.Name, District: a.District, Province: a.Province}, time.Time{})
	ub := units.Find(units.Place{Name: b.Name, District: b.District, Province: b.Province}, time.Time{})
	for _, x := range ua {
		for _, y := range ub {
			if (y.To.IsZero() || !x.From.After(y.To)) && (x.To.IsZero() || !y.From.After(x.To)) {
				return true
			}
		}
	}
	return false
}
