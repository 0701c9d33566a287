package plan

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/catalogaccess"
	"github.com/nongthonmoi/ntm/internal/communename"
	"github.com/nongthonmoi/ntm/internal/evalbridge"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/problem"
)

// Validate checks p against the sets of cat (the built-in sets when cat is
// nil) and returns its consistency warnings, or every problem found, each
// with its JSON path, joined and sorted by path.
//
// Problems: a missing number; a target without its commune's name, its set
// or its year; a basis with neither number nor title; a task without its
// assignee; a responsibility without its agency or codes; a stop without
// its place; a participant without its organisation; a target or
// responsibility whose set cat does not know; the same target twice; a
// responsibility code (criterion "17" or indicator "17.6") that no target
// set has (or, with Set, that set does not have); an inspection window with
// one end only or that ends before it starts; negative days; a date that
// does not exist or lies outside the years 1-9999. Nothing else is
// required: a plan may leave out its date, issuer, signer, title, bases,
// targets, inspection, responsibilities, tasks and recipients.
//
// Warnings (the plan stays usable): a target commune that the route, when
// the plan gives one, never visits; a stop of the route at a commune that
// is no unit of the plan's province in the inspection's year (from 2026, a
// commune abolished on 1/7/2025, naming its successor); a target of a
// year outside its set's period or before the year the plan was issued; a
// task due or done in no year of the plan (neither the year it was issued
// nor a target's year); a code of a responsibility without a set that is
// a different criterion in different target sets ("8" of 1980/QĐ-TTg and
// of 51/2025/QĐ-TTg); a task due after the inspection window ends; an
// announced inspection date outside the window.
//
// Validate does not change p. Set IDs may be aliases ("1980"); [Read]
// replaces them by canonical IDs.
func (p *Plan) Validate(cat *criteria.Catalog) ([]Warning, error) {
	var pr problems
	p.check(&pr, catalogOr(cat))
	if err := pr.err(); err != nil {
		return nil, err
	}
	return p.warnings(catalogOr(cat)), nil
}

// catalogs reads a catalog's own sets, where its methods return copies.
var catalogs = catalogaccess.Get[criteria.Catalog, criteria.Set]()

func catalogOr(cat *criteria.Catalog) *criteria.Catalog {
	if cat == nil {
		return criteria.Builtin()
	}
	return cat
}

// canonicalise replaces set aliases by canonical IDs where cat knows them.
func (p *Plan) canonicalise(cat *criteria.Catalog) {
	for i := range p.Targets {
		if s, err := catalogs.Lookup(cat, p.Targets[i].Set); err == nil {
			p.Targets[i].Set = s.ID
		}
	}
	for i := range p.Responsibilities {
		if p.Responsibilities[i].Set == "" {
			continue
		}
		if s, err := catalogs.Lookup(cat, p.Responsibilities[i].Set); err == nil {
			p.Responsibilities[i].Set = s.ID
		}
	}
}

func (p *Plan) check(pr *problems, cat *criteria.Catalog) {
	if strings.TrimSpace(p.Number) == "" {
		pr.add("number", problem.MissingField, "missing: the plan's number (số hiệu) is required")
	}
	p.checkDates(pr)
	for i, b := range p.Bases {
		if strings.TrimSpace(b.Number) == "" && strings.TrimSpace(b.Title) == "" {
			pr.add(index("bases", i), problem.MissingField, "missing: a basis needs its number or its title")
		}
	}
	// Sets of the targets, by canonical ID.
	sets := map[string]*criteria.Set{}
	seen := map[string]int{}
	for i, t := range p.Targets {
		path := index("targets", i)
		if strings.TrimSpace(t.Commune.Name) == "" {
			pr.add(key(path, "commune.name"), problem.MissingField, "missing: a target needs the commune's name")
		}
		if t.Year < 1 || t.Year > 9999 {
			pr.add(key(path, "year"), problem.OutOfRange, "year %d out of range (want e.g. 2020)", t.Year)
		}
		id := t.Set
		if strings.TrimSpace(t.Set) == "" {
			pr.add(key(path, "set"), problem.MissingField, "missing: a target needs a criteria set")
		} else if s, err := catalogs.Lookup(cat, t.Set); err != nil {
			pr.unknownSet(key(path, "set"), t.Set, err)
		} else {
			id = s.ID
			sets[s.ID] = s
		}
		k := communeKey(t.Commune, t.Year) + "\x00" + id + "\x00" + fmt.Sprint(t.Year)
		if j, dup := seen[k]; dup {
			pr.add(path, problem.DuplicateKey, "the same target as targets[%d] (%s, %s, %d)", j, t.Commune, id, t.Year)
		} else {
			seen[k] = i
		}
	}
	if p.Inspection != nil {
		checkInspection(pr, p.Inspection)
	}
	for i, r := range p.Responsibilities {
		checkResponsibility(pr, index("responsibilities", i), r, cat, sets)
	}
	for i, t := range p.Tasks {
		if strings.TrimSpace(t.Assignee) == "" {
			pr.add(key(index("tasks", i), "assignee"), problem.MissingField, "missing: a task needs its assignee")
		}
	}
}

func checkInspection(pr *problems, in *Inspection) {
	switch {
	case in.Window.From.IsZero() && !in.Window.To.IsZero():
		pr.add("inspection.window.from", problem.MissingField, "give both ends of the window or neither")
	case in.Window.To.IsZero() && !in.Window.From.IsZero():
		pr.add("inspection.window.to", problem.MissingField, "give both ends of the window or neither")
	case in.Window.To.Before(in.Window.From):
		pr.add("inspection.window", problem.Invalid, "ends (%s) before it starts (%s)", in.Window.To, in.Window.From)
	}
	if in.Days < 0 {
		pr.add("inspection.days", problem.OutOfRange, "negative duration %d", in.Days)
	}
	for i, s := range in.Route {
		if strings.TrimSpace(s.Place) == "" {
			pr.add(key(index("inspection.route", i), "place"), problem.MissingField, "missing: a stop needs its place")
		}
	}
	for i, pt := range in.Participants {
		if strings.TrimSpace(pt.Organisation) == "" {
			pr.add(key(index("inspection.participants", i), "organisation"), problem.MissingField, "missing: a participant needs its organisation")
		}
	}
}

// checkDates reports dates that do not exist or lie outside the years
// 1-9999 (which a plan built in Go may hold), so that writing never fails.
func (p *Plan) checkDates(pr *problems) {
	check := func(path string, d Date) {
		if !d.IsZero() && !d.valid() {
			pr.addInput(path, d.String(), problem.OutOfRange, "not a date of the years 1-9999")
		}
	}
	opt := func(path string, d *Date) {
		if d != nil {
			if d.IsZero() {
				pr.addInput(path, d.String(), problem.OutOfRange, "not a date of the years 1-9999")
			}
			check(path, *d)
		}
	}
	check("issued", p.Issued)
	for i, b := range p.Bases {
		check(key(index("bases", i), "issued"), b.Issued)
	}
	if in := p.Inspection; in != nil {
		check("inspection.window.from", in.Window.From)
		check("inspection.window.to", in.Window.To)
		opt("inspection.date", in.Date)
	}
	for i, t := range p.Tasks {
		opt(key(index("tasks", i), "due_before"), t.DueBefore)
		opt(key(index("tasks", i), "done"), t.Done)
	}
}

func checkResponsibility(pr *problems, path string, r Responsibility, cat *criteria.Catalog, sets map[string]*criteria.Set) {
	if strings.TrimSpace(r.Agency) == "" {
		pr.add(key(path, "agency"), problem.MissingField, "missing: a responsibility needs its agency")
	}
	if len(r.Criteria) == 0 {
		pr.add(key(path, "criteria"), problem.MissingField, "missing: name at least one criterion or indicator code")
	}
	scope := sets
	if r.Set != "" {
		s, err := catalogs.Lookup(cat, r.Set)
		if err != nil {
			pr.unknownSet(key(path, "set"), r.Set, err)
			return
		}
		if _, ok := sets[s.ID]; !ok {
			pr.addInput(key(path, "set"), r.Set, problem.UnknownSet, "not the set of any target")
			return
		}
		scope = map[string]*criteria.Set{s.ID: s}
	}
	seen := map[string]bool{}
	for j, code := range r.Criteria {
		cp := index(key(path, "criteria"), j)
		if seen[code] {
			pr.addInput(cp, code, problem.DuplicateKey, "code named twice")
			continue
		}
		seen[code] = true
		found := false
		for _, s := range scope {
			if hasCode(s, code) {
				found = true
				break
			}
		}
		if !found {
			hint := ""
			for _, s := range scope {
				if _, _, ok := s.Indicator(code + "a"); ok {
					hint = fmt.Sprintf(" (name the criterion or the parts %sa, %sb)", code, code)
				}
			}
			if r.Set != "" {
				pr.addInput(cp, code, problem.UnknownIndicator, "not a criterion or indicator of %s%s", r.Set, hint)
			} else {
				pr.addInput(cp, code, problem.UnknownIndicator, "not a criterion or indicator of any target set%s", hint)
			}
		}
	}
}

// hasCode reports whether code is a criterion or an indicator of s.
func hasCode(s *criteria.Set, code string) bool {
	if _, ok := s.Criterion(code); ok {
		return true
	}
	_, _, ok := s.Indicator(code)
	return ok
}

func (p *Plan) warnings(cat *criteria.Catalog) []Warning {
	ws := append(p.unitWarnings(), p.codeWarnings()...)
	ws = append(ws, p.yearWarnings(cat)...)
	ws = append(ws, p.codeSenseWarnings(cat)...)
	in := p.Inspection
	if in == nil {
		return ws
	}
	ws = append(ws, p.routeWarnings()...)
	for i, t := range p.Targets {
		if len(in.Route) > 0 && !visits(in.Route, t.Commune.Name) {
			ws = append(ws, warning(index("targets", i), "", "the inspection route never visits %s", communename.Name(t.Commune.Name)))
		}
	}
	hasWindow := !in.Window.From.IsZero() && !in.Window.To.IsZero()
	if hasWindow && in.Date != nil && !in.Window.Contains(*in.Date) {
		ws = append(ws, warning("inspection.date", "the inspection date lies outside the window",
			"the inspection date %s lies outside the window %s – %s", *in.Date, in.Window.From, in.Window.To))
	}
	for i, t := range p.Tasks {
		if hasWindow && t.DueBefore != nil && t.DueBefore.After(in.Window.To) {
			ws = append(ws, warning(key(index("tasks", i), "due_before"), "due after the inspection window ends",
				"due %s, after the inspection window ends on %s", *t.DueBefore, in.Window.To))
		}
	}
	return ws
}

// unitWarnings warns of each target whose commune is not an administrative
// unit of its province in the target's year, as a report on it is warned
// of: from 2026, a commune abolished on 1/7/2025 (Nghị quyết
// 1672/NQ-UBTVQH15: "Hòa Lạc" names the unit that succeeded it, xã Tân
// Thành), whose report the target would never find, or whose name alone
// is another unit's ("Hồng Phong" of Cao Lộc is not xã Hồng Phong, whose
// report the target finds by its name).
func (p *Plan) unitWarnings() []Warning {
	var ws []Warning
	for i, t := range p.Targets {
		w, ok := evalbridge.UnitWarning(t.Commune, t.Year)
		if !ok {
			continue
		}
		ws = append(ws, warning(index("targets", i), "", "commune %q (%s): %s",
			verbatim(t.Commune.Name), verbatim(evaluate.Commune{District: t.Commune.District, Province: t.Commune.Province}.String()),
			unitText(w.(evaluate.Warning))))
	}
	return ws
}

// codeSenseWarnings warns of a code of a responsibility without a set that
// is a different criterion in different target sets: "8" is "Thông tin và
// Truyền thông" in 1980/QĐ-TTg and "Môi trường và cảnh quan nông thôn" in
// 51/2025/QĐ-TTg, so an agency named for "8" of a plan with targets of
// both would answer for two unrelated criteria.
func (p *Plan) codeSenseWarnings(cat *criteria.Catalog) []Warning {
	var ids []string
	sets := map[string]*criteria.Set{}
	for _, t := range p.Targets {
		if s, err := catalogs.Lookup(cat, t.Set); err == nil && sets[s.ID] == nil {
			sets[s.ID] = s
			ids = append(ids, s.ID)
		}
	}
	if len(ids) < 2 {
		return nil
	}
	var ws []Warning
	for i, r := range p.Responsibilities {
		if r.Set != "" {
			continue
		}
		for j, code := range r.Criteria {
			var senses criterionSenses
			names := map[string]bool{}
			for _, id := range ids {
				c, ok := sets[id].Criterion(code)
				if !ok {
					_, c, ok = sets[id].Indicator(code)
				}
				if !ok {
					continue
				}
				senses = append(senses, criterionSense{set: id, code: c.Code, name: c.Name})
				names[vntext.Key(c.Name.VI)] = true
			}
			if len(names) > 1 {
				ws = append(ws, warning(index(key(index("responsibilities", i), "criteria"), j), "",
					"code %q is different criteria in the target sets (%s); give \"set\" to say which", verbatim(code), senses))
			}
		}
	}
	return ws
}

// criterionSense is the criterion a code is in one set.
type criterionSense struct {
	set, code string
	name      criteria.Text
}

// criterionSenses name criteria of sets: "1980/QĐ-TTg: 8 Thông tin và
// Truyền thông; 51/2025/QĐ-TTg: 8 Môi trường và cảnh quan nông thôn".
type criterionSenses []criterionSense

func (s criterionSenses) String() string { return s.text(func(t criteria.Text) string { return t.EN }) }
func (s criterionSenses) Vietnamese() string {
	return s.text(func(t criteria.Text) string { return t.VI })
}

func (s criterionSenses) text(name func(criteria.Text) string) string {
	parts := make([]string, len(s))
	for i, c := range s {
		parts[i] = c.set + ": " + c.code + " " + cmp.Or(name(c.name), c.name.VI)
	}
	return strings.Join(parts, "; ")
}

// yearWarnings warns of a target of a year outside its set's period
// (1980/QĐ-TTg is of 2016-2020, 51/2025/QĐ-TTg of 2026-2030), of a target
// of a year before the plan was issued, and of a task due or done in no
// year of the plan: neither the year it was issued nor a target's year.
func (p *Plan) yearWarnings(cat *criteria.Catalog) []Warning {
	var ws []Warning
	years := map[int]bool{}
	if !p.Issued.IsZero() {
		years[p.Issued.Year] = true
	}
	for i, t := range p.Targets {
		if t.Year < 1 || t.Year > 9999 {
			continue
		}
		years[t.Year] = true
		path := key(index("targets", i), "year")
		if s, err := catalogs.Lookup(cat, t.Set); err == nil && s.Period != (criteria.Period{}) && !s.Period.Contains(t.Year) {
			ws = append(ws, warning(path, "", "%d is outside the period %d-%d of %s", t.Year, s.Period.From, s.Period.To, verbatim(s.ID)))
		}
		if !p.Issued.IsZero() && t.Year < p.Issued.Year {
			ws = append(ws, warning(path, "", "target of %d, before the year the plan was issued (%s)", t.Year, p.Issued))
		}
	}
	if len(years) == 0 {
		return ws
	}
	list := slices.Sorted(maps.Keys(years))
	names := make([]string, len(list))
	for i, y := range list {
		names[i] = strconv.Itoa(y)
	}
	plural := verbatim(strings.Join(names, ", "))
	for i, t := range p.Tasks {
		if d := t.DueBefore; d != nil && d.valid() && !years[d.Year] {
			ws = append(ws, warning(key(index("tasks", i), "due_before"), "", "due %s, in no year of the plan (%s)", *d, plural))
		}
		if d := t.Done; d != nil && d.valid() && !years[d.Year] {
			ws = append(ws, warning(key(index("tasks", i), "done"), "", "done %s, in no year of the plan (%s)", *d, plural))
		}
	}
	return ws
}

// routeWarnings warns of each stop of the route at a commune ("xã Hòa
// Lạc", "UBND xã Hòa Lạc") that is no administrative unit of the plan's
// province in the inspection's year, as a target on it is warned of: from
// 2026, a commune abolished on 1/7/2025 (Nghị quyết 1672/NQ-UBTVQH15),
// naming the unit that succeeded it. The inspection's year is that of its
// announced date, else of its window, else the latest target year; the
// province is the one all targets name, else the plan's place. A stop
// that names no commune ("UBND huyện Hữu Lũng", "Hội trường") is not
// checked.
func (p *Plan) routeWarnings() []Warning {
	in := p.Inspection
	year := 0
	switch {
	case in.Date != nil && !in.Date.IsZero():
		year = in.Date.Year
	case !in.Window.From.IsZero():
		year = in.Window.From.Year
	default:
		for _, t := range p.Targets {
			year = max(year, t.Year)
		}
	}
	province := p.Place
	for i, t := range p.Targets {
		if i == 0 {
			province = t.Commune.Province
		} else if placekey.Commune(t.Commune.Province) != placekey.Commune(province) {
			province = p.Place
			break
		}
	}
	if year == 0 || strings.TrimSpace(province) == "" {
		return nil
	}
	var ws []Warning
	for i, s := range in.Route {
		name, ok := stopCommune(s.Place)
		if !ok {
			continue
		}
		c := evaluate.Commune{Name: name, Province: province}
		w, ok := evalbridge.UnitWarning(c, year)
		if !ok {
			continue
		}
		ws = append(ws, warning(key(index("inspection.route", i), "place"), "", "the inspection route visits %q (%s): %s",
			verbatim(name), verbatim(evaluate.Commune{Province: province}.String()), stopUnitText(w.(evaluate.Warning))))
	}
	return ws
}

// stopCommune returns the commune a stop is at, the place from the
// commune's kind on ("UBND xã Hòa Lạc" is at "xã Hòa Lạc"; the kind is
// kept, so that "thị trấn Hữu Lũng" is not taken for xã Hữu Lũng), and
// whether the place names a commune: its kind, "xã", "phường" or "thị
// trấn", is written, with or without diacritics.
func stopCommune(place string) (string, bool) {
	words := strings.Fields(place)
	// Prefixes and kinds are compared folded: "Ủy ban nhân dân", "Uỷ ban
	// nhân dân" and "Uy ban nhan dan" alike.
	for _, pre := range [][]string{{"uy", "ban", "nhan", "dan"}, {"ubnd"}} {
		if len(words) > len(pre) && slices.Equal(foldAll(words[:len(pre)]), pre) {
			words = words[len(pre):]
			break
		}
	}
	for _, kind := range [][]string{{"xa"}, {"phuong"}, {"thi", "tran"}} {
		if len(words) > len(kind) && slices.Equal(foldAll(words[:len(kind)]), kind) {
			return strings.Join(words, " "), true
		}
	}
	return "", false
}

// foldAll folds words to lower case without diacritics.
func foldAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = vntext.Fold(w)
	}
	return out
}

// unitText is a warning on a commune as a unit, in the language of the
// message it is an argument of.
type unitText evaluate.Warning

func (u unitText) String() string     { return evaluate.Warning(u).Text("en") }
func (u unitText) Vietnamese() string { return evaluate.Warning(u).Text("vi") }

// stopUnitText is a warning on the commune of a route stop as a unit, in
// the language of the message it is an argument of: a warning on a target
// (unitText), except that a commune abolished on 1/7/2025 is told with the
// unit that succeeded it ("đơn vị kế thừa là Xã Tân Thành (06445), Lạng
// Sơn"), as a stop is no assessment to make of it.
type stopUnitText evaluate.Warning

func (u stopUnitText) String() string     { return u.text("en") }
func (u stopUnitText) Vietnamese() string { return u.text("vi") }

func (u stopUnitText) text(lang string) string {
	w := evaluate.Warning(u)
	if w.Kind != evaluate.WarnFormerUnit {
		return w.Text(lang)
	}
	fact := evalbridge.FormerUnitFact(w.Year, lang)
	switch {
	case w.Key == "":
		return fact
	case lang == "en":
		return fact + "; the unit that succeeded it is " + w.Key
	}
	return fact + "; đơn vị kế thừa là " + w.Key
}

// verbatim is a name, the same in every language.
type verbatim string

func (v verbatim) String() string     { return string(v) }
func (v verbatim) Vietnamese() string { return string(v) }

// placePrefixes are words that precede a commune's name in a stop
// ("UBND xã Hòa Lạc"), in Key form.
var placePrefixes = []string{"ủy ban nhân dân ", "uỷ ban nhân dân ", "ubnd ", "xã ", "phường ", "thị trấn "}

// visits reports whether a stop of route is the commune named name:
// "xã Hòa Lạc" visits "Hòa Lạc". A stop written with diacritics must match
// them; one written without ("xa Hoa Lac") matches by folding.
func visits(route []Stop, name string) bool {
	want := placekey.Commune(name)
	for _, s := range route {
		place := placekey.Commune(stripPrefixes(vntext.Key(s.Place)))
		if place == want {
			return true
		}
		if vntext.Fold(s.Place) == vntext.Key(s.Place) {
			folded := stripFolded(vntext.Fold(s.Place))
			if folded == vntext.Fold(name) {
				return true
			}
		}
	}
	return false
}

func stripPrefixes(s string) string {
	for _, pre := range placePrefixes {
		s = strings.TrimPrefix(s, pre)
	}
	return s
}

func stripFolded(s string) string {
	for _, pre := range []string{"uy ban nhan dan ", "ubnd ", "xa ", "phuong ", "thi tran "} {
		s = strings.TrimPrefix(s, pre)
	}
	return s
}

// communeKey identifies a commune of year by name, district and province,
// as package placekey compares them: ignoring case, spacing, Unicode
// normalisation form, where a tone mark sits ("Hoà Lạc" is "Hòa Lạc") and
// the prefixes "xã", "huyện", "tỉnh" and "thành phố". From 2026, when
// there are no districts (placekey.NoDistrictsFrom), a district written is
// no part of it.
func communeKey(c evaluate.Commune, year int) string {
	return placekey.OfIn(c.Name, c.District, c.Province, year)
}
