package httpapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// servedDoc is the document GET /openapi.json answers, decoded.
func servedDoc(t *testing.T) map[string]any {
	t.Helper()
	rec := do(t, NewHandler(quiet(Options{})), http.MethodGet, "/openapi.json", "", "")
	var doc map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// pointer returns the value of doc at the JSON pointer ref ("#/a/b").
func pointer(doc any, ref string) (any, bool) {
	cur := doc
	for _, tok := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[tok]; !ok {
			return nil, false
		}
	}
	return cur, true
}

// escapeToken escapes s as a token of a JSON pointer.
func escapeToken(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// TestEveryAnswerIsDocumented sends requests that reach every status of
// every operation, as a client generated from GET /openapi.json sees them:
// each answer's status is one the operation documents (or default), its
// Content-Type one of that response's media types, its headers those the
// response names, its body valid against that media type's schema of the
// served document; and every documented status is reached.
func TestEveryAnswerIsDocumented(t *testing.T) {
	doc := servedDoc(t)
	const docURL = "https://example.com/openapi.json"
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	// A copy, as AddResource keeps the document it is given.
	raw, _ := json.Marshal(doc)
	res, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource(docURL, res); err != nil {
		t.Fatal(err)
	}

	good := readTestdata(t, "assessments.json")
	bad := `{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "101"}}}`
	one := `{"commune": {"name": "Nhật Tiến", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96"}}}`
	twice := "[" + one + "," + one + "]"
	h := NewHandler(quiet(Options{MaxBodyBytes: 64 << 10}))
	busy := NewHandler(quiet(Options{MaxInFlight: 1})).(*handler)
	entered, release := make(chan struct{}), make(chan struct{})
	busy.mux.HandleFunc("/block", func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
	})
	go busy.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/block", nil))
	<-entered
	defer close(release)
	huge := "[" + strings.Repeat(one+",", 1000) + one + "]"

	// ctype is the Content-Type, followed by "|CODING" for a
	// Content-Encoding or "^ACCEPT" for an Accept header.
	tests := []struct {
		method, target, ctype, body string
		busy                        bool
		status                      int
	}{
		{"GET", "/healthz", "", "", false, 200},
		{"HEAD", "/healthz", "", "", false, 200},
		{"POST", "/healthz", "", "", false, 405},
		{"GET", "/sets", "", "", false, 200},
		{"GET", "/sets?lang=en", "", "", false, 200},
		{"GET", "/sets?lang=fr", "", "", false, 400},
		{"GET", "/sets?year=2020", "", "", false, 200},
		{"GET", "/sets?year=2020x", "", "", false, 400},
		{"GET", "/sets", "", "", true, 503},
		{"DELETE", "/sets", "", "", false, 405},
		{"GET", "/sets/1980", "", "", false, 200},
		{"GET", "/sets/1980%2FQ%C4%90-TTg?region=DBSCL&year=2019&lang=en", "", "", false, 200},
		{"GET", "/sets/1980?region=T%C3%A2y%20Ninh", "", "", false, 200},
		{"GET", "/sets/933", "", "", false, 200},
		{"HEAD", "/sets/933", "", "", false, 200},
		{"HEAD", "/sets/nope", "", "", false, 404},
		{"HEAD", "/openapi.json", "", "", false, 200},
		{"HEAD", "/sets", "", "", false, 200},
		{"GET", "/sets/1980?year=x", "", "", false, 400},
		{"GET", "/sets/nope", "", "", false, 404},
		{"GET", "/sets/1980", "", "", true, 503},
		{"POST", "/sets/1980", "", "", false, 405},
		{"POST", "/evaluate", "application/json", good, false, 200},
		{"POST", "/evaluate?format=csv", "application/json", good, false, 200},
		{"POST", "/evaluate?format=markdown", "application/json", good, false, 200},
		{"POST", "/evaluate?format=text&lang=en", "application/json", good, false, 200},
		{"POST", "/evaluate", "text/csv", csvBody, false, 200},
		{"POST", "/evaluate", "application/json", twice, false, 200},
		{"POST", "/evaluate", "application/json", "[" + bad + "]", false, 400},
		{"POST", "/evaluate?set=nope", "application/json", good, false, 400},
		{"POST", "/evaluate", "application/json", huge, false, 413},
		{"POST", "/evaluate", "text/xml", "<a/>", false, 415},
		{"POST", "/evaluate", "application/json^text/csv", good, false, 200},
		{"POST", "/evaluate", "application/json^text/html", good, false, 406},
		{"POST", "/evaluate", "text/csv; charset=latin-9", csvBody, false, 415},
		{"POST", "/evaluate", "application/json", "[" + bad + "," + one + "]", false, 422},
		{"POST", "/evaluate", "application/json", twice + " x", false, 422},
		{"POST", "/evaluate", "application/json", good, true, 503},
		{"GET", "/evaluate", "", "", false, 405},
		{"POST", "/plans/status?as_of=2020-05-05", "application/json", planBody(t), false, 200},
		{"POST", "/plans/status?as_of=2020-05-05", "application/json", `{"plan": {"number": "1/KH"}, "assessments": ` + twice + `}`, false, 422},
		{"POST", "/plans/status?as_of=2020-5-5", "application/json", planBody(t), false, 400},
		{"POST", "/plans/status", "application/json", `{"plan": {"number": "1/KH"}, "x": "` + strings.Repeat("x", 64<<10) + `"}`, false, 413},
		{"POST", "/plans/status", "text/csv", "a", false, 415},
		{"POST", "/plans/status", "application/json|gzip", planBody(t), false, 415},
		{"POST", "/evaluate", "application/json|gzip", good, false, 415},
		{"POST", "/plans/status", "application/json", planBody(t), true, 503},
		{"GET", "/plans/status", "", "", false, 405},
		{"GET", "/openapi.json", "", "", false, 200},
		{"GET", "/openapi.json", "", "", true, 503},
		{"PUT", "/openapi.json", "", "", false, 405},
		// Unclean paths of every route.
		{"GET", "//healthz", "", "", false, 307},
		{"GET", "/sets/.?lang=en", "", "", false, 307},
		{"GET", "/sets/x/../1980%2FQ%C4%90-TTg", "", "", false, 307},
		{"POST", "/./evaluate?format=csv", "application/json", good, false, 307},
		{"POST", "/plans//status", "application/json", planBody(t), false, 307},
		{"GET", "/x/../openapi.json", "", "", false, 307},
	}
	reached := map[string]bool{}
	for _, tt := range tests {
		name := fmt.Sprintf("%s %s %s busy=%v", tt.method, tt.target, tt.ctype, tt.busy)
		t.Run(name, func(t *testing.T) {
			hh := h
			if tt.busy {
				hh = busy
			}
			var rec *httptest.ResponseRecorder
			if ctype, accept, ok := strings.Cut(tt.ctype, "^"); ok {
				req := httptest.NewRequest(tt.method, tt.target, strings.NewReader(tt.body))
				req.Header.Set("Content-Type", ctype)
				req.Header.Set("Accept", accept)
				rec = httptest.NewRecorder()
				hh.ServeHTTP(rec, req)
			} else if ctype, coding, ok := strings.Cut(tt.ctype, "|"); ok {
				req := httptest.NewRequest(tt.method, tt.target, strings.NewReader(tt.body))
				req.Header.Set("Content-Type", ctype)
				req.Header.Set("Content-Encoding", coding)
				rec = httptest.NewRecorder()
				hh.ServeHTTP(rec, req)
			} else {
				rec = do(t, hh, tt.method, tt.target, tt.ctype, tt.body)
			}
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d\n%.500s", rec.Code, tt.status, rec.Body)
			}
			p, _, _ := strings.Cut(tt.target, "?")
			p, _ = cleanPath(p)
			if strings.HasPrefix(p, "/sets/") {
				p = "/sets/{id}"
			}
			method := strings.ToLower(tt.method)
			if method == "head" {
				method = "get"
			}
			opRef := "#/paths/" + escapeToken(p) + "/" + method
			if _, ok := pointer(doc, opRef); !ok {
				if tt.status != http.StatusMethodNotAllowed {
					t.Fatalf("no operation %s", opRef)
				}
				// A method the path does not have: the default answer
				// of its operations.
				item, _ := pointer(doc, "#/paths/"+escapeToken(p))
				for m := range item.(map[string]any) {
					opRef = "#/paths/" + escapeToken(p) + "/" + m
				}
			}
			code := strconv.Itoa(rec.Code)
			respRef := opRef + "/responses/" + code
			resp, ok := pointer(doc, respRef)
			if ok {
				reached[respRef] = true
			} else if resp, ok = pointer(doc, opRef+"/responses/default"); ok {
				respRef = opRef + "/responses/default"
			} else {
				t.Fatalf("status %d not documented at %s", rec.Code, opRef)
			}
			if ref, ok := resp.(map[string]any)["$ref"].(string); ok {
				respRef = ref
				resp, _ = pointer(doc, ref)
			}
			for _, hdr := range []string{"Allow", "Retry-After", "Ntm-Warning", "Location", "Accept-Encoding"} {
				if rec.Header().Get(hdr) == "" {
					continue
				}
				if _, ok := pointer(resp, "#/headers/"+hdr); !ok {
					t.Errorf("header %s: %q not documented in %s", hdr, rec.Header().Get(hdr), respRef)
				}
			}
			if headers, ok := pointer(resp, "#/headers"); ok {
				for name, hdr := range headers.(map[string]any) {
					if req, _ := hdr.(map[string]any)["required"].(bool); req && rec.Header().Get(name) == "" {
						t.Errorf("no header %s, which %s requires", name, respRef)
					}
				}
			}
			if _, ok := pointer(resp, "#/content"); !ok && rec.Body.Len() == 0 {
				return // a documented answer without content
			}
			if tt.method == "HEAD" {
				return
			}
			media, params, err := mime.ParseMediaType(rec.Header().Get("Content-Type"))
			if err != nil || params["charset"] != "utf-8" {
				t.Errorf("Content-Type %q, want a media type with charset=utf-8", rec.Header().Get("Content-Type"))
			}
			content, _ := pointer(resp, "#/content")
			mt, ok := content.(map[string]any)[media]
			if !ok {
				t.Fatalf("media type %s not documented in %s", media, respRef)
			}
			s := mt.(map[string]any)["schema"].(map[string]any)
			if ty, _ := s["type"].(string); ty == "string" {
				return
			}
			var sref string
			if r, ok := s["$ref"].(string); ok && len(s) == 1 {
				sref = r
			} else {
				sref = respRef + "/content/" + escapeToken(media) + "/schema"
			}
			sch, err := c.Compile(docURL + sref)
			if err != nil {
				t.Fatal(err)
			}
			body, err := jsonschema.UnmarshalJSON(bytes.NewReader(rec.Body.Bytes()))
			if err != nil {
				t.Fatalf("not JSON: %v\n%.300s", err, rec.Body)
			}
			if err := sch.Validate(body); err != nil {
				t.Errorf("against %s: %v\n%.1000s", sref, err, rec.Body)
			}
		})
	}
	// Every documented status is reached.
	var missed []string
	for p, item := range doc["paths"].(map[string]any) {
		for m, op := range item.(map[string]any) {
			for code := range op.(map[string]any)["responses"].(map[string]any) {
				ref := "#/paths/" + escapeToken(p) + "/" + m + "/responses/" + code
				if code != "default" && !reached[ref] {
					missed = append(missed, ref)
				}
			}
		}
	}
	slices.Sort(missed)
	if len(missed) > 0 {
		t.Errorf("documented statuses no request reached:\n%s", strings.Join(missed, "\n"))
	}
}

// TestTheNtmWarningExampleIsTrue: the example of the Ntm-Warning header in
// the OpenAPI document is what POST /evaluate answers for a commune
// assessed twice, the second time without diacritics.
func TestTheNtmWarningExampleIsTrue(t *testing.T) {
	doc := servedDoc(t)
	desc, ok := pointer(doc, "#/paths/~1evaluate/post/responses/200/headers/Ntm-Warning/description")
	if !ok {
		t.Fatal("no Ntm-Warning header documented")
	}
	_, rest, _ := strings.Cut(desc.(string), `("`)
	example, _, ok := strings.Cut(rest, `, …")`)
	if !ok {
		t.Fatalf("no example (\"…, …\") in %q", desc)
	}
	example = strings.ReplaceAll(example, `\"`, `"`)
	body := `[{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96"}}},` +
		"\n\n\n\n" + `{"commune": {"name": "Hoa Lac", "district": "Huu Lung", "province": "Lang Son"}, "year": 2020, "sets": {"1980": {"4.2": "96"}}}]`
	rec := do(t, NewHandler(quiet(Options{})), http.MethodPost, "/evaluate", "application/json", body)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d\n%.500s", rec.Code, rec.Body)
	}
	fields := rec.Header().Values("Ntm-Warning")
	if len(fields) != 1 {
		t.Fatalf("Ntm-Warning %q, want one field", fields)
	}
	got, err := url.PathUnescape(fields[0])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got, example+", ") {
		t.Errorf("Ntm-Warning %q,\nwant the example %q, …", got, example)
	}
}

// TestTheQueryParametersAreThoseDocumented: each operation takes exactly
// the query parameters the OpenAPI document gives it, as its answer to an
// unknown one lists them.
func TestTheQueryParametersAreThoseDocumented(t *testing.T) {
	doc := servedDoc(t)
	h := NewHandler(quiet(Options{}))
	for p, item := range doc["paths"].(map[string]any) {
		for m, op := range item.(map[string]any) {
			var documented []string
			params, _ := op.(map[string]any)["parameters"].([]any)
			for _, prm := range params {
				pm := prm.(map[string]any)
				if ref, ok := pm["$ref"].(string); ok {
					x, _ := pointer(doc, ref)
					pm = x.(map[string]any)
				}
				if pm["in"] == "query" {
					documented = append(documented, pm["name"].(string))
				}
			}
			target := strings.ReplaceAll(p, "{id}", "1980") + "?zz=1&lang=en"
			rec := do(t, h, strings.ToUpper(m), target, "application/json", "{}")
			var taken []string
			if rec.Code == http.StatusBadRequest {
				ps := decodeProblems(t, rec)
				msg, _ := ps[0]["message"].(string)
				list, ok := strings.CutPrefix(msg, "unknown query parameter (allowed: ")
				if !ok {
					t.Errorf("%s %s: %v", m, target, ps)
					continue
				}
				taken = strings.Split(strings.TrimSuffix(list, ")"), ", ")
			}
			slices.Sort(taken)
			slices.Sort(documented)
			if !slices.Equal(taken, documented) {
				t.Errorf("%s %s takes %q, documents %q", m, p, taken, documented)
			}
		}
	}
}

// TestA400OfTheQueryIsDescribed: the 400 answer of each POST route, whose
// description says what it holds, names the problems of the query, which
// it answers too.
func TestA400OfTheQueryIsDescribed(t *testing.T) {
	doc := servedDoc(t)
	h := NewHandler(quiet(Options{}))
	for _, target := range []string{"/evaluate?lang=fr", "/plans/status?as_of=x"} {
		rec := do(t, h, http.MethodPost, target, "application/json", "{}")
		if ps := decodeProblems(t, rec); rec.Code != http.StatusBadRequest || len(ps) != 1 || ps[0]["file"] != "query" {
			t.Fatalf("%s: %d %v", target, rec.Code, ps)
		}
		p, _, _ := strings.Cut(target, "?")
		desc, _ := pointer(doc, "#/paths/"+escapeToken(p)+"/post/responses/400/description")
		if d, _ := desc.(string); !strings.Contains(d, "a query parameter is not taken, given twice or of the wrong form") {
			t.Errorf("the 400 of POST %s does not describe the problems of the query: %q", p, d)
		}
	}
}

// TestEveryParameterHasAType: a client generated from the document types
// each query and path parameter, and the code of a problem (an enum alone
// is typed "any" by generators).
func TestEveryParameterHasAType(t *testing.T) {
	doc := servedDoc(t)
	if ty, _ := pointer(doc, "#/components/schemas/ProblemCode/type"); ty != "string" {
		t.Errorf("components.schemas.ProblemCode has type %v, want string", ty)
	}
	for p, item := range doc["paths"].(map[string]any) {
		for m, op := range item.(map[string]any) {
			params, _ := op.(map[string]any)["parameters"].([]any)
			for _, prm := range params {
				pm := prm.(map[string]any)
				if ref, ok := pm["$ref"].(string); ok {
					x, _ := pointer(doc, ref)
					pm = x.(map[string]any)
				}
				s, _ := pm["schema"].(map[string]any)
				if _, ok := s["type"].(string); !ok {
					t.Errorf("%s %s: parameter %s has no type: %v", m, p, pm["name"], s)
				}
			}
		}
	}
}
