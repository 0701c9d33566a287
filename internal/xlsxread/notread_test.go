package xlsxread

import (
	"bytes"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/problem"
)

// TestSheetNotReadNamesSheetRowsAndCommunes: the rows of a sheet whose
// header cannot be read are problems placed by sheet and rows, like every
// other problem of a workbook, and each commune they name is left out by
// name; the other sheets are read.
func TestSheetNotReadNamesSheetRowsAndCommunes(t *testing.T) {
	book := testBook(t,
		sheetSpec{"Sheet1", [][]any{
			{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "1.1"},
			{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "đạt"},
		}},
		sheetSpec{"Ngang2", [][]any{
			{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "1.1", "Điểm"},
			{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", "đạt", "1"},
			{"Lạng Sơn", "Hữu Lũng", "Tân Thành", num("2020"), "1980", "đạt", "1"},
			{"Lạng Sơn", "Hữu Lũng", "Tân Thành", num("2020"), "933", "đạt", "1"},
		}})
	r, err := NewReader(bytes.NewReader(book), "x.xlsx", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var read []string
	var excluded []evaluate.Excluded
	var vi []string
	for {
		a, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			excluded = append(excluded, evaluate.ExcludedOf(err)...)
			for _, p := range problem.All(err) {
				vi = append(vi, p.Message(problem.VI))
			}
			continue
		}
		read = append(read, a.Commune.Name)
	}
	if diff := cmp.Diff([]string{"Hòa Lạc"}, read); diff != "" {
		t.Errorf("communes read (-want +got):\n%s", diff)
	}
	hl := func(name string) evaluate.Commune {
		return evaluate.Commune{Name: name, District: "Hữu Lũng", Province: "Lạng Sơn"}
	}
	want := []evaluate.Excluded{{Commune: hl("Minh Sơn"), Origin: "x.xlsx: Ngang2!2:2", Problems: 1},
		{Commune: hl("Tân Thành"), Origin: "x.xlsx: Ngang2!3:3", Problems: 1}}
	if diff := cmp.Diff(want, excluded); diff != "" {
		t.Errorf("excluded (-want +got):\n%s", diff)
	}
	wantVI := []string{
		`x.xlsx: Ngang2!G1: cột không có trong định dạng (cần province, district, commune, year, set, indicator, value, region, numerator, denominator, unit, source, code, group, hoặc tên tiếng Việt của các cột đó (Tỉnh, Huyện, Xã, Năm, Bộ tiêu chí, Chỉ tiêu, Giá trị, …); ở bảng ngang, các mã chỉ tiêu (1.1, 2.2. Đường trục thôn, 5 Trường học [trường])) (giá trị "Điểm")`,
		"x.xlsx: Ngang2!2:2: Minh Sơn: hàng 2 không được đọc: hãy sửa dòng tiêu đề trước",
		"x.xlsx: Ngang2!3:4: Tân Thành: hàng 3-4 không được đọc: hãy sửa dòng tiêu đề trước",
	}
	if diff := cmp.Diff(wantVI, vi); diff != "" {
		t.Errorf("problems in Vietnamese (-want +got):\n%s", diff)
	}
}

// TestWorkbookWithoutDataSheetIsNotRead: a workbook none of whose sheets
// can be read is a file left out, its communes unknown.
func TestWorkbookWithoutDataSheetIsNotRead(t *testing.T) {
	book := testBook(t, sheetSpec{"Ghi chú", [][]any{{"Số liệu minh họa."}}})
	_, err := Decode(bytes.NewReader(book), "x.xlsx", ReadOptions{})
	want := []evaluate.Excluded{{Origin: "x.xlsx", Problems: 1}}
	if diff := cmp.Diff(want, evaluate.ExcludedOf(err)); diff != "" {
		t.Errorf("excluded (-want +got):\n%s", diff)
	}
}

// TestHeaderFormulaWithoutValueNamesSheetRowsAndCommunes: a header cell
// holding a formula without a computed value is named at its cell; the
// other header cells still map the columns, so the rows are placed by
// sheet and rows (not as CSV lines) and each commune they name is left out
// by name.
func TestHeaderFormulaWithoutValueNamesSheetRowsAndCommunes(t *testing.T) {
	header := []any{"province", "district", "commune", "region", "year", "set", "indicator", "value",
		"numerator", "denominator", "unit", "source", fml(`"no"&"te"`)}
	book := testBook(t, sheetSpec{"Sheet1", [][]any{
		header,
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", nil, num("2020"), "1980", "1.1", "đạt"},
		{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", nil, num("2020"), "1980", "1.1", "đạt"},
	}})
	as, err := Decode(bytes.NewReader(book), "b2.xlsx", ReadOptions{})
	if len(as) != 0 {
		t.Errorf("read %d assessments, want none", len(as))
	}
	hl := func(name string) evaluate.Commune {
		return evaluate.Commune{Name: name, District: "Hữu Lũng", Province: "Lạng Sơn"}
	}
	want := []evaluate.Excluded{{Commune: hl("Hòa Lạc"), Origin: "b2.xlsx: Sheet1!2:2", Problems: 1},
		{Commune: hl("Minh Sơn"), Origin: "b2.xlsx: Sheet1!3:3", Problems: 1}}
	if diff := cmp.Diff(want, evaluate.ExcludedOf(err)); diff != "" {
		t.Errorf("excluded (-want +got):\n%s", diff)
	}
	wantErr := []string{
		`evaluate: b2.xlsx: Sheet1!M1: formula has no computed value: open and save the file in Excel (or type the value) (got "=\"no\"&\"te\"")`,
		`evaluate: b2.xlsx: Sheet1!2:2: Hòa Lạc: row 2 not read: fix the header first`,
		`evaluate: b2.xlsx: Sheet1!3:3: Minh Sơn: row 3 not read: fix the header first`,
	}
	if diff := cmp.Diff(wantErr, errLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}
