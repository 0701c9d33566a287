package evaluate

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/internal/untranslated"
	"github.com/nongthonmoi/ntm/problem"
)

// withoutDistrict removes the district column (the second) from every line
// of a comma-separated table without quotes.
func withoutDistrict(t *testing.T, table string) string {
	t.Helper()
	lines := strings.SplitAfter(table, "\n")
	for i, l := range lines {
		if l == "" {
			continue
		}
		cells := strings.SplitN(l, ",", 3)
		if len(cells) != 3 {
			t.Fatalf("line %q has no district cell", l)
		}
		lines[i] = cells[0] + "," + cells[2]
	}
	return strings.Join(lines, "")
}

// TestFrom2026ATableNeedsNoDistrictColumn: from 2026 a commune is its name
// and province (the districts ceased on 1/7/2025), so a table of 2026
// without a district column reads as the same table with the column left
// empty, in the long and the wide layout, and as the JSON assessment of
// the commune written without a district.
func TestFrom2026ATableNeedsNoDistrictColumn(t *testing.T) {
	for _, tc := range []struct{ name, withEmpty string }{
		{"long", "Tỉnh,Huyện,Xã,Nhóm xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\n" +
			"Lạng Sơn,,Tân Thành,3,2026,51/2025,1,đạt\n" +
			"Lạng Sơn,,Tân Thành,3,2026,51/2025,2,chưa đạt\n" +
			"Lạng Sơn,,Vân Nham,2,2026,51/2025,1,đạt\n"},
		{"wide", "province,district,commune,group,year,set,1,2\n" +
			"Lạng Sơn,,Tân Thành,3,2026,51/2025,đạt,chưa đạt\n" +
			"Lạng Sơn,,Vân Nham,2,2026,51/2025,đạt,\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, err := DecodeCSV(strings.NewReader(tc.withEmpty), "t.csv", nil)
			if err != nil || len(want) != 2 {
				t.Fatalf("with an empty district column: %d assessments, %v", len(want), err)
			}
			got, err := DecodeCSV(strings.NewReader(withoutDistrict(t, tc.withEmpty)), "t.csv", nil)
			if err != nil {
				t.Fatalf("without a district column: %v", err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("without a district column (-empty column +no column):\n%s", diff)
			}
			for i := range got {
				reports, err := RunAll(nil, &got[i])
				if err != nil || len(reports) != 1 || reports[0].Commune != want[i].Commune {
					t.Errorf("%s: %d reports, %v", got[i].Commune.Name, len(reports), err)
				}
			}
		})
	}
	t.Run("as JSON", func(t *testing.T) {
		in := `{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": "3", "year": 2026, "sets": {"51/2025": {"1": true, "2": false}}}`
		fromJSON, err := DecodeJSON(strings.NewReader(in), "t.json", nil)
		if err != nil || len(fromJSON) != 1 {
			t.Fatalf("JSON: %d assessments, %v", len(fromJSON), err)
		}
		fromCSV, err := DecodeCSV(strings.NewReader("Tỉnh,Xã,Nhóm xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\n"+
			"Lạng Sơn,Tân Thành,3,2026,51/2025,1,đạt\nLạng Sơn,Tân Thành,3,2026,51/2025,2,chưa đạt\n"), "t.csv", nil)
		if err != nil || len(fromCSV) != 1 {
			t.Fatalf("CSV: %d assessments, %v", len(fromCSV), err)
		}
		fromJSON[0].Origin, fromCSV[0].Origin = "", ""
		if diff := cmp.Diff(fromJSON[0], fromCSV[0]); diff != "" {
			t.Errorf("(-JSON +CSV without a district column):\n%s", diff)
		}
	})
}

// TestBefore2026ACommuneNeedsTheDistrictColumn: in a table without a
// district column, a commune of a year before 2026 (when a district told
// communes of one name apart) is a problem of its own, naming its line,
// its commune and its year, in English and Vietnamese; the communes of
// 2026 in the same table are read.
func TestBefore2026ACommuneNeedsTheDistrictColumn(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"long", "Tỉnh,Xã,Nhóm xã,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị\n" +
			"Lạng Sơn,Tân Thành,3,2026,51/2025,1,đạt\n" +
			"Lạng Sơn,Hòa Lạc,,2020,1980,1.1,đạt\n" +
			"Lạng Sơn,Hòa Lạc,,2020,1980,4.2,96\n" +
			"Lạng Sơn,Tân Thành,,2025,1980,1.1,đạt\n" +
			"Lạng Sơn,Vân Nham,2,2026,51/2025,1,đạt\n"},
		// Indicator 5 is of both sets: Trường học in 1980/QĐ-TTg, a
		// criterion confirmed in 51/2025/QĐ-TTg.
		{"wide", "Tỉnh,Xã,Nhóm xã,Năm,Bộ tiêu chí,5\n" +
			"Lạng Sơn,Tân Thành,3,2026,51/2025,đạt\n" +
			"Lạng Sơn,Hòa Lạc,,2020,1980,80\n" +
			"Lạng Sơn,Tân Thành,,2025,1980,75\n" +
			"Lạng Sơn,Vân Nham,2,2026,51/2025,đạt\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, err := DecodeCSV(strings.NewReader(tc.in), "t.csv", nil)
			var names []string
			for _, a := range as {
				names = append(names, a.Commune.Name+" "+a.Origin)
			}
			last := "6"
			if tc.name == "wide" {
				last = "5"
			}
			if diff := cmp.Diff([]string{"Tân Thành t.csv:2", "Vân Nham t.csv:" + last}, names); diff != "" {
				t.Errorf("communes read (-want +got):\n%s", diff)
			}
			line2025 := "5"
			if tc.name == "wide" {
				line2025 = "4"
			}
			want := []string{
				`evaluate: t.csv:3: column district: Hòa Lạc: no district for Hòa Lạc, assessed for 2020: the table has no district column; add a column "Huyện" (district) giving the district of each commune assessed before 2026 (until 1/7/2025 communes of one name were told apart by district; empty for a commune from 1/7/2025)`,
				`evaluate: t.csv:` + line2025 + `: column district: Tân Thành: no district for Tân Thành, assessed for 2025: the table has no district column; add a column "Huyện" (district) giving the district of each commune assessed before 2026 (until 1/7/2025 communes of one name were told apart by district; empty for a commune from 1/7/2025)`,
			}
			if diff := cmp.Diff(want, inErrLines(err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			for _, e := range InputErrors(err) {
				if !errors.Is(e, problem.MissingField) {
					t.Errorf("%v: code %q, want missing-field", e, e.Code)
				}
			}
			if vi := (*problem.Problem)(InputErrors(err)[0]).Message(problem.VI); !strings.Contains(vi, `không có huyện của xã Hòa Lạc, năm đánh giá 2020: bảng không có cột huyện; hãy thêm cột "Huyện"`) {
				t.Errorf("in Vietnamese: %s", vi)
			}
			untranslated.Check(t, tc.name, err, "t.csv")
			var out []string
			for _, err := range NewCSVDecoder(strings.NewReader(tc.in), "t.csv", nil).All() {
				var ae *AssessmentError
				if errors.As(err, &ae) {
					out = append(out, ae.Commune.Name+" "+ae.Origin)
				}
			}
			if diff := cmp.Diff([]string{"Hòa Lạc t.csv:3", "Tân Thành t.csv:" + line2025}, out); diff != "" {
				t.Errorf("communes left out (-want +got):\n%s", diff)
			}
		})
	}
}
