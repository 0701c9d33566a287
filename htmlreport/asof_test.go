package htmlreport_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/nongthonmoi/ntm/htmlreport"
	"github.com/nongthonmoi/ntm/problem"
)

// TestAPlanWithoutAsOfIsAnError: the status of a plan is given on a day,
// which Options.AsOf is; a plan without it is a missing-field problem of
// AsOf and nothing is written (never "Tính đến ngày 00/00/0").
func TestAPlanWithoutAsOfIsAnError(t *testing.T) {
	for _, lang := range []string{"vi", "en"} {
		var b bytes.Buffer
		err := htmlreport.Write(&b, threeYears(t), htmlreport.Options{Lang: lang, Plan: testPlan()})
		var p *problem.Problem
		if !errors.Is(err, problem.MissingField) || !errors.As(err, &p) || p.Path != "AsOf" || p.Input != "" {
			t.Errorf("%s: got %v (%+v), want a missing-field problem of AsOf", lang, err, p)
		}
		if want := "htmlreport: Options.AsOf: required with Plan: the day the plan's status is given on"; err == nil || err.Error() != want {
			t.Errorf("%s: error %v, want %q", lang, err, want)
		}
		if want := "AsOf: bắt buộc khi có Plan: ngày xem xét tình hình thực hiện kế hoạch"; p != nil && p.Message(problem.VI) != want {
			t.Errorf("%s: in Vietnamese %q, want %q", lang, p.Message(problem.VI), want)
		}
		if b.Len() != 0 {
			t.Errorf("%s: %d bytes written, want none", lang, b.Len())
		}
	}
	// Without a plan there is no status, and no day to give it on.
	if err := htmlreport.Write(new(bytes.Buffer), threeYears(t), htmlreport.Options{}); err != nil {
		t.Errorf("no plan, no AsOf: %v", err)
	}
}
