package evaluate

import (
	"fmt"
	"io"
)

// Write writes reports ([]Report) or a [Summary] in opt.Format and
// opt.Lang: "text" (or "") by [WriteText] or [WriteSummaryText], "markdown"
// by [WriteMarkdown] or [WriteSummaryMarkdown], "json" by [WriteJSON] or
// [WriteSummaryJSON], "csv" by [WriteCSV] or [WriteSummaryCSV]. Another
// format is an error and nothing is written.
func Write[T []Report | Summary](w io.Writer, x T, opt RenderOptions) error {
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
	return fmt.Errorf("evaluate: unknown format %q (want text, markdown, json or csv)", opt.Format)
}
