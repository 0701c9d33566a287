// Package vntext normalises Vietnamese names for matching: Unicode
// normalisation (NFC/NFD), case folding and diacritic folding.
//
// Three keys are offered. [Key] ignores case, Unicode normalisation form and
// spacing but keeps diacritics, so "Nhật Tiến" and "Nhất Tiến" stay distinct
// (they are different communes). [ToneKey] is Key that also ignores which
// vowel of a syllable carries the tone mark, so the old placement ("Hoà",
// what Unikey types by default) and the new one ("Hòa") are one name. [Fold]
// also drops diacritics and maps đ to d, for matching free-typed names such
// as "Lang Son" against "Lạng Sơn".
package vntext

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// A cases.Caser and a transform chain may hold state, so they are not shared
// between goroutines: each call takes its own from a pool.
var (
	casers   = sync.Pool{New: func() any { c := cases.Fold(); return &c }}
	stripers = sync.Pool{New: func() any {
		return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	}}
)

func fold(s string) string {
	c := casers.Get().(*cases.Caser)
	defer casers.Put(c)
	return c.String(s)
}

// isASCII reports whether s holds only ASCII, where folding needs no tables.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Key returns s in NFC, case-folded, with runs of white space collapsed to one
// space and trimmed. Diacritics are kept.
func Key(s string) string {
	if isASCII(s) {
		s = strings.ToLower(s)
	} else {
		s = fold(norm.NFC.String(s))
	}
	return strings.Join(strings.Fields(s), " ")
}

// Fold returns the diacritic-free key of s: NFD, combining marks removed, đ→d,
// case-folded, and every run of characters other than letters and digits
// replaced by one space. "Thừa Thiên - Huế" and "thua thien hue" fold alike.
func Fold(s string) string {
	out := strings.ToLower(s)
	if !isASCII(s) {
		t := stripers.Get().(transform.Transformer)
		t.Reset()
		stripped, _, err := transform.String(t, s)
		stripers.Put(t)
		if err != nil {
			stripped = s
		}
		out = fold(stripped)
	}
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

// isTone reports whether r is one of the five Vietnamese tone marks as a
// combining character (huyền, sắc, ngã, hỏi, nặng).
func isTone(r rune) bool {
	switch r {
	case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
		return true
	}
	return false
}

// ToneKey returns the key of s that keeps diacritics but not where a
// syllable's tone mark sits: [Key], in NFD, with each syllable's tone mark
// moved to the syllable's end. "Hoà" and "Hòa", "Thuỵ" and "Thụy", "Khoá"
// and "Khóa" have the same key; "Nhật" and "Nhất" do not (a syllable has
// one tone, and its place is a matter of spelling convention only). The key
// is for comparing, not for display.
func ToneKey(s string) string {
	if isASCII(s) {
		return Key(s)
	}
	s = norm.NFD.String(Key(s))
	var b strings.Builder
	b.Grow(len(s))
	var tone rune
	flush := func() {
		if tone != 0 {
			b.WriteRune(tone)
			tone = 0
		}
	}
	for _, r := range s {
		switch {
		case isTone(r):
			tone = r
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			flush()
			b.WriteRune(r)
		}
	}
	flush()
	return b.String()
}

// GroupCode reads a commune group as written: its code ("3"), or the code
// after the word the sets and the forms name it by ("Nhóm 3", "nhóm xã 3",
// "Nhom 3"; 51/2025/QĐ-TTg names its groups "Nhóm 1" … "Nhóm 3"). Anything
// else is kept as written, for the set's check to refuse it.
func GroupCode(s string) string {
	f := strings.Fields(s)
	switch {
	case len(f) == 2 && Fold(f[0]) == "nhom":
		return f[1]
	case len(f) == 3 && Fold(f[0]+" "+f[1]) == "nhom xa":
		return f[2]
	}
	return s
}

// Distance is the Levenshtein distance between a and b, by rune: the
// number of runes to insert, delete or replace to make one the other.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
