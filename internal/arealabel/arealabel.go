// Package arealabel names the area of all communes where results are
// tallied by area (the summary of ntm eval, the progress, the HTML report),
// in Vietnamese or, for lang "en", in English: a total that says how many
// provinces it spans, so that a total equal to its one province's row
// reads as such.
package arealabel

import "strconv"

// Provinces says how many provinces: "2 tỉnh" ("2 provinces").
func Provinces(n int, lang string) string {
	if lang == "en" {
		if n == 1 {
			return "1 province"
		}
		return strconv.Itoa(n) + " provinces"
	}
	return strconv.Itoa(n) + " tỉnh"
}

// Total is the name of the area of all communes of n provinces:
// "Tổng cộng (1 tỉnh)" ("Total (1 province)").
func Total(n int, lang string) string {
	if lang == "en" {
		return "Total (" + Provinces(n, lang) + ")"
	}
	return "Tổng cộng (" + Provinces(n, lang) + ")"
}
