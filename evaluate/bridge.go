package evaluate

import (
	"io"

	"github.com/nongthonmoi/ntm/internal/evalbridge"
)

// The hooks of the ntm command into a Summarizer (see package evalbridge).
func init() {
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
}
