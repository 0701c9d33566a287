package xlsxread

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// TestValuesTypedAtTheTargetMeetIt: Excel stores 95% typed in a percentage
// cell as 0.94999999999999996 and 70% as 0.69999999999999996 (a binary
// double written to 17 digits); read to Excel's 15 significant digits, they
// are the 95% and 70% the official typed and sees, and meet targets of
// ≥ 95% (4.2) and ≥ 70% (14.2), as the same figures typed as text do; so
// does an income a formula computed as 35.999999999999993, which Excel
// shows as 36 (≥ 36 triệu đồng/người/năm, criterion 10).
func TestValuesTypedAtTheTargetMeetIt(t *testing.T) {
	book := testBook(t, sheetSpec{"Sheet1", [][]any{
		{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "4.2", "14.2", "10"},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", pct("0.94999999999999996"), pct("0.69999999999999996"), num("35.999999999999993")},
		{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", "95%", "70", "36"},
	}})
	var got []string
	for _, r := range evaluateBook(t, book) {
		for _, c := range r.Criteria {
			for _, ind := range c.Indicators {
				if ind.Status != evaluate.StatusMissing {
					got = append(got, r.Commune.Name+" "+ind.Code()+" "+ind.Value().Number.String()+" "+ind.Status.String())
				}
			}
		}
	}
	want := []string{
		"Hòa Lạc 4.2 95 met", "Hòa Lạc 10 36 met", "Hòa Lạc 14.2 70 met",
		"Minh Sơn 4.2 95 met", "Minh Sơn 10 36 met", "Minh Sơn 14.2 70 met",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestDigitsExcelDoesNotWriteAreReadExactly: only a binary double written
// with 16 or 17 digits, as Excel writes one, is read to 15; digits no
// double has (more than 17, or 17 that are not the nearest double's own)
// are read exactly as stored, so 59.9999999999999999 does not meet ≥ 60.
func TestDigitsExcelDoesNotWriteAreReadExactly(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"0.94999999999999996", "0.95"},
		{"0.30000000000000004", "0.3"},
		{"35.999999999999993", "36"},
		{"59.9999999999999999", "59.9999999999999999"},
		{"94.999999999999999", "94.999999999999999"},
		{"96.5", "96.5"},
		{"123456789012345678", "123456789012345678"},
	} {
		if got := excelDigits(c.in); got != c.want {
			t.Errorf("excelDigits(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	book := testBook(t, sheetSpec{"Sheet1", [][]any{
		{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "4.2"},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", num("94.9999999999999999")},
	}})
	as, err := Decode(bytes.NewReader(book), "x.xlsx", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r := evaluate.Run(criteria.QD1980(), &as[0])
	for _, c := range r.Criteria {
		for _, ind := range c.Indicators {
			if ind.Code() == "4.2" && (ind.Status != evaluate.StatusNotMet || ind.Value().Number.String() != "94.9999999999999999") {
				t.Errorf("4.2: %v %v, want not-met 94.9999999999999999", ind.Status, ind.Value().Number)
			}
		}
	}
}

// evaluateBook reads the assessments of the workbook book and evaluates
// each against the sets it has values for, returning the reports in the
// order of the assessments; a problem fails t.
func evaluateBook(t *testing.T, book []byte) []evaluate.Report {
	t.Helper()
	as, err := Decode(bytes.NewReader(book), "x.xlsx", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var all []evaluate.Report
	for i := range as {
		reports, err := evaluate.RunAll(nil, &as[i])
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, reports...)
	}
	return all
}
