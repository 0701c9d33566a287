package httpapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/catalogaccess"
	"github.com/nongthonmoi/ntm/internal/mergedregion"
	"github.com/nongthonmoi/ntm/internal/placenames"
	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/problem"
)

// catalogs reads a catalog's own sets, where its methods return copies: a
// set looked up for a request is evaluated as the catalog's own, whose
// compiled form evaluate keeps.
var catalogs = catalogaccess.Get[criteria.Catalog, criteria.Set]()

// setSummary is one entry of GET /sets: the keys of the set definition JSON
// that identify a set.
type setSummary struct {
	ID      string          `json:"id"`
	Title   json.RawMessage `json:"title"`
	Level   json.RawMessage `json:"level"`
	Scope   json.RawMessage `json:"scope"`
	Period  json.RawMessage `json:"period"`
	Content json.RawMessage `json:"content"`
}

// setList returns the answer of GET /sets for sets, of a catalog: each
// set's keys as the set definition JSON writes them.
func setList(sets []*criteria.Set) []byte {
	list := []setSummary{}
	for _, s := range sets {
		var b bytes.Buffer
		if err := criteria.WriteDefinition(&b, s); err != nil {
			panic(fmt.Sprintf("httpapi: set %s: %v", s.ID, err)) // a catalog set always writes
		}
		var e setSummary
		if err := json.Unmarshal(b.Bytes(), &e); err != nil {
			panic(fmt.Sprintf("httpapi: set %s: %v", s.ID, err))
		}
		list = append(list, e)
	}
	b, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(b, '\n')
}

// sets answers GET /sets?year=: every set of the catalog, or those in
// force in year= (on some day of it: [criteria.Set.InForce] on its last
// day).
func (h *handler) sets(w http.ResponseWriter, r *http.Request) {
	q, ps := checkQuery(r.URL, "year")
	year := yearQuery(q, ps)
	if !ps.empty() {
		ps.write(w, http.StatusBadRequest)
		return
	}
	if year == 0 {
		writeBytes(w, http.StatusOK, "application/json", h.setsJSON)
		return
	}
	last := time.Date(year, time.December, 31, 0, 0, 0, 0, time.UTC)
	var inForce []*criteria.Set
	for _, s := range catalogs.Sets(h.cat) {
		if s.InForce(last) {
			inForce = append(inForce, s)
		}
	}
	writeBytes(w, http.StatusOK, "application/json", setList(inForce))
}

// yearQuery returns the year of year= (0 without one); a value that is no
// whole number (wrong-kind) or outside 1-9999 (out-of-range) is a problem
// in ps.
func yearQuery(q url.Values, ps *problems) int {
	y := q.Get("year")
	if y == "" {
		return 0
	}
	n, err := strconv.Atoi(y)
	code := problem.OutOfRange
	if err != nil {
		code = problem.WrongKind // no whole number
	}
	if err != nil || n < 1 || n > 9999 {
		ps.add(&problem.Problem{Code: code, File: "query", Path: "year", Input: y,
			Err: problem.Errorf(code, "a year must be a whole number from 1 to 9999")})
		return 0
	}
	return n
}

// checkQuery reads the query of u and returns its parameters with a
// problem for each part of it that is not well formed (a "%" not followed
// by two hexadecimal digits, a ";" between parameters), each parameter
// that is not allowed or is given more than once, and a lang= other than
// vi and en; lang= is allowed on every route. The problems, and those the
// route adds, are in the language lang= asks for: Vietnamese unless it is
// en.
func checkQuery(u *url.URL, allowed ...string) (url.Values, *problems) {
	q := u.Query()
	allowed = append(slices.Clip(allowed), "lang")
	ps := &problems{lang: langOf(q)}
	for part := range strings.SplitSeq(u.RawQuery, "&") {
		if _, err := url.ParseQuery(part); err != nil {
			key, _, _ := strings.Cut(part, "=")
			p := &problem.Problem{Code: problem.Syntax, File: "query", Path: key, Input: part,
				Err: problem.Errorf(problem.Syntax, "not a well-formed query parameter: a %s must begin two hexadecimal digits (%s for %s itself)", "%", "%25", "%")}
			if strings.Contains(part, ";") {
				p.Err = problem.Errorf(problem.Syntax, "not a well-formed query parameter: parameters are separated by %s, not %s", "&", ";")
			}
			ps.add(p)
		}
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		switch {
		case !slices.Contains(allowed, k):
			ps.add(&problem.Problem{Code: problem.UnknownKey, File: "query", Path: k, Input: k,
				Err: problem.Errorf(problem.UnknownKey, "unknown query parameter (allowed: %s)", strings.Join(allowed, ", "))})
		case len(q[k]) > 1:
			ps.add(&problem.Problem{Code: problem.DuplicateKey, File: "query", Path: k,
				Err: problem.Errorf(problem.DuplicateKey, "query parameter given %d times", len(q[k]))})
		}
	}
	if l := q.Get("lang"); l != "" && l != "vi" && l != "en" {
		ps.add(&problem.Problem{Code: problem.WrongKind, File: "query", Path: "lang", Input: l,
			Err: problem.Errorf(problem.WrongKind, "unknown language (want vi or en)")})
	}
	return q, ps
}

// langOf returns the language of the messages that lang= asks for:
// English for en, Vietnamese otherwise (the default, also of a lang= that
// is no language, whose problem is then in Vietnamese).
func langOf(q url.Values) problem.Lang {
	if q.Get("lang") == "en" {
		return problem.EN
	}
	return problem.VI
}

// lookup finds a set by ID or alias. It returns the status and problem to
// answer when there is none, with the code of [criteria.Catalog.Lookup]'s
// error: unknown-set with status unknown (404 where the set is the
// resource asked for, GET /sets/{id}; 400 where it is a parameter of the
// request, POST /evaluate?set=), 400 missing-field (empty ID) or 400
// ambiguous-set (an ID that names two sets).
func (h *handler) lookup(file, path, id string, unknown int) (*criteria.Set, int, *problem.Problem) {
	s, err := catalogs.Lookup(h.cat, id)
	if err == nil {
		return s, 0, nil
	}
	p := &problem.Problem{Code: problem.Invalid, File: file, Path: path, Input: id, Err: err}
	var pe *problem.Problem
	if errors.As(err, &pe) {
		p.Code, p.Err = pe.Code, pe.Err
	}
	if p.Code == problem.UnknownSet {
		return nil, unknown, p
	}
	return nil, http.StatusBadRequest, p
}

// set answers GET /sets/{id}?region=&group=&year=.
func (h *handler) set(w http.ResponseWriter, r *http.Request) {
	q, ps := checkQuery(r.URL, "region", "group", "year")
	var region criteria.Region
	if name := q.Get("region"); name != "" {
		rg, err := criteria.ParseRegion(name)
		if err != nil {
			p, ok := criteria.LookupProvince(name)
			if !ok {
				ps.add(&problem.Problem{Code: problem.RegionMismatch, File: "query", Path: "region", Input: name,
					Err: problem.Errorf(problem.RegionMismatch, "neither a region nor a province of 2016-2020")})
			}
			rg = p.Region
		}
		region = rg
	}
	year := yearQuery(q, ps)
	if !ps.empty() {
		ps.write(w, http.StatusBadRequest)
		return
	}
	s, status, p := h.lookup("request", "id", r.PathValue("id"), http.StatusNotFound)
	if p != nil {
		writeProblems(w, status, ps.lang, p)
		return
	}
	// A region set ignores group, a group set region. The group is read
	// as the tables read it ("Nhóm 3", "nhom 3" and "3" are "3").
	var col criteria.Column
	switch typed := q.Get("group"); {
	case s.Columns == criteria.ColumnsGroup && typed != "":
		g := vntext.GroupCode(strings.TrimSpace(norm.NFC.String(typed)))
		if _, ok := s.CommuneGroup(g); !ok {
			codes := make([]string, len(s.CommuneGroups))
			for i, c := range s.CommuneGroups {
				codes[i] = c.Code
			}
			writeProblems(w, http.StatusBadRequest, ps.lang, &problem.Problem{Code: problem.OutOfRange, File: "query", Path: "group", Input: typed,
				Err: problem.Errorf(problem.OutOfRange, "set %s has no commune group of that code (want %s)", s.ID, strings.Join(codes, ", "))})
			return
		}
		col = criteria.GroupColumn(g)
	case s.Columns != criteria.ColumnsGroup && region.Valid():
		col = criteria.Column{Region: region}
		noteMergedProvince(w.Header(), q.Get("region"), ps.lang)
	}
	writeBytes(w, http.StatusOK, "application/json", h.definition(s, col, year))
}

// noteMergedProvince adds to h, when region= (name) is the name of a
// province that since 1/7/2025 also covers former provinces of other
// regions (Nghị quyết 202/2025/QH15: "Tây Ninh", the former Long An in
// ĐBSCL), an Ntm-Warning field, as POST /evaluate answers its warnings,
// saying in lang that the targets answered are those of the region of the
// former province of the name, and how to ask for the others'
// ([mergedregion.Shown]).
func noteMergedProvince(h http.Header, name string, lang problem.Lang) {
	if _, err := criteria.ParseRegion(name); err == nil {
		return
	}
	l := "vi"
	if lang != problem.VI {
		l = "en"
	}
	note := mergedregion.Shown(name, l, func(v string) string { return "region=" + v })
	if note != "" {
		setWarningHeaders(h, []placenames.Warning{{Origin: "query: region", Text: note}}, lang)
	}
}

// definitionKey is a set of the catalog and a column of it (the zero
// Column: the whole set).
type definitionKey struct {
	set *criteria.Set
	col criteria.Column
}

// definition returns the set definition JSON of s, a set of the catalog,
// for col (the zero Column: every column) and year (0: every year). Those
// of every year are written once per set and column, then kept: the
// catalog does not change once serving.
func (h *handler) definition(s *criteria.Set, col criteria.Column, year int) []byte {
	key := definitionKey{s, col}
	if year == 0 {
		if b, ok := h.defs.Load(key); ok {
			return b.([]byte)
		}
	}
	if col != (criteria.Column{}) {
		s = s.ForColumn(col)
	}
	if year != 0 {
		s = forYear(s, year)
	}
	var b bytes.Buffer
	if err := criteria.WriteDefinition(&b, s); err != nil {
		panic(fmt.Sprintf("httpapi: set %s: %v", s.ID, err))
	}
	if year == 0 {
		h.defs.Store(key, b.Bytes())
	}
	return b.Bytes()
}

// forYear returns a copy of s in which each target's values by year keep
// only year's, as the set definition JSON shows them.
func forYear(s *criteria.Set, year int) *criteria.Set {
	c := s.Clone()
	keep := func(t criteria.Target) criteria.Target {
		if y, ok := t.ByYear[year]; ok {
			t.ByYear = map[int]criteria.YearTarget{year: y}
		} else {
			t.ByYear = nil
		}
		return t
	}
	for i := range c.Criteria {
		for j := range c.Criteria[i].Indicators {
			ind := &c.Criteria[i].Indicators[j]
			if ind.Common != nil {
				t := keep(*ind.Common)
				ind.Common = &t
			}
			for rg, t := range ind.Regional {
				ind.Regional[rg] = keep(t)
			}
			for g, t := range ind.ByGroup {
				ind.ByGroup[g] = keep(t)
			}
		}
	}
	return c
}
