package ntm_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/nongthonmoi/ntm/progress"
)

// TestRenderOptionErrorsAreProblems checks that the renderers that pick a
// format or a language refuse an unknown one with an error a service can
// tell from a write error and answer as the caller's mistake: it matches
// problem.WrongKind, and errors.As gives its problem with the option in
// Path and the value in Input. A language other than vi and en is refused
// as htmlreport.Write refuses it, instead of rendering Vietnamese.
func TestRenderOptionErrorsAreProblems(t *testing.T) {
	reports := []evaluate.Report{}
	tests := []struct {
		name, msg, path, input string
		write                  func(*bytes.Buffer) error
	}{
		{"evaluate format", `evaluate: unknown format "xml" (want text, markdown, json or csv)`, "Format", "xml",
			func(b *bytes.Buffer) error { return evaluate.Write(b, reports, evaluate.RenderOptions{Format: "xml"}) }},
		{"evaluate summary format", `evaluate: unknown format "xml" (want text, markdown, json or csv)`, "Format", "xml",
			func(b *bytes.Buffer) error {
				return evaluate.Write(b, evaluate.Summary{}, evaluate.RenderOptions{Format: "xml"})
			}},
		{"evaluate lang", `evaluate: unknown language "EN" (want vi or en)`, "Lang", "EN",
			func(b *bytes.Buffer) error { return evaluate.Write(b, reports, evaluate.RenderOptions{Lang: "EN"}) }},
		{"plan format", `plan: unknown format "csv" (want text, markdown or json)`, "Format", "csv",
			func(b *bytes.Buffer) error {
				return plan.WriteStatus(b, &plan.Standing{}, evaluate.RenderOptions{Format: "csv"})
			}},
		{"plan lang", `plan: unknown language "fr" (want vi or en)`, "Lang", "fr",
			func(b *bytes.Buffer) error {
				return plan.WriteStatus(b, &plan.Standing{}, evaluate.RenderOptions{Lang: "fr"})
			}},
		{"progress format", `progress: unknown format "xml" (want text, markdown, json or csv)`, "Format", "xml",
			func(b *bytes.Buffer) error {
				return progress.Write(b, progress.Progress{}, progress.Options{Format: "xml"})
			}},
		{"progress lang", `progress: unknown language "fr" (want vi or en)`, "Lang", "fr",
			func(b *bytes.Buffer) error {
				return progress.Write(b, progress.Progress{}, progress.Options{Lang: "fr"})
			}},
		{"htmlreport lang", `htmlreport: unknown language "fr" (want vi or en)`, "Lang", "fr",
			func(b *bytes.Buffer) error { return htmlreport.Write(b, nil, htmlreport.Options{Lang: "fr"}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := tt.write(&b)
			if err == nil || err.Error() != tt.msg {
				t.Fatalf("error = %v, want %s", err, tt.msg)
			}
			if b.Len() != 0 {
				t.Errorf("wrote %q", b.String())
			}
			if !errors.Is(err, problem.WrongKind) {
				t.Errorf("error %v does not match problem.WrongKind", err)
			}
			var p *problem.Problem
			if !errors.As(err, &p) {
				t.Fatalf("errors.As(%v, *problem.Problem) = false", err)
			}
			if p.Code != problem.WrongKind || p.Path != tt.path || p.Input != tt.input {
				t.Errorf("problem = %q %q %q, want %q %q %q", p.Code, p.Path, p.Input, problem.WrongKind, tt.path, tt.input)
			}
			if vi := p.Message(problem.VI); vi == p.Message(problem.EN) {
				t.Errorf("the problem has no Vietnamese message: %s", vi)
			}
			t.Log(p.Message(problem.VI))
		})
	}
}
