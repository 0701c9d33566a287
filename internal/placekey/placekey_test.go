package placekey

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestSameAndDifferent(t *testing.T) {
	type pair struct{ a, b string }
	levels := []struct {
		level      string
		key        func(string) string
		same, diff []pair
	}{
		{"commune", Commune,
			[]pair{
				{"Hoà Lạc", "Hòa Lạc"},                     // old and new tone placement
				{"Xã Hòa Lạc", "Hòa Lạc"},                  // the xã prefix
				{"xã Hoà Lạc", "XÃ HÒA LẠC"},               // prefix, case and placement at once
				{norm.NFD.String("Hòa Lạc"), "Hòa Lạc"},    // Unicode form
				{"  Hòa   Lạc ", "Hòa Lạc"},                // spaces
				{"Xã  Hòa Lạc", "Hòa Lạc"},                 // spaces after the prefix
				{"Thuỵ Hương", "Thụy Hương"},               // uỵ / ụy
				{"Xã minh họa 1", "xã minh hoạ 1"},         // a name with digits
				{norm.NFD.String("Xã Hoà Lạc"), "Hòa Lạc"}, // the prefix in NFD
			},
			[]pair{
				{"Yen Vuong", "Yên Vượng"},           // diacritics are identity
				{"Nhất Tiến", "Nhật Tiến"},           // a different tone is another name
				{"Thị trấn Chi Lăng", "Xã Chi Lăng"}, // other kinds are kept
				{"Thị trấn Chi Lăng", "Chi Lăng"},
				{"Phường Chi Lăng", "Chi Lăng"},
				{"Xa Dung", "Dung"}, // "Xa" without its diacritic is a name, not "xã"
				{"Xã", ""},          // a prefix alone is a name
			}},
		{"district", District,
			[]pair{
				{"Huyện Hữu Lũng", "Hữu Lũng"},
				{"huyện  hữu lũng", "HỮU LŨNG"},
			},
			[]pair{
				{"Thị xã Cai Lậy", "Huyện Cai Lậy"},
				{"Thị xã Cai Lậy", "Cai Lậy"},
				{"Thành phố Hồng Ngự", "Hồng Ngự"},
				{"Huyen Huu Lung", "Huu Lung"},
				{"Hữu Lũng", "Huu Lung"},
			}},
		{"province", Province,
			[]pair{
				{"tỉnh Lạng Sơn", "Lạng Sơn"},
				{"TỈNH LẠNG SƠN", "lạng sơn"},
				{"Thành phố Hà Nội", "Hà Nội"},
				{"TP. Hồ Chí Minh", "Hồ Chí Minh"},
				{"TP.Hồ Chí Minh", "Thành phố Hồ Chí Minh"},
				{"TP Hồ Chí Minh", "Hồ Chí Minh"},
				{"Tỉnh Hoà Bình", "Hòa Bình"},
			},
			[]pair{
				{"Lạng Sơn", "Lang Son"},
				{"Tỉnh", ""},
				{"TP.", ""},
			}},
	}
	for _, l := range levels {
		for _, p := range l.same {
			if ka, kb := l.key(p.a), l.key(p.b); ka != kb {
				t.Errorf("%s %q has key %q, %q has %q: want one key", l.level, p.a, ka, p.b, kb)
			}
		}
		for _, p := range l.diff {
			if ka, kb := l.key(p.a), l.key(p.b); ka == kb {
				t.Errorf("%s %q and %q both have key %q: want two", l.level, p.a, p.b, ka)
			}
		}
	}
}

func TestOf(t *testing.T) {
	a := Of("Xã Hoà Lạc", "huyện Hữu Lũng", "tỉnh Lạng Sơn")
	if b := Of("Hòa Lạc", "Hữu Lũng", "Lạng Sơn"); a != b {
		t.Errorf("Of: %q and %q, want one key", a, b)
	}
	// The parts do not run into one another.
	if Of("Hòa Lạc", "", "Hữu Lũng") == Of("Hòa Lạc", "Hữu Lũng", "") {
		t.Error("Of: a district and a province of the same name have one key")
	}
	// A level's prefix is not another level's: "Huyện" before a commune is
	// part of its name.
	if Commune("Huyện Hữu Lũng") == Commune("Hữu Lũng") {
		t.Error("Commune strips a district's prefix")
	}
}

// TestOfIn: from NoDistrictsFrom (2026) a commune is its name and province,
// whatever district is written; until 2025 the district tells communes of
// one name apart.
func TestOfIn(t *testing.T) {
	if OfIn("Tân Thành", "Hữu Lũng", "Lạng Sơn", 2026) != OfIn("Xã Tân Thành", "", "Tỉnh Lạng Sơn", 2026) {
		t.Error("2026: the commune with its former district is another commune")
	}
	if OfIn("Tân Thành", "Hữu Lũng", "Lạng Sơn", 2027) != OfIn("Tân Thành", "Bắc Sơn", "Lạng Sơn", 2027) {
		t.Error("2027: two districts written make two communes")
	}
	if OfIn("Tân Thành", "Hữu Lũng", "Lạng Sơn", 2025) == OfIn("Tân Thành", "Bắc Sơn", "Lạng Sơn", 2025) ||
		OfIn("Tân Thành", "Hữu Lũng", "Lạng Sơn", 2025) == OfIn("Tân Thành", "", "Lạng Sơn", 2025) {
		t.Error("2025: communes of one name in different districts are one")
	}
	if OfIn("Tân Thành", "", "Lạng Sơn", 2026) == OfIn("Tân Thành", "", "Cao Bằng", 2026) {
		t.Error("2026: communes of one name in two provinces are one")
	}
	if got := DistrictIn("Hữu Lũng", 2025); got != "Hữu Lũng" {
		t.Errorf("DistrictIn 2025 = %q", got)
	}
	if got := DistrictIn("Hữu Lũng", NoDistrictsFrom); got != "" {
		t.Errorf("DistrictIn %d = %q, want empty", NoDistrictsFrom, got)
	}
}

func TestOfEither(t *testing.T) {
	k := OfEither("Tân Thành", "Hữu Lũng", "Lạng Sơn")
	if k[0] != OfIn("Tân Thành", "Hữu Lũng", "Lạng Sơn", 2025) || k[1] != OfIn("Tân Thành", "", "Lạng Sơn", 2026) || k[0] == k[1] {
		t.Errorf("OfEither = %q, want the keys of 2025 (with the district) and of 2026 (without)", k)
	}
}
