package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// TestElectricityAndSchoolsInTDMNPB pins indicators 4.2 (≥ 95% of
// households with electricity) and 5 (≥ 70% of schools up to standard) of
// 1980/QĐ-TTg for a commune of Trung du và miền núi phía Bắc.
func TestElectricityAndSchoolsInTDMNPB(t *testing.T) {
	set := criteria.QD1980()
	tests := []struct {
		name  string
		code  string
		value evaluate.Value
		want  outcome
	}{
		{"a commune at exactly 95% electricity meets 4.2", "4.2",
			evaluate.MustNumber("95"), outcome{Status: "met"}},
		{"a commune at 94.99% misses 4.2 by 0.01 points", "4.2",
			evaluate.MustNumber("94.99"), outcome{Status: "not-met", Gap: "0.01"}},
		{"19 of 20 households is exactly 95% and meets 4.2", "4.2",
			evaluate.Share(19, 20, "hộ"), outcome{Status: "met"}},
		{"189 of 200 households misses 4.2 by 0.5 points, one more household", "4.2",
			evaluate.Share(189, 200, "hộ"), outcome{Status: "not-met", Gap: "0.5", GapUnits: "1 hộ"}},
		{"a shortfall of a fraction of a household still needs a whole one", "4.2",
			evaluate.Share(1899, 2000, "hộ"), outcome{Status: "not-met", Gap: "0.05", GapUnits: "1 hộ"}},
		{"no figure for 4.2 is missing, not a failure", "4.2",
			evaluate.Missing(), outcome{Status: "missing"}},
		{"2 of 3 schools is 66.67% and misses 5 by 3.34 points, one school", "5",
			evaluate.Share(2, 3, "trường"), outcome{Status: "not-met", Gap: "3.34", GapUnits: "1 trường"}},
		{"7 of 10 schools is exactly 70% and meets 5", "5",
			evaluate.Share(7, 10, "trường"), outcome{Status: "met"}},
		{"a bare percentage has a gap but no gap in schools", "5",
			evaluate.MustNumber("69.5"), outcome{Status: "not-met", Gap: "0.5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := judge(set, criteria.TDMNPB, tt.code, tt.value)
			if err != nil {
				t.Fatal(err)
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
	for _, want := range []string{"số liệu minh họa", "189/200 hộ", "1 hộ", "2/3 trường", "3.34"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
