package main

import (
	"path/filepath"
	"strings"
	"unicode"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/vntext"
)

// The line that labels illustrative data (số liệu minh họa) in the text
// and Markdown outputs of eval, in Vietnamese and in English. The English
// one is the HTML report's (htmlreport).
const (
	illustrativeVI = "Số liệu minh họa — số liệu giả định, không phải số liệu chính thức."
	illustrativeEN = "Illustrative data (số liệu minh họa) — invented figures, not official data."
)

// illustrativeLine returns the line that labels illustrative data in lang.
func illustrativeLine(lang string) string { return pick(lang, illustrativeVI, illustrativeEN) }

// illustrativeLabel returns the paragraph that labels illustrative data in
// an output of format, with its end of line: the line of illustrativeLine
// in text, a quoted bold line in Markdown (as the summary's note on
// communes left out).
func illustrativeLabel(format, lang string) string {
	line := illustrativeLine(lang)
	if format == "markdown" {
		return "> **" + line + "**\n"
	}
	return line + "\n"
}

// illustrative tells whether the input of a command is illustrative data
// (số liệu minh họa), as the project labels invented figures: when a
// file's name, a commune's name or a value's source says "minh họa" (see
// saysMinhHoa). eval, progress and report share it: each notes its files
// with file and every report it reads with report, then asks found.
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
	if il.found {
		return
	}
	if saysMinhHoa(r.Commune.Name, toned) {
		il.found = true
		return
	}
	for i := range r.Criteria {
		inds := r.Criteria[i].Indicators
		for j := range inds {
			if saysMinhHoa(inds[j].Source(), sourceText) {
				il.found = true
				return
			}
		}
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
	// toned accepts only "minh họa" (or "minh hoạ") with its tone mark.
	toned = iota
	// ascii also accepts "minh hoa" without diacritics, as file names
	// are written (so-lieu-minh-hoa.json, minh-hoa-lang-son-2020.csv).
	ascii
	// sourceText also accepts the phrase "so lieu minh hoa" without
	// diacritics.
	sourceText
)

// saysMinhHoa reports whether text says "minh họa" (illustration): the
// word "minh" followed by "họa" or "hoạ" (the two placements of the tone
// mark), in any case and Unicode normalisation form, separated by spaces,
// hyphens, underscores or other punctuation. The tone mark matters:
// "Minh Hòa" is a real commune of Hữu Lũng (06457) and "Minh Hóa" a
// district of Quảng Bình, not illustrations. So a diacritic-free "minh
// hoa", which may be either, counts only with form ascii (file names,
// which are written without diacritics) and, with form sourceText, in
// the phrase "so lieu minh hoa"; a commune name "Minh Hoa" is most likely
// xã Minh Hòa typed without diacritics.
func saysMinhHoa(text string, form int) bool {
	if !hasMinh(text) {
		return false // the common case, without folding or allocating
	}
	words := strings.FieldsFunc(vntext.Key(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
	for i := 0; i+1 < len(words); i++ {
		if words[i] != "minh" {
			continue
		}
		switch next := words[i+1]; {
		case next == "họa" || next == "hoạ":
			return true
		case next != "hoa":
		case form == ascii:
			return true
		case form == sourceText && i >= 2 && words[i-2] == "so" && words[i-1] == "lieu":
			return true
		}
	}
	return false
}

// hasMinh reports whether s holds "minh" in any case of its ASCII letters.
func hasMinh(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if s[i]|0x20 == 'm' && s[i+1]|0x20 == 'i' && s[i+2]|0x20 == 'n' && s[i+3]|0x20 == 'h' {
			return true
		}
	}
	return false
}
