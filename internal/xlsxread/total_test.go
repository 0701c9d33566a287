package xlsxread

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
)

// TestTotalRowMergedOverTheIdentityColumns: the "Tổng cộng" row an official
// adds under the communes, its label merged over the identity columns, is
// one problem naming the row and quoting the label, not one per merged
// cell asking to type "Tổng cộng" into each; the communes above are read.
func TestTotalRowMergedOverTheIdentityColumns(t *testing.T) {
	data := mergedBook(t, [][]any{
		{"STT", "Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "10"},
		{num("1"), "Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", num("36.8")},
		{num("2"), "Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", num("41")},
		{"Tổng cộng", nil, nil, nil, nil, nil, fml("SUM(G2:G3)")},
	}, "A4:F4")
	as, err := Decode(bytes.NewReader(data), "x.xlsx", ReadOptions{})
	if diff := cmp.Diff([]string{
		"Hòa Lạc 2020 1980/QĐ-TTg 10=36.8 @ x.xlsx: Sheet1!2:2",
		"Minh Sơn 2020 1980/QĐ-TTg 10=41 @ x.xlsx: Sheet1!3:3",
	}, show(as)); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	want := []string{`evaluate: x.xlsx: Sheet1!4:4: a total row, not the figures of a commune: delete it from the table (got "Tổng cộng")`}
	if diff := cmp.Diff(want, errLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

// TestHeadingRowMergedOverTheColumns: a heading row between the communes
// ("I", "Huyện Hữu Lũng" merged over the other columns) is one problem
// naming the row and quoting its text, not one per merged cell.
func TestHeadingRowMergedOverTheColumns(t *testing.T) {
	data := mergedBook(t, [][]any{
		{"STT", "Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "10"},
		{"I", "Huyện Hữu Lũng"},
		{num("1"), "Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", num("36.8")},
	}, "B2:G2")
	as, err := Decode(bytes.NewReader(data), "x.xlsx", ReadOptions{})
	if diff := cmp.Diff([]string{"Hòa Lạc 2020 1980/QĐ-TTg 10=36.8 @ x.xlsx: Sheet1!3:3"}, show(as)); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	want := []string{`evaluate: x.xlsx: Sheet1!2:2: a row without a commune, a year or a figure (a heading?), not the figures of a commune: delete it from the table (got "I Huyện Hữu Lũng")`}
	if diff := cmp.Diff(want, errLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

// TestTotalAndHeadingRowsAreNotes: with ReadOptions.SkippedRow, a total
// row merged over the identity columns (its sum a formula) and a heading
// row merged over the others are skipped, each with a note naming the
// sheet and row and quoting its text; the communes are read and nothing
// is a problem.
func TestTotalAndHeadingRowsAreNotes(t *testing.T) {
	data := mergedBook(t, [][]any{
		{"STT", "Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "10"},
		{"I", "Huyện Hữu Lũng"},
		{num("1"), "Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", num("36.8")},
		{num("2"), "Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", num("41")},
		{"Tổng cộng", nil, nil, nil, nil, nil, fml("SUM(G3:G4)")},
	}, "B2:G2", "A5:F5")
	var notes []string
	as, err := Decode(bytes.NewReader(data), "x.xlsx", ReadOptions{SkippedRow: func(place string, note *problem.Msg) {
		notes = append(notes, place+": "+note.Text(problem.VI))
	}})
	if err != nil {
		t.Errorf("err = %v, want none", err)
	}
	if diff := cmp.Diff([]string{
		"Hòa Lạc 2020 1980/QĐ-TTg 10=36.8 @ x.xlsx: Sheet1!3:3",
		"Minh Sơn 2020 1980/QĐ-TTg 10=41 @ x.xlsx: Sheet1!4:4",
	}, show(as)); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	want := []string{
		`x.xlsx: Sheet1!2:2: bỏ qua dòng tiêu đề nhóm (không có xã, năm, bộ tiêu chí hay số liệu): "I Huyện Hữu Lũng"`,
		`x.xlsx: Sheet1!5:5: bỏ qua dòng tổng cộng, không phải số liệu của một xã; số liệu trong các ô của dòng này không được đọc: "Tổng cộng"`,
	}
	if diff := cmp.Diff(want, notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
}
