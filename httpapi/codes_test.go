package httpapi

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/problem"
)

// A set ID that names two sets of the catalog (two decisions numbered
// 933) is a 400 ambiguous-set wherever a request names a set, with the
// catalog's message naming both.
func TestAnAmbiguousSetIDIsA400AmbiguousSet(t *testing.T) {
	cat := criteria.Builtin()
	s := criteria.QD933()
	s.ID = "933/QĐ-X"
	if err := cat.Add(s); err != nil {
		t.Fatal(err)
	}
	h := NewHandler(quiet(Options{Catalog: cat}))
	const msg = `set ID "933" is ambiguous: 933/QĐ-UBND or 933/QĐ-X`
	for _, tc := range []struct {
		name, method, target, body string
		want                       where
	}{
		{"GET /sets/{id}", http.MethodGet, "/sets/933?lang=en", "", where{"ambiguous-set", "request", "id", "933"}},
		{"set= of POST /evaluate", http.MethodPost, "/evaluate?set=933&lang=en", "[]", where{"ambiguous-set", "query", "set", "933"}},
		{"a set of an assessment", http.MethodPost, "/evaluate?lang=en",
			`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"933": {"1": true}}}`,
			where{"ambiguous-set", "request", `sets["933"]`, "933"}},
		{"the set of a plan's target", http.MethodPost, "/plans/status?lang=en",
			`{"plan": {"number": "1/KH", "targets": [{"commune": {"name": "Hòa Lạc"}, "set": "933", "year": 2020}]}}`,
			where{"ambiguous-set", "plan", "targets[0].set", "933"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(t, h, tc.method, tc.target, "application/json", tc.body)
			if rec.Code != http.StatusBadRequest {
				t.Errorf("status %d, want 400; body:\n%s", rec.Code, rec.Body)
			}
			if diff := cmp.Diff([]where{tc.want}, problemsOf(t, rec)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if ms := messagesOf(t, rec); len(ms) != 1 || ms[0].Message != msg {
				t.Errorf("problems %+v, want the message %q", ms, msg)
			}
		})
	}
}

// The codes are documented where clients read them, each list equal to
// problem.Codes(): docs/formats.md (a table row per code), the problem
// JSON Schema and the OpenAPI document (an enum on the problem's code).
func TestEveryProblemCodeIsDocumented(t *testing.T) {
	var want []string
	for _, c := range problem.Codes() {
		want = append(want, string(c))
	}

	section := httpSection(t)
	var inDocs []string
	for _, m := range regexp.MustCompile("(?m)^\\| `([a-z-]+)` \\|").FindAllStringSubmatch(section, -1) {
		inDocs = append(inDocs, m[1])
	}
	if diff := cmp.Diff(want, inDocs); diff != "" {
		t.Errorf("the codes of docs/formats.md (-problem.Codes +docs):\n%s", diff)
	}

	b, err := os.ReadFile(filepath.Join("..", "docs", "schema", "problem.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var sch struct {
		Defs struct {
			Problem struct {
				Properties struct {
					Code struct {
						Enum []string `json:"enum"`
					} `json:"code"`
				} `json:"properties"`
			} `json:"problem"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(b, &sch); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, sch.Defs.Problem.Properties.Code.Enum); diff != "" {
		t.Errorf("the codes of problem.schema.json (-problem.Codes +schema):\n%s", diff)
	}

	rec := do(t, NewHandler(quiet(Options{})), http.MethodGet, "/openapi.json", "", "")
	var doc struct {
		Components struct {
			Schemas map[string]struct {
				Enum []string `json:"enum"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, doc.Components.Schemas["ProblemCode"].Enum); diff != "" {
		t.Errorf("the codes of openapi.json, components.schemas.ProblemCode (-problem.Codes +OpenAPI):\n%s", diff)
	}
}

// Every kind of error answer validates against the OpenAPI document's
// Problems, whose code is the enum ProblemCode: a code missing there would
// fail.
func TestErrorAnswersValidateAgainstTheOpenAPIDocument(t *testing.T) {
	cat := criteria.Builtin()
	s := criteria.QD933()
	s.ID = "933/QĐ-X"
	if err := cat.Add(s); err != nil {
		t.Fatal(err)
	}
	h := NewHandler(quiet(Options{Catalog: cat}))
	problems := schema(t, "openapi.json#/components/schemas/Problems")
	seen := map[string]bool{}
	for _, tc := range []struct{ method, target, ctype, body string }{
		{http.MethodGet, "/nowhere", "", ""},
		{http.MethodGet, "/evaluate", "", ""},
		{http.MethodPost, "/evaluate", "application/xml", "<a/>"},
		{http.MethodPost, "/evaluate", "text/csv; charset=latin1", csvBody},
		{http.MethodGet, "/sets/933", "", ""},
		{http.MethodGet, "/sets/999", "", ""},
		{http.MethodGet, "/sets/1980?year=x&region=Atlantis&lang=en", "", ""},
		{http.MethodPost, "/plans/status?as_of=0000-01-01", "application/json", "{}"},
		{http.MethodPost, "/plans/status", "application/json", `{"plan": {"number": "1/KH", "inspection": {"window": {"from": "2020-04-01"}}}}`},
	} {
		rec := do(t, h, tc.method, tc.target, tc.ctype, tc.body)
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(rec.Body.Bytes()))
		if err != nil {
			t.Fatalf("%s %s: not JSON: %v\n%.500s", tc.method, tc.target, err, rec.Body)
		}
		if err := problems.Validate(doc); err != nil {
			t.Errorf("%s %s (%d): against the OpenAPI document's Problems: %v\n%.1000s", tc.method, tc.target, rec.Code, err, rec.Body)
		}
		for _, w := range problemsOf(t, rec) {
			seen[w.Code] = true
		}
	}
	for _, c := range []string{"not-found", "method-not-allowed", "unsupported-media-type", "encoding", "ambiguous-set", "unknown-set",
		"wrong-kind", "region-mismatch", "out-of-range", "missing-field"} {
		if !seen[c] {
			t.Errorf("no answer of code %s was checked", c)
		}
	}
}

// formatsMD returns docs/formats.md.
func formatsMD(t *testing.T) string {
	t.Helper()
	formats, err := os.ReadFile(filepath.Join("..", "docs", "formats.md"))
	if err != nil {
		t.Fatal(err)
	}
	return string(formats)
}

// httpSection returns the section "HTTP API and problems" of
// docs/formats.md, without its heading.
func httpSection(t *testing.T) string {
	t.Helper()
	_, section, ok := strings.Cut(formatsMD(t), "\n## HTTP API and problems\n")
	if !ok {
		t.Fatal(`docs/formats.md has no section "HTTP API and problems"`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	return section
}

// A header cell of a wide table that is no indicator of the set given by
// set= is a problem naming its column (the header text), as a value's
// problem does: the formats specification ("Unknown codes are errors
// naming the column").
func TestAnUnknownCodeColumnOfAWideTableNamesItsColumn(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	const body = "Tỉnh,Huyện,Xã,Năm,1.1,17.9 Không có\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,đạt,1\n"
	rec := do(t, h, http.MethodPost, "/evaluate?set=1980&lang=en", "text/csv", body)
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("status %d, want 400; body:\n%s", rec.Code, rec.Body)
	}
	_, ps := partialOf(t, rec)
	if len(ps) == 0 || ps[0].Code != problem.UnknownIndicator || ps[0].Column != "17.9 Không có" || ps[0].Line != 1 {
		t.Errorf("first problem %+v, want unknown-indicator at line 1, column %q", ps, "17.9 Không có")
	}
}

// A set ID that names no set is a 400 unknown-set wherever a POST request
// names it (the spec's route table gives POST /evaluate and POST
// /plans/status no 404; a 404 is GET /sets/{id}'s, a resource missing).
func TestAnUnknownSetOfAPOSTIsA400UnknownSet(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for _, tc := range []struct {
		name, target, body string
		want               where
	}{
		{"set= of POST /evaluate", "/evaluate?set=bogus", "[]", where{"unknown-set", "query", "set", "bogus"}},
		{"set= of POST /evaluate with a body", "/evaluate?set=bogus",
			`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1": true}}}`,
			where{"unknown-set", "query", "set", "bogus"}},
		{"a set of an assessment", "/evaluate",
			`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"bogus": {"1": true}}}`,
			where{"unknown-set", "request", `sets["bogus"]`, "bogus"}},
		{"the set of a plan's target", "/plans/status",
			`{"plan": {"number": "1/KH", "targets": [{"commune": {"name": "Hòa Lạc"}, "set": "bogus", "year": 2020}]}}`,
			where{"unknown-set", "plan", "targets[0].set", "bogus"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(t, h, http.MethodPost, tc.target, "application/json", tc.body)
			if rec.Code != http.StatusBadRequest {
				t.Errorf("status %d, want 400; body:\n%s", rec.Code, rec.Body)
			}
			if diff := cmp.Diff([]where{tc.want}, problemsOf(t, rec)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}
