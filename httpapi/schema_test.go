package httpapi

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaBase is the prefix of the $id of every schema of docs/schema.
const schemaBase = "https://github.com/nongthonmoi/ntm/docs/schema/"

var (
	schemaOnce sync.Once
	compiler   *jsonschema.Compiler
	schemaErr  error
)

// openAPIID is where schema finds the OpenAPI document of the API.
const openAPIID = "https://github.com/nongthonmoi/ntm/httpapi/openapi.json"

// schema compiles the schema of docs/schema named by ref ("report.schema.json",
// "problem.schema.json#/$defs/body"), or of the OpenAPI document
// ("openapi.json#/components/schemas/Problems").
func schema(t *testing.T, ref string) *jsonschema.Schema {
	t.Helper()
	schemaOnce.Do(func() {
		names, err := filepath.Glob(filepath.Join("..", "docs", "schema", "*.schema.json"))
		if err != nil || len(names) == 0 {
			schemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		c.AssertFormat()
		for _, name := range names {
			f, err := os.Open(name)
			if err != nil {
				schemaErr = err
				return
			}
			doc, err := jsonschema.UnmarshalJSON(f)
			f.Close()
			if err != nil {
				schemaErr = err
				return
			}
			if err := c.AddResource(schemaBase+filepath.Base(name), doc); err != nil {
				schemaErr = err
				return
			}
		}
		// The OpenAPI document, whose components.schemas are JSON Schemas
		// (its jsonSchemaDialect is draft 2020-12).
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(openAPI))
		if err == nil {
			err = c.AddResource(openAPIID, doc)
		}
		if err != nil {
			schemaErr = err
			return
		}
		compiler = c
	})
	if schemaErr != nil || compiler == nil {
		t.Fatalf("compiling docs/schema: %v", schemaErr)
	}
	url := schemaBase + ref
	if rest, ok := strings.CutPrefix(ref, "openapi.json"); ok {
		url = openAPIID + rest
	}
	s, err := compiler.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAnswersValidateAgainstTheSchemas(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	bad := `{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "101", "5": {"numerator": 2, "denominator": 0}}}}`
	good := `{"commune": {"name": "Nhật Tiến", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96"}}}`
	long := strings.Repeat("9", 500)
	tests := []struct {
		name, method, target, ctype, body string
		status                            int
		schema                            string
	}{
		{"the reports of POST /evaluate are a report array", http.MethodPost, "/evaluate", "application/json", readTestdata(t, "assessments.json"),
			http.StatusOK, "report.schema.json"},
		{"the reports of a CSV body are a report array", http.MethodPost, "/evaluate?lang=en", "text/csv", csvBody,
			http.StatusOK, "report.schema.json"},
		{"a 422 is reports and problems", http.MethodPost, "/evaluate", "application/json", "[" + bad + "," + good + "]",
			http.StatusUnprocessableEntity, "problem.schema.json#/$defs/partial"},
		{"a 400 is problems", http.MethodPost, "/evaluate", "application/json", "[" + bad + "]",
			http.StatusBadRequest, "problem.schema.json#/$defs/body"},
		{"a problem with a long input says its size", http.MethodPost, "/evaluate", "application/json",
			`{"commune": {"name": "X", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "` + long + `"}}}`,
			http.StatusBadRequest, "problem.schema.json#/$defs/body"},
		{"a CSV 422 is reports and problems", http.MethodPost, "/evaluate", "text/csv",
			csvBody + "Lạng Sơn,Hữu Lũng,Tân Thành,TDMNPB,2020,1980/QĐ-TTg,4.2,101,,,,\n",
			http.StatusUnprocessableEntity, "problem.schema.json#/$defs/partial"},
		{"a CSV 422 with a total row is reports, problems and notes", http.MethodPost, "/evaluate", "text/csv", notesTable,
			http.StatusUnprocessableEntity, "problem.schema.json#/$defs/partial"},
		{"a CSV 400 with a heading row is problems and notes", http.MethodPost, "/evaluate", "text/csv",
			strings.Join(strings.Split(notesTable, "\n")[:3], "\n") + "\n", http.StatusBadRequest, "problem.schema.json#/$defs/body"},
		{"a 404 is problems", http.MethodGet, "/sets/999", "", "", http.StatusNotFound, "problem.schema.json#/$defs/body"},
		{"a 405 is problems", http.MethodGet, "/evaluate", "", "", http.StatusMethodNotAllowed, "problem.schema.json#/$defs/body"},
		{"a 415 is problems", http.MethodPost, "/evaluate", "text/xml", "<a/>", http.StatusUnsupportedMediaType, "problem.schema.json#/$defs/body"},
		{"a set is a set definition", http.MethodGet, "/sets/933", "", "", http.StatusOK, "set.schema.json"},
		{"a set for a region is a set definition", http.MethodGet, "/sets/1980?region=DBSCL&year=2019", "", "", http.StatusOK, "set.schema.json"},
		{"a plan status is a plan status", http.MethodPost, "/plans/status?as_of=2020-05-05", "application/json", planBody(t),
			http.StatusOK, "plan-status.schema.json"},
		{"the status of a plan with its number only is a plan status", http.MethodPost, "/plans/status?as_of=2020-05-05", "application/json",
			`{"plan": {"number": "1/KH", "inspection": null}}`, http.StatusOK, "plan-status.schema.json"},
		{"a bad plan is problems", http.MethodPost, "/plans/status", "application/json", `{"plan": {"number": 1}}`,
			http.StatusBadRequest, "problem.schema.json#/$defs/body"},
		{"a plan status with some assessments not read is a status and problems", http.MethodPost, "/plans/status?as_of=2020-05-05", "application/json",
			`{"plan": {"number": "1/KH"}, "assessments": [` + good + "," + bad + `]}`,
			http.StatusUnprocessableEntity, "problem.schema.json#/$defs/partial-status"},
		{"a body that evaluates nothing is problems", http.MethodPost, "/evaluate", "application/json", "[]",
			http.StatusBadRequest, "problem.schema.json#/$defs/body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, tt.method, tt.target, tt.ctype, tt.body)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d; body:\n%.500s", rec.Code, tt.status, rec.Body)
			}
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(rec.Body.Bytes()))
			if err != nil {
				t.Fatalf("not JSON: %v\n%.500s", err, rec.Body)
			}
			if err := schema(t, tt.schema).Validate(doc); err != nil {
				t.Errorf("against %s: %v\n%.1000s", tt.schema, err, rec.Body)
			}
		})
	}
}
