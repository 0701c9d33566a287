package criteria

import (
	"sync"
	"time"
)

// IDQD319 is the canonical identifier of Quyết định (Decision) 319/QĐ-TTg
// (xã nông thôn mới kiểu mẫu, model NTM communes, 2021-2025).
const IDQD319 = "319/QĐ-TTg"

// QD319 returns the conditions for model NTM communes (xã nông thôn mới kiểu
// mẫu) 2021-2025 of Quyết định (Decision) 319/QĐ-TTg (08/3/2022). The
// decision has no indicator table but four conditions, encoded as four
// criteria attested met or not: (1) the commune meets the 2021-2025 nâng
// cao (enhanced) set (318/QĐ-TTg, Phụ lục (Annex) II) — a commune
// recognised nâng cao under a 2018-2020 set must meet the 2021-2025 set in
// full; (2) income per person at least 10% above the nâng cao income level
// in force at the time of review; (3) at least one "thôn thông minh" (smart
// village) model, as the province specifies; (4) the province's
// kiểu mẫu criteria met in at least one outstanding field. Kiểu mẫu requires
// nâng cao, which requires NTM (Requires 318/QĐ-TTg/II). All C2 in the
// project's reference.
//
// The wording of the conditions is the reference's, not the decision's
// verbatim text, and the date in force is not in the reference: the set has
// no effective date and is taken as in force from its issue date.
//
// Each call returns a new deep copy, the caller's own; change it only
// before its first evaluation (see [Set]).
func QD319() *Set { return qd319Once().Clone() }

var qd319Once = sync.OnceValue(func() *Set {
	const annex = "319/QĐ-TTg"
	src := "điều kiện: hai nguồn (C2); diễn đạt theo tài liệu tham khảo, chưa đối chiếu nguyên văn"
	s := &Set{
		ID: IDQD319,
		Title: Text{VI: "Xã nông thôn mới kiểu mẫu giai đoạn 2021 - 2025",
			EN: "Model new-rural-area communes, 2021-2025"},
		Level:    LevelModel,
		Scope:    ScopeNational,
		Issuer:   "Thủ tướng Chính phủ",
		Issued:   date(2022, time.March, 8),
		Period:   Period{From: 2021, To: 2025},
		Requires: IDQD318Enhanced,
		Content:  ContentPendingOfficialText,
		Notes: []string{
			"Quyết định 319/QĐ-TTg ngày 08/3/2022 quy định xã nông thôn mới kiểu mẫu giai đoạn 2021-2025: không phải bảng chỉ tiêu mà 4 điều kiện, mỗi điều kiện là một tiêu chí được xác nhận Đạt/Chưa đạt (C2).",
			"Tiêu đề và lời văn các điều kiện diễn đạt theo tài liệu tham khảo, chưa đối chiếu nguyên văn; ngày hiệu lực chưa rõ (coi như từ ngày ký).",
			"Kiểu mẫu đòi hỏi nâng cao, nâng cao đòi hỏi nông thôn mới (C2) (kiểu mẫu requires nâng cao requires NTM).",
			"Xã đã được công nhận nâng cao theo bộ tiêu chí 2018-2020 phải đạt đủ bộ tiêu chí nâng cao 2021-2025 (318/QĐ-TTg/II) (C2).",
			"Nạp lời văn chính thức bằng định nghĩa JSON có id \"319/QĐ-TTg\": ntm eval --sets-from 319.json (no code change).",
		},
		Criteria: []Criterion{
			cond(annex, 1, Text{VI: "Đạt chuẩn xã nông thôn mới nâng cao giai đoạn 2021 - 2025",
				EN: "Meets the 2021-2025 enhanced NTM set"}, src,
				"Xã đã được công nhận nâng cao theo bộ tiêu chí 2018-2020 phải đạt đủ bộ tiêu chí nâng cao 2021-2025 (C2)."),
			cond(annex, 2, Text{VI: "Thu nhập bình quân đầu người cao hơn ít nhất 10% so với mức thu nhập của xã nông thôn mới nâng cao tại thời điểm xét",
				EN: "Income per person at least 10% above the enhanced-NTM income level in force at the time of review"}, src,
				"Mức thu nhập nâng cao chưa được nhập (318/QĐ-TTg, Phụ lục II, tiêu chí 10): điều kiện được xác nhận Đạt/Chưa đạt."),
			cond(annex, 3, Text{VI: "Có ít nhất một mô hình thôn thông minh theo quy định của tỉnh",
				EN: "At least one smart-village (thôn thông minh) model, as the province specifies"}, src, ""),
			cond(annex, 4, Text{VI: "Đạt tiêu chí xã nông thôn mới kiểu mẫu của tỉnh trong ít nhất một lĩnh vực nổi trội (sản xuất, giáo dục, văn hóa, du lịch, cảnh quan môi trường, an ninh trật tự, chuyển đổi số…)",
				EN: "Meets the province's model criteria in at least one outstanding field (production, education, culture, tourism, landscape and environment, security and order, digital transformation…)"}, src, ""),
		},
	}
	mustValidate(s)
	return s
})

// cond is condition n of 319/QĐ-TTg as a criterion with one pass slot.
func cond(annex string, n int, name Text, source, note string) Criterion {
	c := slot(IDQD319, annex, n, "", name, C2, source)
	c.Indicators[0].Text = Text{VI: "Đạt điều kiện: " + name.VI + " (xác nhận)", EN: "Condition met: " + name.EN + " (attested)"}
	c.Indicators[0].Citation = annex + ", điều kiện " + c.Code
	c.Note = note
	return c
}
