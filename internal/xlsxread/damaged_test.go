package xlsxread

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/untranslated"
	"github.com/nongthonmoi/ntm/problem"
)

// checkRead decodes the workbook data and checks the values read, the
// communes left out and the problems, and that the problems read in
// Vietnamese.
func checkRead(t *testing.T, name string, data []byte, want []string, wantExcluded []evaluate.Excluded, wantErr []string) {
	t.Helper()
	got, excluded, errs := decodeLeftOut(t, data, ReadOptions{})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantExcluded, excluded); diff != "" {
		t.Errorf("excluded (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantErr, errs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	_, err := Decode(bytes.NewReader(data), "x.xlsx", ReadOptions{})
	untranslated.Check(t, name, err, "x.xlsx")
}

// editSheet returns the workbook data with the XML of its first worksheet
// changed by edit, which must change it.
func editSheet(t *testing.T, data []byte, edit func(string) string) []byte {
	t.Helper()
	const part = "xl/worksheets/sheet1.xml"
	return editPart(t, data, part, func(text string) string {
		edited := edit(text)
		if edited == text {
			t.Fatalf("the edit changes nothing in %s:\n%s", part, text)
		}
		return edited
	})
}

// editPart returns the workbook data with the text of its part name
// changed by edit.
func editPart(t *testing.T, data []byte, name string, edit func(string) string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var content bytes.Buffer
		if _, err := content.ReadFrom(r); err != nil {
			t.Fatal(err)
		}
		r.Close()
		text := content.String()
		if f.Name == name {
			text = edit(text)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(text))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// cellXML returns the XML of cell ref ("<c r="G2" …>…</c>") in a sheet's
// XML, or "".
func cellXMLOf(sheet, ref string) string {
	i := strings.Index(sheet, `<c r="`+ref+`"`)
	if i < 0 {
		return ""
	}
	rest := sheet[i:]
	if j := strings.Index(rest, "/>"); j >= 0 && j < strings.IndexByte(rest, '>')+1 {
		return rest[:j+2]
	}
	return rest[:strings.Index(rest, "</c>")+4]
}

// replaceCell replaces the XML of cell ref.
func replaceCell(ref, with string) func(string) string {
	return func(s string) string {
		c := cellXMLOf(s, ref)
		if c == "" {
			return s
		}
		return strings.Replace(s, c, with, 1)
	}
}

// moveCell puts the XML of cell ref after that of cell after (same row).
func moveCell(ref, after string) func(string) string {
	return func(s string) string {
		c := cellXMLOf(s, ref)
		s = strings.Replace(s, c, "", 1)
		a := cellXMLOf(s, after)
		return strings.Replace(s, a, a+c, 1)
	}
}

// decodeLeftOut reads a workbook: the values read, what a summary states
// as left out, and the problems.
func decodeLeftOut(t *testing.T, data []byte, opt ReadOptions) ([]string, []evaluate.Excluded, []string) {
	t.Helper()
	as, err := Decode(bytes.NewReader(data), "x.xlsx", opt)
	return show(as), evaluate.ExcludedOf(err), errLines(err)
}

var wideHeader = []any{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "4.2", "10", "12", "Ghi chú"}

// wideHoaLacMinhSon is a wide sheet of two communes: Hòa Lạc in row 2,
// Minh Sơn in row 3.
func wideHoaLacMinhSon(t *testing.T) []byte {
	return testBook(t, sheetSpec{"Sheet1", [][]any{
		wideHeader,
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", num("96.5"), num("36.8"), num("96"), "ghi chú"},
		{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", num("97"), num("40"), num("95")},
	}})
}

// minhSon are the values of Minh Sơn in wideHoaLacMinhSon.
var minhSon = []string{
	"Minh Sơn 2020 1980/QĐ-TTg 10=40 @ x.xlsx: Sheet1!3:3",
	"Minh Sơn 2020 1980/QĐ-TTg 12=95 @ x.xlsx: Sheet1!3:3",
	"Minh Sơn 2020 1980/QĐ-TTg 4.2=97 @ x.xlsx: Sheet1!3:3",
}

var hoaLacOut = []evaluate.Excluded{{Commune: evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
	Origin: "x.xlsx: Sheet1!2:2", Problems: 1}}

// TestDamagedCellsAreProblemsOfTheirCommune: a cell the file holds in a
// way Excel never writes (a shared string that does not exist, a boolean
// other than 0 or 1, a cell out of order or given twice, a reference to
// another row) is a problem at its cell quoting it; its commune is left
// out by name, never read with the cell empty or shifted into the next
// column; the other communes are read.
func TestDamagedCellsAreProblemsOfTheirCommune(t *testing.T) {
	for _, tc := range []struct {
		name         string
		edit         func(string) string
		want         []string
		wantExcluded []evaluate.Excluded
		wantErr      []string
	}{
		{"a shared string index past the table",
			replaceCell("H2", `<c r="H2" t="s"><v>99999</v></c>`), minhSon, hoaLacOut,
			[]string{`evaluate: x.xlsx: Sheet1!H2: column 12: Hòa Lạc: not a shared string of the workbook (it has 15): the file is damaged (got "99999")`}},
		{"a negative shared string index",
			replaceCell("H2", `<c r="H2" t="s"><v>-1</v></c>`), minhSon, hoaLacOut,
			[]string{`evaluate: x.xlsx: Sheet1!H2: column 12: Hòa Lạc: not a shared string of the workbook (it has 15): the file is damaged (got "-1")`}},
		{"a shared string index in the commune cell: the row's commune cannot be told",
			replaceCell("C2", `<c r="C2" t="s"><v>99999</v></c>`), minhSon,
			[]evaluate.Excluded{{Origin: "x.xlsx: Sheet1!2:2", Problems: 1}},
			[]string{`evaluate: x.xlsx: Sheet1!C2: column Xã: not a shared string of the workbook (it has 15): the file is damaged (got "99999")`}},
		{"a boolean cell holding 2",
			replaceCell("H2", `<c r="H2" t="b"><v>2</v></c>`), minhSon, hoaLacOut,
			[]string{`evaluate: x.xlsx: Sheet1!H2: column 12: Hòa Lạc: not a boolean (a boolean cell holds 0 or 1): the file is damaged (got "2")`}},
		{"a cell before the cell at its left, placed at its column all the same",
			moveCell("F2", "G2"), minhSon, hoaLacOut,
			[]string{`evaluate: x.xlsx: Sheet1!F2: column 4.2: Hòa Lạc: cell out of order: it comes after cell G2 in its row: the file is damaged (got "96.5")`}},
		{"an identity cell out of order still names the commune",
			moveCell("B2", "C2"), minhSon, hoaLacOut,
			[]string{`evaluate: x.xlsx: Sheet1!B2: column Huyện: Hòa Lạc: cell out of order: it comes after cell C2 in its row: the file is damaged (got "Hữu Lũng")`}},
		{"a cell given twice",
			func(s string) string {
				c := cellXMLOf(s, "H2")
				return strings.Replace(s, c, c+`<c r="H2"><v>10</v></c>`, 1)
			},
			minhSon, hoaLacOut,
			[]string{`evaluate: x.xlsx: Sheet1!H2: column 12: Hòa Lạc: cell given twice in its row: the file is damaged (got "10")`}},
		{"a cell given twice, not next to the first",
			func(s string) string {
				c := cellXMLOf(s, "H2")
				return strings.Replace(s, c, c+`<c r="F2"><v>10</v></c>`, 1)
			},
			minhSon, hoaLacOut,
			[]string{`evaluate: x.xlsx: Sheet1!F2: column 4.2: Hòa Lạc: cell given twice in its row: the file is damaged (got "10")`}},
		{"a cell whose reference is in another row",
			replaceCell("H2", `<c r="H7"><v>96</v></c>`), minhSon, hoaLacOut,
			[]string{`evaluate: x.xlsx: Sheet1!H2: column 12: Hòa Lạc: cell reference "H7" is not in row 2: the file is damaged (got "H7")`}},
		{"cells without a reference follow the cell before them",
			func(s string) string {
				return strings.NewReplacer(`<c r="G2"`, `<c`, `<c r="H2"`, `<c`).Replace(s)
			},
			append([]string{
				"Hòa Lạc 2020 1980/QĐ-TTg 10=36.8 @ x.xlsx: Sheet1!2:2",
				"Hòa Lạc 2020 1980/QĐ-TTg 12=96 @ x.xlsx: Sheet1!2:2",
				"Hòa Lạc 2020 1980/QĐ-TTg 4.2=96.5 @ x.xlsx: Sheet1!2:2",
			}, minhSon...), nil, nil},
		{"a damaged cell in an ignored helper column is not read",
			replaceCell("I2", `<c r="I2" t="s"><v>99999</v></c>`),
			append([]string{
				"Hòa Lạc 2020 1980/QĐ-TTg 10=36.8 @ x.xlsx: Sheet1!2:2",
				"Hòa Lạc 2020 1980/QĐ-TTg 12=96 @ x.xlsx: Sheet1!2:2",
				"Hòa Lạc 2020 1980/QĐ-TTg 4.2=96.5 @ x.xlsx: Sheet1!2:2",
			}, minhSon...), nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkRead(t, tc.name, editSheet(t, wideHoaLacMinhSon(t), tc.edit), tc.want, tc.wantExcluded, tc.wantErr)
		})
	}
}

// TestFormulaWrittenWithItsEqualsSign: a program may store a formula
// with its "=" (excelize keeps it as given); the problem quotes it once.
func TestFormulaWrittenWithItsEqualsSign(t *testing.T) {
	book := testBook(t, sheetSpec{"Sheet1", [][]any{longHeaderVI,
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", fml("=90+6")},
	}})
	_, err := Decode(bytes.NewReader(book), "x.xlsx", ReadOptions{})
	want := []string{`evaluate: x.xlsx: Sheet1!G2: column Giá trị: Hòa Lạc: formula has no computed value: open and save the file in Excel (or type the value) (got "=90+6")`}
	if diff := cmp.Diff(want, errLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

// TestRowWithMoreCellsThanASheetHoldsIsNotRead: a row of more cells than a
// worksheet has columns (each given again and again) ends the sheet with a
// problem, holding nothing per cell beyond the cap.
func TestRowWithMoreCellsThanASheetHoldsIsNotRead(t *testing.T) {
	data := editSheet(t, wideHoaLacMinhSon(t), func(s string) string {
		c := cellXMLOf(s, "H2")
		return strings.Replace(s, c, c+strings.Repeat(`<c r="A2"/>`, maxColumn+1), 1)
	})
	got, excluded, errs := decodeLeftOut(t, data, ReadOptions{})
	if len(got) != 0 || len(excluded) != 1 || excluded[0].Origin != "x.xlsx: Sheet1!2:2" || excluded[0].Through != evaluate.ToEnd {
		t.Errorf("values %q, excluded %+v", got, excluded)
	}
	if want := "evaluate: x.xlsx: Sheet1: row 2: more columns than a worksheet holds"; len(errs) != 1 || errs[0] != want {
		t.Errorf("errors %q, want %q", errs, want)
	}
}

// A small file unpacking to more than maxUnpackRatio times its size (a zip
// bomb: megabytes of spaces deflate a thousandfold) is refused before its
// sheet is read, whatever ReadOptions.MaxUnpacked allows.
func TestAWorkbookUnpackingFarBeyondItsSizeIsRefused(t *testing.T) {
	data := editSheet(t, wideHoaLacMinhSon(t), func(s string) string {
		return strings.Replace(s, "<sheetData>", "<sheetData>"+strings.Repeat(" ", 8<<20), 1)
	})
	if len(data) > 100<<10 {
		t.Fatalf("the bomb is %d bytes: not small", len(data))
	}
	_, err := NewReader(bytes.NewReader(data), "x.xlsx", ReadOptions{})
	if err == nil {
		t.Fatal("a zip bomb was opened")
	}
	if want := fmt.Sprintf("unpacks to more than %d times its own size", maxUnpackRatio); !strings.Contains(err.Error(), want) || !errors.Is(err, problem.TooLarge) {
		t.Errorf("error %v, want %q (too-large)", err, want)
	}
	// Under the ratio, the same sheet is read.
	data = editSheet(t, wideHoaLacMinhSon(t), func(s string) string {
		return strings.Replace(s, "<sheetData>", "<sheetData>"+strings.Repeat(" ", 64<<10), 1)
	})
	if got, _, errs := decodeLeftOut(t, data, ReadOptions{}); len(got) == 0 || len(errs) != 0 {
		t.Errorf("values %q, errors %q", got, errs)
	}
}
