package plan_test

import (
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
)

// TestATargetOfAFormerUnitIsWarned: from 2026 a plan's target that names a
// commune abolished on 1/7/2025 (Nghị quyết 1672/NQ-UBTVQH15) is warned of
// as a report on it is, naming the unit that succeeded it: xã Hòa Lạc and
// xã Tân Thanh (which differs from xã Tân Thành only in diacritics) are no
// units in 2027, and xã Hồng Phong of Cao Lộc is not xã Hồng Phong (06079),
// the former commune of Bình Gia, though from 2026 its report matches the
// target by name. A unit in force, and a target of 2020, are not warned of
// (số liệu minh họa).
func TestATargetOfAFormerUnitIsWarned(t *testing.T) {
	for _, tc := range []struct {
		c    evaluate.Commune
		year int
		vi   string // "" for no warning
		en   string
	}{
		{evaluate.Commune{Name: "Hòa Lạc", Province: "Lạng Sơn"}, 2027,
			`targets[0]: xã "Hòa Lạc" (Lạng Sơn): trong năm 2027, xã không còn là đơn vị hành chính của tỉnh (các đơn vị hành chính cấp xã được sắp xếp lại từ ngày 01/7/2025); hãy đánh giá theo đơn vị kế thừa: Xã Tân Thành (06445), Lạng Sơn`,
			`targets[0]: commune "Hòa Lạc" (Lạng Sơn): the commune is no administrative unit of its province in 2027 (the communes were reorganised on 1/7/2025); assess the unit that succeeded it: Xã Tân Thành (06445), Lạng Sơn`},
		{evaluate.Commune{Name: "Tân Thanh", Province: "Lạng Sơn"}, 2027,
			`targets[0]: xã "Tân Thanh" (Lạng Sơn): trong năm 2027, xã không còn là đơn vị hành chính của tỉnh`, `Xã Hoàng Văn Thụ (06172)`},
		{evaluate.Commune{Name: "Hồng Phong", District: "Cao Lộc", Province: "Lạng Sơn"}, 2027,
			`targets[0]: xã "Hồng Phong" (Cao Lộc, Lạng Sơn): trong năm 2027`, `Xã Đồng Đăng (06184)`},
		{evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn", Code: "06445"}, 2027, "", ""},
		{evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, 2020, "", ""},
	} {
		p := &plan.Plan{Number: "số liệu minh họa", Targets: []plan.Target{{Commune: tc.c, Set: "51/2025/QĐ-TTg", Year: tc.year}}}
		if tc.year < 2026 {
			p.Targets[0].Set = "1980/QĐ-TTg"
		}
		ws, err := p.Validate(nil)
		if err != nil {
			t.Fatal(err)
		}
		st := plan.Status(p, nil, plan.NewDate(tc.year, time.June, 1))
		for _, got := range [][]plan.Warning{ws, st.Warnings} {
			var vi, en []string
			for _, w := range got {
				if strings.HasPrefix(w.Path, "targets[") {
					vi, en = append(vi, w.Text("vi")), append(en, w.Text("en"))
				}
			}
			if tc.vi == "" {
				if len(vi) > 0 {
					t.Errorf("%s, %d: warned %q", tc.c, tc.year, vi)
				}
				continue
			}
			if len(vi) != 1 || !strings.HasPrefix(vi[0], tc.vi) || !strings.Contains(en[0], tc.en) {
				t.Errorf("%s, %d: warnings\n%q\n%q\nwant one starting %q, in English with %q", tc.c, tc.year, vi, en, tc.vi, tc.en)
			}
		}
	}
}
