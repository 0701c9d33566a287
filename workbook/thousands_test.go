package workbook

import (
	"bytes"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/xuri/excelize/v2"
)

// A number a worksheet stores as a number is that number, whatever its
// digits: 41.235 triệu đồng is read. The same digits typed as text may
// separate thousands and are refused naming both readings (as in CSV).
func TestAWorksheetNumberIsNeverReadForThousands(t *testing.T) {
	f := excelize.NewFile()
	rows := [][]any{
		{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "10", "9.1"},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2020, "1980/QĐ-TTg", 41.235, 1},
		{"Lạng Sơn", "Hữu Lũng", "Tân Thành", 2020, "1980/QĐ-TTg", "41.235", "1.234"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	as, err := Decode(bytes.NewReader(b.Bytes()), "t.xlsx", ReadOptions{})
	if len(as) != 1 || as[0].Commune.Name != "Hòa Lạc" {
		t.Fatalf("read %d assessments, want Hòa Lạc's only", len(as))
	}
	if got := as[0].SetValues("1980/QĐ-TTg")["10"].String(); got != "41.235" {
		t.Errorf("10 = %s, want 41.235", got)
	}
	var got []string
	for _, e := range evaluate.InputErrors(err) {
		got = append(got, e.Error())
	}
	want := []string{
		`evaluate: t.xlsx: Sheet1!F3: column 10: Tân Thành: 1980/QĐ-TTg 10: ambiguous: a decimal (41.235) or a whole number with a thousands separator (41235)? Tables use no thousands separators: write 41235 for the whole number, or 41.2350 for the decimal (got "41.235")`,
		`evaluate: t.xlsx: Sheet1!G3: column 9.1: Tân Thành: 1980/QĐ-TTg 9.1: count must be a whole number: with a thousands separator, which tables do not use, it is 1234: write 1234 (got "1.234")`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
