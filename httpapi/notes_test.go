package httpapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// notesTable is a table as officials keep it: a heading row, a commune
// with a word for a number (a problem), a good commune and a total row.
const notesTable = "STT;Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2\n" +
	"I;Huyện Hữu Lũng;;;;;\n" +
	"1;Lạng Sơn;Hữu Lũng;Minh Sơn;2020;1980;chín mươi\n" +
	"2;Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;96,5\n" +
	";Tổng cộng;;;;;96,5\n"

// notesOf reads the notes of an answer that is a JSON object.
func notesOf(t *testing.T, body []byte) []string {
	t.Helper()
	var b struct {
		Notes []string `json:"notes"`
	}
	if err := json.Unmarshal(body, &b); err != nil {
		t.Fatalf("%v\n%.500s", err, body)
	}
	return b.Notes
}

// TestEvaluateAnswersTheNotesOfATable: the notes ntm eval prints on
// standard error (a total or heading row skipped, a title above the
// header, a hidden sheet) are the "notes" of a 422 or 400 answer, in the
// language of lang=; a 200 answer is the report array the specification
// gives it, which has no room for them.
func TestEvaluateAnswersTheNotesOfATable(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	rec := do(t, h, http.MethodPost, "/evaluate", mediaCSV, notesTable)
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422; body:\n%.800s", rec.Code, rec.Body)
	}
	if communes, problems := partialOf(t, rec); len(communes) != 1 || communes[0].Name != "Hòa Lạc" || len(problems) != 1 || problems[0].Commune != "Minh Sơn" {
		t.Errorf("reports of %+v and problems %+v, want Hòa Lạc's and Minh Sơn's", communes, problems)
	}
	want := []string{
		`request:2: bỏ qua dòng tiêu đề nhóm (không có xã, năm, bộ tiêu chí hay số liệu): "I Huyện Hữu Lũng"`,
		`request:5: bỏ qua dòng tổng cộng, không phải số liệu của một xã; số liệu trong các ô của dòng này không được đọc: "Tổng cộng"`,
	}
	if diff := cmp.Diff(want, notesOf(t, rec.Body.Bytes())); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}

	// Nothing evaluated: 400, with the notes.
	rec = do(t, h, http.MethodPost, "/evaluate?lang=en", mediaCSV, strings.Join(strings.Split(notesTable, "\n")[:3], "\n")+"\n")
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("status %d, want 400; body:\n%.800s", rec.Code, rec.Body)
	}
	want = []string{`request:2: heading row skipped (no commune, year, set or figure): "I Huyện Hữu Lũng"`}
	if diff := cmp.Diff(want, notesOf(t, rec.Body.Bytes())); diff != "" {
		t.Errorf("notes of the 400 answer (-want +got):\n%s", diff)
	}

	// Every commune read: 200, the report array.
	rec = do(t, h, http.MethodPost, "/evaluate", mediaCSV, strings.Replace(notesTable, "chín mươi", "90", 1))
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Body.String(), "[") {
		t.Fatalf("status %d, want 200 and the report array; body:\n%.800s", rec.Code, rec.Body)
	}

	// A workbook: a title above the header, a hidden sheet, a total row,
	// a hidden row and column.
	f := excelize.NewFile()
	defer f.Close()
	f.NewSheet("Cu")
	for sheet, rows := range map[string][][]any{
		"Sheet1": {{"Bảng số liệu năm 2020 (số liệu minh họa)"}, {"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "4.2"},
			{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2020, "1980", 96.5}, {"Lạng Sơn", "Hữu Lũng", "Minh Sơn", 2020, "1980", "chín mươi"},
			{"Cộng", nil, nil, nil, nil, 96.5}},
		"Cu": {{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "4.2"}, {"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2019, "1980", 90}},
	} {
		for i, row := range rows {
			if err := f.SetSheetRow(sheet, fmt.Sprintf("A%d", i+1), &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.SetSheetVisible("Cu", false); err != nil {
		t.Fatal(err)
	}
	// Hòa Lạc's row and the column of 4.2, hidden in Excel, are read.
	if err := f.SetRowVisible("Sheet1", 3, false); err != nil {
		t.Fatal(err)
	}
	if err := f.SetColVisible("Sheet1", "F", false); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	rec = do(t, h, http.MethodPost, "/evaluate?lang=en", mediaXLSX, b.String())
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("status %d, want 422; body:\n%.800s", rec.Code, rec.Body)
	}
	want = []string{
		`request: sheet "Sheet1": row 1 above the header read as a title, not as data: "Bảng số liệu năm 2020 (số liệu minh họa)"`,
		`request: Sheet1!5:5: total row skipped, not the figures of a commune; the figures in its cells are not read: "Cộng"`,
		`request: sheet "Sheet1": row 3; column F hidden in Excel and read: unhide them to check their figures, or delete them if they are not to be used`,
		`request: sheet "Cu": the sheet is hidden in Excel and is read as the others are: unhide it to check its figures, or delete it if they are not to be used`,
	}
	if diff := cmp.Diff(want, notesOf(t, rec.Body.Bytes())); diff != "" {
		t.Errorf("notes of the workbook (-want +got):\n%s", diff)
	}
	rec = do(t, h, http.MethodPost, "/evaluate", mediaXLSX, b.String())
	want = []string{
		`request: trang tính "Sheet1": hàng 1 phía trên dòng tiêu đề được coi là tiêu đề, không phải số liệu: "Bảng số liệu năm 2020 (số liệu minh họa)"`,
		`request: Sheet1!5:5: bỏ qua dòng tổng cộng, không phải số liệu của một xã; số liệu trong các ô của dòng này không được đọc: "Cộng"`,
		`request: trang tính "Sheet1": hàng 3; cột F ẩn trong Excel và vẫn được đọc: hãy bỏ ẩn để kiểm tra số liệu, hoặc xóa đi nếu không dùng số liệu này`,
		`request: trang tính "Cu": trang tính đang bị ẩn trong Excel và vẫn được đọc như các trang khác: hãy bỏ ẩn để kiểm tra số liệu, hoặc xóa trang nếu không dùng số liệu này`,
	}
	if diff := cmp.Diff(want, notesOf(t, rec.Body.Bytes())); diff != "" {
		t.Errorf("notes of the workbook in Vietnamese (-want +got):\n%s", diff)
	}
}

// TestNotesAreCapped: an answer holds at most 100 notes, then one that
// counts the others.
func TestNotesAreCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2\nLạng Sơn;Hữu Lũng;Minh Sơn;2020;1980;chín mươi\n")
	for i := range 103 {
		fmt.Fprintf(&b, "Huyện %d;;;;;\n", i+1)
	}
	rec := do(t, NewHandler(quiet(Options{})), http.MethodPost, "/evaluate", mediaCSV, b.String())
	notes := notesOf(t, rec.Body.Bytes())
	if rec.Code != http.StatusBadRequest || len(notes) != 101 || notes[100] != "… và 3 ghi chú khác" {
		t.Errorf("status %d, %d notes: want 400, 101 notes, the last \"… và 3 ghi chú khác\"; body:\n%.500s", rec.Code, len(notes), rec.Body)
	}
}
