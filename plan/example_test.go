package plan_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
)

// ExampleStatus follows Plan 47 on 30/4/2020, the "trước ngày" date of the
// district's report, with one illustrative assessment (số liệu minh họa) of
// Nhật Tiến whose criterion 17 falls short on indicator 17.6.
func ExampleStatus() {
	set := criteria.QD1980()
	values := map[string]evaluate.Value{}
	for _, c := range set.Criteria {
		for _, ind := range c.Indicators {
			values[ind.Code] = evaluate.Bool(true)
			if ind.Kind == criteria.KindNone {
				values[ind.Code] = evaluate.MustNumber("0")
			}
			if ind.Kind == criteria.KindPercent || ind.Kind == criteria.KindAmount {
				values[ind.Code] = evaluate.MustNumber("100")
				if ind.Op == criteria.OpLE {
					values[ind.Code] = evaluate.MustNumber("0")
				}
			}
		}
	}
	values["17.6"] = evaluate.Share(950, 1400, "hộ") // số liệu minh họa
	a := evaluate.Assessment{
		Commune: evaluate.Commune{Name: "Nhật Tiến", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Region:  criteria.TDMNPB, Year: 2020,
		Values: map[string]map[string]evaluate.Value{set.ID: values},
	}
	report := evaluate.Run(set, &a)

	st := plan.Status(plan47(), []evaluate.Report{report}, plan.NewDate(2020, time.April, 30))
	for _, t := range st.Targets {
		fmt.Println(t.Target.Commune.Name, t.StatusCode(), t.NotMet)
	}
	for _, t := range st.Tasks {
		if t.Task.DueBefore != nil {
			fmt.Println(t.Task.Assignee, t.State)
		}
	}
	fmt.Println("inspection", st.Inspection.State)
	b := st.Briefs[0]
	fmt.Println(b.Agency, b.Communes[0].Commune.Name, b.Communes[0].StatusCode(), b.Communes[0].NotMet)
	// Output:
	// Nhật Tiến not-met [17]
	// Hòa Lạc not-evaluated []
	// Tân Thành not-evaluated []
	// UBND huyện Hữu Lũng overdue
	// inspection open
	// Sở Tài nguyên và Môi trường Nhật Tiến not-met [17.6]
}

// ExampleMerge gives the departments of a table of defaults the criteria
// Plan 47 does not assign.
func ExampleMerge() {
	defaults := []plan.Responsibility{
		{Agency: "Sở Xây dựng", Criteria: []string{"1", "9"}, Set: "1980/QĐ-TTg"},
		{Agency: "Sở Giao thông vận tải", Criteria: []string{"2"}, Set: "1980/QĐ-TTg"},
		{Agency: "Sở Nông nghiệp và Phát triển nông thôn", Criteria: []string{"3", "13", "17.1a", "17.1b", "17.7"}, Set: "1980/QĐ-TTg"},
		{Agency: "Sở Tài nguyên và Môi trường", Criteria: []string{"17.2", "17.3", "17.4", "17.5"}, Set: "1980/QĐ-TTg"},
	}
	for _, r := range plan.Merge(plan47(), defaults) {
		fmt.Println(r.Agency, r.Criteria)
	}
	// Output:
	// Sở Tài nguyên và Môi trường [17]
	// Sở Xây dựng [1 9]
	// Sở Giao thông vận tải [2]
	// Sở Nông nghiệp và Phát triển nông thôn [3 13]
}

// ExampleWriteText prints the brief of Plan 47's only responsibility on
// 5/5/2020 for a plan with no assessments yet.
func ExampleWriteText() {
	p := plan47()
	p.Tasks = p.Tasks[4:5]
	st := plan.Status(p, nil, plan.NewDate(2020, time.May, 5))
	st.Title = ""
	if err := plan.WriteText(os.Stdout, &st, "en"); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Plan (Kế hoạch) 47/KH-STNMT — Status as of 2020-05-05
	//
	// Targets: met 0/3
	//   Commune Nhật Tiến, Hữu Lũng, Lạng Sơn — 1980/QĐ-TTg, year 2020: Not evaluated.
	//   Commune Hòa Lạc, Hữu Lũng, Lạng Sơn — 1980/QĐ-TTg, year 2020: Not evaluated.
	//   Commune Tân Thành, Hữu Lũng, Lạng Sơn — 933/QĐ-UBND (pending the official text), year 2020: Not
	//     evaluated.
	//
	// Tasks:
	//   [Overdue] UBND huyện Hữu Lũng — Chuẩn bị báo cáo bằng văn bản (nội dung: Về công tác chỉ đạo, điều
	//             hành, kết quả tiến độ thực hiện, khó khăn, vướng mắc và đề xuất giải pháp thực hiện của
	//             từng tiêu chí xây dựng nông thôn mới tại 2 xã: Nhật Tiến, Hòa Lạc phấn đấu đạt chuẩn
	//             nông thôn mới năm 2020 và xã Tân Thành phấn đấu đạt chuẩn nông thôn mới nâng cao trong
	//             năm 2020) gửi về Sở Tài nguyên và Môi trường trước ngày 30/4/2020 để tổng hợp chuẩn bị
	//             kiểm tra. (before 2020-04-30)
	//
	// Inspection: Open (window 2020-04-01 – 2020-06-30, 1 day(s), date: not yet announced)
	//
	// WRITTEN OPINIONS OF THE AGENCIES IN CHARGE OF CRITERIA
	//
	// == Sở Tài nguyên và Môi trường — in charge of 17 ==
	//   Commune Nhật Tiến — criterion 17 (1980/QĐ-TTg): Not evaluated
	//     - 17 Environment and food safety
	//   Commune Hòa Lạc — criterion 17 (1980/QĐ-TTg): Not evaluated
	//     - 17 Environment and food safety
	//   Commune Tân Thành — criterion 17 (1980/QĐ-TTg): Not evaluated
	//     - 17 Environment and food safety
	//
	// Warnings:
	//   - set 933/QĐ-UBND: its content is pending the official text; the results of Tân Thành rest on
	//     per-criterion attestations only
}

// ExampleRead_minimal reads a plan with nothing but its number and one
// target: its status has the target and no inspection state.
func ExampleRead_minimal() {
	p, _, err := plan.Read(strings.NewReader(`{
	  "number": "12/KH-UBND",
	  "targets": [{"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"},
	               "set": "1980", "year": 2020}]
	}`), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	st := plan.Status(p, nil, plan.NewDate(2020, time.May, 5))
	fmt.Println(st.Plan, st.Targets[0].Target.Set, st.Targets[0].StatusCode(), "inspection:", st.Inspection)
	if err := plan.WriteText(os.Stdout, &st, "vi"); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 12/KH-UBND 1980/QĐ-TTg not-evaluated inspection: <nil>
	// Kế hoạch 12/KH-UBND — Tình hình đến ngày 05/5/2020
	//
	// Mục tiêu: đạt 0/1
	//   Xã Nhật Tiến, Hữu Lũng, Lạng Sơn — 1980/QĐ-TTg, năm 2020: Chưa có số liệu đánh giá.
	//
	// Nhiệm vụ: kế hoạch không nêu
	//
	// Kiểm tra: kế hoạch không nêu
}
