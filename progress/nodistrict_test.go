package progress_test

import (
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/progress"
)

// TestFrom2026ACommuneIsFollowedByItsNameAndProvince: from 2026 there are
// no districts (1672/NQ-UBTVQH15): Tân Thành written with its former
// district in 2026 and without it in 2027 (số liệu minh họa) is one
// commune, shown as first written, counted in its province and in no
// district; the Tân Thành of Hữu Lũng assessed in 2025, a unit of the
// district, is followed apart and still makes its district.
func TestFrom2026ACommuneIsFollowedByItsNameAndProvince(t *testing.T) {
	set := criteria.QD51of2025()
	mk := func(district string, year int) evaluate.Report {
		return evaluate.Run(set, &evaluate.Assessment{Commune: evaluate.Commune{Name: "Tân Thành", District: district, Province: "Lạng Sơn"},
			Group: "2", Year: year, Values: map[string]map[string]evaluate.Value{set.ID: {"1": evaluate.Bool(true)}}})
	}
	p := progress.Of([]evaluate.Report{mk("Hữu Lũng", 2026), mk("", 2027), mk("Hữu Lũng", 2025)})
	var communes, areas []string
	for _, c := range p.Communes {
		s := c.Commune.String()
		for _, y := range c.Years {
			s += " " + strconv.Itoa(y.Year)
		}
		communes = append(communes, s)
	}
	for _, a := range p.Areas {
		s := a.Scope.String() + " " + a.District
		for _, y := range a.Years {
			s += " " + strconv.Itoa(y.Year) + ":" + strconv.Itoa(y.Communes)
		}
		areas = append(areas, s)
	}
	wantCommunes := []string{"Tân Thành, Hữu Lũng, Lạng Sơn 2026 2027", "Tân Thành, Hữu Lũng, Lạng Sơn 2025"}
	wantAreas := []string{"district Hữu Lũng 2025:1", "province  2025:1 2026:1 2027:1", "all  2025:1 2026:1 2027:1"}
	if diff := cmp.Diff(wantCommunes, communes); diff != "" {
		t.Errorf("communes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantAreas, areas); diff != "" {
		t.Errorf("areas (-want +got):\n%s", diff)
	}
}
