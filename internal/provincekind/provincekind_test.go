package provincekind

import "testing"

// TestKind: the five centrally-run cities of the province data, and Huế
// written as the city's name, are "thành phố"; Thừa Thiên Huế, the
// province's name, and the other provinces are "tỉnh".
func TestKind(t *testing.T) {
	for name, want := range map[string]string{
		"Hà Nội": "thành phố", "hai phong": "thành phố", "Đà Nẵng": "thành phố", "TP. Hồ Chí Minh": "thành phố",
		"Cần Thơ": "thành phố", "Huế": "thành phố", "thành phố Huế": "thành phố",
		"Thừa Thiên Huế": "tỉnh", "tỉnh Thừa Thiên Huế": "tỉnh", "Nghệ An": "tỉnh", "Đồng Tháp": "tỉnh", "Xyz": "tỉnh",
	} {
		if got := Kind(name, "vi"); got != want {
			t.Errorf("Kind(%q) = %q, want %q", name, got, want)
		}
	}
	if Kind("Hà Nội", "en") != "city" || Kind("Nghệ An", "en") != "province" {
		t.Errorf("English kinds: %q, %q", Kind("Hà Nội", "en"), Kind("Nghệ An", "en"))
	}
}
