package htmlreport_test

import (
	"html"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
)

// TestTheOverviewSaysWhatTheRegistryStatesOfTheMerger: xã Hòa Lạc of Hữu
// Lũng assessed for 2024 and xã Tân Thành, the unit formed from it on
// 1/7/2025, for 2026 (số liệu minh họa), are two communes; the set's
// overview says, in the report's language, that the one went into the
// other and what the new unit was formed from.
func TestTheOverviewSaysWhatTheRegistryStatesOfTheMerger(t *testing.T) {
	set := criteria.QD51of2025()
	mk := func(name, district string, year int) evaluate.Report {
		return evaluate.Run(set, &evaluate.Assessment{Commune: evaluate.Commune{Name: name, District: district, Province: "Lạng Sơn"},
			Group: "2", Year: year, Values: map[string]map[string]evaluate.Value{set.ID: {"1": evaluate.Bool(true)}}})
	}
	reports := []evaluate.Report{mk("Hòa Lạc", "Hữu Lũng", 2024), mk("Tân Thành", "", 2026)}
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"vi", []string{"<h3>Sắp xếp đơn vị hành chính cấp xã: 2</h3>",
			"<li>Tân Thành, Lạng Sơn: Xã Tân Thành (06445), đơn vị mới từ 01/7/2025 (1672/NQ-UBTVQH15, Điều 1, khoản 46), hình thành từ Xã Hòa Lạc (06430), Huyện Hữu Lũng (đánh giá lần cuối năm 2024: 1/10 Thiếu số liệu);",
			"<li>Hòa Lạc, Hữu Lũng, Lạng Sơn: Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn, đến 30/6/2025; từ 01/7/2025 thuộc Xã Tân Thành (06445)"}},
		{"en", []string{"<h3>Reorganisation of commune-level units: 2</h3>",
			"formed from Xã Hòa Lạc (06430), Huyện Hữu Lũng (last assessed 2024: 1/10 Missing);"}},
	} {
		out := html.UnescapeString(render(t, reports, htmlreport.Options{Lang: tc.lang, Illustrative: true, Generated: generated}))
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no %q in\n%s", tc.lang, w, out)
			}
		}
	}
}
