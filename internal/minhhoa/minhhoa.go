// Package minhhoa tells illustrative data (số liệu minh họa), as the
// project labels invented figures, and holds the line that labels it in
// the text and Markdown outputs of ntm eval and of the HTTP API.
package minhhoa

import (
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/minhhoa/says"
)

// The line that labels illustrative data, in Vietnamese and in English.
// The English one is the HTML report's (htmlreport).
const (
	LineVI = "Số liệu minh họa — số liệu giả định, không phải số liệu chính thức."
	LineEN = "Illustrative data (số liệu minh họa) — invented figures, not official data."
)

// Line returns the line that labels illustrative data in lang ("en" or
// Vietnamese).
func Line(lang string) string {
	if lang == "en" {
		return LineEN
	}
	return LineVI
}

// Label returns the paragraph that labels illustrative data in an output
// of format, with its end of line: the line of [Line] in text, a quoted
// bold line in Markdown.
func Label(format, lang string) string {
	if format == "markdown" {
		return "> **" + Line(lang) + "**\n"
	}
	return Line(lang) + "\n"
}

// Form is the forms of "minh họa" [Says] accepts besides the toned ones:
// [says.Form].
type Form = says.Form

// The forms of [says.Form].
const (
	Toned      = says.Toned
	ASCII      = says.ASCII
	SourceText = says.SourceText
)

// Report reports whether r is of illustrative data:
// [evaluate.Report.Illustrative].
func Report(r *evaluate.Report) bool { return r.Illustrative() }

// Says reports whether text says "minh họa": [says.Says].
func Says(text string, form Form) bool { return says.Says(text, form) }
