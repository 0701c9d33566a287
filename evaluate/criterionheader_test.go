package evaluate

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// TestACriterionColumnIsTheIndicatorColumnOfASetOfCriteria (số liệu minh
// họa): "Tiêu chí" or "Mã tiêu chí", with or without diacritics, heads
// the indicator column of a table of 51/2025/QĐ-TTg, whose indicators are
// its criteria; a row of a set with indicators within its criteria is
// refused, naming the column to write; beside a "Chỉ tiêu" column the
// header is unknown, as before.
func TestACriterionColumnIsTheIndicatorColumnOfASetOfCriteria(t *testing.T) {
	for _, h := range []string{"Tiêu chí", "Mã tiêu chí", "tieu chi", "MA TIEU CHI"} {
		in := "Tỉnh,Xã,Nhóm,Năm,Bộ tiêu chí," + h + ",Giá trị\nNghệ An,Nghĩa Đồng,2,2026,51/2025/QĐ-TTg,1,đạt\nNghệ An,Nghĩa Đồng,2,2026,51/2025/QĐ-TTg,3,chưa đạt\n"
		as, err := DecodeCSV(strings.NewReader(in), "t.csv", nil)
		if err != nil {
			t.Fatalf("%q: %v", h, err)
		}
		if len(as) != 1 {
			t.Fatalf("%q: %d assessments", h, len(as))
		}
		r := Run(criteria.QD51of2025(), &as[0])
		var got []string
		for _, c := range r.Criteria {
			got = append(got, c.Code()+" "+c.Status.String())
		}
		if g := strings.Join(got[:3], ", "); g != "1 met, 2 missing, 3 not-met" {
			t.Errorf("%q: read %s", h, g)
		}
	}
	in := "Tỉnh,Huyện,Xã,Năm,Bộ tiêu chí,Tiêu chí,Giá trị\nNghệ An,Tân Kỳ,Nghĩa Đồng,2020,1980/QĐ-TTg,1,đạt\n"
	_, err := DecodeCSV(strings.NewReader(in), "t.csv", nil)
	if err == nil || !strings.Contains(err.Error(), `t.csv:2`) || !strings.Contains(err.Error(), `head the column "Chỉ tiêu"`) {
		t.Errorf("a criterion column of 1980/QĐ-TTg: %v", err)
	}
	in = "Tỉnh,Xã,Nhóm,Năm,Bộ tiêu chí,Tiêu chí,Chỉ tiêu,Giá trị\nNghệ An,Nghĩa Đồng,2,2026,51/2025/QĐ-TTg,1,1,đạt\n"
	_, err = DecodeCSV(strings.NewReader(in), "t.csv", nil)
	if err == nil || !strings.Contains(err.Error(), `unknown column`) || !strings.Contains(err.Error(), `"Tiêu chí"`) {
		t.Errorf("Tiêu chí beside Chỉ tiêu: %v", err)
	}
	if !IsTableHeader([]string{"Xã", "Tiêu chí", "Giá trị"}) {
		t.Errorf("a header with a criterion column is not a table's")
	}
}
