package evaluate

import (
	"strconv"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/untranslated"
	"github.com/nongthonmoi/ntm/problem"
)

// jsonCellCases are values of 1980/QĐ-TTg typed by hand into a JSON
// string as into a table cell: msg is the problem's English message, the
// one the table cell has when same is true, else one whose advice is a
// value a JSON string takes.
var jsonCellCases = []struct {
	code, text string
	same       bool
	msg        string
}{
	{"10", "- 80", true, "a dash then a space before the figure is read neither as a minus sign nor as part of the value (no value of an indicator is negative): write the amount alone, in triệu đồng/người/năm: 80"},
	{"4.2", "- 80", false, "a dash then a space before the figure is read neither as a minus sign nor as part of the value (no value of an indicator is negative): write the percentage alone: 80"},
	{"10", "８０", true, "full-width digits (typed with a Vietnamese or CJK input method): write ASCII digits: 80"},
	{"4.2", "8O", true, "the letter O typed for the digit 0: write 80"},
	{"4.2", "8\u200b0", true, "the cell holds an invisible character (U+200B), as text copied from a web page or a document does: write 80"},
	{"10", "\ufeff36.8", true, "the cell holds an invisible character (U+FEFF), as text copied from a web page or a document does: write 36.8"},
	{"4.2", "80-85", true, "a range is not a value: write the measured value alone"},
	{"4.2", "80.", true, "a decimal separator needs digits after it: write 80 without it, or the digits that follow it"},
	{"10", "1 234", true, "thousands separators are not read: write the number without spaces"},
	{"9.1", "45.000.000", true, "more than one decimal separator: write no thousands separators"},
	{"10", "1.234,5", true, "both '.' and ',' in a number: write one decimal separator and no thousands separators"},
	{"10", "1,234,5", true, "more than one decimal separator: write no thousands separators"},
	{"10", ">80", true, "a comparison is not a value: > belongs to the target, the cell takes the commune's measured figure: write the amount alone, in triệu đồng/người/năm: 80"},
	{"4.2", "≥80", false, "a comparison is not a value: ≥ belongs to the target, the cell takes the commune's measured figure: write the percentage alone: 80"},
	{"10", "khoảng 80", true, "an approximate figure is not read, the table takes the figure itself: write the amount alone, in triệu đồng/người/năm: 80"},
	{"9.1", "~2", true, "an approximate figure is not read, the table takes the figure itself: write the count alone: 2"},
	{"10", "80%", true, "must be an amount in triệu đồng/người/năm, without %"},
	{"10", "+80", true, "write the number without the sign: 80"},
	{"10", "−80", true, "amount must not be negative"},
	{"10", "9.65e1", true, "a number in exponent notation is not read: write it in full: 96.5"},
	{"10", "36,8 triệu", false, `must be true/false, a number or decimal string, "n/a", {"numerator", "denominator"} or null`},
	{"10", "'80", true, "a leading apostrophe is Excel's text marker, not part of the value: write 80"},
	{"9.1", "1/2", true, "must be a count of nhà (0 meets it) or false (none present), not a share"},
	{"17.2", "KAD", false, "the abbreviation KAD is not read: write n/a or không áp dụng"},

	// What a cell reads but a JSON string does not: the forms a JSON
	// value takes, no advice in a cell's terms.
	{"10", "36,8", false, `must be true/false, a number or decimal string, "n/a", {"numerator", "denominator"} or null`},
	{"10", "８０，５", false, `full-width digits (typed with a Vietnamese or CJK input method): write ASCII digits (0-9)`},
	{"10", "- 36,8", false, `must be true/false, a number or decimal string, "n/a", {"numerator", "denominator"} or null`},
	{"4.2", "80％", false, "write the percentage alone: 80"},
	{"9.1", "không", false, `must be true/false, a number or decimal string, "n/a", {"numerator", "denominator"} or null`},
	{"1.1", "✓", false, "pass/fail indicator: must be true or false (đạt / chưa đạt, without quotes) or null"},
	{"1.1", "ｘ", false, "pass/fail indicator: must be true or false (đạt / chưa đạt, without quotes) or null"},
}

// A JSON string holding a value typed by hand is refused with the
// problem the same text has in a table cell, at its JSON path, in English
// and Vietnamese; the commune after it is still read.
func TestJSONStringsHaveTheProblemsOfTableCells(t *testing.T) {
	for _, tc := range jsonCellCases {
		in := `[{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
 "sets": {"1980/QĐ-TTg": {"` + tc.code + `": ` + strconv.Quote(tc.text) + `}}},
{"commune": {"name": "Yên Bình", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
 "sets": {"1980/QĐ-TTg": {"4.2": "96.5"}}}]`
		as, err := DecodeJSON(strings.NewReader(in), "t.json", nil)
		if len(as) != 1 || as[0].Commune.Name != "Yên Bình" {
			t.Errorf("%s %q: read %d assessments, want the valid commune", tc.code, tc.text, len(as))
		}
		en := problem.Lines(err, problem.EN)
		// The value's column: after ` "sets": {"1980/QĐ-TTg": {"CODE": `.
		col := strconv.Itoa(1 + len([]rune(` "sets": {"1980/QĐ-TTg": {"`+tc.code+`": `)))
		prefix := `t.json:2: column ` + col + `: [0] Hòa Lạc: sets["1980/QĐ-TTg"]["` + tc.code + `"]: `
		want := prefix + tc.msg + " (got " + strconv.Quote(tc.text) + ")"
		if len(en) != 1 || en[0] != want {
			t.Errorf("%s %q:\n got %q\nwant %q", tc.code, tc.text, en, want)
			continue
		}
		vi := problem.Lines(err, problem.VI)
		if w := untranslated.Words(vi[0]); len(w) > 0 {
			t.Errorf("%s %q: English %q in %s", tc.code, tc.text, w, vi[0])
		}
		if !tc.same {
			continue
		}
		if cell := messyCell(t, tc.code, tc.text); cell != tc.msg+" (got "+strconv.Quote(tc.text)+")" {
			t.Errorf("%s %q: table cell says %s, JSON %s", tc.code, tc.text, cell, tc.msg)
		}
		if cellVI := viCell(t, tc.code, tc.text); !strings.HasSuffix(vi[0], cellVI) {
			t.Errorf("%s %q: Vietnamese differs:\nJSON %s\ncell %s", tc.code, tc.text, vi[0], cellVI)
		}
	}
}

// viCell is the Vietnamese message (from after the indicator on) of the
// problem of a long-layout CSV cell, as messyCell reads it.
func viCell(t *testing.T, code, cell string) string {
	t.Helper()
	in := "Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;Chỉ tiêu;Giá trị\n" +
		"Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980/QĐ-TTg;" + code + ";" + cell + "\n"
	_, err := DecodeCSV(strings.NewReader(in), "t.csv", nil)
	lines := problem.Lines(err, problem.VI)
	if len(lines) != 1 {
		t.Fatalf("%s %q: %q", code, cell, lines)
	}
	_, after, _ := strings.Cut(lines[0], "1980/QĐ-TTg "+code+": ")
	return after
}

// Text a JSON string reads keeps being read as it was.
func TestJSONStringsReadAsBefore(t *testing.T) {
	for text, want := range map[string]string{"80": "80", " 36.8 ": "36.8", "N/A": "n/a", "0": "0"} {
		in := `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
 "sets": {"1980/QĐ-TTg": {"17.2": ` + strconv.Quote(text) + `}}}`
		as, err := DecodeJSON(strings.NewReader(in), "t.json", nil)
		if err != nil || len(as) != 1 || as[0].SetValues("1980/QĐ-TTg")["17.2"].String() != want {
			t.Errorf("%q: %v %v", text, as, err)
		}
	}
}

// A share's numerator or denominator given as a string that is no
// decimal has the problem a JSON string value has (cellProblem), told of
// a count; a string that says no more gets the forms a part takes.
func TestShareStringPartsHaveTheProblemsOfTableCells(t *testing.T) {
	for _, tc := range []struct{ part, text, msg string }{
		{"numerator", "- 80", "a dash then a space before the figure is read neither as a minus sign nor as part of the value (no value of an indicator is negative): write the count alone: 80"},
		{"denominator", "1 234", "thousands separators are not read: write the number without spaces"},
		{"numerator", "37 hộ", "write the count alone: 37"},
		{"denominator", "８０", "full-width digits (typed with a Vietnamese or CJK input method): write ASCII digits: 80"},
		{"numerator", "9.65e1", "a number in exponent notation is not read: write it in full: 96.5"},
		{"numerator", "36,8", "must be a number or a decimal string"},
		{"denominator", "n/a", "must be a number or a decimal string"},
	} {
		other := "numerator"
		if tc.part == other {
			other = "denominator"
		}
		in := `[{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
 "sets": {"1980/QĐ-TTg": {"4.2": {"` + tc.part + `": ` + strconv.Quote(tc.text) + `, "` + other + `": 1000}}}},
{"commune": {"name": "Yên Bình", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
 "sets": {"1980/QĐ-TTg": {"4.2": "96.5"}}}]`
		as, err := DecodeJSON(strings.NewReader(in), "t.json", nil)
		if len(as) != 1 || as[0].Commune.Name != "Yên Bình" {
			t.Errorf("%s %q: read %d assessments, want the valid commune", tc.part, tc.text, len(as))
		}
		en := problem.Lines(err, problem.EN)
		if len(en) != 1 || !strings.HasSuffix(en[0], `["4.2"].`+tc.part+": "+tc.msg+" (got "+strconv.Quote(tc.text)+")") {
			t.Errorf("%s %q: got %q, want %s", tc.part, tc.text, en, tc.msg)
			continue
		}
		if w := untranslated.Words(problem.Lines(err, problem.VI)[0]); len(w) > 0 {
			t.Errorf("%s %q: English %q in %s", tc.part, tc.text, w, problem.Lines(err, problem.VI)[0])
		}
	}
}
