package plan_test

import (
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
)

// TestATargetsUnitCodeIsChecked: a target's commune code (mã ĐVHC) that is
// no unit of the registry in the target's year, or that is the code of
// another commune than the one the target names, is warned of, at the
// code's JSON path, quoting the code and naming the unit it is the code
// of; a code that names the target's commune in its year (06445 is xã Hòa
// Sơn until 30/6/2025 and xã Tân Thành from 1/7/2025: codes were reused),
// and a code of a year the registry does not cover, are not (số liệu minh
// họa).
func TestATargetsUnitCodeIsChecked(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    evaluate.Commune
		year int
		vi   string // "" for no warning
		en   string
	}{
		{"a code no unit has", evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn", Code: "99999"}, 2026,
			`targets[0].commune.code: xã "Tân Thành" (Lạng Sơn): mã "99999" không phải mã của đơn vị hành chính cấp xã nào của Lạng Sơn trong danh mục đơn vị hành chính`,
			`targets[0].commune.code: commune "Tân Thành" (Lạng Sơn): code "99999" is no commune-level unit of Lạng Sơn in the registry of administrative units`},
		{"another commune's code", evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn", Code: "06172"}, 2026,
			`targets[0].commune.code: xã "Tân Thành" (Lạng Sơn): mã "06172" là mã của Xã Hoàng Văn Thụ (06172), Lạng Sơn trong năm 2026, không phải của xã Tân Thành`,
			`targets[0].commune.code: commune "Tân Thành" (Lạng Sơn): code "06172" is that of Xã Hoàng Văn Thụ (06172), Lạng Sơn in 2026, not of Tân Thành`},
		{"the code of a former unit", evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn", Code: "06430"}, 2026,
			`targets[0].commune.code: xã "Tân Thành" (Lạng Sơn): mã "06430" không phải mã của đơn vị hành chính nào trong năm 2026; đó là mã của Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn (01/3/2025 – 30/6/2025)`,
			`targets[0].commune.code: commune "Tân Thành" (Lạng Sơn): code "06430" is no unit's in 2026; it was the code of Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn (2025-03-01 – 2025-06-30)`},
		{"the code of the unit named", evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn", Code: "06445"}, 2026, "", ""},
		{"the code written with the kind", evaluate.Commune{Name: "Xã Tân Thành", Province: "Lạng Sơn", Code: " 06445 "}, 2027, "", ""},
		{"a name without diacritics", evaluate.Commune{Name: "Tan Thanh", Province: "Lạng Sơn", Code: "06445"}, 2026, "", ""},
		{"the kind written without diacritics", evaluate.Commune{Name: "xa Tan Thanh", Province: "Lạng Sơn", Code: "06445"}, 2026, "", ""},
		{"the spelling of 1672/NQ-UBTVQH15", evaluate.Commune{Name: "Nông Trường Thái Bình", District: "Đình Lập", Province: "Lạng Sơn", Code: "06616"}, 2025, "", ""},
		{"the code of the thị trấn of the xã's name", evaluate.Commune{Name: "Xã Chi Lăng", District: "Chi Lăng", Province: "Lạng Sơn", Code: "06466"}, 2025,
			`targets[0].commune.code: xã "Xã Chi Lăng" (Chi Lăng, Lạng Sơn): mã "06466" là mã của Thị trấn Chi Lăng (06466), Huyện Chi Lăng, Lạng Sơn trong năm 2025, không phải của Xã Chi Lăng`,
			`targets[0].commune.code: commune "Xã Chi Lăng" (Chi Lăng, Lạng Sơn): code "06466" is that of Thị trấn Chi Lăng (06466), Huyện Chi Lăng, Lạng Sơn in 2025, not of Xã Chi Lăng`},
		{"a code reused in 2025", evaluate.Commune{Name: "Hòa Sơn", District: "Hữu Lũng", Province: "Lạng Sơn", Code: "06445"}, 2025, "", ""},
		{"a year before the registry", evaluate.Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn", Code: "99999"}, 2020, "", ""},
		{"a province without a registry", evaluate.Commune{Name: "Yên Bình", Province: "Thái Nguyên", Code: "99999"}, 2026, "", ""},
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
				if strings.HasPrefix(w.Path, "targets[0].commune.code") {
					vi, en = append(vi, w.Text("vi")), append(en, w.Text("en"))
				}
			}
			if tc.vi == "" {
				if len(vi) > 0 {
					t.Errorf("%s: warned %q", tc.name, vi)
				}
				continue
			}
			if len(vi) != 1 || vi[0] != tc.vi || en[0] != tc.en {
				t.Errorf("%s: warnings\n%q\n%q\nwant\n%q\n%q", tc.name, vi, en, tc.vi, tc.en)
			}
		}
	}
}
