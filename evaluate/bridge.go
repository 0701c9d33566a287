package evaluate

import "github.com/nongthonmoi/ntm/internal/evalbridge"

// The hooks of the ntm command into a Summarizer (see package evalbridge).
func init() {
	evalbridge.AddProvisional = func(z, r any) func() {
		return z.(*Summarizer).addProvisional(r.(*Report))
	}
	evalbridge.SetSummarizerNames = func(z, canonical any) {
		f, _ := canonical.(func(Commune) Commune)
		z.(*Summarizer).canonical = f
	}
}
