package units

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/internal/provincekind"
	"github.com/nongthonmoi/ntm/internal/vidate"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/problem"
)

// Place names a commune: its name, and optionally its district and
// province. Each part may carry its kind prefix ("Xã Hòa Lạc", "Huyện Hữu
// Lũng", "Tỉnh Lạng Sơn") or not.
type Place struct {
	Name, District, Province string
}

// ParsePlace reads "Hòa Lạc, Hữu Lũng, Lạng Sơn": the commune name, then the
// district, then the province, separated by commas, each trimmed of
// spaces. With two parts the second is the province when it names a
// province with a registry, the district otherwise. A name of more than
// three parts ("Xã A, B, C, D") or whose first part is empty is an error
// quoting it, of code [problem.WrongKind] (errors.As with a
// *problem.Problem target gets it, Input s), as the --commune and
// --successor flags of the ntm command refuse it; the Place is then the
// zero Place.
func ParsePlace(s string) (Place, error) {
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	switch {
	case len(parts) > 3:
		return Place{}, placeError(s, problem.Errorf(problem.WrongKind,
			`a place is "Xã, Huyện, Tỉnh": a commune, then at most its district and its province, separated by commas; this has %d parts`, len(parts)))
	case parts[0] == "":
		return Place{}, placeError(s, problem.Errorf(problem.WrongKind, `a place begins with the commune's name: "Xã, Huyện, Tỉnh"`))
	}
	p := Place{Name: parts[0]}
	switch len(parts) {
	case 2:
		if HasRegistry(parts[1]) {
			p.Province = parts[1]
		} else {
			p.District = parts[1]
		}
	case 3:
		p.District, p.Province = parts[1], parts[2]
	}
	return p, nil
}

// placeError is the error of ParsePlace on s: the problem of cause err
// quoting s, after the package prefix.
func placeError(s string, err error) error {
	return fmt.Errorf("units: %w", &problem.Problem{Code: problem.WrongKind, Input: s, Err: err})
}

// String writes the place as ParsePlace reads it.
func (p Place) String() string {
	parts := []string{p.Name}
	if p.District != "" {
		parts = append(parts, p.District)
	}
	if p.Province != "" {
		parts = append(parts, p.Province)
	}
	return strings.Join(parts, ", ")
}

var (
	communePrefixes  = []string{"xã", "phường", "thị trấn"}
	districtPrefixes = []string{"huyện", "thị xã", "thành phố", "tp.", "tp"}
	provincePrefixes = []string{"tỉnh", "thành phố", "tp.", "tp"}
)

// aliases are the spellings of 1672/NQ-UBTVQH15 for code-list names that
// differ (besides case): name key → code-list short name key.
var aliases = map[string]string{
	toneKey("Nông Trường Thái Bình"): toneKey("NT Thái Bình"),
}

// stripKind removes a commune kind prefix: "Xã Hòa Lạc" → "Hòa Lạc".
func stripKind(name string) string { return stripPrefix(name, communePrefixes) }

// stripPrefix removes the first of prefixes that name begins with, as
// whole words (diacritics significant when written: "Xa" may stand for
// "Xã", "Xá" may not); it keeps name when nothing would be left.
func stripPrefix(name string, prefixes []string) string {
	words := strings.Fields(name)
	if len(words) > 0 && len(words[0]) > 3 && strings.EqualFold(words[0][:3], "tp.") {
		words = append([]string{"tp.", words[0][3:]}, words[1:]...) // "TP.Lạng Sơn"
	}
	for _, p := range prefixes {
		pw := strings.Fields(p)
		// Every prefix begins with an ASCII letter: compare it first.
		if len(words) > len(pw) && (words[0][0]|0x20) == p[0] &&
			wordsMatch(strings.Join(words[:len(pw)], " "), p) {
			return strings.Join(words[len(pw):], " ")
		}
	}
	return strings.Join(words, " ")
}

// wordsMatch compares a written word (or words) with a known one: by the
// tone key, or without diacritics when none are written.
func wordsMatch(written, known string) bool {
	if toneKey(written) == toneKey(known) {
		return true
	}
	return !hasDiacritics(written) && foldKey(written) == foldKey(known)
}

// kindOf returns the kind a commune name's prefix states ("xã"), or "".
func kindOf(name string) string {
	words := strings.Fields(name)
	for _, p := range communePrefixes {
		pw := strings.Fields(p)
		if len(words) > len(pw) && (words[0][0]|0x20) == p[0] && wordsMatch(strings.Join(words[:len(pw)], " "), p) {
			return p
		}
	}
	return ""
}

// foldKey is the diacritic-free key: "Hòa Lạc" → "hoa lac".
func foldKey(s string) string { return vntext.Fold(s) }

// toneKey is the key that keeps diacritics but not where the tone mark
// sits: "Hoà" and "Hòa" have the same key, "Nhật" and "Nhất" do not.
func toneKey(s string) string { return vntext.ToneKey(s) }

// hasDiacritics reports whether s has a letter beyond ASCII (a diacritic or đ).
func hasDiacritics(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// nameKeys are a unit's keys for matching.
type nameKeys struct {
	name, fold         string // short name: tone key and fold key
	district, province string // fold keys without prefixes
}

func keysOf(u Unit) nameKeys {
	short := u.ShortName()
	return nameKeys{
		name:     toneKey(short),
		fold:     foldKey(short),
		district: foldKey(stripPrefix(u.District, districtPrefixes)),
		province: foldKey(u.Province),
	}
}

// query is a name's keys, computed once per lookup.
type query struct {
	tone, fold string // fold is "" when the name has diacritics
}

func queryOf(name string) query {
	short := stripKind(name)
	q := query{tone: toneKey(short)}
	if a, ok := aliases[q.tone]; ok {
		q.tone = a
	}
	if !hasDiacritics(short) {
		q.fold = foldKey(short)
	}
	return q
}

// matches tells whether the query names a unit with keys k: by the tone
// key, or without diacritics when none are written.
func (q query) matches(k nameKeys) bool {
	return q.tone == k.name || (q.fold != "" && q.fold == k.fold)
}

// Find returns the units that place names, in force on day d (of any
// period when d is zero), in the registry's order. A name with diacritics
// matches only the units spelled so (tone placement aside); a name without
// any matches every unit it folds to. The district and province, when
// given, narrow the answer; from 1/7/2025 units have no district, so a
// district matches none of them. The kind prefix, when given, must agree.
func Find(place Place, d time.Time) []Unit {
	r := reg()
	kind := kindOf(place.Name)
	dk := ""
	if place.District != "" {
		dk = foldKey(stripPrefix(place.District, districtPrefixes))
	}
	pk := ""
	if place.Province != "" {
		pk = foldKey(stripPrefix(place.Province, provincePrefixes))
	}
	q := queryOf(place.Name)
	// The candidates: units whose name has the query's tone key, or its
	// fold key when it is written without diacritics, in registry order.
	cand := r.byTone[q.tone]
	if q.fold != "" {
		cand = append(slices.Clone(cand), r.byFold[q.fold]...)
		slices.Sort(cand)
		cand = slices.Compact(cand)
	}
	var out []Unit
	for _, i := range cand {
		u, k := r.units[i], r.keys[i]
		if (!d.IsZero() && !u.InForce(d)) || (pk != "" && pk != k.province) ||
			(dk != "" && dk != k.district) || (kind != "" && kind != u.Kind) {
			continue
		}
		if q.matches(k) {
			out = append(out, u)
		}
	}
	return out
}

// Known reports whether place names a unit of the registry in any period;
// it is true, too, when the registry holds no units of the place's province
// (nothing to check against).
func Known(place Place) bool {
	if place.Province != "" && !HasRegistry(place.Province) {
		return true
	}
	return len(Find(place, time.Time{})) > 0
}

// Closest returns up to n units of the place's province (every province with
// a registry when it names none), of any period, whose names are nearest to
// place's name: ordered by the distance between the spellings without
// diacritics, then with them, and among units equally near, those of the
// place's district first. It is what a warning about an unknown commune
// names ("did you mean"). It returns nil when n is 0, and every unit of the
// province (or provinces) so ordered when n is negative.
func Closest(place Place, n int) []Unit {
	r := reg()
	short := stripKind(place.Name)
	if r := []rune(short); len(r) > maxNameRunes {
		short = string(r[:maxNameRunes]) // no unit name is longer
	}
	f, t := foldKey(short), toneKey(short)
	dk := ""
	if place.District != "" {
		dk = foldKey(stripPrefix(place.District, districtPrefixes))
	}
	pk := ""
	if place.Province != "" {
		pk = foldKey(stripPrefix(place.Province, provincePrefixes))
	}
	type cand struct {
		i             int
		fd, td, other int
	}
	var cs []cand
	for i, k := range r.keys {
		if pk != "" && k.province != pk {
			continue
		}
		other := 1
		if dk != "" && k.district == dk {
			other = 0
		}
		cs = append(cs, cand{i, vntext.Distance(f, k.fold), vntext.Distance(t, k.name), other})
	}
	slices.SortStableFunc(cs, func(a, b cand) int {
		if a.fd != b.fd {
			return a.fd - b.fd
		}
		if a.td != b.td {
			return a.td - b.td
		}
		return a.other - b.other
	})
	var out []Unit
	seen := map[string]bool{}
	for _, c := range cs {
		if len(out) == n {
			break
		}
		u := r.units[c.i]
		key := u.Code + "\x00" + u.Name + "\x00" + u.District
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, u)
	}
	return out
}

// maxNameRunes bounds the part of a name Closest compares: unit names are
// far shorter.
const maxNameRunes = 48

// Successor answers "which unit took place over by day d": the place is
// looked up among the units of every period, and each match is followed to
// the units in force on d. A place still in force on d answers itself with
// no succession; so does a place named without a district when exactly one
// of its matches is in force on d, as a unit formed on 1/7/2025 (Nghị
// quyết (Resolution) 1672/NQ-UBTVQH15), which has no district, is named:
// "Tân Thành, Lạng Sơn" on 1/7/2025 is xã Tân Thành (06445), not one of
// the three former communes of that name. It is an error when the place
// names no unit, or several: the error says what to write to name one,
// the district (of units that have one, in force on d when several are)
// or, within one district, the kind (Thị trấn Đình Lập), and when it
// names a province or centrally-run city whose units the registry does not
// hold ([Provinces]), calling a city a city.
func Successor(place Place, d time.Time) (Unit, []Succession, error) {
	if place.Province != "" && !HasRegistry(place.Province) {
		format := "the registry holds no units of province %q (it holds: %s): the successors of %q are not known"
		if provincekind.City(place.Province) {
			format = "the registry holds no units of city %q (it holds: %s): the successors of %q are not known"
		}
		return Unit{}, nil, fmt.Errorf("units: %w", &problem.Msg{
			Format: format,
			Args:   []any{place.Province, strings.Join(Provinces(), ", "), place.String()}})
	}
	found := Find(place, time.Time{})
	if len(found) == 0 {
		return Unit{}, nil, fmt.Errorf("units: no unit named %q is known%s", place.String(), closestHint(place, d))
	}
	type answer struct {
		u    Unit
		succ []Succession
	}
	var answers []answer
	for _, u := range found {
		if !d.IsZero() && !u.InForce(d) && u.From.After(day(d)) {
			continue // formed after d
		}
		answers = append(answers, answer{u, Successors(u, d)})
	}
	if len(answers) == 0 {
		return Unit{}, nil, fmt.Errorf("units: %w", &problem.Msg{Format: "%q names no unit in force on or before %s", Args: []any{place.String(), vidate.Day(d)}})
	}
	if len(answers) > 1 && place.District == "" && !d.IsZero() {
		// The units in force on d that bear the name: the one, or the
		// ones to choose from.
		var now []answer
		for _, a := range answers {
			if a.u.InForce(d) {
				now = append(now, a)
			}
		}
		if len(now) > 0 {
			answers = now
		}
	}
	if len(answers) > 1 {
		names := make([]string, len(answers))
		oneDistrict := true
		for i, a := range answers {
			names[i] = a.u.String()
			oneDistrict = oneDistrict && a.u.District == answers[0].u.District
		}
		if oneDistrict {
			// Units of one district that share a name differ by kind
			// (Thị trấn Đình Lập, Xã Đình Lập).
			return Unit{}, nil, fmt.Errorf("units: %q is ambiguous: %s; write the kind (Xã, Phường, Thị trấn) before the name", place.String(), strings.Join(names, "; "))
		}
		// Units of several districts: of before 1/7/2025, each with its
		// district (on a date d, the units without one are in force and
		// were kept alone above).
		i := max(0, slices.IndexFunc(answers, func(a answer) bool { return a.u.District != "" }))
		example := Place{Name: place.Name, District: answers[i].u.District, Province: cmp.Or(place.Province, answers[i].u.Province)}
		return Unit{}, nil, fmt.Errorf("units: %q is ambiguous: %s; name the district, as in %q", place.String(), strings.Join(names, "; "), example.String())
	}
	return answers[0].u, answers[0].succ, nil
}

// closestHint names the units nearest to place, for an error: the units in
// force on d that bear its name (spelt alike but for diacritics), when d is
// given and there are some, as a unit formed on 1/7/2025 has no district
// to match the one written; otherwise the nearest three of any period.
func closestHint(place Place, d time.Time) string {
	var c []Unit
	if !d.IsZero() {
		short := foldKey(stripKind(place.Name))
		for _, u := range Closest(Place{Name: place.Name, Province: place.Province}, len(reg().units)) {
			if u.InForce(d) && foldKey(u.ShortName()) == short {
				c = append(c, u)
			}
		}
	}
	if len(c) == 0 {
		c = Closest(place, 3)
	}
	if len(c) == 0 {
		return ""
	}
	names := make([]string, len(c))
	for i, u := range c {
		names[i] = u.String()
	}
	return " (closest: " + strings.Join(names, "; ") + ")"
}
