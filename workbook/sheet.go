package workbook

import (
	"regexp"
	"strings"

	"github.com/nongthonmoi/ntm/internal/vntext"
)

// headerNames holds the diacritic-free fold of the header names of the
// specification's table ("Header names") that tell a data sheet: the
// commune and the indicator columns. The table decoder reads the others.
var headerNames = func() map[string]string {
	m := map[string]string{}
	for col, names := range map[string][]string{
		"commune":   {"commune", "Xã", "Tên xã", "Xã/Phường/Thị trấn"},
		"indicator": {"indicator", "Chỉ tiêu", "Mã chỉ tiêu"},
	} {
		for _, n := range names {
			m[vntext.Fold(n)] = col
		}
	}
	return m
}()

// indicatorHeader matches a wide-layout column: an indicator code,
// optionally followed by "." and/or a label, optionally ending with the
// share unit in square brackets ("5 Trường học [trường]").
var indicatorHeader = regexp.MustCompile(`^[0-9]{1,2}(?:\.[0-9]{1,2})?[a-z]?(?:\.|\s|\[|$)`)

// isDataHeader reports whether a sheet's first non-empty row is a header
// of the long layout (a commune and an indicator column) or of the wide
// one (a commune column and indicator-code columns).
func isDataHeader(cells []string) bool {
	commune, indicator, codes := false, false, false
	for _, c := range cells {
		c = strings.TrimSpace(c)
		switch headerNames[vntext.Fold(c)] {
		case "commune":
			commune = true
		case "indicator":
			indicator = true
		default:
			codes = codes || indicatorHeader.MatchString(c)
		}
	}
	return commune && (indicator || codes)
}
