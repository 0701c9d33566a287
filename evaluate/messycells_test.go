package evaluate

import (
	"strings"
	"testing"
)

// messyCell reads one value cell, as an official typed it, of indicator
// code of 1980/QĐ-TTg in a long-layout CSV and returns the value read or
// the English message of its problem (without the file and place).
func messyCell(t *testing.T, code, cell string) string {
	t.Helper()
	in := "Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;Chỉ tiêu;Giá trị\n" +
		"Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980/QĐ-TTg;" + code + ";" + cell + "\n"
	as, err := DecodeCSV(strings.NewReader(in), "t.csv", nil)
	if err != nil {
		msg := err.Error()
		if _, after, ok := strings.Cut(msg, "1980/QĐ-TTg "+code+": "); ok {
			return after
		}
		return msg
	}
	if len(as) != 1 {
		t.Fatalf("%s %q: %d assessments", code, cell, len(as))
	}
	return as[0].SetValues("1980/QĐ-TTg")[code].String()
}

// Cells as officials type them are read exactly as meant or refused with
// a problem that says what to write; never read as a plausible but wrong
// value, nor with a suggestion of a value the cell does not hold.
func TestMessyCellsAreReadAsMeantOrRefusedSayingWhatToWrite(t *testing.T) {
	tests := []struct {
		code, cell string
		want       string // the value read, or the problem's message
	}{
		// A share has one numerator and one denominator.
		{"5", "2/3/4", `share N/D: more than one '/': write one numerator and one denominator (2/3) (got "2/3/4")`},
		{"5", "2/3 trường", "2/3 trường"},

		// One separator is a decimal separator, whatever follows it
		// (docs/formats.md: tables use no thousands separators).
		{"10", "1.234", "1.234"},
		{"10", "45,500", "45.5"},
		{"10", "36,8", "36.8"},
		{"10", "1234", "1234"},

		// No suggestion of a value the cell does not hold.
		{"4.2", "1\u00a0234", `thousands separators are not read: write the number without spaces (got "1\u00a0234")`},
		{"10", "1 234", `thousands separators are not read: write the number without spaces (got "1 234")`},
		{"4.2", "80-85", `a range is not a value: write the measured value alone (got "80-85")`},
		{"9.1", "3–5", `a range is not a value: write the measured value alone (got "3–5")`},
		{"4.2", "0x10", `a hexadecimal number is not read: write the number in decimal digits (got "0x10")`},
		{"9.1", "45.000.000 đồng", `more than one decimal separator: write no thousands separators (got "45.000.000 đồng")`},
		{"10", "80 (ước)", `write the amount alone, in triệu đồng/người/năm: 80 (got "80 (ước)")`},
		{"10", "45tr", `write the amount alone, in triệu đồng/người/năm: 45 (got "45tr")`},
		// An income in đồng where the unit is triệu đồng: a factor of a
		// million, told in the indicator's unit.
		{"10", "45.000.000 đồng", `written in đồng: the indicator's unit is triệu đồng/người/năm: write 45 (got "45.000.000 đồng")`},
		{"10", "41500000 VNĐ", `written in đồng: the indicator's unit is triệu đồng/người/năm: write 41,5 (got "41500000 VNĐ")`},
	}
	for _, tc := range tests {
		if got := messyCell(t, tc.code, tc.cell); got != tc.want {
			t.Errorf("%s %q:\n got %s\nwant %s", tc.code, tc.cell, got, tc.want)
		}
	}
}
