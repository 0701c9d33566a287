package httpapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/untranslated"
)

// TestAJSONBodyInAnotherCharsetIs415: JSON is UTF-8 (RFC 8259); a body
// declared in another charset, on every route with a body, is refused
// with 415 encoding quoting the charset and saying how to send it, not
// read as if it were UTF-8.
func TestAJSONBodyInAnotherCharsetIs415(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	bodies := map[string]string{"/evaluate": readTestdata(t, "assessments.json"), "/plans/status": planBody(t)}
	for target, body := range bodies {
		for _, cs := range []string{"tcvn3", "VNI", "windows-1258", "latin1", "ISO-8859-1", "utf-16"} {
			for _, lang := range []string{"vi", "en"} {
				rec := do(t, h, http.MethodPost, target+"?as_of=2020-12-31&lang="+lang, "application/json; charset="+cs, body)
				if target == "/evaluate" {
					rec = do(t, h, http.MethodPost, target+"?lang="+lang, "application/json; charset="+cs, body)
				}
				if rec.Code != http.StatusUnsupportedMediaType {
					t.Fatalf("%s charset=%s: status %d, want 415\n%.400s", target, cs, rec.Code, rec.Body)
				}
				ps := decodeProblems(t, rec)
				if len(ps) != 1 || ps[0]["code"] != "encoding" || ps[0]["file"] != "request" || ps[0]["input"] != strings.ToLower(cs) {
					t.Fatalf("%s charset=%s: problems %v", target, cs, ps)
				}
				msg := ps[0]["message"].(string)
				wants := []string{"JSON", "UTF-8", "RFC 8259", "charset=utf-8"}
				if target == "/evaluate" {
					wants = append(wants, "text/csv;charset=tcvn3", "text/csv;charset=vni")
				} else if strings.Contains(msg, "text/csv") {
					t.Errorf("%s: message %q suggests CSV, which the route does not read", target, msg)
				}
				if lang == "vi" {
					wants = append(wants, "hãy chuyển nội dung sang UTF-8")
					if w := untranslated.Words(msg, cs); len(w) > 0 {
						t.Errorf("%s: English words %q in %q", target, w, msg)
					}
				} else {
					wants = append(wants, "convert the body to UTF-8")
				}
				for _, w := range wants {
					if !strings.Contains(msg, w) {
						t.Errorf("%s charset=%s lang=%s: message %q lacks %q", target, cs, lang, msg, w)
					}
				}
			}
		}
		// UTF-8, in any case, or no charset, is read.
		for _, ct := range []string{"application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8", ""} {
			rec := do(t, h, http.MethodPost, target, ct, body)
			if rec.Code != http.StatusOK {
				t.Errorf("%s Content-Type %q: status %d, want 200\n%.400s", target, ct, rec.Code, rec.Body)
			}
		}
	}
}

// corsRequest sends method target to h with the header fields hd
// (name, value, …) and returns the answer.
func corsRequest(t *testing.T, h http.Handler, method, target, body string, hd ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	for i := 0; i+1 < len(hd); i += 2 {
		req.Header.Add(hd[i], hd[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// TestCORSIsOffByDefault: without Options.CORSOrigins, answers have no
// CORS header field and a preflight request is a 405, as before.
func TestCORSIsOffByDefault(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	rec := corsRequest(t, h, http.MethodOptions, "/evaluate", "", "Origin", "https://nhaplieu.example.vn", "Access-Control-Request-Method", "POST")
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("preflight: status %d, want 405", rec.Code)
	}
	rec = corsRequest(t, h, http.MethodGet, "/sets", "", "Origin", "https://nhaplieu.example.vn")
	for k := range rec.Header() {
		if strings.HasPrefix(k, "Access-Control-") || k == "Vary" {
			t.Errorf("GET /sets: header %s: %v", k, rec.Header()[k])
		}
	}
}

// TestCORSOriginsAnswerPreflightsAndAnswers: an origin of
// Options.CORSOrigins gets its preflight requests answered 204 with the
// route's methods, and every answer (problems too) readable.
func TestCORSOriginsAnswerPreflightsAndAnswers(t *testing.T) {
	const site = "https://nhaplieu.example.vn"
	h := NewHandler(quiet(Options{CORSOrigins: []string{"https://khac.example.vn", site + "/"}}))
	for target, allow := range map[string]string{"/evaluate": "POST", "/plans/status": "POST", "/sets/1980": "GET, HEAD", "/sets": "GET, HEAD", "/healthz": "GET, HEAD"} {
		rec := corsRequest(t, h, http.MethodOptions, target, "", "Origin", site, "Access-Control-Request-Method", "POST",
			"Access-Control-Request-Headers", "content-type, authorization")
		hd := rec.Header()
		if rec.Code != http.StatusNoContent || hd.Get("Access-Control-Allow-Origin") != site || hd.Get("Access-Control-Allow-Methods") != allow ||
			hd.Get("Access-Control-Allow-Headers") != "content-type, authorization" || hd.Get("Access-Control-Max-Age") == "" ||
			hd.Get("Access-Control-Allow-Credentials") != "" || !slices.Contains(hd.Values("Vary"), "Origin") || rec.Body.Len() != 0 {
			t.Errorf("preflight of %s: status %d, header %v, body %q", target, rec.Code, hd, rec.Body)
		}
	}
	rec := corsRequest(t, h, http.MethodPost, "/evaluate", readTestdata(t, "assessments.json"), "Origin", site, "Content-Type", "application/json")
	if rec.Code != http.StatusOK || rec.Header().Get("Access-Control-Allow-Origin") != site ||
		!strings.Contains(rec.Header().Get("Access-Control-Expose-Headers"), "Ntm-Warning") {
		t.Errorf("POST /evaluate: status %d, header %v", rec.Code, rec.Header())
	}
	for _, target := range []string{"/evaluate?lang=xx", "/nope"} {
		rec = corsRequest(t, h, http.MethodPost, target, "[]", "Origin", site)
		if rec.Code < 400 || rec.Header().Get("Access-Control-Allow-Origin") != site {
			t.Errorf("POST %s: status %d, header %v", target, rec.Code, rec.Header())
		}
	}
	// Another origin, or a request without Origin, gets no CORS field
	// but Vary: Origin; its preflight is a 405 as without the option.
	for _, hd := range [][]string{{"Origin", "https://evil.example"}, {}} {
		rec = corsRequest(t, h, http.MethodGet, "/sets", "", hd...)
		if rec.Code != http.StatusOK || rec.Header().Get("Access-Control-Allow-Origin") != "" || !slices.Contains(rec.Header().Values("Vary"), "Origin") {
			t.Errorf("GET /sets with %v: status %d, header %v", hd, rec.Code, rec.Header())
		}
	}
	rec = corsRequest(t, h, http.MethodOptions, "/evaluate", "", "Origin", "https://evil.example", "Access-Control-Request-Method", "POST")
	if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("preflight from another origin: status %d, header %v", rec.Code, rec.Header())
	}
	// OPTIONS that is no preflight stays a 405.
	rec = corsRequest(t, h, http.MethodOptions, "/evaluate", "", "Origin", site)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("OPTIONS without Access-Control-Request-Method: status %d, want 405", rec.Code)
	}
}

// TestCORSAnyOrigin: "*" allows every origin, answered "*".
func TestCORSAnyOrigin(t *testing.T) {
	h := NewHandler(quiet(Options{CORSOrigins: []string{"*"}}))
	rec := corsRequest(t, h, http.MethodGet, "/sets", "", "Origin", "http://localhost:5173")
	if rec.Header().Get("Access-Control-Allow-Origin") != "*" || slices.Contains(rec.Header().Values("Vary"), "Origin") {
		t.Errorf("header %v", rec.Header())
	}
	if rec := corsRequest(t, h, http.MethodGet, "/sets", ""); rec.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("without Origin: header %v", rec.Header())
	}
}

// TestACORSEntryThatIsNoOriginIsLogged: an entry of Options.CORSOrigins
// that is no origin is logged, not silently dropped.
func TestACORSEntryThatIsNoOriginIsLogged(t *testing.T) {
	var log bytes.Buffer
	h := NewHandler(Options{CORSOrigins: []string{"nhaplieu.example.vn", "https://nhaplieu.example.vn/form"}, Logger: slog.New(slog.NewTextHandler(&log, nil))})
	for _, e := range []string{"nhaplieu.example.vn", "https://nhaplieu.example.vn/form"} {
		if !strings.Contains(log.String(), "not an origin") || !strings.Contains(log.String(), e) {
			t.Errorf("log %q does not name %q", log.String(), e)
		}
	}
	rec := corsRequest(t, h, http.MethodGet, "/sets", "", "Origin", "https://nhaplieu.example.vn")
	if rec.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("header %v", rec.Header())
	}
}

// TestAcceptChoosesTheFormatOfEvaluate: without format=, the Accept header
// chooses the format of a 200 POST /evaluate answer among its four media
// types (RFC 9110: weights, the most specific range, JSON first among
// equals); format= wins over it; an Accept that admits none is 406
// not-acceptable in JSON.
func TestAcceptChoosesTheFormatOfEvaluate(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	body := readTestdata(t, "assessments.json")
	as := decodeJSON(t, body)
	for _, tc := range []struct{ target, accept, format string }{
		{"/evaluate", "", "json"},
		{"/evaluate", "*/*", "json"},
		{"/evaluate", "application/json", "json"},
		{"/evaluate", "application/json, text/csv, text/markdown, text/plain", "json"},
		{"/evaluate", "text/csv", "csv"},
		{"/evaluate", "text/csv; charset=utf-8", "csv"},
		{"/evaluate", "text/markdown", "markdown"},
		{"/evaluate", "text/plain", "text"},
		{"/evaluate", "text/plain;q=0.5, text/markdown;q=0.9, application/json;q=0.1", "markdown"},
		{"/evaluate", "text/*", "csv"},
		{"/evaluate", "text/*, text/csv;q=0", "markdown"},
		{"/evaluate", "application/json;q=0, */*", "csv"},
		{"/evaluate", "text/html, */*;q=0.8", "json"},
		{"/evaluate", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "json"},
		{"/evaluate", "nonsense", "json"},
		// format= wins over Accept.
		{"/evaluate?format=csv", "application/json", "csv"},
		{"/evaluate?format=json", "text/html", "json"},
		{"/evaluate?format=text", "text/csv", "text"},
	} {
		sep := "?"
		if strings.Contains(tc.target, "?") {
			sep = "&"
		}
		req := httptest.NewRequest(http.MethodPost, tc.target+sep+"lang=en", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if tc.accept != "" {
			req.Header.Set("Accept", tc.accept)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Errorf("%s Accept %q: status %d\n%.300s", tc.target, tc.accept, rec.Code, rec.Body)
			continue
		}
		if got := rec.Header().Get("Content-Type"); got != contentTypes[tc.format] {
			t.Errorf("%s Accept %q: Content-Type %q, want %q", tc.target, tc.accept, got, contentTypes[tc.format])
		}
		if got, w := rec.Body.String(), want(t, as, tc.format, "en"); got != w {
			t.Errorf("%s Accept %q: body differs from ntm eval's %s", tc.target, tc.accept, tc.format)
		}
		if !slices.Contains(rec.Header().Values("Vary"), "Accept") {
			t.Errorf("%s Accept %q: no Vary: Accept", tc.target, tc.accept)
		}
	}
	for _, accept := range []string{"text/html", "application/json;q=0", "application/problem+json", "text/csv;q=0, text/markdown;q=0, text/plain;q=0, application/json;q=0"} {
		for _, lang := range []string{"vi", "en"} {
			rec := corsRequest(t, h, http.MethodPost, "/evaluate?lang="+lang, body, "Content-Type", "application/json", "Accept", accept)
			if rec.Code != http.StatusNotAcceptable || rec.Header().Get("Content-Type") != "application/json; charset=utf-8" {
				t.Fatalf("Accept %q: status %d, Content-Type %q, want 406 in JSON\n%.300s", accept, rec.Code, rec.Header().Get("Content-Type"), rec.Body)
			}
			ps := decodeProblems(t, rec)
			if len(ps) != 1 || ps[0]["code"] != "not-acceptable" || ps[0]["input"] != accept || !strings.Contains(ps[0]["message"].(string), "format=json|csv|markdown|text") ||
				!strings.Contains(ps[0]["message"].(string), "text/markdown") {
				t.Errorf("Accept %q lang=%s: problems %v", accept, lang, ps)
			}
			if w := untranslated.Words(ps[0]["message"].(string), accept); lang == "vi" && len(w) > 0 {
				t.Errorf("English words %q in %q", w, ps[0]["message"])
			}
		}
	}
	// Problems stay JSON whatever Accept asks for.
	rec := corsRequest(t, h, http.MethodPost, "/evaluate", "[]", "Content-Type", "application/json", "Accept", "text/csv")
	if rec.Code != http.StatusBadRequest || rec.Header().Get("Content-Type") != "application/json; charset=utf-8" {
		t.Errorf("a 400 with Accept text/csv: status %d, Content-Type %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	// The other routes have one representation and do not read Accept.
	for _, target := range []string{"/healthz", "/sets", "/sets/1980", "/openapi.json"} {
		if rec := corsRequest(t, h, http.MethodGet, target, "", "Accept", "text/html"); rec.Code != http.StatusOK {
			t.Errorf("GET %s Accept text/html: status %d", target, rec.Code)
		}
	}
	if rec := corsRequest(t, h, http.MethodPost, "/plans/status?as_of=2020-12-31", planBody(t), "Accept", "text/html"); rec.Code != http.StatusOK {
		t.Errorf("POST /plans/status Accept text/html: status %d\n%.300s", rec.Code, rec.Body)
	}
}

// setIDs returns the IDs of a 200 GET /sets answer.
func setIDs(t *testing.T, rec *httptest.ResponseRecorder) []string {
	t.Helper()
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d\n%.300s", rec.Code, rec.Body)
	}
	var list []struct{ ID string }
	if err := json.Unmarshal(rec.Body.Bytes(), &list); err != nil {
		t.Fatal(err)
	}
	ids := []string{}
	for _, s := range list {
		ids = append(ids, s.ID)
	}
	return ids
}

// TestSetsOfAYearAreThoseInForce: GET /sets?year= lists the sets in force
// on some day of that year (1980/QĐ-TTg from 01/12/2016 to 2020, 933/QĐ-UBND
// from 22/05/2018 to 2020, 51/2025/QĐ-TTg from 15/02/2026), each entry as
// without year=; a year that is no whole number, or outside 1-9999, is a
// 400 naming the parameter and quoting it.
func TestSetsOfAYearAreThoseInForce(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for year, want := range map[string][]string{
		"2015": {},
		"2016": {"1980/QĐ-TTg"},
		"2018": {"1980/QĐ-TTg", "933/QĐ-UBND"},
		"2020": {"1980/QĐ-TTg", "933/QĐ-UBND"},
		"2026": {"51/2025/QĐ-TTg"},
	} {
		if diff := cmp.Diff(want, setIDs(t, do(t, h, http.MethodGet, "/sets?year="+year, "", ""))); diff != "" {
			t.Errorf("year=%s (-want +got):\n%s", year, diff)
		}
	}
	all := do(t, h, http.MethodGet, "/sets", "", "").Body.String()
	for y := 2010; y <= 2035; y++ {
		var want []string
		for _, s := range criteria.Builtin().InForce(time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC)) {
			want = append(want, s.ID)
		}
		rec := do(t, h, http.MethodGet, fmt.Sprintf("/sets?year=%d&lang=en", y), "", "")
		got := setIDs(t, rec)
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("year=%d (-want +got):\n%s", y, diff)
		}
		// Each entry is that of GET /sets.
		var entries []json.RawMessage
		json.Unmarshal(rec.Body.Bytes(), &entries)
		for _, e := range entries {
			var compact bytes.Buffer
			json.Compact(&compact, e)
			var allCompact bytes.Buffer
			json.Compact(&allCompact, []byte(all))
			if !bytes.Contains(allCompact.Bytes(), compact.Bytes()) {
				t.Errorf("year=%d: entry %s is not one of GET /sets", y, e)
			}
		}
	}
	for _, tc := range []struct{ year, code, msg string }{
		{"abc", "wrong-kind", "a year must be a whole number from 1 to 9999"},
		{"2020.5", "wrong-kind", "a year must be a whole number from 1 to 9999"},
		{"0", "out-of-range", "a year must be a whole number from 1 to 9999"},
		{"10000", "out-of-range", "a year must be a whole number from 1 to 9999"},
		{"-3", "out-of-range", "a year must be a whole number from 1 to 9999"},
	} {
		for _, lang := range []string{"en", "vi"} {
			rec := do(t, h, http.MethodGet, "/sets?lang="+lang+"&year="+url.QueryEscape(tc.year), "", "")
			ps := decodeProblems(t, rec)
			msg := tc.msg
			if lang == "vi" {
				msg = "năm phải là số nguyên từ 1 đến 9999"
			}
			if rec.Code != http.StatusBadRequest || len(ps) != 1 || ps[0]["code"] != tc.code || ps[0]["file"] != "query" ||
				ps[0]["path"] != "year" || ps[0]["input"] != tc.year || ps[0]["message"] != msg {
				t.Errorf("year=%s lang=%s: status %d, problems %v", tc.year, lang, rec.Code, ps)
			}
		}
	}
	rec := do(t, h, http.MethodGet, "/sets?year=2020&year=2021", "", "")
	if ps := decodeProblems(t, rec); rec.Code != http.StatusBadRequest || len(ps) != 1 || ps[0]["code"] != "duplicate-key" || ps[0]["path"] != "year" {
		t.Errorf("year given twice: status %d, problems %v", rec.Code, ps)
	}
}
