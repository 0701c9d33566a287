package placenames

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/communename"
	"github.com/nongthonmoi/ntm/internal/originpack"
	"github.com/nongthonmoi/ntm/internal/placekey"
)

// Repeats tells, in a run that shows every report (ntm eval without
// --summary, POST /evaluate), the communes assessed more than once for one
// set and year: a commune is the same as for a run that counts communes
// (Run.Canonical once every name is read), so that "Hoa Lac" read before or
// after "Hòa Lạc" of the same district and province is one commune. Both
// reports are shown: each later assessment is a warning naming the first
// (Repeats.Warnings), where a run that counts communes has an input problem
// and uses the first only.
//
// Memory grows with the communes, sets and years read, never with the
// reports: per commune, set and year, a 12-byte key and 24 bytes (the
// index of its spelling in the run's names, its set, year and origin,
// packed), besides the run's names (each distinct spelling once, with
// its keys hashed).
type Repeats struct {
	names *Run
	keys  placekey.KeyMemo
	// first maps a commune as spelt (the first spelling of its identity
	// key), a set and a year to the index in entries of its first
	// assessment.
	first   map[repeatKey]int32
	entries []repeatEntry
	sets    []string
	setIdx  map[string]uint32
	origins originpack.Table
	// noDistrict maps the identity key of a commune of a year without
	// districts (its name and province) to the index its first spelling
	// stands for in repeatKey.same.
	noDistrict map[string]uint32
	// told are the pairs of assessments a problem names already (see
	// Told), by their places in order and their set and year.
	told map[toldPair]bool
}

// A repeatKey is a commune, by the index of the first spelling of its
// identity key in the run's names, a set (in Repeats.sets) and a year.
type repeatKey struct {
	same, set uint32
	year      int32
}

// A toldPair is two places, in order, a set and a year.
type toldPair struct {
	a, b, set string
	year      int
}

// A repeatEntry is one report read: the index of its commune's spelling in
// the run's names, its set (in Repeats.sets), its year, its origin packed,
// and the index in entries of the first report of the same spelling, set
// and year (-1 for the first).
type repeatEntry struct {
	spelling, set uint32
	year, of      int32
	origin        uint64
}

// NewRepeats returns the repeats of a run whose names are names.
func NewRepeats(names *Run) *Repeats {
	return &Repeats{names: names, first: map[repeatKey]int32{}, setIdx: map[string]uint32{}}
}

// Names returns the run's names.
func (s *Repeats) Names() *Run { return s.names }

// Add records the commune, set and year of a report shown, read at its
// origin, and adds its names to the run's.
func (s *Repeats) Add(r *evaluate.Report) {
	sp := s.names.names.Add(Of(r.Commune), r.Origin)
	set, ok := s.setIdx[r.Set]
	if !ok {
		set = uint32(len(s.sets))
		s.sets = append(s.sets, strings.Clone(r.Set))
		s.setIdx[s.sets[set]] = set
	}
	e := repeatEntry{spelling: uint32(sp), set: set, year: int32(r.Year), of: -1, origin: s.origins.Pack(r.Origin)}
	same := uint32(s.names.names.Same(sp))
	if r.Year >= placekey.NoDistrictsFrom {
		// A commune of a year without districts is one whatever district
		// is written beside it: the first spelling of its name and
		// province stands for it.
		if s.noDistrict == nil {
			s.noDistrict = map[string]uint32{}
		}
		k := s.keys.Key(In(r.Commune, r.Year))
		if first, ok := s.noDistrict[k]; ok {
			same = first
		} else {
			s.noDistrict[k] = same
		}
	}
	k := repeatKey{same: same, set: set, year: int32(r.Year)}
	if at, dup := s.first[k]; dup {
		e.of = at
	} else {
		s.first[k] = int32(len(s.entries))
	}
	s.entries = append(s.entries, e)
}

// A Repeat is a report of a commune, set and year read before.
type Repeat struct {
	// Second and First are the places of the later assessment and of the
	// first ("a.csv:7", "request[2]"); SecondPlace and FirstPlace their
	// names as written.
	Second, First           string
	SecondPlace, FirstPlace placekey.Place
	Set                     string
	Year                    int
}

// Repeats returns, once every name is read (the run's names settled), the
// reports of a commune, set and year read before, in the order read.
func (s *Repeats) Repeats() []Repeat {
	// The assessments first of their spelling whose names are written
	// without diacritics may be of the commune of another spelling: they
	// are grouped by the key of the names theirs stand for, with the
	// assessment first of that key as spelt.
	type groupKey struct {
		key  string
		set  uint32
		year int32
	}
	groups := map[groupKey][]int32{}
	for i, e := range s.entries {
		p := s.names.names.Spelling(int(e.spelling))
		if e.of >= 0 || !placekey.HasASCII(p) {
			continue
		}
		c := s.names.CanonicalIn(CommuneOf(p), int(e.year))
		ck := groupKey{s.keys.Key(c), e.set, e.year}
		if len(groups[ck]) == 0 {
			same, ok := s.names.names.Find(c)
			if e.year >= placekey.NoDistrictsFrom {
				var first uint32
				first, ok = s.noDistrict[ck.key]
				same = int(first)
			}
			if ok {
				if at, ok := s.first[repeatKey{uint32(same), e.set, e.year}]; ok && at != int32(i) {
					groups[ck] = append(groups[ck], at)
				}
			}
		}
		groups[ck] = append(groups[ck], int32(i))
	}
	// firstOf maps each assessment of a group to the group's first.
	firstOf := map[int32]int32{}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		slices.Sort(g)
		for _, i := range g[1:] {
			firstOf[i] = g[0]
		}
	}
	var out []Repeat
	for i, e := range s.entries {
		first, ok := firstOf[int32(i)]
		if e.of >= 0 {
			first, ok = e.of, true
			if f, grouped := firstOf[e.of]; grouped {
				first = f
			}
		}
		if ok {
			out = append(out, s.repeat(i, int(first)))
		}
	}
	return out
}

func (s *Repeats) repeat(second, first int) Repeat {
	e, f := s.entries[second], s.entries[first]
	return Repeat{Second: s.origins.Unpack(e.origin), First: s.origins.Unpack(f.origin),
		SecondPlace: s.names.names.Spelling(int(e.spelling)), FirstPlace: s.names.names.Spelling(int(f.spelling)),
		Set: s.sets[e.set], Year: int(e.year)}
}

// Told records that a problem names the assessments read at the places a
// and b (in either order) as one commune's with values for set in year:
// Warnings leaves out the warning on that pair, which the problem reports.
func (s *Repeats) Told(a, b, set string, year int) {
	if s.told == nil {
		s.told = map[toldPair]bool{}
	}
	if b < a {
		a, b = b, a
	}
	s.told[toldPair{a, b, set, year}] = true
}

// Warnings returns, once every name is read, the warnings of Repeats (but
// those of the pairs Told) and then those of Run.Warnings, in lang.
func (s *Repeats) Warnings(lang string) []Warning {
	var ws []Warning
	for _, r := range s.Repeats() {
		a, b := r.First, r.Second
		if b < a {
			a, b = b, a
		}
		if !s.told[toldPair{a, b, r.Set, r.Year}] {
			ws = append(ws, r.Warning(lang))
		}
	}
	return append(ws, s.names.Warnings(lang)...)
}

// Warning returns the warning on r in lang, at the later assessment's
// place: `xã "Hoa Lac" (Huu Lung, Lang Son) bị đánh giá trùng theo
// 1980/QĐ-TTg, năm 2020: …`.
func (r Repeat) Warning(lang string) Warning {
	second := quotedPlace(r.SecondPlace)
	first := quotedPlace(r.FirstPlace)
	kind := pick(lang, "xã", "commune")
	return Warning{Origin: r.Second, Text: pick(lang,
		fmt.Sprintf("%s bị đánh giá trùng theo %s, năm %d: lần đầu ở %s, tên ghi là %s; cả hai kết quả đều có trong báo cáo, nhưng phần tổng hợp chỉ tính lần đầu",
			communename.AfterKind(kind, r.SecondPlace.Name, second), r.Set, r.Year, r.First, first),
		fmt.Sprintf("%s is assessed again for %s, %d: first in %s, written %s; both reports are given, a summary uses the first only",
			communename.AfterKind(kind, r.SecondPlace.Name, second), r.Set, r.Year, r.First, first))}
}

// quotedPlace returns a place as written: `"Hoa Lac" (Huu Lung, Lang Son)`.
func quotedPlace(p placekey.Place) string {
	return strconv.Quote(p.Name) + placeContext(p.District, p.Province)
}
