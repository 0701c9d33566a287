package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestSheetWithATitleAboveItsHeaderIsRead: a sheet whose header is below a
// title row (as officials head their tables) is read, with a note naming
// the rows taken as a title, in the command's language; its communes are
// in the summary.
func TestSheetWithATitleAboveItsHeaderIsRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tieu-de.xlsx")
	f := excelize.NewFile()
	header := []any{"province", "district", "commune", "year", "set", "indicator", "value"}
	rows := [][]any{
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2020, "1980", "4.2", 96},
	}
	f.SetSheetRow("Sheet1", "A1", &header)
	f.SetSheetRow("Sheet1", "A2", &rows[0])
	f.NewSheet("Data2")
	title := []any{"Bảng số liệu xã Tân Thành năm 2020 (số liệu minh họa)"}
	tan := []any{"Lạng Sơn", "Hữu Lũng", "Tân Thành", 2020, "1980", "4.2", 50}
	f.SetSheetRow("Data2", "A1", &title)
	f.SetSheetRow("Data2", "A3", &header)
	f.SetSheetRow("Data2", "A4", &tan)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runNTM(t, "", "eval", "--lang", "en", "--summary", "--format", "json", path)
	wantNote := "ntm eval: " + path + `: sheet "Data2": row 1 above the header read as a title, not as data: "Bảng số liệu xã Tân Thành năm 2020 (số liệu minh họa)"` + "\n"
	if code != exitOK || errOut != wantNote {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", code, errOut, wantNote)
	}
	if !strings.Contains(out, `"communes": 2`) {
		t.Errorf("the summary does not count both communes:\n%s", out)
	}
	_, _, errOut = runNTM(t, "", "eval", "--summary", path)
	wantNote = "ntm eval: " + path + `: trang tính "Data2": hàng 1 phía trên dòng tiêu đề được coi là tiêu đề, không phải số liệu: "Bảng số liệu xã Tân Thành năm 2020 (số liệu minh họa)"` + "\n"
	if errOut != wantNote {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut, wantNote)
	}
}

// TestHiddenSheetIsNamed: a sheet hidden in Excel, say last year's figures
// an official hid rather than deleted, is read with a note naming it, in
// the command's language, so that the assessment it gives is not taken for
// the visible one's.
func TestHiddenSheetIsNamed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "an.xlsx")
	f := excelize.NewFile()
	header := []any{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "Chỉ tiêu", "Giá trị"}
	f.SetSheetName("Sheet1", "Cu")
	f.SetSheetRow("Cu", "A1", &header)
	f.SetSheetRow("Cu", "A2", &[]any{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2020, "1980", "4.2", 80})
	f.NewSheet("Moi")
	f.SetSheetRow("Moi", "A1", &header)
	f.SetSheetRow("Moi", "A2", &[]any{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", 2020, "1980", "4.2", 96.5})
	f.SetActiveSheet(1)
	if err := f.SetSheetVisible("Cu", false); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runNTM(t, "", "eval", "--summary", path)
	wantNote := "ntm eval: " + path + `: trang tính "Cu": trang tính đang bị ẩn trong Excel và vẫn được đọc như các trang khác: hãy bỏ ẩn để kiểm tra số liệu, hoặc xóa trang nếu không dùng số liệu này` + "\n"
	if code != exitOK || errOut != wantNote {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", code, errOut, wantNote)
	}
	if !strings.Contains(out, "Tổng cộng (1 tỉnh)  2 ") {
		t.Errorf("the summary does not count both communes:\n%s", out)
	}
	_, _, errOut = runNTM(t, "", "eval", "--lang", "en", "--summary", path)
	wantNote = "ntm eval: " + path + `: sheet "Cu": the sheet is hidden in Excel and is read as the others are: unhide it to check its figures, or delete it if they are not to be used` + "\n"
	if errOut != wantNote {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut, wantNote)
	}
}

// TestOldExcelFileSaysHowToSaveIt: an Excel 97-2003 workbook (.xls) is
// one problem that says to save it as an Excel
// Workbook (.xlsx), in the command's language; the other files are read.
func TestOldExcelFileSaysHowToSaveIt(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "so-lieu-cu.XLS")
	if err := os.WriteFile(old, []byte{0xD0, 0xCF, 0x11, 0xE0}, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runNTM(t, "", "eval", "--summary", old, "testdata/eval/hoalac.json")
	want := "ntm eval: " + old + `: sổ Excel 97-2003 (.xls) không đọc được: hãy mở bằng Excel và lưu lại dạng "Excel Workbook (*.xlsx)"` + "\n"
	if code != exitInput || errOut != want {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", code, errOut, want)
	}
	if !strings.Contains(out, "Tổng cộng (1 tỉnh)  1 ") {
		t.Errorf("the valid file is not summarised:\n%s", out)
	}
	_, _, errOut = runNTM(t, "", "eval", "--lang", "en", old)
	want = "ntm eval: " + old + `: an Excel 97-2003 workbook (.xls) cannot be read: open it in Excel and save it as "Excel Workbook (*.xlsx)"` + "\n"
	if !strings.HasPrefix(errOut, want) {
		t.Errorf("stderr:\n%s\nwant first:\n%s", errOut, want)
	}
}

// TestHiddenRowsAndColumnsAreNamed: rows and columns hidden in Excel that
// hold data read (the communes of rows 3 and 4, the value column G) are
// read, with one note naming them, in the command's language; a hidden
// row that holds nothing read (row 6, empty) is not named.
func TestHiddenRowsAndColumnsAreNamed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "an-hang.xlsx")
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "Chỉ tiêu", "Giá trị"})
	for i, name := range []string{"Hòa Lạc", "Minh Sơn", "Yên Thịnh", "Hồ Sơn"} {
		f.SetSheetRow("Sheet1", "A"+strconv.Itoa(i+2), &[]any{"Lạng Sơn", "Hữu Lũng", name, 2020, "1980", "4.2", 96.5})
	}
	for _, r := range []int{3, 4, 7} {
		if err := f.SetRowVisible("Sheet1", r, false); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetColVisible("Sheet1", "G", false); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runNTM(t, "", "eval", "--summary", path)
	wantNote := "ntm eval: " + path + `: trang tính "Sheet1": hàng 3–4; cột G ẩn trong Excel và vẫn được đọc: hãy bỏ ẩn để kiểm tra số liệu, hoặc xóa đi nếu không dùng số liệu này` + "\n"
	if code != exitOK || errOut != wantNote {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", code, errOut, wantNote)
	}
	if !strings.Contains(out, "Tổng cộng (1 tỉnh)  4 ") {
		t.Errorf("the summary does not count the 4 communes:\n%s", out)
	}
	_, _, errOut = runNTM(t, "", "eval", "--lang", "en", "--summary", path)
	wantNote = "ntm eval: " + path + `: sheet "Sheet1": rows 3–4; column G hidden in Excel and read: unhide them to check their figures, or delete them if they are not to be used` + "\n"
	if errOut != wantNote {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut, wantNote)
	}
}
