package criteria

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/nongthonmoi/ntm/internal/catalogaccess"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/problem"
)

// Catalog is a collection of criteria sets found by ID or alias: the built-in
// sets, plus definitions loaded at run time that add to them or replace one
// with the same ID (such as the official text of 933/QĐ-UBND).
//
// The zero Catalog is empty and ready to use. A Catalog owns its sets: Add
// stores copies, and Lookup, Sets and InForce return copies, the caller's
// own: changing one changes neither the catalog nor what it returns later.
// Reads are safe for concurrent use; Add is not safe concurrently with
// other calls. A nil *Catalog reads as the built-in sets, as the
// functions taking a catalog read a nil one; Add refuses it.
type Catalog struct {
	sets []*Set
}

// or returns c, or the cached built-in sets when c is nil.
func (c *Catalog) or() *Catalog {
	if c == nil {
		return builtinCatalog()
	}
	return c
}

// Builtin returns a new catalog of the built-in sets: 1980/QĐ-TTg,
// 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg and 51/2025/QĐ-TTg.
func Builtin() *Catalog {
	return &Catalog{sets: []*Set{QD1980(), QD933(), QD318NTM(), QD318Enhanced(), QD319(), QD51of2025()}}
}

// builtinIDs returns the canonical IDs of the built-in sets.
func builtinIDs() []string {
	return []string{IDQD1980, IDQD933, IDQD318NTM, IDQD318Enhanced, IDQD319, IDQD51of2025}
}

// builtinAliases are the short names of built-in sets that the decision
// number alone cannot give (318 has two sets), folded as idKey folds them.
// They name the set with that ID in any catalog, so they keep naming a
// built-in set replaced by a loaded definition.
var builtinAliases = map[string]string{
	idKey("318"):          IDQD318NTM,
	idKey("QD318"):        IDQD318NTM,
	idKey("318-ntm"):      IDQD318NTM,
	idKey("318-nang-cao"): IDQD318Enhanced,
	idKey("319"):          IDQD319,
	idKey("kieu-mau"):     IDQD319,
	idKey("51/2025"):      IDQD51of2025,
	idKey("51"):           IDQD51of2025,
}

// Lookup returns a fresh copy of the built-in set named by id: its canonical
// ID ("1980/QĐ-TTg") or an alias ("1980", "QD1980", "1980/QD-TTg", any case).
// It is [Catalog.Lookup] of [Builtin], and fails as that does: a
// *[FieldError] of code problem.UnknownSet for an ID no set answers to,
// problem.MissingField for an empty one.
func Lookup(id string) (*Set, error) {
	return builtinCatalog().Lookup(id)
}

// builtinCatalog holds the cached built-in sets; it is never handed out.
var builtinCatalog = sync.OnceValue(func() *Catalog {
	return &Catalog{sets: []*Set{qd1980Once(), qd933Once(), qd318NTMOnce(), qd318EnhancedOnce(), qd319Once(), qd51of2025Once()}}
})

// Add stores copies of sets, each replacing a set with the same ID
// (ignoring case and the form of its letters) or added after the others.
// An ID given to two of sets, and an ID that another set of the catalog
// answers to as an alias ("1980" for 1980/QĐ-TTg), are errors
// ([problem.DuplicateKey]) with path "id". It validates every set
// ([Validate]), then resolves each prerequisite
// ("requires") through the catalog with the new sets in it, aliases included,
// and stores its canonical ID. A set requiring itself (933/QĐ-UBND requiring
// "933"), sets requiring each other in a cycle and a prerequisite no set
// answers to are errors naming the sets, with path "requires" ("[i].requires"
// for the i-th of several sets). On error the catalog is unchanged. Add
// to a nil *Catalog is an error ([problem.MissingField]): make the catalog
// with [Builtin] or new(Catalog).
func (c *Catalog) Add(sets ...*Set) error {
	if c == nil {
		return &FieldError{Code: problem.MissingField, Err: errNilCatalog}
	}
	var p problems
	prefix := func(i int) string {
		if len(sets) == 1 {
			return ""
		}
		return "[" + strconv.Itoa(i) + "]."
	}
	first := make(map[string]int, len(sets))
	for i, s := range sets {
		validateSet(&p, prefix(i), s)
		if s == nil {
			continue
		}
		key := idKey(s.ID)
		if j, twice := first[key]; twice {
			p.add(prefix(i)+"id", s.ID, problem.DuplicateKey, "the ID of set [%d] too: give each set once", j)
			continue
		}
		first[key] = i
		if slices.IndexFunc(c.sets, func(old *Set) bool { return idKey(old.ID) == key }) >= 0 {
			continue // replaces the set with that ID
		}
		if old, err := c.lookup(s.ID); err == nil {
			p.add(prefix(i)+"id", s.ID, problem.DuplicateKey, "names the set %s already (an alias of its ID): give %s to replace that set, or an ID of its own", old.ID, old.ID)
		}
	}
	if err := p.err(); err != nil {
		return err
	}
	next := &Catalog{sets: slices.Clone(c.sets)}
	added := make(map[*Set]int, len(sets))
	for i, s := range sets {
		cl := s.Clone()
		added[cl] = i
		key := idKey(s.ID)
		if j := slices.IndexFunc(next.sets, func(old *Set) bool { return idKey(old.ID) == key }); j >= 0 {
			next.sets[j] = cl
		} else {
			next.sets = append(next.sets, cl)
		}
	}
	for s, i := range added {
		if s.Requires == "" {
			continue
		}
		req, err := next.lookup(s.Requires)
		switch {
		case err != nil:
			p.add(prefix(i)+"requires", s.Requires, problem.UnknownSet, "not a known set (known: %s)", strings.Join(next.ids(), ", "))
		case req == s:
			p.add(prefix(i)+"requires", s.Requires, problem.Invalid, "a set cannot require itself (%s is %s)", s.Requires, s.ID)
		default:
			s.Requires = req.ID
		}
	}
	if err := p.err(); err != nil {
		return err
	}
	for s, i := range added {
		if cycle := next.requiresCycle(s); cycle != "" {
			p.add(prefix(i)+"requires", s.Requires, problem.Invalid, "prerequisites form a cycle: %s", cycle)
		}
	}
	if err := p.err(); err != nil {
		return err
	}
	c.sets = next.sets
	return nil
}

// requiresCycle returns "X → Y → X" when following prerequisites from s
// comes back to s, "" otherwise. Prerequisites are canonical IDs.
func (c *Catalog) requiresCycle(s *Set) string {
	chain := []string{s.ID}
	seen := map[*Set]bool{s: true}
	for cur := s; cur.Requires != ""; {
		next, err := c.lookup(cur.Requires)
		if err != nil {
			return ""
		}
		chain = append(chain, next.ID)
		if next == s {
			return strings.Join(chain, " → ")
		}
		if seen[next] {
			return "" // a cycle that s only leads into; reported on its own sets
		}
		seen[next] = true
		cur = next
	}
	return ""
}

func init() {
	catalogaccess.Register(catalogaccess.Funcs[Catalog, Set]{Lookup: (*Catalog).lookup, Sets: (*Catalog).shared})
}

// Sets returns copies of the catalog's sets in order (built-in first, then
// added).
func (c *Catalog) Sets() []*Set {
	c = c.or()
	out := make([]*Set, len(c.sets))
	for i, s := range c.sets {
		out[i] = s.Clone()
	}
	return out
}

// shared returns the catalog's own sets in order. Add stores a new slice
// and never changes a stored one, so a later Add leaves the result as it is.
func (c *Catalog) shared() []*Set {
	c = c.or()
	return c.sets[:len(c.sets):len(c.sets)]
}

// errNilCatalog is the cause of the error of Add to a nil *Catalog.
var errNilCatalog = problem.Errorf(problem.MissingField, "no catalog to add to (a nil *criteria.Catalog): make one with criteria.Builtin or new(criteria.Catalog)")

// Lookup returns a copy of the set named by id: its ID or an alias. IDs
// compare ignoring case, diacritics and punctuation ("1980/QD-TTg" names
// "1980/QĐ-TTg"); a decision number alone ("1980") or prefixed with QD
// ("QD1980") names the set whose ID starts with that number, when exactly
// one does. The ID of a decision of several sets without the part of one
// ("318/QĐ-TTg" for 318/QĐ-TTg/I and 318/QĐ-TTg/II) names none of them:
// an unknown set whose message lists them.
//
// The error is a [*FieldError] with code [problem.UnknownSet] for an ID no
// set answers to, its Input id (cut as [problem.Problem.Bound] cuts it;
// the message, which lists the sets, does not repeat it),
// [problem.MissingField] for an empty one (or of spaces alone: one of
// other signs alone, "-", is unknown), and [problem.AmbiguousSet] for a
// number two sets start with, whose message names id (cut to 80
// characters).
func (c *Catalog) Lookup(id string) (*Set, error) {
	s, err := c.lookup(id)
	if err != nil {
		return nil, err
	}
	return s.Clone(), nil
}

// lookup is Lookup returning the catalog's own set.
func (c *Catalog) lookup(id string) (*Set, error) {
	c = c.or()
	for _, s := range c.sets { // fast path: the canonical ID as written
		if s.ID == id {
			return s, nil
		}
	}
	key := idKey(id)
	if key == "" && strings.TrimSpace(id) != "" {
		// Signs and controls alone ("-", "/", "\x00") are an ID given,
		// naming no set, not an empty one.
		return nil, idError(problem.UnknownSet, id,
			problem.Errorf(problem.UnknownSet, "unknown set (known: %s)", strings.Join(c.ids(), ", ")))
	}
	if key == "" {
		return nil, &FieldError{Code: problem.MissingField, Err: problem.Errorf(problem.MissingField, "empty set ID")}
	}
	for _, s := range c.sets {
		if idKey(s.ID) == key {
			return s, nil
		}
	}
	if canon, ok := builtinAliases[key]; ok {
		ck := idKey(canon)
		for _, s := range c.sets {
			if idKey(s.ID) == ck {
				return s, nil
			}
		}
	}
	// A decision of several sets written without the part of one
	// ("318/QĐ-TTg" for 318/QĐ-TTg/I and 318/QĐ-TTg/II) names none of them.
	if parts := c.partsOf(key); len(parts) > 1 {
		names := make([]string, len(parts))
		for i, s := range parts {
			names[i] = s.ID + " (" + s.Level.Name().VI + ")"
		}
		return nil, idError(problem.UnknownSet, id,
			problem.Errorf(problem.UnknownSet, "set ID is a decision of %d sets: %s; write one of them", len(parts), strings.Join(names, ", ")))
	}
	num := strings.TrimPrefix(key, "qd")
	var found *Set
	for _, s := range c.sets {
		if n := idNumber(s.ID); n != "" && n == num {
			if found != nil {
				return nil, idError(problem.AmbiguousSet, id,
					problem.Errorf(problem.AmbiguousSet, "set ID %q is ambiguous: %s or %s", shortID(id), found.ID, s.ID))
			}
			found = s
		}
	}
	if found == nil {
		return nil, idError(problem.UnknownSet, id,
			problem.Errorf(problem.UnknownSet, "unknown set (known: %s)", strings.Join(c.ids(), ", ")))
	}
	return found, nil
}

// partsOf returns the sets of c whose ID is that of a decision folded as
// key followed by the Roman numeral of a part of it ("318/QĐ-TTg/II").
func (c *Catalog) partsOf(key string) []*Set {
	var parts []*Set
	for _, s := range c.sets {
		i := strings.LastIndexByte(s.ID, '/')
		if i < 0 || strings.Trim(s.ID[i+1:], "IVX") != "" || i == len(s.ID)-1 {
			continue
		}
		if idKey(s.ID[:i]) == key {
			parts = append(parts, s)
		}
	}
	return parts
}

// shortID cuts an ID from the input for a message.
// idError is the problem of Lookup with an id no set answers to: id is
// its Input (cut as [problem.Problem.Bound] cuts it), err its cause.
func idError(code problem.Code, id string, err error) *FieldError {
	p := problem.Problem{Code: code, Input: id, Err: err}
	p.Bound()
	return (*FieldError)(&p)
}

func shortID(id string) string {
	n := 0
	for i := range id {
		if n == 80 {
			return id[:i] + "…"
		}
		n++
	}
	return id
}

func (c *Catalog) ids() []string {
	ids := make([]string, len(c.sets))
	for i, s := range c.sets {
		ids[i] = s.ID
	}
	return ids
}

// idKey folds an ID for comparison: no case, no diacritics, no punctuation.
func idKey(id string) string { return strings.ReplaceAll(vntext.Fold(id), " ", "") }

// idNumber returns the leading decision number of an ID ("1980" of
// "1980/QĐ-TTg"), or "".
func idNumber(id string) string {
	i := strings.IndexFunc(id, func(r rune) bool { return !unicode.IsDigit(r) })
	if i < 0 {
		return id
	}
	return id[:i]
}
