// Package prereqjoin joins, for prerequisites, the assessments of one
// commune and year that a command or a request is given apart: the NTM
// table on one sheet of a workbook and the NTM nâng cao table on another,
// two files, two objects of a JSON file.
//
// A set may require another (933/QĐ-UBND requires 1980/QĐ-TTg met). The
// evaluator settles a prerequisite from the assessment's own values for the
// required set, else from its recognition of that set; an assessment that
// has neither takes the outcome of the required set from another
// assessment of the same commune (its [placekey] identity) and year that
// has values for it: the status of that assessment's report of the
// required set, given to the evaluator as
// [evaluate.Assessment.Prerequisites] (basis "evaluated", with the other
// assessment's origin). When two assessments of the commune and year hold
// values for the required set, the first read is used and an [*Ambiguity]
// names both.
//
// The commune is the same as its [placekey] key says, and, once the whole
// input is read, as the names of the input say (package placenames, as a
// run that counts communes tells communes apart): an assessment with no
// outcome under its own spelling takes the outcome of the commune its names
// stand for, when a name written without diacritics ("Tan Thanh") folds to
// exactly one known name of its place ("Tân Thành"), or the outcome given
// under such a name. A name that may be two or more known names is not
// joined (the caller's names warn of it: placenames.Run.Warnings). The names are the caller's
// ([Joiner.ShareNames]), else those of the assessments the joiner keys.
//
// Inputs are read once, in order. A [Joiner] keeps, per commune, year and
// required set read so far, a 16-byte key and the outcome (its status, its
// content and where it was read, packed in a few bytes); an assessment
// whose prerequisite is not known yet is held ([Joiner.Add]) until the
// end of the input ([Joiner.Finish]), since its commune may still appear,
// under its spelling or another that its names stand for. Without shared
// names, it keeps the spellings of the places of the assessments it keys
// (each distinct one once, its origin packed); for the outcomes given
// under a name with a part written without diacritics, that name.
//
// A Joiner is used by one goroutine, in input order, except
// [Joiner.Inspect], which is safe for concurrent use.
package prereqjoin

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/catalogaccess"
	"github.com/nongthonmoi/ntm/internal/originpack"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/placenames"
	"github.com/nongthonmoi/ntm/problem"
)

// catalogs reads a catalog's own sets (its methods return copies).
var catalogs = catalogaccess.Get[criteria.Catalog, criteria.Set]()

// maxDepth is how deep in a chain of prerequisites the evaluator evaluates
// a required set from the assessment's values (evaluate's
// maxPrerequisiteDepth); beyond it, only recognitions and outcomes settled
// elsewhere count.
const maxDepth = 4

// communeKey identifies a commune and year: a 128-bit hash of the
// placekey of the commune's name, district and province, and of the year.
type communeKey [2]uint64

// Joiner joins the assessments of one input (a command's files, a
// request's body). The zero Joiner is not usable: see [New].
type Joiner struct {
	cat *criteria.Catalog
	// chains maps the ID of each set that requires another to the IDs of
	// its chain of prerequisites, nearest first; dependents are those IDs
	// in the catalog's order.
	chains     map[string][]string
	dependents []string
	// required numbers the sets some set requires, by ID, in the order of
	// requiredIDs.
	required    map[string]int32
	requiredIDs []string
	keys        placekey.Hasher

	// Keys of districts and provinces, which repeat from commune to
	// commune; at most maxCached of each are kept.
	districts, provinces keyCache

	index  map[slot]entry
	places originpack.Table
	held   []*held

	// names tells, once the input is read, which commune a name written
	// without diacritics stands for: the caller's when shared, else made
	// at the end from spellings, the places of the assessments keyed.
	names     *placenames.Run
	shared    bool
	spellings []spelling
	spelt     map[placekey.Place]bool
	// asciiKeys are the keys of the communes and years whose outcomes
	// were given under names with a part written without diacritics, as
	// ascii holds them, once each.
	ascii     []spelt
	asciiKeys map[communeKey]bool
	// alias maps the slot of a commune as its names stand for to the
	// slot its outcome was given under, when the two differ.
	alias map[slot]slot
}

// spelling is a place as read, and where it was first read.
type spelling struct {
	p  placekey.Place
	at uint64 // packed in Joiner.places
}

// spelt is a commune and year whose outcomes were given under the key of
// its names as written.
type spelt struct {
	key     communeKey
	commune evaluate.Commune
	year    int
}

// ShareNames makes n the names by which the joiner tells which commune a
// name written without diacritics stands for. The caller adds to n the
// names of every assessment it gives the joiner, as read, and settles n
// (placenames.Run.Settle) before [Joiner.Finish].
func (j *Joiner) ShareNames(n *placenames.Run) { j.names, j.shared = n, n != nil }

// addName adds the place of c, read at origin, to the spellings, unless
// the names are shared.
func (j *Joiner) addName(c evaluate.Commune, origin string) {
	if j.shared {
		return
	}
	p := placenames.Of(c)
	if j.spelt[p] {
		return
	}
	if j.spelt == nil {
		j.spelt = map[placekey.Place]bool{}
	}
	// The names may share the memory of what the reader read.
	p = placekey.Place{Name: strings.Clone(p.Name), District: strings.Clone(p.District), Province: strings.Clone(p.Province)}
	j.spelt[p] = true
	j.spellings = append(j.spellings, spelling{p, j.places.Pack(origin)})
}

// noteASCII notes that outcomes of commune c and year, of key k, are given
// under names with a part written without diacritics.
func (j *Joiner) noteASCII(k communeKey, c evaluate.Commune, year int) {
	if !placekey.HasASCII(placenames.Of(c)) || j.asciiKeys[k] {
		return
	}
	if j.asciiKeys == nil {
		j.asciiKeys = map[communeKey]bool{}
	}
	j.asciiKeys[k] = true
	c.Name, c.District, c.Province, c.Code = strings.Clone(c.Name), strings.Clone(c.District), strings.Clone(c.Province), strings.Clone(c.Code)
	j.ascii = append(j.ascii, spelt{k, c, year})
}

// slot is a commune and year, and a required set.
type slot struct {
	key communeKey
	set int32
}

// entry is the outcome of a required set for a commune and year: that of
// the first assessment read with values for it.
type entry struct {
	status  evaluate.Status
	content criteria.Content
	// pending tells that the outcome is a held assessment's, known once
	// it is settled; used that a prerequisite was settled from it;
	// twice that a second assessment has values for the set, reported
	// that this was reported.
	pending, used, twice, reported bool
	// first and second are the places of the first and second
	// assessments, packed in Joiner.places.
	first, second uint64
}

// New returns a Joiner for the sets of cat (nil: the built-in sets), or
// nil when no set of cat requires another: then there is nothing to join.
func New(cat *criteria.Catalog) *Joiner {
	if cat == nil {
		cat = criteria.Builtin()
	}
	j := &Joiner{cat: cat, chains: map[string][]string{}, required: map[string]int32{},
		keys: placekey.NewHasher(), index: map[slot]entry{}}
	for _, s := range catalogs.Sets(cat) {
		var chain []string
		for cur := s; cur.Requires != "" && len(chain) <= maxDepth; {
			id := cur.Requires
			next, err := catalogs.Lookup(cat, id)
			if err == nil {
				id = next.ID
			}
			chain = append(chain, id)
			if _, ok := j.required[id]; !ok {
				j.required[id] = int32(len(j.requiredIDs))
				j.requiredIDs = append(j.requiredIDs, id)
			}
			if err != nil {
				break
			}
			cur = next
		}
		if len(chain) > 0 {
			j.chains[s.ID] = chain
			j.dependents = append(j.dependents, s.ID)
		}
	}
	if len(j.chains) == 0 {
		return nil
	}
	return j
}

// Ticket is what [Joiner.Inspect] found out about an assessment.
type Ticket struct {
	key   communeKey
	keyed bool
	// Needs are the sets the assessment's sets require (down their chains
	// of prerequisites) that it has neither values nor a recognition for:
	// those whose outcome it takes from another assessment. Mostly none.
	Needs []string
}

// Inspect returns a's ticket: the sets it needs from other assessments,
// and, when it needs any or has values for a set some set requires, its
// key. It reads a and changes nothing: it is safe for concurrent use.
func (j *Joiner) Inspect(a *evaluate.Assessment) Ticket {
	var t Ticket
	for _, id := range j.dependents {
		if !j.has(a, id) {
			continue
		}
		if n := j.need(a, j.chains[id]); n != "" && !slices.Contains(t.Needs, n) {
			t.Needs = append(t.Needs, n)
		}
	}
	keyed := len(t.Needs) > 0
	for _, id := range j.requiredIDs {
		keyed = keyed || j.has(a, id)
	}
	if keyed {
		t.key, t.keyed = j.key(a.Commune, a.Year), true
	}
	return t
}

// depends reports whether the report of a against the set whose ID is
// set takes an outcome from another assessment: whether it changes once a
// is settled.
func (j *Joiner) depends(a *evaluate.Assessment, set string) bool {
	chain, ok := j.chains[set]
	return ok && j.need(a, chain) != ""
}

// need returns the first set of chain that the evaluator would settle for
// a from neither a's values nor its recognitions, or "" when there is
// none: as evaluate's prerequisite does, a set with values is evaluated
// (to maxDepth), and its own prerequisite is then the next of the chain.
func (j *Joiner) need(a *evaluate.Assessment, chain []string) string {
	for depth, id := range chain {
		if depth < maxDepth && j.has(a, id) {
			continue
		}
		if j.recognised(a, id) {
			return ""
		}
		return id
	}
	return ""
}

// has reports whether a has values for the set whose canonical ID is id,
// under that ID or an alias.
func (j *Joiner) has(a *evaluate.Assessment, id string) bool {
	if a.HasSet(id) {
		return true
	}
	for k := range a.Values {
		if s, err := catalogs.Lookup(j.cat, k); err == nil && s.ID == id {
			return true
		}
	}
	return false
}

// recognised reports whether a holds a recognition of the set id for a
// year up to the assessed one, as the evaluator counts it.
func (j *Joiner) recognised(a *evaluate.Assessment, id string) bool {
	for _, rec := range a.Recognitions {
		if rec.Year > a.Year {
			continue
		}
		if rec.Set == id {
			return true
		}
		if s, err := catalogs.Lookup(j.cat, rec.Set); err == nil && s.ID == id {
			return true
		}
	}
	return false
}

// key returns the key of commune c in year: its name and province alone
// from placekey.NoDistrictsFrom on, when there are no districts.
func (j *Joiner) key(c evaluate.Commune, year int) communeKey {
	return j.keys.Sum(year, placekey.Commune(c.Name), j.districts.get(placekey.DistrictIn(c.District, year), placekey.District),
		j.provinces.get(c.Province, placekey.Province))
}

// canonicalKey returns the key of commune c in year under the names its
// names stand for, once every name is read: from 2026, its name resolved
// among those of communes without a district (placenames.Run.CanonicalIn).
func (j *Joiner) canonicalKey(c evaluate.Commune, year int) communeKey {
	return j.key(placenames.CommuneOf(j.names.CanonicalIn(c, year)), year)
}

// maxCached bounds the district and province keys kept.
const maxCached = 4096

// keyCache keeps the placekey keys of names that repeat.
type keyCache struct {
	m sync.Map // name → key
	n atomic.Int32
}

func (c *keyCache) get(name string, key func(string) string) string {
	if k, ok := c.m.Load(name); ok {
		return k.(string)
	}
	k := key(name)
	if c.n.Load() < maxCached {
		if _, loaded := c.m.LoadOrStore(name, k); !loaded {
			c.n.Add(1)
		}
	}
	return k
}

// Add joins a, of ticket t (from [Joiner.Inspect]), evaluated into
// reports against every set it has values for ([evaluate.RunAllInto]
// with the joiner's catalog), the reports of the sets of dropped not used
// (second assessments of their commune, set and year, which the caller
// reports). When the outcomes a needs are known, it gives them to a, and
// returns a's reports, evaluated again with them into the memory of
// reports when it needed any, and records the outcomes they give. When
// not, a is held until [Joiner.Finish], since its commune may still
// appear: it returns nil and held true. The problems are ambiguities
// ([*Ambiguity]).
func (j *Joiner) Add(a *evaluate.Assessment, t *Ticket, reports []evaluate.Report, dropped []string) (use []evaluate.Report, held bool, errs []error) {
	if t.keyed {
		j.addName(a.Commune, a.Origin)
	}
	if len(t.Needs) > 0 {
		if !j.ready(t) {
			// The outcomes it gives that depend on no other assessment
			// are recorded now; the others once it is settled.
			for i := range reports {
				if r := &reports[i]; !slices.Contains(dropped, r.Set) && !j.depends(a, r.Set) {
					errs = appendErr(errs, j.record(t, r))
				}
			}
			errs = append(errs, j.hold(a, *t, dropped)...)
			return nil, true, errs
		}
		errs = j.settle(a, t, nil)
		reports, _ = evaluate.RunAllInto(reports, j.cat, a)
	}
	for i := range reports {
		if r := &reports[i]; !slices.Contains(dropped, r.Set) {
			errs = appendErr(errs, j.record(t, r))
		}
	}
	return reports, false, errs
}

func appendErr(errs []error, err error) []error {
	if err != nil {
		return append(errs, err)
	}
	return errs
}

// Finish settles the assessments held by [Joiner.Add], now that the whole
// input was read (those whose outcomes others need first), and calls each
// with each of them, settled (its Prerequisites given), in input order,
// and the sets it dropped: each evaluates it ([evaluate.RunAllInto] with
// the joiner's catalog gives the reports Add would have). The problems
// are ambiguities.
func (j *Joiner) Finish(each func(a *evaluate.Assessment, dropped []string)) []error {
	var rs []evaluate.Report
	held, errs := j.resolve(func(h *held) []evaluate.Report {
		rs, _ = evaluate.RunAllInto(rs, j.cat, &h.a)
		if len(h.dropped) == 0 {
			return rs
		}
		var used []evaluate.Report
		for i := range rs {
			if !slices.Contains(h.dropped, rs[i].Set) {
				used = append(used, rs[i])
			}
		}
		return used
	})
	for i, h := range held {
		each(&h.a, h.dropped)
		held[i] = nil
	}
	return errs
}

// find returns the slot of the outcome of the required set n for the
// commune and year of key, and whether there is one: under key, else,
// when canon is not nil, under canon, the key of the commune and year its
// names stand for, or given under names that stand for it (alias).
func (j *Joiner) find(key communeKey, canon *communeKey, n string) (slot, bool) {
	s := slot{key, j.required[n]}
	if _, ok := j.index[s]; ok || canon == nil {
		return s, ok
	}
	c := slot{*canon, s.set}
	if _, ok := j.index[c]; ok {
		return c, true
	}
	if a, ok := j.alias[c]; ok {
		return a, true
	}
	return s, false
}

// ready reports whether every set t needs has an outcome recorded.
func (j *Joiner) ready(t *Ticket) bool {
	for _, n := range t.Needs {
		if e, ok := j.index[slot{t.key, j.required[n]}]; !ok || e.pending {
			return false
		}
	}
	return true
}

// settle gives a, of ticket t, the outcomes recorded for the sets it
// needs (a.Prerequisites), and returns the ambiguities it met: a set
// whose values for the commune and year are in two assessments, reported
// once (the first recorded is used). A set without an outcome under a's
// key, nor, when canon is not nil, under canon (the key of the commune
// a's names stand for, see find), is left out: the prerequisite stays
// missing.
func (j *Joiner) settle(a *evaluate.Assessment, t *Ticket, canon *communeKey) []error {
	var errs []error
	for _, n := range t.Needs {
		s, ok := j.find(t.key, canon, n)
		e := j.index[s]
		if !ok || e.pending {
			continue
		}
		e.used = true
		if e.twice && !e.reported {
			e.reported = true
			errs = append(errs, &Ambiguity{Commune: a.Commune, Year: a.Year, Set: n,
				First: j.places.Unpack(e.first), Second: j.places.Unpack(e.second)})
		}
		j.index[s] = e
		a.Prerequisites = append(a.Prerequisites, evaluate.Prerequisite{Set: n, Status: e.status,
			Basis: evaluate.BasisEvaluated, Content: e.content, Origin: j.places.Unpack(e.first)})
	}
	return errs
}

// record records the outcome of r, a report of the assessment of ticket t,
// when r's set is one some set requires. Recorded again from the same
// origin, it changes nothing. From another assessment, the first stays
// the outcome, and when a prerequisite was (or is later) settled from it,
// an [*Ambiguity] names both.
func (j *Joiner) record(t *Ticket, r *evaluate.Report) error {
	n, ok := j.required[r.Set]
	if !ok || r.Basis != "" {
		return nil
	}
	if !t.keyed {
		t.key, t.keyed = j.key(r.Commune, r.Year), true
	}
	s := slot{t.key, n}
	e, found := j.index[s]
	switch {
	case !found:
		j.index[s] = entry{status: r.Status, content: r.Content, first: j.places.Pack(r.Origin)}
		j.noteASCII(t.key, r.Commune, r.Year)
		return nil
	case e.pending && j.places.Unpack(e.first) == r.Origin:
		// The held assessment that reserved the entry, settled.
		e.status, e.content, e.pending = r.Status, r.Content, false
		j.index[s] = e
		return nil
	}
	return j.again(s, e, r.Commune, r.Year, r.Set, r.Origin)
}

// again notes that the assessment read at origin has values for the
// required set of slot s too, whose entry is e: nothing when it is the
// first one, or a second already noted; otherwise the ambiguity, returned
// when a prerequisite was settled from the first.
func (j *Joiner) again(s slot, e entry, c evaluate.Commune, year int, set, origin string) error {
	if e.twice || j.places.Unpack(e.first) == origin {
		return nil
	}
	e.twice, e.second = true, j.places.Pack(origin)
	var err error
	if e.used {
		e.reported = true
		err = &Ambiguity{Commune: c, Year: year, Set: set, First: j.places.Unpack(e.first), Second: origin}
	}
	j.index[s] = e
	return err
}

// Ambiguity is a required set whose values for a commune and year are in
// two assessments, when another assessment of the commune takes its
// prerequisite from them: the first is used.
type Ambiguity struct {
	Commune evaluate.Commune
	Year    int
	Set     string
	// First and Second are where the two assessments were read.
	First, Second string
}

// Error is the problem at the second assessment's place, as the command
// prints problems.
func (e *Ambiguity) Error() string { return e.Second + ": " + e.Msg().Error() }

// Msg is the problem without its place ([problem.DuplicateKey]): it names
// both assessments, the second as "this one".
func (e *Ambiguity) Msg() error {
	return problem.Errorf(problem.DuplicateKey, "%s has values for %s, %d in two assessments: the prerequisite %s of its other assessments is evaluated from %s, not from this one",
		e.Commune, e.Set, e.Year, e.Set, e.First)
}

// Told tells repeats of err when it is an [*Ambiguity]: the problem names
// both assessments, so the warning on a commune assessed twice does not
// name them again.
func Told(repeats *placenames.Repeats, err error) {
	var amb *Ambiguity
	if errors.As(err, &amb) {
		repeats.Told(amb.First, amb.Second, amb.Set, amb.Year)
	}
}

// Is reports whether target is [problem.DuplicateKey].
func (e *Ambiguity) Is(target error) bool { return target == problem.DuplicateKey }

// held is an assessment held until the end of the input.
type held struct {
	a       evaluate.Assessment
	ticket  Ticket
	dropped []string
	// pending are the required sets whose outcome for the commune and year
	// the assessment gives only once settled.
	pending []int32
	done    bool
	// canon is, once the names are known, the key of the commune and
	// year the assessment's names stand for.
	canon *communeKey
}

// hold keeps a copy of a, of ticket t, until resolve. The outcomes a
// will give once settled keep their place in input order: an entry
// pending until then, or a second assessment of an entry already there
// (the ambiguity is returned when a prerequisite was settled from the
// first).
func (j *Joiner) hold(a *evaluate.Assessment, t Ticket, dropped []string) []error {
	if !t.keyed {
		t.key, t.keyed = j.key(a.Commune, a.Year), true
	}
	h := &held{a: *a, ticket: t, dropped: dropped}
	var errs []error
	for n, id := range j.requiredIDs {
		if !j.has(a, id) || !j.depends(a, id) || slices.Contains(dropped, id) {
			continue
		}
		h.pending = append(h.pending, int32(n))
		s := slot{t.key, int32(n)}
		if e, ok := j.index[s]; ok {
			errs = appendErr(errs, j.again(s, e, a.Commune, a.Year, id, a.Origin))
		} else {
			j.index[s] = entry{pending: true, first: j.places.Pack(a.Origin)}
			j.noteASCII(t.key, a.Commune, a.Year)
		}
	}
	j.held = append(j.held, h)
	return errs
}

// resolve settles the held assessments, in input order except that those
// whose outcome others need are settled first, and calls run for each:
// run evaluates h.a and returns the reports to record. It returns the
// held assessments in input order, and the problems met (ambiguities).
func (j *Joiner) resolve(run func(h *held) []evaluate.Report) ([]*held, []error) {
	j.resolveNames()
	// waiting counts, per slot, the held assessments that will give it an
	// outcome once settled.
	waiting := map[slot]int{}
	for _, h := range j.held {
		for _, n := range h.pending {
			waiting[slot{h.ticket.key, n}]++
		}
	}
	var errs []error
	settle := func(h *held) {
		h.done = true
		errs = append(errs, j.settle(&h.a, &h.ticket, h.canon)...)
		rs := run(h)
		for i := range rs {
			errs = appendErr(errs, j.record(&h.ticket, &rs[i]))
		}
		for _, n := range h.pending {
			waiting[slot{h.ticket.key, n}]--
		}
	}
	for left := len(j.held); left > 0; {
		progress := false
		for _, h := range j.held {
			if h.done || j.waits(h, waiting) {
				continue
			}
			settle(h)
			left--
			progress = true
		}
		if !progress {
			// Assessments waiting on one another (prerequisites never
			// form a cycle in a catalog; this only ends the loop).
			for _, h := range j.held {
				if !h.done {
					settle(h)
					left--
				}
			}
		}
	}
	hs := j.held
	j.held = nil
	return hs, errs
}

// waits reports whether a set h needs is still to be given by a held
// assessment.
func (j *Joiner) waits(h *held, waiting map[slot]int) bool {
	for _, n := range h.ticket.Needs {
		if s, ok := j.find(h.ticket.key, h.canon, n); ok && waiting[s] > 0 {
			return true
		}
	}
	return false
}

// resolveNames gives the held assessments that have no outcome for a set
// they need under their own spelling the key of the commune their names
// stand for, and maps the slots of the communes that outcomes given under
// names with a part written without diacritics stand for to those outcomes
// (the first given, when two names stand for one commune).
func (j *Joiner) resolveNames() {
	var missing []*held
	for _, h := range j.held {
		for _, n := range h.ticket.Needs {
			if _, ok := j.find(h.ticket.key, nil, n); !ok {
				missing = append(missing, h)
				break
			}
		}
	}
	if len(missing) == 0 {
		return
	}
	if !j.shared {
		ascii := len(j.ascii) > 0
		for _, h := range missing {
			ascii = ascii || placekey.HasASCII(placenames.Of(h.a.Commune))
		}
		if !ascii {
			// Every name is written with diacritics: each stands for
			// itself.
			return
		}
		j.names = placenames.New()
		for _, sp := range j.spellings {
			j.names.Add(placenames.CommuneOf(sp.p), j.places.Unpack(sp.at))
		}
		j.names.Settle()
	}
	for _, e := range j.ascii {
		ck := j.canonicalKey(e.commune, e.year)
		if ck == e.key {
			continue
		}
		for n := range j.requiredIDs {
			s, c := slot{e.key, int32(n)}, slot{ck, int32(n)}
			if _, ok := j.index[s]; !ok {
				continue
			}
			if _, ok := j.alias[c]; ok {
				continue
			}
			if j.alias == nil {
				j.alias = map[slot]slot{}
			}
			j.alias[c] = s
		}
	}
	for _, h := range missing {
		ck := j.canonicalKey(h.a.Commune, h.a.Year)
		h.canon = &ck
	}
}
