package workbook

import (
	"archive/zip"
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/xuri/excelize/v2"
)

// hiddenBook returns a workbook of one sheet "Số liệu" holding rows (row 1
// first, nil an empty row), the rows and columns listed hidden in Excel.
func hiddenBook(t *testing.T, rows [][]any, hiddenRows []int, hiddenCols []string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Số liệu"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		if row == nil {
			continue
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range hiddenRows {
		if err := f.SetRowVisible(sheet, r, false); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range hiddenCols {
		if err := f.SetColVisible(sheet, c, false); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// hiddenNotes reads data and returns its notes on hidden rows and columns
// in English and Vietnamese, and the communes read.
func hiddenNotes(t *testing.T, data []byte, opt ReadOptions) (notes, communes []string) {
	t.Helper()
	opt.Hidden = func(sheet string, note *problem.Msg) {
		notes = append(notes, sheet+": "+note.Text(problem.EN), sheet+": "+note.Text(problem.VI))
	}
	as, err := Decode(bytes.NewReader(data), "x.xlsx", opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		communes = append(communes, a.Commune.Name)
	}
	return notes, communes
}

// TestHiddenRowsAndColumnsOfTheWideLayout: the communes' rows and the
// indicator and identity columns hidden in Excel are read, and one note
// names them; a hidden row above the header or empty, a hidden helper
// column or one beyond the header, get none.
func TestHiddenRowsAndColumnsOfTheWideLayout(t *testing.T) {
	row := func(name string) []any {
		return []any{"Lạng Sơn", "Hữu Lũng", name, 2020, "1980", "đạt", 96.5, "số liệu minh họa"}
	}
	rows := [][]any{
		{"Bảng số liệu minh họa"},
		{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "1.1", "4.2", "Ghi chú"},
		row("Hòa Lạc"), row("Minh Sơn"), row("Yên Thịnh"), row("Hồ Sơn"), row("Cai Kinh"),
		nil, row("Đồng Tân"),
		{nil, nil, nil, nil, nil, nil, nil, "chỉ ghi chú"},
		row("Thiện Tân"),
	}
	// Row 1 is the title, 8 empty, 10 a note alone; column H is a
	// helper, J beyond the header.
	data := hiddenBook(t, rows, []int{1, 4, 5, 6, 8, 9, 10, 11}, []string{"C", "F", "G", "H", "J"})
	skip := func(string, *problem.Msg) {}
	notes, communes := hiddenNotes(t, data, ReadOptions{SkippedRow: skip})
	if diff := cmp.Diff([]string{"Hòa Lạc", "Minh Sơn", "Yên Thịnh", "Hồ Sơn", "Cai Kinh", "Đồng Tân", "Thiện Tân"}, communes); diff != "" {
		t.Errorf("communes (-want +got):\n%s", diff)
	}
	want := []string{
		"Số liệu: rows 4–6, 9, 11; columns C, F–G hidden in Excel and read: unhide them to check their figures, or delete them if they are not to be used",
		"Số liệu: hàng 4–6, 9, 11; cột C, F–G ẩn trong Excel và vẫn được đọc: hãy bỏ ẩn để kiểm tra số liệu, hoặc xóa đi nếu không dùng số liệu này",
	}
	if diff := cmp.Diff(want, notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}

	// Nothing read is hidden: no note.
	data = hiddenBook(t, rows, []int{1, 8, 10}, []string{"H", "J"})
	if notes, _ := hiddenNotes(t, data, ReadOptions{SkippedRow: skip}); notes != nil {
		t.Errorf("notes on hidden rows and columns holding nothing read: %q", notes)
	}
}

// TestHiddenRowsOfTheLongLayout: the indicator rows and the value column
// hidden in Excel (số liệu minh họa) are read and named in one note, at most 4 ranges and a
// count of the rest; a total row skipped with a note is not data read.
func TestHiddenRowsOfTheLongLayout(t *testing.T) {
	rows := [][]any{{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "Chỉ tiêu", "Giá trị"}}
	var hidden []int
	var names []string
	for i := range 12 {
		names = append(names, "Xã minh họa "+strconv.Itoa(i+1))
		rows = append(rows, []any{"Lạng Sơn", "Hữu Lũng", names[i], 2020, "1980", "4.2", 90})
		if i%2 == 0 {
			hidden = append(hidden, len(rows))
		}
	}
	rows = append(rows, []any{"Tổng cộng", nil, nil, nil, nil, nil, 12})
	hidden = append(hidden, len(rows))
	data := hiddenBook(t, rows, hidden, []string{"G"})
	var skipped []string
	notes, communes := hiddenNotes(t, data, ReadOptions{SkippedRow: func(place string, _ *problem.Msg) { skipped = append(skipped, place) }})
	if diff := cmp.Diff(names, communes); diff != "" {
		t.Errorf("communes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"x.xlsx: 'Số liệu'!14:14"}, skipped); diff != "" {
		t.Errorf("rows skipped (-want +got):\n%s", diff)
	}
	want := []string{
		"Số liệu: rows 2, 4, 6, 8 and 2 more; column G hidden in Excel and read: unhide them to check their figures, or delete them if they are not to be used",
		"Số liệu: hàng 2, 4, 6, 8 và 2 khác; cột G ẩn trong Excel và vẫn được đọc: hãy bỏ ẩn để kiểm tra số liệu, hoặc xóa đi nếu không dùng số liệu này",
	}
	if diff := cmp.Diff(want, notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
}

// TestHiddenColumnsComeBeforeTheRows: the reader finds the hidden columns
// in the <cols> element it reads before the rows, where ECMA-376 puts it
// and Excel (as excelize) writes it.
func TestHiddenColumnsComeBeforeTheRows(t *testing.T) {
	data := hiddenBook(t, [][]any{{"Xã", "1.1"}}, nil, []string{"B"})
	sheets, err := readZipPart(data, "xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	cols, rows := strings.Index(sheets, "<cols>"), strings.Index(sheets, "<sheetData")
	if cols < 0 || rows < 0 || cols > rows {
		t.Errorf("<cols> at %d, <sheetData> at %d:\n%s", cols, rows, sheets)
	}
}

// readZipPart returns the part name of the zip data.
func readZipPart(data []byte, name string) (string, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", err
	}
	r, err := z.Open(name)
	if err != nil {
		return "", err
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	return string(b), err
}

// TestHiddenRowsBelowAHeaderNotRead: a sheet whose header cannot be read
// (it lacks the year) has no row nor column read, hidden or not: no note
// says they were.
func TestHiddenRowsBelowAHeaderNotRead(t *testing.T) {
	rows := [][]any{
		{"Tỉnh", "Huyện", "Xã", "Bộ tiêu chí", "1.1", "4.2"},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", "1980", "đạt", 96.5},
		{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", "1980", "đạt", 97},
	}
	data := hiddenBook(t, rows, []int{3}, []string{"E"})
	var notes []string
	_, err := Decode(bytes.NewReader(data), "x.xlsx", ReadOptions{Hidden: func(sheet string, note *problem.Msg) {
		notes = append(notes, note.Text(problem.EN))
	}})
	if err == nil || !strings.Contains(err.Error(), "fix the header first") {
		t.Fatalf("err = %v, want the rows not read below the header", err)
	}
	if notes != nil {
		t.Errorf("notes %q on rows and columns not read", notes)
	}
}
