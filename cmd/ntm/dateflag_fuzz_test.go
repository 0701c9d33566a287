package main

import (
	"fmt"
	"testing"

	"github.com/nongthonmoi/ntm/plan"
)

// FuzzParseDateFlag checks the reader of --as-of and --successors: a date
// it accepts exists, and is the text as given, either ISO 8601 or day
// first (30/4/2020, 30/04/2020).
func FuzzParseDateFlag(f *testing.F) {
	for _, s := range []string{"2020-04-30", "30/4/2020", "30/04/2020", "31/4/2020", "29/2/2019", "1/1/0000", "01/01/0001",
		"+1/1/2020", "1/+1/2020", "1/1/+020", "1/1/20200", "001/1/2020", "1//2020", "１/1/2020", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := parseDateFlag(s)
		if !ok {
			if !d.IsZero() {
				t.Fatalf("parseDateFlag(%q) = %v, not ok", s, d)
			}
			return
		}
		if _, err := plan.ParseDate(d.String()); err != nil {
			t.Fatalf("parseDateFlag(%q) = %v, which does not exist: %v", s, d, err)
		}
		forms := []string{d.String(), fmt.Sprintf("%d/%d/%04d", d.Day, d.Month, d.Year),
			fmt.Sprintf("%02d/%d/%04d", d.Day, d.Month, d.Year), fmt.Sprintf("%d/%02d/%04d", d.Day, d.Month, d.Year),
			fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year)}
		for _, form := range forms {
			if s == form {
				return
			}
		}
		t.Fatalf("parseDateFlag(%q) = %v, which is written none of %q", s, d, forms)
	})
}
