package htmlreport_test

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/htmlreport"
)

// The area of all communes of several provinces is a total that says how
// many provinces it spans, as ntm eval --summary and the progress name it,
// in the overview and in the progress over the years.
func TestTheTotalAreaSaysHowManyProvincesItSpans(t *testing.T) {
	caoBang := assess(t, "Xã A", "Hòa An", 2019, nil, nil)
	caoBang.Commune.Province = "Cao Bằng"
	later := assess(t, "Xã A", "Hòa An", 2020, nil, nil)
	later.Commune.Province = "Cao Bằng"
	rs := append(threeYears(t), reportsOf(t, caoBang, later)...)
	for _, tc := range []struct{ lang, want string }{
		{"vi", "<tr><td>Tổng cộng (2 tỉnh)</td>"},
		{"en", "<tr><td>Total (2 provinces)</td>"},
	} {
		doc := render(t, rs, htmlreport.Options{Lang: tc.lang})
		if n := strings.Count(doc, tc.want); n != 2 || strings.Contains(doc, "Toàn bộ") || strings.Contains(doc, "All communes") {
			t.Errorf("%s: %d rows %q (want the overview's and the progress's), and no Toàn bộ nor All communes", tc.lang, n, tc.want)
		}
	}
}
