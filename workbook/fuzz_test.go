package workbook

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
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

// FuzzScanner scans arbitrary XML read a few bytes at a time, as a part is
// read while it is inflated, and whole: the tags, the texts and the error
// must be the same.
func FuzzScanner(f *testing.F) {
	book := testBook(f, sheetSpec{"Sheet1", [][]any{
		longHeaderVI,
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", pct("0.965")},
	}})
	f.Add(string(zipPart(f, book, "xl/worksheets/sheet1.xml")), uint8(0))
	f.Add(string(zipPart(f, book, "xl/sharedStrings.xml")), uint8(3))
	f.Add(`<?xml version="1.0"?><!-- a > b --><sheetData><row r='1'><c r="A1" t="inlineStr"><is><t>x &amp; <![CDATA[<y>]]> &#x1EA1;</t></is></c><c r="B1"><f>1+1</f><v>2</v></c></row></sheetData>`, uint8(1))
	f.Add(`<a><t><![CDATA[unclosed</t></a>`, uint8(2))
	f.Add(`<a><!-- unclosed`, uint8(5))
	f.Add(`<a b="x>y"><t>text</t ><v/></a`, uint8(0))
	f.Fuzz(func(t *testing.T, doc string, chunk uint8) {
		whole := scanAll(&scanner{data: []byte(doc)})
		streamed := scanAll(&scanner{r: iotest.HalfReader(strings.NewReader(doc)), chunk: int(chunk%16) + 1})
		if diff := cmp.Diff(whole, streamed); diff != "" {
			t.Errorf("whole (-) and streamed (+) differ:\n%s", diff)
		}
	})
}

// scanAll scans an XML document as the readers do, reading the text of the
// <t> and <v> elements: each tag (with its r attribute), each text, and the
// error.
func scanAll(p *scanner) []string {
	var out []string
	for {
		tok, ok := p.next()
		if !ok {
			break
		}
		r, _ := tok.attr("r")
		out = append(out, fmt.Sprintf("tag %d %q r=%q empty=%v", tok.kind, tok.name, r, tok.empty))
		if tok.kind == tokOpen && !tok.empty && (tok.name == "t" || tok.name == "v") {
			text, ok := p.text(tok.name)
			out = append(out, fmt.Sprintf("text %q %v", text, ok))
			if !ok {
				break
			}
		}
	}
	if p.err != nil {
		out = append(out, "error "+p.err.Error())
	}
	return out
}

// FuzzSurvey reads arbitrary worksheet XML in small chunks, as survey
// reads a part while it is inflated: where the rows begin, whether merged
// cells follow and the size must be what the whole text shows.
func FuzzSurvey(f *testing.F) {
	f.Add(`<worksheet><sheetData><row/></sheetData><mergeCells><mergeCell ref="A1:A2"/></mergeCells></worksheet>`, uint8(0))
	f.Add(`<worksheet><mergeCells/><sheetData><row/></sheetData></worksheet>`, uint8(1))
	f.Add(`<mergeCell ref="A1:A2"/>`, uint8(2))
	f.Add(`mergeCellsheetDatamergeCell`, uint8(0))
	f.Add(`<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "b">]><worksheet><sheetData/></worksheet>`, uint8(3))
	f.Add(`<worksheet><sheetData/><!DOCTYPE w></worksheet>`, uint8(0))
	f.Fuzz(func(t *testing.T, doc string, chunk uint8) {
		start, merged, n, err := survey(iotest.HalfReader(strings.NewReader(doc)), int(chunk%32)+9)
		rows := strings.Index(doc, "sheetData")
		if d := strings.Index(doc, "<!DOCTYPE"); d >= 0 && (rows < 0 || d < rows) {
			if err != errDTD {
				t.Fatalf("got %v, want errDTD", err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		wantStart := 0
		if rows > 0 {
			wantStart = rows - 1
		}
		wantMerged := strings.Contains(doc[wantStart:], "mergeCell")
		if start != int64(wantStart) || merged != wantMerged || n != int64(len(doc)) {
			t.Errorf("start %d, merged %v, size %d; want %d, %v, %d", start, merged, n, wantStart, wantMerged, len(doc))
		}
	})
}
