package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/placenames"
	"github.com/nongthonmoi/ntm/units"
)

// runNames are the names of the places of one run that counts communes
// (eval --summary, plan, progress, report): see package placenames. The
// names of two or more known names, and names with diacritics that differ
// only in them, are each a warning on standard error, once the input is
// read (warn).
type runNames struct{ *placenames.Run }

// runNames returns the names of the run, made on first use.
func (ctx *cmdContext) runNames() *runNames {
	if ctx.names == nil {
		ctx.names = &runNames{placenames.New()}
	}
	return ctx.names
}

func placeOf(c evaluate.Commune) placekey.Place { return placenames.Of(c) }

// warn prints, once the input is read and settled, a warning for each
// name written without diacritics that may be two or more known names, and
// for each two names read that differ only in diacritics (but two real
// units of the registry), in lang, after prefix ("ntm eval: ").
func (n *runNames) warn(w func(line string), lang string) {
	for _, a := range n.Resolution().Ambiguities() {
		var cands []string
		for _, k := range a.Candidates {
			cands = append(cands, strconv.Quote(k.Spelling)+" ("+knownOrigin(k, lang)+")")
		}
		list := strings.Join(cands[:len(cands)-1], ", ") + pick(lang, " hoặc ", " or ") + cands[len(cands)-1]
		level := levelName(a.Level, lang)
		w(a.Origin + pick(lang,
			fmt.Sprintf(": cảnh báo: %s %q%s viết không dấu, có thể là %s: tên này được tính là một %s riêng; hãy viết tên có dấu",
				level, a.Name, placeContext(a.District, a.Province), list, level),
			fmt.Sprintf(": warning: %s %q%s is written without diacritics and may be %s: it is counted as a separate %s; write it with its diacritics",
				level, a.Name, placeContext(a.District, a.Province), list, level)))
	}
	for _, d := range n.Resolution().NearDuplicates(registryDistinct) {
		level := levelName(d.Level, lang)
		w(d.Second.Origin + pick(lang,
			fmt.Sprintf(": cảnh báo: %s %q%s chỉ khác %s %q (%s) ở dấu: hai tên được tính là hai %s khác nhau; nếu là cùng một %s, hãy viết tên thống nhất",
				level, d.Second.Spelling, placeContext(d.District, d.Province), level, d.First.Spelling, knownOrigin(d.First, lang), level, level),
			fmt.Sprintf(": warning: %s %q%s differs from %s %q (%s) only in diacritics: the two names are counted as two %ss; if they are one %s, write the name one way",
				level, d.Second.Spelling, placeContext(d.District, d.Province), level, d.First.Spelling, knownOrigin(d.First, lang), level, level)))
	}
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

// looseTargets are a plan's target communes (and years) by their keys that
// ignore diacritics: a report whose names are written without diacritics
// may be a target's once every name is read.
type looseTargets map[string]bool

func looseKey(c evaluate.Commune, year int) string {
	return placekey.Loose(placeOf(c)) + "\x00" + strconv.Itoa(year)
}

func (l *looseTargets) add(c evaluate.Commune, year int) {
	if *l == nil {
		*l = looseTargets{}
	}
	(*l)[looseKey(c, year)] = true
}

// may reports whether c, of year, may be a target: it has a name written
// without diacritics, and is a target's but for diacritics.
func (l looseTargets) may(c evaluate.Commune, year int) bool {
	return len(l) > 0 && placekey.HasASCII(placeOf(c)) && l[looseKey(c, year)]
}
