package evaluate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
)

// TestOverlongRowLeavesItsCommuneOut: a CSV line over the row cap among a
// commune's rows is a problem of that commune, named from the first bytes
// of the line: the commune is left out, not evaluated without the row.
func TestOverlongRowLeavesItsCommuneOut(t *testing.T) {
	const id = "Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg"
	huge := strings.Repeat("9", 2*MaxRowBytes)
	for _, tc := range []struct {
		name         string
		csv          string
		wantRead     []string
		wantExcluded []Excluded
		wantProblem  string
	}{
		{"a huge value cell",
			inCSVHeader + id + ",4.2,96,,,,\n" + id + ",10," + huge + ",,,,\n" + id + ",12,96,,,,\n" +
				"Lạng Sơn,Hữu Lũng,Minh Sơn,TDMNPB,2020,1980/QĐ-TTg,4.2,96,,,,\n",
			[]string{"Minh Sơn"},
			[]Excluded{{Commune: hl("Hòa Lạc"), Origin: "h.csv:2", Problems: 1}},
			"evaluate: h.csv:3: column value: Hòa Lạc: line larger than the 1048576-byte row cap: not read (bytes 164-2097383 of the file); the next line starts a new row"},
		{"a huge source cell after the value",
			inCSVHeader + id + ",10,36.8,,,," + huge + "\n",
			nil,
			[]Excluded{{Commune: hl("Hòa Lạc"), Origin: "h.csv:2", Problems: 1}},
			"evaluate: h.csv:2: column source: Hòa Lạc: line larger than"},
		{"a huge commune cell: the commune cannot be told",
			inCSVHeader + "Lạng Sơn,Hữu Lũng," + huge + ",TDMNPB,2020,1980/QĐ-TTg,4.2,96,,,,\n" +
				"Lạng Sơn,Hữu Lũng,Minh Sơn,TDMNPB,2020,1980/QĐ-TTg,4.2,96,,,,\n",
			[]string{"Minh Sơn"},
			[]Excluded{{Origin: "h.csv:2", Problems: 1}},
			"evaluate: h.csv:2: column commune: line larger than"},
		{"the commune column after the cut cell: the commune cannot be told",
			"indicator,value,province,district,commune,year,set\n4.2," + huge + ",Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980\n",
			nil,
			[]Excluded{{Origin: "h.csv:2", Problems: 1}},
			"evaluate: h.csv:2: column value: line larger than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkLeftOut(t, NewCSVDecoder(strings.NewReader(tc.csv), "h.csv", nil), tc.wantRead, tc.wantExcluded, tc.wantProblem, strings.HasPrefix)
		})
	}
}

// TestProblemsBeyondTheCapAreCounted: the problems of a commune beyond
// the 100 listed are counted, every one of them, and a summary states
// them all.
func TestProblemsBeyondTheCapAreCounted(t *testing.T) {
	var b strings.Builder
	b.WriteString(inCSVHeader)
	for i := range 200 {
		fmt.Fprintf(&b, "Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980,4.2,abc%d,,,,\n", i)
	}
	_, excluded, problems := readLeftOut(NewCSVDecoder(strings.NewReader(b.String()), "h.csv", nil))
	if want := [](Excluded){{Commune: hl("Hòa Lạc"), Origin: "h.csv:2", Problems: 200}}; !cmp.Equal(want, excluded) {
		t.Errorf("excluded %+v, want %+v", excluded, want)
	}
	if len(problems) != maxInputErrors+1 || problems[len(problems)-1] != "evaluate: h.csv:201: Hòa Lạc: … and 100 more problems of this commune" {
		t.Errorf("%d problems, the last %q", len(problems), problems[len(problems)-1])
	}

	// A JSON assessment with more problems than are listed.
	var sets []string
	for i := range 150 {
		sets = append(sets, fmt.Sprintf(`"%d.9": 1`, 20+i))
	}
	doc := `{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {` + strings.Join(sets, ", ") + `}}}`
	_, excluded, problems = readLeftOut(NewJSONDecoder(strings.NewReader(doc), "h.json", nil))
	if len(excluded) != 1 || excluded[0].Problems != 150 {
		t.Errorf("excluded %+v, want Hòa Lạc with 150 problems", excluded)
	}
	if last := problems[len(problems)-1]; !strings.HasSuffix(last, "… and 50 more problems") {
		t.Errorf("last problem %q", last)
	}
	// The count is a problem of code too-large (problems beyond the cap),
	// as the count of a whole input is, in Vietnamese too; so is the count
	// of a table's commune.
	var all []*problem.Problem
	for a, err := range NewJSONDecoder(strings.NewReader(doc), "h.json", nil).All() {
		_ = a
		all = append(all, problem.All(err)...)
	}
	if last := all[len(all)-1]; last.Code != problem.TooLarge || last.Message(problem.VI) != "h.json: Hòa Lạc: … và 50 lỗi khác" {
		t.Errorf("last problem %s %q", last.Code, last.Message(problem.VI))
	}
	all = nil
	for a, err := range NewCSVDecoder(strings.NewReader(b.String()), "h.csv", nil).All() {
		_ = a
		all = append(all, problem.All(err)...)
	}
	if last := all[len(all)-1]; last.Code != problem.TooLarge {
		t.Errorf("the last problem of the table's commune: code %s, want too-large", last.Code)
	}
}

func TestTableColumn(t *testing.T) {
	for h, want := range map[string]string{
		"Xã": "commune", " tên xã ": "commune", "Mã ĐVHC": "code", "Năm": "year", "Bộ tiêu chí": "set",
		"Giá trị": "value", "Tử số": "numerator", "Đơn vị tính": "unit", "Nguồn": "source", "Chỉ tiêu": "indicator",
		"Ghi chú": "helper", "target": "helper", "2.2. Đường trục thôn": "indicator-code", "5 [trường]": "indicator-code",
		"Điểm": "", "": "",
	} {
		if got := TableColumn(h); got != want {
			t.Errorf("TableColumn(%q) = %q, want %q", h, got, want)
		}
	}
}
