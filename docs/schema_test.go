package docs_test

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaBase is the prefix of the $id of every schema in schema/.
const schemaBase = "https://github.com/nongthonmoi/ntm/docs/schema/"

// Formats a JSON file of the repository can be classified as. Each names a
// schema of schema/ (or a fragment of one), or says how to pick the parts
// of the file to validate.
const (
	fAssessment    = "assessment.schema.json"
	fAssessmentCSV = "assessment-csv" // the long (or, with the tables issue, wide) CSV form: no schema, read by the reader
	fReport        = "report.schema.json"
	fSet           = "set.schema.json"
	fSets          = "sets" // one set definition or an array of them (what --sets-from reads)
	fPlan          = "plan.schema.json"
	fPlanStatus    = "plan-status.schema.json"
	fSummary       = "summary.schema.json"
	fProgress      = "progress.schema.json"
	fUnits         = "units.schema.json"
	fProblem       = "problem.schema.json"
	fSchema        = "schema"  // a JSON Schema of schema/: compiled against the 2020-12 metaschema
	fHuulung       = "huulung" // examples/huulung's JSON runs: {"note", "reports", "plan_status"}; the second act adds "reports_2026" and "estimates" (reports) with notes
	fOther         = "other"   // well-formed JSON of no format of docs/formats.md (an OpenAPI document, say)
)

// jsonFiles classifies every JSON file of the repository (paths from its
// root, slash-separated, path.Match patterns) by format. A golden file that
// holds a command's exit status and standard output ("exit: 0\n--- stdout\n")
// is validated on its standard output.
//
// A new JSON file must be added here: the test fails naming it.
// Input formats are also read by their real reader (see readers), with the
// built-in sets plus those of setsFrom.
var jsonFiles = []struct {
	pattern, format string
	invalid         bool   // a deliberately invalid input: the schema or the reader must reject it
	setsFrom        string // set definitions the input is meant to be read with (--sets-from)
}{
	{"docs/schema/*.schema.json", fSchema, false, ""},

	{"criteria/testdata/933-test-fixture.json", fSet, false, ""},
	{"criteria/testdata/51-2025-test-fixture.json", fSet, false, ""},
	{"evaluate/testdata/51-2025-test-fixture.json", fSet, false, ""},

	{"evaluate/testdata/input/communes.json", fAssessment, false, ""},
	{"evaluate/testdata/golden/reports.*.json", fReport, false, ""},
	{"evaluate/testdata/golden/summary.*.json", fSummary, false, ""},

	{"plan/testdata/minh-hoa-huulung-2020.json", fAssessment, false, ""},
	{"plan/testdata/golden/plan47-*.json", fPlanStatus, false, ""},
	{"plan/testdata/golden/minimal-*.json", fPlanStatus, false, ""},

	{"cmd/ntm/testdata/criteria-*.json", fSets, false, ""},
	{"cmd/ntm/testdata/eval/hoalac.json", fAssessment, false, ""},
	{"cmd/ntm/testdata/eval/huulung.json", fAssessment, false, ""},
	{"cmd/ntm/testdata/eval/set-from-fixture.json", fAssessment, false, "cmd/ntm/testdata/criteria-933-test-fixture.json"},
	{"cmd/ntm/testdata/eval/mixed.json", fAssessment, true, ""},
	{"cmd/ntm/testdata/eval/summary*.json.golden", fSummary, false, ""},
	{"cmd/ntm/testdata/eval/ba-xa-summary.json.golden", fSummary, false, ""},
	{"cmd/ntm/testdata/eval/not-read-summary.json.golden", fSummary, false, ""},
	{"cmd/ntm/testdata/eval/cu-phap-sai.json", fAssessment, true, ""},
	{"cmd/ntm/testdata/eval/tables/*.summary.json.golden", fSummary, false, ""},
	{"cmd/ntm/testdata/eval/*.json.golden", fReport, false, ""},
	{"cmd/ntm/testdata/plan/minh-hoa-huulung-2020.json", fAssessment, false, ""},
	{"cmd/ntm/testdata/plan/bad-plan.json", fPlan, true, ""},
	{"cmd/ntm/testdata/plan/plan47-*.json.golden", fPlanStatus, false, ""},
	{"cmd/ntm/testdata/plan/minimal-plan*.json", fPlan, false, ""},
	{"cmd/ntm/testdata/plan/minimal-*.json.golden", fPlanStatus, false, ""},

	{"internal/langson/responsibilities.json", fOther, false, ""}, // the Lạng Sơn departments in charge of criteria (data of ntm plan --all-agencies)
	{"examples/huulung/plan-47-KH-STNMT.json", fPlan, false, ""},
	{"examples/huulung/so-lieu-minh-hoa.json", fAssessment, false, ""},
	{"examples/huulung/so-lieu-minh-hoa-sau-sap-xep.json", fAssessment, false, ""},
	{"examples/huulung/testdata/huulung-act2.json", fHuulung, false, ""},
	{"examples/huulung/testdata/huulung.json", fHuulung, false, ""},
	{"httpapi/testdata/plan.json", fPlan, false, ""},
	{"httpapi/testdata/assessments.json", fAssessment, false, ""},
	{"httpapi/openapi.json", fOther, false, ""},
	{"httpapi/openapi.bundled.json", fOther, false, ""},

	{"testdata/readme/*.json", fAssessment, false, ""},

	{"progress/testdata/*.json", fProgress, false, ""},
	{"cmd/ntm/testdata/units-*.json", fUnits, false, ""},
}

var (
	schemaOnce sync.Once
	schemaSet  map[string]*jsonschema.Schema
	schemaErr  error
)

// schemas compiles every schema of schema/ once per test binary.
func schemas(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	schemaOnce.Do(func() { schemaSet, schemaErr = compileSchemas() })
	if schemaErr != nil {
		t.Fatal(schemaErr)
	}
	return schemaSet
}

func compileSchemas() (map[string]*jsonschema.Schema, error) {
	names, err := filepath.Glob(filepath.Join("schema", "*.schema.json"))
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("no schema in schema/: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	for _, name := range names {
		doc, err := readJSON(name)
		if err != nil {
			return nil, err
		}
		id, _ := doc.(map[string]any)["$id"].(string)
		if want := schemaBase + filepath.Base(name); id != want {
			return nil, fmt.Errorf("%s: $id is %q, want %q", name, id, want)
		}
		if err := c.AddResource(id, doc); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
	}
	m := map[string]*jsonschema.Schema{}
	for _, name := range names {
		base := filepath.Base(name)
		s, err := c.Compile(schemaBase + base)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		m[base] = s
	}
	for _, frag := range []string{fProblem + "#/$defs/body", fProblem + "#/$defs/partial"} {
		s, err := c.Compile(schemaBase + frag)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", frag, err)
		}
		m[frag] = s
	}
	return m, nil
}

// readJSON reads a JSON file with numbers kept as json.Number.
func readJSON(name string) (any, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return v, nil
}

// goldenStdout returns the standard output recorded in a golden file of
// cmd/ntm ("exit: N\n--- stdout\n…\n--- stderr\n…"), or b itself when b is
// not such a file.
func goldenStdout(b []byte) []byte {
	const head = "--- stdout\n"
	if !bytes.HasPrefix(b, []byte("exit: ")) {
		return b
	}
	i := bytes.Index(b, []byte(head))
	if i < 0 {
		return nil
	}
	out := b[i+len(head):]
	if j := bytes.Index(out, []byte("\n--- ")); j >= 0 {
		out = out[:j+1]
	}
	return out
}

// validate checks doc against format and returns the problems found.
func validate(sch map[string]*jsonschema.Schema, format string, doc any) error {
	switch format {
	case fSchema:
		return nil // compiled (and so checked against the metaschema) by schemas
	case fOther:
		return nil // parsed by the caller
	case fSets:
		if arr, ok := doc.([]any); ok {
			var errs []error
			for i, v := range arr {
				if err := sch[fSet].Validate(v); err != nil {
					errs = append(errs, fmt.Errorf("[%d]: %w", i, err))
				}
			}
			return errors.Join(errs...)
		}
		return sch[fSet].Validate(doc)
	case fHuulung:
		m, ok := doc.(map[string]any)
		if !ok {
			return errors.New("not an object")
		}
		var errs []error
		for k, v := range m {
			switch k {
			case "note", "group_assumption", "estimate_notes":
			case "reports", "estimates", "reports_2026":
				errs = append(errs, sch[fReport].Validate(v))
			case "plan_status":
				errs = append(errs, sch[fPlanStatus].Validate(v))
			default:
				errs = append(errs, fmt.Errorf("unknown key %q", k))
			}
		}
		return errors.Join(errs...)
	}
	s, ok := sch[format]
	if !ok {
		return fmt.Errorf("no schema %q", format)
	}
	return s.Validate(doc)
}

// repoJSONFiles lists the JSON files of the repository (*.json and
// *.json.golden), slash-separated from its root, skipping .git.
func repoJSONFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir("..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".json") || strings.HasSuffix(p, ".json.golden") {
			rel, err := filepath.Rel("..", p)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func classify(file string) (format string, invalid bool, setsFrom string, ok bool) {
	for _, c := range jsonFiles {
		if m, _ := path.Match(c.pattern, file); m {
			return c.format, c.invalid, c.setsFrom, true
		}
	}
	return "", false, "", false
}

func TestEveryJSONFileOfTheRepositoryValidates(t *testing.T) {
	sch := schemas(t)
	files := repoJSONFiles(t)
	if len(files) < 20 {
		t.Fatalf("found only %d JSON files: is the test run from docs/?", len(files))
	}
	used := map[string]bool{}
	for _, file := range files {
		t.Run(file, func(t *testing.T) {
			format, invalid, setsFrom, ok := classify(file)
			if !ok {
				t.Fatalf("%s is not classified: add it to jsonFiles in docs/schema_test.go with its format "+
					"(a schema of docs/schema/), or mark it invalid if it is a deliberately bad input", file)
			}
			for _, c := range jsonFiles {
				if m, _ := path.Match(c.pattern, file); m {
					used[c.pattern] = true
					break
				}
			}
			b, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(file)))
			if err != nil {
				t.Fatal(err)
			}
			b = goldenStdout(b)
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			if err == nil {
				err = validate(sch, format, doc)
			}
			if read := readers[format]; read != nil && (err == nil || !invalid) {
				cat, cerr := catalogWith(setsFrom)
				if cerr != nil {
					t.Fatal(cerr)
				}
				if rerr := read(b, file, cat); rerr != nil {
					err = errors.Join(err, fmt.Errorf("the reader rejects it: %w", rerr))
				}
			}
			switch {
			case invalid && err == nil:
				t.Errorf("%s is listed as a deliberately invalid %s but passes validation and its reader", file, format)
			case !invalid && err != nil:
				t.Errorf("%s does not validate against %s:\n%v", file, format, err)
			}
		})
	}
	for _, c := range jsonFiles {
		if !used[c.pattern] {
			// Patterns may name the files of work in progress on other branches.
			t.Logf("jsonFiles pattern %q matches no file", c.pattern)
		}
	}
}

// The schemas must be strict: a key they do not know fails validation, so
// that a renderer that starts writing a new key fails this package's tests
// until the key is documented.
func TestSchemasRejectUnknownKeys(t *testing.T) {
	sch := schemas(t)
	tests := []struct {
		name, file, format string
		mutate             func(doc any)
	}{
		{"a report with an unknown top-level key fails", "evaluate/testdata/golden/reports.vi.json", fReport,
			func(doc any) { doc.([]any)[0].(map[string]any)["extra"] = "x" }},
		{"a report indicator with an unknown key fails", "evaluate/testdata/golden/reports.vi.json", fReport,
			func(doc any) {
				c := doc.([]any)[0].(map[string]any)["criteria"].([]any)[0].(map[string]any)
				c["indicators"].([]any)[0].(map[string]any)["score"] = "1"
			}},
		{"a report with an unknown status fails", "evaluate/testdata/golden/reports.vi.json", fReport,
			func(doc any) { doc.([]any)[0].(map[string]any)["status"] = "passed" }},
		{"an assessment with a misspelt key fails", "evaluate/testdata/input/communes.json", fAssessment,
			func(doc any) { doc.([]any)[0].(map[string]any)["recognition"] = []any{} }},
		{"a plan status with an unknown key fails", "plan/testdata/golden/plan47-2020-05-05-after-deadline.json", fPlanStatus,
			func(doc any) { doc.(map[string]any)["score"] = 1 }},
		{"a plan with a malformed date fails", "examples/huulung/plan-47-KH-STNMT.json", fPlan,
			func(doc any) { doc.(map[string]any)["issued"] = "15/04/2020" }},
		{"a set definition with an unknown indicator key fails", "criteria/testdata/933-test-fixture.json", fSet,
			func(doc any) {
				c := doc.(map[string]any)["criteria"].([]any)[0].(map[string]any)
				c["indicators"].([]any)[0].(map[string]any)["threshold"] = "70"
			}},
		{"a set definition with a misspelt region key fails", "cmd/ntm/testdata/criteria-1980.json", fSet,
			func(doc any) {
				c := doc.(map[string]any)["criteria"].([]any)[0].(map[string]any)
				targets := c["indicators"].([]any)[0].(map[string]any)["targets"].(map[string]any)
				targets["TDMNP"] = targets["common"]
			}},
		{"a summary area with an unknown key fails", "evaluate/testdata/golden/summary.vi.json", fSummary,
			func(doc any) {
				doc.(map[string]any)["areas"].([]any)[0].(map[string]any)["median"] = "1"
			}},
		{"a summary without the communes left out fails", "evaluate/testdata/golden/summary.vi.json", fSummary,
			func(doc any) { delete(doc.(map[string]any), "excluded") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := readJSON(filepath.Join("..", filepath.FromSlash(tt.file)))
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(sch, tt.format, doc); err != nil {
				t.Fatalf("%s does not validate before the change: %v", tt.file, err)
			}
			tt.mutate(doc)
			if err := validate(sch, tt.format, doc); err == nil {
				t.Errorf("%s validates after the change", tt.file)
			}
		})
	}
}

// Every schema is listed in docs/formats.md, so users find it.
func TestFormatsMdNamesEverySchema(t *testing.T) {
	md, err := os.ReadFile("formats.md")
	if err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join("schema", "*.schema.json"))
	for _, name := range names {
		link := "schema/" + filepath.Base(name)
		if !bytes.Contains(md, []byte(link)) {
			t.Errorf("docs/formats.md does not mention %s", link)
		}
	}
}

// The formats are documented in the repository: no Go file may send its
// reader to a specification outside it.
func TestNoGoFilePointsAtTheSpecificationOutsideTheRepository(t *testing.T) {
	err := filepath.WalkDir("..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(b), "\n") {
			if strings.Contains(line, "spec/formats.md") && !strings.Contains(line, "docs/formats.md") &&
				!strings.Contains(line, `"spec/formats.md"`) {
				t.Errorf("%s:%d points at spec/formats.md, which is not in the repository: point at docs/formats.md", p, i+1)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestPlanSchemaAndReaderAgreeOnWhatIsRequired: a plan with its number
// only, or with every optional key null, passes the schema and the reader;
// one without what the status needs fails both.
func TestPlanSchemaAndReaderAgreeOnWhatIsRequired(t *testing.T) {
	sch := schemas(t)
	target := `{"commune": {"name": "Nhật Tiến", "district": null, "province": null, "code": null}, "set": "1980/QĐ-TTg", "year": 2020}`
	tests := []struct {
		name, plan string
		valid      bool
	}{
		{"the number alone", `{"number": "12/KH-UBND"}`, true},
		{"the number and one target", `{"number": "12/KH-UBND", "targets": [` + target + `]}`, true},
		{"every optional key null", `{"number": "12/KH-UBND", "issued": null, "place": null, "issuer": null, "signer": null,
		  "title": null, "purposes": null, "requirements": null, "contents": null, "bases": null, "targets": null,
		  "inspection": null, "responsibilities": null, "tasks": null, "recipients": null}`, true},
		{"every optional key inside the parts null", `{"number": "12/KH-UBND",
		  "signer": {"name": null, "title": null, "on_behalf_of": null},
		  "bases": [{"number": "447/QĐ-UBND", "issued": null, "issuer": null, "title": null}, {"title": "Luật Tổ chức chính quyền địa phương"}],
		  "targets": [` + target + `],
		  "inspection": {"window": null, "days": null, "date": null, "form": null,
		    "route": [{"place": "xã Nhật Tiến", "activity": null}], "participants": [{"organisation": "Sở Tài nguyên và Môi trường", "role": null, "note": null}]},
		  "responsibilities": [{"agency": "Sở Tài nguyên và Môi trường", "criteria": ["17"], "set": null}],
		  "tasks": [{"assignee": "UBND huyện Hữu Lũng", "action": null, "deliverable": null, "due_before": null, "done": null}]}`, true},
		{"no number", `{"targets": [` + target + `]}`, false},
		{"a null number", `{"number": null}`, false},
		{"a target without its year", `{"number": "1/KH", "targets": [{"commune": {"name": "Nhật Tiến"}, "set": "1980"}]}`, false},
		{"a basis with neither number nor title", `{"number": "1/KH", "bases": [{"issuer": "UBND tỉnh Lạng Sơn"}]}`, false},
		{"a task without its assignee", `{"number": "1/KH", "tasks": [{"action": "Gửi báo cáo"}]}`, false},
		{"a participant without its organisation", `{"number": "1/KH", "inspection": {"participants": [{"role": "chủ trì"}]}}`, false},
		{"an unknown key given null", `{"number": "1/KH", "inspecton": null}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := jsonschema.UnmarshalJSON(strings.NewReader(tc.plan))
			if err != nil {
				t.Fatal(err)
			}
			serr := validate(sch, fPlan, doc)
			rerr := readers[fPlan]([]byte(tc.plan), "plan", nil)
			if (serr == nil) != tc.valid || (rerr == nil) != tc.valid {
				t.Errorf("valid %v: the schema says %v, the reader %v", tc.valid, serr, rerr)
			}
		})
	}
}
