package plan

import (
	"io"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/optionerr"
)

// WriteStatus writes s, the result of [Status], in opt.Format and
// opt.Lang: "text" (or "") by [WriteText], "markdown" by [WriteMarkdown],
// "json" by [WriteJSON] (the "Plan status, JSON" format, whatever the
// language). Another format, or a language other than "vi" (or "") and
// "en", is an error and nothing is written: the error matches
// problem.WrongKind with errors.Is, and errors.As with a *problem.Problem
// target gets its problem, Path the option ("Format", "Lang") and Input the
// value given.
func WriteStatus(w io.Writer, s *Standing, opt evaluate.RenderOptions) error {
	if !optionerr.Valid(opt.Lang) {
		return optionerr.Lang("plan", opt.Lang)
	}
	switch opt.Format {
	case "", "text":
		return WriteText(w, s, opt.Lang)
	case "markdown":
		return WriteMarkdown(w, s, opt.Lang)
	case "json":
		return WriteJSON(w, s)
	}
	return optionerr.Format("plan", opt.Format, "text", "markdown", "json")
}
