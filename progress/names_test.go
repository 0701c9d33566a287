package progress_test

import (
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/evalbridge"
	"github.com/nongthonmoi/ntm/progress"
)

func TestTrackerNamesMergeTheCommunesAndAreasTheyNameAlike(t *testing.T) {
	ascii := func(name string, year int, fail []string) evaluate.Assessment {
		a := assess(t, name, "Huu Lung", year, fail, nil)
		a.Commune.Province = "Lang Son"
		return a
	}
	// Hòa Lạc written without diacritics in 2018, and in 2020 as well as
	// with them: that 2020 counts once, as first added.
	rs := reportsOf(t,
		ascii("Hoa Lac", 2018, []string{"5", "10"}),
		ascii("Hoa Lac", 2020, []string{"5"}),
		assess(t, "Hòa Lạc", "Hữu Lũng", 2019, []string{"10"}, nil),
		assess(t, "Hòa Lạc", "Hữu Lũng", 2020, nil, nil),
		assess(t, "Tân Thành", "Hữu Lũng", 2020, nil, nil),
	)
	canonical := func(c evaluate.Commune) evaluate.Commune {
		for _, p := range [...]*string{&c.Name, &c.District, &c.Province} {
			switch *p {
			case "Hoa Lac":
				*p = "Hòa Lạc"
			case "Huu Lung":
				*p = "Hữu Lũng"
			case "Lang Son":
				*p = "Lạng Sơn"
			}
		}
		return c
	}
	var tr progress.Tracker
	for i := range rs {
		tr.Add(&rs[i])
	}
	evalbridge.SetTrackerNames(&tr, canonical)
	p := tr.Progress()
	var got []string
	for _, c := range p.Communes {
		got = append(got, c.Commune.String())
		for _, y := range c.Years {
			got = append(got, " "+strconv.Itoa(y.Year)+" "+strconv.Itoa(y.CriteriaMet))
		}
	}
	want := []string{"Hòa Lạc, Hữu Lũng, Lạng Sơn", " 2018 17", " 2019 18", " 2020 18", "Tân Thành, Hữu Lũng, Lạng Sơn", " 2020 19"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("communes and their years (-want +got):\n%s", d)
	}
	got = nil
	for _, a := range p.Areas {
		got = append(got, a.Scope.String()+" "+a.Province+" "+a.District)
		for _, y := range a.Years {
			got = append(got, " "+strconv.Itoa(y.Year)+" "+strconv.Itoa(y.Communes)+" "+strconv.Itoa(y.CommunesMet)+" "+y.AverageCriteria.String())
		}
	}
	want = []string{
		"district Lạng Sơn Hữu Lũng", " 2018 1 0 17", " 2019 1 0 18", " 2020 2 1 18.5",
		"province Lạng Sơn ", " 2018 1 0 17", " 2019 1 0 18", " 2020 2 1 18.5",
		"all  ", " 2018 1 0 17", " 2019 1 0 18", " 2020 2 1 18.5",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("areas and their years (-want +got):\n%s", d)
	}
}
