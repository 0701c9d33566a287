package registrynote

import (
	"slices"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/units"
)

// TestSentences: the sentences name a province a province ("tỉnh") and a
// centrally-run city a city ("thành phố"), in Vietnamese and in English,
// with the provinces the registry holds.
func TestSentences(t *testing.T) {
	held := strings.Join(units.Provinces(), ", ")
	for _, tc := range []struct{ got, want string }{
		{NotHeld("Nghệ An", "vi"), `danh sách đơn vị hành chính chưa có tỉnh "Nghệ An" (đã có: ` + held + `)`},
		{NotHeld("Nghệ An", "en"), `the registry holds no units of province "Nghệ An" (it holds: ` + held + `)`},
		{NotHeld("Hà Nội", "vi"), `danh sách đơn vị hành chính chưa có thành phố "Hà Nội" (đã có: ` + held + `)`},
		{NotHeld("Hà Nội", "en"), `the registry holds no units of city "Hà Nội" (it holds: ` + held + `)`},
		{Reorganisation("Nghệ An", "vi"), `danh sách đơn vị hành chính chưa có tỉnh "Nghệ An" (đã có: ` + held + `) nên không nêu được việc sắp xếp đơn vị hành chính cấp xã ngày 1/7/2025 của các xã của tỉnh này`},
		{Reorganisation("Nghệ An", "en"), `the registry holds no units of province "Nghệ An" (it holds: ` + held + `), so the reorganisation of its communes on 1/7/2025 is not shown`},
		{Reorganisation("Hà Nội", "vi"), `danh sách đơn vị hành chính chưa có thành phố "Hà Nội" (đã có: ` + held + `) nên không nêu được việc sắp xếp đơn vị hành chính cấp xã ngày 1/7/2025 của các xã của thành phố này`},
		{Reorganisation("Hà Nội", "en"), `the registry holds no units of city "Hà Nội" (it holds: ` + held + `), so the reorganisation of its communes on 1/7/2025 is not shown`},
	} {
		if tc.got != tc.want {
			t.Errorf("\n got %s\nwant %s", tc.got, tc.want)
		}
	}
}

// TestUnheld: the provinces whose units the registry does not hold, each
// once as first written, in the order first named; empty names and the
// provinces held left out.
func TestUnheld(t *testing.T) {
	got := Unheld(slices.Values([]string{"Nghệ An", "", "Lạng Sơn", "nghe an", "Hà Nội", "Tỉnh Nghệ An"}))
	if want := []string{"Nghệ An", "Hà Nội"}; !slices.Equal(got, want) {
		t.Errorf("Unheld = %q, want %q", got, want)
	}
}
