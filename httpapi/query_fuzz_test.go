package httpapi

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzQuery checks every route's reading of its query (and of the set ID
// of GET /sets/{id}): no server error; an error answer is JSON with
// problems; a query that is not well formed is answered 400, not read
// without the parts that do not parse. Mounted under a prefix (the ID),
// the OpenAPI document's server and a 404's path name the prefix.
func FuzzQuery(f *testing.F) {
	for _, q := range []string{"", "lang=en", "set=1980&format=csv", "set=933&lang=vi&format=markdown", "region=TDMNPB&year=2020&group=1",
		"region=L%E1%BA%A1ng+S%C6%A1n", "year=99999", "as_of=2020-05-05", "as_of=30/4/2020&lang=en", "set=%zz", "lang=en;format=csv",
		"x=1&x=2", "format=xml", "set=1980&set=933", "=&&=", "%", "year=%2B2020"} {
		for route := range uint8(5) {
			f.Add(route, "1980", q)
		}
	}
	// A set that is none of the catalogue's (400 unknown-set), on each
	// route that takes set=.
	for _, q := range []string{"set=999", "set=51%2F2025", "set=", "set=1980%2FQ%C4%90-TTg&lang=en", "set=%20933"} {
		for _, route := range []uint8{2, 3, 4} {
			f.Add(route, "1980", q)
		}
	}
	// Mounted under a prefix (the ID), as http.StripPrefix mounts it.
	for _, pre := range []string{"ntm", "api/v1", "x y", "%2F", "đánh giá", "a%20b", ""} {
		f.Add(uint8(5), pre, "")
		f.Add(uint8(6), pre, "lang=en")
	}
	f.Add(uint8(1), "QD1980", "")
	f.Add(uint8(1), "..%2F", "region=x")
	f.Add(uint8(1), "1980/QĐ-TTg", "lang=en")
	jsonBody := readTestdata(f, "assessments.json")
	plan := planBody(f)
	h := NewHandler(quiet(Options{MaxBodyBytes: 1 << 16}))
	f.Fuzz(func(t *testing.T, route uint8, id, rawQuery string) {
		var req *http.Request
		h := http.Handler(h)
		prefix := "/" + id
		switch route % 7 {
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
		case 5, 6:
			// The handler mounted under prefix: the client asks for the
			// OpenAPI document, or for a route there is none of.
			// (A prefix not UTF-8 is answered with U+FFFD in JSON strings.)
			if strings.ContainsAny(id, "?#") || prefix != path.Clean(prefix) || prefix == "/" || !utf8.ValidString(prefix) {
				return // not a path a server routes unchanged to the mount
			}
			req = httptest.NewRequest(http.MethodGet, "/", nil)
			req.URL.Path, req.URL.RawPath = prefix+"/openapi.json", ""
			if route%7 == 6 {
				req.URL.Path = prefix + "/nope"
			}
			h = http.StripPrefix(prefix, h)
		}
		req.URL.RawQuery = rawQuery
		if route%7 >= 5 {
			req.RequestURI = req.URL.RequestURI()
			if _, err := url.ParseRequestURI(req.RequestURI); err != nil {
				return // net/http answers 400 to such a request line before any handler
			}
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		code, body := rec.Code, rec.Body.Bytes()
		switch {
		case route%7 == 5 && code == http.StatusOK:
			var doc struct {
				Servers []struct {
					URL string `json:"url"`
				} `json:"servers"`
			}
			if err := json.Unmarshal(body, &doc); err != nil || len(doc.Servers) != 1 || doc.Servers[0].URL != prefix {
				t.Fatalf("GET %s?%s: servers %+v (%v), want the prefix %q", req.RequestURI, rawQuery, doc.Servers, err, prefix)
			}
		case route%7 == 6 && code == http.StatusNotFound:
			var b struct {
				Problems []jsonProblem `json:"problems"`
			}
			want := prefix + "/nope"
			if len(want) > 1024 {
				// A path of more than 1 KiB is shown cut (problem.Bound).
				want = string([]rune(want)[:120]) + "…"
			}
			if err := json.Unmarshal(body, &b); err != nil || len(b.Problems) != 1 || b.Problems[0].Path != want {
				t.Fatalf("GET %s: %s, want the path the client used, %q", req.RequestURI, body, want)
			}
		}
		if code >= 500 {
			t.Fatalf("%s %s?%s: status %d:\n%s", req.Method, req.URL.Path, rawQuery, code, body)
		}
		if code == http.StatusMovedPermanently || code == http.StatusTemporaryRedirect || code == http.StatusPermanentRedirect {
			// net/http's ServeMux sends a path with . or .. elements or a
			// doubled slash to its clean form, as for any Go server.
			// (It keeps a final slash the path had.)
			loc, err := url.Parse(rec.Header().Get("Location"))
			if err != nil || strings.TrimSuffix(loc.Path, "/") != strings.TrimSuffix(path.Clean(req.URL.Path), "/") || loc.Path == req.URL.Path {
				t.Fatalf("%s %s?%s: status %d to %q (%v), want the clean path %q", req.Method, req.URL.Path, rawQuery, code, rec.Header().Get("Location"), err, path.Clean(req.URL.Path))
			}
			return
		}
		// GET /openapi.json reads no query and ignores any given
		// (docs/formats.md); a path of no route is 404 whatever its query.
		if _, err := url.ParseQuery(rawQuery); err != nil && code != http.StatusBadRequest && route%7 < 5 {
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
