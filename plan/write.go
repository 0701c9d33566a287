package plan

import (
	"fmt"
	"io"

	"github.com/nongthonmoi/ntm/evaluate"
)

// WriteStatus writes s, the result of [Status], in opt.Format and
// opt.Lang: "text" (or "") by [WriteText], "markdown" by [WriteMarkdown],
// "json" by [WriteJSON] (the "Plan status, JSON" format, whatever the
// language). Another format is an error and nothing is written.
func WriteStatus(w io.Writer, s *Standing, opt evaluate.RenderOptions) error {
	switch opt.Format {
	case "", "text":
		return WriteText(w, s, opt.Lang)
	case "markdown":
		return WriteMarkdown(w, s, opt.Lang)
	case "json":
		return WriteJSON(w, s)
	}
	return fmt.Errorf("plan: unknown format %q (want text, markdown or json)", opt.Format)
}
