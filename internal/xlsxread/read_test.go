package xlsxread

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite the testdata workbooks and golden files")

// illustrative is the directory of the illustrative workbooks (số liệu
// minh họa) that the examples of package workbook read.
const illustrative = "../../workbook/testdata"

// Cells of a test workbook: a string is a text cell, the others say what
// kind of cell to write.
type (
	num  string // a numeric cell holding exactly this text
	pct  string // a numeric cell with the number format "0.0%"
	pct0 string // a numeric cell with the number format "0%"
	boo  bool   // a boolean cell
	day  string // a numeric cell (a serial date) with the built-in date format 14
	dmy  string // a numeric cell (a serial date) with the number format "dd/mm/yyyy"
	fml  string // a formula without a computed value, as programs that do not compute formulas write it
	hm   string // a numeric cell with the built-in time format 20 (h:mm)
)

type sheetSpec struct {
	name string
	rows [][]any // row 1 first; nil is an empty row
}

// testBook builds a workbook of the given sheets.
func testBook(t testing.TB, sheets ...sheetSpec) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	p1, _ := f.NewStyle(&excelize.Style{NumFmt: 177, CustomNumFmt: ptr("0.0%")})
	p0, _ := f.NewStyle(&excelize.Style{NumFmt: 9})
	d14, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	dvi, _ := f.NewStyle(&excelize.Style{NumFmt: 178, CustomNumFmt: ptr("dd/mm/yyyy")})
	t20, _ := f.NewStyle(&excelize.Style{NumFmt: 20})
	for i, s := range sheets {
		if i == 0 {
			f.SetSheetName("Sheet1", s.name)
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				cell := CellName(c+1, r+1)
				var err error
				switch v := v.(type) {
				case nil:
				case string:
					err = f.SetCellStr(s.name, cell, v)
				case num:
					err = f.SetCellDefault(s.name, cell, string(v))
				case pct:
					err = f.SetCellDefault(s.name, cell, string(v))
					f.SetCellStyle(s.name, cell, cell, p1)
				case pct0:
					err = f.SetCellDefault(s.name, cell, string(v))
					f.SetCellStyle(s.name, cell, cell, p0)
				case boo:
					err = f.SetCellBool(s.name, cell, bool(v))
				case day:
					err = f.SetCellDefault(s.name, cell, string(v))
					f.SetCellStyle(s.name, cell, cell, d14)
				case dmy:
					err = f.SetCellDefault(s.name, cell, string(v))
					f.SetCellStyle(s.name, cell, cell, dvi)
				case hm:
					err = f.SetCellDefault(s.name, cell, string(v))
					f.SetCellStyle(s.name, cell, cell, t20)
				case fml:
					err = f.SetCellFormula(s.name, cell, string(v))
				default:
					t.Fatalf("bad test cell %T", v)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// show writes the values of the assessments as "commune year set code=value".
func show(as []evaluate.Assessment) []string {
	var out []string
	for _, a := range as {
		for _, set := range []string{"1980/QĐ-TTg", "933/QĐ-UBND"} {
			for code, v := range a.SetValues(set) {
				s := ""
				switch v.Kind {
				case evaluate.ValueBool:
					s = map[bool]string{true: "true", false: "false"}[v.Bool]
				case evaluate.ValueNumber:
					s = v.Number.String()
				case evaluate.ValueShare:
					s = v.Numerator.String() + "/" + v.Denominator.String() + " " + v.Unit
				default:
					s = v.Kind.String()
				}
				out = append(out, a.Commune.Name+" "+strconv.Itoa(a.Year)+" "+set+" "+code+"="+strings.TrimSpace(s)+" @ "+a.Origin)
			}
		}
	}
	slices.Sort(out)
	return out
}

func ptr[T any](v T) *T { return &v }

func errLines(err error) []string {
	if err == nil {
		return nil
	}
	return strings.Split(err.Error(), "\n")
}

func TestCellText(t *testing.T) {
	tests := []struct {
		name, raw, shown, want string
	}{
		{"a plain number is read as stored", "96.5", "96.5", "96.5"},
		{"a number as Excel writes it, to 17 digits, is read to Excel's 15: the 0.965 typed", "0.96499999999999997", "0.965", "0.965"},
		{"95% typed in a percentage cell is 95%, not 94.999999999999996%", "0.94999999999999996", "95%", "95%"},
		{"70% typed in a percentage cell is 70%", "0.69999999999999996", "70%", "70%"},
		{"64.1 typed is 64.1", "64.099999999999994", "64.1", "64.1"},
		{"a formula's binary artefact is read as Excel shows it", "0.30000000000000004", "0.3", "0.3"},
		{"a negative long number", "-0.57999999999999996", "-0.58", "-0.58"},
		{"a long number in exponent form", "4.0000000000000007E-4", "0.0004", "0.0004"},
		{"15 significant digits are kept", "0.123456789012345", "0.123456789012345", "0.123456789012345"},
		{"the 16th digit rounds the 15th", "1.2345678901234567", "1.23456789012346", "1.23456789012346"},
		{"a 16th digit of 5 rounds away from zero", "-1.0000000000000051", "-1.00000000000001", "-1.00000000000001"},
		{"18 digits are no double Excel wrote: read exactly", "1.23456789012345678", "1.23456789012346", "1.23456789012345678"},
		{"a percentage format holds a fraction, read as a percentage with its sign", "0.965", "96.5%", "96.5%"},
		{"a rounded percentage display does not round the value", "0.965", "97%", "96.5%"},
		{"a whole fraction becomes a whole percentage", "1", "100%", "100%"},
		{"a small fraction keeps its digits", "0.0005", "0.1%", "0.05%"},
		{"an exponent is written out", "1.5E-2", "0.015", "0.015"},
		{"an exponent with a percentage format", "9.65E-1", "96.5%", "96.5%"},
		{"a huge exponent is kept as written", "1E999", "1E999", "1E999"},
		{"a boolean true", "1", "TRUE", "true"},
		{"a boolean false", "0", "FALSE", "false"},
		{"a text cell with a percent sign is text", "96,5%", "96,5%", "96,5%"},
		{"a text cell with Vietnamese words", "không áp dụng", "không áp dụng", "không áp dụng"},
		{"an empty cell", "", "", ""},
		{"a negative number", "-2.50", "-2.50", "-2.50"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cellText(tt.raw, tt.shown); got != tt.want {
				t.Errorf("cellText(%q, %q) = %q, want %q", tt.raw, tt.shown, got, tt.want)
			}
		})
	}
}

func TestShiftPoint(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"0.965", 2, "96.5"}, {"0.9", 2, "90"}, {"12", 2, "1200"}, {"-0.5", 2, "-50"},
		{"1.5", -2, "0.015"}, {"0", 2, "0"}, {"-0.000", 2, "0"}, {".5", 0, "0.5"},
	}
	for _, tt := range tests {
		if got := shiftPoint(tt.s, tt.n); got != tt.want {
			t.Errorf("shiftPoint(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

// longHeaderVI is the header of the long layout in Vietnamese, as an
// official types it.
var longHeaderVI = []any{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "Chỉ tiêu", "Giá trị", "Tử số", "Mẫu số", "Đơn vị", "Nguồn"}

func TestDecode(t *testing.T) {
	notes := sheetSpec{"Ghi chú", [][]any{{"Số liệu minh họa (illustrative figures), not official."}}}
	tests := []struct {
		name     string
		sheets   []sheetSpec
		opt      ReadOptions
		want     []string
		wantErr  []string
		wantSkip []string
	}{
		{
			name: "a long sheet with Vietnamese headers and a percentage cell is read, a notes sheet skipped",
			sheets: []sheetSpec{notes, {"Sheet1", [][]any{
				nil,
				longHeaderVI,
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", pct("0.965")},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "5", nil, num("2"), num("3"), "trường", "Báo cáo UBND xã"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "1.1", "đạt"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "2.2", boo(false)},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "17.2", "không áp dụng"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "10", "36,8"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "17.1a", "96,5%"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "17.1b", pct0("0.655")},
			}}},
			want: []string{
				"Hòa Lạc 2020 1980/QĐ-TTg 1.1=true @ x.xlsx: Sheet1!3:3",
				"Hòa Lạc 2020 1980/QĐ-TTg 10=36.8 @ x.xlsx: Sheet1!3:3",
				"Hòa Lạc 2020 1980/QĐ-TTg 17.1a=96.5 @ x.xlsx: Sheet1!3:3",
				"Hòa Lạc 2020 1980/QĐ-TTg 17.1b=65.5 @ x.xlsx: Sheet1!3:3",
				"Hòa Lạc 2020 1980/QĐ-TTg 17.2=n/a @ x.xlsx: Sheet1!3:3",
				"Hòa Lạc 2020 1980/QĐ-TTg 2.2=false @ x.xlsx: Sheet1!3:3",
				"Hòa Lạc 2020 1980/QĐ-TTg 4.2=96.5 @ x.xlsx: Sheet1!3:3",
				"Hòa Lạc 2020 1980/QĐ-TTg 5=2/3 trường @ x.xlsx: Sheet1!3:3",
			},
			wantSkip: []string{"Ghi chú"},
		},
		{
			name: "a wide sheet with shares and units in the header is read with --set",
			sheets: []sheetSpec{{"Tổng hợp", [][]any{
				{"Tỉnh", "Huyện", "Xã", "Năm", "1.1", "2.2. Đường trục thôn", "5 Trường học [trường]", "4.2 (%)"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "x", "chưa đạt", "2/3", pct("0.965")},
				{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "đạt", nil, "3/3", "70"},
			}}},
			opt: ReadOptions{Set: "1980"},
			want: []string{
				"Hòa Lạc 2020 1980/QĐ-TTg 1.1=true @ x.xlsx: 'Tổng hợp'!2:2",
				"Hòa Lạc 2020 1980/QĐ-TTg 2.2=false @ x.xlsx: 'Tổng hợp'!2:2",
				"Hòa Lạc 2020 1980/QĐ-TTg 4.2=96.5 @ x.xlsx: 'Tổng hợp'!2:2",
				"Hòa Lạc 2020 1980/QĐ-TTg 5=2/3 trường @ x.xlsx: 'Tổng hợp'!2:2",
				"Minh Sơn 2020 1980/QĐ-TTg 1.1=true @ x.xlsx: 'Tổng hợp'!3:3",
				"Minh Sơn 2020 1980/QĐ-TTg 4.2=70 @ x.xlsx: 'Tổng hợp'!3:3",
				"Minh Sơn 2020 1980/QĐ-TTg 5=3/3 trường @ x.xlsx: 'Tổng hợp'!3:3",
			},
		},
		{
			name: "a bad cell is named by sheet and cell and the other commune is still read",
			sheets: []sheetSpec{{"Sheet1", [][]any{
				longHeaderVI,
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", "96.5"},
				{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", "5", nil, num("2"), num("0")},
			}}},
			want:    []string{"Hòa Lạc 2020 1980/QĐ-TTg 4.2=96.5 @ x.xlsx: Sheet1!2:2"},
			wantErr: []string{`evaluate: x.xlsx: Sheet1!I3: column Mẫu số: Minh Sơn: 1980/QĐ-TTg 5: must be > 0 (got "0")`},
		},
		{
			name: "a share typed as 2/3 that Excel turned into a date is an error quoting the date, not a number",
			sheets: []sheetSpec{{"Sheet1", [][]any{
				{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "5 [trường]", "4.2", "1.1"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", day("46083"), dmy("43905"), "đạt"},
			}}},
			wantErr: []string{
				`evaluate: x.xlsx: Sheet1!F2: column 5 [trường]: Hòa Lạc: 1980/QĐ-TTg 5: a date, not a value: Excel turns 2/3 typed into a cell into the date 02/03/2026 (format the column as Text, then type the value again) (got "02/03/2026")`,
				`evaluate: x.xlsx: Sheet1!G2: column 4.2: Hòa Lạc: 1980/QĐ-TTg 4.2: a date, not a value: Excel turns 15/3 typed into a cell into the date 15/03/2020 (format the column as Text, then type the value again) (got "15/03/2020")`,
			},
		},
		{
			name: "a number in a time-formatted cell is read as the time shown, whatever its days, and a date that cannot be shown as Excel's ########",
			sheets: []sheetSpec{{"Sheet1", [][]any{
				{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "10", "4.2"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", hm("37.5"), day("3000000")},
			}}},
			wantErr: []string{
				`evaluate: x.xlsx: Sheet1!F2: column 10: Hòa Lạc: 1980/QĐ-TTg 10: must be an amount in triệu đồng/người/năm or empty (got "12:00")`,
				`evaluate: x.xlsx: Sheet1!G2: column 4.2: Hòa Lạc: 1980/QĐ-TTg 4.2: must be a percentage (96,5 or 96,5%), a share N/D or empty (got "########")`,
			},
		},
		{
			name: "a wide sheet without a set column and without --set is an error naming the header",
			sheets: []sheetSpec{{"Sheet1", [][]any{
				{"Tỉnh", "Huyện", "Xã", "Năm", "1.1"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "đạt"},
			}}},
			wantErr: []string{
				`evaluate: x.xlsx: Sheet1!1:1: column set: required column missing from the header: add a column "Bộ tiêu chí" (set) giving each row's set, or give the set of the table: --set`,
				`evaluate: x.xlsx: Sheet1!2:2: Hòa Lạc: row 2 not read: fix the header first`,
			},
		},
		{
			name: "an unknown header cell is named, and the sheet is not read (a misnamed column must not drop its data)",
			sheets: []sheetSpec{{"Sheet1", [][]any{
				{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "Chỉ tiêu", "Giá trị", "Ghi chu", "Điểm"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", "96.5", "ok", "1"},
			}}},
			wantErr: []string{`evaluate: x.xlsx: Sheet1!I1: unknown column (want province, district, commune, year, set, indicator, value, region, numerator, denominator, unit, source, code, group, or their Vietnamese names (Tỉnh, Huyện, Xã, Năm, Bộ tiêu chí, Chỉ tiêu, Giá trị, …); in the wide layout, indicator codes (1.1, 2.2. Đường trục thôn, 5 Trường học [trường])) (got "Điểm")`,
				`evaluate: x.xlsx: Sheet1!2:2: Hòa Lạc: row 2 not read: fix the header first`},
		},
		{
			name: "a formula without a computed value is an error naming the cell and quoting the formula, not a missing value",
			sheets: []sheetSpec{{"Sheet1", [][]any{
				append(longHeaderVI[:len(longHeaderVI):len(longHeaderVI)], "Ghi chú"),
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", fml("1/2*100")},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.1", "đạt"},
				{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", "4.2", "96.5", nil, nil, nil, nil, fml(`IF(G4>=95,"đạt","")`)},
			}}},
			want: []string{"Minh Sơn 2020 1980/QĐ-TTg 4.2=96.5 @ x.xlsx: Sheet1!4:4"},
			wantErr: []string{
				`evaluate: x.xlsx: Sheet1!G2: column Giá trị: Hòa Lạc: formula has no computed value: open and save the file in Excel (or type the value) (got "=1/2*100")`,
			},
		},
		{
			name: "formulas without computed values in a wide row are each named; a row of nothing else names no commune",
			sheets: []sheetSpec{{"Sheet1", [][]any{
				{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "4.2", "10"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", fml("B9/C9*100"), fml("SUM(D9:D12)/4")},
				{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", "96.5"},
				{nil, nil, nil, nil, nil, fml("AVERAGE(F2:F3)")},
			}}},
			want: []string{"Minh Sơn 2020 1980/QĐ-TTg 4.2=96.5 @ x.xlsx: Sheet1!3:3"},
			wantErr: []string{
				`evaluate: x.xlsx: Sheet1!F4: column 4.2: formula has no computed value: open and save the file in Excel (or type the value) (got "=AVERAGE(F2:F3)")`,
				`evaluate: x.xlsx: Sheet1!F2: column 4.2: Hòa Lạc: formula has no computed value: open and save the file in Excel (or type the value) (got "=B9/C9*100")`,
				`evaluate: x.xlsx: Sheet1!G2: column 10: Hòa Lạc: formula has no computed value: open and save the file in Excel (or type the value) (got "=SUM(D9:D12)/4")`,
			},
		},
		{
			name: "a header cell with a formula without a computed value is named and the sheet is not read, its communes named",
			sheets: []sheetSpec{{"Sheet1", [][]any{
				{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "Chỉ tiêu", fml(`"Giá trị"`)},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", "96.5"},
			}}},
			wantErr: []string{
				`evaluate: x.xlsx: Sheet1!G1: formula has no computed value: open and save the file in Excel (or type the value) (got "=\"Giá trị\"")`,
				`evaluate: x.xlsx: Sheet1!2:2: Hòa Lạc: row 2 not read: fix the header first`,
			},
		},
		{
			name:     "a workbook without a data sheet says so",
			sheets:   []sheetSpec{notes},
			wantErr:  []string{"evaluate: x.xlsx: no worksheet has a header of the long or wide layout in its first 10 non-empty rows"},
			wantSkip: []string{"Ghi chú"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var skipped []string
			tt.opt.Skipped = func(sheet, _ string) { skipped = append(skipped, sheet) }
			as, err := Decode(bytes.NewReader(testBook(t, tt.sheets...)), "x.xlsx", tt.opt)
			if diff := cmp.Diff(tt.want, show(as)); diff != "" {
				t.Errorf("values (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantErr, errLines(err)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantSkip, skipped); diff != "" {
				t.Errorf("skipped (-want +got):\n%s", diff)
			}
		})
	}
}

// A percentage typed as a fraction is read as written (a General cell's
// 0.965, stored by Excel as 0.96499999999999997 and read to Excel's 15
// digits, and "0,965" typed as text are 0.965%, not 96.5%) and the report
// warns; a cell formatted as a percentage is read as
// the percentage it shows, without a warning.
func TestAFractionForAPercentageIsReadAsWrittenAndWarned(t *testing.T) {
	book := testBook(t, sheetSpec{"Sheet1", [][]any{
		{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "4.2", "14.2"},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", num("0.96499999999999997"), "0,88"},
		{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", "0,965", num("0.88")},
		{"Lạng Sơn", "Hữu Lũng", "Yên Bình", num("2020"), "1980", pct("0.965"), pct("0.88")},
	}})
	var got []string
	for _, r := range evaluateBook(t, book) {
		for _, c := range r.Criteria {
			for _, ind := range c.Indicators {
				if ind.Code() == "4.2" {
					got = append(got, r.Commune.Name+" 4.2 "+ind.Status.String())
				}
			}
		}
		for _, w := range r.Warnings() {
			if w.Kind == evaluate.WarnPercentAsFraction {
				got = append(got, r.Commune.Name+" "+w.Text("en"))
			}
		}
	}
	want := []string{
		"Hòa Lạc 4.2 not-met",
		"Hòa Lạc indicator 4.2: value 0.965 is below 1 — if you mean 96.5%, write 96.5 (or 96.5%)",
		"Hòa Lạc indicator 14.2: value 0.88 is below 1 — if you mean 88%, write 88 (or 88%)",
		"Minh Sơn 4.2 not-met",
		"Minh Sơn indicator 4.2: value 0.965 is below 1 — if you mean 96.5%, write 96.5 (or 96.5%)",
		"Minh Sơn indicator 14.2: value 0.88 is below 1 — if you mean 88%, write 88 (or 88%)",
		"Yên Bình 4.2 met",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestFormulaWithComputedValue: a cell with a formula and its computed
// value (as Excel saves it) is read as the value.
func TestFormulaWithComputedValue(t *testing.T) {
	book := testBook(t, sheetSpec{"Sheet1", [][]any{longHeaderVI,
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", fml("1/2*100")},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "10", fml("D2/1000")},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.1", fml(`IF(G2>=95,"đạt","chưa đạt")`)},
	}})
	book = rezip(t, book, "xl/worksheets/sheet1.xml", `<f>1/2*100</f></c>`, `<f>1/2*100</f><v>50</v></c>`)
	book = rezip(t, book, "xl/worksheets/sheet1.xml", `<c r="G3" t="str"><f>D2/1000</f></c>`, `<c r="G3"><f>D2/1000</f><v>36.8</v></c>`)
	book = rezip(t, book, "xl/worksheets/sheet1.xml", `&#34;)</f></c>`, `&#34;)</f><v>chưa đạt</v></c>`)
	as, err := Decode(bytes.NewReader(book), "x.xlsx", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Hòa Lạc 2020 1980/QĐ-TTg 10=36.8 @ x.xlsx: Sheet1!2:2",
		"Hòa Lạc 2020 1980/QĐ-TTg 4.1=false @ x.xlsx: Sheet1!2:2",
		"Hòa Lạc 2020 1980/QĐ-TTg 4.2=50 @ x.xlsx: Sheet1!2:2",
	}
	if diff := cmp.Diff(want, show(as)); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
}

func TestDecodeRefusesZipBomb(t *testing.T) {
	// A workbook whose one sheet unpacks to far more than the limit.
	rows := [][]any{longHeaderVI}
	for i := range 4000 {
		rows = append(rows, []any{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", strconv.Itoa(i) + strings.Repeat("9", 400)})
	}
	data := testBook(t, sheetSpec{"Sheet1", rows})
	_, err := Decode(bytes.NewReader(data), "bom.xlsx", ReadOptions{MaxUnpacked: 1 << 20})
	if !errors.Is(err, problem.TooLarge) || !strings.Contains(err.Error(), "zip bomb") {
		t.Fatalf("got %v, want the size limit named", err)
	}
}

func TestDecodeNotAWorkbook(t *testing.T) {
	for _, data := range [][]byte{[]byte("province,district\n"), zipOf(t, "hello.txt", "hi")} {
		_, err := Decode(bytes.NewReader(data), "so-lieu.xlsx", ReadOptions{})
		if err == nil || !strings.HasPrefix(err.Error(), "evaluate: so-lieu.xlsx: not") {
			t.Errorf("got %v, want a not-a-workbook error naming the file", err)
		}
	}
}

func zipOf(t *testing.T, name, content string) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, _ := z.Create(name)
	w.Write([]byte(content))
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestTestdata reads the illustrative workbooks (rewritten
// with -update from the specs below, so that they stay what a person
// would have typed).
func TestTestdata(t *testing.T) {
	files := map[string][]sheetSpec{
		"so-lieu-dai.xlsx": {
			{"Ghi chú", [][]any{{"Số liệu minh họa — illustrative figures, not official data."}}},
			{"Sheet1", [][]any{
				longHeaderVI,
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980/QĐ-TTg", "1.1", "đạt"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980/QĐ-TTg", "4.2", pct("0.965")},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980/QĐ-TTg", "5", nil, num("2"), num("3"), "trường", "Báo cáo UBND xã 03/2020"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980/QĐ-TTg", "17.2", "không áp dụng"},
				{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980/QĐ-TTg", "4.2", "chín mươi"},
			}},
		},
		"so-lieu-rong.xlsx": {
			{"Sheet1", [][]any{
				{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "1.1", "2.2. Đường trục thôn", "4.2", "5 Trường học [trường]", "10"},
				{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "đạt", "chưa đạt", pct("0.965"), "2/3", "36,8"},
				{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", num("2020"), "1980", "đạt", "đạt", num("92"), "3/3", num("41")},
				{"Lạng Sơn", "Hữu Lũng", "Yên Thịnh", num("2020"), "1980", "đạt", "đạt", num("88.5"), "3/3", "32"},
			}},
			{"Ghi chú", [][]any{{"Số liệu minh họa — illustrative figures, not official data."}}},
		},
	}
	for name, sheets := range files {
		path := filepath.Join(illustrative, name)
		if *update {
			if err := os.WriteFile(path, testBook(t, sheets...), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		as, err := ReadFile(path, ReadOptions{})
		if len(as) == 0 {
			t.Errorf("%s: no assessment read (%v)", name, err)
		}
		if name == "so-lieu-dai.xlsx" {
			want := []string{`evaluate: ` + path + `: Sheet1!G6: column Giá trị: Minh Sơn: 1980/QĐ-TTg 4.2: must be a percentage (96,5 or 96,5%) or empty (got "chín mươi")`}
			if diff := cmp.Diff(want, errLines(err)); diff != "" {
				t.Errorf("%s errors (-want +got):\n%s", name, diff)
			}
		} else if err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestNumberFormats(t *testing.T) {
	tests := []struct {
		code string
		want numberFormat
	}{
		{"General", formatPlain},
		{"0.00", formatPlain},
		{"#,##0 \"VNĐ\"", formatPlain},
		{"#,##0 [$₫-42A]", formatPlain},
		{"0.00E+00", formatPlain},
		{"@", formatPlain},
		{"0.0%", formatPercent},
		{"0.0\"%\"", formatPlain},
		{"dd/mm/yyyy", formatDate},
		{"[$-42A]dd/mm/yyyy;@", formatDate},
		{"d-mmm-yy", formatDate},
		{"mmmm yyyy", formatDate},
		{"dd/mm/yyyy hh:mm", formatDate},
		{"yyyy-mm-dd", formatDate},
		{"h:mm", formatTime},
		{"hh:mm:ss", formatTime},
		{"mm:ss", formatTime},
		{"h:mm AM/PM", formatTime},
		{"[h]:mm", formatElapsed},
		{"[mm]:ss", formatElapsed},
		{"[Red]0.00", formatPlain},
		{"0;[Red]-0", formatPlain},
		{"\"ngày\" 0", formatPlain},
	}
	for _, tt := range tests {
		if got := formatOf(tt.code); got != tt.want {
			t.Errorf("formatOf(%q) = %d, want %d", tt.code, got, tt.want)
		}
	}
	for id, want := range map[int]numberFormat{0: formatPlain, 2: formatPlain, 9: formatPercent, 10: formatPercent,
		14: formatDate, 22: formatDate, 18: formatTime, 46: formatTime, 49: formatPlain} {
		if got := builtinFormat(id); got != want {
			t.Errorf("builtinFormat(%d) = %d, want %d", id, got, want)
		}
	}
}

func TestSerialDates(t *testing.T) {
	tests := []struct {
		raw      string
		date1904 bool
		timeOnly bool
		want     string
	}{
		{"43905", false, false, "15/03/2020"},
		{"46083", false, false, "02/03/2026"},
		{"1", false, false, "01/01/1900"},
		{"59", false, false, "28/02/1900"},
		{"60", false, false, "28/02/1900"}, // the 29 February 1900 Excel counts
		{"61", false, false, "01/03/1900"},
		{"43905.5", false, false, "15/03/2020 12:00"},
		{"43905.000011574", false, false, "15/03/2020 00:00:01"},
		{"0.75", false, true, "18:00"},
		{"42443", true, false, "15/03/2020"},
		{"0", true, false, "01/01/1904"},
	}
	for _, tt := range tests {
		d, ok := serialDate(tt.raw, tt.date1904)
		if !ok {
			t.Errorf("serialDate(%q, %v) failed", tt.raw, tt.date1904)
			continue
		}
		if got := dateText(d, tt.timeOnly); got != tt.want {
			t.Errorf("serialDate(%q, %v) = %q, want %q", tt.raw, tt.date1904, got, tt.want)
		}
	}
	for _, tt := range []struct {
		raw  string
		f    numberFormat
		want string
	}{
		{"43905", formatDate, "15/03/2020"},
		{"37.5", formatTime, "12:00"},
		{"0.75", formatTime, "18:00"},
		{"1.5625", formatElapsed, "37:30"},
		{"0.000694444", formatElapsed, "0:01"},
		{"37.5", formatElapsed, "900:00"},
		{"-1", formatDate, "########"},
		{"3000000", formatDate, "########"},
		{"-0.5", formatElapsed, "########"},
	} {
		if got := shownDate(tt.raw, tt.f, false); got != tt.want {
			t.Errorf("shownDate(%q, %d) = %q, want %q", tt.raw, tt.f, got, tt.want)
		}
	}
	for _, raw := range []string{"-1", "abc", "2958466", "1E999", ""} {
		if _, ok := serialDate(raw, false); ok {
			t.Errorf("serialDate(%q) succeeded", raw)
		}
	}
}

// TestDateCellsReadAsShown: a date-formatted cell is read as the date it
// shows, day first, in the 1900 and the 1904 date systems: a source column
// keeps the date, and a value column holding a date is an error quoting it
// (see TestDecode).
func TestDateCellsReadAsShown(t *testing.T) {
	for _, date1904 := range []bool{false, true} {
		f := excelize.NewFile()
		if date1904 {
			if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: ptr(true)}); err != nil {
				t.Fatal(err)
			}
		}
		style, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
		for c, v := range longHeaderVI {
			f.SetCellStr("Sheet1", CellName(c+1, 1), v.(string))
		}
		for c, v := range []string{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", "2020", "1980", "4.2", "96.5"} {
			f.SetCellDefault("Sheet1", CellName(c+1, 2), v)
		}
		serial := "43905"
		if date1904 {
			serial = "42443"
		}
		f.SetCellDefault("Sheet1", "K2", serial)
		f.SetCellStyle("Sheet1", "K2", "K2", style)
		var b bytes.Buffer
		if _, err := f.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		f.Close()
		as, err := Decode(bytes.NewReader(b.Bytes()), "x.xlsx", ReadOptions{})
		if err != nil || len(as) != 1 {
			t.Fatalf("date1904=%v: %d assessments, %v", date1904, len(as), err)
		}
		if got := as[0].SetValues("1980/QĐ-TTg")["4.2"].Source; got != "15/03/2020" {
			t.Errorf("date1904=%v: source = %q, want 15/03/2020", date1904, got)
		}
	}
}

// TestASheetIsReadWhenCSVReadsItsHeader: a worksheet is a data sheet when
// its header is one the CSV decoder reads ([evaluate.IsTableHeader]): a
// code column written "5: …", "5- …", "5-…", a commune column written
// "TênXã"; the values are those CSV reads.
func TestASheetIsReadWhenCSVReadsItsHeader(t *testing.T) {
	row := []string{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", "2020", "1980", "2/3"}
	base := []string{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí"}
	for _, header := range [][]string{
		append(base[:5:5], "5 Trường học [trường]"),
		append(base[:5:5], "5: Trường học [trường]"),
		append(base[:5:5], "5- Trường học [trường]"),
		append(base[:5:5], "5-Trường học [trường]"),
		{"Tỉnh", "Huyện", "TênXã", "Năm", "Bộ tiêu chí", "5 Trường học [trường]"},
	} {
		t.Run(strings.Join(header, ","), func(t *testing.T) {
			csv := strings.Join(header, ",") + "\n" + strings.Join(row, ",") + "\n"
			want, err := evaluate.DecodeCSV(strings.NewReader(csv), "x.xlsx", nil)
			if err != nil || len(want) != 1 {
				t.Fatalf("CSV: %d assessments, %v", len(want), err)
			}
			var cells [2][]any
			for i := range header {
				cells[0], cells[1] = append(cells[0], header[i]), append(cells[1], row[i])
			}
			var skipped []string
			got, err := Decode(bytes.NewReader(testBook(t, sheetSpec{"Sheet1", cells[:]})), "x.xlsx",
				ReadOptions{Skipped: func(s, why string) { skipped = append(skipped, s+": "+why) }})
			if err != nil || skipped != nil {
				t.Fatalf("error %v, skipped %q", err, skipped)
			}
			wantShown := strings.ReplaceAll(strings.Join(show(want), "\n"), "x.xlsx:2", "x.xlsx: Sheet1!2:2")
			if diff := cmp.Diff(wantShown, strings.Join(show(got), "\n")); diff != "" {
				t.Errorf("values (-CSV +workbook):\n%s", diff)
			}
		})
	}
}

// TestMoreProblemsOfACommuneArePlacedAtTheirRow: the problem that counts a
// commune's problems beyond those listed is placed at the commune's last
// row by sheet and row, as the workbook's other problems are.
func TestMoreProblemsOfACommuneArePlacedAtTheirRow(t *testing.T) {
	rows := [][]any{longHeaderVI}
	for range problem.Max + 5 {
		rows = append(rows, []any{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", num("2020"), "1980", "4.2", "nhiều"})
	}
	_, err := Decode(bytes.NewReader(testBook(t, sheetSpec{"Sheet1", rows})), "x.xlsx", ReadOptions{})
	ps := problem.All(err)
	if len(ps) == 0 {
		t.Fatal("no problem")
	}
	last := ps[len(ps)-1].Message(problem.EN)
	if want := "x.xlsx: Sheet1!106:106: Hòa Lạc: … and "; !strings.HasPrefix(last, want) {
		t.Errorf("last problem\n%s\nwant it to begin\n%s", last, want)
	}
}
