package progress

import (
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/evalbridge"
)

// The hook of the ntm command into a Tracker (see package evalbridge).
func init() {
	evalbridge.SetTrackerNames = func(t, canonical any) {
		f, _ := canonical.(func(evaluate.Commune) evaluate.Commune)
		t.(*Tracker).canonical = f
	}
}
