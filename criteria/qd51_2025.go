package criteria

import (
	"sync"
	"time"
)

// IDQD51of2025 is the canonical identifier of Quyết định (Decision)
// 51/2025/QĐ-TTg.
const IDQD51of2025 = "51/2025/QĐ-TTg"

// QD51of2025 returns the national criteria for NTM communes 2026-2030,
// Phụ lục (Annex) I of Quyết định 51/2025/QĐ-TTg of the Thủ tướng Chính phủ
// (Prime Minister) (29/12/2025, in force 15/02/2026): 10 criteria, 47 indicators, every
// criterion split by three commune groups (nhóm xã) instead of regions, so
// the set's Columns is [ColumnsGroup] with groups "1", "2" and "3". It is the
// only national commune set of 2026-2030: there is no national nâng cao
// (enhanced) or kiểu mẫu (model) set for the period.
//
// # Content pending the official text
//
// The annex's indicator table is not encoded: the set holds the
// 10 criteria with their names, each one pass slot of the same code attested
// met or not (one common target: the attestation does not depend on the
// group), as [QD933] does; its Content is [ContentPendingOfficialText] and
// every report on it warns. The official table, with targets keyed "common"
// and "1", "2", "3", loads as a set definition with ID "51/2025/QĐ-TTg"
// without any code change.
//
// Each call returns a new deep copy, the caller's own; change it only
// before its first evaluation (see [Set]).
func QD51of2025() *Set { return qd51of2025Once().Clone() }

var qd51of2025Once = sync.OnceValue(func() *Set {
	s := &Set{
		ID: IDQD51of2025,
		Title: Text{VI: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030",
			EN: "National criteria for new-rural-area communes, 2026-2030"},
		Level:     LevelNTM,
		Scope:     ScopeNational,
		Issuer:    "Thủ tướng Chính phủ",
		Issued:    date(2025, time.December, 29),
		Effective: date(2026, time.February, 15),
		Period:    Period{From: 2026, To: 2030},
		Content:   ContentPendingOfficialText,
		Notes: append(pendingNotes(IDQD51of2025, "51/2025/QĐ-TTg, Phụ lục I", "47 chỉ tiêu (C2)"),
			"Quyết định 51/2025/QĐ-TTg ngày 29/12/2025 \"Ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030\" (C2); Thủ tướng Chính phủ, Phó Thủ tướng Trần Hồng Hà ký (C2); hiệu lực 15/02/2026 (C1).",
			"Căn cứ: Luật Tổ chức Chính phủ 63/2025/QH15; Nghị quyết 257/2025/QH15 (Chương trình mục tiêu quốc gia hợp nhất về nông thôn mới, giảm nghèo bền vững, vùng đồng bào dân tộc thiểu số và miền núi 2026-2035) (C1).",
			"Phụ lục I: 10 tiêu chí, 47 chỉ tiêu, mỗi tiêu chí chia theo 3 nhóm xã (C2). Tên tiêu chí: C2; số thứ tự: C1.",
			"Phụ lục II: khung thí điểm \"xã nông thôn mới hiện đại\"; Phụ lục III: tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới (chỉ biết tên, C2; chưa được nhập).",
			"Giai đoạn 2026-2030 chỉ có một bộ tiêu chí xã cấp quốc gia; không có bộ nâng cao hay kiểu mẫu quốc gia (C2).",
			"Định nghĩa 3 nhóm xã: C2; Nghị định 272/2025/NĐ-CP và danh sách theo Quyết định 60/QĐ-BDTTG cho 2026-2030: C1.",
			"Nhóm xã: ai xác định Nhóm 1, và xã thuộc cả Nhóm 1 và Nhóm 3 xếp nhóm nào: chưa rõ. Các xã khu vực II, III của Lạng Sơn: chưa rõ (cả 65 xã, phường thuộc vùng đồng bào dân tộc thiểu số, C1).",
		),
		Columns: ColumnsGroup,
		CommuneGroups: []Group{
			{Code: "1", Name: Text{
				VI: "Nhóm 1: xã giáp ranh đô thị hiện hữu và định hướng phát triển thành đô thị, hoặc xã có tỷ trọng nông nghiệp dưới 10% trong cơ cấu kinh tế, hoặc xã được xác định là khu đô thị mới",
				EN: "Group 1: adjoining an existing urban area and oriented to become urban, or agriculture under 10% of the economy, or designated a new urban area"}},
			{Code: "2", Name: Text{
				VI: "Nhóm 2: các xã còn lại",
				EN: "Group 2: all other communes"}},
			{Code: "3", Name: Text{
				VI: "Nhóm 3: xã khu vực II, III thuộc vùng đồng bào dân tộc thiểu số và miền núi theo phân định của cấp có thẩm quyền (2026-2030: Nghị định 272/2025/NĐ-CP, danh sách theo Quyết định 60/QĐ-BDTTG, C1)",
				EN: "Group 3: communes of khu vực II and III of the ethnic-minority and mountain area, as classified by the competent authority"}},
		},
	}
	for i, c := range []struct{ vi, en string }{
		{"Quy hoạch", "Planning"},
		{"Hạ tầng kinh tế - xã hội", "Socio-economic infrastructure"},
		{"Phát triển kinh tế nông thôn", "Rural economic development"},
		{"Đào tạo nguồn nhân lực nông thôn", "Rural human-resource training"},
		{"Văn hóa, giáo dục, y tế", "Culture, education and health"},
		{"Giảm nghèo và an sinh xã hội", "Poverty reduction and social security"},
		{"Khoa học công nghệ và chuyển đổi số", "Science, technology and digital transformation"},
		{"Môi trường và cảnh quan nông thôn", "Rural environment and landscape"},
		{"Xây dựng hệ thống chính trị và hành chính công", "Political system and public administration"},
		{"Tiếp cận pháp luật và an ninh, quốc phòng", "Access to law, security and defence"},
	} {
		s.Criteria = append(s.Criteria, slot(s.ID, "51/2025/QĐ-TTg, Phụ lục I", i+1, "", Text{VI: c.vi, EN: c.en},
			C1, "tên tiêu chí: hai nguồn (C2); số thứ tự: một nguồn (C1)"))
	}
	mustValidate(s)
	return s
})
