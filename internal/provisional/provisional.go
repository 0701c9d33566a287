// Package provisional words the sentence said of a set whose content
// awaits its official text (51/2025/QĐ-TTg, 933/QĐ-UBND) wherever results
// on it are gathered: the summary of ntm eval, the progress, the HTML
// report.
package provisional

// Sentence says that the content of set awaits its official text and
// that results on it are provisional, resting on each criterion's
// attestation: in Vietnamese, or in English for lang "en".
func Sentence(set, lang string) string {
	if lang == "en" {
		return "The content of " + set + " is pending its official text: results are provisional, resting on per-criterion attestations only."
	}
	return "Nội dung bộ tiêu chí " + set + " đang chờ văn bản chính thức: kết quả là tạm tính, chỉ dựa trên xác nhận từng tiêu chí."
}
