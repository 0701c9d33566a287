package criteria

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestInForce(t *testing.T) {
	tests := []struct {
		name, day string
		want      []string
	}{
		{"on 1/12/2026 the 2026-2030 set is in force", "2026-12-01", []string{IDQD51of2025}},
		{"51/2025 is in force from 15/02/2026", "2026-02-15", []string{IDQD51of2025}},
		{"between the end of 2025 and 15/02/2026 no built-in set is in force", "2026-02-14", nil},
		{"in 2023 the three sets of 2021-2025 are in force (319 from its issue date)", "2023-06-01", []string{IDQD318NTM, IDQD318Enhanced, IDQD319}},
		{"318 is in force from 08/3/2022", "2022-03-07", nil},
		{"on the last day of 2025 the 2021-2025 sets are still in force", "2025-12-31", []string{IDQD318NTM, IDQD318Enhanced, IDQD319}},
		{"in 2019 1980/QĐ-TTg and Lạng Sơn's 933/QĐ-UBND are in force", "2019-01-01", []string{IDQD1980, IDQD933}},
		{"1980/QĐ-TTg is in force from 01/12/2016", "2016-11-30", nil},
		{"933/QĐ-UBND from its date, 22/5/2018", "2018-05-22", []string{IDQD1980, IDQD933}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := time.Parse(time.DateOnly, tc.day)
			var got []string
			for _, s := range Builtin().InForce(d) {
				got = append(got, s.ID)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
