package placenames

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/placekey"
)

// TestWarningsNameACommuneOnce: a commune whose name is written with its
// kind (Xã, xã, Phường, Thị trấn) is not named after "xã" or "commune"
// again in the warnings; one written without it is.
func TestWarningsNameACommuneOnce(t *testing.T) {
	for _, tc := range []struct {
		name, vi, en string
	}{
		{"Hòa Lạc", `xã "Hòa Lạc"`, `commune "Hòa Lạc"`},
		{"Xã Hòa Lạc", `"Xã Hòa Lạc"`, `"Xã Hòa Lạc"`},
		{"xã Hòa Lạc", `"xã Hòa Lạc"`, `"xã Hòa Lạc"`},
		{"Phường Hòa Lạc", `"Phường Hòa Lạc"`, `"Phường Hòa Lạc"`},
		{"Thị trấn Hòa Lạc", `"Thị trấn Hòa Lạc"`, `"Thị trấn Hòa Lạc"`},
	} {
		p := placekey.Place{Name: tc.name, District: "Hữu Lũng", Province: "Lạng Sơn"}
		r := Repeat{Second: "b.csv:7", First: "a.csv:3", SecondPlace: p, FirstPlace: p, Set: "1980/QĐ-TTg", Year: 2020}
		a := placekey.Ambiguity{Level: placekey.LevelCommune, Name: tc.name, Origin: "a.csv:3", District: "Hữu Lũng", Province: "Lạng Sơn",
			Candidates: []placekey.Known{{Spelling: "Hòa Lạc", Origin: "a.csv:2"}, {Spelling: "Hoà Lác", Origin: "a.csv:4"}}}
		for _, w := range []struct{ lang, got, want string }{
			{"vi", r.Warning("vi").Text, tc.vi + " (Hữu Lũng, Lạng Sơn) bị đánh giá trùng"},
			{"en", r.Warning("en").Text, tc.en + " (Hữu Lũng, Lạng Sơn) is assessed again"},
			{"vi", AmbiguityWarning(a, "vi").Text, tc.vi + " (Hữu Lũng, Lạng Sơn) viết không dấu"},
			{"en", AmbiguityWarning(a, "en").Text, tc.en + " (Hữu Lũng, Lạng Sơn) is written without diacritics"},
		} {
			if !strings.HasPrefix(w.got, w.want) {
				t.Errorf("%s, %s: %q, want it to begin %q", tc.name, w.lang, w.got, w.want)
			}
		}
	}
	// A district keeps its level's word: the helper is for communes.
	a := placekey.Ambiguity{Level: placekey.LevelDistrict, Name: "Huu Lung", Origin: "a.csv:3", Province: "Lạng Sơn",
		Candidates: []placekey.Known{{Spelling: "Hữu Lũng", Origin: "a.csv:2"}, {Spelling: "Hữu Lùng", Origin: "a.csv:4"}}}
	if got, want := AmbiguityWarning(a, "vi").Text, `huyện "Huu Lung" (Lạng Sơn) viết không dấu`; !strings.HasPrefix(got, want) {
		t.Errorf("district: %q, want it to begin %q", got, want)
	}
}
