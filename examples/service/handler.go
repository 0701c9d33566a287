package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
)

// defaultMaxBody is the largest request body accepted when the
// configuration does not say: 8 MiB, some 20,000 communes of JSON.
const defaultMaxBody = 8 << 20

// config configures the handler.
type config struct {
	// Catalog holds the sets the service knows; nil means the built-in
	// sets. The handler only reads it: do not Add to it once serving.
	Catalog *criteria.Catalog
	// MaxBodyBytes is the largest request body accepted (413 beyond);
	// 0 means defaultMaxBody.
	MaxBodyBytes int64
}

// handler serves the API; its fields are set once by newHandler and only
// read afterwards.
type handler struct {
	cat     *criteria.Catalog
	maxBody int64
	mux     *http.ServeMux
}

// newHandler returns the API's handler.
func newHandler(cfg config) http.Handler {
	h := &handler{cat: cfg.Catalog, maxBody: cfg.MaxBodyBytes}
	if h.cat == nil {
		h.cat = criteria.Builtin()
	}
	if h.maxBody <= 0 {
		h.maxBody = defaultMaxBody
	}
	h.mux = http.NewServeMux()
	// Routes take every method so that a wrong one answers 405 in JSON;
	// {set...} also matches an ID whose slash was not escaped.
	h.mux.HandleFunc("/criteria/{set...}", h.method(http.MethodGet, h.criteria))
	h.mux.HandleFunc("/evaluate", h.method(http.MethodPost, h.evaluate))
	h.mux.HandleFunc("/plan/status", h.method(http.MethodPost, h.planStatus))
	h.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeErrors(w, http.StatusNotFound, apiError{Path: r.URL.Path,
			Message: fmt.Sprintf("no endpoint %s (see GET /criteria/{set}, POST /evaluate, POST /plan/status)", r.URL.Path)})
	})
	return h.mux
}

// method answers 405 to any method but m (and HEAD for GET).
func (h *handler) method(m string, next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != m && !(m == http.MethodGet && r.Method == http.MethodHead) {
			allow := m
			if m == http.MethodGet {
				allow += ", " + http.MethodHead
			}
			w.Header().Set("Allow", allow)
			writeErrors(w, http.StatusMethodNotAllowed, apiError{Path: r.URL.Path,
				Message: fmt.Sprintf("method %s not allowed on %s; use %s", r.Method, r.URL.Path, m)})
			return
		}
		next(w, r)
	}
}

// apiError is one problem in an error answer.
type apiError struct {
	// File is the part of the request at fault: "body", "plan",
	// "assessments", "as_of", "request", "query", or the input file named
	// by the library.
	File string `json:"file"`
	// Path is the place inside File: a JSON path, a query parameter, or
	// the URL path for 404 and 405.
	Path string `json:"path"`
	// Message is the library's full message.
	Message string `json:"message"`
	// Input is the offending text, when there is one.
	Input string `json:"input,omitempty"`
	// Commune is the commune concerned, when known.
	Commune string `json:"commune,omitempty"`
	// Line is the line of a JSON syntax error, when known.
	Line int `json:"line,omitempty"`
	// Cause is the problem without its location ("must be > 0").
	Cause string `json:"cause,omitempty"`
}

// writeErrors answers status with the errors as {"errors": [...]}.
func writeErrors(w http.ResponseWriter, status int, errs ...apiError) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // keep "> 0" readable in messages
	enc.SetIndent("", "  ")
	if err := enc.Encode(struct {
		Errors []apiError `json:"errors"`
	}{errs}); err != nil { // cannot happen: the struct holds only strings and ints
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// writeJSON answers 200 with the JSON that write produces, or 500 when
// rendering fails (nothing is sent before rendering is complete).
func writeJSON(w http.ResponseWriter, write func(io.Writer) error) {
	var b bytes.Buffer
	if err := write(&b); err != nil {
		writeErrors(w, http.StatusInternalServerError, apiError{Message: err.Error()})
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	w.Write(b.Bytes())
}

// apiErrors turns the errors the library returns — one, or several joined
// with errors.Join — into entries naming file and path; file is used
// where the error does not name its own.
func apiErrors(file string, err error) []apiError {
	var list []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	} else {
		list = []error{err}
	}
	out := make([]apiError, 0, len(list))
	for _, e := range list {
		a := apiError{File: file, Message: e.Error()}
		// One errors.As serves criteria, evaluate and plan: each error is a
		// problem.Problem.
		var p *problem.Problem
		if errors.As(e, &p) {
			if p.File != "" {
				a.File = p.File
			}
			a.Path, a.Input, a.Commune, a.Line = p.Path, p.Input, p.Commune, p.Line
			if p.Err != nil {
				a.Cause = p.Err.Error()
			}
		}
		out = append(out, a)
	}
	return out
}

// query checks that q holds only the allowed parameters, each once.
func query(q url.Values, allowed ...string) []apiError {
	var errs []apiError
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		switch {
		case !slices.Contains(allowed, k):
			errs = append(errs, apiError{File: "query", Path: k, Input: k,
				Message: fmt.Sprintf("unknown query parameter %q (allowed: %s)", k, strings.Join(allowed, ", "))})
		case len(q[k]) > 1:
			errs = append(errs, apiError{File: "query", Path: k,
				Message: fmt.Sprintf("query parameter %q given %d times", k, len(q[k]))})
		}
	}
	return errs
}

// readBody reads the request body up to the limit. It answers 413 (and
// returns false) when the body is larger, 400 when it cannot be read.
func (h *handler) readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeErrors(w, http.StatusRequestEntityTooLarge, apiError{File: "body",
				Message: fmt.Sprintf("request body larger than %d bytes", tooBig.Limit)})
			return nil, false
		}
		writeErrors(w, http.StatusBadRequest, apiError{File: "body", Message: "reading the request body: " + err.Error()})
		return nil, false
	}
	return b, true
}

// lookupSet finds a set by ID or alias, answering 404 when there is none.
func (h *handler) lookupSet(w http.ResponseWriter, file, path, id string) (*criteria.Set, bool) {
	s, err := h.cat.Lookup(id)
	if err != nil {
		writeErrors(w, http.StatusNotFound, apiError{File: file, Path: path, Input: id, Message: err.Error()})
		return nil, false
	}
	return s, true
}

// criteria answers GET /criteria/{set}[?region=R].
func (h *handler) criteria(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if errs := query(q, "region"); len(errs) > 0 {
		writeErrors(w, http.StatusBadRequest, errs...)
		return
	}
	var region criteria.Region
	if name := q.Get("region"); name != "" {
		rg, err := criteria.ParseRegion(name)
		if err != nil {
			p, ok := criteria.LookupProvince(name)
			if !ok {
				writeErrors(w, http.StatusBadRequest, apiError{File: "query", Path: "region", Input: name,
					Message: err.Error() + " (nor a province of 2016-2020)"})
				return
			}
			rg = p.Region
		}
		region = rg
	}
	s, ok := h.lookupSet(w, "request", "set", r.PathValue("set"))
	if !ok {
		return
	}
	if region.Valid() {
		s = s.ForRegion(region)
	}
	writeJSON(w, func(w io.Writer) error { return criteria.WriteDefinition(w, s) })
}

// renderOptions reads the lang parameter.
func renderOptions(q url.Values) (evaluate.RenderOptions, []apiError) {
	switch lang := q.Get("lang"); lang {
	case "", "vi", "en":
		return evaluate.RenderOptions{Lang: lang}, nil
	default:
		return evaluate.RenderOptions{}, []apiError{{File: "query", Path: "lang", Input: lang,
			Message: fmt.Sprintf("unknown language %q (want vi or en)", lang)}}
	}
}

// evaluate answers POST /evaluate[?set=ID][&lang=vi|en].
func (h *handler) evaluate(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	errs := query(q, "set", "lang")
	opt, langErrs := renderOptions(q)
	if errs = append(errs, langErrs...); len(errs) > 0 {
		writeErrors(w, http.StatusBadRequest, errs...)
		return
	}
	var only *criteria.Set
	if id := q.Get("set"); id != "" {
		s, ok := h.lookupSet(w, "query", "set", id)
		if !ok {
			return
		}
		only = s
	}
	body, ok := h.readBody(w, r)
	if !ok {
		return
	}
	as, err := evaluate.DecodeJSON(bytes.NewReader(body), "body", h.cat)
	if err != nil {
		writeErrors(w, http.StatusBadRequest, apiErrors("body", err)...)
		return
	}
	reports, err := h.run(as, only)
	if err != nil {
		writeErrors(w, http.StatusBadRequest, apiErrors("body", err)...)
		return
	}
	writeJSON(w, func(w io.Writer) error { return evaluate.WriteJSON(w, reports, opt) })
}

// run evaluates the assessments against every set they have values for,
// or only against only when it is not nil (skipping assessments without
// values for it).
func (h *handler) run(as []evaluate.Assessment, only *criteria.Set) ([]evaluate.Report, error) {
	var reports []evaluate.Report
	var errs []error
	for i := range as {
		if only != nil {
			if as[i].HasSet(only.ID) {
				reports = append(reports, evaluate.Options{Catalog: h.cat}.Run(only, &as[i]))
			}
			continue
		}
		rs, err := evaluate.RunAll(h.cat, &as[i])
		if err != nil {
			errs = append(errs, err)
		}
		reports = append(reports, rs...)
	}
	return reports, errors.Join(errs...)
}

// planRequest is the body of POST /plan/status.
type planRequest struct {
	Plan        json.RawMessage `json:"plan"`
	Assessments json.RawMessage `json:"assessments"`
	AsOf        *string         `json:"as_of"`
}

// planStatus answers POST /plan/status.
func (h *handler) planStatus(w http.ResponseWriter, r *http.Request) {
	if errs := query(r.URL.Query()); len(errs) > 0 {
		writeErrors(w, http.StatusBadRequest, errs...)
		return
	}
	body, ok := h.readBody(w, r)
	if !ok {
		return
	}
	var req planRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeErrors(w, http.StatusBadRequest, apiError{File: "request",
			Message: `service: the body must be {"plan": …, "assessments": […], "as_of": "YYYY-MM-DD"}: ` + err.Error()})
		return
	}
	if dec.More() {
		writeErrors(w, http.StatusBadRequest, apiError{File: "request", Message: "service: data after the request object"})
		return
	}

	var errs []apiError
	var p *plan.Plan
	if isNull(req.Plan) {
		errs = append(errs, apiError{File: "plan", Message: `service: "plan" is required`})
	} else if pl, _, err := plan.Read(bytes.NewReader(req.Plan), h.cat); err != nil {
		errs = append(errs, apiErrors("plan", err)...)
	} else {
		p = pl
	}
	var as []evaluate.Assessment
	if !isNull(req.Assessments) {
		a, err := evaluate.DecodeJSON(bytes.NewReader(req.Assessments), "assessments", h.cat)
		if err != nil {
			errs = append(errs, apiErrors("assessments", err)...)
		}
		as = a
	}
	var asOf plan.Date
	switch {
	case req.AsOf == nil:
		errs = append(errs, apiError{File: "as_of", Message: `service: "as_of" (YYYY-MM-DD) is required`})
	default:
		d, err := plan.ParseDate(*req.AsOf)
		if err != nil {
			errs = append(errs, apiError{File: "as_of", Input: *req.AsOf, Message: err.Error()})
		}
		asOf = d
	}
	if len(errs) > 0 {
		writeErrors(w, http.StatusBadRequest, errs...)
		return
	}
	reports, err := h.run(as, nil)
	if err != nil {
		writeErrors(w, http.StatusBadRequest, apiErrors("assessments", err)...)
		return
	}
	st := plan.Status(p, reports, asOf)
	writeJSON(w, func(w io.Writer) error { return plan.WriteJSON(w, &st) })
}

// isNull reports whether a member was absent or null.
func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(bytes.TrimSpace(raw)) == "null"
}
