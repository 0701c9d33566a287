package xlsxread

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFormulaErrorValues: a formula whose result is an error (#N/A of a
// VLOOKUP that found no commune, #DIV/0!) is a problem at its cell quoting
// the error, never a commune named "#N/A" nor a value "#DIV/0!"; the other
// communes are read, and a sheet of notes whose formulas give errors is
// still skipped as a sheet without a header.
func TestFormulaErrorValues(t *testing.T) {
	data := testBook(t,
		sheetSpec{"Tính toán", [][]any{{"Bảng phụ"}, {num("1")}}},
		sheetSpec{"Sheet1", [][]any{
			{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "10"},
			{"Lạng Sơn", "Hữu Lũng", num("1"), num("2020"), "1980", num("36.8")},
			{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", num("2")},
			{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", num("41")},
		}})
	data = editPart(t, data, "xl/worksheets/sheet1.xml", func(s string) string {
		return replaceCell("A2", `<c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c>`)(s)
	})
	data = editPart(t, data, "xl/worksheets/sheet2.xml", func(s string) string {
		s = replaceCell("C2", `<c r="C2" t="e"><f>VLOOKUP(1,Z:Z,1,0)</f><v>#N/A</v></c>`)(s)
		return replaceCell("F3", `<c r="F3" t="e"><f>F9/F10</f><v>#DIV/0!</v></c>`)(s)
	})
	var skipped []string
	as, err := Decode(bytes.NewReader(data), "x.xlsx", ReadOptions{Skipped: func(sheet, _ string) { skipped = append(skipped, sheet) }})
	if diff := cmp.Diff([]string{"Hòa Lạc 2020 1980/QĐ-TTg 10=41 @ x.xlsx: Sheet1!4:4"}, show(as)); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	want := []string{
		`evaluate: x.xlsx: Sheet1!C2: column Xã: the formula gives an error value: fix it in Excel or type the value (got "#N/A")`,
		`evaluate: x.xlsx: Sheet1!F3: column 10: Minh Sơn: the formula gives an error value: fix it in Excel or type the value (got "#DIV/0!")`,
	}
	if diff := cmp.Diff(want, errLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Tính toán"}, skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
}
