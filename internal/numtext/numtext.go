// Package numtext writes the numbers of ntm's outputs for people as the
// readers of their language write them.
//
// Vietnamese writes a decimal comma: 96,5%; 36,8 triệu đồng; còn 3,34 điểm.
// English keeps the decimal point. No thousands separator is written in
// either language (12345 hộ): the table readers take a number with one
// '.' or one ',' as a decimal and refuse thousands separators, so that a
// number copied from a report into a table reads back as the same number
// (a dot-grouped 12.345 would read as twelve point three).
//
// Only numbers go through [Decimal]: indicator codes (4.2, 17.1a), dates
// and the numbers of machine formats (JSON, CSV, workbook number cells,
// query parameters) keep their form whatever the language.
package numtext

import "strings"

// Decimal returns s, a number as ntm writes it for programs ("96.5",
// "-3.34", "70", "1.5e+30"), as a reader of lang writes it: unchanged for
// "en", with a decimal comma for any other lang (Vietnamese): "96,5",
// "-3,34", "70", "1,5e+30".
func Decimal(s, lang string) string {
	if lang == "en" {
		return s
	}
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return s[:i] + "," + s[i+1:]
	}
	return s
}

// WithUnit returns n, a number as written for people, in unit u as the
// set's data gives it: "96,5%" (a percentage's sign follows the number),
// "36,8 triệu đồng/người/năm", "2 nhà" (another unit after a space), n
// alone without a unit. A target and a value are written so in every
// output for people.
func WithUnit(n, u string) string {
	switch u {
	case "":
		return n
	case "%":
		return n + "%"
	}
	return n + " " + u
}
