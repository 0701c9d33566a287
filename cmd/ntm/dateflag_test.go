package main

import (
	"testing"

	"github.com/nongthonmoi/ntm/plan"
)

func TestParseDateFlagReadsBothForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want plan.Date
		ok   bool
	}{
		{"2020-04-30", plan.Date{Year: 2020, Month: 4, Day: 30}, true},
		{"30/4/2020", plan.Date{Year: 2020, Month: 4, Day: 30}, true},
		{"05/05/2020", plan.Date{Year: 2020, Month: 5, Day: 5}, true},
		{"1/7/2025", plan.Date{Year: 2025, Month: 7, Day: 1}, true},
		{"31/4/2020", plan.Date{}, false}, // April has 30 days
		{"30/13/2020", plan.Date{}, false},
		{"0/1/2020", plan.Date{}, false},
		{"30/4/20", plan.Date{}, false},
		{"+1/4/2020", plan.Date{}, false},
		{"1.12.2026", plan.Date{}, false},
		{"2020-4-30", plan.Date{}, false},
		{"", plan.Date{}, false},
	} {
		got, ok := parseDateFlag(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("parseDateFlag(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
