package progress

import (
	"io"

	"github.com/nongthonmoi/ntm/internal/optionerr"
)

// Write writes p in opt.Format: "text" (or "") by [WriteText], "markdown"
// by [WriteMarkdown], "json" by [WriteJSON], "csv" by [WriteCSV], each
// with opt. Another format, or a language other than "vi" (or "") and
// "en", is an error and nothing is written: the error matches
// problem.WrongKind with errors.Is, and errors.As with a *problem.Problem
// target gets its problem, Path the option ("Format", "Lang") and Input the
// value given.
func Write(w io.Writer, p Progress, opt Options) error {
	if !optionerr.Valid(opt.Lang) {
		return optionerr.Lang("progress", opt.Lang)
	}
	switch opt.Format {
	case "", "text":
		return WriteText(w, p, opt)
	case "markdown":
		return WriteMarkdown(w, p, opt)
	case "json":
		return WriteJSON(w, p, opt)
	case "csv":
		return WriteCSV(w, p, opt)
	}
	return optionerr.Format("progress", opt.Format, "text", "markdown", "json", "csv")
}
