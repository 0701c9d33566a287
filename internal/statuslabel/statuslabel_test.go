package statuslabel

import "testing"

func TestStatus(t *testing.T) {
	for _, tc := range []struct {
		label       string
		provisional bool
		lang, want  string
	}{
		{"Đạt", false, "vi", "Đạt"},
		{"Đạt", true, "vi", "Đạt (tạm tính: chờ văn bản chính thức)"},
		{"Not met", true, "en", "Not met (provisional: pending the official text)"},
	} {
		if got := Status(tc.label, tc.provisional, tc.lang); got != tc.want {
			t.Errorf("Status(%q, %v, %q) = %q, want %q", tc.label, tc.provisional, tc.lang, got, tc.want)
		}
	}
}

func TestOfWhichProvisional(t *testing.T) {
	for _, tc := range []struct {
		n          int
		lang, want string
	}{
		{0, "vi", ""},
		{1, "vi", ", trong đó 1 tạm tính"},
		{2, "en", ", of which 2 provisional"},
	} {
		if got := OfWhichProvisional(tc.n, tc.lang); got != tc.want {
			t.Errorf("OfWhichProvisional(%d, %q) = %q, want %q", tc.n, tc.lang, got, tc.want)
		}
	}
}

func TestPendingSentence(t *testing.T) {
	for _, tc := range []struct {
		lang    string
		entered bool
		want    string
	}{
		{"vi", false, "Nội dung bộ tiêu chí 51/2025/QĐ-TTg đang chờ văn bản chính thức: kết quả là tạm tính, chỉ dựa trên xác nhận từng tiêu chí."},
		{"", false, "Nội dung bộ tiêu chí 51/2025/QĐ-TTg đang chờ văn bản chính thức: kết quả là tạm tính, chỉ dựa trên xác nhận từng tiêu chí."},
		{"en", false, "The content of 51/2025/QĐ-TTg is pending its official text: results are provisional, resting on per-criterion attestations only."},
		{"vi", true, "Nội dung bộ tiêu chí 51/2025/QĐ-TTg đang chờ văn bản chính thức: kết quả là tạm tính, theo bảng chỉ tiêu đã nạp, không phải văn bản chính thức."},
		{"en", true, "The content of 51/2025/QĐ-TTg is pending its official text: results are provisional, judged from an indicator table loaded that is not the official text."},
	} {
		if got := PendingSentence("51/2025/QĐ-TTg", tc.lang, tc.entered); got != tc.want {
			t.Errorf("PendingSentence(%q, %v) = %q, want %q", tc.lang, tc.entered, got, tc.want)
		}
	}
}

func TestStatusAndDetailAreOneBracket(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{StatusAnd("Chưa đạt", true, "đạt 13/14 tiêu chí", "vi"), "Chưa đạt (tạm tính: chờ văn bản chính thức; đạt 13/14 tiêu chí)"},
		{StatusAnd("Not met", true, "met 13/14 criteria", "en"), "Not met (provisional: pending the official text; met 13/14 criteria)"},
		{StatusAnd("Chưa đạt", false, "đạt 17/19 tiêu chí", "vi"), "Chưa đạt (đạt 17/19 tiêu chí)"},
		{StatusAnd("Đạt", true, "", "vi"), "Đạt (tạm tính: chờ văn bản chính thức)"},
		{StatusAnd("Đạt", false, "", "vi"), "Đạt"},
	} {
		if tc.got != tc.want {
			t.Errorf("%q, want %q", tc.got, tc.want)
		}
	}
}
