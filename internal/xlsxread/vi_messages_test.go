package xlsxread

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/untranslated"
)

// TestProblemsReadInVietnamese renders every problem of the workbooks
// below (the bad sheets of TestDecode, files that are not workbooks or
// are broken inside, the illustrative workbooks) in
// Vietnamese: no line may keep English words.
func TestProblemsReadInVietnamese(t *testing.T) {
	decode := func(name string, data []byte, opt ReadOptions) {
		t.Helper()
		_, err := Decode(bytes.NewReader(data), "x.xlsx", opt)
		untranslated.Check(t, name, err, "x.xlsx")
	}
	notes := sheetSpec{"Ghi chú", [][]any{{"Số liệu minh họa (illustrative figures), not official."}}}
	for name, sheets := range map[string][]sheetSpec{
		"a bad cell": {{"Sheet1", [][]any{
			longHeaderVI,
			{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", "5", nil, num("2"), num("0")},
			{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", "4.2", "chín mươi"},
			{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", "9.9", "1"},
		}}},
		"a wide sheet without a set": {{"Sheet1", [][]any{
			{"Tỉnh", "Huyện", "Xã", "Năm", "1.1"},
			{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "đạt"},
		}}},
		"an unknown header cell": {{"Sheet1", [][]any{
			{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "Chỉ tiêu", "Giá trị", "Ghi chu", "Điểm"},
			{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", "96.5", "ok", "1"},
		}}},
		"formulas without computed values": {{"Sheet1", [][]any{
			longHeaderVI,
			{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", "4.2", fml("1/2*100")},
			{nil, nil, nil, nil, nil, nil, fml("SUM(G2:G2)")},
		}}, {"Sheet2", [][]any{
			{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "Chỉ tiêu", fml(`"Giá trị"`)},
			{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", "4.2", "96"},
		}}},
		"no data sheet": {notes},
	} {
		decode(name, testBook(t, sheets...), ReadOptions{})
	}
	rows := [][]any{longHeaderVI}
	for i := range 4000 {
		rows = append(rows, []any{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", strconv.Itoa(i) + strings.Repeat("9", 400)})
	}
	decode("a zip bomb", testBook(t, sheetSpec{"Sheet1", rows}), ReadOptions{MaxUnpacked: 1 << 20})
	decode("a CSV file", []byte("province,district\n"), ReadOptions{})
	decode("a zip that is not a workbook", zipOf(t, "hello.txt", "hi"), ReadOptions{})
	decode("a truncated zip", []byte("PK\x03\x04"), ReadOptions{})
	book := testBook(t, sheetSpec{"Sheet1", [][]any{longHeaderVI,
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", "96.5"}}})
	for _, part := range []struct{ name, from, to string }{
		{"xl/worksheets/sheet1.xml", "<row ", "<row"},
		{"xl/worksheets/sheet1.xml", "</sheetData>", ""},
		{"xl/worksheets/sheet1.xml", `r="A1"`, `r="1A"`},
		{"xl/worksheets/sheet1.xml", `<row r="2"`, `<row r="1"`},
		{"xl/worksheets/sheet1.xml", "<v>", "<v><!--"},
		{"xl/sharedStrings.xml", "<t>", "<t><![CDATA["},
		{"xl/sharedStrings.xml", "</t>", ""},
		// Not xl/workbook.xml broken as XML: the detail of encoding/xml's
		// syntax errors stays in English.
	} {
		decode("a broken "+part.name+": "+part.from, rezip(t, book, part.name, part.from, part.to), ReadOptions{})
	}
	files, _ := filepath.Glob(filepath.Join(illustrative, "*.xlsx"))
	if len(files) == 0 {
		t.Fatalf("no workbook in %s", illustrative)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		decode(file, data, ReadOptions{})
	}
}

// rezip returns the workbook data with the first from in its part name
// replaced by to.
func rezip(t *testing.T, data []byte, name, from, to string) []byte {
	t.Helper()
	return editPart(t, data, name, func(s string) string { return strings.Replace(s, from, to, 1) })
}
