package units

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
	"golang.org/x/text/unicode/norm"
)

func codes(us []Unit) []string {
	var out []string
	for _, u := range us {
		out = append(out, u.Code)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		place string
		day   string // "" for any period
		want  []string
	}{
		{"a name, district and province without prefixes find the unit", "Hòa Lạc, Hữu Lũng, Lạng Sơn", "2025-03-01", []string{"06430"}},
		{"the kind prefixes are optional and may all be written", "Xã Hòa Lạc, Huyện Hữu Lũng, Tỉnh Lạng Sơn", "2025-03-01", []string{"06430"}},
		{"case, Unicode form and spacing do not matter", norm.NFD.String("  XÃ   HÒA LẠC , huyện hữu lũng"), "2025-03-01", []string{"06430"}},
		{"the old tone placement Hoà matches Hòa", "Hoà Lạc, Hữu Lũng", "2025-03-01", []string{"06430"}},
		{"a name without diacritics matches where unambiguous", "hoa lac, huu lung, lang son", "2025-03-01", []string{"06430"}},
		{"Nhật Tiến is the commune of Hữu Lũng only", "Nhật Tiến", "2025-03-01", []string{"06418"}},
		{"Nhất Tiến is the commune of Bắc Sơn only", "Nhất Tiến", "2025-03-01", []string{"06382"}},
		{"Nhất Tiến written in Hữu Lũng names no unit (the trap)", "Nhất Tiến, Hữu Lũng", "2025-03-01", nil},
		{"Nhat Tien without diacritics names both", "Nhat Tien", "2025-03-01", []string{"06382", "06418"}},
		{"Nhat Tien without diacritics and with a district names one", "Nhat Tien, Huu Lung", "2025-03-01", []string{"06418"}},
		{"three Tân Thành before 1/7/2025, told apart by district", "Tân Thành", "2025-06-30", []string{"06250", "06379", "06442"}},
		{"Tân Thành of Hữu Lũng", "Tân Thành, Huyện Hữu Lũng", "2025-06-30", []string{"06442"}},
		{"one Tân Thành from 1/7/2025", "Xã Tân Thành, Lạng Sơn", "2025-07-01", []string{"06445"}},
		{"Tân Thanh is not Tân Thành", "Tân Thanh", "2025-03-01", []string{"06166"}},
		{"a district no longer matches units after 1/7/2025", "Tân Thành, Hữu Lũng", "2025-07-01", nil},
		{"in any period, a name finds old and new units", "Tân Thành, Lạng Sơn", "", []string{"06250", "06379", "06442", "06445"}},
		{"the spelling of 1672 names NT Thái Bình", "Thị trấn Nông Trường Thái Bình", "2025-03-01", []string{"06616"}},
		{"Đồng Ý of 1672 names Đồng ý of the code list", "Đồng Ý", "2025-03-01", []string{"06337"}},
		{"a wrong kind prefix finds nothing", "Phường Hòa Lạc", "2025-03-01", nil},
		{"a thị trấn by its prefix", "Thị trấn Hữu Lũng", "2025-03-01", []string{"06385"}},
		{"TP Lạng Sơn names the city's district", "Hoàng Đồng, TP. Lạng Sơn", "2025-03-01", []string{"05986"}},
		{"Thành phố Lạng Sơn names it too", "Hoàng Đồng, Thành phố Lạng Sơn, Lạng Sơn", "2025-03-01", []string{"05986"}},
		{"a unit of a province without registry finds nothing", "Hòa Lạc, Hữu Lũng, Hà Nội", "2025-03-01", nil},
		{"no unit before the registry starts", "Hòa Lạc", "2020-01-01", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var day time.Time
			if tc.day != "" {
				day = d(tc.day)
			}
			if diff := cmp.Diff(tc.want, codes(Find(mustPlace(t, tc.place), day))); diff != "" {
				t.Errorf("Find(%q, %s) (-want +got):\n%s", tc.place, tc.day, diff)
			}
		})
	}
}

func TestByCodeIsKeyedByDate(t *testing.T) {
	tests := []struct{ name, code, day, want string }{
		{"06445 was Xã Hòa Sơn until 30/6/2025", "06445", "2025-06-30", "Xã Hòa Sơn"},
		{"06445 is Xã Tân Thành from 1/7/2025", "06445", "2025-07-01", "Xã Tân Thành"},
		{"06415 was Xã Minh Tiến", "06415", "2025-03-01", "Xã Minh Tiến"},
		{"06415 is Xã Vân Nham", "06415", "2026-01-01", "Xã Vân Nham"},
		{"06430 Hòa Lạc ended with the merger", "06430", "2025-07-01", ""},
		{"no code is known before the list's date", "06430", "2025-02-28", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u, _ := ByCode(tc.code, d(tc.day))
			if u.Name != tc.want {
				t.Errorf("ByCode(%s, %s) = %q, want %q", tc.code, tc.day, u.Name, tc.want)
			}
		})
	}
}

func TestSuccessor(t *testing.T) {
	tests := []struct {
		name, place, day string
		want             []string // "code name clause whole"
		err              string
	}{
		{"Hòa Lạc went whole into the new xã Tân Thành by khoản 46", "Hòa Lạc, Hữu Lũng, Lạng Sơn", "2025-07-01",
			[]string{"06445 Xã Tân Thành 1672/NQ-UBTVQH15, Điều 1, khoản 46 true"}, ""},
		{"Tân Thành of Hữu Lũng too", "Tân Thành, Hữu Lũng, Lạng Sơn", "2025-07-01",
			[]string{"06445 Xã Tân Thành 1672/NQ-UBTVQH15, Điều 1, khoản 46 true"}, ""},
		{"Nhật Tiến went into xã Vân Nham by khoản 47", "Nhật Tiến, Hữu Lũng", "2026-12-01",
			[]string{"06415 Xã Vân Nham 1672/NQ-UBTVQH15, Điều 1, khoản 47 true"}, ""},
		{"Nhất Tiến of Bắc Sơn went into xã Nhất Hòa by khoản 19", "Nhất Tiến, Bắc Sơn", "2025-07-01",
			[]string{"06376 Xã Nhất Hòa 1672/NQ-UBTVQH15, Điều 1, khoản 19 true"}, ""},
		{"Bính Xá was split between Đình Lập and Kiên Mộc", "Bính Xá", "2025-07-01",
			[]string{"06613 Xã Đình Lập 1672/NQ-UBTVQH15, Điều 1, khoản 40 false", "06625 Xã Kiên Mộc 1672/NQ-UBTVQH15, Điều 1, khoản 43 false"}, ""},
		{"Kiên Mộc was split between Châu Sơn and the new Kiên Mộc", "Kiên Mộc, Đình Lập", "2025-07-01",
			[]string{"06637 Xã Châu Sơn 1672/NQ-UBTVQH15, Điều 1, khoản 42 false", "06625 Xã Kiên Mộc 1672/NQ-UBTVQH15, Điều 1, khoản 43 false"}, ""},
		{"before 1/7/2025 Hòa Lạc is still in force: no successor", "Hòa Lạc, Hữu Lũng", "2025-06-30", nil, ""},
		{"Tân Thành without district is the unit in force, which has none", "Tân Thành, Lạng Sơn", "2025-07-01", nil, ""},
		{"Tân Thành without district on 30/6/2025 is one of three: name the district", "Tân Thành, Lạng Sơn", "2025-06-30", nil,
			"Xã Tân Thành (06442), Huyện Hữu Lũng, Lạng Sơn; name the district, as in \"Tân Thành, Huyện Cao Lộc, Lạng Sơn\""},
		{"Hòa Bình, former in four districts, none in force: name the district", "Hòa Bình, Lạng Sơn", "2026-01-01", nil,
			"Xã Hòa Bình (06508), Huyện Chi Lăng, Lạng Sơn; name the district, as in \"Hòa Bình, Huyện Bình Gia, Lạng Sơn\""},
		{"Đình Lập of Đình Lập without its kind is ambiguous: the kind decides, not the district", "Đình Lập, Đình Lập, Lạng Sơn", "2025-07-01", nil,
			"ambiguous: Thị trấn Đình Lập (06613), Huyện Đình Lập, Lạng Sơn; Xã Đình Lập (06628), Huyện Đình Lập, Lạng Sơn; write the kind (Xã, Phường, Thị trấn) before the name"},
		{"Thị trấn Đình Lập names the thị trấn", "Thị trấn Đình Lập, Đình Lập, Lạng Sơn", "2025-07-01",
			[]string{"06613 Xã Đình Lập 1672/NQ-UBTVQH15, Điều 1, khoản 40 true"}, ""},
		{"an unknown name names the closest units", "Nhất Tiến, Hữu Lũng", "2025-07-01", nil, "Xã Nhật Tiến (06418)"},
		{"a unit in force of the name is the closest, a district written beside it aside", "Hoàng Văn Thụ, Cao Lộc, Lạng Sơn", "2026-01-01", nil,
			"(closest: Xã Hoàng Văn Thụ (06172), Lạng Sơn)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, succ, err := Successor(mustPlace(t, tc.place), d(tc.day))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range succ {
				got = append(got, s.Successor.Code+" "+s.Successor.Name+" "+s.Basis.String()+" "+map[bool]string{true: "true", false: "false"}[s.Whole])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestClosestNamesBothTiến(t *testing.T) {
	got := Closest(Place{Name: "Nhất Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"}, 2)
	if diff := cmp.Diff([]string{"06382", "06418"}, codes(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if Known(Place{Name: "Nhất Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"}) {
		t.Error("Nhất Tiến of Hữu Lũng is known, want unknown")
	}
	if !Known(Place{Name: "Nhật Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"}) {
		t.Error("Nhật Tiến of Hữu Lũng is unknown, want known")
	}
	if !Known(Place{Name: "Anything", Province: "Hà Nội"}) {
		t.Error("a province without registry has nothing to check against: want known")
	}
}

func TestCounts(t *testing.T) {
	count := func(us []Unit) map[string]int {
		m := map[string]int{}
		for _, u := range us {
			m[u.Kind]++
		}
		return m
	}
	if diff := cmp.Diff(map[string]int{"xã": 175, "thị trấn": 14, "phường": 5}, count(List("Lạng Sơn", d("2025-03-01")))); diff != "" {
		t.Errorf("1/3/2025 (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"xã": 61, "phường": 4}, count(List("lang son", d("2025-07-01")))); diff != "" {
		t.Errorf("1/7/2025 (-want +got):\n%s", diff)
	}
	if got := List("Hà Nội", d("2025-07-01")); got != nil {
		t.Errorf("Hà Nội: %d units, want none (no registry)", len(got))
	}
}

func TestUnitJSON(t *testing.T) {
	u, _ := ByCode("06445", d("2025-07-01"))
	b, err := u.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"code":"06445","name":"Xã Tân Thành","kind":"xã","district":"","province":"Lạng Sơn","from":"2025-07-01","to":null}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// Since gives the first day the registry covers, which List and ntm units
// name when asked about an earlier day.
func TestSince(t *testing.T) {
	for _, tc := range []struct{ province, want string }{
		{"Lạng Sơn", "2025-03-01"},
		{"tỉnh Lang Son", "2025-03-01"},
		{"", "2025-03-01"},
		{"Hà Nội", "0001-01-01"},
	} {
		if got := Since(tc.province).Format(time.DateOnly); got != tc.want {
			t.Errorf("Since(%q) = %s, want %s", tc.province, got, tc.want)
		}
	}
	if l := List("Lạng Sơn", Since("Lạng Sơn").AddDate(0, 0, -1)); l != nil {
		t.Errorf("the day before Since: %d units", len(l))
	}
	if l := List("Lạng Sơn", Since("Lạng Sơn")); len(l) != 194 {
		t.Errorf("on Since: %d units, want 194", len(l))
	}
}

// Closest orders by spelling first; the district named only decides
// between units equally near, as its comment says.
func TestClosestDistrictDecidesOnlyBetweenEquals(t *testing.T) {
	for district, want := range map[string]string{"Hữu Lũng": "Xã Nhật Tiến", "Bắc Sơn": "Xã Nhất Tiến"} {
		got := Closest(Place{Name: "Nhat Tien x", District: district, Province: "Lạng Sơn"}, 1)
		if len(got) != 1 || got[0].Name != want {
			t.Errorf("district %s: got %v, want %s", district, got, want)
		}
	}
	got := Closest(Place{Name: "Hoa Lac x", District: "Hữu Lũng", Province: "Lạng Sơn"}, 2)
	if len(got) != 2 || got[1].District == "Huyện Hữu Lũng" {
		t.Errorf("the second nearest spelling is not put after the district's units: %v", got)
	}
}

// TestSuccessorOfAUnitInForceNamedWithoutDistrict: a unit formed on
// 1/7/2025 has no district (1672/NQ-UBTVQH15), so its name and province
// are all that can be written of it: on or after that day they answer it,
// though former communes of other districts bore the name.
func TestSuccessorOfAUnitInForceNamedWithoutDistrict(t *testing.T) {
	for _, tc := range []struct{ place, day, code string }{
		{"Tân Thành, Lạng Sơn", "2025-07-01", "06445"},
		{"Xã Tân Thành, Tỉnh Lạng Sơn", "2026-12-02", "06445"},
		{"Chi Lăng, Lạng Sơn", "2026-01-01", "06463"},
		{"Tan Thanh, Lang Son", "2026-01-01", "06445"},
	} {
		u, succ, err := Successor(mustPlace(t, tc.place), d(tc.day))
		if err != nil || len(succ) != 0 || u.Code != tc.code || u.District != "" || !u.InForce(d(tc.day)) {
			t.Errorf("%s on %s: %v, %v, %v; want %s in force, no successor", tc.place, tc.day, u, succ, err, tc.code)
		}
	}
}

// TestClosestOfNoneAndOfANegativeCount: as Closest says, n = 0 gives none
// and a negative n every unit of the province, nearest first.
func TestClosestOfNoneAndOfANegativeCount(t *testing.T) {
	p := Place{Name: "Hoa Lac x", District: "Hữu Lũng", Province: "Lạng Sơn"}
	if got := Closest(p, 0); got != nil {
		t.Errorf("Closest(p, 0) = %v, want nil", codes(got))
	}
	all := Closest(p, -1)
	if len(all) != len(All("Lạng Sơn")) {
		t.Errorf("Closest(p, -1) gives %d units, want the %d of Lạng Sơn", len(all), len(All("Lạng Sơn")))
	}
	if diff := cmp.Diff(Closest(p, 2), all[:2]); diff != "" {
		t.Errorf("Closest(p, -1) is not nearest first (-2 nearest +its first 2):\n%s", diff)
	}
}

// mustPlace is ParsePlace of s, which the test gives well formed.
func mustPlace(t testing.TB, s string) Place {
	t.Helper()
	p, err := ParsePlace(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSuccessorInAProvinceWithoutRegistry: the registry holds Lạng Sơn's
// units only; a commune of another province is not said to name no unit,
// but to be of a province whose units the registry does not hold.
func TestSuccessorInAProvinceWithoutRegistry(t *testing.T) {
	for _, place := range []Place{
		{Name: "Mỹ Hiệp", District: "Cao Lãnh", Province: "Đồng Tháp"},
		{Name: "Nghĩa Đồng", Province: "Nghệ An"},
		{Name: "Xã Hòa Lạc", District: "Huyện Hữu Lũng", Province: "Tỉnh Nghệ An"},
	} {
		_, _, err := Successor(place, d("2025-07-01"))
		if err == nil {
			t.Fatalf("%s: no error", place)
		}
		msg := err.Error()
		for _, want := range []string{"holds no units of province", "Lạng Sơn", "not known", place.Name, place.Province} {
			if !strings.Contains(msg, want) {
				t.Errorf("%s: error %q does not say %q", place, msg, want)
			}
		}
		if strings.Contains(msg, "no unit named") || strings.Contains(msg, "closest") {
			t.Errorf("%s: error %q speaks as if the registry knew the province's units", place, msg)
		}
	}
}

// TestSuccessorInACityWithoutRegistry: a centrally-run city whose units
// the registry does not hold is named a city (thành phố), in English and
// in Vietnamese, not a province; Thừa Thiên Huế, a province under that
// name, stays a province.
func TestSuccessorInACityWithoutRegistry(t *testing.T) {
	for _, tc := range []struct {
		place  Place
		en, vi string
	}{
		{Place{Name: "Phú Lương", Province: "Hà Nội"}, `holds no units of city "Hà Nội"`, `chưa có thành phố "Hà Nội"`},
		{Place{Name: "Thủy Xuân", Province: "Huế"}, `holds no units of city "Huế"`, `chưa có thành phố "Huế"`},
		{Place{Name: "Tân An", Province: "TP. Hồ Chí Minh"}, `holds no units of city "TP. Hồ Chí Minh"`, `chưa có thành phố "TP. Hồ Chí Minh"`},
		{Place{Name: "Thủy Xuân", Province: "Thừa Thiên Huế"}, `holds no units of province "Thừa Thiên Huế"`, `chưa có tỉnh "Thừa Thiên Huế"`},
		{Place{Name: "Nghĩa Đồng", Province: "Nghệ An"}, `holds no units of province "Nghệ An"`, `chưa có tỉnh "Nghệ An"`},
	} {
		_, _, err := Successor(tc.place, d("2025-07-01"))
		if err == nil {
			t.Fatalf("%s: no error", tc.place)
		}
		if msg := err.Error(); !strings.Contains(msg, tc.en) {
			t.Errorf("%s: error %q does not say %q", tc.place, msg, tc.en)
		}
		var m *problem.Msg
		if !errors.As(err, &m) {
			t.Fatalf("%s: error %q is no message", tc.place, err)
		}
		if msg := m.Text(problem.VI); !strings.Contains(msg, tc.vi) {
			t.Errorf("%s: error %q does not say %q", tc.place, msg, tc.vi)
		}
	}
}
