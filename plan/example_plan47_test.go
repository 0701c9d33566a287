package plan_test

import (
	"fmt"
	"os"
	"time"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
)

// plan47JSON is Plan 47 as data, beside the Hữu Lũng example program.
const plan47JSON = "../examples/huulung/plan-47-KH-STNMT.json"

func date(y int, m time.Month, d int) *plan.Date {
	t := plan.NewDate(y, m, d)
	return &t
}

func huuLung(name string) evaluate.Commune {
	return evaluate.Commune{Name: name, District: "Hữu Lũng", Province: "Lạng Sơn"}
}

// plan47 returns Kế hoạch 47/KH-STNMT (Sở Tài nguyên và Môi trường Lạng
// Sơn, 15/4/2020) as a Go value, encoded from its full text
// (shared/reference/plan-47-KH-STNMT-2020.txt). Everything is verbatim from
// the plan except the ISO dates, the window of "quý II năm 2020" written as
// 2020-04-01 … 2020-06-30, and the title of 1980/QĐ-TTg, which the plan
// cites as "Bộ tiêu chí quốc gia" and which is the decision's own title.
func plan47() *plan.Plan {
	const (
		stnmt  = "Sở Tài nguyên và Môi trường"
		ubndLS = "UBND tỉnh Lạng Sơn"
		huyen  = "UBND huyện Hữu Lũng"
	)
	return &plan.Plan{
		Number: "47/KH-STNMT",
		Issued: plan.NewDate(2020, time.April, 15),
		Place:  "Lạng Sơn",
		Issuer: "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn",
		Signer: plan.Signer{Name: "Ngô Việt Hải", Title: "Phó Giám đốc", OnBehalfOf: "Giám đốc"},
		Title:  "Về kiểm tra, đôn đốc và hướng dẫn huyện Hữu Lũng thực hiện nhiệm vụ xây dựng nông thôn mới và xã phấn đấu đạt chuẩn nông thôn mới, xã nông thôn mới nâng cao năm 2020",
		Purposes: []string{
			"Phối hợp với các thành viên của Ban chỉ đạo các Chương trình mục tiêu quốc gia tỉnh và Hội Cựu chiến binh tỉnh kiểm tra, đôn đốc và hướng dẫn huyện Hữu Lũng thực hiện nhiệm vụ xây dựng nông thôn mới, trong đó trọng tâm chỉ đạo, theo dõi, hướng dẫn xã Nhật Tiến, xã Hòa Lạc đạt chuẩn nông thôn mới, xã Tân Thành đạt chuẩn nông thôn mới nâng cao trong năm 2020.",
			"Việc kiểm tra nhằm huy động sự vào cuộc của các thành viên của Ban chỉ đạo các Chương trình mục tiêu quốc gia tỉnh và Hội Cựu chiến binh tỉnh phát huy vai trò theo chức năng nhiệm vụ của ngành, lĩnh vực phụ trách, kịp thời phát hiện khó khăn, vướng mắc, từ đó có giải pháp đôn đốc, chỉ đạo và hướng dẫn huyện Hữu Lũng thực hiện nhiệm vụ xây dựng nông thôn mới, phấn đấu đưa xã Nhật Tiến, xã Hòa Lạc đạt chuẩn nông thôn mới, xã Tân Thành đạt chuẩn nông thôn mới nâng cao trong năm 2020.",
		},
		Requirements: []string{
			"Huyện Hữu Lũng và các xã Nhật Tiến, xã Hòa Lạc phấn đấu đạt chuẩn nông thôn mới và xã Tân Thành phấn đấu đạt chuẩn nông thôn mới nâng cao trong năm 2020 phát huy vai trò chủ động của cấp ủy, chính quyền địa phương trong chỉ đạo các bộ phận chuyên môn, Ủy ban Mặt trận tổ quốc, các đoàn thể chính trị - xã hội và vận động Nhân dân phát huy vai trò là chủ thể tự giác triển khai thực hiện theo hướng dẫn của các cơ quan chuyên môn.",
			"Công tác kiểm tra phải đảm bảo có hiệu quả, thiết thực, tránh hình thức; các thành viên tham gia kiểm tra và UBND huyện Hữu Lũng chỉ đạo UBND các xã: Nhật Tiến, Hòa Lạc, Tân Thành và cơ quan liên quan khi tham dự phải chủ động, có giải pháp thích hợp để góp phần phòng, chống dịch bệnh COVID-19 theo chỉ đạo của Trung ương và UBND tỉnh Lạng Sơn tại thời điểm kiểm tra.",
		},
		Contents: []string{
			"Kiểm tra công tác chỉ đạo, điều hành của Chủ tịch UBND huyện Hữu Lũng trong thực hiện nhiệm vụ xây dựng nông thôn mới năm 2020.",
			"Trách nhiệm tổ chức triển khai của UBND các xã Nhật Tiến, xã Hòa Lạc phấn đấu đạt chuẩn nông thôn mới đối với 19/19 theo Bộ tiêu chí quốc gia được ban hành tại Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ và xã Tân Thành phấn đấu đạt chuẩn nông thôn mới nâng cao năm 2020 đối với 14/14 theo Bộ tiêu chí được ban hành tại Quyết định số 933/QĐ-UBND ngày 22/5/2018 của Ủy ban nhân dân tỉnh.",
		},
		Bases: []plan.Basis{
			{Number: "447/QĐ-UBND", Issued: plan.NewDate(2020, time.March, 12), Issuer: ubndLS,
				Title: "về việc phân công lãnh đạo UBND tỉnh, thành viên Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh phụ trách, chỉ đạo các huyện, thành phố thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2020"},
			{Number: "933/QĐ-UBND", Issued: plan.NewDate(2018, time.May, 22), Issuer: ubndLS,
				Title: "về việc ban hành Bộ tiêu chí xây dựng xã đạt chuẩn nông thôn mới nâng cao giai đoạn 2018 - 2020 trên địa bàn tỉnh Lạng Sơn"},
			{Number: "18/KH-UBND", Issued: plan.NewDate(2020, time.January, 22), Issuer: ubndLS,
				Title: "thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Lạng Sơn năm 2020"},
			{Number: "22/KH-STNMT", Issued: plan.NewDate(2020, time.February, 5), Issuer: "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn",
				Title: "về triển khai thực hiện tiêu chí số 17 môi trường trong xây dựng nông thôn mới trên địa bàn tỉnh Lạng Sơn năm 2020"},
			{Number: "1980/QĐ-TTg", Issued: plan.NewDate(2016, time.October, 17), Issuer: "Thủ tướng Chính phủ",
				Title: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020"},
		},
		Targets: []plan.Target{
			{Commune: huuLung("Nhật Tiến"), Set: "1980/QĐ-TTg", Year: 2020},
			{Commune: huuLung("Hòa Lạc"), Set: "1980/QĐ-TTg", Year: 2020},
			{Commune: huuLung("Tân Thành"), Set: "933/QĐ-UBND", Year: 2020},
		},
		Inspection: &plan.Inspection{
			Window: plan.Window{From: plan.NewDate(2020, time.April, 1), To: plan.NewDate(2020, time.June, 30)},
			Days:   1,
			Date:   nil, // "cụ thể sẽ có thông báo sau"
			Route: []plan.Stop{
				{Place: "xã Hòa Lạc", Activity: "kiểm tra thực địa"},
				{Place: "xã Tân Thành", Activity: "kiểm tra thực địa"},
				{Place: "xã Nhật Tiến", Activity: "kiểm tra thực địa"},
				{Place: huyen, Activity: "họp và kết thúc kiểm tra"},
			},
			Participants: []plan.Participant{
				{Organisation: stnmt, Role: "chủ trì",
					Note: "phối hợp với Hội Cựu chiến binh tỉnh chủ trì mời đại diện các Sở, ngành, đoàn thể là thành viên trong Ban chỉ đạo các Chương trình mục tiêu quốc gia tỉnh phụ trách từng tiêu chí"},
				{Organisation: "Hội Cựu chiến binh tỉnh", Role: "chủ trì", Note: "phối hợp với Sở Tài nguyên và Môi trường"},
				{Organisation: "Các Sở, ngành, đoàn thể là thành viên trong Ban chỉ đạo các Chương trình mục tiêu quốc gia tỉnh phụ trách từng tiêu chí", Role: "đại diện được mời tham gia kiểm tra"},
				{Organisation: "Văn phòng Điều phối nông thôn mới tỉnh", Role: "đại diện được mời đến dự"},
				{Organisation: "Báo Tài nguyên và Môi trường thường trú tại Lạng Sơn", Role: "đại diện được mời đến dự và đưa tin"},
				{Organisation: "Báo Lạng Sơn", Role: "đại diện được mời đến dự và đưa tin"},
				{Organisation: "Đài Phát thanh - Truyền hình tỉnh", Role: "đại diện được mời đến dự và đưa tin"},
				{Organisation: huyen, Role: "đại diện Lãnh đạo"},
				{Organisation: "Ban chỉ đạo các Chương trình mục tiêu quốc gia của huyện Hữu Lũng", Role: "các thành viên"},
				{Organisation: "UBND xã Nhật Tiến", Role: "đại diện Lãnh đạo và cán bộ trực tiếp phụ trách tiêu chí", Note: "cùng tham dự"},
				{Organisation: "UBND xã Hòa Lạc", Role: "đại diện Lãnh đạo và cán bộ trực tiếp phụ trách tiêu chí", Note: "cùng tham dự"},
				{Organisation: "UBND xã Tân Thành", Role: "đại diện Lãnh đạo và cán bộ trực tiếp phụ trách tiêu chí", Note: "cùng tham dự"},
			},
			Form: "Các thành viên trong thành phần nêu trên, chủ động tham gia kiểm tra theo lộ trình di chuyển bắt đầu xuất phát kiểm tra tại xã Hòa Lạc → xã Tân Thành → xã Nhật Tiến → UBND huyện Hữu Lũng họp và kết thúc kiểm tra.",
		},
		Responsibilities: []plan.Responsibility{
			// Kế hoạch 22/KH-STNMT (05/02/2020), a basis of the plan: the
			// department implements criterion 17 province-wide.
			{Agency: stnmt, Criteria: []string{"17"}, Set: "1980/QĐ-TTg"},
		},
		Tasks: []plan.Task{
			{Assignee: "Chi cục Bảo vệ môi trường (Sở Tài nguyên và Môi trường)",
				Action:      "Chủ động tham mưu giúp Sở Tài nguyên và Môi trường sắp xếp thời gian và ban hành thông báo thời gian kiểm tra, đôn đốc UBND huyện Hữu Lũng chuẩn bị báo cáo tình hình thực hiện nhiệm vụ xây dựng nông thôn mới năm 2020.",
				Deliverable: "Thông báo thời gian kiểm tra"},
			{Assignee: "Các thành viên trong Ban chỉ đạo các Chương trình mục tiêu quốc gia tỉnh phụ trách từng tiêu chí",
				Action:      "Chủ động theo chức năng, nhiệm vụ được tỉnh giao phụ trách tiêu chí: Chuẩn bị ý kiến bằng văn bản nêu những kết quả đạt được, tồn tại hạn chế và đề xuất giải pháp đề hướng dẫn UBND huyện Hữu Lũng thực hiện nhiệm vụ xây dựng nông thôn mới năm 2020, trong đó cụ thể đối với từng xã Nhật Tiến, Hòa Lạc phấn đấu đạt chuẩn nông thôn mới năm 2020 và xã Tân Thành phấn đấu đạt chuẩn nông thôn mới nâng cao trong năm 2020.",
				Deliverable: "Ý kiến bằng văn bản nêu những kết quả đạt được, tồn tại hạn chế và đề xuất giải pháp, cụ thể đối với từng xã Nhật Tiến, Hòa Lạc và Tân Thành"},
			{Assignee: "Hội Cựu chiến binh tỉnh và Văn phòng Điều phối nông thôn mới tỉnh",
				Action:      "Chuẩn bị ý kiến phát biểu tại cuộc họp sau khi kiểm tra.",
				Deliverable: "Ý kiến phát biểu tại cuộc họp sau khi kiểm tra"},
			{Assignee: "Báo Tài nguyên và Môi trường thường trú tại Lạng Sơn, Báo Lạng Sơn và Đài Phát thanh - Truyền hình tỉnh",
				Action: "Phân công phóng viên đến dự và đưa tin."},
			{Assignee: huyen,
				Action:      "Chuẩn bị báo cáo bằng văn bản (nội dung: Về công tác chỉ đạo, điều hành, kết quả tiến độ thực hiện, khó khăn, vướng mắc và đề xuất giải pháp thực hiện của từng tiêu chí xây dựng nông thôn mới tại 2 xã: Nhật Tiến, Hòa Lạc phấn đấu đạt chuẩn nông thôn mới năm 2020 và xã Tân Thành phấn đấu đạt chuẩn nông thôn mới nâng cao trong năm 2020) gửi về Sở Tài nguyên và Môi trường trước ngày 30/4/2020 để tổng hợp chuẩn bị kiểm tra.",
				Deliverable: "Báo cáo bằng văn bản gửi Sở Tài nguyên và Môi trường",
				DueBefore:   date(2020, time.April, 30)},
			{Assignee: huyen,
				Action: "Phân công lãnh đạo tham gia kiểm tra, bố trí giúp phòng họp và các điều kiện cần thiết để tổ chức họp sau khi kết thúc kiểm tra."},
			{Assignee: huyen,
				Action:      "Chỉ đạo các phòng chuyên môn là thành viên trong Ban chỉ đạo các Chương trình mục tiêu quốc gia của huyện và UBND các xã Nhật Tiến, Hòa Lạc và Tân Thành tham gia kiểm tra và chuẩn bị ý kiến phát biểu trọng tâm các nội dung liên đến khó khăn, vướng mắc và đề xuất giải pháp trong quá trình thực hiện.",
				Deliverable: "Ý kiến phát biểu của các phòng chuyên môn và UBND các xã"},
		},
		Recipients: []string{
			"UBND tỉnh (để b/c)",
			"Ban chỉ đạo các CTMTQG tỉnh (để b/c)",
			"Văn phòng Điều phối NTM tỉnh",
			"Các Sở, ngành, đoàn thể tỉnh",
			"Báo TN&MT TT tại Lạng Sơn",
			"Lãnh đạo Sở",
			"UBND huyện Hữu Lũng",
			"UBND các xã Hòa Lạc, Nhật Tiến và Tân Thành",
			"Lưu: VT, CCBVMT",
		},
	}
}

// Example_plan47 reads Kế hoạch 47/KH-STNMT from its JSON file and shows
// its targets, route and the deadline of the district's report.
func Example_plan47() {
	f, err := os.Open(plan47JSON)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	p, warnings, err := plan.Read(f, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Number, p.Issued, p.Signer.Name)
	for _, t := range p.Targets {
		fmt.Printf("%s → %s (%d)\n", t.Commune.Name, t.Set, t.Year)
	}
	for _, s := range p.Inspection.Route {
		fmt.Println("→", s.Place)
	}
	for _, t := range p.Tasks {
		if t.DueBefore != nil {
			fmt.Printf("%s: trước ngày %s\n", t.Assignee, t.DueBefore.Vietnamese())
		}
	}
	fmt.Println(len(warnings), "warnings")
	// Output:
	// 47/KH-STNMT 2020-04-15 Ngô Việt Hải
	// Nhật Tiến → 1980/QĐ-TTg (2020)
	// Hòa Lạc → 1980/QĐ-TTg (2020)
	// Tân Thành → 933/QĐ-UBND (2020)
	// → xã Hòa Lạc
	// → xã Tân Thành
	// → xã Nhật Tiến
	// → UBND huyện Hữu Lũng
	// UBND huyện Hữu Lũng: trước ngày 30/4/2020
	// 0 warnings
}
