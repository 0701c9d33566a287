package xlsxread

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
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
	for _, book := range seedBooks(f) {
		f.Add(book)
	}
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		as, err := Decode(bytes.NewReader(data), "f.xlsx", ReadOptions{MaxUnpacked: 4 << 20})
		if err == nil && len(as) == 0 {
			t.Errorf("no assessment and no error")
		}
		checkProblems(t, err, "f.xlsx")
	})
}

// checkProblems fails t unless every error joined in err is a problem
// (or the count of those not listed) with a known code, naming file first
// on one line in each language.
func checkProblems(t *testing.T, err error, file string) {
	t.Helper()
	if err == nil {
		return
	}
	for _, p := range problem.All(err) {
		if !slices.Contains(problem.Codes(), p.Code) {
			t.Errorf("problem with code %q: %v", p.Code, p)
		}
		if p.File != file {
			t.Errorf("problem of file %q, want %q: %v", p.File, file, p)
		}
	}
	for _, lang := range []problem.Lang{problem.EN, problem.VI} {
		for _, line := range problem.Lines(err, lang) {
			if !strings.HasPrefix(line, file) || strings.Contains(line, "\n") {
				t.Errorf("problem line does not begin with %s or is more than one line: %q", file, line)
			}
		}
	}
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
	// Rows and columns hidden in Excel.
	hiddenSheet := strings.Replace(strings.Replace(sheet, "<sheetData>", `<cols><col min="3" max="7" hidden="1"/></cols><sheetData>`, 1),
		`<row r="3"`, `<row r="3" hidden="true"`, 1)
	if strings.Count(hiddenSheet, "hidden") != 2 {
		f.Fatalf("no hidden row and columns in the seed:\n%s", hiddenSheet)
	}
	f.Add(hiddenSheet)
	for _, s := range seedSheets(f, sheet) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, sheet string) {
		data := withPart(t, book, "xl/worksheets/sheet1.xml", sheet)
		hidden := func(sheet string, note *problem.Msg) {
			for _, lang := range []problem.Lang{problem.EN, problem.VI} {
				if text := note.Text(lang); text == "" || strings.Contains(text, "\n") || strings.Contains(text, "%!") {
					t.Errorf("note on sheet %q: %q", sheet, text)
				}
			}
		}
		_, err := Decode(bytes.NewReader(data), "f.xlsx", ReadOptions{MaxUnpacked: 4 << 20, Hidden: hidden})
		checkProblems(t, err, "f.xlsx")
	})
}

// seedDataRow is a data row with a cell of each kind the reader tells
// apart: shared strings, a number, a percentage, dates in a built-in and a
// custom format, a time, a boolean and a formula without a computed value.
var seedDataRow = []any{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", pct("0.965"), day("43905"), dmy("43905"), hm("0.5"), boo(true), fml("1+1")}

// seedBooks are workbooks as officials' files hold them, built by the test
// helpers and edited as other programs write them, so that FuzzDecode
// starts from the deep paths of the reader.
func seedBooks(tb testing.TB) [][]byte {
	const sheet1 = "xl/worksheets/sheet1.xml"
	edit := func(data []byte, part, from, to string) []byte {
		text := string(zipPart(tb, data, part))
		if !strings.Contains(text, from) {
			tb.Fatalf("no %q in %s", from, part)
		}
		return withPart(tb, data, part, strings.Replace(text, from, to, 1))
	}
	book := testBook(tb, sheetSpec{"Sheet1", [][]any{longHeaderVI, seedDataRow}}, sheetSpec{"Trống", nil})
	hidden := edit(book, "xl/workbook.xml", `name="Trống"`, `name="Trống" state="hidden"`)
	return [][]byte{
		book,
		// A hidden sheet, in the 1904 date system.
		edit(hidden, "xl/workbook.xml", `<workbookPr`, `<workbookPr date1904="1"`),
		// Inline strings, as streaming writers write them.
		edit(book, sheet1, `<c r="A2" t="s"><v>11</v></c>`, `<c r="A2" t="inlineStr"><is><t>Lạng </t><r><t>Sơn</t></r></is></c>`),
		// A formula whose cached result is an error value.
		edit(book, sheet1, `<c r="L2" t="str"><f>1+1</f></c>`, `<c r="L2" t="e"><f>1/0</f><v>#DIV/0!</v></c>`),
		// A sheet whose dimension spans the whole grid but has no rows,
		// and the last column of a worksheet.
		edit(edit(book, "xl/worksheets/sheet2.xml", `<dimension ref="A1">`, `<dimension ref="A1:XFD1048576">`),
			sheet1, `<c r="L2" t="str"><f>1+1</f></c>`, `<c r="XFD2"><v>1</v></c>`),
		// Parts stored (not deflated), and the end of the zip written as
		// zip64.
		zip64(tb, stored(tb, book)),
		mergedBook(tb, [][]any{{"Bảng số liệu"}, longHeaderVI, seedDataRow, {nil, nil, nil, nil, nil, "10", num("36.8")}}, "A1:K1", "A3:A4", "B3:B4", "C3:C4"),
		// A header of two rows below a title: the commune's columns merged
		// down, each criterion's name merged over its indicator codes.
		mergedBook(tb, [][]any{{"BẢNG TỔNG HỢP"}, twoRowUpper, twoRowLower, twoRowData},
			"A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:H2", "J2:J3"),
		// References XML does not allow, in a shared string and in cells:
		// an undeclared entity, a reference to no character, a bare &.
		edit(book, "xl/sharedStrings.xml", "<t>Hòa Lạc</t>", "<t>H&x;a Lạc</t>"),
		edit(book, sheet1, `<c r="F2" t="s">`, `<c r="F2" t="inlineStr"><is><t>4&#0;2</t></is></c><c r="Z2" t="s">`),
		edit(book, sheet1, `<c r="F2" t="s">`, `<c r="F2" t="inlineStr"><is><t>a & b</t></is></c><c r="Z2" t="s">`),
		// A row before the one above it.
		edit(book, sheet1, `<row r="2"`, `<row r="1"`),
	}
}

// A header of two rows, as officials draw one, and a data row under it.
var (
	twoRowUpper = []any{"STT", "Tên xã", "Huyện", "Tỉnh", "Năm", "Bộ tiêu chí", "Tiêu chí 4\nĐiện", nil, "Tiêu chí 5\nTrường học", "Ghi chú"}
	twoRowLower = []any{nil, nil, nil, nil, nil, nil, "4.1", "4.2\nTỷ lệ (%)", "5\nSố trường đạt chuẩn/tổng số", nil}
	twoRowData  = []any{num("1"), "Tân Thành", "Hữu Lũng", "Lạng Sơn", num("2020"), "1980", "Đạt", "96,5", "2/3", "minh họa"}
)

// seedSheets are worksheet XML like sheet, edited as other programs write
// it, for FuzzSheetXML.
func seedSheets(tb testing.TB, sheet string) []string {
	i := strings.Index(sheet, "<sheetData>")
	if i < 0 {
		tb.Fatal("no sheetData in the seed sheet")
	}
	head := sheet[:i]
	if !strings.Contains(head, `<dimension ref="A1">`) {
		tb.Fatal("no dimension in the seed sheet")
	}
	rows := func(rows string) string { return head + "<sheetData>" + rows + "</sheetData></worksheet>" }
	header := `<row r="1"><c r="A1" t="inlineStr"><is><t>Tỉnh</t></is></c><c r="B1" t="inlineStr"><is><t>Huyện</t></is></c><c r="C1" t="inlineStr"><is><t>Xã</t></is></c><c r="D1" t="inlineStr"><is><t>Năm</t></is></c><c r="E1" t="inlineStr"><is><t>Bộ tiêu chí</t></is></c><c r="F1" t="inlineStr"><is><t>Chỉ tiêu</t></is></c><c r="G1" t="inlineStr"><is><t>Giá trị</t></is></c></row>`
	data := `<row r="2" spans="1:7"><c r="A2" t="inlineStr"><is><t>Lạng Sơn</t></is></c><c r="B2" t="inlineStr"><is><t>Hữu Lũng</t></is></c><c r="C2" t="inlineStr"><is><t>Hòa Lạc</t></is></c><c r="D2"><v>2020</v></c><c r="E2" t="str"><v>1980</v></c><c r="F2" t="str"><v>4.2</v></c><c r="G2" s="1"><v>0.96499999999999997</v></c></row>`
	return []string{
		rows(header + data),
		// Dates, a time, a boolean, a formula with and without its value,
		// an error value, cells without references.
		rows(header + `<row r="3"><c t="inlineStr"><is><t>Lạng Sơn</t></is></c><c t="inlineStr"><is><t>Hữu Lũng</t></is></c><c t="inlineStr"><is><t>Minh Sơn</t></is></c><c s="3"><v>43905</v></c><c s="4"><v>43905</v></c><c s="5"><v>0.5</v></c><c t="b"><v>1</v></c></row><row r="4"><c r="F4"><f>1+1</f><v>2</v></c><c r="G4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H4"><f>SUM(A1:A2)</f></c></row>`),
		// A dimension over the whole grid and no rows.
		strings.Replace(head, `<dimension ref="A1">`, `<dimension ref="A1:XFD1048576">`, 1) + "<sheetData/></worksheet>",
		// The last column and row of a worksheet, and merged cells.
		rows(header+data+`<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`) + `<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>`,
		// A header of two rows: the commune's columns merged down, a
		// criterion's name merged over its indicator codes.
		rows(`<row r="1"><c r="A1" t="inlineStr"><is><t>Tỉnh</t></is></c><c r="B1" t="inlineStr"><is><t>Huyện</t></is></c><c r="C1" t="inlineStr"><is><t>Xã</t></is></c><c r="D1" t="inlineStr"><is><t>Năm</t></is></c><c r="E1" t="inlineStr"><is><t>Bộ tiêu chí</t></is></c><c r="F1" t="inlineStr"><is><t>Tiêu chí 4 Điện</t></is></c></row>`+
			`<row r="2"><c r="F2" t="inlineStr"><is><t>4.1</t></is></c><c r="G2" t="inlineStr"><is><t>4.2</t></is></c></row>`+
			`<row r="3"><c r="A3" t="inlineStr"><is><t>Lạng Sơn</t></is></c><c r="B3" t="inlineStr"><is><t>Hữu Lũng</t></is></c><c r="C3" t="inlineStr"><is><t>Hòa Lạc</t></is></c><c r="D3"><v>2020</v></c><c r="E3" t="str"><v>1980</v></c><c r="F3" t="str"><v>đạt</v></c><c r="G3"><v>96.5</v></c></row>`) +
			`<mergeCells count="6"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/><mergeCell ref="C1:C2"/><mergeCell ref="D1:D2"/><mergeCell ref="E1:E2"/><mergeCell ref="F1:G1"/></mergeCells>`,
		// References XML does not allow: an undeclared entity, a reference
		// to no character, a bare &, a character beyond Unicode.
		rows(header + strings.Replace(data, "<t>Hòa Lạc</t>", "<t>H&x;a Lạc</t>", 1)),
		rows(header + strings.Replace(data, "<v>2020</v>", "<v>20&#0;20</v>", 1)),
		rows(header + strings.Replace(data, "<t>Hữu Lũng</t>", "<t>Hữu & Lũng</t>", 1)),
		rows(header + strings.Replace(data, "<v>4.2</v>", "<v>&#x110000;</v>", 1)),
		// Rows out of order: a row before the one above, a row given twice,
		// a row number that is not one.
		rows(strings.Replace(data, `r="2"`, `r="3"`, 1) + header),
		rows(header + data + data),
		rows(header + strings.Replace(data, `<row r="2"`, `<row r="2b"`, 1)),
	}
}

// stored returns the zip data with its parts stored, not deflated (each
// followed by a data descriptor, as zip.Writer writes them).
func stored(tb testing.TB, data []byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range zr.File {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Store})
		if err != nil {
			tb.Fatal(err)
		}
		w.Write(zipPart(tb, data, f.Name))
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// zip64 returns the zip data (without a comment) with its end written as
// zip64: a zip64 end of central directory record and its locator before
// the end record, whose counts and offsets say to read them.
func zip64(tb testing.TB, data []byte) []byte {
	const endLen = 22
	end := data[len(data)-endLen:]
	if binary.LittleEndian.Uint32(end) != 0x06054b50 {
		tb.Fatal("the zip has a comment")
	}
	entries := uint64(binary.LittleEndian.Uint16(end[10:]))
	size := uint64(binary.LittleEndian.Uint32(end[12:]))
	offset := uint64(binary.LittleEndian.Uint32(end[16:]))
	out := append([]byte{}, data[:len(data)-endLen]...)
	rec := int64(len(out))
	out = binary.LittleEndian.AppendUint32(out, 0x06064b50)
	out = binary.LittleEndian.AppendUint64(out, 44) // the size of the rest of the record
	out = binary.LittleEndian.AppendUint16(out, 45)
	out = binary.LittleEndian.AppendUint16(out, 45)
	out = binary.LittleEndian.AppendUint32(out, 0)
	out = binary.LittleEndian.AppendUint32(out, 0)
	out = binary.LittleEndian.AppendUint64(out, entries)
	out = binary.LittleEndian.AppendUint64(out, entries)
	out = binary.LittleEndian.AppendUint64(out, size)
	out = binary.LittleEndian.AppendUint64(out, offset)
	out = binary.LittleEndian.AppendUint32(out, 0x07064b50)
	out = binary.LittleEndian.AppendUint32(out, 0)
	out = binary.LittleEndian.AppendUint64(out, uint64(rec))
	out = binary.LittleEndian.AppendUint32(out, 1)
	out = binary.LittleEndian.AppendUint32(out, 0x06054b50)
	out = append(out, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff)
	out = binary.LittleEndian.AppendUint32(out, 0xffffffff)
	out = binary.LittleEndian.AppendUint32(out, 0xffffffff)
	return append(out, 0, 0)
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
	// References XML does not allow: an undeclared entity, a reference to
	// no character, a bare &, a character beyond Unicode, an unclosed one.
	f.Add(`<si><t>H&x;a Lạc</t></si><c><v>9&#0;6</v></c><c><v>a & b</v></c><c><v>&#x110000;</v></c><t>&amp</t>`, uint8(2))
	f.Add(`<t>&#;&#x;&#xD800;&#65;&lt;&apos;&quot;&gt;&</t>`, uint8(0))
	f.Add(`<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>&#1;</v></c></row>`, uint8(4))
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
			text, bad, ok := p.text(tok.name)
			out = append(out, fmt.Sprintf("text %q %v %v", text, bad, ok))
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
