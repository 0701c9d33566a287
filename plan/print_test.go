package plan_test

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/nongthonmoi/ntm/plan"
)

// printColumns is the width of a line as printed: characters, combining
// marks aside.
func printColumns(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			n++
		}
	}
	return n
}

// The text of a plan's status is printed: no line is wider than 100
// columns, and the words, the codes and the decision numbers of the
// unwrapped text are all there, whole, in the same order.
func TestWriteTextPrintsAtAHundredColumns(t *testing.T) {
	p := plan47()
	st := plan.Status(p, sampleReports(t), plan.NewDate(2020, time.May, 5))
	for _, lang := range []string{"vi", "en"} {
		var b bytes.Buffer
		if err := plan.WriteText(&b, &st, lang); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for i, l := range strings.Split(out, "\n") {
			if w := printColumns(l); w > 100 {
				t.Errorf("%s: line %d is %d columns wide: %q", lang, i+1, w, l)
			}
		}
		for _, want := range []string{"47/KH-STNMT", "17.1a", "(+30 hộ)", "ngày 30/4/2020", "2,15 điểm phần trăm"} {
			if lang == "en" {
				break
			}
			if !strings.Contains(out, want) {
				t.Errorf("%s: %q is broken or missing in:\n%s", lang, want, out)
			}
		}
		if !strings.Contains(out, "\n  [Overdue] ") && lang == "en" {
			t.Errorf("en: the overdue task does not start its line:\n%s", out)
		}
	}
}
