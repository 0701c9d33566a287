package progress

import (
	"fmt"
	"io"
)

// Write writes p in opt.Format: "text" (or "") by [WriteText], "markdown"
// by [WriteMarkdown], "json" by [WriteJSON], "csv" by [WriteCSV], each
// with opt. Another format is an error and nothing is written.
func Write(w io.Writer, p Progress, opt Options) error {
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
	return fmt.Errorf("progress: unknown format %q (want text, markdown, json or csv)", opt.Format)
}
