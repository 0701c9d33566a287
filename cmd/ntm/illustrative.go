package main

import (
	"path/filepath"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/minhhoa"
)

// The line that labels illustrative data (số liệu minh họa) in the text
// and Markdown outputs of eval, in Vietnamese and in English.
const (
	illustrativeVI = minhhoa.LineVI
	illustrativeEN = minhhoa.LineEN
)

// illustrativeLabel returns the paragraph that labels illustrative data in
// an output of format, with its end of line (see [minhhoa.Label]).
func illustrativeLabel(format, lang string) string { return minhhoa.Label(format, lang) }

// illustrative tells whether the input of a command is illustrative data
// (số liệu minh họa), as the project labels invented figures: when a
// file's name, a commune's name or a value's source says "minh họa" (see
// [minhhoa.Says]). eval, progress and report share it: each notes its
// files with file and every report it reads with report, then asks found.
type illustrative struct{ found bool }

// file notes the name of an input file ("-" for standard input names
// nothing).
func (il *illustrative) file(name string) {
	if !il.found && name != "-" && saysMinhHoa(filepath.Base(name), ascii) {
		il.found = true
	}
}

// files notes the names of input files.
func (il *illustrative) files(names []string) {
	for _, n := range names {
		il.file(n)
	}
}

// report notes a report: its commune's name and its values' sources.
func (il *illustrative) report(r *evaluate.Report) {
	if !il.found && minhhoa.Report(r) {
		il.found = true
	}
}

// reports notes reports.
func (il *illustrative) reports(rs []evaluate.Report) {
	for i := range rs {
		if il.found {
			return
		}
		il.report(&rs[i])
	}
}

// The forms of "minh họa" saysMinhHoa accepts besides the toned ones.
const (
	toned      = minhhoa.Toned
	ascii      = minhhoa.ASCII
	sourceText = minhhoa.SourceText
)

// saysMinhHoa reports whether text says "minh họa" in form (see
// [minhhoa.Says]).
func saysMinhHoa(text string, form minhhoa.Form) bool { return minhhoa.Says(text, form) }
