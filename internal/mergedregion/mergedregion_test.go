package mergedregion

import (
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
	if p.Region != criteria.DNB || !Accepts(p, others, criteria.DBSCL) || !Accepts(p, others, criteria.DNB) || Accepts(p, others, criteria.TN) {
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
