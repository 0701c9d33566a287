package placekey

import (
	"cmp"
	"hash/maphash"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/internal/vntext"
)

// Place is a commune's names as written: its name, district and province
// (an empty part is not given).
type Place struct{ Name, District, Province string }

// Level is the level of a place's name.
type Level int

// The levels, from the top.
const (
	LevelProvince Level = iota + 1
	LevelDistrict
	LevelCommune
)

// key returns the identity key of a name of the level.
func (l Level) key(name string) string {
	switch l {
	case LevelProvince:
		return Province(name)
	case LevelDistrict:
		return District(name)
	}
	return Commune(name)
}

// foldedPrefixes are the prefixes of each level's usual kind without
// diacritics, as [vntext.Fold] writes them: the prefix a name written
// without diacritics may begin with ("Huyen Huu Lung").
var foldedPrefixes = [...][]string{
	LevelProvince: {"thanh pho ", "tinh ", "tp "},
	LevelDistrict: {"huyen "},
	LevelCommune:  {"xa "},
}

// Names collects the names of the places of one run: those of a registry
// (the provinces, the districts of a province whose units are known) and
// those read. It answers, once everything is added ([Names.Resolve]),
// which known name a name written without diacritics stands for.
//
// A name written entirely without diacritics ("Lang Son", pure ASCII) that
// folds to exactly one known name of its level and place (a district
// among its province's, a commune among its district's) is that name: a
// registry's names are looked at first, then the names read with
// diacritics. One that folds to two or more ("Nhat Tien" where Nhật Tiến
// and Nhất Tiến are both known) is kept apart, and is an [Ambiguity]. A
// name with any diacritic is never folded: it was typed so.
//
// Memory grows with the distinct spellings added: each once, with its
// identity key hashed and, while no name read is written without
// diacritics nor differs from another only in them, the hashes of its
// folds. The zero value is ready to use; a Names is not safe for
// concurrent use.
type Names struct {
	registry []Place
	// read holds each spelling read, and where it was first read, in the
	// order read.
	read  map[Place]int
	order []readPlace
	last  int // the index of the spelling added last
	// keys hashes identity keys and foldSeed the folds of communes'.
	keys     Hasher
	foldSeed maphash.Seed
	// ids maps the identity key of each spelling read, hashed, to the
	// index of the first spelling of that key.
	ids  map[[2]uint64]int32
	memo KeyMemo
	// mixed tells that a spelling read has a part written without
	// diacritics, or that two spellings read have names of one level and
	// place (their keys up to that level) that fold alike but differ in
	// their keys. Until then, folds maps the fold of the keys of the
	// provinces and districts read, hashed, to their keys hashed, and
	// communeFolds the fold of a commune's, hashed, to the index of the
	// first spelling of its identity key; [Names.Resolve] has nothing to
	// resolve nor warn of.
	mixed        bool
	folds        map[[2]uint64][2]uint64
	communeFolds map[uint64]int32
	// letters holds the letters and digits of the fold of the words of
	// the communes' keys that are not only ASCII letters and digits (the
	// first maxWords of them).
	letters map[string]string
}

type readPlace struct {
	p      Place
	origin string
	// same is the index of the first spelling of the same identity key.
	same int32
}

// AddRegistry adds the names of a registry: a province, or a district
// with its province. They are looked at before the names read.
func (n *Names) AddRegistry(p Place) { n.registry = append(n.registry, p) }

// AddRegistries adds the names of the places ps, as AddRegistry each; n
// keeps ps, which must not change afterwards.
func (n *Names) AddRegistries(ps []Place) {
	if len(n.registry) == 0 {
		n.registry = slices.Clip(ps)
		return
	}
	n.registry = append(n.registry, ps...)
}

// Add adds the names of a place read at origin ("a.csv:7"); a spelling
// already added keeps its first origin. It returns the spelling's index:
// the number of distinct spellings added before it ([Names.Spelling]).
func (n *Names) Add(p Place, origin string) int {
	if n.read == nil {
		n.read = map[Place]int{}
	}
	if n.last < len(n.order) && n.order[n.last].p == p {
		return n.last // an assessment's names, then its reports'
	}
	i, ok := n.read[p]
	if !ok {
		i = len(n.order)
		n.read[p] = i
		n.order = append(n.order, readPlace{p, origin, int32(n.identity(p, i))})
	}
	n.last = i
	return i
}

// Spelling returns the spelling of index i, as [Names.Add] added it.
func (n *Names) Spelling(i int) Place { return n.order[i].p }

// Same returns the index of the first spelling added whose identity key
// ([Keys]) is that of the spelling of index i (i itself when it is the
// first).
func (n *Names) Same(i int) int { return int(n.order[i].same) }

// Find returns the index of the first spelling added whose identity key is
// p's, and whether there is one.
func (n *Names) Find(p Place) (int, bool) {
	if n.ids == nil {
		return 0, false
	}
	d, pr := n.memo.keys(&n.memo.districts, LevelDistrict, p.District), n.memo.keys(&n.memo.provinces, LevelProvince, p.Province)
	i, ok := n.ids[n.keys.Sum(0, pr[0], d[0], Commune(p.Name))]
	return int(i), ok
}

// identity records the keys of p, the spelling of index i, and returns
// the index of the first spelling of p's identity key; until n is mixed
// it tells whether p makes it so.
func (n *Names) identity(p Place, i int) int {
	if n.ids == nil {
		n.keys, n.foldSeed = NewHasher(), maphash.MakeSeed()
		n.ids, n.folds, n.communeFolds = map[[2]uint64]int32{}, map[[2]uint64][2]uint64{}, map[uint64]int32{}
	}
	d, pr := n.memo.keys(&n.memo.districts, LevelDistrict, p.District), n.memo.keys(&n.memo.provinces, LevelProvince, p.Province)
	c := Commune(p.Name)
	id := n.keys.Sum(0, pr[0], d[0], c)
	same, ok := n.ids[id]
	if !ok {
		same = int32(i)
		n.ids[id] = same
	}
	if !n.mixed && (HasASCII(p) || !utf8.ValidString(c)) {
		n.mix()
	}
	if !n.mixed {
		// The scopes of Resolve are the keys of the levels above, whose
		// loose keys the hash of a fold includes: a coarser scope. Names
		// that fold alike have the same loose key, and the same letters.
		n.clash(n.keys.Sum(0, pr[1]), n.keys.Sum(0, pr[0]))
		n.clash(n.keys.Sum(0, pr[1], d[1]), n.keys.Sum(0, pr[0], d[0]))
	}
	if !n.mixed {
		f := n.communeFold(pr[1], d[1], c)
		if s, ok := n.communeFolds[f]; !ok {
			n.communeFolds[f] = same
		} else if s != same {
			n.mix()
		}
	}
	return int(same)
}

// mix makes n mixed, dropping what tells whether it is.
func (n *Names) mix() {
	n.mixed, n.folds, n.communeFolds, n.letters = true, nil, nil, nil
}

// communeFold returns the hash of the loose keys of a province and a
// district, and of the letters and digits of [vntext.Fold] of a commune's
// key c (valid UTF-8), word by word: keys that fold alike have one hash
// (and others may, telling n mixed: never a name left unwarned of).
func (n *Names) communeFold(province, district, c string) uint64 {
	var h maphash.Hash
	h.SetSeed(n.foldSeed)
	h.WriteString(province)
	h.WriteByte(0)
	h.WriteString(district)
	h.WriteByte(0)
	for w := range strings.FieldsSeq(c) {
		h.WriteString(n.letterFold(w))
	}
	return h.Sum64()
}

// letterFold returns the letters and digits of [vntext.Fold](w): Fold
// folds each character alone, so that the letters of a key's fold are
// those of its words' folds, one after the other.
func (n *Names) letterFold(w string) string {
	plain := true
	for i := 0; i < len(w) && plain; i++ {
		plain = 'a' <= w[i] && w[i] <= 'z' || '0' <= w[i] && w[i] <= '9'
	}
	if plain {
		return w
	}
	if f, ok := n.letters[w]; ok {
		return f
	}
	f := strings.ReplaceAll(vntext.Fold(w), " ", "")
	if n.letters == nil {
		n.letters = map[string]string{}
	}
	if len(n.letters) < maxWords {
		n.letters[strings.Clone(w)] = f
	}
	return f
}

// clash records the hashed keys of the names of one level and place
// whose fold's hash is fold, making n mixed when they differ from those
// of a fold recorded before.
func (n *Names) clash(fold, key [2]uint64) {
	if n.mixed {
		return
	}
	if k, ok := n.folds[fold]; !ok {
		n.folds[fold] = key
	} else if k != key {
		n.mix()
	}
}

// A Known is a known name: as the registry writes it or as first read,
// where it was first read ("" when it was not), and whether it is a
// registry's.
type Known struct {
	Spelling, Origin string
	Registry         bool
	key, fold        string
	// read tells whether the name was read; seq is then the order of its
	// first reading.
	read bool
	seq  int
}

// scope is the known names of one level in one place (the districts of a
// province, the communes of a district), by the fold of their keys.
type scope struct {
	// Province and District are the place's names, as first written.
	province, district string
	byFold             map[string][]*Known
	names              []*Known // in order added
}

// add adds a registry's name (seq < 0) or a name read (its order of
// reading seq, where origin).
func (s *scope) add(key, spelling, origin string, seq int) {
	if s.byFold == nil {
		s.byFold = map[string][]*Known{}
	}
	f := vntext.Fold(key)
	for _, k := range s.byFold[f] {
		if k.key == key {
			if seq >= 0 && !k.read {
				k.read, k.Origin, k.seq = true, origin, seq
			}
			return
		}
	}
	k := &Known{Spelling: spelling, Origin: origin, Registry: seq < 0, key: key, fold: f, read: seq >= 0, seq: seq}
	s.byFold[f] = append(s.byFold[f], k)
	s.names = append(s.names, k)
}

// candidates returns the known names that name, written without
// diacritics, may stand for: the registry's when some fold to it, else
// those read.
func (s *scope) candidates(l Level, name string) []*Known {
	if s == nil {
		return nil
	}
	f := vntext.Fold(l.key(name))
	folds := []string{f}
	for _, p := range foldedPrefixes[l] {
		if rest, ok := strings.CutPrefix(f, p); ok && rest != "" {
			folds = append(folds, rest)
			break
		}
	}
	var reg, read []*Known
	for _, f := range folds {
		for _, k := range s.byFold[f] {
			if k.Registry {
				reg = append(reg, k)
			} else {
				read = append(read, k)
			}
		}
	}
	slices.SortStableFunc(read, func(a, b *Known) int { return cmp.Compare(a.seq, b.seq) })
	if len(reg) > 0 {
		return reg
	}
	return read
}

// Resolution is what a [Names] knows once everything is added: the name
// each place's names stand for, and the names that could not be told
// apart. It is not safe for concurrent use (it keeps what it computed).
type Resolution struct {
	// pending, when not nil, holds the names of a Names that was not
	// mixed: resolved only when a place with a part written without
	// diacritics is asked for.
	pending   *Names
	provinces scope
	districts map[string]*scope    // by province key
	communes  map[[2]string]*scope // by province and district keys
	ambiguous []Ambiguity
	// The keys of province and district names, as computed (a run has
	// few provinces and districts), and the names they stand for.
	memo  KeyMemo
	provs map[string]string
	dists map[[2]string]string
}

func (r *Resolution) pkey(name string) string {
	return r.memo.keys(&r.memo.provinces, LevelProvince, name)[0]
}

func (r *Resolution) dkey(name string) string {
	return r.memo.keys(&r.memo.districts, LevelDistrict, name)[0]
}

// Ambiguity is a name written without diacritics that folds to two or
// more known names of its place.
type Ambiguity struct {
	Level    Level
	Name     string // as written
	Origin   string // where first read
	District string // the place of a commune: its district and province
	Province string // the place of a district or commune
	// Candidates are the known names it may be, in the order known.
	Candidates []Known
}

// isASCII reports whether s is written without any diacritic.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Resolve returns what n knows now. n may be added to afterwards; the
// Resolution does not change. While no name read is written without
// diacritics nor differs from another only in them, it resolves nothing
// until it is asked for a place with a part written without diacritics.
func (n *Names) Resolve() *Resolution {
	if !n.mixed {
		// No name read is written without diacritics, nor differs from
		// another only in them: no name to warn of, and each read stands
		// for itself. The names known now are kept for a place asked for
		// that has a part written without diacritics.
		return &Resolution{pending: &Names{registry: slices.Clip(n.registry), order: slices.Clip(n.order)}}
	}
	return n.resolve()
}

// resolve is Resolve done now.
func (n *Names) resolve() *Resolution {
	r := &Resolution{districts: map[string]*scope{}, communes: map[[2]string]*scope{},
		provs: map[string]string{}, dists: map[[2]string]string{}}
	for _, p := range n.registry {
		if p.Province != "" {
			r.provinces.add(r.pkey(p.Province), p.Province, "", -1)
		}
		if p.District != "" {
			pk := r.pkey(p.Province)
			r.districtsOf(pk, p.Province).add(r.dkey(p.District), shortDistrict(p.District), "", -1)
		}
	}
	// Level by level: a district is known in its province as resolved, a
	// commune in its district.
	for i, rp := range n.order {
		if p := rp.p.Province; p != "" && !isASCII(p) {
			r.provinces.add(r.pkey(p), p, rp.origin, i)
		}
	}
	for i, rp := range n.order {
		if d := rp.p.District; d != "" && !isASCII(d) {
			prov := r.province(rp.p.Province)
			r.districtsOf(r.pkey(prov), prov).add(r.dkey(d), d, rp.origin, i)
		}
	}
	for i, rp := range n.order {
		if c := rp.p.Name; c != "" && !isASCII(c) {
			prov := r.province(rp.p.Province)
			dist := r.district(prov, rp.p.District)
			r.communesOf(r.pkey(prov), r.dkey(dist), prov, dist).add(Commune(c), c, rp.origin, i)
		}
	}
	seen := map[string]bool{}
	for _, rp := range n.order {
		p := rp.p
		prov := r.province(p.Province)
		r.ambiguity(seen, LevelProvince, p.Province, rp.origin, "", "", &r.provinces)
		r.ambiguity(seen, LevelDistrict, p.District, rp.origin, "", prov, r.districts[r.pkey(prov)])
		dist := r.district(prov, p.District)
		r.ambiguity(seen, LevelCommune, p.Name, rp.origin, dist, prov, r.communes[[2]string{r.pkey(prov), r.dkey(dist)}])
	}
	return r
}

func (r *Resolution) ambiguity(seen map[string]bool, l Level, name, origin, district, province string, s *scope) {
	if name == "" || !isASCII(name) {
		return
	}
	c := s.candidates(l, name)
	if len(c) < 2 {
		return
	}
	id := string(rune('0'+l)) + "\x00" + l.key(name) + "\x00" + r.dkey(district) + "\x00" + r.pkey(province)
	if seen[id] {
		return
	}
	seen[id] = true
	a := Ambiguity{Level: l, Name: name, Origin: origin, District: district, Province: province}
	for _, k := range c {
		a.Candidates = append(a.Candidates, *k)
	}
	r.ambiguous = append(r.ambiguous, a)
}

// shortDistrict returns a registry's district name as the names read
// usually write it: without the "Huyện" that its key leaves out
// ("Huyện Hữu Lũng" → "Hữu Lũng"; "Thành phố Lạng Sơn" is kept whole).
func shortDistrict(name string) string {
	if District(name) == vntext.ToneKey(name) {
		return name
	}
	_, rest, _ := strings.Cut(strings.TrimSpace(name), " ")
	return strings.TrimSpace(rest)
}

func (r *Resolution) districtsOf(pk, province string) *scope {
	s := r.districts[pk]
	if s == nil {
		s = &scope{province: province}
		r.districts[pk] = s
	}
	return s
}

func (r *Resolution) communesOf(pk, dk, province, district string) *scope {
	s := r.communes[[2]string{pk, dk}]
	if s == nil {
		s = &scope{province: province, district: district}
		r.communes[[2]string{pk, dk}] = s
	}
	return s
}

// resolve returns the known name that name, of level l, stands for in s:
// itself unless it is written without diacritics and folds to exactly one
// other known name.
func resolve(s *scope, l Level, name string) string {
	if name == "" || !isASCII(name) {
		return name
	}
	c := s.candidates(l, name)
	if len(c) != 1 || c[0].key == l.key(name) {
		return name
	}
	return c[0].Spelling
}

func (r *Resolution) province(name string) string {
	if name == "" || !isASCII(name) {
		return name
	}
	p, ok := r.provs[name]
	if !ok {
		p = resolve(&r.provinces, LevelProvince, name)
		r.provs[name] = p
	}
	return p
}

func (r *Resolution) district(province, name string) string {
	if name == "" || !isASCII(name) {
		return name
	}
	d, ok := r.dists[[2]string{province, name}]
	if !ok {
		d = resolve(r.districts[r.pkey(province)], LevelDistrict, name)
		r.dists[[2]string{province, name}] = d
	}
	return d
}

// Canonical returns p's names as the names they stand for: each written
// without diacritics and folding to exactly one known name of its place
// replaced by that name as known (first written, or as the registry
// writes it), the others as they are.
func (r *Resolution) Canonical(p Place) Place {
	if r.pending != nil {
		if !HasASCII(p) {
			return p
		}
		*r = *r.pending.resolve()
	}
	if isASCII(p.Province) {
		p.Province = r.province(p.Province)
	}
	if isASCII(p.District) {
		p.District = r.district(p.Province, p.District)
	}
	if p.Name != "" && isASCII(p.Name) {
		p.Name = resolve(r.communes[[2]string{r.pkey(p.Province), r.dkey(p.District)}], LevelCommune, p.Name)
	}
	return p
}

// Ambiguities returns the names written without diacritics that fold to
// two or more known names of their place, each once, in the order read.
func (r *Resolution) Ambiguities() []Ambiguity {
	return append([]Ambiguity(nil), r.ambiguous...)
}

// NearDuplicate is two names read with diacritics, of one level and place,
// that differ only in their diacritics ("Hòa Lạc" and "Hoà Lac", "Tân
// Thành" and "Tân Thanh"): two places by their keys, perhaps one misspelt.
type NearDuplicate struct {
	Level    Level
	District string // the place of a commune: its district and province
	Province string // the place of a district or commune
	// First is the name read first, Second the other.
	First, Second Known
}

// NearDuplicates returns the pairs of names read that differ only in
// their diacritics, in the order their second name was first read: but
// two names of a registry (two real places), and the pairs distinct, when
// not nil, tells apart.
func (r *Resolution) NearDuplicates(distinct func(l Level, a, b Place) bool) []NearDuplicate {
	var out []NearDuplicate
	pairs := func(l Level, s *scope) {
		if s == nil {
			return
		}
		for _, b := range s.names {
			if !b.read {
				continue
			}
			for _, a := range s.byFold[b.fold] {
				if !a.read || a.seq >= b.seq || (a.Registry && b.Registry) {
					continue
				}
				pa, pb := s.place(l, a.Spelling), s.place(l, b.Spelling)
				if distinct != nil && distinct(l, pa, pb) {
					continue
				}
				out = append(out, NearDuplicate{Level: l, District: s.district, Province: s.province, First: *a, Second: *b})
			}
		}
	}
	pairs(LevelProvince, &r.provinces)
	for _, s := range r.districts {
		pairs(LevelDistrict, s)
	}
	for _, s := range r.communes {
		pairs(LevelCommune, s)
	}
	slices.SortFunc(out, func(a, b NearDuplicate) int {
		return cmp.Or(cmp.Compare(a.Second.seq, b.Second.seq), cmp.Compare(a.Level, b.Level), cmp.Compare(a.First.seq, b.First.seq))
	})
	return out
}

// place returns the Place of a name of level l in s.
func (s *scope) place(l Level, name string) Place {
	switch l {
	case LevelProvince:
		return Place{Province: name}
	case LevelDistrict:
		return Place{District: name, Province: s.province}
	}
	return Place{Name: name, District: s.district, Province: s.province}
}

// Loose returns the key of p that ignores diacritics as well: two places
// of one Loose key may be one, when one is written without diacritics.
func Loose(p Place) string {
	_, k := Keys(p)
	return k
}

// Keys returns p's identity key, [Of] its names, and its [Loose] key.
func Keys(p Place) (key, loose string) {
	c, d, pr := Commune(p.Name), District(p.District), Province(p.Province)
	return c + "\x00" + d + "\x00" + pr,
		looseOf(LevelCommune, c) + "\x00" + looseOf(LevelDistrict, d) + "\x00" + looseOf(LevelProvince, pr)
}

// A KeyMemo computes [Keys] remembering the keys of the districts and
// provinces it met (an input has few), up to maxMemo of each. The zero
// value is ready to use; a KeyMemo is not safe for concurrent use.
type KeyMemo struct {
	districts, provinces map[string][2]string
}

// maxMemo is how many names of each level a KeyMemo remembers.
const maxMemo = 1 << 12

// Keys returns [Keys](p).
func (m *KeyMemo) Keys(p Place) (key, loose string) {
	d, pr := m.keys(&m.districts, LevelDistrict, p.District), m.keys(&m.provinces, LevelProvince, p.Province)
	c := Commune(p.Name)
	return c + "\x00" + d[0] + "\x00" + pr[0], looseOf(LevelCommune, c) + "\x00" + d[1] + "\x00" + pr[1]
}

// Key returns [Of] p's names.
func (m *KeyMemo) Key(p Place) string {
	d, pr := m.keys(&m.districts, LevelDistrict, p.District), m.keys(&m.provinces, LevelProvince, p.Province)
	return Commune(p.Name) + "\x00" + d[0] + "\x00" + pr[0]
}

// keys returns the key and the loose key of a name of level l, as
// remembered in memo.
func (m *KeyMemo) keys(memo *map[string][2]string, l Level, name string) [2]string {
	if k, ok := (*memo)[name]; ok {
		return k
	}
	key := l.key(name)
	k := [2]string{key, looseOf(l, key)}
	if *memo == nil {
		*memo = map[string][2]string{}
	}
	if len(*memo) < maxMemo {
		(*memo)[strings.Clone(name)] = k
	}
	return k
}

// looseOf returns the key, ignoring diacritics, of a name of level l whose
// identity key is key.
func looseOf(l Level, key string) string {
	f := vntext.Fold(key)
	for _, p := range foldedPrefixes[l] {
		if rest, ok := strings.CutPrefix(f, p); ok && rest != "" {
			return rest
		}
	}
	return f
}

// HasASCII reports whether a part of p is written without any diacritic.
func HasASCII(p Place) bool {
	return (p.Name != "" && isASCII(p.Name)) || (p.District != "" && isASCII(p.District)) ||
		(p.Province != "" && isASCII(p.Province))
}
