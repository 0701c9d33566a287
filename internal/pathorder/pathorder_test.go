package pathorder

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCompare(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"array indexes sort as numbers", []string{"tasks[10]", "tasks[2]", "tasks[1].due_before"},
			[]string{"tasks[1].due_before", "tasks[2]", "tasks[10]"}},
		{"indicator codes sort as the decision orders them", []string{`["17.10"]`, `["17.9"]`, `["2.2"]`, `["17.1a"]`},
			[]string{`["2.2"]`, `["17.1a"]`, `["17.9"]`, `["17.10"]`}},
		{"leading zeros do not count", []string{"a007", "a10", "a7b"}, []string{"a007", "a7b", "a10"}},
		{"a prefix sorts first", []string{"criteria[0].code", "criteria[0]", "criteria"},
			[]string{"criteria", "criteria[0]", "criteria[0].code"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := slices.Clone(tc.in)
			slices.SortFunc(got, Compare)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("order (-want +got):\n%s", diff)
			}
		})
	}
	if Compare("x[3]", "x[3]") != 0 {
		t.Error("equal paths do not compare equal")
	}
}
