// Package progresslabel words the cells of a progress (package progress)
// as its text and Markdown renderers and the HTML report show them, in
// Vietnamese or, for lang "en", in English.
package progresslabel

import (
	"strconv"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/arealabel"
	"github.com/nongthonmoi/ntm/internal/statuslabel"
)

func pick(lang, vi, en string) string {
	if lang == "en" {
		return en
	}
	return vi
}

// AreaName returns the display name of an area of scope: for all communes
// the total of as many provinces as provinces, as ntm eval --summary names
// it ("Tổng cộng (1 tỉnh)", arealabel.Total), the province, or "district,
// province".
func AreaName(scope evaluate.Scope, province, district string, provinces int, lang string) string {
	switch scope {
	case evaluate.ScopeAll:
		return arealabel.Total(provinces, lang)
	case evaluate.ScopeProvince:
		return province
	}
	return district + ", " + province
}

// Status returns the display label of a status code ("met", "not-met",
// "missing", "not-applicable", "not-evaluated"); an unknown code as it is.
func Status(code, lang string) string {
	var s evaluate.Status
	if code == "not-evaluated" {
		return statuslabel.NotEvaluated.In(lang)
	}
	if err := s.UnmarshalText([]byte(code)); err != nil {
		return code
	}
	return pick(lang, s.Label().VI, s.Label().EN)
}

// TargetStatus returns the display label of a plan target's status code,
// as Status does, followed by the provisional mark when provisional
// (statuslabel.Status): "Đạt (tạm tính: chờ văn bản chính thức)".
func TargetStatus(code string, provisional bool, lang string) string {
	return statuslabel.Status(Status(code, lang), provisional, lang)
}

// StillShort says what a plan's target still lacks in year, the year its
// criteria notMet and missing were read from (0 without any report), each
// criterion with its name when names has it: "chưa đạt 5 Trường học, 17
// Môi trường và an toàn thực phẩm; thiếu số liệu 8 Thông tin và Truyền
// thông (2020)", "— (2020)" when nothing, "chưa có số liệu" without any
// report.
func StillShort(year int, notMet, missing []string, names map[string]criteria.Text, lang string) string {
	if year == 0 {
		return pick(lang, "chưa có số liệu", "no assessment")
	}
	var parts []string
	if len(notMet) > 0 {
		parts = append(parts, pick(lang, "chưa đạt ", "not met ")+Criteria(notMet, names, lang))
	}
	if len(missing) > 0 {
		parts = append(parts, pick(lang, "thiếu số liệu ", "missing ")+Criteria(missing, names, lang))
	}
	y := strconv.Itoa(year)
	if len(parts) == 0 {
		return "— (" + y + ")"
	}
	return strings.Join(parts, "; ") + " (" + y + ")"
}

// Criteria is codes, each followed by its criterion's name when names has
// it ("5 Trường học, 17 Môi trường và an toàn thực phẩm"), comma separated.
func Criteria(codes []string, names map[string]criteria.Text, lang string) string {
	parts := make([]string, len(codes))
	for i, code := range codes {
		parts[i] = code
		if name := names[code].In(lang); name != "" {
			parts[i] += " " + name
		}
	}
	return strings.Join(parts, ", ")
}
