package plan_test

import (
	"fmt"
	"slices"

	"github.com/nongthonmoi/ntm/criteria"
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

// TestATargetWithReportsOfOtherYearsOnlySaysSo: a plan of 2027 given the
// communes' assessments of 2026 (số liệu minh họa) has no report for its
// targets; each target whose commune has reports for its set of other years
// is warned of, naming those years and where they were read, rather than
// said to have no figures and nothing more. A target with its report, or
// with no report of its commune at all, is not.
func TestATargetWithReportsOfOtherYearsOnlySaysSo(t *testing.T) {
	set := "51/2025/QĐ-TTg"
	run := func(c evaluate.Commune, year int, origin string) evaluate.Report {
		return evaluate.Run(criteria.QD51of2025(), &evaluate.Assessment{Commune: c, Group: "3", Year: year, Origin: origin,
			Values: map[string]map[string]evaluate.Value{set: {"1": evaluate.Bool(true)}}})
	}
	tanThanh := evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn"}
	yenBinh := evaluate.Commune{Name: "Yên Bình", Province: "Lạng Sơn"}
	chiLang := evaluate.Commune{Name: "Chi Lăng", Province: "Lạng Sơn"}
	reports := []evaluate.Report{
		run(evaluate.Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}, 2026, "so-lieu-2026.json:2"),
		run(yenBinh, 2027, "so-lieu-2027.json:2"),
		run(tanThanh, 2025, "so-lieu-2025.json:2"),
	}
	p := &plan.Plan{Number: "số liệu minh họa", Targets: []plan.Target{
		{Commune: tanThanh, Set: set, Year: 2027}, {Commune: yenBinh, Set: set, Year: 2027}, {Commune: chiLang, Set: set, Year: 2027}}}
	st := plan.Status(p, reports, plan.NewDate(2027, time.May, 1))
	var vi, en []string
	for _, w := range st.Warnings {
		if strings.HasPrefix(w.Path, "targets[") {
			vi, en = append(vi, w.Text("vi")), append(en, w.Text("en"))
		}
	}
	wantVI := []string{`targets[0]: không có số liệu đánh giá năm 2027; số liệu đã đọc của xã Tân Thành theo 51/2025/QĐ-TTg là của năm 2026 (so-lieu-2026.json:2)`}
	wantEN := []string{`targets[0]: no assessment of 2027; those read of Tân Thành for 51/2025/QĐ-TTg are of 2026 (so-lieu-2026.json:2)`}
	if !slices.Equal(vi, wantVI) || !slices.Equal(en, wantEN) {
		t.Errorf("warnings\n%q\n%q\nwant\n%q\n%q", vi, en, wantVI, wantEN)
	}
	if st.Targets[0].Evaluated() || !st.Targets[1].Evaluated() {
		t.Errorf("evaluated: %v %v, want false true", st.Targets[0].Evaluated(), st.Targets[1].Evaluated())
	}
}

// TestTheOtherYearsOfATargetAreInOrder: the years read of a target's
// commune are named in ascending order, whatever order the files were read
// in (số liệu minh họa).
func TestTheOtherYearsOfATargetAreInOrder(t *testing.T) {
	set := "51/2025/QĐ-TTg"
	c := evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn"}
	var reports []evaluate.Report
	for _, year := range []int{2028, 2026, 2028} {
		reports = append(reports, evaluate.Run(criteria.QD51of2025(), &evaluate.Assessment{Commune: c, Group: "3", Year: year,
			Origin: fmt.Sprintf("so-lieu-%d.json:2", year), Values: map[string]map[string]evaluate.Value{set: {"1": evaluate.Bool(true)}}}))
	}
	p := &plan.Plan{Number: "số liệu minh họa", Targets: []plan.Target{{Commune: c, Set: set, Year: 2027}}}
	st := plan.Status(p, reports, plan.NewDate(2027, time.May, 1))
	want := `targets[0]: no assessment of 2027; those read of Tân Thành for 51/2025/QĐ-TTg are of 2026 (so-lieu-2026.json:2), 2028 (so-lieu-2028.json:2)`
	if len(st.Warnings) == 0 || st.Warnings[0].Text("en") != want {
		var got []string
		for _, w := range st.Warnings {
			got = append(got, w.Text("en"))
		}
		t.Errorf("warnings %q\nwant first %q", got, want)
	}
}
