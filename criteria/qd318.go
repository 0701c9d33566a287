package criteria

import (
	"fmt"
	"sync"
	"time"
)

// Canonical identifiers of the two sets of Quyết định (Decision)
// 318/QĐ-TTg: Phụ lục (Annex) I (xã nông thôn mới, NTM communes) and Phụ lục
// II (xã nông thôn mới nâng cao, enhanced NTM communes).
const (
	IDQD318NTM      = "318/QĐ-TTg/I"
	IDQD318Enhanced = "318/QĐ-TTg/II"
)

// Facts of 318/QĐ-TTg and their marks, from the project's reference
// (2021-2030-sets.md, "318/QĐ-TTg (08/3/2022): national sets for 2021-2025").
var qd318Notes = []string{
	"Quyết định 318/QĐ-TTg ngày 08/3/2022 \"Ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025\" (C2); Thủ tướng Chính phủ, Phó Thủ tướng Thường trực Phạm Bình Minh ký (C2); hiệu lực 08/3/2022 (C1).",
	"Sửa đổi bởi 211/QĐ-TTg (01/3/2024) (C1); nội dung sửa đổi đối với bộ tiêu chí xã chưa rõ (amended by 211/QĐ-TTg; what it changed in the commune sets is unknown).",
	"Công nhận: 18/2022/QĐ-TTg: đạt đủ bộ tiêu chí; không nợ đọng xây dựng cơ bản của Chương trình; mức độ hài lòng của người dân theo quy định; xã không phức tạp về an ninh, trật tự (C2).",
	// The rule's sources: the decision's Điều 1 (hethongphapluat.com) and
	// thuvienphapluat.vn's summary of 10/3/2022; only Điều 1 names nâng cao.
	"Xã đặc biệt khó khăn và xã an toàn khu của huyện nghèo hoặc mới thoát nghèo (2018-2020) áp dụng mức đạt của vùng TDMNPB (C2), với cả mức nông thôn mới nâng cao (C1: Điều 1) (such communes use the TDMNPB targets, for nâng cao too).",
}

// pendingNotes are the notes of a set whose indicator tables are not
// encoded: each criterion is one slot attested met or not.
func pendingNotes(id, annex string, indicators string) []string {
	return []string{
		fmt.Sprintf("Bảng chỉ tiêu của %s (%s) chưa được nhập từ văn bản chính thức; mỗi tiêu chí được đánh giá theo kết quả xác nhận Đạt/Chưa đạt (the indicator table is not entered yet; each criterion is evaluated from an attestation).", annex, indicators),
		fmt.Sprintf("Nạp bảng chỉ tiêu chính thức bằng định nghĩa JSON có id \"%s\": ntm eval --sets-from bo-tieu-chi.json (load the official table as a set definition with this ID; no code change).", id),
	}
}

// QD318NTM returns the national criteria for NTM communes 2021-2025,
// Phụ lục (Annex) I of Quyết định 318/QĐ-TTg of the Thủ tướng Chính phủ
// (Prime Minister) (08/3/2022):
// 19 criteria in 5 groups, targets by region as in 1980/QĐ-TTg.
//
// # Content pending the official text
//
// The annex's 57 indicators are not encoded: the set holds the 19
// criteria with their names and groups, each one pass slot of the same code
// attested met or not, as [QD933] does; its Content is
// [ContentPendingOfficialText] and every report on it warns. The official
// table loads as a set definition with ID "318/QĐ-TTg/I" (see
// [ReadDefinitions]) without any code change.
//
// Each call returns a new deep copy, the caller's own; change it only
// before its first evaluation (see [Set]).
func QD318NTM() *Set { return qd318NTMOnce().Clone() }

// QD318Enhanced returns the national criteria for enhanced NTM communes (NTM
// nâng cao) 2021-2025, Phụ lục (Annex) II of Quyết định (Decision)
// 318/QĐ-TTg: 19 criteria, which only a commune meeting Phụ lục I in full
// can reach (Requires 318/QĐ-TTg/I). A commune recognised nâng cao
// (enhanced) under a 2018-2020 set (such as 933/QĐ-UBND) must meet this set
// in full to be recognised kiểu mẫu (model, 319/QĐ-TTg); that recognition
// does not satisfy it.
//
// Its content is pending the official text, as for [QD318NTM].
//
// Each call returns a new deep copy, the caller's own; change it only
// before its first evaluation (see [Set]).
func QD318Enhanced() *Set { return qd318EnhancedOnce().Clone() }

var qd318NTMOnce = sync.OnceValue(func() *Set {
	s := &Set{
		ID: IDQD318NTM,
		Title: Text{VI: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025",
			EN: "National criteria for new-rural-area communes, 2021-2025"},
		Level:     LevelNTM,
		Scope:     ScopeNational,
		Issuer:    "Thủ tướng Chính phủ",
		Issued:    date(2022, time.March, 8),
		Effective: date(2022, time.March, 8),
		Period:    Period{From: 2021, To: 2025},
		Content:   ContentPendingOfficialText,
		Notes: append(append(pendingNotes(IDQD318NTM, "318/QĐ-TTg, Phụ lục I", "57 chỉ tiêu (C1)"),
			"Xã đạt chuẩn nông thôn mới khi đạt 19/19 tiêu chí; 19 tiêu chí trong 5 nhóm, mức đạt theo mức chung và 7 vùng như 1980/QĐ-TTg (cấu trúc C2).",
			"Tên tiêu chí: C1; số thứ tự và nhóm: C2."),
			qd318Notes...),
		CriterionGroups: []Group{
			{Code: "I", Name: Text{VI: "Quy hoạch", EN: "Planning"}},
			{Code: "II", Name: Text{VI: "Hạ tầng kinh tế - xã hội", EN: "Socio-economic infrastructure"}},
			{Code: "III", Name: Text{VI: "Kinh tế và tổ chức sản xuất", EN: "Economy and production organisation"}},
			{Code: "IV", Name: Text{VI: "Văn hóa - Xã hội - Môi trường", EN: "Culture, society and environment"}},
			{Code: "V", Name: Text{VI: "Hệ thống chính trị", EN: "Political system"}},
		},
	}
	// Phụ lục I: names C1, numbers and groups C2.
	for _, c := range []struct{ group, vi, en string }{
		{"I", "Quy hoạch", "Planning"},
		{"II", "Giao thông", "Transport"},
		{"II", "Thủy lợi và phòng, chống thiên tai", "Irrigation and disaster prevention"},
		{"II", "Điện", "Electricity"},
		{"II", "Trường học", "Schools"},
		{"II", "Cơ sở vật chất văn hóa", "Cultural facilities"},
		{"II", "Cơ sở hạ tầng thương mại nông thôn", "Rural commerce infrastructure"},
		{"II", "Thông tin và Truyền thông", "Information and communications"},
		{"II", "Nhà ở dân cư", "Housing"},
		{"III", "Thu nhập", "Income"},
		{"III", "Nghèo đa chiều", "Multidimensional poverty"},
		{"III", "Lao động", "Labour"},
		{"III", "Tổ chức sản xuất và phát triển kinh tế nông thôn", "Production organisation and rural economic development"},
		{"IV", "Giáo dục và Đào tạo", "Education and training"},
		{"IV", "Y tế", "Health"},
		{"IV", "Văn hóa", "Culture"},
		{"IV", "Môi trường và an toàn thực phẩm", "Environment and food safety"},
		{"V", "Hệ thống chính trị và tiếp cận pháp luật", "Political system and access to law"},
		{"V", "Quốc phòng và An ninh", "Defence and security"},
	} {
		s.Criteria = append(s.Criteria, slot(s.ID, "318/QĐ-TTg, Phụ lục I", len(s.Criteria)+1, c.group, Text{VI: c.vi, EN: c.en},
			C1, "tên tiêu chí: một nguồn (C1); số thứ tự và nhóm: hai nguồn (C2)"))
	}
	mustValidate(s)
	return s
})

var qd318EnhancedOnce = sync.OnceValue(func() *Set {
	s := &Set{
		ID: IDQD318Enhanced,
		Title: Text{VI: "Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025",
			EN: "National criteria for enhanced new-rural-area communes, 2021-2025"},
		Level:     LevelEnhanced,
		Scope:     ScopeNational,
		Issuer:    "Thủ tướng Chính phủ",
		Issued:    date(2022, time.March, 8),
		Effective: date(2022, time.March, 8),
		Period:    Period{From: 2021, To: 2025},
		Requires:  IDQD318NTM,
		Content:   ContentPendingOfficialText,
		Notes: append(append(pendingNotes(IDQD318Enhanced, "318/QĐ-TTg, Phụ lục II", "75 chỉ tiêu (C1)"),
			"19 tiêu chí (C2). Chỉ xã đã đạt chuẩn nông thôn mới (đạt đủ Phụ lục I) mới được xét nâng cao (C1) (only a commune meeting Phụ lục I in full can be recognised enhanced).",
			"Xã đã được công nhận nâng cao theo bộ tiêu chí 2018-2020 phải đạt đủ bộ tiêu chí nâng cao 2021-2025 này để được xét kiểu mẫu (319/QĐ-TTg) (C2) (a commune recognised nâng cao under 2018-2020 must meet this set in full).",
			"Tên tiêu chí: C1 (tiêu chí 13, 17, 18: C2); nhóm của từng tiêu chí chưa rõ."),
			qd318Notes...),
	}
	// Phụ lục II: names C1, those of criteria 13, 17 and 18 C2. The groups
	// of Phụ lục II's criteria are not in the reference.
	for i, c := range []struct{ vi, en string }{
		{"Quy hoạch", "Planning"},
		{"Giao thông", "Transport"},
		{"Thủy lợi và phòng, chống thiên tai", "Irrigation and disaster prevention"},
		{"Điện", "Electricity"},
		{"Giáo dục", "Education"},
		{"Văn hóa", "Culture"},
		{"Cơ sở hạ tầng thương mại nông thôn", "Rural commerce infrastructure"},
		{"Thông tin và Truyền thông", "Information and communications"},
		{"Nhà ở dân cư", "Housing"},
		{"Thu nhập", "Income"},
		{"Nghèo đa chiều", "Multidimensional poverty"},
		{"Lao động", "Labour"},
		{"Tổ chức sản xuất và phát triển kinh tế nông thôn", "Production organisation and rural economic development"},
		{"Y tế", "Health"},
		{"Hành chính công", "Public administration"},
		{"Tiếp cận pháp luật", "Access to law"},
		{"Môi trường", "Environment"},
		{"Chất lượng môi trường sống", "Quality of the living environment"},
		{"Quốc phòng và An ninh", "Defence and security"},
	} {
		prov, src := C1, "tên tiêu chí: một nguồn (C1)"
		if n := i + 1; n == 13 || n == 17 || n == 18 {
			prov, src = C2, "tên tiêu chí: hai nguồn (C2)"
		}
		s.Criteria = append(s.Criteria, slot(s.ID, "318/QĐ-TTg, Phụ lục II", i+1, "", Text{VI: c.vi, EN: c.en}, prov, src))
	}
	mustValidate(s)
	return s
})

// slot is criterion number n of a set whose indicator table is not encoded:
// its name, its group, and one pass indicator of the same code attested met
// or not, with the mark of what is known of the criterion.
func slot(id, annex string, n int, group string, name Text, prov Provenance, source string) Criterion {
	code := fmt.Sprint(n)
	return Criterion{
		Code:  code,
		Name:  name,
		Group: group,
		Indicators: []Indicator{{
			Code: code,
			Text: Text{VI: fmt.Sprintf("Đạt tiêu chí số %d (%s) theo %s (xác nhận; chỉ tiêu chưa được nhập)", n, name.VI, id),
				EN: fmt.Sprintf("Criterion %d (%s) of %s met (attested; indicators not entered yet)", n, name.EN, id)},
			Kind:     KindPass,
			Op:       OpEq,
			Citation: fmt.Sprintf("%s, tiêu chí số %d", annex, n),
			Common:   ptr(Target{Provenance: prov, Source: source}),
		}},
	}
}
