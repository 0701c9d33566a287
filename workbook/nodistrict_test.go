package workbook

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/assesstest"
	"github.com/nongthonmoi/ntm/internal/xlsxtest"
	"github.com/nongthonmoi/ntm/problem"
)

// TestAWideSheetOf2026NeedsNoDistrictColumn: a wide sheet of 2026 without
// a district column (số liệu minh họa) is read and evaluated; a commune
// of 2020 in the same sheet, when a district still told communes of one
// name apart, is a problem of its own placed at its row, naming the
// commune and the year, and the communes of 2026 are still read.
func TestAWideSheetOf2026NeedsNoDistrictColumn(t *testing.T) {
	head := []any{"Tỉnh", "Xã", "Nhóm xã", "Năm", "Bộ tiêu chí", "1. Quy hoạch", "5"}
	t.Run("2026", func(t *testing.T) {
		data := xlsxtest.Sheet(t, head,
			[]any{"Lạng Sơn", "Tân Thành", 3, 2026, "51/2025", "đạt", "chưa đạt"},
			[]any{"Lạng Sơn", "Vân Nham", 2, 2026, "51/2025", "đạt", "đạt"})
		as, err := Decode(bytes.NewReader(data), "so-lieu.xlsx", ReadOptions{})
		if err != nil || len(as) != 2 {
			t.Fatalf("%d assessments, %v", len(as), err)
		}
		reports := assesstest.Reports(t, nil, as...)
		var got []string
		for _, r := range reports {
			got = append(got, r.Commune.Name+"|"+r.Commune.District+"|"+r.Origin)
		}
		want := []string{"Tân Thành||so-lieu.xlsx: Sheet1!2:2", "Vân Nham||so-lieu.xlsx: Sheet1!3:3"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("reports (-want +got):\n%s", diff)
		}
	})
	t.Run("2020 and 2026", func(t *testing.T) {
		data := xlsxtest.Sheet(t, head,
			[]any{"Lạng Sơn", "Tân Thành", 3, 2026, "51/2025", "đạt", "đạt"},
			[]any{"Lạng Sơn", "Hòa Lạc", "", 2020, "1980", "", 80},
			[]any{"Lạng Sơn", "Vân Nham", 2, 2026, "51/2025", "đạt", ""})
		as, err := Decode(bytes.NewReader(data), "so-lieu.xlsx", ReadOptions{})
		var read []string
		for _, a := range as {
			read = append(read, a.Commune.Name+" "+a.Origin)
		}
		if diff := cmp.Diff([]string{"Tân Thành so-lieu.xlsx: Sheet1!2:2", "Vân Nham so-lieu.xlsx: Sheet1!4:4"}, read); diff != "" {
			t.Errorf("communes read (-want +got):\n%s", diff)
		}
		want := `evaluate: so-lieu.xlsx: Sheet1!3:3: column district: Hòa Lạc: no district for Hòa Lạc, assessed for 2020: the table has no district column; ` +
			`add a column "Huyện" (district) giving the district of each commune assessed before 2026 (until 1/7/2025 communes of one name were told apart by district; empty for a commune from 1/7/2025)`
		if err == nil || err.Error() != want {
			t.Errorf("err = %v\nwant %s", err, want)
		}
		if !errors.Is(err, problem.MissingField) {
			t.Errorf("the problem's code is not missing-field: %v", err)
		}
		var p *problem.Problem
		if errors.As(err, &p) && !strings.HasPrefix(p.Message(problem.VI), `so-lieu.xlsx: Sheet1!3:3: cột district: Hòa Lạc: không có huyện của xã Hòa Lạc, năm đánh giá 2020`) {
			t.Errorf("in Vietnamese: %s", p.Message(problem.VI))
		}
		if out := evaluate.ExcludedOf(err); len(out) != 1 || out[0].Commune.Name != "Hòa Lạc" || out[0].Origin != "so-lieu.xlsx: Sheet1!3:3" {
			t.Errorf("left out: %+v", out)
		}
	})
}
