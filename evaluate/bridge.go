package evaluate

import (
	"io"

	"github.com/nongthonmoi/ntm/internal/evalbridge"
)

// The hooks of the module's packages into a Summarizer, a JSON encoder and
// the check of a commune's name as a unit (see package evalbridge).
func init() {
	evalbridge.GuessLegacyHeader = guessLegacyHeader
	evalbridge.LegacyHeaderProblem = legacyHeaderProblem
	evalbridge.AddProvisional = func(z, r any) func() {
		return z.(*Summarizer).addProvisional(r.(*Report))
	}
	evalbridge.NewJSONEncoder = func(w, opt any, buf []byte) any {
		return newJSONEncoder(w.(io.Writer), opt.(RenderOptions), buf)
	}
	evalbridge.JSONEncoderBuffer = func(enc any) []byte { return enc.(*JSONEncoder).b[:0] }
	evalbridge.SetSummarizerNames = func(z, canonical any) {
		f, _ := canonical.(func(Commune) Commune)
		z.(*Summarizer).canonical = f
	}
	evalbridge.FormerUnitFact = func(year int, lang string) string { return formerUnitFact(year, lang == "en") }
	evalbridge.UnitWarning = func(c any, year int) (any, bool) {
		w, ok := unitWarningOf(&Assessment{Commune: c.(Commune), Year: year})
		if !ok {
			return nil, false
		}
		return w.warning("", year), true
	}
}
