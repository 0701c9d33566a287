package docs_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/assesstest"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The renderers, run now rather than through golden files, write what the
// schemas describe: every built-in set, the reports and summaries of every
// assessment file of the repository in both languages, and the status of the
// Hữu Lũng plan.
func TestRenderersWriteWhatTheSchemasDescribe(t *testing.T) {
	sch := schemas(t)
	check := func(t *testing.T, format string, b []byte) {
		t.Helper()
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("not JSON: %v", err)
		}
		if err := validate(sch, format, doc); err != nil {
			t.Errorf("does not validate against %s:\n%v", format, err)
		}
	}

	t.Run("every built-in set", func(t *testing.T) {
		var buf bytes.Buffer
		if err := criteria.WriteDefinitions(&buf, criteria.Builtin().Sets()); err != nil {
			t.Fatal(err)
		}
		check(t, fSets, buf.Bytes())
	})

	var all []evaluate.Report
	for _, c := range jsonFiles {
		if c.format != fAssessment || c.invalid {
			continue
		}
		files, _ := filepath.Glob(filepath.Join("..", filepath.FromSlash(c.pattern)))
		for _, file := range files {
			t.Run(file, func(t *testing.T) {
				cat, err := catalogWith(c.setsFrom)
				if err != nil {
					t.Fatal(err)
				}
				b, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				as, err := evaluate.DecodeJSON(bytes.NewReader(b), filepath.Base(file), cat)
				if err != nil {
					t.Fatal(err)
				}
				reports := assesstest.Reports(t, cat, as...)
				if len(reports) == 0 {
					t.Fatal("no report")
				}
				for _, lang := range []string{"vi", "en"} {
					opt := evaluate.RenderOptions{Lang: lang}
					var buf bytes.Buffer
					if err := evaluate.WriteJSON(&buf, reports, opt); err != nil {
						t.Fatal(err)
					}
					check(t, fReport, buf.Bytes())
					buf.Reset()
					if err := evaluate.WriteSummaryJSON(&buf, evaluate.Summarize(reports)); err != nil {
						t.Fatal(err)
					}
					check(t, fSummary, buf.Bytes())
				}
				if c.setsFrom == "" {
					all = append(all, reports...)
				}
			})
		}
	}

	t.Run("the status of Kế hoạch 47 on every date of its course", func(t *testing.T) {
		f, err := os.Open(filepath.Join("..", "examples", "huulung", "plan-47-KH-STNMT.json"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		p, _, err := plan.Read(f, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range []plan.Date{
			plan.NewDate(2020, time.March, 1), plan.NewDate(2020, time.April, 30),
			plan.NewDate(2020, time.May, 20), plan.NewDate(2020, time.July, 1),
		} {
			st := plan.Status(p, all, d)
			var buf bytes.Buffer
			if err := plan.WriteJSON(&buf, &st); err != nil {
				t.Fatal(err)
			}
			check(t, fPlanStatus, buf.Bytes())
		}
	})
}
