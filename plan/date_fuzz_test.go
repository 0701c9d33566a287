package plan_test

import (
	"errors"
	"testing"

	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
)

// FuzzParseDate checks ParseDate, the reader of every date of a plan and
// of the flags: a date it accepts is written back as the same text, and a
// text it rejects gets a plan error quoting it, with the code wrong-kind
// or out-of-range.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2020-04-15", "2020-02-29", "2019-02-29", "2020-02-30", "0000-01-01", "9999-12-31",
		"2020-4-15", "2020-04-15T00:00:00Z", " 2020-04-15", "+020-04-15", "2020-13-01", "2020-00-10", "30/4/2020", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := plan.ParseDate(s)
		if err == nil {
			if d.String() != s {
				t.Fatalf("ParseDate(%q) = %v, written back %q", s, d, d.String())
			}
			if _, merr := d.MarshalText(); merr != nil {
				t.Fatalf("ParseDate(%q) = %v, which cannot be written: %v", s, d, merr)
			}
			return
		}
		var pe *plan.Error
		if !errors.As(err, &pe) || pe.Input != s || (pe.Code != problem.WrongKind && pe.Code != problem.OutOfRange) {
			t.Fatalf("ParseDate(%q): error %#v does not quote the input with a known code", s, err)
		}
		if !d.IsZero() {
			t.Fatalf("ParseDate(%q) = %v with the error %v", s, d, err)
		}
	})
}
