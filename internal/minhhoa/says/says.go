// Package says tells whether a text says "minh họa" (illustration), as
// the project labels invented figures (số liệu minh họa): the test that
// package evaluate (Report.Illustrative) and package minhhoa share.
package says

import (
	"strings"
	"unicode"

	"github.com/nongthonmoi/ntm/internal/vntext"
)

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
