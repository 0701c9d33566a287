package httpapi

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// FuzzQuery checks every route's reading of its query (and of the set ID
// of GET /sets/{id}): no server error; an error answer is JSON with
// problems; a query that is not well formed is answered 400, not read
// without the parts that do not parse.
func FuzzQuery(f *testing.F) {
	for _, q := range []string{"", "lang=en", "set=1980&format=csv", "set=933&lang=vi&format=markdown", "region=TDMNPB&year=2020&group=1",
		"region=L%E1%BA%A1ng+S%C6%A1n", "year=99999", "as_of=2020-05-05", "as_of=30/4/2020&lang=en", "set=%zz", "lang=en;format=csv",
		"x=1&x=2", "format=xml", "set=1980&set=933", "=&&=", "%", "year=%2B2020"} {
		for route := range uint8(5) {
			f.Add(route, "1980", q)
		}
	}
	f.Add(uint8(1), "QD1980", "")
	f.Add(uint8(1), "..%2F", "region=x")
	f.Add(uint8(1), "1980/QĐ-TTg", "lang=en")
	jsonBody := readTestdata(f, "assessments.json")
	plan := planBody(f)
	h := NewHandler(quiet(Options{MaxBodyBytes: 1 << 16}))
	f.Fuzz(func(t *testing.T, route uint8, id, rawQuery string) {
		var req *http.Request
		switch route % 5 {
		case 0:
			req = httptest.NewRequest(http.MethodGet, "/sets", nil)
		case 1:
			req = httptest.NewRequest(http.MethodGet, "/sets/x", nil)
			req.URL.Path = "/sets/" + id
			req.URL.RawPath = ""
		case 2:
			req = httptest.NewRequest(http.MethodPost, "/evaluate", strings.NewReader(jsonBody))
			req.Header.Set("Content-Type", "application/json")
		case 3:
			req = httptest.NewRequest(http.MethodPost, "/evaluate", strings.NewReader(csvBody))
			req.Header.Set("Content-Type", "text/csv")
		case 4:
			req = httptest.NewRequest(http.MethodPost, "/plans/status", strings.NewReader(plan))
			req.Header.Set("Content-Type", "application/json")
		}
		req.URL.RawQuery = rawQuery
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		code, body := rec.Code, rec.Body.Bytes()
		if code >= 500 {
			t.Fatalf("%s %s?%s: status %d:\n%s", req.Method, req.URL.Path, rawQuery, code, body)
		}
		if _, err := url.ParseQuery(rawQuery); err != nil && code != http.StatusBadRequest {
			t.Fatalf("%s %s?%s: query not well formed (%v), answered %d:\n%.300s", req.Method, req.URL.Path, rawQuery, err, code, body)
		}
		if code == http.StatusOK {
			if strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") && !json.Valid(body) {
				t.Fatalf("%s %s?%s: 200 with an answer that is not JSON:\n%s", req.Method, req.URL.Path, rawQuery, body)
			}
			return
		}
		var b struct {
			Problems []jsonProblem `json:"problems"`
		}
		if err := json.Unmarshal(body, &b); err != nil || len(b.Problems) == 0 {
			t.Fatalf("%s %s?%s: status %d without problems (%v):\n%s", req.Method, req.URL.Path, rawQuery, code, err, body)
		}
		for _, p := range b.Problems {
			if p.Code == "" || p.Message == "" {
				t.Fatalf("%s %s?%s: problem without code or message: %+v", req.Method, req.URL.Path, rawQuery, p)
			}
		}
	})
}
