package workbook

import (
	"bytes"
	"errors"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/legacyvn"
	"github.com/nongthonmoi/ntm/internal/xlsxtest"
	"github.com/nongthonmoi/ntm/problem"
)

// legacyCells returns the cells typed with a font encoding before Unicode
// as Excel holds them: each text cell the characters Windows-1252 shows
// for the encoding's bytes (số liệu minh họa).
func legacyCells(t *testing.T, enc string, rows ...[]any) [][]any {
	t.Helper()
	out := make([][]any, len(rows))
	for i, row := range rows {
		out[i] = make([]any, len(row))
		for j, c := range row {
			s, ok := c.(string)
			if !ok {
				out[i][j] = c
				continue
			}
			b, err := legacyvn.Encode(enc, s)
			if err != nil {
				t.Fatal(err)
			}
			r := make([]rune, len(b))
			for k, c := range b {
				r[k] = rune(c)
			}
			out[i][j] = string(r)
		}
	}
	return out
}

var legacyRows = [][]any{
	{"Tỉnh", "Huyện", "Tên xã", "Năm", "Bộ tiêu chí", "4.2", "1.1"},
	{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2020, "1980", 96.5, "đạt"},
}

func TestALegacySheetIsReadWithItsEncoding(t *testing.T) {
	for _, enc := range []string{legacyvn.TCVN3, legacyvn.VNI} {
		rows := legacyCells(t, enc, legacyRows...)
		data := xlsxtest.Sheet(t, rows...)
		as, err := Decode(bytes.NewReader(data), "so-lieu.xlsx", ReadOptions{Encoding: enc})
		if err != nil || len(as) != 1 {
			t.Fatalf("%s: %d assessments, %v", enc, len(as), err)
		}
		c := as[0].Commune
		if c.Name != "Hòa Lạc" || c.District != "Hữu Lũng" || c.Province != "Lạng Sơn" {
			t.Errorf("%s: commune %+v, want Hòa Lạc, Hữu Lũng, Lạng Sơn (NFC)", enc, c)
		}
		if vs := as[0].SetValues(criteria.IDQD1980); len(vs) != 2 {
			t.Errorf("%s: %d values read, want 2 (4.2 and 1.1, đạt): %+v", enc, len(vs), vs)
		}
	}
}

func TestALegacySheetReadAsItIsSaysWhichEncoding(t *testing.T) {
	for enc, want := range map[string]string{
		legacyvn.TCVN3: `evaluate: so-lieu.xlsx: Sheet1!A1: the header looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial): "TØnh" reads "Tỉnh" in it; ` +
			`convert the file to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) or read it with --encoding tcvn3 (got "TØnh")`,
		legacyvn.VNI: `evaluate: so-lieu.xlsx: Sheet1!A1: the header looks typed with a font encoding before Unicode, VNI (VNI-Times, VNI-Helve): "Tænh" reads "Tỉnh" in it; ` +
			`convert the file to Unicode with Unikey's "Chuyển mã" (source VNI Windows, destination Unicode) or read it with --encoding vni (got "Tænh")`,
	} {
		data := xlsxtest.Sheet(t, legacyCells(t, enc, legacyRows...)...)
		skipped := 0
		as, err := Decode(bytes.NewReader(data), "so-lieu.xlsx", ReadOptions{Skipped: func(string, string) { skipped++ }})
		if len(as) != 0 || err == nil || err.Error() != want {
			t.Errorf("%s: %d assessments, err\n%v\nwant\n%s", enc, len(as), err, want)
		}
		if !errors.Is(err, problem.Encoding) {
			t.Errorf("%s: the problem's code is not encoding: %v", enc, err)
		}
		if skipped != 0 {
			t.Errorf("%s: the sheet was said skipped as well", enc)
		}
	}
}

// A sheet in Unicode, or of notes, is not taken for a legacy one.
func TestAUnicodeSheetIsNotTakenForALegacyOne(t *testing.T) {
	data := xlsxtest.Sheet(t, legacyRows...)
	if as, err := Decode(bytes.NewReader(data), "so-lieu.xlsx", ReadOptions{}); err != nil || len(as) != 1 {
		t.Fatalf("%d assessments, %v", len(as), err)
	}
	notes := xlsxtest.Sheet(t, []any{"Ghi chú", "Số liệu do xã báo cáo"}, []any{"Café", "Zoë"})
	var why string
	_, err := Decode(bytes.NewReader(notes), "ghi-chu.xlsx", ReadOptions{Skipped: func(_, w string) { why = w }})
	if why == "" || errors.Is(err, problem.Encoding) {
		t.Errorf("a sheet of notes: skipped %q, %v", why, err)
	}
}

// A Unicode header over names typed with a legacy font: the province cell
// is a problem of code encoding at its cell, naming the encoding and what
// it reads; the workbook's own fix is named.
func TestLegacyNamesUnderAUnicodeHeaderSayWhichEncoding(t *testing.T) {
	names := legacyCells(t, legacyvn.TCVN3, []any{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc"})[0]
	data := xlsxtest.Sheet(t, legacyRows[0], append(names, 2020, "1980", 96.5, "đạt"))
	_, err := Decode(bytes.NewReader(data), "so-lieu.xlsx", ReadOptions{LegacyEncodingFix: "send it with charset=%s"})
	want := `evaluate: so-lieu.xlsx: Sheet1!A2: column Tỉnh: Hßa L¹c: no province of that name: the name looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "Lạng Sơn"; ` +
		`convert the file to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) or send it with charset=tcvn3 (got "L¹ng S¬n")`
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
	if !errors.Is(err, problem.Encoding) {
		t.Errorf("the problem's code is not encoding: %v", err)
	}
}
