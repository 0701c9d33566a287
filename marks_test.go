package ntm_test

import (
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// The README's Provenance table counts the marks of 1980/QĐ-TTg's target
// cells (an indicator's common target and its seven regional ones), for
// the whole set and for Lạng Sơn's column (TDMNPB): it must count the code.
func TestREADMEMarkCountsAreTheCode(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	count := map[criteria.Provenance][2]int{}
	cells := 0
	for _, ind := range criteria.QD1980().Indicators() {
		add := func(tg criteria.Target, tdmnpb bool) {
			c := count[tg.Provenance]
			c[0]++
			if tdmnpb {
				c[1]++
			}
			count[tg.Provenance] = c
			cells++
		}
		if ind.Common == nil {
			t.Fatalf("%s has no common target", ind.Code)
		}
		add(*ind.Common, false)
		for _, r := range criteria.Regions() {
			tg, ok := ind.Regional[r]
			if !ok {
				t.Fatalf("%s has no target for %v", ind.Code, r)
			}
			add(tg, r == criteria.TDMNPB)
		}
	}
	if !regexp.MustCompile(`in 1980/QĐ-TTg \(` + strconv.Itoa(cells) + ` target cells\)`).Match(readme) {
		t.Errorf("README's Provenance table does not say %d target cells", cells)
	}
	for _, m := range []criteria.Provenance{criteria.C2, criteria.C1, criteria.M} {
		row := regexp.MustCompile(`(?m)^\| ` + m.String() + ` \| [^|]+\| (\d+) \| (\d+) \|$`).FindSubmatch(readme)
		if row == nil {
			t.Errorf("README's Provenance table has no row for %v", m)
			continue
		}
		if got, want := string(row[1])+"/"+string(row[2]), strconv.Itoa(count[m][0])+"/"+strconv.Itoa(count[m][1]); got != want {
			t.Errorf("README counts %v cells (set/TDMNPB) as %s, the code has %s", m, got, want)
		}
	}
}
