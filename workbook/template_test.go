package workbook

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/xuri/excelize/v2"
)

func TestTargetText(t *testing.T) {
	set := criteria.QD1980()
	tests := []struct {
		code string
		r    criteria.Region
		want string
	}{
		{"1.1", criteria.TDMNPB, "Đạt"},
		{"3.1", criteria.TDMNPB, "≥ 80%"},
		{"5", criteria.TDMNPB, "≥ 70%"},
		{"9.1", criteria.TDMNPB, "Không"},
		{"15.3", criteria.TDMNPB, "≤ 26,7%"}, // read by people: a decimal comma
		{"15.3", criteria.DBSCL, "≤ 20,5%"},
	}
	for _, tt := range tests {
		ind, _, ok := set.Indicator(tt.code)
		if !ok {
			t.Fatalf("no indicator %s", tt.code)
		}
		if got := targetText(ind, criteria.RegionColumn(tt.r), 2020); got != tt.want {
			t.Errorf("targetText(%s, %s) = %q, want %q", tt.code, tt.r, got, tt.want)
		}
	}
}

func TestWriteTemplateHelpersAndDropDowns(t *testing.T) {
	tpl := Template{Set: criteria.QD1980(), Communes: []evaluate.Commune{{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}}}
	var b bytes.Buffer
	if err := WriteTemplate(&b, tpl); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Số liệu")
	if diff := cmp.Diff([]string{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", "TDMNPB", "2020", "1980/QĐ-TTg", "5"}, rows[findRow(rows, "5")][:7]); diff != "" {
		t.Errorf("row of indicator 5 (-want +got):\n%s", diff)
	}
	r5 := rows[findRow(rows, "5")]
	if r5[13] != "≥ 70%" || r5[14] != "mức đạt chuẩn chưa kiểm chứng (M: không tìm thấy nguồn công khai)" {
		t.Errorf("target of 5 = %q, note %q, want ≥ 70%% (TDMNPB, 2020) and that it is unverified (provenance M)", r5[13], r5[14])
	}
	// The helper cells are grey and locked, the value cells unlocked.
	for col, locked := range map[string]bool{"M": true, "N": true, "H": false, "C": false} {
		id, _ := f.GetCellStyle("Số liệu", col+"2")
		st, _ := f.GetStyle(id)
		isLocked := st.Protection == nil || st.Protection.Locked
		if isLocked != locked {
			t.Errorf("%s2 locked = %v, want %v", col, isLocked, locked)
		}
		if locked && (len(st.Fill.Color) == 0 || st.Fill.Color[0] != "E7E6E6") {
			t.Errorf("%s2 fill = %+v, want grey", col, st.Fill)
		}
	}
	// Pass/fail value cells offer the accepted words.
	dvs, _ := f.GetDataValidations("Số liệu")
	var lists []string
	for _, dv := range dvs {
		if strings.Contains(dv.Sqref, "H2") {
			lists = append(lists, dv.Formula1)
		}
	}
	if len(lists) != 1 || !strings.Contains(lists[0], "đạt,chưa đạt") {
		t.Errorf("drop-down of H2 (1.1): %q", lists)
	}
	if x := zipEntry(t, b.Bytes(), "xl/worksheets/sheet1.xml"); !bytes.Contains(x, []byte("<sheetProtection")) {
		t.Error("the template sheet is not protected")
	}
}

func findRow(rows [][]string, code string) int {
	for i, r := range rows {
		if len(r) > 6 && r[6] == code {
			return i
		}
	}
	return -1
}

// The value cells of a form are formatted as Text, so that Excel keeps a
// share typed 2/3 as it is instead of turning it into a date; the identity
// and helper cells are not.
func TestTemplateValueCellsAreText(t *testing.T) {
	hoaLac := []evaluate.Commune{{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}}
	for _, tc := range []struct {
		name      string
		wide      bool
		text, not []string
	}{
		{"long", false, []string{"H2", "I2", "J2"}, []string{"C2", "G2", "K2", "M2"}},
		{"wide", true, []string{"G2", "H2"}, []string{"C2", "E2", "F2"}},
	} {
		var b bytes.Buffer
		if err := WriteTemplate(&b, Template{Set: criteria.QD1980(), Communes: hoaLac, Wide: tc.wide}); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		isText := func(cell string) bool {
			id, _ := f.GetCellStyle("Số liệu", cell)
			st, _ := f.GetStyle(id)
			return st != nil && st.NumFmt == 49
		}
		for _, c := range tc.text {
			if !isText(c) {
				t.Errorf("%s: %s is not formatted as Text", tc.name, c)
			}
		}
		for _, c := range tc.not {
			if isText(c) {
				t.Errorf("%s: %s is formatted as Text", tc.name, c)
			}
		}
		f.Close()
	}
}

// The guide sheet of a wide form is skipped without a note; another sheet
// without a table header, even one named like it, is still noted.
func TestTheFormsGuideSheetIsSkippedQuietly(t *testing.T) {
	var b bytes.Buffer
	tpl := Template{Set: criteria.QD1980(), Wide: true, Communes: []evaluate.Commune{{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}}}
	if err := WriteTemplate(&b, tpl); err != nil {
		t.Fatal(err)
	}
	var skipped []string
	opt := ReadOptions{Skipped: func(sheet, why string) { skipped = append(skipped, sheet) }}
	if _, err := Decode(bytes.NewReader(b.Bytes()), "mau.xlsx", opt); err != nil {
		t.Fatal(err)
	}
	if len(skipped) != 0 {
		t.Errorf("skipped with a note: %q, want none", skipped)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellValue("Hướng dẫn", "A1", "Ghi chú của xã")
	var edited bytes.Buffer
	if err := f.Write(&edited); err != nil {
		t.Fatal(err)
	}
	skipped = nil
	if _, err := Decode(&edited, "mau.xlsx", opt); err != nil {
		t.Fatal(err)
	}
	if len(skipped) != 1 || skipped[0] != "Hướng dẫn" {
		t.Errorf("skipped with a note: %q, want the edited sheet", skipped)
	}
}

// TestGroupMissingIsPlacedAtItsCell: a form of a set split by commune
// group, written without --group and read back as written, is refused
// for its empty group cell, named by sheet and cell as the workbook's
// other problems are (not as line 2 of a CSV file).
func TestGroupMissingIsPlacedAtItsCell(t *testing.T) {
	set, err := criteria.Lookup("51/2025")
	if err != nil {
		t.Fatal(err)
	}
	for _, wide := range []bool{false, true} {
		var b bytes.Buffer
		if err := WriteTemplate(&b, Template{Set: set, Wide: wide, Communes: []evaluate.Commune{{Name: "Tân Thành", Province: "Lạng Sơn"}}}); err != nil {
			t.Fatal(err)
		}
		_, err := Decode(bytes.NewReader(b.Bytes()), "mau.xlsx", ReadOptions{})
		ps := problem.All(err)
		if len(ps) != 1 || ps[0].Sheet == "" || ps[0].Cell == "" || ps[0].Line != 2 {
			t.Fatalf("wide %v: got %v, want one problem at the group cell of row 2", wide, err)
		}
		// Column D: province, district, commune, then group (no region
		// column in the form of a set split by group).
		want := "mau.xlsx: 'Số liệu'!D2: column group: Tân Thành: set 51/2025/QĐ-TTg splits its targets by commune group"
		if got := ps[0].Message(problem.EN); !strings.HasPrefix(got, want) {
			t.Errorf("wide %v: got\n%s\nwant it to begin\n%s", wide, got, want)
		}
	}
}

// TestRegionColumnOnlyWhereItCounts: the form of a set split by commune
// group (51/2025/QĐ-TTg) has no region column, which it ignores and which
// would stay empty, in both layouts and both formats, and reads back as
// written (once its communes are named); it keeps one when a commune without a province has its region
// from Template.Region; a set split by region always has one.
func TestRegionColumnOnlyWhereItCounts(t *testing.T) {
	qd51, err := criteria.Lookup("51/2025")
	if err != nil {
		t.Fatal(err)
	}
	tanThanh := evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn"}
	for _, tc := range []struct {
		name string
		t    Template
		want string
	}{
		{"51/2025 long", Template{Set: qd51, Group: "3", Year: 2026, Communes: []evaluate.Commune{tanThanh}},
			"province,district,commune,group,year,set,indicator,value,"},
		{"51/2025 wide", Template{Set: qd51, Group: "3", Year: 2026, Wide: true, Communes: []evaluate.Commune{tanThanh}},
			"province,district,commune,group,year,set,1. Quy hoạch,"},
		{"51/2025 without communes", Template{Set: qd51, Group: "3", Year: 2026},
			"province,district,commune,group,year,set,indicator,"},
		{"51/2025 for a commune without province, with a region", Template{Set: qd51, Region: criteria.TDMNPB, Year: 2026, Communes: []evaluate.Commune{{Name: "Tân Thành"}}},
			"province,district,commune,region,group,year,set,indicator,"},
		{"1980 long", Template{Set: criteria.QD1980(), Communes: []evaluate.Commune{{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}}},
			"province,district,commune,region,year,set,indicator,"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteTemplateCSV(&b, tc.t); err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(b.String(), tc.want) {
				t.Errorf("header %.120q, want it to begin %q", b.String(), tc.want)
			}
			if tc.t.Group == "" || len(tc.t.Communes) == 0 {
				return // a form whose group or commune is left to fill
			}
			var x bytes.Buffer
			if err := WriteTemplate(&x, tc.t); err != nil {
				t.Fatal(err)
			}
			if _, err := Decode(bytes.NewReader(x.Bytes()), "mau.xlsx", ReadOptions{}); err != nil {
				t.Errorf("the empty form does not read back: %v", err)
			}
		})
	}
}

// TestTargetNoteOfAYearBeforeTheTargetYear: the targets of criterion 10
// of 1980/QĐ-TTg are stated "đến năm 2020" (no yearly values found for
// 2016-2019); a form of 2018 shows that value with a note saying so, as
// ntm criteria and ntm eval do, and a form of 2020 has no such note.
func TestTargetNoteOfAYearBeforeTheTargetYear(t *testing.T) {
	ind, _, ok := criteria.QD1980().Indicator("10")
	if !ok {
		t.Fatal("no indicator 10")
	}
	for _, tc := range []struct {
		year   int
		r      criteria.Region
		target string
		note   string
	}{
		{2018, criteria.BTB, "≥ 36 triệu đồng/người/năm", `mức đạt chuẩn "đến năm 2020" áp dụng cho năm 2018 (chưa tìm thấy giá trị riêng của năm này)`},
		{2019, criteria.DBSCL, "≥ 50 triệu đồng/người/năm", `mức đạt chuẩn "đến năm 2020" áp dụng cho năm 2019 (chưa tìm thấy giá trị riêng của năm này)`},
		{2020, criteria.DBSCL, "≥ 50 triệu đồng/người/năm", ""},
	} {
		target, note := targetCells(ind, criteria.RegionColumn(tc.r), tc.year)
		if target != tc.target || note != tc.note {
			t.Errorf("%d, %s: target %q, note %q; want %q, %q", tc.year, tc.r, target, note, tc.target, tc.note)
		}
	}
}
