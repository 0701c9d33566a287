package textwrap

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

func TestLine(t *testing.T) {
	tests := []struct {
		name  string
		line  string
		width int
		want  []string
	}{
		{"a short line is left as it is", "  - 17.3 Xây dựng cảnh quan: Đạt", 40,
			[]string{"  - 17.3 Xây dựng cảnh quan: Đạt"}},
		{"a list item hangs under its text", "       - 17.6 Tỷ lệ hộ có nhà tiêu, nhà tắm: Chưa đạt", 30,
			[]string{"       - 17.6 Tỷ lệ hộ có nhà", "         tiêu, nhà tắm: Chưa", "         đạt"}},
		{"a task hangs under the text after its state", "  [Quá hạn] UBND huyện Hữu Lũng — Chuẩn bị báo cáo", 30,
			[]string{"  [Quá hạn] UBND huyện Hữu", "            Lũng — Chuẩn bị", "            báo cáo"}},
		{"a numbered item hangs under its text", "    1. Kết quả đạt được của các xã", 20,
			[]string{"    1. Kết quả đạt", "       được của các", "       xã"}},
		{"a line without a marker hangs two columns in", "  Xã Nhật Tiến, Hữu Lũng, Lạng Sơn — 1980/QĐ-TTg", 30,
			[]string{"  Xã Nhật Tiến, Hữu Lũng, Lạng", "    Sơn — 1980/QĐ-TTg"}},
		{"a number keeps its unit", "thực tế 67,86%, thiếu 2,15 điểm phần trăm (+30 hộ)", 30,
			[]string{"thực tế 67,86%,", "  thiếu 2,15 điểm phần trăm", "  (+30 hộ)"}},
		{"an operator keeps its number", "mức đạt chuẩn ≥ 70%", 16,
			[]string{"mức đạt chuẩn", "  ≥ 70%"}},
		{"a date keeps its label", "gửi về Sở trước ngày 30/4/2020 để tổng hợp", 24,
			[]string{"gửi về Sở trước", "  ngày 30/4/2020 để tổng", "  hợp"}},
		{"a code and a decision number are never broken", "theo Kế hoạch 47/KH-STNMT, chỉ tiêu 17.1a", 20,
			[]string{"theo Kế", "  hoạch 47/KH-STNMT,", "  chỉ tiêu 17.1a"}},
		{"a hyphen between words never starts a line", "cơ sở sản xuất - kinh doanh", 16,
			[]string{"cơ sở sản", "  xuất - kinh", "  doanh"}},
		{"a dash stays at the end of a line", "Xã Hòa Lạc — tiêu chí", 12,
			[]string{"Xã Hòa Lạc —", "  tiêu chí"}},
		{"a word longer than the width is left whole", "Theo 47/KH-STNMT-ABCDEFGHIJ b", 10,
			[]string{"Theo", "  47/KH-STNMT-ABCDEFGHIJ", "  b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Line(tt.line, tt.width)); diff != "" {
				t.Errorf("Line(%q, %d) (-want +got):\n%s", tt.line, tt.width, diff)
			}
		})
	}
}

func TestLineCountsCharactersNotBytes(t *testing.T) {
	// 30 characters, 40-odd bytes in NFC and more in NFD: it fits.
	line := "Xã Nhật Tiến, Hữu Lũng, Lạng S"
	for _, s := range []string{line, norm.NFD.String(line)} {
		if got := Line(s, 30); len(got) != 1 {
			t.Errorf("Line(%q, 30) = %q, want the line unbroken", s, got)
		}
	}
}

func TestStringKeepsEveryWord(t *testing.T) {
	in := "Kế hoạch 47/KH-STNMT\n" + strings.Repeat("  - tiêu chí 17 Môi trường và an toàn thực phẩm; ", 8) + "\n\nĐạt 15/19 tiêu chí\n"
	out := String(in, Width)
	if got, want := strings.Fields(out), strings.Fields(in); !cmp.Equal(got, want) {
		t.Errorf("String changed the words:\n%s", cmp.Diff(want, got))
	}
	for _, l := range strings.Split(out, "\n") {
		if columns(l) > Width {
			t.Errorf("line of %d columns: %q", columns(l), l)
		}
		if l != strings.TrimRight(l, " ") {
			t.Errorf("trailing space: %q", l)
		}
	}
	if !strings.HasSuffix(out, "\n\nĐạt 15/19 tiêu chí\n") {
		t.Errorf("String changed the short lines and the final newline: %q", out[len(out)-30:])
	}
}
