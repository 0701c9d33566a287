package evalbridge_test

import (
	"testing"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/evalbridge"
	"github.com/nongthonmoi/ntm/progress"
)

// Once evaluate and progress are linked in, every hook is set and takes
// the types its documentation names.
func TestHooksAreSetByTheirPackages(t *testing.T) {
	if evalbridge.AddProvisional == nil || evalbridge.SetSummarizerNames == nil || evalbridge.SetTrackerNames == nil {
		t.Fatal("a hook is not set")
	}
	upper := func(c evaluate.Commune) evaluate.Commune {
		c.Province = "Lạng Sơn"
		return c
	}
	r := evaluate.Report{Set: "1980/QĐ-TTg", Year: 2020, Commune: evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lang Son"}}
	var z evaluate.Summarizer
	evalbridge.SetSummarizerNames(&z, upper)
	retract := evalbridge.AddProvisional(&z, &r)
	if got := z.Summary().Areas; len(got) != 3 || got[1].Province != "Lạng Sơn" {
		t.Errorf("summary with the names given: %+v", got)
	}
	retract()
	if got := z.Summary().Areas; len(got) != 0 {
		t.Errorf("summary with the report taken back: %+v, want none", got)
	}
	var tr progress.Tracker
	evalbridge.SetTrackerNames(&tr, upper)
	tr.Add(&r)
	if got := tr.Progress().Communes; len(got) != 1 || got[0].Commune.Province != "Lạng Sơn" {
		t.Errorf("progress with the names given: %+v", got)
	}
}
