package plan_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
)

// The problems whose code says more than "invalid": the missing end of an
// inspection window is missing-field at its path, and a set ID that names
// two sets of the catalog is ambiguous-set (not unknown-set).
func TestProblemCodesOfWindowsAndSetIDs(t *testing.T) {
	cat := criteria.Builtin()
	s := criteria.QD933()
	s.ID = "933/QĐ-X"
	if err := cat.Add(s); err != nil {
		t.Fatal(err)
	}
	type got struct {
		Code       problem.Code
		Path, Text string
		Input      string
	}
	const ambiguous = `set ID "933" is ambiguous: 933/QĐ-UBND or 933/QĐ-X`
	for _, tc := range []struct {
		name, in string
		want     []got
	}{
		{"a window without its end", `{"number": "1/KH", "inspection": {"window": {"from": "2020-04-01"}}}`,
			[]got{{problem.MissingField, "inspection.window.to", "give both ends of the window or neither", ""}}},
		{"a window without its start", `{"number": "1/KH", "inspection": {"window": {"to": "2020-06-30"}}}`,
			[]got{{problem.MissingField, "inspection.window.from", "give both ends of the window or neither", ""}}},
		{"a window that ends before it starts", `{"number": "1/KH", "inspection": {"window": {"from": "2020-04-01", "to": "2020-03-31"}}}`,
			[]got{{problem.Invalid, "inspection.window", "ends (2020-03-31) before it starts (2020-04-01)", ""}}},
		{"a target's ambiguous set", strings.Replace(minimalPlan, `"1980/QĐ-TTg"`, `"933"`, 1),
			[]got{{problem.AmbiguousSet, "targets[0].set", ambiguous, "933"}}},
		{"a responsibility's ambiguous set", strings.Replace(minimalPlan, `"number": "12/KH-UBND",`,
			`"number": "12/KH-UBND", "responsibilities": [{"agency": "Sở Công Thương", "set": "933", "criteria": ["1"]}],`, 1),
			[]got{{problem.AmbiguousSet, "responsibilities[0].set", ambiguous, "933"}}},
		{"an unknown set stays unknown-set", strings.Replace(minimalPlan, `"1980/QĐ-TTg"`, `"934"`, 1),
			[]got{{problem.UnknownSet, "targets[0].set", "unknown set", "934"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := plan.Read(strings.NewReader(tc.in), cat)
			var list []got
			for _, p := range problem.All(err) {
				list = append(list, got{p.Code, p.Path, p.Text(problem.EN), p.Input})
			}
			if diff := cmp.Diff(tc.want, list); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}
