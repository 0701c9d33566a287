// Package minhhoa tells illustrative data (số liệu minh họa), as the
// project labels invented figures, and holds the line that labels it in
// the text and Markdown outputs of ntm eval and of the HTTP API.
package minhhoa

import (
	"strings"
	"unicode"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/vntext"
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

// Form is the forms of "minh họa" [Says] accepts besides the toned ones.
type Form int

const (
	// Toned accepts only "minh họa" (or "minh hoạ") with its tone mark.
	Toned Form = iota
	// ASCII also accepts "minh hoa" without diacritics, as file names
	// are written (so-lieu-minh-hoa.json, minh-hoa-lang-son-2020.csv).
	ASCII
	// SourceText also accepts the phrase "so lieu minh hoa" without
	// diacritics.
	SourceText
)

// Report reports whether r is of illustrative data: its commune's name
// ([Toned]) or one of its values' sources ([SourceText]) says "minh họa".
func Report(r *evaluate.Report) bool {
	if Says(r.Commune.Name, Toned) {
		return true
	}
	for i := range r.Criteria {
		inds := r.Criteria[i].Indicators
		for j := range inds {
			if Says(inds[j].Source(), SourceText) {
				return true
			}
		}
	}
	return false
}

// Says reports whether text says "minh họa" (illustration): the word
// "minh" followed by "họa" or "hoạ" (the two placements of the tone mark),
// in any case and Unicode normalisation form, separated by spaces,
// hyphens, underscores or other punctuation. The tone mark matters:
// "Minh Hòa" is a real commune of Hữu Lũng (06457) and "Minh Hóa" a
// district of Quảng Bình, not illustrations. So a diacritic-free "minh
// hoa", which may be either, counts only with form ASCII (file names,
// which are written without diacritics) and, with form SourceText, in the
// phrase "so lieu minh hoa"; a commune name "Minh Hoa" is most likely xã
// Minh Hòa typed without diacritics.
func Says(text string, form Form) bool {
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
		case form == ASCII:
			return true
		case form == SourceText && i >= 2 && words[i-2] == "so" && words[i-1] == "lieu":
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
