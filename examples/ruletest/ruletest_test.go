package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// TestElectricityAndSchoolsInTDMNPB pins indicators 4.2 (≥ 95% of
// households with electricity) and 5 (≥ 70% of schools up to standard) of
// 1980/QĐ-TTg for a commune of Trung du và miền núi phía Bắc.
func TestElectricityAndSchoolsInTDMNPB(t *testing.T) {
	set := criteria.QD1980()
	// outcome is what a case pins: the status and the gap as printed.
	type outcome struct {
		Status evaluate.Status
		Gap    string // "" when met or missing; "0.5 (1 hộ)" with natural units
	}
	met, missing := evaluate.StatusMet, evaluate.StatusMissing
	notMet := evaluate.StatusNotMet
	tests := []struct {
		name  string
		code  string
		value evaluate.Value
		want  outcome
	}{
		{"a commune at exactly 95% electricity meets 4.2", "4.2",
			evaluate.MustNumber("95"), outcome{Status: met}},
		{"a commune at 94.99% misses 4.2 by 0.01 points", "4.2",
			evaluate.MustNumber("94.99"), outcome{notMet, "0.01"}},
		{"19 of 20 households is exactly 95% and meets 4.2", "4.2",
			evaluate.Share(19, 20, "hộ"), outcome{Status: met}},
		{"189 of 200 households misses 4.2 by 0.5 points, one more household", "4.2",
			evaluate.Share(189, 200, "hộ"), outcome{notMet, "0.5 (1 hộ)"}},
		{"a shortfall of a fraction of a household still needs a whole one", "4.2",
			evaluate.Share(1899, 2000, "hộ"), outcome{notMet, "0.05 (1 hộ)"}},
		{"no figure for 4.2 is missing, not a failure", "4.2",
			evaluate.Missing(), outcome{Status: missing}},
		{"2 of 3 schools is 66.67% and misses 5 by 3.34 points, one school", "5",
			evaluate.Share(2, 3, "trường"), outcome{notMet, "3.34 (1 trường)"}},
		{"7 of 10 schools is exactly 70% and meets 5", "5",
			evaluate.Share(7, 10, "trường"), outcome{Status: met}},
		{"a bare percentage has a gap but no gap in schools", "5",
			evaluate.MustNumber("69.5"), outcome{notMet, "0.5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, gap, err := evaluate.Judge(set, tt.code, "TDMNPB", 2020, tt.value)
			if err != nil {
				t.Fatal(err)
			}
			got := outcome{Status: st}
			if st == evaluate.StatusNotMet {
				got.Gap = gap.String()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s = %s: outcome mismatch (-want +got):\n%s", tt.code, shown(tt.value), diff)
			}
		})
	}
}

// TestRunPrintsTheTable checks that the program labels its values as
// illustrative and prints the 189/200 case with its gap.
func TestRunPrintsTheTable(t *testing.T) {
	var b bytes.Buffer
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"số liệu minh họa", "189/200 hộ", "0.5 (1 hộ)", "2/3 trường", "3.34 (1 trường)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestARuleInThreeLines is the shortest rule test: one indicator, one
// value, one expected status and gap.
func TestARuleInThreeLines(t *testing.T) {
	st, gap, err := evaluate.Judge(criteria.QD1980(), "5", "TDMNPB", 2020, evaluate.Share(2, 3, "trường"))
	if err != nil || st != evaluate.StatusNotMet || !gap.Amount.Equal(decimal.RequireFromString("3.34")) {
		t.Errorf("5 with 2 of 3 schools in TDMNPB: %v %v %v, want not-met 3.34 <nil>", st, gap, err)
	}
}
