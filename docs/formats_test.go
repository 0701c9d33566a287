package docs_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/assesstest"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// An example of formats.md is a fenced code block preceded by a marker
//
//	<!-- example: FORMAT [planned] [id=NAME] [from=NAME] [excerpt-of=PATH] -->
//
// FORMAT names a format of this package's tests (assessment,
// assessment-csv, report, summary, set, sets, plan, plan-status, units,
// progress, problem, problem-body, problem-partial). The example is
// validated against the format's schema and, for an input format, read by
// the real reader, unless it is marked planned (the format or the feature
// it shows is specified but not yet implemented: the schema still checks
// it). id names the example for from: a report example from=NAME is an
// excerpt of the real report of the assessment example NAME. excerpt-of
// names a golden file of the repository the example is an excerpt of, or,
// as PATH#KEY, of the value of KEY in the golden JSON object.
type example struct {
	line                        int
	format, id, from, excerptOf string
	planned                     bool
	body                        []byte
}

var exampleFormats = map[string]string{
	"assessment":      fAssessment,
	"assessment-csv":  fAssessmentCSV,
	"report":          fReport,
	"summary":         fSummary,
	"set":             fSet,
	"sets":            fSets,
	"plan":            fPlan,
	"plan-status":     fPlanStatus,
	"units":           fUnits,
	"progress":        fProgress,
	"problem":         fProblem,
	"problem-body":    fProblem + "#/$defs/body",
	"problem-partial": fProblem + "#/$defs/partial",
}

// examples returns the examples of a Markdown file. Every fenced json or
// csv block must carry a marker.
func examples(t *testing.T, name string) []example {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var (
		out    []example
		marker string
		cur    *example
	)
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trim := strings.TrimSpace(line)
		switch {
		case cur != nil && trim == "```":
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.body = append(append(cur.body, line...), '\n')
		case strings.HasPrefix(trim, "<!-- example:"):
			marker = strings.TrimSuffix(strings.TrimPrefix(trim, "<!-- example:"), "-->")
		case strings.HasPrefix(trim, "```"):
			lang := strings.TrimPrefix(trim, "```")
			if lang != "json" && lang != "csv" {
				marker = ""
				continue
			}
			if marker == "" {
				t.Errorf("%s:%d: a %s block without an <!-- example: FORMAT --> marker on the line before", name, n, lang)
			}
			cur = &example{line: n}
			for i, f := range strings.Fields(marker) {
				k, v, _ := strings.Cut(f, "=")
				switch {
				case i == 0:
					cur.format = f
				case f == "planned":
					cur.planned = true
				case k == "id":
					cur.id = v
				case k == "from":
					cur.from = v
				case k == "excerpt-of":
					cur.excerptOf = v
				default:
					t.Errorf("%s:%d: unknown marker word %q", name, n, f)
				}
			}
			marker = ""
		case trim != "":
			marker = ""
		}
	}
	if cur != nil {
		t.Errorf("%s:%d: unterminated code block", name, cur.line)
	}
	return out
}

func TestFormatsMdExamples(t *testing.T) {
	sch := schemas(t)
	exs := examples(t, "formats.md")
	if len(exs) < 10 {
		t.Fatalf("found %d examples in formats.md", len(exs))
	}
	byID := map[string]example{}
	seen := map[string]bool{}
	for _, ex := range exs {
		name := fmt.Sprintf("formats.md:%d %s", ex.line, ex.format)
		t.Run(name, func(t *testing.T) {
			format, ok := exampleFormats[ex.format]
			if !ok {
				t.Fatalf("unknown format %q", ex.format)
			}
			seen[ex.format] = true
			if ex.id != "" {
				byID[ex.id] = ex
			}
			if format != fAssessmentCSV {
				doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(ex.body))
				if err != nil {
					t.Fatalf("not JSON: %v", err)
				}
				if err := validate(sch, format, doc); err != nil {
					t.Errorf("does not validate against %s:\n%v", format, err)
				}
			}
			if read := readers[format]; read != nil && !ex.planned {
				if err := read(ex.body, "formats.md", nil); err != nil {
					t.Errorf("the reader rejects it:\n%v", err)
				}
			}
			if ex.from != "" {
				src, ok := byID[ex.from]
				if !ok {
					t.Fatalf("from=%s names no earlier example", ex.from)
				}
				checkExcerpt(t, ex.body, reportsOf(t, src.body))
			}
			if ex.excerptOf != "" {
				path, key, keyed := strings.Cut(ex.excerptOf, "#")
				b, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(path)))
				if err != nil {
					t.Fatal(err)
				}
				full := goldenStdout(b)
				if keyed {
					var obj map[string]json.RawMessage
					if err := json.Unmarshal(full, &obj); err != nil || obj[key] == nil {
						t.Fatalf("%s has no key %q (%v)", path, key, err)
					}
					full = obj[key]
				}
				checkExcerpt(t, ex.body, full)
			}
		})
	}
	for name := range exampleFormats {
		if !seen[name] && name != "sets" && name != "problem" && name != "problem-partial" {
			t.Errorf("formats.md has no example of %s", name)
		}
	}
}

// reportsOf evaluates the assessments of an example as `ntm eval --format
// json hoalac.json` does and returns the report JSON.
func reportsOf(t *testing.T, assessment []byte) []byte {
	t.Helper()
	as, err := evaluate.DecodeJSON(bytes.NewReader(assessment), "hoalac.json", nil)
	if err != nil {
		t.Fatal(err)
	}
	reports := assesstest.Reports(t, nil, as...)
	var buf bytes.Buffer
	if err := evaluate.WriteJSON(&buf, reports, evaluate.RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// checkExcerpt reports where the JSON of excerpt is not an excerpt of the
// JSON of full: objects keep a subset of their keys, arrays a subsequence of
// their elements (in order), and everything else is equal.
func checkExcerpt(t *testing.T, excerpt, full []byte) {
	t.Helper()
	var e, f any
	if err := json.Unmarshal(excerpt, &e); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(full, &f); err != nil {
		t.Fatalf("the full output is not JSON: %v", err)
	}
	if p := excerptDiff(e, f, "$"); p != "" {
		t.Errorf("the example is not an excerpt of the real output: %s", p)
	}
}

func excerptDiff(e, f any, path string) string {
	switch e := e.(type) {
	case map[string]any:
		fm, ok := f.(map[string]any)
		if !ok {
			return path + ": not an object in the real output"
		}
		for k, v := range e {
			fv, ok := fm[k]
			if !ok {
				return fmt.Sprintf("%s.%s: not in the real output", path, k)
			}
			if p := excerptDiff(v, fv, path+"."+k); p != "" {
				return p
			}
		}
		return ""
	case []any:
		fa, ok := f.([]any)
		if !ok {
			return path + ": not an array in the real output"
		}
		j := 0
		for i, v := range e {
			for ; j < len(fa); j++ {
				if excerptDiff(v, fa[j], "") == "" {
					break
				}
			}
			if j == len(fa) {
				if len(e) == len(fa) {
					return excerptDiff(v, fa[i], fmt.Sprintf("%s[%d]", path, i))
				}
				b, _ := json.Marshal(v)
				return fmt.Sprintf("%s[%d]: %s matches no later element of the real output", path, i, b)
			}
			j++
		}
		return ""
	}
	if !reflect.DeepEqual(e, f) {
		return fmt.Sprintf("%s: %v, the real output has %v", path, e, f)
	}
	return ""
}
