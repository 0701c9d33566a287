package criteria

import (
	"sync"
	"time"

	"github.com/shopspring/decimal"
)

// IDQD1980 is the canonical identifier of Quyết định (Decision) 1980/QĐ-TTg.
const IDQD1980 = "1980/QĐ-TTg"

// QD1980 returns the national criteria for NTM communes 2016-2020, Quyết định
// (Decision) 1980/QĐ-TTg of the Thủ tướng Chính phủ (Prime Minister)
// (17/10/2016, in force 01/12/2016):
// 19 criteria in 5 groups, 50 indicator rows (17.1 split into 17.1a and
// 17.1b), every target by region with its provenance.
//
// The targets are encoded from public sources, not from the official annex
// (Phụ lục); every target carries its confidence mark (C2, C1, M), and
// reports say when an M or C1 target decided an outcome. Criterion 2's details are specified by
// each province (see [Profile]); criterion 10's values are "đến năm 2020"
// (TargetYear 2020): earlier years resolve to them with YearFallback set.
//
// Each call returns a new deep copy, the caller's own; change it only
// before its first evaluation (see [Set]).
func QD1980() *Set { return qd1980Once().Clone() }

var qd1980Once = sync.OnceValue(func() *Set {
	s := &Set{
		ID: IDQD1980,
		Title: Text{VI: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020",
			EN: "National criteria for new-rural-area communes, 2016-2020"},
		Level:      LevelNTM,
		Scope:      ScopeNational,
		Issuer:     "Thủ tướng Chính phủ",
		Issued:     date(2016, time.October, 17),
		Effective:  date(2016, time.December, 1),
		Period:     Period{From: 2016, To: 2020},
		Supersedes: []string{"491/QĐ-TTg", "342/QĐ-TTg"},
		Content:    ContentComplete,
		Notes: []string{
			"Xã đạt chuẩn nông thôn mới khi đạt 19/19 tiêu chí (a commune is NTM-standard when it meets all 19 criteria; recognition: 2540/QĐ-TTg).",
			"Tiêu chí 2, 6, 7: UBND tỉnh quy định cụ thể (provinces specify details of criteria 2, 6 and 7).",
			"Bảng phụ lục chính thức chưa được đối chiếu; mỗi giá trị ghi mức tin cậy C2/C1/M (the official annex was not consulted; every value carries its confidence).",
		},
		CriterionGroups: []Group{
			{Code: "I", Name: Text{VI: "Quy hoạch", EN: "Planning"}},
			{Code: "II", Name: Text{VI: "Hạ tầng kinh tế - xã hội", EN: "Socio-economic infrastructure"}},
			{Code: "III", Name: Text{VI: "Kinh tế và tổ chức sản xuất", EN: "Economy and production organisation"}},
			{Code: "IV", Name: Text{VI: "Văn hóa - xã hội - môi trường", EN: "Culture, society and environment"}},
			{Code: "V", Name: Text{VI: "Hệ thống chính trị", EN: "Political system"}},
		},
		Criteria: qd1980Criteria(),
	}
	mustValidate(s)
	return s
})

// ScopeNational is the Scope of a set that applies to the whole country.
const ScopeNational = "national"

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// tgt builds a target from a decimal literal; it panics on a malformed
// literal, which is a programmer error in this package's tables.
func tgt(value string, p Provenance, source ...string) Target {
	t := Target{Value: decimal.RequireFromString(value), Provenance: p}
	if len(source) > 0 {
		t.Source = source[0]
	}
	return t
}

func ptr[T any](v T) *T { return &v }

func mustValidate(s *Set) {
	if err := Validate(s); err != nil {
		panic("criteria: built-in set " + s.ID + " is invalid: " + err.Error())
	}
}
