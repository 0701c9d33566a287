package placekey

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/internal/vntext"
)

// langSon is a registry as package units knows Lạng Sơn: the province and
// its districts until 1/7/2025.
func langSon(n *Names) {
	n.AddRegistry(Place{Province: "Lạng Sơn"})
	n.AddRegistry(Place{Province: "Hà Giang"})
	for _, d := range []string{"Huyện Hữu Lũng", "Huyện Bắc Sơn", "Thành phố Lạng Sơn"} {
		n.AddRegistry(Place{District: d, Province: "Lạng Sơn"})
	}
}

func TestCanonical(t *testing.T) {
	for _, tc := range []struct {
		name string
		read []Place // in the order read
		in   Place
		want Place
	}{
		{"a province written without diacritics is the registry's",
			nil, Place{"Hoa Lac", "Huu Lung", "Lang Son"}, Place{"Hoa Lac", "Hữu Lũng", "Lạng Sơn"}},
		{"with the prefixes written without diacritics",
			nil, Place{"", "huyen huu lung", "TINH LANG SON"}, Place{"", "Hữu Lũng", "Lạng Sơn"}},
		{"a district keeps the kind its key keeps",
			nil, Place{"", "Thanh pho Lang Son", "Lang Son"}, Place{"", "Thành phố Lạng Sơn", "Lạng Sơn"}},
		{"a commune is the one read with diacritics in its district, whatever the order read",
			[]Place{{"Hoa Lac", "Huu Lung", "Lang Son"}, {"Hòa Lạc", "Hữu Lũng", "tỉnh Lạng Sơn"}},
			Place{"Hoa Lac", "Huu Lung", "Lang Son"}, Place{"Hòa Lạc", "Hữu Lũng", "Lạng Sơn"}},
		{"a commune of another district is not a candidate",
			[]Place{{"Hòa Lạc", "Bắc Sơn", "Lạng Sơn"}},
			Place{"Hoa Lac", "Huu Lung", "Lang Son"}, Place{"Hoa Lac", "Hữu Lũng", "Lạng Sơn"}},
		{"a district read with diacritics, in a province without a registry",
			[]Place{{"Đạo Đức", "Vị Xuyên", "Hà Giang"}},
			Place{"Dao Duc", "Vi Xuyen", "Ha Giang"}, Place{"Đạo Đức", "Vị Xuyên", "Hà Giang"}},
		{"two candidates: kept as written",
			[]Place{{"Nhật Tiến", "Hữu Lũng", "Lạng Sơn"}, {"Nhất Tiến", "Hữu Lũng", "Lạng Sơn"}},
			Place{"Nhat Tien", "Huu Lung", "Lang Son"}, Place{"Nhat Tien", "Hữu Lũng", "Lạng Sơn"}},
		{"a name with a diacritic is never folded",
			[]Place{{"Hòa Lạc", "Hữu Lũng", "Lạng Sơn"}},
			Place{"Hoà Lac", "Hữu Lũng", "Lạng Sơn"}, Place{"Hoà Lac", "Hữu Lũng", "Lạng Sơn"}},
		{"a name without diacritics that is known so stays",
			[]Place{{"Minh Khai", "Hữu Lũng", "Lạng Sơn"}},
			Place{"minh khai", "Hữu Lũng", "Lạng Sơn"}, Place{"minh khai", "Hữu Lũng", "Lạng Sơn"}},
		{"'Xa Dung' may be xã Dung",
			[]Place{{"Dũng", "Hữu Lũng", "Lạng Sơn"}},
			Place{"Xa Dung", "Hữu Lũng", "Lạng Sơn"}, Place{"Dũng", "Hữu Lũng", "Lạng Sơn"}},
		{"an unknown name stays",
			nil, Place{"Foo", "Bar", "Baz"}, Place{"Foo", "Bar", "Baz"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var n Names
			langSon(&n)
			for i, p := range tc.read {
				n.Add(p, "a.csv:"+string(rune('2'+i)))
			}
			if got := n.Resolve().Canonical(tc.in); got != tc.want {
				t.Errorf("Canonical(%+v) = %+v, want %+v", tc.in, got, tc.want)
			}
		})
	}
}

func TestAmbiguities(t *testing.T) {
	var n Names
	langSon(&n)
	n.Add(Place{"Nhat Tien", "Huu Lung", "Lang Son"}, "a.csv:2")
	n.Add(Place{"Nhật Tiến", "Hữu Lũng", "Lạng Sơn"}, "a.csv:3")
	n.Add(Place{"Nhất Tiến", "Huyện Hữu Lũng", "Lạng Sơn"}, "b.csv:4")
	n.Add(Place{"nhat tien", "Hữu Lũng", "Lạng Sơn"}, "b.csv:9") // the same name: told once
	got := n.Resolve().Ambiguities()
	want := []Ambiguity{{Level: LevelCommune, Name: "Nhat Tien", Origin: "a.csv:2", District: "Hữu Lũng", Province: "Lạng Sơn",
		Candidates: []Known{{Spelling: "Nhật Tiến", Origin: "a.csv:3"}, {Spelling: "Nhất Tiến", Origin: "b.csv:4"}}}}
	if d := cmp.Diff(want, got, cmp.Comparer(func(a, b Known) bool {
		return a.Spelling == b.Spelling && a.Origin == b.Origin && a.Registry == b.Registry
	})); d != "" {
		t.Errorf("Ambiguities (-want +got):\n%s", d)
	}
}

func TestNearDuplicates(t *testing.T) {
	var n Names
	langSon(&n)
	n.Add(Place{"Hòa Lạc", "Hữu Lũng", "Lạng Sơn"}, "a.csv:2")
	n.Add(Place{"Xã Hoà Lạc", "huyện Hữu Lũng", "Lạng Sơn"}, "a.csv:3") // one name
	n.Add(Place{"Hoà Lac", "Hữu Lũng", "Lạng Sơn"}, "b.csv:4")
	n.Add(Place{"Hoa Lac", "Hữu Lũng", "Lạng Sơn"}, "b.csv:5")    // without diacritics: resolved or ambiguous, not near
	n.Add(Place{"Hoà Lac", "Bắc Sơn", "Lạng Sơn"}, "b.csv:6")     // another district
	n.Add(Place{"Tân Thành", "Hữu Lũng", "Lạng Sơn"}, "c.csv:2")  //
	n.Add(Place{"Tân Thanh", "Hữu Lủng", "Lạng Sơn"}, "c.csv:3")  // a district misspelt too
	n.Add(Place{"Nhật Tiến", "Vị Xuyên", "Hà Giang"}, "d.csv:2")  //
	n.Add(Place{"Nhất Tiến", "Vị Xuyên", "Hà Giang"}, "d.csv:3")  // told apart by distinct
	n.Add(Place{"Nhất Tiến", "Vị Xuyên", "Hà Giang"}, "d.csv:3")  //
	n.Add(Place{"Chi Lăng", "Chi Lăng", "Lạng Sơn"}, "e.csv:2")   //
	n.Add(Place{"Thị trấn Chi Lăng", "", "Lạng Sơn"}, "e.csv:3")  // another kind: no pair
	n.Add(Place{"Bắc Sơn", "Bắc Sơn", "Lạng Sơn"}, "e.csv:4")     //
	n.Add(Place{"Bắc Sơn", "Thành phố Lạng Sơn", "Lạng Sơn"}, "") // registry districts: no pair
	type pair struct {
		level                      Level
		district, province         string
		first, firstAt, second, at string
	}
	var got []pair
	distinct := func(l Level, a, b Place) bool { return a.Province == "Hà Giang" }
	for _, d := range n.Resolve().NearDuplicates(distinct) {
		got = append(got, pair{d.Level, d.District, d.Province, d.First.Spelling, d.First.Origin, d.Second.Spelling, d.Second.Origin})
	}
	want := []pair{
		{LevelCommune, "Hữu Lũng", "Lạng Sơn", "Hòa Lạc", "a.csv:2", "Hoà Lac", "b.csv:4"},
		{LevelDistrict, "", "Lạng Sơn", "Hữu Lũng", "a.csv:2", "Hữu Lủng", "c.csv:3"},
	}
	if d := cmp.Diff(want, got, cmp.AllowUnexported(pair{})); d != "" {
		t.Errorf("NearDuplicates (-want +got):\n%s", d)
	}
}

func TestLoose(t *testing.T) {
	if a, b := Loose(Place{"Xa Hoa Lac", "huyen Huu Lung", "TP. Lang Son"}), Loose(Place{"Hòa Lạc", "Huyện Hữu Lũng", "Lạng Sơn"}); a != b {
		t.Errorf("Loose: %q and %q, want one key", a, b)
	}
	if Loose(Place{"Hòa Lạc", "", "Hữu Lũng"}) == Loose(Place{"Hòa Lạc", "Hữu Lũng", ""}) {
		t.Error("Loose: a district and a province of the same name have one key")
	}
}

func TestKeysAreOfAndLoose(t *testing.T) {
	for _, p := range []Place{{"Xa Hoa Lac", "huyen Huu Lung", "TP. Lang Son"}, {"Xã Hoà Lạc", "Huyện Hữu Lũng", "Tỉnh Lạng Sơn"}, {"", "", ""}} {
		k, l := Keys(p)
		if want := Of(p.Name, p.District, p.Province); k != want {
			t.Errorf("Keys(%v): key %q, want Of's %q", p, k, want)
		}
		if want := Loose(p); l != want {
			t.Errorf("Keys(%v): loose key %q, want Loose's %q", p, l, want)
		}
	}
}

func TestAddReturnsTheIndexOfTheSpelling(t *testing.T) {
	var n Names
	a, b := Place{"Hoa Lac", "Huu Lung", "Lang Son"}, Place{"Hòa Lạc", "Hữu Lũng", "Lạng Sơn"}
	if i, j, k := n.Add(a, "a.csv:2"), n.Add(b, "b.csv:2"), n.Add(a, "c.csv:2"); i != 0 || j != 1 || k != 0 {
		t.Errorf("indices %d, %d, %d; want 0, 1, 0 (a spelling added again keeps its index)", i, j, k)
	}
	if n.Spelling(0) != a || n.Spelling(1) != b {
		t.Errorf("spellings %v, %v; want %v, %v", n.Spelling(0), n.Spelling(1), a, b)
	}
}

func TestKeyMemoGivesKeys(t *testing.T) {
	var m KeyMemo
	places := []Place{{"Xa Hoa Lac", "huyen Huu Lung", "TP. Lang Son"}, {"Xã Hoà Lạc", "Huyện Hữu Lũng", "Tỉnh Lạng Sơn"},
		{"Tân Thành", "Huyện Hữu Lũng", "Tỉnh Lạng Sơn"}, {"", "", ""}}
	for range 2 { // computed, then remembered
		for _, p := range places {
			k, l := Keys(p)
			if mk, ml := m.Keys(p); mk != k || ml != l {
				t.Errorf("KeyMemo.Keys(%v) = %q, %q; want %q, %q", p, mk, ml, k, l)
			}
			if mk := m.Key(p); mk != k {
				t.Errorf("KeyMemo.Key(%v) = %q, want %q", p, mk, k)
			}
		}
	}
	// Past maxMemo names, they are computed, not remembered.
	for i := range maxMemo + 10 {
		p := Place{"Hòa Lạc", "Huyện " + strconv.Itoa(i), "Lạng Sơn"}
		if k, _ := Keys(p); m.Key(p) != k {
			t.Fatalf("KeyMemo.Key(%v) = %q, want %q", p, m.Key(p), k)
		}
	}
	if len(m.districts) != maxMemo {
		t.Errorf("%d districts remembered, want %d", len(m.districts), maxMemo)
	}
}

// TestResolveAsWhenResolvedNow: whatever the names read and their order,
// Resolve answers as the names resolved at once (resolve), though it
// resolves nothing while no name read is written without diacritics nor
// differs from another only in them: after each name read, the
// ambiguities, the near duplicates and the canonical names of every place
// are the same, and a Resolution taken before a name written without
// diacritics or a near duplicate is read does not change.
func TestResolveAsWhenResolvedNow(t *testing.T) {
	pool := []Place{
		{"Hòa Lạc", "Hữu Lũng", "Lạng Sơn"},
		{"Tân Thành", "Hữu Lũng", "Lạng Sơn"},
		{"Nhật Tiến", "Hữu Lũng", "Lạng Sơn"},
		{"Nhất Tiến", "Huyện Hữu Lũng", "Lạng Sơn"},
		{"Hoà Lac", "Hữu Lũng", "Lạng Sơn"},    // a commune near Hòa Lạc
		{"Đạo Đức", "Hữu Lủng", "Lạng Sơn"},    // a district near Hữu Lũng
		{"Đạo Đức", "Vị Xuyên", "Lạng Sờn"},    // a province near Lạng Sơn
		{"Xã Hòa Lạc", "Hữu Lũng", "Lạng Sơn"}, // Hòa Lạc as well
		{"Hoa Lac", "Hữu Lũng", "Lạng Sơn"},    // without diacritics: the commune
		{"Tân Thành", "Huu Lung", "Lạng Sơn"},  // the district
		{"Tân Thành", "Hữu Lũng", "Lang Son"},  // the province
		{"Nhat Tien", "Hữu Lũng", "Lạng Sơn"},  // two candidates
		{"Đạo Đức", "Vị Xuyên", "Hà Giang"},    //
		{"Đạo Đức", "Bắc Sơn", "Lạng Sơn"},     // same name, another district
		{"Hòa Lạc", "Bắc Sơn", ""},             // no province
		{"", "Bắc Sơn", "Lạng Sơn"},            // no commune
		{"Xã Đạo Đức", "Vị Xuyên", "Tỉnh Hà Giang"},
		{"Đạo Đức", "Tan Thanh", "Hà Giang"}, // two districts of the registry
	}
	same := cmp.Comparer(func(a, b Known) bool {
		return a.Spelling == b.Spelling && a.Origin == b.Origin && a.Registry == b.Registry
	})
	check := func(t *testing.T, what string, got, want *Resolution) {
		t.Helper()
		if d := cmp.Diff(want.Ambiguities(), got.Ambiguities(), same); d != "" {
			t.Errorf("%s: Ambiguities (-want +got):\n%s", what, d)
		}
		if d := cmp.Diff(want.NearDuplicates(nil), got.NearDuplicates(nil), same); d != "" {
			t.Errorf("%s: NearDuplicates (-want +got):\n%s", what, d)
		}
		for _, p := range pool {
			if g, w := got.Canonical(p), want.Canonical(p); g != w {
				t.Errorf("%s: Canonical(%+v) = %+v, want %+v", what, p, g, w)
			}
		}
	}
	// Each order of a few names of the pool: all the first names with
	// diacritics, then each other name as the last.
	plain := []int{0, 1, 2, 12, 13, 14, 15, 16}
	for last := range pool {
		for rot := range plain {
			order := append(append(slices.Clone(plain[rot:]), plain[:rot]...), last)
			var n Names
			langSon(&n)
			// Two districts of a registry that differ only in diacritics
			// (số liệu minh họa).
			n.AddRegistry(Place{District: "Huyện Tân Thành", Province: "Hà Giang"})
			n.AddRegistry(Place{District: "Huyện Tân Thạnh", Province: "Hà Giang"})
			var before []*Resolution
			var want []*Resolution
			for k, i := range order {
				n.Add(pool[i], "a.csv:"+strconv.Itoa(k+2))
				before = append(before, n.Resolve())
				want = append(want, n.resolve())
			}
			what := fmt.Sprintf("read %v", order)
			for k := range order {
				check(t, fmt.Sprintf("%s, resolved after %d", what, k+1), before[k], want[k])
			}
		}
	}
}

// TestLetterFoldIsFoldWordByWord: the letters and digits of the fold of a
// commune's key are those of the folds of its words, one after the other.
func TestLetterFoldIsFoldWordByWord(t *testing.T) {
	var n Names
	for _, name := range []string{"Hòa Lạc", "Xã Đạo-Đức", "Thừa Thiên - Huế", "Thị trấn Nông trường Mộc Châu", "A Lưới 2", "phường 3", "Ia H'Drai", "K'Long", "Straße"} {
		c := Commune(name)
		var got strings.Builder
		for w := range strings.FieldsSeq(c) {
			got.WriteString(n.letterFold(w))
		}
		if want := strings.ReplaceAll(vntext.Fold(c), " ", ""); got.String() != want {
			t.Errorf("letters of the fold of %q word by word: %q, want %q", c, got.String(), want)
		}
	}
}
