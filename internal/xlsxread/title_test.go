package xlsxread

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/untranslated"
	"github.com/nongthonmoi/ntm/problem"
)

// TestTitleRowsAboveTheHeader: the header is looked for in the first 10
// non-empty rows of a sheet; the rows above it are a title, named in a
// note, and the sheet is read. A sheet without a header there is skipped
// as before; one whose first rows hold damaged cells is not read, with a
// problem (its header may be among them).
func TestTitleRowsAboveTheHeader(t *testing.T) {
	header := []any{"province", "district", "commune", "year", "set", "indicator", "value"}
	tanThanh := []any{"Lạng Sơn", "Hữu Lũng", "Tân Thành", num("2020"), "1980", "4.2", num("50")}
	read := func(row int) []string {
		return []string{"Tân Thành 2020 1980/QĐ-TTg 4.2=50 @ x.xlsx: Data2!" + row2(row)}
	}
	nonEmpty := func(n int) [][]any {
		var rows [][]any
		for i := range n {
			rows = append(rows, []any{"dòng " + string(rune('a'+i))})
		}
		return rows
	}
	for _, tc := range []struct {
		name     string
		data     []byte
		want     []string
		wantNote []string // English, then Vietnamese
		wantSkip []string
		wantErr  []string
	}{
		{"a title in row 1 above the header in row 3",
			testBook(t, sheetSpec{"Data2", [][]any{{"Bảng số liệu xã Tân Thành năm 2020"}, nil, header, tanThanh}}),
			read(4),
			[]string{`Data2: row 1 above the header read as a title, not as data: "Bảng số liệu xã Tân Thành năm 2020"`,
				`Data2: hàng 1 phía trên dòng tiêu đề được coi là tiêu đề, không phải số liệu: "Bảng số liệu xã Tân Thành năm 2020"`},
			nil, nil},
		{"a title of several rows, merged across the table as officials write it",
			mergedBookNamed(t, "Data2", [][]any{
				{"UBND HUYỆN HỮU LŨNG", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
				{nil, nil, nil, nil, "Độc lập - Tự do - Hạnh phúc"},
				nil,
				{"BẢNG SỐ LIỆU CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2020 " + strings.Repeat("(số liệu minh họa) ", 6)},
				{"Đơn vị tính: %"},
				header, tanThanh}, "A1:C1", "E1:G1", "E2:G2", "A4:G4"),
			read(7),
			[]string{`Data2: rows 1-5 above the header read as a title, not as data: "UBND HUYỆN HỮU LŨNG"`,
				`Data2: hàng 1-5 phía trên dòng tiêu đề được coi là tiêu đề, không phải số liệu: "UBND HUYỆN HỮU LŨNG"`},
			nil, nil},
		{"the header in the first row: no note",
			testBook(t, sheetSpec{"Data2", [][]any{header, tanThanh}}),
			read(2), nil, nil, nil},
		{"the header as the 10th non-empty row",
			testBook(t, sheetSpec{"Data2", append(nonEmpty(9), header, tanThanh)}),
			read(11),
			[]string{`Data2: rows 1-9 above the header read as a title, not as data: "dòng a"`,
				`Data2: hàng 1-9 phía trên dòng tiêu đề được coi là tiêu đề, không phải số liệu: "dòng a"`},
			nil, nil},
		{"the header as the 11th non-empty row: the sheet is skipped",
			testBook(t, sheetSpec{"Data2", append(nonEmpty(10), header, tanThanh)}),
			nil, nil, []string{"Data2"},
			[]string{"evaluate: x.xlsx: no worksheet has a header of the long or wide layout in its first 10 non-empty rows"}},
		{"a long title is cut in the note",
			testBook(t, sheetSpec{"Data2", [][]any{{strings.Repeat("Bảng số liệu ", 10)}, header, tanThanh}}),
			read(3),
			[]string{`Data2: row 1 above the header read as a title, not as data: "` + string([]rune(strings.Repeat("Bảng số liệu ", 10))[:80]) + `…"`,
				`Data2: hàng 1 phía trên dòng tiêu đề được coi là tiêu đề, không phải số liệu: "` + string([]rune(strings.Repeat("Bảng số liệu ", 10))[:80]) + `…"`},
			nil, nil},
		{"a damaged cell where the header would be: the sheet is not read",
			editSheet(t, testBook(t, sheetSpec{"Data2", [][]any{header, tanThanh}}), replaceCell("C1", `<c r="C1" t="s"><v>99999</v></c>`)),
			nil, nil, nil,
			[]string{`evaluate: x.xlsx: Data2!C1: not a shared string of the workbook (it has 12): the file is damaged; no header of the long or wide layout in the first 10 non-empty rows: the sheet is not read (got "99999")`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var notes, skipped []string
			opt := ReadOptions{
				Skipped: func(sheet, _ string) { skipped = append(skipped, sheet) },
				TitleRows: func(sheet string, note *problem.Msg) {
					notes = append(notes, sheet+": "+note.Text(problem.EN), sheet+": "+note.Text(problem.VI))
				},
			}
			as, err := Decode(bytes.NewReader(tc.data), "x.xlsx", opt)
			if diff := cmp.Diff(tc.want, show(as)); diff != "" {
				t.Errorf("values (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantNote, notes); diff != "" {
				t.Errorf("notes (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantSkip, skipped); diff != "" {
				t.Errorf("skipped (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantErr, errLines(err)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			untranslated.Check(t, tc.name, err, "x.xlsx")
			if tc.wantErr != nil && tc.want == nil && tc.wantSkip == nil {
				if ex := evaluate.ExcludedOf(err); len(ex) != 1 || ex[0].Origin != "x.xlsx: Data2" {
					t.Errorf("excluded %+v, want the sheet", ex)
				}
			}
		})
	}
}

func row2(n int) string {
	s := string(rune('0' + n%10))
	if n >= 10 {
		s = string(rune('0'+n/10)) + s
	}
	return s + ":" + s
}

// mergedBookNamed is mergedBook with the sheet named.
func mergedBookNamed(t *testing.T, name string, rows [][]any, ranges ...string) []byte {
	t.Helper()
	data := mergedBook(t, rows, ranges...)
	return rezip(t, rezip(t, data, "xl/workbook.xml", `name="Sheet1"`, `name="`+name+`"`), "docProps/app.xml", "Sheet1", name)
}

// TestHeaderOfTwoRows: a header drawn as officials draw one, the commune's
// columns named in cells merged down over two rows and each criterion's
// name merged over its indicator codes below, is read as one header (the
// lower row, each empty cell taking the text above it); the rows above it
// are the title, and the upper row of the header is not named in its
// note.
func TestHeaderOfTwoRows(t *testing.T) {
	upper := []any{"STT", "Tên xã", "Huyện", "Tỉnh", "Năm", "Bộ tiêu chí", "Tiêu chí 4\nĐiện", nil, "Tiêu chí 5\nTrường học", "Ghi chú"}
	lower := []any{nil, nil, nil, nil, nil, nil, "4.1", "4.2\nTỷ lệ (%)", "5\nSố trường đạt chuẩn/tổng số", nil}
	row := []any{num("1"), "Tân Thành", "Hữu Lũng", "Lạng Sơn", num("2020"), "1980", "Đạt", "96,5", "2/3", "minh họa"}
	identity := []string{"A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:H3", "J3:J4"}
	for _, tc := range []struct {
		name     string
		data     []byte
		want     []string
		wantNote []string
	}{
		{"merged, below a title",
			mergedBookNamed(t, "Data2", [][]any{{"BẢNG TỔNG HỢP NĂM 2020"}, nil, upper, lower, row}, append([]string{"A1:J1"}, identity...)...),
			[]string{"Tân Thành 2020 1980/QĐ-TTg 4.1=true @ x.xlsx: Data2!5:5", "Tân Thành 2020 1980/QĐ-TTg 4.2=96.5 @ x.xlsx: Data2!5:5",
				"Tân Thành 2020 1980/QĐ-TTg 5=2/3 @ x.xlsx: Data2!5:5"},
			[]string{`Data2: row 1 above the header read as a title, not as data: "BẢNG TỔNG HỢP NĂM 2020"`,
				`Data2: hàng 1 phía trên dòng tiêu đề được coi là tiêu đề, không phải số liệu: "BẢNG TỔNG HỢP NĂM 2020"`}},
		{"not merged, in the first rows",
			testBook(t, sheetSpec{"Data2", [][]any{upper, lower, row}}),
			[]string{"Tân Thành 2020 1980/QĐ-TTg 4.1=true @ x.xlsx: Data2!3:3", "Tân Thành 2020 1980/QĐ-TTg 4.2=96.5 @ x.xlsx: Data2!3:3",
				"Tân Thành 2020 1980/QĐ-TTg 5=2/3 @ x.xlsx: Data2!3:3"},
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var notes []string
			opt := ReadOptions{
				TitleRows: func(sheet string, note *problem.Msg) {
					notes = append(notes, sheet+": "+note.Text(problem.EN), sheet+": "+note.Text(problem.VI))
				},
			}
			as, err := Decode(bytes.NewReader(tc.data), "x.xlsx", opt)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, show(as)); diff != "" {
				t.Errorf("values (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantNote, notes); diff != "" {
				t.Errorf("notes (-want +got):\n%s", diff)
			}
		})
	}
}
