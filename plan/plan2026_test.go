package plan_test

import (
	"strings"
	"testing"
	"time"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
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
// succeeded it, in both languages, by Validate and in the status: named
// as the successor, not as the unit to assess (a target is told that). A stop at
// a unit in force, one that is no commune ("Hội trường UBND tỉnh") and the
// route of a 2020 inspection are not warned of.
func TestARouteStopAtAFormerCommuneIsWarned(t *testing.T) {
	p := plan2026()
	p.Inspection.Route = []plan.Stop{{Place: "xã Hòa Lạc"}, {Place: "UBND xã Tân Thành"}, {Place: "Hội trường UBND tỉnh", Activity: "họp"}}
	ws, err := p.Validate(nil)
	if err != nil {
		t.Fatal(err)
	}
	wantVI := `inspection.route[0].place: lộ trình kiểm tra qua "xã Hòa Lạc" (Lạng Sơn): trong năm 2026, xã không còn là đơn vị hành chính của tỉnh (các đơn vị hành chính cấp xã được sắp xếp lại từ ngày 01/7/2025); đơn vị kế thừa là Xã Tân Thành (06445), Lạng Sơn`
	wantEN := `inspection.route[0].place: the inspection route visits "xã Hòa Lạc" (Lạng Sơn): the commune is no administrative unit of its province in 2026 (the communes were reorganised on 1/7/2025); the unit that succeeded it is Xã Tân Thành (06445), Lạng Sơn`
	st := plan.Status(p, nil, plan.NewDate(2026, time.July, 15))
	for _, got := range [][]plan.Warning{ws, st.Warnings} {
		vi, en := texts(got, "inspection.route", "vi"), texts(got, "inspection.route", "en")
		if len(vi) != 1 || vi[0] != wantVI {
			t.Errorf("vi = %q\nwant %q", vi, wantVI)
		}
		if len(en) != 1 || en[0] != wantEN {
			t.Errorf("en = %q\nwant %q", en, wantEN)
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

// TestARouteStopAtAFormerTownIsWarned: thị trấn Hữu Lũng (06385) became
// xã Hữu Lũng (06385) on 1/7/2025; a stop of a 2026 route at "UBND thị
// trấn Hữu Lũng" is at a kind of unit that is no more, and is warned of
// with the unit that succeeded it, though a xã of the same name exists; a
// stop at "xã Hữu Lũng" is not.
func TestARouteStopAtAFormerTownIsWarned(t *testing.T) {
	p := plan2026()
	p.Inspection.Route = []plan.Stop{{Place: "UBND thị trấn Hữu Lũng"}, {Place: "xã Hữu Lũng"}, {Place: "xã Tân Thành"}}
	ws, err := p.Validate(nil)
	if err != nil {
		t.Fatal(err)
	}
	got := texts(ws, "inspection.route", "vi")
	want := `inspection.route[0].place: lộ trình kiểm tra qua "thị trấn Hữu Lũng" (Lạng Sơn): trong năm 2026, xã không còn là đơn vị hành chính của tỉnh (các đơn vị hành chính cấp xã được sắp xếp lại từ ngày 01/7/2025); đơn vị kế thừa là Xã Hữu Lũng (06385), Lạng Sơn`
	if len(got) != 1 || got[0] != want {
		t.Errorf("warnings on the route = %q\nwant %q", got, want)
	}
}

// TestTaskDatesOutsideThePlansYearsAreWarned: a plan issued in 2026 for
// targets of 2026 whose task is due in 2025, or was done in 2024, names a
// date of no year of the plan (a slip for 2026): each is warned of at its
// path, in both languages. A deadline of the issue year or of a target's
// year is not, nor one of a plan without targets or date.
func TestTaskDatesOutsideThePlansYearsAreWarned(t *testing.T) {
	d := func(y int, m time.Month, day int) *plan.Date { x := plan.NewDate(y, m, day); return &x }
	p := plan2026()
	p.Tasks = []plan.Task{
		{Assignee: "UBND xã Tân Thành", DueBefore: d(2025, time.June, 15)},
		{Assignee: "UBND xã Tân Thành", DueBefore: d(2026, time.June, 15), Done: d(2024, time.May, 1)},
		{Assignee: "UBND xã Tân Thành", DueBefore: d(2026, time.June, 15), Done: d(2026, time.June, 1)},
	}
	ws, err := p.Validate(nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"tasks[0].due_before: thời hạn 15/6/2025 không thuộc năm của kế hoạch (2026)",
		"tasks[1].done: ngày hoàn thành 01/5/2024 không thuộc năm của kế hoạch (2026)",
	}
	if got := texts(ws, "tasks", "vi"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("vi = %q\nwant %q", got, want)
	}
	wantEN := []string{
		"tasks[0].due_before: due 2025-06-15, in no year of the plan (2026)",
		"tasks[1].done: done 2024-05-01, in no year of the plan (2026)",
	}
	if got := texts(ws, "tasks", "en"); strings.Join(got, "\n") != strings.Join(wantEN, "\n") {
		t.Errorf("en = %q\nwant %q", got, wantEN)
	}
	st := plan.Status(p, nil, plan.NewDate(2026, time.July, 1))
	if got := texts(st.Warnings, "tasks", "vi"); len(got) != 2 {
		t.Errorf("status warnings = %q", got)
	}

	bare := &plan.Plan{Number: "số liệu minh họa", Tasks: []plan.Task{{Assignee: "UBND xã Tân Thành", DueBefore: d(2025, time.June, 15)}}}
	if ws, err := bare.Validate(nil); err != nil || len(ws) > 0 {
		t.Errorf("plan without years: %q, %v", ws, err)
	}
}

// TestATargetOutOfItsSetsPeriodIsWarned: 1980/QĐ-TTg is the set of
// 2016-2020 and 51/2025/QĐ-TTg that of 2026-2030; a target of 2026 on the
// former, or of 2020 on the latter, is warned of, and so is a target of
// 2020 in a plan issued in 2026 (a plan mixing a 1980/QĐ-TTg target for
// 2020 and a 51/2025/QĐ-TTg target for 2026): a target of a year before
// the plan was issued.
func TestATargetOutOfItsSetsPeriodIsWarned(t *testing.T) {
	nt := evaluate.Commune{Name: "Nhật Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"}
	for _, tc := range []struct {
		target plan.Target
		want   []string
	}{
		{plan.Target{Commune: nt, Set: "1980/QĐ-TTg", Year: 2020}, []string{
			"targets[1].year: mục tiêu năm 2020, trước năm ban hành kế hoạch (02/3/2026)"}},
		{plan.Target{Commune: evaluate.Commune{Name: "Yên Bình", Province: "Lạng Sơn"}, Set: "1980/QĐ-TTg", Year: 2026}, []string{
			"targets[1].year: năm 2026 nằm ngoài giai đoạn 2016-2020 của bộ tiêu chí 1980/QĐ-TTg"}},
		{plan.Target{Commune: nt, Set: "51/2025/QĐ-TTg", Year: 2020}, []string{
			"targets[1].year: năm 2020 nằm ngoài giai đoạn 2026-2030 của bộ tiêu chí 51/2025/QĐ-TTg",
			"targets[1].year: mục tiêu năm 2020, trước năm ban hành kế hoạch (02/3/2026)"}},
		{plan.Target{Commune: evaluate.Commune{Name: "Yên Bình", Province: "Lạng Sơn"}, Set: "51/2025/QĐ-TTg", Year: 2027}, nil},
	} {
		p := plan2026()
		p.Inspection.Route = nil
		p.Targets = append(p.Targets, tc.target)
		ws, err := p.Validate(nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := texts(ws, "targets[1].year", "vi"); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%v: %q\nwant %q", tc.target, got, tc.want)
		}
	}
	p := plan2026()
	p.Targets[0] = plan.Target{Commune: nt, Set: "51/2025/QĐ-TTg", Year: 2020}
	ws, _ := p.Validate(nil)
	if got := texts(ws, "targets[0].year", "en"); len(got) == 0 || got[0] != "targets[0].year: 2020 is outside the period 2026-2030 of 51/2025/QĐ-TTg" {
		t.Errorf("en = %q", got)
	}
}

// TestACodeOfDifferentCriteriaAcrossSetsIsWarned: criterion 8 is "Thông tin
// và Truyền thông" in 1980/QĐ-TTg and "Môi trường và cảnh quan nông thôn" in
// 51/2025/QĐ-TTg; an agency put in charge of "8" without a set, in a plan
// with targets of both, would answer for two unrelated criteria: warned of,
// naming both in the order of the targets, and asking for the set. With the set, or when the code is the
// same criterion in every target set, nothing is said.
func TestACodeOfDifferentCriteriaAcrossSetsIsWarned(t *testing.T) {
	p := plan2026()
	p.Inspection.Route = nil
	p.Issued = plan.Date{}
	p.Targets = append(p.Targets, plan.Target{Commune: evaluate.Commune{Name: "Nhật Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"}, Set: "1980/QĐ-TTg", Year: 2020})
	p.Responsibilities = []plan.Responsibility{
		{Agency: "Sở Nông nghiệp và Môi trường", Criteria: []string{"8", "17"}},
		{Agency: "Sở Văn hóa, Thể thao và Du lịch", Criteria: []string{"8"}, Set: "1980/QĐ-TTg"},
	}
	ws, err := p.Validate(nil)
	if err != nil {
		t.Fatal(err)
	}
	want := `responsibilities[0].criteria[0]: mã "8" là những tiêu chí khác nhau trong các bộ tiêu chí của mục tiêu (51/2025/QĐ-TTg: 8 Môi trường và cảnh quan nông thôn; 1980/QĐ-TTg: 8 Thông tin và Truyền thông); ghi "set" để nêu rõ bộ tiêu chí`
	if got := texts(ws, "responsibilities", "vi"); len(got) != 1 || got[0] != want {
		t.Errorf("vi = %q\nwant %q", got, want)
	}
	wantEN := `responsibilities[0].criteria[0]: code "8" is different criteria in the target sets (51/2025/QĐ-TTg: 8 Rural environment and landscape; 1980/QĐ-TTg: 8 Information and communications)`
	if got := texts(ws, "responsibilities", "en"); len(got) != 1 || !strings.HasPrefix(got[0], wantEN) {
		t.Errorf("en = %q\nwant %q…", got, wantEN)
	}
}

// TestACodeNotInTheSetQuotesItsInput: 51/2025/QĐ-TTg has ten criteria; a
// responsibility naming "11" of it is refused at the code's JSON path with
// the code as the problem's Input (what the HTTP API's problem JSON and the
// command quote), once, in both languages.
func TestACodeNotInTheSetQuotesItsInput(t *testing.T) {
	p := plan2026()
	p.Responsibilities = []plan.Responsibility{{Agency: "Công an tỉnh", Criteria: []string{"10", "11", "10"}, Set: "51/2025/QĐ-TTg"}}
	_, err := p.Validate(nil)
	var got []string
	for _, e := range problem.All(err) {
		got = append(got, e.Path+"|"+e.Input+"|"+e.Message(problem.VI)+"|"+e.Message(problem.EN))
	}
	want := []string{
		`responsibilities[0].criteria[1]|11|responsibilities[0].criteria[1]: không phải tiêu chí hoặc chỉ tiêu của 51/2025/QĐ-TTg (giá trị "11")|responsibilities[0].criteria[1]: not a criterion or indicator of 51/2025/QĐ-TTg (got "11")`,
		`responsibilities[0].criteria[2]|10|responsibilities[0].criteria[2]: mã ghi hai lần (giá trị "10")|responsibilities[0].criteria[2]: code named twice (got "10")`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
