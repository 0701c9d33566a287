package evaluate

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/untranslated"
	"github.com/nongthonmoi/ntm/problem"
)

// tablesWantExcel is what testdata/tables/excel-cham-phay.csv and its
// re-encodings hold.
func tablesWantExcel() []Assessment {
	c := func(name, code string) Commune {
		return Commune{Name: name, District: "Hữu Lũng", Province: "Lạng Sơn", Code: code}
	}
	return []Assessment{
		{Commune: c("Hòa Lạc", ""), Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD1980: {
			"1.1":   inWithSource(Bool(true), "Báo cáo UBND xã (số liệu minh họa)"),
			"4.2":   MustNumber("96.5"),
			"5":     Share(2, 3, "trường"),
			"7":     NotApplicable(),
			"17.1a": MustNumber("96.5"),
			"17.2":  NotApplicable(),
		}}},
		{Commune: c("Nhật Tiến", ""), Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD1980: {
			"1.1": Bool(false),
			"4.2": MustNumber("94.8"),
		}}},
	}
}

func tablesWantWide() []Assessment {
	c := func(name, code string) Commune {
		return Commune{Name: name, District: "Hữu Lũng", Province: "Lạng Sơn", Code: code}
	}
	return []Assessment{
		{Commune: c("Hòa Lạc", "06019"), Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD1980: {
			"1.1": Bool(true), "2.2": Bool(false), "4.2": MustNumber("96.5"), "5": Share(2, 3, "trường"),
			"7": NotApplicable(), "9.1": MustNumber("0"), "17.1a": MustNumber("96.5"),
		}}},
		{Commune: c("Nhật Tiến", "06022"), Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD1980: {
			"1.1": Bool(true), "2.2": Bool(true), "4.2": MustNumber("94.8"), "5": Share(3, 4, "trường"),
			"7": NotApplicable(), "9.1": MustNumber("2"),
		}}},
		{Commune: c("Tân Thành", "06031"), Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD1980: {}}},
	}
}

func readTable(t *testing.T, opt TableOptions, name string) ([]Assessment, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "tables", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return opt.DecodeCSV(f, name)
}

// Each case is one of the tables the measured failures of issue 9 were
// found with: every one of them was rejected before the table decoder.
func TestTablesAsOfficialsKeepThemAreRead(t *testing.T) {
	ignoreOrigin := cmpopts.IgnoreFields(Assessment{}, "Origin")
	for _, tc := range []struct {
		name string
		file string
		opt  TableOptions
		want []Assessment
	}{
		{"Excel's ';' CSV with Vietnamese headers, BOM, CRLF, 96,5, 96.5%, 94,8% and không áp dụng is read",
			"excel-cham-phay.csv", TableOptions{}, tablesWantExcel()},
		{"Vietnamese headers in a comma-separated file are read, helper columns ignored",
			"tieu-de-tieng-viet.csv", TableOptions{}, tablesWantExcel()},
		{"a Windows-1258 file is read with its encoding given",
			"windows-1258.csv", TableOptions{Encoding: EncodingWindows1258}, tablesWantExcel()},
		{"a UTF-16 tab-separated file (Excel's Unicode text) is recognised by its byte-order mark",
			"utf-16.csv", TableOptions{}, tablesWantExcel()},
		{"a UTF-16 file is read with its encoding given", "utf-16.csv", TableOptions{Encoding: EncodingUTF16}, tablesWantExcel()},
		{"a UTF-16 file is recognised by its byte-order mark even with windows-1258 given (one --encoding for a folder of files)",
			"utf-16.csv", TableOptions{Encoding: EncodingWindows1258}, tablesWantExcel()},
		{"a UTF-8 file with a byte-order mark is read as UTF-8 even with windows-1258 given",
			"excel-cham-phay.csv", TableOptions{Encoding: EncodingWindows1258}, tablesWantExcel()},
		{"a wide table with indicator-code columns, N/D shares and the unit in the header is read",
			"bang-ngang.csv", TableOptions{}, tablesWantWide()},
		{"a wide table without a set column is read with the set given", "bang-ngang-khong-co-bo.csv", TableOptions{Set: "1980"},
			[]Assessment{{Commune: Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, Region: criteria.TDMNPB, Year: 2020,
				Values: map[string]map[string]Value{criteria.IDQD1980: {"1.1": Bool(true), "4.2": MustNumber("96.5"), "5": Share(2, 3, "trường")}}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readTable(t, tc.opt, tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, asMaps(got), inDecimalEqual, ignoreOrigin); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestTablesWithProblemsSayWhatToDo(t *testing.T) {
	for _, tc := range []struct {
		name  string
		file  string
		opt   TableOptions
		valid []string
		want  []string
	}{
		{"a Windows-1258 file read as UTF-8 is one problem naming the encoding and the fix",
			"windows-1258.csv", TableOptions{}, nil,
			[]string{`evaluate: windows-1258.csv:1: line 1 is not UTF-8 (byte 0xD2 at byte 3 of the line): the file is in another encoding; ` +
				`save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8) or read it with --encoding windows-1258 (or utf-16); lines 1-9 not read`}},
		{"a program that is given the encoding another way says its own fix",
			"windows-1258.csv", TableOptions{EncodingFix: "pick Windows-1258 in the menu"}, nil,
			[]string{`evaluate: windows-1258.csv:1: line 1 is not UTF-8 (byte 0xD2 at byte 3 of the line): the file is in another encoding; ` +
				`save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8) or pick Windows-1258 in the menu; lines 1-9 not read`}},
		{"96,5 unquoted in a comma-separated file is a problem hinting at the decimal comma",
			"dau-phay-thap-phan.csv", TableOptions{}, []string{"Nhật Tiến"},
			[]string{`evaluate: dau-phay-thap-phan.csv:3: Hòa Lạc: row has 8 fields, the header 7: is "96,5" a number with a decimal comma? ` +
				`In a comma-separated file quote it ("96,5") or write 96.5, or save the file with ';' as the separator`}},
		{"an unclosed quote stays within its row: the communes after it are read",
			"ngoac-kep-thieu.csv", TableOptions{}, []string{"Good A", "Good B", "Good C", "Good D"},
			[]string{`evaluate: ngoac-kep-thieu.csv:4: column source: Bad: invalid CSV: unclosed quote in cell 8: the row is line 4 alone, and line 5 starts a new row`}},
		{"a share that Excel turned into a date is a problem saying so",
			"ty-so-thanh-ngay.csv", TableOptions{}, []string{"Nhật Tiến"},
			[]string{`evaluate: ty-so-thanh-ngay.csv:2: column 5 Trường học [trường]: Hòa Lạc: 1980/QĐ-TTg 5: a date, not a value: ` +
				`Excel turns 2/3 typed into a cell into the date 02/03/2020 (format the column as Text, then type the value again) (got "02/03/2020")`}},
		{"a wide table without a set column needs the set",
			"bang-ngang-khong-co-bo.csv", TableOptions{}, nil,
			[]string{`evaluate: bang-ngang-khong-co-bo.csv:1: column set: required column missing from the header: add a column "Bộ tiêu chí" (set) giving each row's set, or give the set of the table: --set`,
				`evaluate: bang-ngang-khong-co-bo.csv:2: Hòa Lạc: line 2 not read: fix the header first`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readTable(t, tc.opt, tc.file)
			if diff := cmp.Diff(tc.want, inErrLines(err)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			var names []string
			for _, a := range got {
				names = append(names, a.Commune.Name)
			}
			if diff := cmp.Diff(tc.valid, names); diff != "" {
				t.Errorf("valid communes (-want +got):\n%s", diff)
			}
		})
	}
}

// tableBadCase is a table with problems and the exact errors it gives.
type tableBadCase struct {
	name  string
	in    string
	opt   TableOptions
	valid int
	want  []string
}

// tableBadCases returns small tables with problems and the exact errors
// they give; they also seed the fuzz targets. They are made when a test
// asks: two of them are over a megabyte, which a package variable would
// keep live in every test and benchmark of the package.
func tableBadCases() []tableBadCase {
	return []tableBadCase{
		{"a header mixing separators hints at the separator",
			"province,district,commune;year;set;indicator;value\r\n", TableOptions{}, 0,
			[]string{`evaluate: t.csv:1: unknown column (want ` + knownColumns + `); the column holds "," but the header is separated by ";": use one separator throughout (got "province,district,commune")`,
				`evaluate: t.csv:1: column commune: required column missing from the header: add a column "Xã" (commune) giving each commune's name`,
				`evaluate: t.csv:1: column province: required column missing from the header: add a column "Tỉnh" (province) giving each commune's province`}},
		{"a table without a year column is told which column to add",
			"Tỉnh,Huyện,Xã,Bộ tiêu chí,Chỉ tiêu\n", TableOptions{}, 0,
			[]string{`evaluate: t.csv:1: column value: required column missing from the header: add a column "Giá trị" (value) giving each indicator's figure on its row`,
				`evaluate: t.csv:1: column year: required column missing from the header: add a column "Năm" (year) giving the year assessed on each row`}},
		{"an unknown code in a wide table is an error naming the column",
			"Tỉnh,Huyện,Xã,Năm,1.1,99.9 Không có\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,đạt,\n", TableOptions{Set: "1980"}, 0,
			[]string{`evaluate: t.csv:1: column 99.9 Không có: unknown indicator of 1980/QĐ-TTg (got "99.9 Không có")`,
				`evaluate: t.csv:2: Hòa Lạc: line 2 not read: fix the header first`}},
		{"an unknown code of the row's set is an error naming the column",
			"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,1.1,17.1 Nước\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,đạt,90\n", TableOptions{}, 0,
			[]string{`evaluate: t.csv:2: column 17.1 Nước: Hòa Lạc: 1980/QĐ-TTg 17.1: column "17.1 Nước": unknown indicator of 1980/QĐ-TTg: give 17.1a or 17.1b`}},
		{"a wide cell takes the words and numbers of the long form and says so",
			"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,4.2\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,nhiều\n", TableOptions{}, 0,
			[]string{`evaluate: t.csv:2: column 4.2: Hòa Lạc: 1980/QĐ-TTg 4.2: must be a percentage (96,5 or 96,5%), a share N/D or empty (got "nhiều")`}},
		{"a share over its denominator in a wide cell is an error",
			"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,5 Trường học [trường]\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,4/3\n", TableOptions{}, 0,
			[]string{`evaluate: t.csv:2: column 5 Trường học [trường]: Hòa Lạc: 1980/QĐ-TTg 5: must not exceed the denominator 3 (got "4/3")`}},
		{"a number in a wide column whose unit is not the indicator's is an error naming both units",
			"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,4.2 Điện [hộ],10 Thu nhập [đồng]\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,96,36800000\n", TableOptions{}, 0,
			[]string{`evaluate: t.csv:2: column 4.2 Điện [hộ]: Hòa Lạc: 1980/QĐ-TTg 4.2: must be a share N/D: the column's unit "hộ" is not the indicator's unit "%" (got "96")`,
				`evaluate: t.csv:2: column 10 Thu nhập [đồng]: Hòa Lạc: 1980/QĐ-TTg 10: must be a share N/D: the column's unit "đồng" is not the indicator's unit "triệu đồng/người/năm" (got "36800000")`}},
		{"a percentage sign on an amount is an error",
			inCSVHeader + "Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980,10,36%,,,,\n", TableOptions{}, 0,
			[]string{`evaluate: t.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 10: must be an amount in triệu đồng/người/năm, without % (got "36%")`}},
		{"a second wide row for the same commune, year and set is an error",
			"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,1.1\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,đạt\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,\n", TableOptions{}, 0,
			[]string{`evaluate: t.csv:3: column Bộ tiêu chí: Hòa Lạc: 1980/QĐ-TTg: 1980/QĐ-TTg given twice for this commune and year (first on line 2): give one row per commune, year and set`}},
		{"a table with an indicator column and code columns is an error",
			"province,district,commune,year,set,indicator,value,4.2\n", TableOptions{}, 0,
			[]string{`evaluate: t.csv:1: column 4.2: unknown column in a long table: an indicator code (the table has an indicator column: give each value on its own row, or drop the indicator column for the wide layout) (got "4.2")`}},
		{"a long-layout column in a wide table is an error",
			"province,district,commune,year,set,value,4.2\n", TableOptions{}, 0,
			[]string{`evaluate: t.csv:1: column value: unknown column in a wide table: it belongs to the long layout (a wide table has a column per indicator)`}},
		{"the same code twice in a wide header is an error",
			"province,district,commune,year,set,4.2,4.2 Điện\n", TableOptions{}, 0,
			[]string{`evaluate: t.csv:1: column 4.2 Điện: indicator 4.2 given twice (also "4.2") (got "4.2 Điện")`}},
		{"rows of a commune coming back after it was read are an error naming both line ranges",
			tableRowsComingBack(), TableOptions{}, openCommunes + 1,
			[]string{fmt.Sprintf(`evaluate: t.csv:%d: column commune: Hòa Lạc: the rows of Hòa Lạc, 2020 come back after the commune was read (lines 2-3, now line %d): keep a commune's rows together`,
				openCommunes+4, openCommunes+4)}},
		{"text after a closing quote is an error of its row only",
			inCSVHeader + `Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,"96"5,,,,` + "\nLạng Sơn,Hữu Lũng,B,,2020,1980,4.2,96,,,,\n", TableOptions{}, 1,
			[]string{`evaluate: t.csv:2: column value: A: invalid CSV: text after the closing quote of cell 8: write a quote inside a quoted cell as ""`}},
		{"an unclosed quote in the commune cell is a problem of no commune; the next row is read",
			inCSVHeader + `Lạng Sơn,Hữu Lũng,"A,,2020,1980,4.2,96,,,,` + "\nLạng Sơn,Hữu Lũng,B,,2020,1980,4.2,96,,,,\n", TableOptions{}, 1,
			[]string{`evaluate: t.csv:2: column commune: invalid CSV: unclosed quote in cell 3: the row is line 2 alone, and line 3 starts a new row`}},
		{"a line over the row cap is skipped and reported with its bytes, a problem of the commune its first bytes name",
			inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,," + strings.Repeat("x", MaxRowBytes) + "\nLạng Sơn,Hữu Lũng,B,,2020,1980,4.2,96,,,,\n", TableOptions{}, 1,
			[]string{fmt.Sprintf(`evaluate: t.csv:2: column source: A: line larger than the %d-byte row cap: not read (bytes %d-%d of the file); the next line starts a new row`,
				MaxRowBytes, len(inCSVHeader)+1, len(inCSVHeader)+len("Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,,")+MaxRowBytes+1)}},
		{"a cell over the cell cap is an error of its row",
			inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,," + strings.Repeat("x", MaxCellBytes+1) + "\nLạng Sơn,Hữu Lũng,B,,2020,1980,4.2,96,,,,\n", TableOptions{}, 1,
			[]string{fmt.Sprintf(`evaluate: t.csv:2: column source: A: cell 12 larger than the %d-byte cell cap`, MaxCellBytes)}},
		{"an unknown set given for the table is an error",
			"Tỉnh,Huyện,Xã,Năm,1.1\n", TableOptions{Set: "1999"}, 0,
			[]string{`evaluate: t.csv:1: unknown set given for the table (known: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (got "1999")`}},
		{"blank lines before the header and columns without a header are allowed; a value under one is an error",
			"\r\n;;\r\nTỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2;;\r\nLạng Sơn;Hữu Lũng;A;2020;1980;96,5;;\r\nLạng Sơn;Hữu Lũng;B;2020;1980;96,5;;x\r\n", TableOptions{}, 1,
			[]string{`evaluate: t.csv:5: B: unknown column: a value in column 8, which has no header (got "x")`}},
		{"a file with a UTF-8 byte-order mark and bytes that are not UTF-8 says the mark was followed, not --encoding windows-1258",
			"\uFEFF" + inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,,\nL\xe1ng S\xf5n,Hữu Lũng,B,,2020,1980,4.2,96,,,,\n",
			TableOptions{Encoding: EncodingWindows1258}, 1,
			[]string{`evaluate: t.csv:3: line 3 is not UTF-8 (byte 0xE1 at byte 2 of the line), though the file starts with a UTF-8 byte-order mark, ` +
				`which takes precedence over the encoding windows-1258 asked for: the file is damaged or was saved with a wrong mark; ` +
				`save it again as "CSV UTF-8" (in Excel: Save As, CSV UTF-8); line 3 not read`}},
		{"the same with --encoding utf-16",
			"\uFEFF" + inCSVHeader + "L\xe1ng S\xf5n,Hữu Lũng,B,,2020,1980,4.2,96,,,,\n", TableOptions{Encoding: "UTF-16"}, 0,
			[]string{`evaluate: t.csv:2: line 2 is not UTF-8 (byte 0xE1 at byte 2 of the line), though the file starts with a UTF-8 byte-order mark, ` +
				`which takes precedence over the encoding utf-16 asked for: the file is damaged or was saved with a wrong mark; ` +
				`save it again as "CSV UTF-8" (in Excel: Save As, CSV UTF-8); line 2 not read`}},
		{"without --encoding, the fix is to save as UTF-8 or give the encoding",
			"\uFEFF" + inCSVHeader + "L\xe1ng S\xf5n,Hữu Lũng,B,,2020,1980,4.2,96,,,,\n", TableOptions{}, 0,
			[]string{`evaluate: t.csv:2: line 2 is not UTF-8 (byte 0xE1 at byte 2 of the line): the file is in another encoding; ` +
				`save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8) or read it with --encoding windows-1258 (or utf-16); line 2 not read`}},
		{"an unknown encoding is an error", inCSVHeader, TableOptions{Encoding: "latin-1"}, 0,
			[]string{`evaluate: t.csv: unknown encoding "latin-1" (want utf-8, windows-1258, utf-16, tcvn3 or vni)`}},
	}
}

// tableRowsComingBack is a long table where Hòa Lạc's rows come back after
// openCommunes other communes.
func tableRowsComingBack() string {
	var b strings.Builder
	b.WriteString(inCSVHeader)
	b.WriteString("Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980,4.2,96,,,,\nLạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980,4.1,đạt,,,,\n")
	for i := range openCommunes {
		fmt.Fprintf(&b, "Lạng Sơn,Hữu Lũng,Xã %d,,2020,1980,4.2,96,,,,\n", i)
	}
	b.WriteString("Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980,1.1,đạt,,,,\n")
	return b.String()
}

func TestTableProblemsAreExact(t *testing.T) {
	for _, tc := range tableBadCases() {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.opt.DecodeCSV(strings.NewReader(tc.in), "t.csv")
			if diff := cmp.Diff(tc.want, inErrLines(err)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if len(got) != tc.valid {
				t.Errorf("got %d valid assessments, want %d", len(got), tc.valid)
			}
		})
	}
}

// TestWideColumnUnits: a wide column's unit in square brackets is the unit
// of its shares; a number in it is read when the unit is the indicator's
// own.
func TestWideColumnUnits(t *testing.T) {
	in := "Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2 Điện [%];10 Thu nhập [Triệu đồng / người / năm];17.1a Nước [hộ];9.1 [nhà];1.1 [xã]\n" +
		"Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;96,5;36,8;120/130;0;đạt\n"
	got, err := TableOptions{}.DecodeCSV(strings.NewReader(in), "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Value{"4.2": MustNumber("96.5"), "10": MustNumber("36.8"), "17.1a": Share(120, 130, "hộ"),
		"9.1": MustNumber("0"), "1.1": Bool(true)}
	if diff := cmp.Diff(want, asMaps(got)[0].Values[criteria.IDQD1980], inDecimalEqual); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestTableSeparatorIsDetectedFromTheHeader(t *testing.T) {
	for _, tc := range []struct{ name, header, row string }{
		{"comma", "province,district,commune,year,set,indicator,value", `Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,4.2,"96,5"`},
		{"semicolon, decimal comma unquoted", "province;district;commune;year;set;indicator;value", "Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;4.2;96,5"},
		{"tab, decimal comma unquoted", "province\tdistrict\tcommune\tyear\tset\tindicator\tvalue", "Lạng Sơn\tHữu Lũng\tHòa Lạc\t2020\t1980\t4.2\t96,5"},
		{"semicolon with a comma inside a wide header", "Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2 Điện, hộ [%]", "Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;96,5"},
	} {
		t.Run("the separator is "+tc.name, func(t *testing.T) {
			got, err := DecodeCSV(strings.NewReader(tc.header+"\r\n"+tc.row+"\r\n"), "s.csv", nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(MustNumber("96.5"), got[0].SetValues(criteria.IDQD1980)["4.2"], inDecimalEqual); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestTableHeaderNamesIgnoreCaseDiacriticsAndSpaces(t *testing.T) {
	for _, h := range []string{
		"Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị",
		"TỈNH , HUYỆN , TÊN XÃ , NĂM , BỘ TIÊU CHÍ , MÃ CHỈ TIÊU , KẾT QUẢ",
		"tinh,huyen,xa,nam,bo tieu chi,chi tieu,gia tri",
		"Tỉnh/Thành phố,Huyện/Thị xã/Thành phố,Xã/Phường/Thị trấn,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị",
		"Province,District,Commune,Year,Set,Indicator,Value",
	} {
		t.Run("the header "+h+" is read", func(t *testing.T) {
			got, err := DecodeCSV(strings.NewReader(h+"\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,4.2,96\n"), "h.csv", nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Commune.Name != "Hòa Lạc" {
				t.Errorf("got %+v", got)
			}
		})
	}
}

func TestTableNotApplicableWords(t *testing.T) {
	for _, w := range []string{"n/a", "N/A", "không áp dụng", "Không áp dụng", "KHÔNG ÁP DỤNG", "khong ap dung", " Khong  ap dung "} {
		t.Run("the word "+w+" is not applicable", func(t *testing.T) {
			got, err := DecodeCSV(strings.NewReader(inHoaLacRow("1980,17.2,"+w+",,,,")), "w.csv", nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(NotApplicable(), got[0].SetValues(criteria.IDQD1980)["17.2"], inDecimalEqual); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseCodeHeader(t *testing.T) {
	for _, tc := range []struct {
		h, code, unit string
		ok            bool
	}{
		{"1.1", "1.1", "", true},
		{"2.2. Đường trục thôn", "2.2", "", true},
		{"5 Trường học [trường]", "5", "trường", true},
		{"17.1a", "17.1a", "", true},
		{"17.1A Nước hợp vệ sinh", "17.1a", "", true},
		{"3.1 Thủy lợi [ha]", "3.1", "ha", true},
		{"10: Thu nhập", "10", "", true},
		{"4.2\nĐiện", "4.2", "", true},
		{"4.2\r\nĐiện (%)", "4.2", "", true},
		{"5\nTrường học\n[trường]", "5", "trường", true},
		{"4.2\u00a0Điện", "4.2", "", true},
		{"Tỉnh", "", "", false},
		{"2020abc", "", "", false},
	} {
		t.Run(fmt.Sprintf("the header %q gives code %q", tc.h, tc.code), func(t *testing.T) {
			code, unit, ok := parseCodeHeader(tc.h)
			if code != tc.code || unit != tc.unit || ok != tc.ok {
				t.Errorf("got (%q, %q, %v), want (%q, %q, %v)", code, unit, ok, tc.code, tc.unit, tc.ok)
			}
		})
	}
}

// sheetRows is a worksheet as a workbook reader hands it over.
type sheetRows struct {
	sheet string
	rows  [][]string
	i     int
}

func (s *sheetRows) Next() ([]string, error) {
	if s.i >= len(s.rows) {
		return nil, io.EOF
	}
	s.i++
	return s.rows[s.i-1], nil
}

func (s *sheetRows) Line() int { return s.i }

func (s *sheetRows) Cell(col int) string {
	if col < 0 {
		col = 0
	}
	return fmt.Sprintf("%s!%c%d", s.sheet, 'A'+col, s.i)
}

func TestWorksheetRowsNameTheirCells(t *testing.T) {
	rows := &sheetRows{sheet: "Sheet1", rows: [][]string{
		{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "4.2", "5 Trường học [trường]", "17.1a"},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", "2020", "1980", "96.5%", "2/3", "101"},
		{"Lạng Sơn", "Hữu Lũng", "Nhật Tiến", "2020", "1980", "94.8", "3/4", "96.5%"},
	}}
	got, err := TableOptions{}.DecodeTable(rows, "so-lieu.xlsx")
	want := []string{`evaluate: so-lieu.xlsx: Sheet1!H2: column 17.1a: Hòa Lạc: 1980/QĐ-TTg 17.1a: percentage must be between 0 and 100 (got "101")`}
	if diff := cmp.Diff(want, inErrLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if len(got) != 1 || got[0].Origin != "so-lieu.xlsx: Sheet1!A3" || !got[0].SetValues(criteria.IDQD1980)["17.1a"].Number.Equal(MustNumber("96.5").Number) {
		t.Errorf("got %+v", got)
	}
	var ae *AssessmentError
	dec := TableOptions{}.NewTableDecoder(&sheetRows{sheet: "Sheet1", rows: rows.rows}, "so-lieu.xlsx")
	if _, err := dec.Next(); !errors.As(err, &ae) || ae.Commune.Name != "Hòa Lạc" || ae.Origin != "so-lieu.xlsx: Sheet1!A2" {
		t.Errorf("first Next: %v (%+v), want the AssessmentError of Hòa Lạc", err, ae)
	}
}

func TestUnclosedQuotesOneAfterAnotherKeepLineOrder(t *testing.T) {
	in := inCSVHeader +
		"Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,,\"x\n" +
		"Lạng Sơn,Hữu Lũng,B,,2020,1980,4.2,96,,,,\"y\n" +
		"Lạng Sơn,Hữu Lũng,C,,2020,1980,4.2,96,,,,z\n" +
		"Lạng Sơn,Hữu Lũng,D,,2020,1980,4.2,96,,,,\"w\n" +
		"nhiều dòng\"\n"
	got, err := DecodeCSV(strings.NewReader(in), "q.csv", nil)
	want := []string{
		`evaluate: q.csv:2: column source: A: invalid CSV: unclosed quote in cell 12: the row is line 2 alone, and line 3 starts a new row`,
		`evaluate: q.csv:3: column source: B: invalid CSV: unclosed quote in cell 12: the row is line 3 alone, and line 4 starts a new row`,
	}
	if diff := cmp.Diff(want, inErrLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	var names []string
	for _, a := range got {
		names = append(names, a.Commune.Name+" "+a.Origin+" "+a.SetValues(criteria.IDQD1980)["4.2"].Source)
	}
	if diff := cmp.Diff([]string{"C q.csv:4 z", "D q.csv:5 w\nnhiều dòng"}, names); diff != "" {
		t.Errorf("valid communes (-want +got):\n%s", diff)
	}
}

func TestIsTableHeader(t *testing.T) {
	for _, tc := range []struct {
		cells []string
		want  bool
	}{
		{[]string{"Tỉnh", "Huyện", "Xã", "Năm", "Chỉ tiêu", "Giá trị"}, true},
		{[]string{"province", "district", "commune", "year", "1.1", "5 Trường học [trường]"}, true},
		{[]string{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "5: Trường học [trường]"}, true},
		{[]string{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "5- Trường học"}, true},
		{[]string{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "5-Trường học"}, true},
		{[]string{"Tỉnh", "Huyện", "TênXã", "Năm", "Bộ tiêu chí", "5 Trường học [trường]"}, true},
		{[]string{"Xã", "Ghi chú"}, false},
		{[]string{"Hướng dẫn điền số liệu"}, false},
		{nil, false},
	} {
		t.Run(fmt.Sprintf("%q is a table header: %v", tc.cells, tc.want), func(t *testing.T) {
			if got := IsTableHeader(tc.cells); got != tc.want {
				t.Errorf("got %v", got)
			}
		})
	}
}

func TestTableProblemsCarryTheirCodes(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		opt  TableOptions
		want problem.Code
	}{
		{"a file not in UTF-8 is an encoding problem", inCSVHeader + "Lạng Sơn,Hữu Lũng,H\xf2a,,2020,1980,4.2,96,,,,\n", TableOptions{}, problem.Encoding},
		{"an unclosed quote is a syntax problem", inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,,\"x\n", TableOptions{}, problem.Syntax},
		{"a cell over its cap is too large", inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,," + strings.Repeat("x", MaxCellBytes+1) + "\n", TableOptions{}, problem.TooLarge},
		{"an unknown code column is an unknown indicator", "Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,99\nLạng Sơn,Hữu Lũng,A,2020,1980,1\n", TableOptions{}, problem.UnknownIndicator},
		{"a second wide row for a set is a duplicate", "Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,1.1\nLạng Sơn,Hữu Lũng,A,2020,1980,x\nLạng Sơn,Hữu Lũng,A,2020,1980,x\n", TableOptions{}, problem.DuplicateKey},
		{"a column without a header holding a value is an unknown column", "Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,1.1,\nLạng Sơn,Hữu Lũng,A,2020,1980,x,y\n", TableOptions{}, problem.UnknownKey},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.opt.DecodeCSV(strings.NewReader(tc.in), "c.csv")
			if !errors.Is(err, tc.want) {
				t.Errorf("%v is not %s", err, tc.want)
			}
		})
	}
}

func TestTableMessagesHaveVietnamese(t *testing.T) {
	for _, tc := range tableBadCases() {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.opt.DecodeCSV(strings.NewReader(tc.in), "t.csv")
			for _, p := range problem.All(err) {
				var m *problem.Msg
				if errors.As(p.Err, &m) && m.Text(problem.VI) == m.Error() {
					t.Errorf("no Vietnamese for %q", m.Format)
				}
			}
		})
	}
}

func TestTableGroupColumn(t *testing.T) {
	in := "Tỉnh,Huyện,Xã,Nhóm xã,Năm,Chỉ tiêu,Giá trị\n" +
		"Lạng Sơn,Hữu Lũng,A,3,2020,4.2,96\n" +
		"Lạng Sơn,Hữu Lũng,B,,2020,4.2,96\n" +
		"Lạng Sơn,Hữu Lũng,C,1,2020,4.2,96\nLạng Sơn,Hữu Lũng,C,2,2020,1.1,đạt\n"
	dec := TableOptions{Set: "1980"}.NewCSVDecoder(strings.NewReader(in), "g.csv")
	dec.SetGroup("2")
	var got []string
	for a, err := range dec.All() {
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, a.Commune.Name+" nhóm "+a.Group)
	}
	want := []string{"A nhóm 3", "B nhóm 2", `evaluate: g.csv:5: column Nhóm xã: C: disagrees with the commune's group 1 (line 4) (got "2")`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestPercentCellUnderAShareUnit: a column whose header gives a share's
// unit ("4.2 Điện [hộ]") holds N/D shares or, for a percentage indicator,
// percentages that say so ("96,5%"); a bare number in another unit than
// the indicator's stays an error.
func TestPercentCellUnderAShareUnit(t *testing.T) {
	in := "Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2 Điện [hộ]\n" +
		"Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;96,5%\n" +
		"Lạng Sơn;Hữu Lũng;Minh Sơn;2020;1980;450/460\n" +
		"Lạng Sơn;Hữu Lũng;Nhật Tiến;2020;1980;96,5\n"
	got, err := TableOptions{}.DecodeCSV(strings.NewReader(in), "t.csv")
	want := []string{`evaluate: t.csv:4: column 4.2 Điện [hộ]: Nhật Tiến: 1980/QĐ-TTg 4.2: must be a share N/D: the column's unit "hộ" is not the indicator's unit "%" (got "96,5")`}
	if diff := cmp.Diff(want, inErrLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	vals := map[string]Value{}
	for _, a := range got {
		vals[a.Commune.Name] = a.SetValues(criteria.IDQD1980)["4.2"]
	}
	if diff := cmp.Diff(map[string]Value{"Hòa Lạc": MustNumber("96.5"), "Minh Sơn": Share(450, 460, "hộ")}, vals, inDecimalEqual); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
}

func TestLooksLikeDate(t *testing.T) {
	for s, want := range map[string]bool{
		"02/03/2026": true, "2/3/2026": true, "15/03/2020 08:30": true, "12/31/2020": true,
		"2/3": false, "2/3/26": false, "02/03/20260": false, "002/03/2026": false, "/03/2026": false,
		"02//2026": false, "02/03/2026/1": false, "a2/03/2026": false, "96.5": false, "": false, "2/3/2026x": false,
	} {
		if got := looksLikeDate(s); got != want {
			t.Errorf("looksLikeDate(%q) = %v, want %v", s, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { looksLikeDate("96,5") }); n != 0 {
		t.Errorf("looksLikeDate allocates %v times", n)
	}
}

// TestNotMetWordIsNoCountOfANoneIndicator: in a table, "chưa đạt" under
// 9.1 (nhà tạm, dột nát: target none) is an error on every row that has
// it, the word read once and remembered; "không" there is none present.
func TestNotMetWordIsNoCountOfANoneIndicator(t *testing.T) {
	in := "Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;1.1;9.1 Nhà tạm\n" +
		"Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;chưa đạt;chưa đạt\n" +
		"Lạng Sơn;Hữu Lũng;Minh Sơn;2020;1980;chưa đạt;chưa đạt\n" +
		"Lạng Sơn;Hữu Lũng;Tân Thành;2020;1980;chưa đạt;không\n" +
		"Lạng Sơn;Hữu Lũng;Yên Thịnh;2020;1980;chưa đạt;Không có\n" +
		"Lạng Sơn;Hữu Lũng;Yên Bình;2020;1980;không có;khong co\n"
	got, err := TableOptions{}.DecodeCSV(strings.NewReader(in), "t.csv")
	var msgs []string
	for _, p := range problem.All(err) {
		msgs = append(msgs, p.Error())
	}
	want := []string{
		`t.csv:2: column 9.1 Nhà tạm: Hòa Lạc: 1980/QĐ-TTg 9.1: must be a count of nhà (0 meets it) or không (none): đạt and chưa đạt do not say how many there are (got "chưa đạt")`,
		`t.csv:3: column 9.1 Nhà tạm: Minh Sơn: 1980/QĐ-TTg 9.1: must be a count of nhà (0 meets it) or không (none): đạt and chưa đạt do not say how many there are (got "chưa đạt")`,
		// "không có" is none present under 9.1 alone: under a pass/fail
		// indicator it says neither met nor not met.
		`t.csv:6: column 1.1: Yên Bình: 1980/QĐ-TTg 1.1: must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x) or empty (got "không có")`,
	}
	if diff := cmp.Diff(want, msgs); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if len(got) != 2 || got[0].Commune.Name != "Tân Thành" || got[1].Commune.Name != "Yên Thịnh" {
		var names []string
		for _, a := range got {
			names = append(names, a.Commune.Name)
		}
		t.Fatalf("valid assessments of %q, want Tân Thành's and Yên Thịnh's", names)
	}
	for i, m := range asMaps(got) {
		if v := m.Values[criteria.IDQD1980]["9.1"]; !cmp.Equal(v, Bool(false), inDecimalEqual) {
			t.Errorf("%s 9.1 = %+v, want none present (false)", got[i].Commune.Name, v)
		}
	}
}

// Officials number the rows of their tables in a first column STT (số thứ
// tự): it is read as a helper column, ignored, in either layout.
func TestTableRowNumberColumnIsIgnored(t *testing.T) {
	for _, in := range []string{
		"STT;Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;Chỉ tiêu;Giá trị\n1;Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;4.2;96,5\n",
		"TT;Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2\n1;Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;96,5\n",
		"Số TT;Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2\n1;Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;96,5\n",
		"Số thứ tự;Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2\nI;Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;96,5\n",
	} {
		t.Run(strings.SplitN(in, ";", 2)[0], func(t *testing.T) {
			got, err := DecodeCSV(strings.NewReader(in), "stt.csv", nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || !got[0].SetValues(criteria.IDQD1980)["4.2"].Number.Equal(MustNumber("96.5").Number) {
				t.Errorf("got %+v", got)
			}
		})
	}
	if TableColumn("STT") != "helper" {
		t.Errorf(`TableColumn("STT") = %q, want "helper"`, TableColumn("STT"))
	}
}

// A total row at the foot of an official's table (Tổng cộng, Cộng, Toàn
// huyện …, with no commune) is one problem of its row that says what it is,
// not problems of its empty cells or a commune named "Tổng cộng"; the
// communes are read, xã Cộng Hòa among them.
func TestTableTotalRowIsOneClearProblem(t *testing.T) {
	in := "STT;Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2;10\n" +
		"1;Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;96,5;36,8\n" +
		"2;Lạng Sơn;Hữu Lũng;Cộng Hòa;2020;1980;97;40\n" +
		";Tổng cộng;;;;;;76,8\n" +
		";;;TỔNG CỘNG:;;;;76,8\n" +
		";Cộng huyện Hữu Lũng;;;;;;76,8\n" +
		"Toàn huyện (2 xã);;;;;;;76,8\n"
	got, err := DecodeCSV(strings.NewReader(in), "t.csv", nil)
	var names []string
	for _, a := range got {
		names = append(names, a.Commune.Name)
	}
	if diff := cmp.Diff([]string{"Hòa Lạc", "Cộng Hòa"}, names); diff != "" {
		t.Errorf("communes (-want +got):\n%s", diff)
	}
	want := []string{
		`evaluate: t.csv:4: a total row, not the figures of a commune: delete it from the table (got "Tổng cộng")`,
		`evaluate: t.csv:5: a total row, not the figures of a commune: delete it from the table (got "TỔNG CỘNG:")`,
		`evaluate: t.csv:6: a total row, not the figures of a commune: delete it from the table (got "Cộng huyện Hữu Lũng")`,
		`evaluate: t.csv:7: a total row, not the figures of a commune: delete it from the table (got "Toàn huyện (2 xã)")`,
	}
	if diff := cmp.Diff(want, inErrLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	untranslated.Check(t, "total rows", err, "t.csv")
}

// A heading row between the communes of an official's table (the district
// the next rows are of, numbered I, II in the STT column) holds no commune,
// year, set or figure: it is one problem of its row that says so, not
// problems of each empty cell, and the communes are read.
func TestTableHeadingRowIsOneClearProblem(t *testing.T) {
	in := "STT;Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2\n" +
		"I;Huyện Hữu Lũng;;;;;\n" +
		"1;Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;96,5\n" +
		"II;;Huyện Chi Lăng;;;;\n" +
		"1;Lạng Sơn;Chi Lăng;Bằng Mạc;2020;1980;95\n" +
		";Lạng Sơn;Chi Lăng;;;;97\n"
	got, err := DecodeCSV(strings.NewReader(in), "h.csv", nil)
	var names []string
	for _, a := range got {
		names = append(names, a.Commune.Name)
	}
	if diff := cmp.Diff([]string{"Hòa Lạc", "Bằng Mạc"}, names); diff != "" {
		t.Errorf("communes (-want +got):\n%s", diff)
	}
	want := []string{
		`evaluate: h.csv:2: a row without a commune, a year or a figure (a heading?), not the figures of a commune: delete it from the table (got "I Huyện Hữu Lũng")`,
		`evaluate: h.csv:4: a row without a commune, a year or a figure (a heading?), not the figures of a commune: delete it from the table (got "II Huyện Chi Lăng")`,
		`evaluate: h.csv:6: column Năm: must not be empty`,
		`evaluate: h.csv:6: column Xã: must not be empty`,
	}
	if diff := cmp.Diff(want, inErrLines(err)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	untranslated.Check(t, "heading rows", err, "h.csv")
}

// With TableOptions.SkippedRow, total rows (Tổng cộng, Cộng huyện …,
// Toàn huyện (2 xã)) and heading rows between the communes (I, Huyện Hữu
// Lũng) are skipped with a note each, placing the row and quoting its
// text, in English or Vietnamese; a total row with figures says that they
// are not read. The communes around them are read, xã Cộng Hòa among them,
// and a row with a figure but no commune is still a problem.
func TestTableTotalAndHeadingRowsAreNotes(t *testing.T) {
	in := "STT;Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2;10;Ghi chú\n" +
		"I;Huyện Hữu Lũng;;;;;;;\n" +
		"1;Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;96,5;36,8;\n" +
		"2;Lạng Sơn;Hữu Lũng;Cộng Hòa;2020;1980;97;40;\n" +
		";Cộng huyện Hữu Lũng;;;2020;1980;;76,8;\n" +
		"II;;Huyện Chi Lăng;;;;;;\n" +
		"1;Lạng Sơn;Chi Lăng;Bằng Mạc;2020;1980;95;;\n" +
		";;;TỔNG CỘNG:;;;;;3 xã\n" +
		"Toàn huyện (2 xã);;;;;;;76,8;\n"
	type note struct{ place, en, vi string }
	var notes []note
	opt := TableOptions{SkippedRow: func(place string, m *problem.Msg) {
		notes = append(notes, note{place, m.Text(problem.EN), m.Text(problem.VI)})
	}}
	got, err := opt.DecodeCSV(strings.NewReader(in), "t.csv")
	if err != nil {
		t.Errorf("err = %v, want none", err)
	}
	var names []string
	for _, a := range got {
		names = append(names, a.Commune.Name)
	}
	if diff := cmp.Diff([]string{"Hòa Lạc", "Cộng Hòa", "Bằng Mạc"}, names); diff != "" {
		t.Errorf("communes (-want +got):\n%s", diff)
	}
	want := []note{
		{"t.csv:2", `heading row skipped (no commune, year, set or figure): "I Huyện Hữu Lũng"`,
			`bỏ qua dòng tiêu đề nhóm (không có xã, năm, bộ tiêu chí hay số liệu): "I Huyện Hữu Lũng"`},
		{"t.csv:5", `total row skipped, not the figures of a commune; the figures in its cells are not read: "Cộng huyện Hữu Lũng"`,
			`bỏ qua dòng tổng cộng, không phải số liệu của một xã; số liệu trong các ô của dòng này không được đọc: "Cộng huyện Hữu Lũng"`},
		{"t.csv:6", `heading row skipped (no commune, year, set or figure): "II Huyện Chi Lăng"`,
			`bỏ qua dòng tiêu đề nhóm (không có xã, năm, bộ tiêu chí hay số liệu): "II Huyện Chi Lăng"`},
		{"t.csv:8", `total row skipped, not the figures of a commune: "TỔNG CỘNG:"`,
			`bỏ qua dòng tổng cộng, không phải số liệu của một xã: "TỔNG CỘNG:"`},
		{"t.csv:9", `total row skipped, not the figures of a commune; the figures in its cells are not read: "Toàn huyện (2 xã)"`,
			`bỏ qua dòng tổng cộng, không phải số liệu của một xã; số liệu trong các ô của dòng này không được đọc: "Toàn huyện (2 xã)"`},
	}
	if diff := cmp.Diff(want, notes, cmp.AllowUnexported(note{})); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}

	// A long heading is quoted to 80 characters.
	notes = nil
	long := strings.Repeat("Huyện Hữu Lũng ", 10)
	if _, err := opt.DecodeCSV(strings.NewReader("Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2\n"+long+";;;;;\n"), "l.csv"); err != nil {
		t.Errorf("err = %v, want none", err)
	}
	cut := `heading row skipped (no commune, year, set or figure): "` + strings.TrimSpace(long)[:len("Huyện Hữu Lũng ")*5+len("Huyện")] + `…"`
	if len(notes) != 1 || notes[0].en != cut {
		t.Errorf("notes %v, want one %q", notes, cut)
	}

	// A row with a figure and no commune is no heading: a problem.
	notes = nil
	_, err = opt.DecodeCSV(strings.NewReader("Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;4.2\n;Chi Lăng;;;;97\n"), "f.csv")
	if len(notes) != 0 || err == nil {
		t.Errorf("notes %v, err %v: want a problem and no note", notes, err)
	}
}

// TestLongTableShareInTheValueCell: officials write a share as it reads,
// "3/4 trường", in the value cell of a long table: it is the share 3/4 in
// trường (the unit column may give the unit instead, and must then agree),
// for a percentage indicator; elsewhere, or with another unit in the unit
// column, it is a problem naming the cell and the text.
func TestLongTableShareInTheValueCell(t *testing.T) {
	in := "Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;Chỉ tiêu;Giá trị;Đơn vị\n" +
		"Lạng Sơn;Hữu Lũng;Minh Sơn;2020;1980;5;3/4 trường;\n" +
		"Lạng Sơn;Hữu Lũng;Minh Sơn;2020;1980;16;5 / 7 thôn;thôn\n" +
		"Lạng Sơn;Hữu Lũng;Minh Sơn;2020;1980;17.1a;9/10;hộ\n" +
		"Lạng Sơn;Hữu Lũng;Hữu Liên;2020;1980;5;2/3 trường;thôn\n" +
		"Lạng Sơn;Hữu Lũng;Hữu Liên;2020;1980;7;1/2 chợ;\n" +
		"Lạng Sơn;Hữu Lũng;Hữu Liên;2020;1980;16;3/bốn thôn;\n"
	as, err := DecodeCSV(strings.NewReader(in), "s.csv", nil)
	if len(as) != 1 || as[0].Commune.Name != "Minh Sơn" {
		t.Fatalf("assessments %v, want Minh Sơn alone", as)
	}
	got := map[string]string{}
	for code, v := range asMaps(as)[0].Values[criteria.IDQD1980] {
		got[code] = fmt.Sprintf("%v %s/%s %s", v.Kind == ValueShare, v.Numerator, v.Denominator, v.Unit)
	}
	want := map[string]string{"5": "true 3/4 trường", "16": "true 5/7 thôn", "17.1a": "true 9/10 hộ"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	for _, w := range []string{
		`s.csv:5: column Giá trị: Hữu Liên: 1980/QĐ-TTg 5: the share's unit "trường" is not the unit column's "thôn" (got "2/3 trường")`,
		`s.csv:6: column Giá trị: Hữu Liên: 1980/QĐ-TTg 7: must be a pass/fail word`,
		`s.csv:7: column Giá trị: Hữu Liên: 1980/QĐ-TTg 16: share N/D: denominator:`,
	} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("err = %v\nwant it to contain %s", err, w)
		}
	}
}

// TestTableRowsOfACommuneFrom2026AreOneWhateverTheDistrict: from 2026 there
// are no districts (1672/NQ-UBTVQH15): the rows of Tân Thành in a long
// table, one with its former district and one without (số liệu minh họa),
// are one commune's; up to 2025 they are two communes of one name.
func TestTableRowsOfACommuneFrom2026AreOneWhateverTheDistrict(t *testing.T) {
	for _, tc := range []struct {
		year string
		want int
	}{{"2026", 1}, {"2025", 2}} {
		in := inCSVHeader +
			"Lạng Sơn,Hữu Lũng,Tân Thành,TDMNPB," + tc.year + ",1980,4.2,96.5,,,,\n" +
			"Lạng Sơn,,Tân Thành,TDMNPB," + tc.year + ",1980,5,,2,3,trường,\n"
		got, err := TableOptions{}.DecodeCSV(strings.NewReader(in), "t.csv")
		if err != nil || len(got) != tc.want {
			t.Fatalf("%s: %d assessments, %v; want %d", tc.year, len(got), err, tc.want)
		}
		if tc.want == 1 && (got[0].Commune.District != "Hữu Lũng" || len(got[0].SetValues(criteria.IDQD1980)) != 2) {
			t.Errorf("%s: %+v, want the commune as first written with both values", tc.year, got[0])
		}
	}
}
