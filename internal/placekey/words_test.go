package placekey

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/vntext"
	"github.com/nongthonmoi/ntm/units"
	"golang.org/x/text/unicode/norm"
)

// The word by word key is vntext.ToneKey's.

// alphabet is what random names are made of: ASCII letters and digits,
// Vietnamese letters precomposed and decomposed, tone and other combining
// marks alone, upper case, white space of several kinds, punctuation, and
// letters whose case folding is more than lower case (ß, ẞ, İ, ﬁ).
var alphabet = []string{"a", "H", "x", "Q", "7", "0", "à", "Ạ", "ậ", "Ắ", "ơ", "Ư", "ừ", "đ", "Đ", "ỹ", "Ỵ",
	"o\u0300", "A\u0323", "u\u031b\u0303", "\u0301", "\u0309", "\u0323", "\u031b", "\u0302",
	" ", "  ", "\t", "\u00a0", "\u3000", "\n", "-", ".", ",", "(", "'", "ß", "ẞ", "İ", "ﬁ", "Σ", "ς"}

func TestToneKeyByWordsIsToneKey(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := toneKey(s), vntext.ToneKey(s); got != want {
			t.Errorf("%q: by words %q, ToneKey %q", s, got, want)
		}
	}
	for _, s := range []string{"", " ", "Xã Hoà Lạc", "  Hòa   Lạc ", "Thuỵ Hương", "TP.Hồ Chí Minh", "Xã minh hoạ 12",
		norm.NFD.String("Xã Hoà Lạc"), "Hòa\u00a0Lạc", "HÒA LẠC", "hòa lạc", "Thị trấn Chi Lăng", "a \u0301b"} {
		check(s)
	}
	// Every unit name of package units, with its kind, as written and in NFD.
	for _, u := range units.All("Lạng Sơn") {
		for _, s := range []string{u.Name, u.String()} {
			check(s)
			check(norm.NFD.String(s))
			check(strings.ToUpper(s))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		check(b.String())
	}
}

func FuzzToneKeyByWords(f *testing.F) {
	for _, s := range []string{"Xã Hoà Lạc", "o\u0300 a\u0301b", "ß ẞ İ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := toneKey(s), vntext.ToneKey(s); got != want {
			t.Errorf("%q: by words %q, ToneKey %q", s, got, want)
		}
	})
}

// TestKeysOfKnownWordsAllocateOnce: once its words were seen, a name's key
// costs one allocation (the joined key), none for a one-word name.
func TestKeysOfKnownWordsAllocateOnce(t *testing.T) {
	for _, tc := range []struct {
		name   string
		allocs float64
	}{
		{"Xã Hòa Lạc", 1},
		{"Hữu Lũng", 1},
		{"Xã minh họa 4711", 1},
		{"Lạng", 0},
	} {
		Commune(tc.name)
		if n := testing.AllocsPerRun(100, func() { Commune(tc.name) }); n > tc.allocs {
			t.Errorf("Commune(%q): %v allocations, want at most %v", tc.name, n, tc.allocs)
		}
	}
}
