package evaluate

import (
	"io"

	"github.com/nongthonmoi/ntm/internal/optionerr"
)

// Write writes reports ([]Report) or a [Summary] in opt.Format and
// opt.Lang: "text" (or "") by [WriteText] or [WriteSummaryText], "markdown"
// by [WriteMarkdown] or [WriteSummaryMarkdown], "json" by [WriteJSON] or
// [WriteSummaryJSON], "csv" by [WriteCSV] or [WriteSummaryCSV]. Another
// format, or a language other than "vi" (or "") and "en", is an error
// and nothing is written: the error matches problem.WrongKind with
// errors.Is, and errors.As with a *problem.Problem target gets its problem,
// Path the option ("Format", "Lang") and Input the value given.
func Write[T []Report | Summary](w io.Writer, x T, opt RenderOptions) error {
	if !optionerr.Valid(opt.Lang) {
		return optionerr.Lang("evaluate", opt.Lang)
	}
	switch x := any(x).(type) {
	case []Report:
		switch opt.Format {
		case "", "text":
			return WriteText(w, x, opt)
		case "markdown":
			return WriteMarkdown(w, x, opt)
		case "json":
			return WriteJSON(w, x, opt)
		case "csv":
			return WriteCSV(w, x)
		}
	case Summary:
		switch opt.Format {
		case "", "text":
			return WriteSummaryText(w, x, opt)
		case "markdown":
			return WriteSummaryMarkdown(w, x, opt)
		case "json":
			return WriteSummaryJSON(w, x)
		case "csv":
			return WriteSummaryCSV(w, x)
		}
	}
	return optionerr.Format("evaluate", opt.Format, "text", "markdown", "json", "csv")
}
