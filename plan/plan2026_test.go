package plan_test

import (
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
)

// plan2026 is a plan of 2026 on 51/2025/QĐ-TTg for xã Tân Thành (06445) of
// Lạng Sơn, with an inspection in the third quarter (số liệu minh họa).
func plan2026() *plan.Plan {
	return &plan.Plan{
		Number: "số liệu minh họa/KH-SNNMT", Issued: plan.NewDate(2026, time.March, 2), Place: "Lạng Sơn",
		Targets: []plan.Target{{Commune: evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn", Code: "06445"}, Set: "51/2025/QĐ-TTg", Year: 2026}},
		Inspection: &plan.Inspection{
			Window: plan.Window{From: plan.NewDate(2026, time.July, 1), To: plan.NewDate(2026, time.September, 30)},
			Route:  []plan.Stop{{Place: "xã Tân Thành"}},
		},
	}
}

// texts returns the warnings in lang whose path begins with prefix.
func texts(ws []plan.Warning, prefix, lang string) []string {
	var out []string
	for _, w := range ws {
		if strings.HasPrefix(w.Path, prefix) {
			out = append(out, w.Text(lang))
		}
	}
	return out
}

// TestARouteStopAtAFormerCommuneIsWarned: an inspection of 2026 cannot visit
// xã Hòa Lạc, abolished on 1/7/2025 (Nghị quyết 1672/NQ-UBTVQH15) and merged
// into xã Tân Thành (06445): the stop is warned of with the unit that
// succeeded it, in both languages, by Validate and in the status. A stop at
// a unit in force, one that is no commune ("Hội trường UBND tỉnh") and the
// route of a 2020 inspection are not warned of.
func TestARouteStopAtAFormerCommuneIsWarned(t *testing.T) {
	p := plan2026()
	p.Inspection.Route = []plan.Stop{{Place: "xã Hòa Lạc"}, {Place: "UBND xã Tân Thành"}, {Place: "Hội trường UBND tỉnh", Activity: "họp"}}
	ws, err := p.Validate(nil)
	if err != nil {
		t.Fatal(err)
	}
	wantVI := `inspection.route[0].place: lộ trình kiểm tra qua xã "Hòa Lạc" (Lạng Sơn): trong năm 2026, xã không còn là đơn vị hành chính của tỉnh (các đơn vị hành chính cấp xã được sắp xếp lại từ ngày 01/7/2025); hãy đánh giá theo đơn vị kế thừa: Xã Tân Thành (06445), Lạng Sơn`
	wantEN := `inspection.route[0].place: the inspection route visits commune "Hòa Lạc" (Lạng Sơn): the commune is no administrative unit of its province in 2026`
	st := plan.Status(p, nil, plan.NewDate(2026, time.July, 15))
	for _, got := range [][]plan.Warning{ws, st.Warnings} {
		vi, en := texts(got, "inspection.route", "vi"), texts(got, "inspection.route", "en")
		if len(vi) != 1 || vi[0] != wantVI {
			t.Errorf("vi = %q\nwant %q", vi, wantVI)
		}
		if len(en) != 1 || !strings.HasPrefix(en[0], wantEN) || !strings.Contains(en[0], "Xã Tân Thành (06445)") {
			t.Errorf("en = %q\nwant %q…", en, wantEN)
		}
	}

	old := plan2026()
	old.Targets[0] = plan.Target{Commune: evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, Set: "1980/QĐ-TTg", Year: 2020}
	old.Inspection = &plan.Inspection{Window: plan.Window{From: plan.NewDate(2020, time.April, 1), To: plan.NewDate(2020, time.June, 30)},
		Route: []plan.Stop{{Place: "xã Hòa Lạc"}}}
	old.Issued = plan.NewDate(2020, time.April, 15)
	ws, err = old.Validate(nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := texts(ws, "inspection.route", "vi"); len(got) > 0 {
		t.Errorf("2020 route warned: %q", got)
	}
}
