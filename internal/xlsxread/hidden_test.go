package xlsxread

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
)

// TestHiddenSheetsAreReadWithANote: a worksheet hidden in Excel (state
// "hidden" or "veryHidden") is read as the others are, and a note says it
// is hidden, so that an official who hid last year's figures sees where the
// values used come from; a visible sheet gets no note.
func TestHiddenSheetsAreReadWithANote(t *testing.T) {
	header := []any{"province", "district", "commune", "year", "set", "indicator", "value"}
	data := testBook(t,
		sheetSpec{"Cũ", [][]any{header, {"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", num("80")}}},
		sheetSpec{"Mới", [][]any{header, {"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", "4.2", num("96.5")}}},
		sheetSpec{"Ẩn hẳn", [][]any{header, {"Lạng Sơn", "Hữu Lũng", "Yên Thịnh", num("2020"), "1980", "4.2", num("90")}}},
		sheetSpec{"Ghi chú", [][]any{{"ghi chú nội bộ"}}},
	)
	data = rezip(t, data, "xl/workbook.xml", `name="Cũ"`, `name="Cũ" state="hidden"`)
	data = rezip(t, data, "xl/workbook.xml", `name="Ẩn hẳn"`, `name="Ẩn hẳn" state="veryHidden"`)
	data = rezip(t, data, "xl/workbook.xml", `name="Ghi chú"`, `name="Ghi chú" state="hidden"`)
	var notes []string
	opt := ReadOptions{Hidden: func(sheet string, note *problem.Msg) {
		notes = append(notes, sheet+": "+note.Text(problem.EN), sheet+": "+note.Text(problem.VI))
	}}
	as, err := Decode(bytes.NewReader(data), "x.xlsx", opt)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Hòa Lạc 2020 1980/QĐ-TTg 4.2=80 @ x.xlsx: Cũ!2:2",
		"Minh Sơn 2020 1980/QĐ-TTg 4.2=96.5 @ x.xlsx: Mới!2:2",
		"Yên Thịnh 2020 1980/QĐ-TTg 4.2=90 @ x.xlsx: 'Ẩn hẳn'!2:2",
	}
	if diff := cmp.Diff(want, show(as)); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	wantNotes := []string{
		"Cũ: the sheet is hidden in Excel and is read as the others are: unhide it to check its figures, or delete it if they are not to be used",
		"Cũ: trang tính đang bị ẩn trong Excel và vẫn được đọc như các trang khác: hãy bỏ ẩn để kiểm tra số liệu, hoặc xóa trang nếu không dùng số liệu này",
		"Ẩn hẳn: the sheet is hidden in Excel and is read as the others are: unhide it to check its figures, or delete it if they are not to be used",
		"Ẩn hẳn: trang tính đang bị ẩn trong Excel và vẫn được đọc như các trang khác: hãy bỏ ẩn để kiểm tra số liệu, hoặc xóa trang nếu không dùng số liệu này",
	}
	if diff := cmp.Diff(wantNotes, notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
}
