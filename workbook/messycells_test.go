package workbook

import (
	"bytes"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/xlsxtest"
)

// Text cells of a workbook typed as officials type them are refused with
// the problem the same cell of a CSV file has, saying what to write.
func TestMessyTextCellsAreRefusedSayingWhatToWrite(t *testing.T) {
	tests := []struct{ code, cell, want string }{
		{"1.1", "ｘ", `full-width characters (typed with a Vietnamese or CJK input method): write x (got "ｘ")`},
		{"4.2", "— 80", `a dash then a space before the figure is read neither as a minus sign nor as part of the value (no value of an indicator is negative): write the percentage alone: 80 or 80% (got "— 80")`},
		{"4.2", "8\u200b0", `the cell holds an invisible character (U+200B), as text copied from a web page or a document does: write 80 (got "8\u200b0")`},
		{"4.2", "80 - 85", `a range is not a value: write the measured value alone (got "80 - 85")`},
		{"4.2", "8O", `the letter O typed for the digit 0: write 80 (got "8O")`},
		{"10", "80,", `a decimal separator needs digits after it: write 80 without it, or the digits that follow it (got "80,")`},
	}
	for _, tc := range tests {
		data := xlsxtest.Sheet(t, []any{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "Chỉ tiêu", "Giá trị"},
			[]any{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2020, "1980/QĐ-TTg", tc.code, tc.cell})
		_, err := Decode(bytes.NewReader(data), "so-lieu.xlsx", ReadOptions{})
		want := "so-lieu.xlsx: Sheet1!G2: column Giá trị: Hòa Lạc: 1980/QĐ-TTg " + tc.code + ": " + tc.want
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s %q: %v\nwant %s", tc.code, tc.cell, err, want)
		}
	}
}
