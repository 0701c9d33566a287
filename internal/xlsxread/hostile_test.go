package xlsxread

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"runtime"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/untranslated"
)

// hoaLacBook is a long sheet of one commune whose cells the tests below
// damage: the header in row 1, Hòa Lạc's value 96.5 in G2.
func hoaLacBook(t *testing.T) []byte {
	return testBook(t, sheetSpec{"Sheet1", [][]any{
		longHeaderVI,
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", num("96.5")},
	}})
}

// wantProblem decodes data and checks that no assessment is read and that
// a line of the error holds each of want (the file, the sheet, the cell or
// the part, the quoted input), with the memory allocated bounded.
func wantProblem(t *testing.T, data []byte, want ...string) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	as, err := Decode(bytes.NewReader(data), "x.xlsx", ReadOptions{MaxUnpacked: 4 << 20})
	runtime.ReadMemStats(&after)
	if len(as) != 0 {
		t.Errorf("read %v, want nothing read", show(as))
	}
	if err == nil {
		t.Fatalf("no error, want one holding %q", want)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
		t.Errorf("allocated %d MiB", alloc>>20)
	}
	untranslated.Check(t, t.Name(), err, "x.xlsx")
	for _, line := range errLines(err) {
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(line, w)
		}
		if ok {
			return
		}
	}
	t.Errorf("got\n%v\nwant a line holding %q", err, want)
}

// TestHostileCells: cells no program writes, each a problem at its cell
// quoting it.
func TestHostileCells(t *testing.T) {
	const g2 = `<c r="G2"><v>96.5</v></c>`
	for _, tc := range []struct {
		name, from, to string
		want           []string
	}{
		{"a shared string beyond the table", g2, `<c r="G2" t="s"><v>4000000000</v></c>`,
			[]string{"x.xlsx: Sheet1!G2", "not a shared string", `"4000000000"`}},
		{"row 0", g2, `<c r="A0"><v>1</v></c>`,
			[]string{"x.xlsx: Sheet1", "row 2", `"A0"`}},
		{"a column beyond XFD", g2, `<c r="XFE2"><v>1</v></c>`,
			[]string{"x.xlsx: Sheet1", "row 2", `"XFE2"`}},
		{"a row beyond the last", g2, `<c r="G1048577"><v>1</v></c>`,
			[]string{"x.xlsx: Sheet1", "row 2", `"G1048577"`}},
		{"a row before the one above", `<row r="2"`, `<row r="1"`,
			[]string{"x.xlsx: Sheet1", `row "1" comes after row 1`}},
		{"a number type holding text", `<c r="C2" t="s"><v>13</v></c>`, `<c r="C2" t="n"><v>Hòa Lạc</v></c>`,
			[]string{"x.xlsx: Sheet1!C2", "not a number", `"Hòa Lạc"`}},
		{"a number holding text in a percentage cell", g2, `<c r="G2" s="1"><v>chín mươi</v></c>`,
			[]string{"x.xlsx: Sheet1!G2", "not a number", `"chín mươi"`}},
		{"a style beyond the styles", g2, `<c r="G2" s="99"><v>96.5</v></c>`,
			[]string{"x.xlsx: Sheet1!G2", `cell style "99"`, `"96.5"`}},
		{"a deeply nested element", g2, `<c r="G2">` + strings.Repeat("<x>", 50000) + `<v>boom</v>` + strings.Repeat("</x>", 50000) + `</c>`,
			[]string{"x.xlsx: Sheet1!G2", `"boom"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := editSheet(t, hoaLacBook(t), func(s string) string { return strings.Replace(s, tc.from, tc.to, 1) })
			wantProblem(t, data, tc.want...)
		})
	}
}

// TestRowGivenTwice: a row given twice is a problem at the row, quoting
// its number.
func TestRowGivenTwice(t *testing.T) {
	data := editSheet(t, hoaLacBook(t), func(s string) string {
		i, j := strings.Index(s, `<row r="2"`), strings.Index(s, `</sheetData>`)
		return s[:j] + s[i:j] + s[j:]
	})
	as, err := Decode(bytes.NewReader(data), "x.xlsx", ReadOptions{})
	// The communes above are read; the sheet is not read further.
	if got := show(as); len(got) != 1 {
		t.Errorf("read %v, want Hòa Lạc", got)
	}
	if err == nil || !strings.Contains(err.Error(), `x.xlsx: Sheet1: row 3: row "2" comes after row 2: the rows of a worksheet go down, each once: the file is damaged`) {
		t.Errorf("got %v, want the row quoted", err)
	}
}

// TestNumberOf400Digits: a number of 400 digits is read exactly or is a
// problem at its cell quoting it, never a float.
func TestNumberOf400Digits(t *testing.T) {
	digits := "9" + strings.Repeat("0", 399)
	data := editSheet(t, hoaLacBook(t), func(s string) string {
		return strings.Replace(s, `<c r="G2"><v>96.5</v></c>`, `<c r="G2"><v>`+digits+`</v></c>`, 1)
	})
	as, err := Decode(bytes.NewReader(data), "x.xlsx", ReadOptions{})
	if err == nil {
		got := show(as)
		if len(got) != 1 || !strings.Contains(got[0], "4.2="+digits+" ") {
			t.Errorf("read %v, want 4.2=%s", got, digits)
		}
		return
	}
	wantProblem(t, data, "x.xlsx: Sheet1!G2", digits[:20])
}

// TestEntityExpansion: a part with a DTD declaring entities (a "billion
// laughs") is refused naming the part; no entity is expanded.
func TestEntityExpansion(t *testing.T) {
	const dtd = `<!DOCTYPE lol [<!ENTITY a "hahahahahahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>`
	book := hoaLacBook(t)
	for _, part := range []string{"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml"} {
		t.Run(part, func(t *testing.T) {
			data := editPart(t, book, part, func(s string) string {
				i := strings.Index(s, "?>") + 2
				return s[:i] + dtd + s[i:]
			})
			if part == "xl/sharedStrings.xml" {
				data = editPart(t, data, part, func(s string) string { return strings.Replace(s, "<t>Hòa Lạc</t>", "<t>&c;</t>", 1) })
			}
			place := part
			if part == "xl/worksheets/sheet1.xml" {
				place = "x.xlsx: Sheet1: "
			}
			wantProblem(t, data, "x.xlsx", place, "DOCTYPE")
		})
	}
}

// TestSheetPartMissing: a sheet whose part is not in the zip is a problem
// naming the sheet and the part.
func TestSheetPartMissing(t *testing.T) {
	data := editPart(t, hoaLacBook(t), "xl/_rels/workbook.xml.rels", func(s string) string {
		return strings.Replace(s, "worksheets/sheet1.xml", "worksheets/sheet9.xml", 1)
	})
	wantProblem(t, data, "x.xlsx: Sheet1", "xl/worksheets/sheet9.xml")
}

// TestPartGivenTwice: a zip holding two parts of the same name (which one
// Excel or another reader takes is not said) is refused naming the part.
func TestPartGivenTwice(t *testing.T) {
	for _, name := range []string{"xl/worksheets/sheet1.xml", "XL/Worksheets/Sheet1.xml", "xl/sharedStrings.xml"} {
		t.Run(name, func(t *testing.T) {
			data := hoaLacBook(t)
			zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			zw := zip.NewWriter(&b)
			for _, f := range zr.File {
				w, _ := zw.Create(f.Name)
				w.Write(zipPart(t, data, f.Name))
			}
			w, _ := zw.Create(name)
			w.Write([]byte(`<worksheet><sheetData/></worksheet>`))
			if err := zw.Close(); err != nil {
				t.Fatal(err)
			}
			wantProblem(t, b.Bytes(), "x.xlsx", name, "twice")
		})
	}
}

// TestDeclaredSizeLies: a part whose size in the zip's directory is not
// the size it inflates to is a problem naming the part.
func TestDeclaredSizeLies(t *testing.T) {
	for _, part := range []string{"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"} {
		for _, delta := range []int{-100, 100} {
			data := setDeclaredSize(t, hoaLacBook(t), part, delta)
			wantProblem(t, data, "x.xlsx", part)
		}
		// A size beyond the limit is refused before the part is read.
		wantProblem(t, setDeclaredSize(t, hoaLacBook(t), part, 1<<30), "x.xlsx", "zip bomb")
	}
}

// setDeclaredSize returns the zip data with the uncompressed size of part
// in the central directory changed by delta.
func setDeclaredSize(t *testing.T, data []byte, part string, delta int) []byte {
	t.Helper()
	out := append([]byte{}, data...)
	sig := []byte{0x50, 0x4b, 0x01, 0x02}
	for i := 0; ; {
		j := bytes.Index(out[i:], sig)
		if j < 0 {
			t.Fatalf("no %s in the central directory", part)
		}
		h := out[i+j:]
		nameLen := int(binary.LittleEndian.Uint16(h[28:]))
		if string(h[46:46+nameLen]) == part {
			size := binary.LittleEndian.Uint32(h[24:])
			binary.LittleEndian.PutUint32(h[24:], uint32(int(size)+delta))
			return out
		}
		i += j + 4
	}
}

// TestMalformedReferences: a character or entity reference XML does not
// allow (an entity no DTD declares, a bare &, a character that is not
// one) is a problem at its cell or part quoting it, never read as text.
func TestMalformedReferences(t *testing.T) {
	for _, tc := range []struct {
		name, part, from, to string
		want                 []string
	}{
		{"an undeclared entity in a shared string", "xl/sharedStrings.xml", "<t>Hòa Lạc</t>", "<t>H&x;a Lạc</t>",
			[]string{"x.xlsx", "xl/sharedStrings.xml", `"&x;"`}},
		{"a bare ampersand in an inline string", "xl/worksheets/sheet1.xml", `<c r="G2"><v>96.5</v></c>`, `<c r="G2" t="inlineStr"><is><t>a & b</t></is></c>`,
			[]string{"x.xlsx: Sheet1!G2", `"& b"`}},
		{"a reference to no character", "xl/worksheets/sheet1.xml", `<c r="G2"><v>96.5</v></c>`, `<c r="G2"><v>9&#0;6</v></c>`,
			[]string{"x.xlsx: Sheet1!G2", `"&#0;"`}},
		{"a character beyond Unicode", "xl/worksheets/sheet1.xml", `<c r="G2"><v>96.5</v></c>`, `<c r="G2"><v>&#x110000;</v></c>`,
			[]string{"x.xlsx: Sheet1!G2", `"&#x110000;"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := editPart(t, hoaLacBook(t), tc.part, func(s string) string {
				if !strings.Contains(s, tc.from) {
					t.Fatalf("%s has no %s", tc.part, tc.from)
				}
				return strings.Replace(s, tc.from, tc.to, 1)
			})
			wantProblem(t, data, tc.want...)
		})
	}
}

// TestRowsOutOfOrderSaySo: a row given twice, a row before the one above
// and a row number that is not one are told apart.
func TestRowsOutOfOrderSaySo(t *testing.T) {
	for _, tc := range []struct {
		name, from, to string
		want           []string
	}{
		{"a row before the one above", `<row r="2"`, `<row r="1"`,
			[]string{"x.xlsx: Sheet1", `row "1" comes after row 1: the rows of a worksheet go down, each once: the file is damaged`}},
		{"a row number that is not one", `<row r="2"`, `<row r="2b"`,
			[]string{"x.xlsx: Sheet1", `row number "2b" is not a whole number from 1 to 1048576: the file is damaged`}},
		{"a row beyond the last", `<row r="2"`, `<row r="1048577"`,
			[]string{"x.xlsx: Sheet1", `row number "1048577" is not a whole number from 1 to 1048576: the file is damaged`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := editSheet(t, hoaLacBook(t), func(s string) string { return strings.Replace(s, tc.from, tc.to, 1) })
			wantProblem(t, data, tc.want...)
		})
	}
}
