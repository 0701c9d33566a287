package evaluate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
)

// viLines returns the Vietnamese message of each problem of err.
func viLines(err error) []string {
	var out []string
	for _, e := range InputErrors(err) {
		out = append(out, (*problem.Problem)(e).Message(problem.VI))
	}
	return out
}

// A number or a percentage in the cell of a pass/fail indicator (each
// criterion's one indicator of 51/2025/QĐ-TTg, whose content awaits its
// official text; 1.1 of 1980/QĐ-TTg) is told that the indicator is
// pass/fail and the words the reader takes, not a unit the indicator has
// not; in JSON, its true and false.
func TestAPassFailIndicatorGivenANumberSaysWhatItTakes(t *testing.T) {
	const words = "chỉ tiêu đạt/chưa đạt: phải là một trong các từ đạt, chưa đạt, có, không, true, false, x hoặc để trống"
	const jsonWords = "chỉ tiêu đạt/chưa đạt: phải là true hoặc false (đạt / chưa đạt, không đặt trong dấu nháy) hoặc null"
	tests := []struct {
		name, file, in string
		want           []string
	}{
		{"51/2025, long layout", "t.csv",
			"Tỉnh,Xã,Nhóm,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\n" +
				"Lạng Sơn,Tân Thành,1,2030,51/2025/QĐ-TTg,1,80%\n" +
				"Lạng Sơn,Tân Thành,1,2030,51/2025/QĐ-TTg,2,80\n",
			[]string{
				`t.csv:2: cột Giá trị: Tân Thành: 51/2025/QĐ-TTg 1: ` + words + `, không phải tỷ lệ phần trăm (giá trị "80%")`,
				`t.csv:3: cột Giá trị: Tân Thành: 51/2025/QĐ-TTg 2: ` + words + `, không phải số (giá trị "80")`,
			}},
		{"51/2025, wide layout of the form", "t.csv",
			"Tỉnh,Xã,Nhóm,Năm,Bộ tiêu chí,1. Quy hoạch,2. Hạ tầng kinh tế - xã hội,3. Phát triển kinh tế nông thôn\n" +
				"Lạng Sơn,Tân Thành,1,2030,51/2025/QĐ-TTg,80%,\"80,5\",đạt\n",
			[]string{
				`t.csv:2: cột 1. Quy hoạch: Tân Thành: 51/2025/QĐ-TTg 1: ` + words + `, không phải tỷ lệ phần trăm (giá trị "80%")`,
				`t.csv:2: cột 2. Hạ tầng kinh tế - xã hội: Tân Thành: 51/2025/QĐ-TTg 2: ` + words + `, không phải số (giá trị "80,5")`,
			}},
		{"1980, long layout, a share", "t.csv",
			inCSVHeader + "Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980,1.1,80 %,,,,\n" +
				"Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980,2.2,,4,5,,\n",
			[]string{
				`t.csv:2: cột value: Hòa Lạc: 1980/QĐ-TTg 1.1: ` + words + `, không phải tỷ lệ phần trăm (giá trị "80 %")`,
				`t.csv:3: cột numerator: Hòa Lạc: 1980/QĐ-TTg 2.2: ` + words + `, không phải tỷ số (giá trị "4/5")`,
			}},
		{"1980, wide layout", "t.csv",
			"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,1.1,2.2\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,80%,95\n",
			[]string{
				`t.csv:2: cột 1.1: Hòa Lạc: 1980/QĐ-TTg 1.1: ` + words + `, không phải tỷ lệ phần trăm (giá trị "80%")`,
				`t.csv:2: cột 2.2: Hòa Lạc: 1980/QĐ-TTg 2.2: ` + words + `, không phải số (giá trị "95")`,
			}},
		{"JSON, 51/2025 and 1980", "t.json",
			`[{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": "1", "year": 2030, "sets": {"51/2025": {"1": "80%", "2": 80}}},
			  {"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": "đạt", "2.2": {"value": "80%"}}}}]`,
			[]string{
				`t.json:1: cột 115: [0] Tân Thành: sets["51/2025"]["1"]: ` + jsonWords + ` (giá trị "80%")`,
				`t.json:1: cột 127: [0] Tân Thành: sets["51/2025"]["2"]: chỉ tiêu đạt/chưa đạt: phải là true hoặc false (đạt / chưa đạt), không phải số (giá trị "80")`,
				`t.json:2: cột 126: [1] Hòa Lạc: sets["1980"]["1.1"]: ` + jsonWords + ` (giá trị "đạt")`,
				`t.json:2: cột 150: [1] Hòa Lạc: sets["1980"]["2.2"].value: ` + jsonWords + ` (giá trị "80%")`,
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if strings.HasSuffix(tc.file, ".json") {
				_, err = DecodeJSON(strings.NewReader(tc.in), tc.file, nil)
			} else {
				_, err = DecodeCSV(strings.NewReader(tc.in), tc.file, nil)
			}
			if diff := cmp.Diff(tc.want, viLines(err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// In a worksheet, the problem names the sheet and the cell; a numeric cell
// formatted as a percentage reaches the reader as "80%".
func TestAPassFailIndicatorGivenAPercentageInAWorksheetNamesTheCell(t *testing.T) {
	rows := &sheetRows{sheet: "Sheet1", rows: [][]string{
		{"Tỉnh", "Xã", "Nhóm", "Năm", "Bộ tiêu chí", "1. Quy hoạch", "2. Hạ tầng kinh tế - xã hội"},
		{"Lạng Sơn", "Tân Thành", "Nhóm 1", "2030", "51/2025/QĐ-TTg", "80%", "đạt"},
	}}
	_, err := TableOptions{}.DecodeTable(rows, "so-lieu.xlsx")
	want := []string{`so-lieu.xlsx: Sheet1!F2: cột 1. Quy hoạch: Tân Thành: 51/2025/QĐ-TTg 1: chỉ tiêu đạt/chưa đạt: phải là một trong các từ đạt, chưa đạt, có, không, true, false, x hoặc để trống, không phải tỷ lệ phần trăm (giá trị "80%")`}
	if diff := cmp.Diff(want, viLines(err)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}
