package units

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Unit is a commune-level administrative unit (xã, phường, thị trấn) as it
// was in force during a span of dates.
type Unit struct {
	Code string // official 5-digit code, meaningful only with the dates
	Name string // full name as in the code list: "Xã Hòa Lạc"
	Kind string // "xã", "phường" or "thị trấn"
	// District is the district's full name ("Huyện Hữu Lũng"); "" from
	// 1/7/2025, when districts ceased.
	District string
	// DistrictCode is the district's official code ("186"), "" with District.
	DistrictCode string
	Province     string // "Lạng Sơn"
	// From is the first day the registry knows the unit in force (for the
	// units of the 1/3/2025 list, the date of the list).
	From time.Time
	// To is the last day in force; zero while the unit is in force.
	To time.Time
}

// ShortName returns the name without its kind prefix: "Hòa Lạc".
func (u Unit) ShortName() string { return stripKind(u.Name) }

// InForce reports whether u was in force on day d (compared by calendar date).
func (u Unit) InForce(d time.Time) bool {
	d = day(d)
	return !d.Before(u.From) && (u.To.IsZero() || !d.After(u.To))
}

// String returns the name, code and place: "Xã Hòa Lạc (06430), Huyện Hữu
// Lũng, Lạng Sơn".
func (u Unit) String() string {
	s := u.Name + " (" + u.Code + ")"
	if u.District != "" {
		s += ", " + u.District
	}
	return s + ", " + u.Province
}

// MarshalJSON writes the unit as `ntm units --format json` does:
// {"code", "name", "kind", "district", "province", "from", "to"}, dates as
// YYYY-MM-DD and "to" null while in force.
func (u Unit) MarshalJSON() ([]byte, error) {
	var to *string
	if !u.To.IsZero() {
		s := u.To.Format(time.DateOnly)
		to = &s
	}
	return json.Marshal(struct {
		Code     string  `json:"code"`
		Name     string  `json:"name"`
		Kind     string  `json:"kind"`
		District string  `json:"district"`
		Province string  `json:"province"`
		From     string  `json:"from"`
		To       *string `json:"to"`
	}{u.Code, u.Name, u.Kind, u.District, u.Province, u.From.Format(time.DateOnly), to})
}

// Basis is the legal basis of a change of units: a clause of a resolution.
type Basis struct {
	Document  string    // "1672/NQ-UBTVQH15"
	Issuer    string    // "Ủy ban Thường vụ Quốc hội"
	Issued    time.Time // date of the document
	Effective time.Time // the day the change took effect
	Article   int       // Điều
	Clause    int       // khoản
}

// String returns the citation: "1672/NQ-UBTVQH15, Điều 1, khoản 46".
func (b Basis) String() string {
	return fmt.Sprintf("%s, Điều %d, khoản %d", b.Document, b.Article, b.Clause)
}

// Succession is one old unit going, whole or in part, into a new unit.
type Succession struct {
	Predecessor Unit
	Successor   Unit
	// Whole is true when the old unit's whole area and population went into
	// the successor, false when only a part did (the unit was split).
	Whole bool
	Basis Basis
}

// The reorganisation of Lạng Sơn's units by Nghị quyết 1672/NQ-UBTVQH15
// (16/6/2025), in force 1/7/2025.
const resolution1672 = "1672/NQ-UBTVQH15"

var (
	listDate  = day(time.Date(2025, time.March, 1, 0, 0, 0, 0, time.UTC))
	mergeDate = day(time.Date(2025, time.July, 1, 0, 0, 0, 0, time.UTC))
	basis1672 = Basis{
		Document:  resolution1672,
		Issuer:    "Ủy ban Thường vụ Quốc hội",
		Issued:    day(time.Date(2025, time.June, 16, 0, 0, 0, 0, time.UTC)),
		Effective: mergeDate,
		Article:   1,
	}
)

func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

//go:embed data/*.tsv
var dataFS embed.FS

// registry is every unit known, of every period, and the successions
// between them.
type registry struct {
	units  []Unit
	byCode map[string][]int // indexes into units
	succ   []succession
	keys   []nameKeys // per unit, its name keys
	// byName indexes units by their name's tone key and fold key.
	byTone, byFold map[string][]int
}

type succession struct {
	old, new int // indexes into units
	whole    bool
	clause   int
}

var reg = sync.OnceValue(func() *registry {
	r, err := load()
	if err != nil {
		panic("units: embedded data: " + err.Error())
	}
	return r
})

const provinceLangSon = "Lạng Sơn"

func load() (*registry, error) {
	r := &registry{byCode: map[string][]int{}, byTone: map[string][]int{}, byFold: map[string][]int{}}
	old := map[string]int{}
	oldRows, err := readTSV("data/lang-son-units-2025-03.tsv", "code", "name", "kind", "district_code", "district")
	if err != nil {
		return nil, err
	}
	for _, f := range oldRows {
		old[f[0]] = r.add(Unit{Code: f[0], Name: f[1], Kind: f[2], DistrictCode: f[3], District: f[4],
			Province: provinceLangSon, From: listDate, To: mergeDate.AddDate(0, 0, -1)})
	}
	newRows, err := readTSV("data/lang-son-units-2025-07.tsv", "code", "name", "kind")
	if err != nil {
		return nil, err
	}
	next := map[string]int{}
	for _, f := range newRows {
		next[f[0]] = r.add(Unit{Code: f[0], Name: f[1], Kind: f[2], Province: provinceLangSon, From: mergeDate})
	}
	pairs, err := readTSV("data/lang-son-merger-2025.tsv", "old_code", "old_name", "old_district", "new_code", "new_name", "clause", "whole")
	if err != nil {
		return nil, err
	}
	for _, f := range pairs {
		o, ok1 := old[f[0]]
		n, ok2 := next[f[3]]
		clause, err := strconv.Atoi(f[5])
		if !ok1 || !ok2 || err != nil || (f[6] != "yes" && f[6] != "part") ||
			r.units[o].Name != f[1] || r.units[o].District != f[2] || r.units[n].Name != f[4] {
			return nil, fmt.Errorf("lang-son-merger-2025.tsv: row %q does not match the unit lists", f)
		}
		r.succ = append(r.succ, succession{old: o, new: n, whole: f[6] == "yes", clause: clause})
	}
	return r, nil
}

func (r *registry) add(u Unit) int {
	i := len(r.units)
	r.units = append(r.units, u)
	r.byCode[u.Code] = append(r.byCode[u.Code], i)
	k := keysOf(u)
	r.keys = append(r.keys, k)
	r.byTone[k.name] = append(r.byTone[k.name], i)
	r.byFold[k.fold] = append(r.byFold[k.fold], i)
	return i
}

// readTSV reads an embedded tab-separated file whose header is want.
func readTSV(name string, want ...string) ([][]string, error) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	var rows [][]string
	for line := 1; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if line == 1 {
			if !slices.Equal(f, want) {
				return nil, fmt.Errorf("%s: header %q, want %q", name, f, want)
			}
			continue
		}
		if len(f) != len(want) {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", name, line, len(f), len(want))
		}
		rows = append(rows, f)
	}
	return rows, sc.Err()
}

func (r *registry) succession(s succession) Succession {
	b := basis1672
	b.Clause = s.clause
	return Succession{Predecessor: r.units[s.old], Successor: r.units[s.new], Whole: s.whole, Basis: b}
}

// Provinces returns the provinces whose units the registry holds.
func Provinces() []string { return []string{provinceLangSon} }

// HasRegistry reports whether the registry holds the units of province
// (a name as [Find] accepts it: "Lạng Sơn", "tỉnh Lang Son").
func HasRegistry(province string) bool { return provinceOf(province) != "" }

// provinceOf returns the registry's spelling of province, or "".
func provinceOf(province string) string {
	k := foldKey(stripPrefix(province, provincePrefixes))
	for _, p := range Provinces() {
		if foldKey(p) == k {
			return p
		}
	}
	return ""
}

// Since returns the first day the registry covers for province (every
// province with a registry when province is ""): the earliest day a unit
// of it is known in force, 1/3/2025 for Lạng Sơn. It returns the zero time
// for an unknown province.
func Since(province string) time.Time {
	p := ""
	if province != "" {
		if p = provinceOf(province); p == "" {
			return time.Time{}
		}
	}
	var first time.Time
	for _, u := range reg().units {
		if (p == "" || u.Province == p) && (first.IsZero() || u.From.Before(first)) {
			first = u.From
		}
	}
	return first
}

// List returns the units in force on day d, of province (every province
// with a registry when province is ""), in code order. It returns nil for an
// unknown province or a day the registry does not cover.
func List(province string, d time.Time) []Unit {
	p := ""
	if province != "" {
		if p = provinceOf(province); p == "" {
			return nil
		}
	}
	var out []Unit
	for _, u := range reg().units {
		if (p == "" || u.Province == p) && u.InForce(d) {
			out = append(out, u)
		}
	}
	slices.SortStableFunc(out, func(a, b Unit) int { return strings.Compare(a.Code, b.Code) })
	return out
}

// All returns every unit of province known to the registry, of every
// period, in the order of the reference lists (the 1/3/2025 list, then the
// 1/7/2025 list).
func All(province string) []Unit {
	p := provinceOf(province)
	var out []Unit
	for _, u := range reg().units {
		if u.Province == p {
			out = append(out, u)
		}
	}
	return out
}

// ByCode returns the unit that had code on day d. Codes were reused in
// 2025, so the day is part of the key: ByCode("06445", 2025-06-30) is Xã
// Hòa Sơn, ByCode("06445", 2025-07-01) is Xã Tân Thành.
func ByCode(code string, d time.Time) (Unit, bool) {
	r := reg()
	for _, i := range r.byCode[strings.TrimSpace(code)] {
		if r.units[i].InForce(d) {
			return r.units[i], true
		}
	}
	return Unit{}, false
}

// Successions returns the changes in which u was taken over, in clause
// order (one for a unit merged whole, several for a unit split in parts),
// or nil when u has not been taken over.
func Successions(u Unit) []Succession {
	r := reg()
	var out []Succession
	for _, s := range r.succ {
		if same(r.units[s.old], u) {
			out = append(out, r.succession(s))
		}
	}
	return out
}

// Predecessors returns the changes that formed u, in the order of the
// predecessors' codes, or nil when u was not formed by a change the registry
// knows.
func Predecessors(u Unit) []Succession {
	r := reg()
	var out []Succession
	for _, s := range r.succ {
		if same(r.units[s.new], u) {
			out = append(out, r.succession(s))
		}
	}
	return out
}

// Successors returns the units in force on day d that took u over, each with
// the change that led to it: nil when u itself is in force on d or when no
// change in effect by d took it over. A unit split in parts has several.
func Successors(u Unit, d time.Time) []Succession {
	if u.InForce(d) {
		return nil
	}
	var out []Succession
	for _, s := range Successions(u) {
		if s.Basis.Effective.After(day(d)) {
			continue
		}
		if s.Successor.InForce(d) {
			out = append(out, s)
			continue
		}
		// The successor was itself taken over later: follow it, keeping the
		// first change's part flag (a part of a part is a part).
		for _, next := range Successors(s.Successor, d) {
			next.Predecessor = u
			next.Whole = next.Whole && s.Whole
			out = append(out, next)
		}
	}
	return out
}

// same reports whether a and b are the same unit of the same period.
func same(a, b Unit) bool {
	return a.Code == b.Code && a.Name == b.Name && a.District == b.District && a.From.Equal(b.From)
}
