package mergedregion

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// TestSevenProvincesAreMixed: seven provinces of 1/7/2025 were formed from
// former provinces of more than one region (docs/formats.md).
func TestSevenProvincesAreMixed(t *testing.T) {
	want := map[string]string{
		"Phú Thọ": "Vĩnh Phúc", "Bắc Ninh": "Bắc Giang", "Quảng Ngãi": "Kon Tum", "Gia Lai": "Bình Định",
		"Lâm Đồng": "Bình Thuận", "Đắk Lắk": "Phú Yên", "Tây Ninh": "Long An",
	}
	n := 0
	for _, p := range criteria.Provinces() {
		_, others, ok := Lookup(p.Name)
		if !ok {
			t.Fatalf("%s: not found", p.Name)
		}
		if len(others) == 0 {
			continue
		}
		n++
		other, ok := want[p.Name]
		if !ok {
			t.Errorf("%s: mixed, want not", p.Name)
			continue
		}
		found := false
		for _, f := range others {
			found = found || f.Name == other && f.Region != p.Region
		}
		if !found {
			t.Errorf("%s: others %v, want %s of another region among them", p.Name, others, other)
		}
	}
	if n != len(want) {
		t.Errorf("%d mixed provinces, want %d", n, len(want))
	}
	p, others, _ := Lookup("tay ninh")
	if p.Region != criteria.DNB || len(In(others, criteria.DBSCL)) != 1 || len(In(others, criteria.TN)) != 0 {
		t.Errorf("Tây Ninh: %v %v", p, others)
	}
	if n := testing.AllocsPerRun(20, func() { Lookup("Tây Ninh") }); n != 0 {
		t.Errorf("Lookup allocates %v times, want 0", n)
	}
}

// TestShownSaysNothingOfOtherNames: only the name of a province merged
// across regions gets a note.
func TestShownSaysNothingOfOtherNames(t *testing.T) {
	ask := func(v string) string { return "region=" + v }
	for _, name := range []string{"Long An", "Lạng Sơn", "Ninh Bình", "Atlantis", ""} {
		if got := Shown(name, "en", ask); got != "" {
			t.Errorf("Shown(%q) = %q, want none", name, got)
		}
	}
	const want = `since 1/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the former province Long An (region DBSCL); the targets given are those of region DNB, that of the former Tây Ninh; for those of the former Long An, give region=DBSCL or region=Long An`
	if got := Shown("TAY NINH", "en", ask); got != want {
		t.Errorf("Shown(TAY NINH)\n got %s\nwant %s", got, want)
	}
}

func TestNames(t *testing.T) {
	p, others, _ := Lookup("Lâm Đồng")
	for _, tc := range []struct {
		fs         []Former
		lang, want string
	}{
		{others, "en", "Đắk Nông (TN), Bình Thuận (DHNTB)"},
		{All(p, others), "en", "Lâm Đồng (TN), Đắk Nông (TN), Bình Thuận (DHNTB)"},
		{All(p, others), "vi", "Lâm Đồng cũ (vùng TN), Đắk Nông cũ (vùng TN) và Bình Thuận cũ (vùng DHNTB)"},
		{others[1:], "vi", "Bình Thuận cũ (vùng DHNTB)"},
	} {
		if got := Names(tc.fs, tc.lang); got != tc.want {
			t.Errorf("Names(%v, %q) = %q, want %q", tc.fs, tc.lang, got, tc.want)
		}
	}
}

// TestOneFormerProvincePerOtherRegion: of the former provinces of a
// province merged across regions, no two share a region other than that
// of the name, so that a region disagreeing with the name points to one
// former province at most (evaluate's settleRegion names it).
func TestOneFormerProvincePerOtherRegion(t *testing.T) {
	for _, p := range criteria.Provinces() {
		_, others, _ := Lookup(p.Name)
		for _, r := range criteria.Regions() {
			if in := In(others, r); r != p.Region && len(in) > 1 {
				t.Errorf("%s: former provinces %v all of region %v", p.Name, in, r)
			}
		}
	}
}

// TestFormAndDisagrees: the note of a form and the refusal of a region
// other than the name's say what the name covers since 1/7/2025 and name
// the former province to give instead, never the region.
func TestFormAndDisagrees(t *testing.T) {
	p, others, _ := Lookup("Tây Ninh")
	example := func(f string) string { return `--commune "X, , ` + f + `"` }
	for _, tc := range []struct{ got, want string }{
		{Form(p, others, "en", nil), `since 1/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the former province Long An (region DBSCL); the form uses the targets of region DNB, that of the former Tây Ninh; for a commune of the former Long An, make the form with the province "Long An"`},
		{Form(p, others, "vi", example), `từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" gồm cả Long An cũ (vùng DBSCL); mẫu dùng mức đạt chuẩn của vùng DNB, vùng của Tây Ninh cũ; xã thuộc Long An cũ cần lập mẫu với tỉnh "Long An" (--commune "X, , Long An")`},
		{Disagrees(p, others, criteria.DBSCL, "en", example), `since 1/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the former province Long An (region DBSCL): for a commune of the former Long An, give the province "Long An" (--commune "X, , Long An")`},
		{Disagrees(p, others, criteria.DBSCL, "vi", nil), `từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" gồm cả Long An cũ (vùng DBSCL): xã thuộc Long An cũ cần ghi tỉnh "Long An"`},
		{Disagrees(p, others, criteria.TN, "en", example), `since 1/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the former province Long An (region DBSCL)`},
	} {
		if tc.got != tc.want {
			t.Errorf("\n got %s\nwant %s", tc.got, tc.want)
		}
	}
	// Lâm Đồng (TN) also covers Đắk Nông (TN) and Bình Thuận (DHNTB):
	// only Bình Thuận's communes are of another region.
	p, others, _ = Lookup("Lâm Đồng")
	if got, want := Form(p, others, "en", nil), `for a commune of the former Bình Thuận, make the form with the province "Bình Thuận"`; !strings.HasSuffix(got, want) {
		t.Errorf("Lâm Đồng: %s\nwant it to end %s", got, want)
	}
}
