package evaluate

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestInputErrorMessages(t *testing.T) {
	cause := errors.New("must be > 0")
	for _, tc := range []struct {
		name string
		err  *InputError
		want string
	}{
		{"a JSON error in an array names the index, the commune and the path",
			&InputError{File: "hoalac.json", Commune: "Hòa Lạc", Path: `[0].sets["1980/QĐ-TTg"]["5"].denominator`, Input: "0", Err: cause},
			`evaluate: hoalac.json: [0] Hòa Lạc: sets["1980/QĐ-TTg"]["5"].denominator: must be > 0 (got "0")`},
		{"a JSON error of a single object has no index",
			&InputError{File: "hoalac.json", Commune: "Hòa Lạc", Path: `sets["1980/QĐ-TTg"]["5"].denominator`, Input: "0", Err: cause},
			`evaluate: hoalac.json: Hòa Lạc: sets["1980/QĐ-TTg"]["5"].denominator: must be > 0 (got "0")`},
		{"a CSV error names the line, the column, the commune, the set and the indicator",
			&InputError{File: "communes.csv", Line: 14, Column: "denominator", Commune: "Hòa Lạc", Path: "1980/QĐ-TTg 5", Input: "0", Err: cause},
			`evaluate: communes.csv:14: column denominator: Hòa Lạc: 1980/QĐ-TTg 5: must be > 0 (got "0")`},
		{"an error without a file still names the line",
			&InputError{Line: 3, Err: cause}, `evaluate: line 3: must be > 0`},
		{"an error of an array element without a commune names the index",
			&InputError{File: "a.json", Path: "[2]", Err: cause}, `evaluate: a.json: [2]: must be > 0`},
		{"the offending input is quoted with Go escapes",
			&InputError{File: "a.json", Path: "year", Input: "20\"20\n", Err: cause}, `evaluate: a.json: year: must be > 0 (got "20\"20\n")`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.err.Error(); got != tc.want {
				t.Errorf("Error() =\n%s\nwant\n%s", got, tc.want)
			}
			if !errors.Is(tc.err, cause) {
				t.Error("errors.Is(err, cause) = false, want true through Unwrap")
			}
		})
	}
}

func TestInputErrorsFindsJoinedAndWrappedErrors(t *testing.T) {
	a := &InputError{File: "a.csv", Line: 2, Err: errors.New("x")}
	b := &InputError{File: "a.csv", Line: 3, Err: errors.New("y")}
	err := errors.Join(a, fmt.Errorf("context: %w", b), errors.New("other"))
	same := cmp.Comparer(func(x, y *InputError) bool { return x == y })
	if diff := cmp.Diff([]*InputError{a, b}, InputErrors(err), same); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := InputErrors(nil); got != nil {
		t.Errorf("InputErrors(nil) = %v, want nil", got)
	}
}

func TestProblemsAreSortedByFileLineAndPath(t *testing.T) {
	var p inputProblems
	for _, e := range []*InputError{
		{File: "b.csv", Line: 2}, {File: "a.json", Path: "[10].year"}, {File: "a.csv", Line: 10},
		{File: "a.json", Path: "[2].year"}, {File: "a.csv", Line: 9, Column: "value"}, {File: "a.csv", Line: 9, Column: "unit"},
	} {
		e.Err = errors.New("e")
		p.add(e)
	}
	_ = p.err()
	var got []string
	for _, e := range p.list {
		got = append(got, fmt.Sprintf("%s:%d:%s%s", e.File, e.Line, e.Column, e.Path))
	}
	want := []string{"a.csv:9:unit", "a.csv:9:value", "a.csv:10:", "a.json:0:[2].year", "a.json:0:[10].year", "b.csv:2:"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
