package workbook

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
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
	// Merged identity cells, a title above the header.
	f.Add(mergedBook(f, [][]any{
		{"Bảng số liệu (số liệu minh họa)"},
		longHeaderVI,
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", num("96.5")},
		{nil, nil, nil, nil, nil, "10", num("36.8")},
	}, "A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4"))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		as, err := Decode(bytes.NewReader(data), "f.xlsx", ReadOptions{MaxUnpacked: 4 << 20})
		if err == nil && len(as) == 0 {
			t.Errorf("no assessment and no error")
		}
	})
}

// FuzzSheetXML feeds arbitrary worksheet XML, in a workbook otherwise
// sound, to Decode: cells out of order, damaged, merged, rows of titles.
// It must never panic. (A sheet of a header alone gives no assessment and
// no problem: the command says that nothing was evaluated.)
func FuzzSheetXML(f *testing.F) {
	book := testBook(f, sheetSpec{"Sheet1", [][]any{
		{"Bảng số liệu"},
		longHeaderVI,
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", num("96.5")},
		{nil, nil, nil, nil, nil, "10", num("36.8")},
	}})
	sheet := string(zipPart(f, book, "xl/worksheets/sheet1.xml"))
	f.Add(sheet)
	f.Add(strings.Replace(sheet, "</sheetData>", `</sheetData><mergeCells count="2"><mergeCell ref="A3:A4"/><mergeCell ref="C3:C4"/></mergeCells>`, 1))
	f.Add(strings.Replace(sheet, `<c r="G3"`, `<c r="F3" t="s"><v>99</v></c><c r="G3"`, 1))
	f.Fuzz(func(t *testing.T, sheet string) {
		data := withPart(t, book, "xl/worksheets/sheet1.xml", sheet)
		Decode(bytes.NewReader(data), "f.xlsx", ReadOptions{MaxUnpacked: 4 << 20})
	})
}

// zipPart returns the content of a part of a zip.
func zipPart(tb testing.TB, data []byte, name string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			r, err := f.Open()
			if err != nil {
				tb.Fatal(err)
			}
			b, err := io.ReadAll(r)
			if err != nil {
				tb.Fatal(err)
			}
			return b
		}
	}
	tb.Fatalf("no part %s", name)
	return nil
}

// withPart returns the zip data with the content of a part replaced.
func withPart(tb testing.TB, data []byte, name, content string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range zr.File {
		w, err := zw.Create(f.Name)
		if err != nil {
			tb.Fatal(err)
		}
		if f.Name == name {
			io.WriteString(w, content)
			continue
		}
		w.Write(zipPart(tb, data, f.Name))
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}
