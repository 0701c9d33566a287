package httpapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
)

// planRequest is the body of POST /plans/status.
type planRequest struct {
	Plan        json.RawMessage `json:"plan"`
	Assessments json.RawMessage `json:"assessments"`
}

// planStatus answers POST /plans/status?as_of=.
func (h *handler) planStatus(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	ps := checkQuery(q, "as_of")
	asOf := plan.Date{}
	if s := q.Get("as_of"); s != "" {
		d, err := plan.ParseDate(s)
		if err != nil {
			ps.add(&problem.Problem{Code: problem.OutOfRange, File: "query", Path: "as_of", Input: s,
				Err: errors.New("want a date YYYY-MM-DD")})
		}
		asOf = d
	} else {
		d, err := plan.ParseDate(time.Now().UTC().Format(time.DateOnly))
		if err != nil {
			panic(err)
		}
		asOf = d
	}
	if !ps.empty() {
		ps.write(w, http.StatusBadRequest)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeProblems(w, http.StatusRequestEntityTooLarge, problem.EN, &problem.Problem{Code: problem.TooLarge, File: "request",
				Err: fmt.Errorf("request body larger than %d bytes", tooBig.Limit)})
			return
		}
		writeProblems(w, http.StatusBadRequest, problem.EN, &problem.Problem{Code: problem.Syntax, File: "request",
			Err: fmt.Errorf("reading the request body: %v", err)})
		return
	}
	var req planRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil || dec.More() {
		if err == nil {
			err = errors.New("data after the request object")
		}
		writeProblems(w, http.StatusBadRequest, problem.EN, &problem.Problem{Code: problem.Syntax, File: "request",
			Err: fmt.Errorf(`the body must be {"plan": {…}, "assessments": […]}: %v`, err)})
		return
	}
	var p *plan.Plan
	if isNull(req.Plan) {
		ps.add(&problem.Problem{Code: problem.MissingField, File: "request", Path: "plan", Err: errors.New(`"plan" is required`)})
	} else if pl, _, err := plan.Read(bytes.NewReader(req.Plan), h.cat); err != nil {
		ps.addErr("plan", err)
	} else {
		p = pl
	}
	var reports []evaluate.Report
	if !isNull(req.Assessments) {
		keep := func(*evaluate.Report) bool { return true }
		if p != nil {
			keep = targetYears(p)
		}
		for a, err := range evaluate.NewJSONDecoder(bytes.NewReader(req.Assessments), "assessments", h.cat).All() {
			if err != nil {
				ps.addErr("assessments", err)
				continue
			}
			rs, err := evaluate.RunAll(h.cat, &a)
			if err != nil {
				ps.addErr("assessments", err)
			}
			for i := range rs {
				if keep(&rs[i]) {
					reports = append(reports, rs[i])
				}
			}
		}
	}
	if !ps.empty() {
		ps.write(w, http.StatusBadRequest)
		return
	}
	st := plan.StatusWith(h.cat, p, reports, asOf)
	var b bytes.Buffer
	if err := plan.WriteJSON(&b, &st); err != nil {
		panic(fmt.Sprintf("httpapi: writing a plan status: %v", err))
	}
	writeBytes(w, http.StatusOK, "application/json", b.Bytes())
}

// targetYears returns whether a report is of a year p has a target for:
// plan.Status reads no other.
func targetYears(p *plan.Plan) func(*evaluate.Report) bool {
	years := map[int]bool{}
	for _, t := range p.Targets {
		years[t.Year] = true
	}
	return func(r *evaluate.Report) bool { return years[r.Year] }
}

// isNull reports whether a member was absent or null.
func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(bytes.TrimSpace(raw)) == "null"
}
