package xlsxread

import (
	"bytes"
	"slices"
	"strings"
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

// TestSpans: the hidden rows of a note are added in order and held as
// ranges; a row skipped as a total is taken out of its range.
func TestSpans(t *testing.T) {
	var l spans
	for _, n := range []int{3, 4, 5, 6, 6, 9, 11, 12, 20, 30, 31} {
		l.add(n)
	}
	for _, n := range []int{5, 9, 12, 40} {
		l.remove(n)
	}
	got := l.format(columnName, "and %d more")
	if want := "C–D, F, K, T and 2 more"; got != want {
		t.Errorf("got %q, want %q (%v)", got, want, l)
	}
	if l.count() != 7 {
		t.Errorf("count %d, want 7", l.count())
	}
	// l is 3–4, 6, 11, 20, 30–31.
	for _, c := range []struct {
		from, to int
		want     spans
	}{
		{4, 11, spans{{3, 3}, {20, 20}, {30, 31}}},
		{1, 2, spans{{3, 4}, {6, 6}, {11, 11}, {20, 20}, {30, 31}}},
		{31, 1 << 30, spans{{3, 4}, {6, 6}, {11, 11}, {20, 20}, {30, 30}}},
		{0, 1 << 30, nil},
		{5, 5, spans{{3, 4}, {6, 6}, {11, 11}, {20, 20}, {30, 31}}},
	} {
		m := append(spans(nil), l...)
		m.removeRange(c.from, c.to)
		if !slices.Equal(m, c.want) {
			t.Errorf("removeRange(%d, %d) = %v, want %v", c.from, c.to, m, c.want)
		}
	}
}

// TestHiddenColumnsRead: the columns a <cols> element hides, whatever the
// way the file writes it (hidden="true", a range, a prefix); a col
// element that cannot be read hides nothing.
func TestHiddenColumnsRead(t *testing.T) {
	const head = `<?xml version="1.0"?><x:worksheet xmlns:x="s"><x:cols>` +
		`<x:col min="2" max="3" hidden="true"/><x:col min="5" max="5" hidden="0"/>` +
		`<x:col min="7" max="x" hidden="1"/><x:col min="9" max="8" hidden="1"/>` +
		`<x:col min="16384" max="99999" hidden="1"/></x:cols><x:sheetData>`
	hidden, err := hiddenColumns(strings.NewReader(head+"<x:row/></x:sheetData></x:worksheet>"), int64(strings.Index(head, "sheetData")-1))
	if err != nil {
		t.Fatal(err)
	}
	s := &sheetScanner{hiddenCols: hidden}
	var got []int
	for c := 0; c <= maxColumn+1; c++ {
		if s.colHidden(c) {
			got = append(got, c)
		}
	}
	if diff := cmp.Diff([]int{2, 3, 16384}, got); diff != "" {
		t.Errorf("hidden columns (-want +got):\n%s", diff)
	}
}
