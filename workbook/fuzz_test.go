package workbook

import (
	"bytes"
	"testing"
)

// FuzzDecode feeds arbitrary bytes, seeded with real workbooks, to Decode:
// it must never panic, and the unpacked-size cap bounds what it allocates.
func FuzzDecode(f *testing.F) {
	f.Add(testBook(f, sheetSpec{"Sheet1", [][]any{
		longHeaderVI,
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", pct("0.965")},
	}}))
	f.Add(testBook(f, sheetSpec{"Sheet1", [][]any{
		{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "1.1", "5 Trường học [trường]"},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "đạt", "2/3"},
	}}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		as, err := Decode(bytes.NewReader(data), "f.xlsx", ReadOptions{MaxUnpacked: 4 << 20})
		if err == nil && len(as) == 0 {
			t.Errorf("no assessment and no error")
		}
	})
}
