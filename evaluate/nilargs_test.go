package evaluate

import (
	"errors"
	"testing"

	"github.com/nongthonmoi/ntm/problem"
)

// TestRunAllOfANilAssessmentIsAnError: RunAll and RunAllInto, which have
// an error to answer with, answer a nil assessment with a missing-field
// problem rather than a panic.
func TestRunAllOfANilAssessmentIsAnError(t *testing.T) {
	for name, run := range map[string]func() ([]Report, error){
		"RunAll":     func() ([]Report, error) { return RunAll(nil, nil) },
		"RunAllInto": func() ([]Report, error) { return RunAllInto(make([]Report, 2), nil, nil) },
	} {
		reports, err := run()
		var p *problem.Problem
		if len(reports) != 0 || !errors.Is(err, problem.MissingField) || !errors.As(err, &p) || p.Code != problem.MissingField {
			t.Errorf("%s(nil): %d reports, %v; want none and a missing-field problem", name, len(reports), err)
		}
	}
}
