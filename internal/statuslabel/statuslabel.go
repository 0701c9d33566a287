// Package statuslabel words a plan target's status where the plan status
// (package plan), the progress of a plan's targets (package progress) and
// the HTML report show it, in Vietnamese or, for lang "en", in English: a
// target without an assessment, and a verdict that rests on a set awaiting
// its official text; and the sentence said of such a set wherever results
// on it are gathered (the summary of ntm eval, the progress, the HTML
// report).
package statuslabel

import (
	"strconv"

	"github.com/nongthonmoi/ntm/criteria"
)

// NotEvaluated is the status of a target for which no assessment of its
// commune, set and year was read.
var NotEvaluated = criteria.Text{VI: "Chưa có số liệu đánh giá", EN: "Not evaluated"}

// Provisional qualifies a verdict on a set whose content awaits its
// official text ([criteria.ContentPendingOfficialText]), as `ntm eval`
// qualifies the report's result: "tạm tính: chờ văn bản chính thức"
// ("provisional: pending the official text").
var Provisional = criteria.Text{
	VI: "tạm tính: " + criteria.ContentPendingOfficialText.Name().VI,
	EN: "provisional: " + criteria.ContentPendingOfficialText.Name().EN,
}

// Status is label, followed by the provisional mark in parentheses when
// provisional: "Đạt (tạm tính: chờ văn bản chính thức)".
func Status(label string, provisional bool, lang string) string {
	return StatusAnd(label, provisional, "", lang)
}

// StatusAnd is Status with detail ("đạt 13/14 tiêu chí"; none when "")
// in the same parentheses, after the provisional mark: "Chưa đạt (tạm
// tính: chờ văn bản chính thức; đạt 13/14 tiêu chí)", "Chưa đạt (đạt
// 17/19 tiêu chí)".
func StatusAnd(label string, provisional bool, detail, lang string) string {
	var in string
	switch {
	case provisional && detail != "":
		in = Provisional.In(lang) + "; " + detail
	case provisional:
		in = Provisional.In(lang)
	default:
		in = detail
	}
	if in == "" {
		return label
	}
	return label + " (" + in + ")"
}

// OfWhichProvisional follows a count of targets met, saying how many of
// them are provisional: ", trong đó 1 tạm tính" (", of which 1
// provisional"); "" when none is.
func OfWhichProvisional(provisional int, lang string) string {
	switch {
	case provisional == 0:
		return ""
	case lang == "en":
		return ", of which " + strconv.Itoa(provisional) + " provisional"
	}
	return ", trong đó " + strconv.Itoa(provisional) + " tạm tính"
}

// PendingSentence says that the content of set awaits its official text
// and that results on it are provisional, resting on each criterion's
// attestation, or, when entered, on an indicator table loaded that is not
// the official text: in Vietnamese, or in English for lang "en".
func PendingSentence(set, lang string, entered bool) string {
	if entered {
		if lang == "en" {
			return "The content of " + set + " is pending its official text: results are provisional, judged from an indicator table loaded that is not the official text."
		}
		return "Nội dung bộ tiêu chí " + set + " đang chờ văn bản chính thức: kết quả là tạm tính, theo bảng chỉ tiêu đã nạp, không phải văn bản chính thức."
	}
	if lang == "en" {
		return "The content of " + set + " is pending its official text: results are provisional, resting on per-criterion attestations only."
	}
	return "Nội dung bộ tiêu chí " + set + " đang chờ văn bản chính thức: kết quả là tạm tính, chỉ dựa trên xác nhận từng tiêu chí."
}
