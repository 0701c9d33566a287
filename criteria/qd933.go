package criteria

import (
	"fmt"
	"sync"
	"time"
)

// IDQD933 is the canonical identifier of Quyết định (Decision) 933/QĐ-UBND
// of Lạng Sơn.
const IDQD933 = "933/QĐ-UBND"

// qd933Criteria is the number of criteria of Quyết định 933/QĐ-UBND.
const qd933Criteria = 14

// QD933 returns the legal identity of Quyết định (Decision) 933/QĐ-UBND of
// UBND tỉnh Lạng Sơn (the People's Committee of Lạng Sơn province,
// 22/5/2018): "Bộ tiêu chí xây dựng xã đạt chuẩn nông thôn mới nâng
// cao giai đoạn 2018-2020 trên địa bàn tỉnh Lạng Sơn", 14 criteria for the
// enhanced NTM level (NTM nâng cao), which only a commune meeting 1980/QĐ-TTg
// can reach (Requires).
//
// # Content pending the official text
//
// The official text of the 14 criteria is not encoded, and this set does
// not invent their names or thresholds: its Content is
// [ContentPendingOfficialText] and it holds 14 criterion slots, "1" … "14",
// each with one pass indicator of the same code. An assessment attests each
// slot as met or not (true/false) from the province's own evaluation, and
// every report on this set warns that its content is provisional.
//
// To use the official content, write it in the set definition JSON format
// (see [ReadDefinitions]) with ID "933/QĐ-UBND" and content "complete", and
// load it into a [Catalog] with [Catalog.Add], or pass it to the command as
// `ntm eval --sets-from 933.json`: it replaces this placeholder without any
// code change.
//
// Each call returns a new deep copy, the caller's own; change it only
// before its first evaluation (see [Set]).
func QD933() *Set { return qd933Once().Clone() }

var qd933Once = sync.OnceValue(func() *Set {
	s := &Set{
		ID: IDQD933,
		Title: Text{VI: "Bộ tiêu chí xây dựng xã đạt chuẩn nông thôn mới nâng cao giai đoạn 2018-2020 trên địa bàn tỉnh Lạng Sơn",
			EN: "Criteria for enhanced new-rural-area communes in Lạng Sơn province, 2018-2020"},
		Level:     LevelEnhanced,
		Scope:     "Lạng Sơn",
		Issuer:    "UBND tỉnh Lạng Sơn",
		Issued:    date(2018, time.May, 22),
		Effective: date(2018, time.May, 22),
		Period:    Period{From: 2018, To: 2020},
		Requires:  IDQD1980,
		Content:   ContentPendingOfficialText,
		Notes: []string{
			"Nội dung 14 tiêu chí chưa được nhập, chờ văn bản chính thức; mỗi tiêu chí được đánh giá theo kết quả xác nhận Đạt/Chưa đạt (the 14 criteria are not entered yet, pending the official text; each is evaluated from an attestation).",
			"Nạp nội dung chính thức bằng định nghĩa JSON: ntm eval --sets-from 933.json (load the official content as a set definition).",
			"Chỉ xã đã đạt chuẩn nông thôn mới theo 1980/QĐ-TTg mới được xét nâng cao (only an NTM-standard commune can be recognised as enhanced).",
			"Ngày hiệu lực lấy theo ngày ký, chưa đối chiếu văn bản (effective date assumed to be the signing date; not verified).",
		},
	}
	for i := 1; i <= qd933Criteria; i++ {
		code := fmt.Sprint(i)
		s.Criteria = append(s.Criteria, Criterion{
			Code: code,
			Name: Text{VI: fmt.Sprintf("Tiêu chí số %d (chờ văn bản chính thức)", i),
				EN: fmt.Sprintf("Criterion %d (pending the official text)", i)},
			Indicators: []Indicator{{
				Code: code,
				Text: Text{VI: fmt.Sprintf("Đạt tiêu chí số %d theo Quyết định 933/QĐ-UBND (xác nhận)", i),
					EN: fmt.Sprintf("Criterion %d of Decision 933/QĐ-UBND met (attested)", i)},
				Kind:     KindPass,
				Op:       OpEq,
				Citation: fmt.Sprintf("933/QĐ-UBND, tiêu chí số %d", i),
				Common:   ptr(Target{Provenance: C1, Source: "14 tiêu chí: nguồn công khai duy nhất (one public source for the count of 14)"}),
			}},
		})
	}
	mustValidate(s)
	return s
})
