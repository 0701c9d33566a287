package evaluate

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// readLeftOut reads a decoder to its end: the names of the communes read, what
// a summary would state as left out, and the problems' messages.
func readLeftOut(dec *Decoder) (read []string, excluded []Excluded, problems []string) {
	for a, err := range dec.All() {
		if err != nil {
			excluded = append(excluded, ExcludedOf(err)...)
			problems = append(problems, inErrLines(err)...)
			continue
		}
		read = append(read, a.Commune.Name)
	}
	return read, excluded, problems
}

func hl(name string) Commune {
	return Commune{Name: name, District: "Hữu Lũng", Province: "Lạng Sơn"}
}

// TestInputNotReadIsExcluded: whatever keeps communes from being read, a
// summary states them: each commune its rows name, or the part of the
// input whose communes cannot be told.
func TestInputNotReadIsExcluded(t *testing.T) {
	const longRow = "Lạng Sơn,Hữu Lũng,%s,2020,1980,1.1,đạt,\n"
	row := func(name string) string { return strings.Replace(longRow, "%s", name, 1) }
	for _, tc := range []struct {
		name         string
		dec          func() *Decoder
		wantRead     []string
		wantExcluded []Excluded
		wantProblem  string // one of the problems
	}{
		{"a long table whose header has a misspelled column names each commune of the rows not read, from its first line",
			func() *Decoder {
				return NewCSVDecoder(strings.NewReader("province,district,commune,year,set,indicator,value,vaule\n"+
					row("Hòa Lạc")+row("Hòa Lạc")+row("Minh Sơn")+"\n"+row("Tân Thành")+row("Tân Thành")), "t.csv", nil)
			},
			nil,
			[]Excluded{{Commune: hl("Hòa Lạc"), Origin: "t.csv:2", Problems: 1}, {Commune: hl("Minh Sơn"), Origin: "t.csv:4", Problems: 1},
				{Commune: hl("Tân Thành"), Origin: "t.csv:6", Problems: 1}},
			"evaluate: t.csv:6: Tân Thành: lines 6-7 not read: fix the header first"},
		{"a wide table with an unknown code column names each commune of the rows not read",
			func() *Decoder {
				return TableOptions{Set: "1980"}.NewCSVDecoder(strings.NewReader("Tỉnh;Huyện;Xã;Năm;1.1;99.9 Không có\n"+
					"Lạng Sơn;Hữu Lũng;Hòa Lạc;2020;đạt;\nLạng Sơn;Hữu Lũng;Minh Sơn;2020;đạt;\n"), "t.csv")
			},
			nil,
			[]Excluded{{Commune: hl("Hòa Lạc"), Origin: "t.csv:2", Problems: 1}, {Commune: hl("Minh Sơn"), Origin: "t.csv:3", Problems: 1}},
			"evaluate: t.csv:3: Minh Sơn: line 3 not read: fix the header first"},
		{"a JSON input that is not an assessment is one part not read, whatever follows it",
			func() *Decoder { return NewJSONDecoder(strings.NewReader("42 x"), "h.json", nil) },
			nil,
			[]Excluded{{Origin: "h.json", Problems: 1}},
			"must be an assessment object or an array of them"},
		{"a header without a commune column leaves its rows unread as one part, its communes unknown",
			func() *Decoder {
				return NewCSVDecoder(strings.NewReader("province,district,communne,year,set,indicator,value\n"+
					"Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,1.1,đạt\n\nLạng Sơn,Hữu Lũng,Minh Sơn,2020,1980,1.1,đạt\n"), "t.csv", nil)
			},
			nil,
			[]Excluded{{Origin: "t.csv:2", Through: "t.csv:4", Problems: 3}},
			"evaluate: t.csv:2: lines 2-4 not read: fix the header first"},
		{"lines in another encoding are a part not read; the commune before them is read",
			func() *Decoder {
				return NewCSVDecoder(strings.NewReader("province,district,commune,year,set,indicator,value\n"+
					"Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,1.1,đạt\nL\xe1ng S\xf5n,Hữu Lũng,Minh Sơn,2020,1980,1.1,đạt\n"+
					"Lạng Sơn,Hữu Lũng,Tân Thành,2020,1980,1.1,đạt\n"), "t.csv", nil)
			},
			[]string{"Hòa Lạc"},
			[]Excluded{{Origin: "t.csv:3", Through: "t.csv:4", Problems: 1}},
			"lines 3-4 not read"},
		{"a row whose commune cell cannot be read is a line not read; the next commune is read",
			func() *Decoder {
				return NewCSVDecoder(strings.NewReader(inCSVHeader+`Lạng Sơn,Hữu Lũng,"A,,2020,1980,4.2,96,,,,`+
					"\nLạng Sơn,Hữu Lũng,B,,2020,1980,4.2,96,,,,\n"), "t.csv", nil)
			},
			[]string{"B"},
			[]Excluded{{Origin: "t.csv:2", Problems: 1}},
			"evaluate: t.csv:2: column commune: invalid CSV: unclosed quote in cell 3: the row is line 2 alone, and line 3 starts a new row"},
		{"an empty table is a file not read",
			func() *Decoder { return NewCSVDecoder(strings.NewReader(""), "t.csv", nil) },
			nil,
			[]Excluded{{Origin: "t.csv", Problems: 1}},
			"evaluate: t.csv: empty input: want a header row"},
		{"a JSON syntax error in element [1] leaves the input unread from the line where [1] begins",
			func() *Decoder {
				return NewJSONDecoder(strings.NewReader(`[
  {"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
   "sets": {"1980/QĐ-TTg": {"1.1": true}}},
  {"commune": {"name": "Minh Sơn", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
   "sets": {"1980/QĐ-TTg": {"1.1": tru}}},
  {"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
   "sets": {"1980/QĐ-TTg": {"1.1": true}}}
]
`), "t.json", nil)
			},
			[]string{"Hòa Lạc"},
			[]Excluded{{Origin: "t.json:4", Through: ToEnd, Problems: 1}},
			"evaluate: t.json:5: column 36: invalid JSON: invalid character"},
		{"a JSON syntax error between elements leaves the input unread from its line",
			func() *Decoder {
				return NewJSONDecoder(strings.NewReader(`[{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {}}
 {"commune": {"name": "Minh Sơn", "province": "Lạng Sơn"}, "year": 2020, "sets": {}}]`), "t.json", nil)
			},
			[]string{"Hòa Lạc"},
			[]Excluded{{Origin: "t.json:2", Through: ToEnd, Problems: 1}},
			"evaluate: t.json:2: column 2: invalid JSON"},
		{"JSON after the top-level value is the input not read from its line",
			func() *Decoder {
				return NewJSONDecoder(strings.NewReader(`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {}}
{"commune": {"name": "Minh Sơn", "province": "Lạng Sơn"}, "year": 2020, "sets": {}}
`), "t.json", nil)
			},
			[]string{"Hòa Lạc"},
			[]Excluded{{Origin: "t.json:2", Through: ToEnd, Problems: 1}},
			"evaluate: t.json:2: column 1: invalid JSON: unexpected data after the top-level value"},
		{"a JSON value that is not an assessment is a file not read",
			func() *Decoder { return NewJSONDecoder(strings.NewReader(`"Hòa Lạc"`), "t.json", nil) },
			nil,
			[]Excluded{{Origin: "t.json", Problems: 1}},
			"must be an assessment object or an array of them"},
		{"empty JSON input is a file not read",
			func() *Decoder { return NewJSONDecoder(strings.NewReader(" \n"), "t.json", nil) },
			nil,
			[]Excluded{{Origin: "t.json", Problems: 1}},
			"evaluate: t.json: empty input"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkLeftOut(t, tc.dec(), tc.wantRead, tc.wantExcluded, tc.wantProblem, strings.Contains)
		})
	}
}

// checkLeftOut reads dec to its end and checks the communes read, those
// left out, and that some problem matches wantProblem.
func checkLeftOut(t *testing.T, dec *Decoder, wantRead []string, wantExcluded []Excluded, wantProblem string, matches func(problem, want string) bool) {
	t.Helper()
	read, excluded, problems := readLeftOut(dec)
	if diff := cmp.Diff(wantRead, read); diff != "" {
		t.Errorf("communes read (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantExcluded, excluded); diff != "" {
		t.Errorf("excluded (-want +got):\n%s\nproblems:\n%s", diff, strings.Join(problems, "\n"))
	}
	found := false
	for _, p := range problems {
		found = found || matches(p, wantProblem)
	}
	if !found {
		t.Errorf("no problem matches %q:\n%s", wantProblem, strings.Join(problems, "\n"))
	}
}

func TestExcludedLabelAndPlace(t *testing.T) {
	for _, tc := range []struct {
		name          string
		e             Excluded
		vi, en, place string
	}{
		{"a commune is named with its district and province, at its origin",
			Excluded{Commune: hl("Hòa Lạc"), Origin: "a.csv:7"}, "Hòa Lạc, Hữu Lũng, Lạng Sơn", "Hòa Lạc, Hữu Lũng, Lạng Sơn", "a.csv:7"},
		{"a part of a CSV file is its lines",
			Excluded{Origin: "a.csv:2", Through: "a.csv:9"}, "(không rõ xã)", "(commune unknown)", "a.csv:2-9"},
		{"a part of a worksheet is its rows",
			Excluded{Origin: "a.xlsx: Ngang2!2:2", Through: "a.xlsx: Ngang2!9:9"}, "(không rõ xã)", "(commune unknown)", "a.xlsx: Ngang2!2:9"},
		{"a quoted sheet name keeps its quotes",
			Excluded{Origin: "a.xlsx: 'Tổng hợp'!2:2", Through: "a.xlsx: 'Tổng hợp'!9:9"}, "(không rõ xã)", "(commune unknown)", "a.xlsx: 'Tổng hợp'!2:9"},
		{"a part to the end of a JSON input",
			Excluded{Origin: "h.json:4", Through: ToEnd}, "(không rõ xã)", "(commune unknown)", "h.json:4-…"},
		{"a part to the end of a worksheet",
			Excluded{Origin: "a.xlsx: Ngang2!4:4", Through: ToEnd}, "(không rõ xã)", "(commune unknown)", "a.xlsx: Ngang2!4:…"},
		{"a ! in a file name is not a sheet",
			Excluded{Origin: "so!lieu.csv:2", Through: "so!lieu.csv:9"}, "(không rõ xã)", "(commune unknown)", "so!lieu.csv:2-9"},
		{"a file not read is the file",
			Excluded{Origin: "missing.csv"}, "(không rõ xã)", "(commune unknown)", "missing.csv"},
		{"a commune without a name keeps its district and province",
			Excluded{Commune: Commune{District: "Hữu Lũng", Province: "Lạng Sơn"}, Origin: "a.csv:4"},
			"(không rõ xã), Hữu Lũng, Lạng Sơn", "(commune unknown), Hữu Lũng, Lạng Sơn", "a.csv:4"},
		{"ends of another form are joined with a dash",
			Excluded{Origin: "a.csv:2", Through: "b.csv:3"}, "(không rõ xã)", "(commune unknown)", "a.csv:2 – b.csv:3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.e.Label("vi"); got != tc.vi {
				t.Errorf("Label(vi) = %q, want %q", got, tc.vi)
			}
			if got := tc.e.Label("en"); got != tc.en {
				t.Errorf("Label(en) = %q, want %q", got, tc.en)
			}
			if got := tc.e.Place(); got != tc.place {
				t.Errorf("Place() = %q, want %q", got, tc.place)
			}
		})
	}
}

// TestSheetRowsNotReadArePlacedBySheetAndRows: in a worksheet, the rows
// after a header that cannot be read are named by sheet and rows, as every
// problem of a workbook is, and so is the part left out.
func TestSheetRowsNotReadArePlacedBySheetAndRows(t *testing.T) {
	rows := &sheetRows{sheet: "Ngang2", rows: [][]string{
		{"Tỉnh", "Huyện", "Địa bàn", "Năm", "Bộ tiêu chí", "1.1"},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", "2020", "1980", "đạt"},
		{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", "2020", "1980", "đạt"},
	}}
	read, excluded, problems := readLeftOut(TableOptions{}.NewTableDecoder(rows, "x.xlsx"))
	if len(read) != 0 {
		t.Errorf("read %v", read)
	}
	want := []Excluded{{Origin: "x.xlsx: Ngang2!2:2", Through: "x.xlsx: Ngang2!3:3", Problems: 3}}
	if diff := cmp.Diff(want, excluded); diff != "" {
		t.Errorf("excluded (-want +got):\n%s", diff)
	}
	if last := problems[len(problems)-1]; last != "evaluate: x.xlsx: Ngang2!2:3: rows 2-3 not read: fix the header first" {
		t.Errorf("last problem %q", last)
	}
	if got := want[0].Place(); got != "x.xlsx: Ngang2!2:3" {
		t.Errorf("Place() = %q", got)
	}
}

// formulaRows is a worksheet whose row 2 has a formula without a computed
// value in its commune cell.
type formulaRows struct{ sheetRows }

func (s *formulaRows) Next() ([]string, error) {
	cells, err := s.sheetRows.Next()
	if err == nil && s.i == 2 {
		err = &CellProblem{Col: 2, Input: "=B2", Err: errors.New("formula without a computed value")}
	}
	return cells, err
}

func TestARowWhoseCommuneCellIsAFormulaIsARowNotRead(t *testing.T) {
	rows := &formulaRows{sheetRows{sheet: "Sheet1", rows: [][]string{
		{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "1.1"},
		{"Lạng Sơn", "Hữu Lũng", "", "2020", "1980", "đạt"},
		{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", "2020", "1980", "đạt"},
	}}}
	read, excluded, _ := readLeftOut(TableOptions{}.NewTableDecoder(rows, "x.xlsx"))
	if diff := cmp.Diff([]string{"Minh Sơn"}, read); diff != "" {
		t.Errorf("communes read (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Excluded{{Origin: "x.xlsx: Sheet1!2:2", Problems: 1}}, excluded); diff != "" {
		t.Errorf("excluded (-want +got):\n%s", diff)
	}
}

// TestASyntaxErrorInAnOversizedAssessment: an assessment over the size
// limit is skipped; a syntax error met while skipping it leaves the input
// unread from the assessment's first line, not from the error's.
func TestASyntaxErrorInAnOversizedAssessment(t *testing.T) {
	var b strings.Builder
	b.WriteString("[\n{\"commune\": {\"name\": \"Minh Sơn\", \"district\": \"Hữu Lũng\", \"province\": \"Lạng Sơn\"}, \"year\": 2020,\n \"sets\": {\"1980\": {\n")
	for i := 0; b.Len() < maxAssessmentBytes+4096; i++ {
		fmt.Fprintf(&b, "  \"x%d\": 1,\n", i)
	}
	b.WriteString("  \"1.1\": tru}}}\n]\n")
	_, got, _ := readLeftOut(NewJSONDecoder(strings.NewReader(b.String()), "t.json", nil))
	if len(got) != 1 || got[0].Origin != "t.json:2" {
		t.Errorf("excluded %+v, want one part from t.json:2", got)
	}
}

// headerFormulaRows is a worksheet whose header cell col holds a formula
// without a computed value; its rows are placed as the workbook reader
// places them ("Sheet1!2:2").
type headerFormulaRows struct {
	sheetRows
	col int
}

func (s *headerFormulaRows) Cell(col int) string {
	if col < 0 {
		return fmt.Sprintf("%s!%d:%d", s.sheet, s.i, s.i)
	}
	return s.sheetRows.Cell(col)
}

func (s *headerFormulaRows) Next() ([]string, error) {
	cells, err := s.sheetRows.Next()
	if err == nil && s.i == 1 {
		err = errors.Join(&CellProblem{Col: s.col, Input: `="Xã"`, Err: errors.New("formula without a computed value")})
	}
	return cells, err
}

// TestHeaderCellWithoutTextPlacesRowsBySheet: a header cell whose text is
// not known (a formula without a computed value) leaves the other columns
// mapped: the rows are left out commune by commune when the commune column
// is known, and otherwise as one part placed by sheet and rows, never as
// lines of a CSV file.
func TestHeaderCellWithoutTextPlacesRowsBySheet(t *testing.T) {
	table := func() [][]string {
		return [][]string{
			{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "1.1", ""},
			{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", "2020", "1980", "đạt", ""},
			{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", "2020", "1980", "đạt", ""},
		}
	}
	hl := func(name string) Commune {
		return Commune{Name: name, District: "Hữu Lũng", Province: "Lạng Sơn"}
	}
	for _, tc := range []struct {
		name     string
		col      int
		excluded []Excluded
		last     string
	}{
		{"another column: each commune is left out by name", 6,
			[]Excluded{{Commune: hl("Hòa Lạc"), Origin: "x.xlsx: Sheet1!2:2", Problems: 1},
				{Commune: hl("Minh Sơn"), Origin: "x.xlsx: Sheet1!3:3", Problems: 1}},
			"evaluate: x.xlsx: Sheet1!3:3: Minh Sơn: row 3 not read: fix the header first"},
		{"the commune column: the rows are one part", 2,
			[]Excluded{{Origin: "x.xlsx: Sheet1!2:2", Through: "x.xlsx: Sheet1!3:3", Problems: 2}},
			"evaluate: x.xlsx: Sheet1!2:3: rows 2-3 not read: fix the header first"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows := table()
			rows[0][tc.col] = ""
			src := &headerFormulaRows{sheetRows{sheet: "Sheet1", rows: rows}, tc.col}
			read, excluded, problems := readLeftOut(TableOptions{}.NewTableDecoder(src, "x.xlsx"))
			if len(read) != 0 {
				t.Errorf("read %v", read)
			}
			if diff := cmp.Diff(tc.excluded, excluded); diff != "" {
				t.Errorf("excluded (-want +got):\n%s", diff)
			}
			if last := problems[len(problems)-1]; last != tc.last {
				t.Errorf("last problem %q, want %q", last, tc.last)
			}
			if first := problems[0]; !strings.HasPrefix(first, "evaluate: x.xlsx: Sheet1!"+string(rune('A'+tc.col))+"1: ") {
				t.Errorf("first problem %q, want it at the header cell", first)
			}
		})
	}
}
