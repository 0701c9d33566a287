package htmlreport_test

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
)

// TestFrom2026TheGridIsOfTheProvince: from 2026 there are no districts
// (1672/NQ-UBTVQH15): the communes of a province (số liệu minh họa), one
// written with its former district, are one grid headed by the province,
// and a commune written twice, with and without the district, is one row.
func TestFrom2026TheGridIsOfTheProvince(t *testing.T) {
	set := criteria.QD51of2025()
	mk := func(name, district string) evaluate.Report {
		return evaluate.Run(set, &evaluate.Assessment{Commune: evaluate.Commune{Name: name, District: district, Province: "Lạng Sơn"},
			Group: "2", Year: 2026, Values: map[string]map[string]evaluate.Value{set.ID: {"1": evaluate.Bool(true)}}})
	}
	out := render(t, []evaluate.Report{mk("Tân Thành", "Hữu Lũng"), mk("Thiện Thuật", ""), mk("Tân Thành", "")},
		htmlreport.Options{Illustrative: true, Generated: generated})
	if strings.Contains(out, "Kết quả theo tiêu chí, Hữu Lũng") || !strings.Contains(out, "Kết quả theo tiêu chí, Lạng Sơn, năm 2026") {
		t.Errorf("the grid is not the province's alone:\n%s", out)
	}
	if n := strings.Count(out, "Tân Thành — 1 "); n != 1 {
		t.Errorf("Tân Thành has %d grid cells for criterion 1, want 1", n)
	}
}
