package provisional

import "testing"

func TestSentence(t *testing.T) {
	for _, tc := range []struct{ lang, want string }{
		{"vi", "Nội dung bộ tiêu chí 51/2025/QĐ-TTg đang chờ văn bản chính thức: kết quả là tạm tính, chỉ dựa trên xác nhận từng tiêu chí."},
		{"", "Nội dung bộ tiêu chí 51/2025/QĐ-TTg đang chờ văn bản chính thức: kết quả là tạm tính, chỉ dựa trên xác nhận từng tiêu chí."},
		{"en", "The content of 51/2025/QĐ-TTg is pending its official text: results are provisional, resting on per-criterion attestations only."},
	} {
		if got := Sentence("51/2025/QĐ-TTg", tc.lang); got != tc.want {
			t.Errorf("Sentence(%q) = %q, want %q", tc.lang, got, tc.want)
		}
	}
}
