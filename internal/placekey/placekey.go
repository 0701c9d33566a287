// Package placekey gives communes, districts and provinces their identity:
// the keys by which two spellings of a place are the same place, for
// matching (a plan's targets against reports) and de-duplication (a commune
// assessed twice, a summary's areas). The names shown stay as written (the
// readers give them in NFC, so a key's own NFC is only its quick check);
// only the keys are normalised.
//
// A key ignores what officials' spellings vary in without naming another
// place:
//
//   - Unicode normalisation form, case, and surrounding or repeated spaces;
//   - where a syllable's tone mark sits: "Hoà Lạc" (the old placement, what
//     Unikey types by default) is "Hòa Lạc", "Thuỵ" is "Thụy"
//     ([vntext.ToneKey], as package units matches names);
//   - the prefix of a level's usual kind, which a name without a prefix is
//     taken for: "xã" before a commune, "huyện" before a district, and
//     "tỉnh" or "thành phố" ("TP.", "TP") before a province.
//
// It keeps what may tell two places apart:
//
//   - diacritics: "Yen Vuong" is not "Yên Vượng", nor "Nhất Tiến" "Nhật
//     Tiến" (a prefix is removed only as written with its diacritics, so
//     "Xa Dung" stays whole);
//   - the other kind prefixes: "Thị trấn Chi Lăng" is not "Xã Chi Lăng"
//     (Lạng Sơn has had both: the xã formed in 2025 took the thị trấn
//     over), nor "Phường Chi Lăng"; "Thị xã Cai Lậy" is not "Huyện Cai
//     Lậy", nor "Thành phố Hồng Ngự" "Huyện Hồng Ngự" (each pair existed
//     side by side).
//
// Between provinces no two share a name, so "Thành phố Hà Nội" is "Hà Nội".
//
// A key never drops diacritics. Which known name a name written without
// any ("Lang Son") stands for depends on the names known in a run: see
// [Names].
package placekey

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/nongthonmoi/ntm/internal/vntext"
)

// The prefixes removed, as tone keys, longest first where one begins another.
var (
	communePrefixes  = keys("xã")
	districtPrefixes = keys("huyện")
	provincePrefixes = keys("thành phố", "tỉnh", "tp.", "tp")
)

func keys(prefixes ...string) []string {
	out := make([]string, len(prefixes))
	for i, p := range prefixes {
		out[i] = vntext.ToneKey(p) + " "
	}
	return out
}

// strip removes the first of prefixes (each ending with a space) that key
// begins with, unless nothing would be left: "xã" alone is a name.
func strip(key string, prefixes []string) string {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(key, p); ok && rest != "" {
			return rest
		}
	}
	return key
}

// toneKey is [vntext.ToneKey] of s, made word by word: the words of s
// (split at white space, as ToneKey collapses it) each have their own key,
// since a tone mark moves only within its syllable, joined by one space.
// Names repeat their syllables from commune to commune, so the keys of
// words that are not ASCII are kept (the first maxWords of them); an
// ASCII word's key is the word in lower case. Text that is not UTF-8 (no
// reader gives it) is keyed whole.
func toneKey(s string) string {
	if !utf8.ValidString(s) {
		return vntext.ToneKey(s)
	}
	var b strings.Builder
	first, n := "", 0
	for w := range strings.FieldsSeq(s) {
		k := wordKey(w)
		switch n {
		case 0:
			first = k
		case 1:
			b.Grow(len(s))
			b.WriteString(first)
			fallthrough
		default:
			b.WriteByte(' ')
			b.WriteString(k)
		}
		n++
	}
	if n <= 1 {
		return first
	}
	return b.String()
}

// maxWords bounds the keys of words kept.
const maxWords = 1 << 16

var (
	wordKeys  sync.Map // word → its tone key
	wordsKept atomic.Int32
)

func wordKey(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	if k, ok := wordKeys.Load(w); ok {
		return k.(string)
	}
	k := vntext.ToneKey(w)
	if wordsKept.Load() < maxWords {
		if _, loaded := wordKeys.LoadOrStore(strings.Clone(w), k); !loaded {
			wordsKept.Add(1)
		}
	}
	return k
}

// Commune returns the identity key of a commune's name: "Xã Hoà Lạc",
// "hòa lạc" and "Hòa  Lạc" have one key.
func Commune(name string) string { return strip(toneKey(name), communePrefixes) }

// District returns the identity key of a district's name: "Huyện Hữu
// Lũng" and "Hữu Lũng" have one key, "Thị xã Hữu Lũng" another.
func District(name string) string { return strip(toneKey(name), districtPrefixes) }

// Province returns the identity key of a province's name: "Tỉnh Lạng
// Sơn" and "Lạng Sơn" have one key, as have "TP. Hồ Chí Minh" and "Thành
// phố Hồ Chí Minh".
func Province(name string) string {
	k := toneKey(name)
	if rest, ok := strings.CutPrefix(k, "tp."); ok && rest != "" && rest[0] != ' ' {
		return rest // "TP.Hồ Chí Minh"
	}
	return strip(k, provincePrefixes)
}

// Of returns the identity key of a commune with its district and province:
// two communes are one when their names, districts and provinces each have
// the same key (an empty district or province is a key of its own).
func Of(name, district, province string) string {
	return Commune(name) + "\x00" + District(district) + "\x00" + Province(province)
}

// NoDistrictsFrom is the first year whose communes are the units in force
// since 1/7/2025 alone, when the communes were reorganised and the
// districts (huyện) ceased (Nghị quyết (Resolution) 1672/NQ-UBTVQH15 for
// Lạng Sơn): a commune of such a year is identified by its name and province, and a
// district written beside it is no part of its identity. An assessment of
// 2025 may be of either period, and keeps its district.
const NoDistrictsFrom = 2026

// DistrictIn returns the district that is part of the identity of a
// commune of year written with district: district itself, or "" from
// [NoDistrictsFrom] on.
func DistrictIn(district string, year int) string {
	if year >= NoDistrictsFrom {
		return ""
	}
	return district
}

// OfIn is [Of] for a commune assessed for year: from [NoDistrictsFrom] on,
// its name and province alone.
func OfIn(name, district, province string, year int) string {
	return Of(name, DistrictIn(district, year), province)
}

// OfEither returns the keys [OfIn] gives a commune for a year before
// [NoDistrictsFrom] and for one from it: with its district, and without.
func OfEither(name, district, province string) [2]string {
	return [2]string{OfIn(name, district, province, NoDistrictsFrom-1), OfIn(name, district, province, NoDistrictsFrom)}
}
