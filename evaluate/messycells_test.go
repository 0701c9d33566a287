package evaluate

import (
	"errors"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/untranslated"
	"github.com/nongthonmoi/ntm/problem"
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
		{"10", "80 (ước)", `an approximate figure is not read, the table takes the figure itself: write the amount alone, in triệu đồng/người/năm: 80 (got "80 (ước)")`},
		{"10", "45tr", `write the amount alone, in triệu đồng/người/năm: 45 (got "45tr")`},
		// An income in đồng where the unit is triệu đồng: a factor of a
		// million, told in the indicator's unit.
		{"10", "45.000.000 đồng", `written in đồng: the indicator's unit is triệu đồng/người/năm: write 45 (got "45.000.000 đồng")`},
		// A range, spaced or with an em dash: no measured value, never
		// its first figure.
		{"4.2", "80 - 85", `a range is not a value: write the measured value alone (got "80 - 85")`},
		{"10", "45 – 50", `a range is not a value: write the measured value alone (got "45 – 50")`},
		{"4.2", "80—85", `a range is not a value: write the measured value alone (got "80—85")`},
		// A decimal separator without a digit on one side.
		{"4.2", "80,", `a decimal separator needs digits after it: write 80 without it, or the digits that follow it (got "80,")`},
		{"10", ",5", `a decimal separator needs a digit before it: write 0,5 (got ",5")`},
		// A share for an amount or a count: no value of it, wherever typed.
		{"10", "1/2", `must be an amount in triệu đồng/người/năm, not a share (got "1/2")`},
		{"9.1", "1/2", `must be a count of nhà (0 meets it) or false (none present), not a share (got "1/2")`},
		{"10", "41500000 VNĐ", `written in đồng: the indicator's unit is triệu đồng/người/năm: write 41,5 (got "41500000 VNĐ")`},
	}
	for _, tc := range tests {
		if got := messyCell(t, tc.code, tc.cell); got != tc.want {
			t.Errorf("%s %q:\n got %s\nwant %s", tc.code, tc.cell, got, tc.want)
		}
	}
}

// Forms of a figure the tables do not take are refused saying what is
// wrong and what to write, with the value shown only when it is the one
// the cell holds; ParseValue refuses them alike, and each refusal reads
// in Vietnamese.
func TestTypedFormsAreRefusedSayingWhatToWrite(t *testing.T) {
	tests := []struct {
		code, cell string
		want       string // the problem's message
	}{
		// Digits of other scripts: typed with an input method.
		{"4.2", "８０", `full-width digits (typed with a Vietnamese or CJK input method): write ASCII digits: 80 (got "８０")`},
		{"10", "４５，５", `full-width digits (typed with a Vietnamese or CJK input method): write ASCII digits: 45,5 (got "４５，５")`},
		{"4.2", "８０-８５", `full-width digits (typed with a Vietnamese or CJK input method): write ASCII digits (0-9) (got "８０-８５")`},
		{"9.1", "٨", `digits of another script: write ASCII digits: 8 (got "٨")`},
		{"7", "１", `full-width digits (typed with a Vietnamese or CJK input method): write ASCII digits (0-9) (got "１")`},

		// A minus other than '-' (U+2212, an en dash): the problem "-80" has.
		{"10", "−80", `amount must not be negative (got "−80")`},
		{"10", "–80", `amount must not be negative (got "–80")`},
		{"4.2", "−80", `percentage must be between 0 and 100 (got "−80")`},
		{"9.1", "–2", `count must not be negative (got "–2")`},

		// A plus sign.
		{"10", "+80", `write the number without the sign: 80 (got "+80")`},
		{"4.2", "+96,5", `write the number without the sign: 96,5 (got "+96,5")`},

		// A comparison: the target's, not the commune's figure.
		{"4.2", "≥80", `a comparison is not a value: ≥ belongs to the target, the cell takes the commune's measured figure: write the percentage alone: 80 or 80% (got "≥80")`},
		{"4.2", ">= 80%", `a comparison is not a value: >= belongs to the target, the cell takes the commune's measured figure: write the percentage alone: 80 or 80% (got ">= 80%")`},
		{"10", ">80", `a comparison is not a value: > belongs to the target, the cell takes the commune's measured figure: write the amount alone, in triệu đồng/người/năm: 80 (got ">80")`},
		{"9.1", "<=5", `a comparison is not a value: <= belongs to the target, the cell takes the commune's measured figure: write the count alone: 5 (got "<=5")`},
		{"4.2", "≤5", `a comparison is not a value: ≤ belongs to the target, the cell takes the commune's measured figure: write the percentage alone: 5 or 5% (got "≤5")`},

		// An approximate figure, before or after the number.
		{"4.2", "~80", `an approximate figure is not read, the table takes the figure itself: write the percentage alone: 80 or 80% (got "~80")`},
		{"10", "khoảng 80", `an approximate figure is not read, the table takes the figure itself: write the amount alone, in triệu đồng/người/năm: 80 (got "khoảng 80")`},
		{"10", "Khoảng 36,8", `an approximate figure is not read, the table takes the figure itself: write the amount alone, in triệu đồng/người/năm: 36,8 (got "Khoảng 36,8")`},
		{"4.2", "gần 80", `an approximate figure is not read, the table takes the figure itself: write the percentage alone: 80 or 80% (got "gần 80")`},
		{"4.2", "trên 80", `an approximate figure is not read, the table takes the figure itself: write the percentage alone: 80 or 80% (got "trên 80")`},
		{"9.1", "dưới 5", `an approximate figure is not read, the table takes the figure itself: write the count alone: 5 (got "dưới 5")`},
		{"4.2", "80 (ước)", `an approximate figure is not read, the table takes the figure itself: write the percentage alone: 80 or 80% (got "80 (ước)")`},

		// Excel's text marker typed into a CSV.
		{"10", "'80", `a leading apostrophe is Excel's text marker, not part of the value: write 80 (got "'80")`},
		{"7", "'đạt", `a leading apostrophe is Excel's text marker, not part of the value: write đạt (got "'đạt")`},
		{"4.2", "'abc", `a leading apostrophe is Excel's text marker, not part of the value: write the value without it (got "'abc")`},

		// KAD, not among the words docs/formats.md gives for not applicable.
		{"17.2", "KAD", `the abbreviation KAD is not read: write n/a or không áp dụng (got "KAD")`},
		{"7", "kad", `the abbreviation KAD is not read: write n/a or không áp dụng (got "kad")`},
		{"4.2", "KAD", `KAD (không áp dụng) is not allowed for indicator 4.2: write its value (got "KAD")`},

		// Full-width letters and signs, as full-width digits: the ASCII
		// form when it is a value of the indicator.
		{"1.1", "ｘ", `full-width characters (typed with a Vietnamese or CJK input method): write x (got "ｘ")`},
		{"7", "Ｘ", `full-width characters (typed with a Vietnamese or CJK input method): write X (got "Ｘ")`},
		{"1.1", "ｃó", `full-width characters (typed with a Vietnamese or CJK input method): write có (got "ｃó")`},
		{"4.2", "80％", `full-width characters (typed with a Vietnamese or CJK input method): write 80% (got "80％")`},

		// A dash then a space: a list bullet or a minus set apart, neither
		// read; a dash against the figure is a minus.
		{"4.2", "— 80", `a dash then a space before the figure is read neither as a minus sign nor as part of the value (no value of an indicator is negative): write the percentage alone: 80 or 80% (got "— 80")`},
		{"10", "– 80", `a dash then a space before the figure is read neither as a minus sign nor as part of the value (no value of an indicator is negative): write the amount alone, in triệu đồng/người/năm: 80 (got "– 80")`},
		{"9.1", "- 2", `a dash then a space before the figure is read neither as a minus sign nor as part of the value (no value of an indicator is negative): write the count alone: 2 (got "- 2")`},
		{"4.2", "- 80%", `a dash then a space before the figure is read neither as a minus sign nor as part of the value (no value of an indicator is negative): write the percentage alone: 80 or 80% (got "- 80%")`},
		{"10", "—80", `amount must not be negative (got "—80")`},

		// Characters a spreadsheet shows as nothing: the value shown is
		// the one the cell holds without them.
		{"4.2", "8\u200b0", `the cell holds an invisible character (U+200B), as text copied from a web page or a document does: write 80 (got "8\u200b0")`},
		{"4.2", "\ufeff80", `the cell holds an invisible character (U+FEFF), as text copied from a web page or a document does: write 80 (got "\ufeff80")`},
		{"1.1", "đ\u00adạt", `the cell holds an invisible character (U+00AD), as text copied from a web page or a document does: write đạt (got "đ\u00adạt")`},
		{"4.2", "ab\u200b", `the cell holds an invisible character (U+200B), as text copied from a web page or a document does: type the value again (got "ab\u200b")`},

		// The letter O for the digit 0, never read as the 8 before it.
		{"4.2", "8O", `the letter O typed for the digit 0: write 80 (got "8O")`},
		{"10", "4o,5", `the letter O typed for the digit 0: write 40,5 (got "4o,5")`},
		{"4.2", "1OOO", `the letter O typed for the digit 0: write the digit 0 (got "1OOO")`},

		// A check mark for x.
		{"1.1", "✓", `a check mark is not read: write x (or đạt) (got "✓")`},

		// Pass/fail indicators take words: a number of any form is told so.
		{"7", "+80", `must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x), n/a (không áp dụng) or empty (got "+80")`},
	}
	set := criteria.QD1980()
	for _, tc := range tests {
		if got := messyCell(t, tc.code, tc.cell); got != tc.want {
			t.Errorf("%s %q:\n got %s\nwant %s", tc.code, tc.cell, got, tc.want)
		}
		_, err := ParseValue(set, tc.code, tc.cell)
		var p *problem.Problem
		if !errors.As(err, &p) {
			t.Errorf("ParseValue %s %q: %v, want a problem", tc.code, tc.cell, err)
			continue
		}
		if want, _, _ := strings.Cut(tc.want, " (got "); p.Err.Error() != want {
			t.Errorf("ParseValue %s %q:\n got %s\nwant %s", tc.code, tc.cell, p.Err, want)
		}
		var m *problem.Msg
		if errors.As(p.Err, &m) {
			if w := untranslated.Words(m.Text(problem.VI)); len(w) > 0 {
				t.Errorf("%s %q: English %q in %s", tc.code, tc.cell, w, m.Text(problem.VI))
			}
		}
	}
}
