package xlsxread

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/untranslated"
	"github.com/xuri/excelize/v2"
)

// mergedBook builds a workbook of one sheet "Sheet1" with the cell ranges
// given ("A2:A4") merged, as Excel merges them: the text in the top-left
// cell, the other cells empty.
func mergedBook(t testing.TB, rows [][]any, ranges ...string) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(testBook(t, sheetSpec{"Sheet1", rows})))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, r := range ranges {
		from, to, _ := strings.Cut(r, ":")
		if err := f.MergeCell("Sheet1", from, to); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// longHeaderEN is the header of the long layout, with a note column.
var longHeaderEN = []any{"province", "district", "commune", "region", "year", "set", "indicator", "value", "numerator", "denominator", "unit", "source", "note"}

func TestMergedCells(t *testing.T) {
	hoaLac := []any{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", "TDMNPB", num("2020"), "1980/QĐ-TTg"}
	below := func(cells ...any) []any { return append([]any{nil, nil, nil, nil, nil, nil}, cells...) }
	row := func(cells ...any) []any { return append(append([]any{}, hoaLac...), cells...) }
	minh := []any{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", "TDMNPB", num("2020"), "1980/QĐ-TTg", "4.2", num("97")}
	hoaLacRead := []string{
		"Hòa Lạc 2020 1980/QĐ-TTg 10=36.8 @ x.xlsx: Sheet1!2:2",
		"Hòa Lạc 2020 1980/QĐ-TTg 12=91 @ x.xlsx: Sheet1!2:2",
		"Hòa Lạc 2020 1980/QĐ-TTg 4.2=96.5 @ x.xlsx: Sheet1!2:2",
	}
	minhRead := []string{"Minh Sơn 2020 1980/QĐ-TTg 4.2=97 @ x.xlsx: Sheet1!5:5"}
	out := func(n int) []evaluate.Excluded {
		return []evaluate.Excluded{{Commune: evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
			Origin: "x.xlsx: Sheet1!2:2", Problems: n}}
	}
	identity := []string{"A2:A4", "B2:B4", "C2:C4", "D2:D4", "E2:E4", "F2:F4"}
	for _, tc := range []struct {
		name         string
		rows         [][]any
		ranges       []string
		want         []string
		wantExcluded []evaluate.Excluded
		wantErr      []string
	}{
		{"a commune's identity merged over its rows is the identity of each row",
			[][]any{longHeaderEN, row("4.2", num("96.5")), below("10", num("36.8")), below("12", num("91")), minh},
			identity, append(hoaLacRead, minhRead...), nil, nil},
		{"a unit and a source merged over the rows of shares are each row's",
			[][]any{longHeaderEN, row("5", nil, num("2"), num("3"), "trường", "Báo cáo UBND xã"), below("17.1a", nil, num("90"), num("100")), minh},
			[]string{"A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "K2:K3", "L2:L3", "M2:M3"},
			[]string{
				"Hòa Lạc 2020 1980/QĐ-TTg 17.1a=90/100 trường @ x.xlsx: Sheet1!2:2",
				"Hòa Lạc 2020 1980/QĐ-TTg 5=2/3 trường @ x.xlsx: Sheet1!2:2",
				"Minh Sơn 2020 1980/QĐ-TTg 4.2=97 @ x.xlsx: Sheet1!4:4",
			}, nil, nil},
		{"rows below a commune's rows that only the merged identity covers are empty rows",
			[][]any{longHeaderEN, row("4.2", num("96.5")), below("10", num("36.8")), below("12", num("91")), nil, nil, minh},
			[]string{"A2:A6", "B2:B6", "C2:C6", "D2:D6", "E2:E6", "F2:F6"},
			append(hoaLacRead, "Minh Sơn 2020 1980/QĐ-TTg 4.2=97 @ x.xlsx: Sheet1!7:7"), nil, nil},
		{"a value merged over the rows of several indicators is a problem of each cell it covers",
			[][]any{longHeaderEN, row("2.1", "đạt"), row("2.2"), row("2.3"), minh},
			[]string{"H2:H4"}, minhRead, out(2),
			[]string{
				`evaluate: x.xlsx: Sheet1!H3: column value: Hòa Lạc: one of the merged cells H2:H4, which show the text of H2 alone: unmerge them and type the value in each cell (got "đạt")`,
				`evaluate: x.xlsx: Sheet1!H4: column value: Hòa Lạc: one of the merged cells H2:H4, which show the text of H2 alone: unmerge them and type the value in each cell (got "đạt")`,
			}},
		{"an indicator merged over rows is a problem",
			[][]any{longHeaderEN, row("4.2", num("96.5")), row(nil, num("97")), minh},
			[]string{"G2:G3"}, []string{"Minh Sơn 2020 1980/QĐ-TTg 4.2=97 @ x.xlsx: Sheet1!4:4"}, out(1),
			[]string{`evaluate: x.xlsx: Sheet1!G3: column indicator: Hòa Lạc: one of the merged cells G2:G3, which show the text of G2 alone: unmerge them and type the value in each cell (got "4.2")`}},
		{"a value spread over the next columns is a problem",
			[][]any{longHeaderEN, row("4.2", num("96.5")), minh},
			[]string{"H2:J2"}, []string{"Minh Sơn 2020 1980/QĐ-TTg 4.2=97 @ x.xlsx: Sheet1!3:3"}, out(2),
			[]string{
				`evaluate: x.xlsx: Sheet1!I2: column numerator: Hòa Lạc: one of the merged cells H2:J2, which show the text of H2 alone: unmerge them and type the value in each cell (got "96.5")`,
				`evaluate: x.xlsx: Sheet1!J2: column denominator: Hòa Lạc: one of the merged cells H2:J2, which show the text of H2 alone: unmerge them and type the value in each cell (got "96.5")`,
			}},
		{"an identity spread into the next identity column is a problem",
			[][]any{longHeaderEN, row("4.2", num("96.5")), minh},
			[]string{"C2:D2"}, []string{"Minh Sơn 2020 1980/QĐ-TTg 4.2=97 @ x.xlsx: Sheet1!3:3"},
			[]evaluate.Excluded{{Commune: evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, Origin: "x.xlsx: Sheet1!2:2", Problems: 1}},
			[]string{`evaluate: x.xlsx: Sheet1!D2: column region: Hòa Lạc: one of the merged cells C2:D2, which show the text of C2 alone: unmerge them and type the value in each cell (got "Hòa Lạc")`}},
		{"a header cell merged down into the data is a problem of the row",
			[][]any{longHeaderEN, row("4.2", num("96.5")), minh},
			[]string{"K1:K2"}, []string{"Minh Sơn 2020 1980/QĐ-TTg 4.2=97 @ x.xlsx: Sheet1!3:3"}, out(1),
			[]string{`evaluate: x.xlsx: Sheet1!K2: column unit: Hòa Lạc: one of the merged cells K1:K2, which show the text of K1 alone: unmerge them and type the value in each cell (got "unit")`}},
		{"a note merged over rows is not read",
			[][]any{longHeaderEN, row("4.2", num("96.5"), nil, nil, nil, nil, "ghi chú"), row("10", num("36.8")), row("12", num("91")), minh},
			[]string{"M2:M4", "M5:N5"}, append(hoaLacRead, minhRead...), nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkRead(t, tc.name, mergedBook(t, tc.rows, tc.ranges...), tc.want, tc.wantExcluded, tc.wantErr)
		})
	}
}

// TestMergedCellsWide: in the wide layout, a commune and set merged over
// the rows of its years are each row's.
func TestMergedCellsWide(t *testing.T) {
	data := mergedBook(t, [][]any{
		{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "1.1", "17.6"},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "đạt", num("80")},
		{nil, nil, nil, num("2019"), nil, "chưa đạt", num("75")},
	}, "A2:A3", "B2:B3", "C2:C3", "E2:E3")
	got, excluded, errs := decodeLeftOut(t, data, ReadOptions{})
	if len(errs) != 0 || len(excluded) != 0 {
		t.Fatalf("problems: %q", errs)
	}
	want := []string{
		"Hòa Lạc 2019 1980/QĐ-TTg 1.1=false @ x.xlsx: Sheet1!3:3",
		"Hòa Lạc 2019 1980/QĐ-TTg 17.6=75 @ x.xlsx: Sheet1!3:3",
		"Hòa Lạc 2020 1980/QĐ-TTg 1.1=true @ x.xlsx: Sheet1!2:2",
		"Hòa Lạc 2020 1980/QĐ-TTg 17.6=80 @ x.xlsx: Sheet1!2:2",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
}

// TestMergedCellsDamaged: merged ranges the file cannot hold (overlapping,
// malformed) are a problem of the sheet, never a guess.
func TestMergedCellsDamaged(t *testing.T) {
	rows := [][]any{longHeaderEN,
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", "TDMNPB", num("2020"), "1980/QĐ-TTg", "4.2", num("96.5")},
		{nil, nil, nil, nil, nil, nil, "10", num("36.8")},
	}
	book := mergedBook(t, rows, "C2:C3")
	for _, tc := range []struct{ name, from, to, want string }{
		{"overlapping ranges", `<mergeCell ref="C2:C3"`, `<mergeCell ref="B3:C3"/><mergeCell ref="C2:C3"`,
			"evaluate: x.xlsx: Sheet1: row 3: merged cells C2:C3 and B3:C3 overlap: the file is damaged"},
		{"a malformed range", `<mergeCell ref="C2:C3"`, `<mergeCell ref="C2:3"`,
			`evaluate: x.xlsx: Sheet1: worksheet cannot be read: bad merged range "C2:3"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := rezip(t, book, "xl/worksheets/sheet1.xml", tc.from, tc.to)
			_, err := Decode(bytes.NewReader(data), "x.xlsx", ReadOptions{})
			if got := errLines(err); len(got) != 1 || got[0] != tc.want {
				t.Errorf("errors %q, want %q", got, tc.want)
			}
			untranslated.Check(t, tc.name, err, "x.xlsx")
		})
	}
}

// TestTextHiddenUnderAMergedCell: a cell of a merged range that holds a
// text of its own (which Excel hides, and never writes) is a problem
// quoting it, not overwritten by the range's text.
func TestTextHiddenUnderAMergedCell(t *testing.T) {
	book := testBook(t, sheetSpec{"Sheet1", [][]any{longHeaderEN,
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", "TDMNPB", num("2020"), "1980/QĐ-TTg", "4.2", num("96.5")},
		{"Lạng Sơn", "Hữu Lũng", nil, "TDMNPB", num("2020"), "1980/QĐ-TTg", "10", num("36.8")},
		{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", "TDMNPB", num("2020"), "1980/QĐ-TTg", "4.2", num("97")},
	}})
	data := rezip(t, book, "xl/worksheets/sheet1.xml", "</sheetData>", `</sheetData><mergeCells count="1"><mergeCell ref="C2:C4"/></mergeCells>`)
	got, excluded, errs := decodeLeftOut(t, data, ReadOptions{})
	want := []string{"Hòa Lạc 2020 1980/QĐ-TTg 10=36.8 @ x.xlsx: Sheet1!2:2", "Hòa Lạc 2020 1980/QĐ-TTg 4.2=96.5 @ x.xlsx: Sheet1!2:2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]evaluate.Excluded{{Origin: "x.xlsx: Sheet1!4:4", Problems: 1}}, excluded); diff != "" {
		t.Errorf("excluded (-want +got):\n%s", diff)
	}
	wantErr := []string{`evaluate: x.xlsx: Sheet1!C4: column commune: one of the merged cells C2:C4, which show the text of C2 alone: unmerge them and type the value in each cell (got "Minh Sơn")`}
	if diff := cmp.Diff(wantErr, errs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}
