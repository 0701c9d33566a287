package progress_test

import (
	"fmt"
	"os"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/progress"
)

// One illustrative commune (số liệu minh họa) assessed in two years: its
// school criterion (5) is met in 2019 and not in 2020 (the other values
// are missing).
func ExampleOf() {
	var reports []evaluate.Report
	for year, schools := range map[int]evaluate.Value{2019: evaluate.Share(3, 4, "trường"), 2020: evaluate.Share(2, 3, "trường")} {
		a := evaluate.Assessment{
			Commune: evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
			Region:  criteria.TDMNPB, Year: year,
			Values: map[string]map[string]evaluate.Value{criteria.IDQD1980: {"5": schools}},
		}
		rs, _ := evaluate.RunAll(nil, &a)
		reports = append(reports, rs...)
	}
	p := progress.Of(reports)
	progress.WriteText(os.Stdout, p, progress.Options{Lang: "en"})
	// Output:
	// Progress by area — 1980/QĐ-TTg
	//
	// Area                Year  Communes  Meeting the set  Average criteria per commune
	// Hữu Lũng, Lạng Sơn  2019  1         0                1.00
	//                     2020  1         0                0.00
	// Lạng Sơn            2019  1         0                1.00
	//                     2020  1         0                0.00
	// Total (1 province)  2019  1         0                1.00
	//                     2020  1         0                0.00
	//
	// Progress by commune — 1980/QĐ-TTg
	//
	// Commune                      2019          2020          First met  Criteria lost
	// Hòa Lạc, Hữu Lũng, Lạng Sơn  1/19 Missing  0/19 Not met  —          2020: 5 Schools
	//
	// Reorganisation of commune-level units: 1
	//   - Hòa Lạc, Hữu Lũng, Lạng Sơn: Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn, until 2025-06-30; from 2025-07-01 in Xã Tân Thành (06445) (1672/NQ-UBTVQH15, Điều 1, khoản 46); the new unit's figures are a series of their own
}

// A plan's target commune followed to its target year: on 15 January 2021
// the target year 2020 is over and criterion 5 is still not met. The
// figures are illustrative (số liệu minh họa).
func ExampleTargets() {
	commune := evaluate.Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}
	var reports []evaluate.Report
	for _, year := range []int{2019, 2020} {
		a := evaluate.Assessment{Commune: commune, Region: criteria.TDMNPB, Year: year,
			Values: map[string]map[string]evaluate.Value{criteria.IDQD1980: {"5": evaluate.Share(2, 3, "trường")}}}
		rs, _ := evaluate.RunAll(nil, &a)
		reports = append(reports, rs...)
	}
	p := &plan.Plan{Number: "47/KH-STNMT", Targets: []plan.Target{{Commune: commune, Set: "1980", Year: 2020}}}
	path := progress.Targets(p, reports, progress.Of(reports), plan.NewDate(2021, time.January, 15))
	t := path.Targets[0]
	fmt.Println(t.Status, t.DeadlinePassed, len(t.Years), t.ShortYear, t.NotMet)
	// Output: not-met true 2 2020 [5]
}

// A Tracker follows communes one report at a time, keeping only each
// year's statuses, so reports can be streamed through it; a second report
// of the same commune, set and year is ignored, so no commune counts twice.
func ExampleTracker() {
	var t progress.Tracker
	for _, c := range []struct {
		name    string
		year    int
		schools evaluate.Value
	}{
		{"Hòa Lạc", 2019, evaluate.Share(2, 3, "trường")},
		{"Hoà Lạc", 2019, evaluate.Share(3, 3, "trường")}, // the same commune, its tone mark placed otherwise
		{"Hòa Lạc", 2020, evaluate.Share(3, 3, "trường")},
	} {
		a := evaluate.Assessment{
			Commune: evaluate.Commune{Name: c.name, District: "Hữu Lũng", Province: "Lạng Sơn"},
			Region:  criteria.TDMNPB, Year: c.year,
			Values: map[string]map[string]evaluate.Value{criteria.IDQD1980: {"5": c.schools}},
		}
		r := evaluate.Run(criteria.QD1980(), &a)
		fmt.Println(c.name, c.year, "recorded:", t.Add(&r))
	}
	for _, c := range t.Progress().Communes {
		for _, y := range c.Years {
			fmt.Printf("%s %d: %d/%d criteria met\n", c.Commune.Name, y.Year, y.CriteriaMet, y.CriteriaTotal)
		}
	}
	// Output:
	// Hòa Lạc 2019 recorded: true
	// Hoà Lạc 2019 recorded: false
	// Hòa Lạc 2020 recorded: true
	// Hòa Lạc 2019: 0/19 criteria met
	// Hòa Lạc 2020: 1/19 criteria met
}
