package httpapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/jsontok"
	"github.com/nongthonmoi/ntm/internal/placekey"
	"github.com/nongthonmoi/ntm/internal/placenames"
	"github.com/nongthonmoi/ntm/internal/prereqjoin"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
)

// planKeys are the keys of the body of POST /plans/status.
const planKeys = "plan, assessments"

// planRequest is the body of POST /plans/status: its two parts as written.
type planRequest struct {
	Plan, Assessments []byte // nil when absent
}

// planStatus answers POST /plans/status?as_of=&lang=: 200 the plan's status
// when the plan and every assessment were read; 422 {"status", "problems"}
// when the plan and some assessments were read, others not (the status is
// that of the assessments read, as `ntm plan` prints it); 400 {"problems"}
// when the body or the plan could not be read, or no assessment could.
func (h *handler) planStatus(w http.ResponseWriter, r *http.Request) {
	q, ps := checkQuery(r.URL, "as_of")
	asOf := asOfQuery(q.Get("as_of"), ps)
	if !ps.empty() {
		ps.write(w, http.StatusBadRequest)
		return
	}
	body, ok := h.readPlanBody(w, r, ps.lang)
	if !ok {
		return
	}
	req, ok := splitPlanRequest(body, ps)
	if !ok {
		ps.write(w, http.StatusBadRequest)
		return
	}
	// The body's own problems (an unknown or repeated key) and the plan's
	// leave no status to answer; the assessments' are still read, so that
	// every problem is answered at once.
	unreadable := !ps.empty()
	p := h.readPlan(req.Plan, ps)
	unreadable = unreadable || p == nil
	// The names of the places, as ntm plan gives them (package
	// placenames): a name written without diacritics stands for the one
	// known name it folds to, of the registries, the plan's targets or
	// the assessments; the reports are told apart, and matched to the
	// targets, by the names their names stand for. The names are known
	// once every assessment is read: a first reading gathers them.
	names := h.planNames(p, req.Assessments)
	pr := &planReports{cat: h.cat, ps: ps, names: names, firstLine: map[string]int{},
		join: prereqjoin.New(h.cat), keep: func(*evaluate.Report) bool { return true }}
	if p != nil {
		pr.keep = targetYears(p)
	}
	if pr.join != nil {
		// The commune a name written without diacritics stands for is
		// the one the plan counts.
		pr.join.ShareNames(names)
	}
	if !isNull(req.Assessments) {
		pr.readAll(req.Assessments)
	}
	if unreadable || pr.bad && pr.read == 0 {
		ps.write(w, http.StatusBadRequest)
		return
	}
	names.CanonicalReports(pr.reports)
	names.CanonicalPlan(p)
	st := plan.StatusWith(h.cat, p, pr.reports, asOf)
	// The warnings on names that ntm plan prints, in the language of lang=.
	st.Warnings = append(st.Warnings, names.PlanWarnings(langCode(ps.lang))...)
	writePlanStatus(w, &st, ps)
}

// asOfQuery returns the date of as_of= (today in UTC without one); a date
// it cannot read is a problem in ps.
func asOfQuery(s string, ps *problems) plan.Date {
	if s == "" {
		d, err := plan.ParseDate(time.Now().UTC().Format(time.DateOnly))
		if err != nil {
			panic(err)
		}
		return d
	}
	d, err := plan.ParseDate(s)
	if err != nil {
		// The code and cause of plan.ParseDate's problem: wrong-kind
		// for what is no date, out-of-range for a date outside the
		// years 1-9999.
		p := &problem.Problem{Code: problem.WrongKind, File: "query", Path: "as_of", Input: s, Err: err}
		var pe *problem.Problem
		if errors.As(err, &pe) {
			p.Code, p.Err = pe.Code, pe.Err
		}
		ps.add(p)
	}
	return d
}

// readPlanBody returns the body of POST /plans/status, JSON of at most
// MaxBodyBytes; false when it answered a problem instead.
func (h *handler) readPlanBody(w http.ResponseWriter, r *http.Request, lang problem.Lang) ([]byte, bool) {
	media, charset := mediaType(r)
	if media != "" && media != mediaJSON {
		writeProblems(w, http.StatusUnsupportedMediaType, lang, &problem.Problem{Code: problem.UnsupportedMediaType, File: "request", Input: media,
			Err: problem.Errorf(problem.UnsupportedMediaType, "unsupported media type (want %s)", mediaJSON)})
		return nil, false
	}
	if !jsonCharset(w, charset, lang, false) {
		return nil, false
	}
	if !identityCoding(w, r, lang) || !h.sizeAllowed(w, r, lang) {
		return nil, false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			answerBodyTooLarge(w, lang, tooBig.Limit)
			return nil, false
		}
		if errors.Is(err, os.ErrDeadlineExceeded) {
			h.timedOut(w, lang)
			return nil, false
		}
		bodyFailed(w, lang, err)
		return nil, false
	}
	return body, true
}

// readPlan returns the plan of the body's "plan", or nil with its
// problems in ps.
func (h *handler) readPlan(raw []byte, ps *problems) *plan.Plan {
	if isNull(raw) {
		ps.add(&problem.Problem{Code: problem.MissingField, File: "request", Path: "plan",
			Err: problem.Errorf(problem.MissingField, `"plan" is required`)})
		return nil
	}
	p, _, err := plan.Read(bytes.NewReader(raw), h.cat)
	if err != nil {
		ps.addErr("plan", err)
		return nil
	}
	return p
}

// planNames returns the names of the plan p (nil: none) and of the reports
// made of the assessments, settled: the first reading of the assessments.
func (h *handler) planNames(p *plan.Plan, assessments []byte) *placenames.Run {
	names := placenames.New()
	if p != nil {
		names.AddPlan("plan", p)
	}
	if !isNull(assessments) {
		for a, err := range evaluate.NewJSONDecoder(bytes.NewReader(assessments), "assessments", h.cat).All() {
			if err != nil {
				continue
			}
			// As ntm plan, the names of the reports made: none of an
			// assessment without values for any set.
			rs, _ := evaluate.RunAll(h.cat, &a)
			for i := range rs {
				names.Read(&rs[i])
			}
		}
	}
	names.Settle()
	return names
}

// planReports reads the assessments of a plan status, once their names
// are settled, into the reports the plan's targets are matched with.
type planReports struct {
	cat   *criteria.Catalog
	ps    *problems
	names *placenames.Run
	// A commune's assessments of one year are joined for prerequisites,
	// as ntm plan joins its inputs.
	join *prereqjoin.Joiner
	// keep tells the reports kept: those of a target's year.
	keep func(*evaluate.Report) bool
	// firstLine is the line of the first assessment of each commune (its
	// identity key), set and year: as ntm plan does, a second is a problem
	// and not used.
	firstLine map[string]int
	reports   []evaluate.Report
	read      int  // assessments read
	bad       bool // whether some were not
}

// readAll reads the assessments, then gives the reports of those whose
// prerequisite was in a later one.
func (pr *planReports) readAll(assessments []byte) {
	for a, err := range evaluate.NewJSONDecoder(bytes.NewReader(assessments), "assessments", pr.cat).All() {
		if err != nil {
			pr.ps.addErr("assessments", err)
			pr.bad = true
			continue
		}
		pr.read++
		pr.add(&a)
	}
	if pr.join != nil {
		// The assessments whose prerequisite was in a later one.
		for _, err := range pr.join.Finish(func(a *evaluate.Assessment, dropped []string) {
			rs, _ := evaluate.RunAll(pr.cat, a)
			pr.keepReports(rs, dropped)
		}) {
			pr.ps.add(ambiguityProblem("assessments", err))
		}
	}
}

// add evaluates a and keeps its reports, but those of a commune, set and
// year assessed before and, until its prerequisite is read, those the
// joiner holds.
func (pr *planReports) add(a *evaluate.Assessment) {
	rs, err := evaluate.RunAll(pr.cat, a)
	if err != nil {
		pr.ps.addErr("assessments", err)
		pr.bad = true
	}
	dropped := pr.dropRepeats(rs)
	a.Commune = pr.names.RegistryName(a.Commune)
	if pr.join != nil {
		t := pr.join.Inspect(a)
		var held bool
		var errs []error
		rs, held, errs = pr.join.Add(a, &t, rs, dropped)
		for _, err := range errs {
			pr.ps.add(ambiguityProblem("assessments", err))
		}
		if held {
			return
		}
	}
	pr.keepReports(rs, dropped)
}

// dropRepeats names the reports of rs by the registries' names and returns
// the sets of those of a commune, set and year assessed before, each a
// problem.
func (pr *planReports) dropRepeats(rs []evaluate.Report) (dropped []string) {
	for i := range rs {
		r := &rs[i]
		// Named by the registries' names, as the assessment is joined
		// for prerequisites; told apart by the names they stand for.
		r.Commune = pr.names.RegistryName(r.Commune)
		// From 2026 the name is resolved among the province's communes
		// without a district (placenames.Run.CanonicalIn).
		c := pr.names.CanonicalIn(r.Commune, r.Year)
		k := placekey.Of(c.Name, c.District, c.Province) + "\x00" + r.Set + "\x00" + strconv.Itoa(r.Year)
		if first, dup := pr.firstLine[k]; dup {
			pr.ps.add(&problem.Problem{Code: problem.DuplicateKey, File: "assessments", Line: originLine(r.Origin), Commune: r.Commune.Name,
				Err: problem.Errorf(problem.DuplicateKey, "%s is assessed again for %s, %d (first at line %d); this assessment is not used",
					r.Commune, r.Set, r.Year, first)})
			pr.bad = true
			dropped = append(dropped, r.Set)
			continue
		}
		pr.firstLine[k] = originLine(r.Origin)
	}
	return dropped
}

// keepReports keeps the reports of rs kept (keep) but those of the sets
// dropped.
func (pr *planReports) keepReports(rs []evaluate.Report, dropped []string) {
	for i := range rs {
		if r := &rs[i]; !slices.Contains(dropped, r.Set) && pr.keep(r) {
			pr.reports = append(pr.reports, *r)
		}
	}
}

// writePlanStatus answers st: 200, or 422 with the problems beside it.
func writePlanStatus(w http.ResponseWriter, st *plan.Standing, ps *problems) {
	var b bytes.Buffer
	if err := plan.WriteJSON(&b, st); err != nil {
		panic("httpapi: writing a plan status: " + err.Error())
	}
	if ps.empty() {
		writeBytes(w, http.StatusOK, "application/json", b.Bytes())
		return
	}
	writeJSON(w, http.StatusUnprocessableEntity, struct {
		Status   json.RawMessage `json:"status"`
		Problems []jsonProblem   `json:"problems"`
	}{b.Bytes(), ps.all()})
}

// originLine returns the line of an origin "file:line", 0 without one.
func originLine(origin string) int {
	n, _ := strconv.Atoi(origin[strings.LastIndexByte(origin, ':')+1:])
	return n
}

// splitPlanRequest reads the body of POST /plans/status as far as its
// two parts: an object with the keys plan and assessments. A syntax error
// anywhere in it (with its line and column, counted in characters of the
// line), or a body that is no object, is a problem that ends reading (ok
// false); an unknown key or a key given twice is a problem at its path, the
// body still split.
func splitPlanRequest(body []byte, ps *problems) (req planRequest, ok bool) {
	d := jsontok.New(body)
	d.SkipBOM()
	fatal := func(err error) (planRequest, bool) {
		p := &problem.Problem{Code: problem.Syntax, File: "request", Line: d.Line(), Column: strconv.Itoa(d.Column())}
		var se *jsontok.SyntaxError
		var m *problem.Msg
		switch {
		case errors.As(err, &m):
			p.Code, p.Err = m.Code, m
		case err == io.EOF, errors.Is(err, io.ErrUnexpectedEOF):
			p.Err = problem.Errorf(problem.Syntax, "invalid JSON: unexpected end of input")
		case errors.As(err, &se):
			p.Err = problem.Errorf(problem.Syntax, "invalid JSON: %s", se.Msg)
		default:
			p.Err = problem.Errorf(problem.Syntax, "invalid JSON: %s", err.Error())
		}
		ps.add(p)
		return planRequest{}, false
	}
	tok, err := d.Token()
	if err == io.EOF {
		ps.add(&problem.Problem{Code: problem.Syntax, File: "request",
			Err: problem.Errorf(problem.Syntax, `empty body: want {"plan": {…}, "assessments": […]}`)})
		return planRequest{}, false
	}
	if err != nil {
		return fatal(err)
	}
	if tok != json.Delim('{') {
		ps.add(&problem.Problem{Code: problem.WrongKind, File: "request", Line: 1,
			Err: problem.Errorf(problem.WrongKind, `the body must be an object {"plan": {…}, "assessments": […]}`)})
		return planRequest{}, false
	}
	seen := map[string]bool{}
	for d.More() {
		key, err := d.Key()
		var over jsontok.Oversize
		if errors.As(err, &over) {
			key, err = over.Prefix+"…", nil
		}
		if err != nil {
			return fatal(err)
		}
		from := d.InputOffset()
		if err := skipValue(d); err != nil {
			return fatal(err)
		}
		// The value as written: after the colon and the space around it.
		raw := bytes.TrimLeft(body[from:d.InputOffset()], " \t\r\n:")
		switch {
		case key != "plan" && key != "assessments":
			ps.add(&problem.Problem{Code: problem.UnknownKey, File: "request", Path: key, Input: key,
				Err: problem.Errorf(problem.UnknownKey, "unknown key (want %s)", planKeys)})
		case seen[key]:
			ps.add(&problem.Problem{Code: problem.DuplicateKey, File: "request", Path: key, Input: key,
				Err: problem.Errorf(problem.DuplicateKey, "key given twice")})
		case key == "plan":
			req.Plan = raw
		default:
			req.Assessments = raw
		}
		seen[key] = true
	}
	if _, err := d.Token(); err != nil { // '}'
		return fatal(err)
	}
	d.More() // up to what follows, for its line and column
	line, col := d.Line(), d.Column()
	if _, err := d.Token(); err != io.EOF {
		if err == nil || errors.Is(err, io.ErrUnexpectedEOF) {
			ps.add(&problem.Problem{Code: problem.Syntax, File: "request", Line: line, Column: strconv.Itoa(col),
				Err: problem.Errorf(problem.Syntax, "invalid JSON: unexpected data after the top-level value")})
			return planRequest{}, false
		}
		return fatal(err)
	}
	return req, true
}

// skipValue reads one whole value.
func skipValue(d *jsontok.Tokens) error {
	depth := d.Depth()
	for {
		if _, err := d.Token(); err != nil {
			return err
		}
		if d.Depth() == depth {
			return nil
		}
	}
}

// targetYears returns whether a report is of a year p has a target for,
// or of a target's commune (whose other years plan.Status names when the
// target's own is not read): plan.Status reads no other.
func targetYears(p *plan.Plan) func(*evaluate.Report) bool {
	years := map[int]bool{}
	communes := map[string]bool{}
	for _, t := range p.Targets {
		years[t.Year] = true
		for _, k := range placekey.OfEither(t.Commune.Name, t.Commune.District, t.Commune.Province) {
			communes[k] = true
		}
	}
	return func(r *evaluate.Report) bool {
		return years[r.Year] || communes[placekey.OfIn(r.Commune.Name, r.Commune.District, r.Commune.Province, r.Year)]
	}
}

// isNull reports whether a member was absent or null.
func isNull(raw []byte) bool {
	return len(raw) == 0 || string(bytes.TrimSpace(raw)) == "null"
}
