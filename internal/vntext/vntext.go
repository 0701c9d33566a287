// Package vntext normalises Vietnamese names for matching: Unicode
// normalisation (NFC/NFD), case folding and diacritic folding.
//
// Two keys are offered. [Key] ignores case, Unicode normalisation form and
// spacing but keeps diacritics, so "Nhật Tiến" and "Nhất Tiến" stay distinct
// (they are different communes). [Fold] also drops diacritics and maps đ to d,
// for matching free-typed names such as "Lang Son" against "Lạng Sơn".
package vntext

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var caser = cases.Fold()

// Key returns s in NFC, case-folded, with runs of white space collapsed to one
// space and trimmed. Diacritics are kept.
func Key(s string) string {
	s = norm.NFC.String(s)
	s = caser.String(s)
	return strings.Join(strings.Fields(s), " ")
}

// Fold returns the diacritic-free key of s: NFD, combining marks removed, đ→d,
// case-folded, and every run of characters other than letters and digits
// replaced by one space. "Thừa Thiên - Huế" and "thua thien hue" fold alike.
func Fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = caser.String(out)
	var b strings.Builder
	b.Grow(len(out))
	space := false
	for _, r := range out {
		switch {
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
