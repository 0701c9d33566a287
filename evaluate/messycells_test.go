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
	}
	for _, tc := range tests {
		if got := messyCell(t, tc.code, tc.cell); got != tc.want {
			t.Errorf("%s %q:\n got %s\nwant %s", tc.code, tc.cell, got, tc.want)
		}
	}
}
