package evaluate_test

import (
	"fmt"
	"time"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// RunAll evaluates an assessment against every set it has values for
// (under any alias of a set's ID), in the catalog's order; nil means the
// built-in sets.
func ExampleRunAll() {
	a := hoaLac()
	a.Values["933"] = map[string]evaluate.Value{"1": evaluate.Bool(true)}
	rs, err := evaluate.RunAll(nil, a)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rs {
		fmt.Println(r.Set, r.Status, r.CriteriaMet, "/", r.CriteriaTotal, r.Content)
	}
	// Output:
	// 1980/QĐ-TTg not-met 0 / 19 complete
	// 933/QĐ-UBND not-met 1 / 14 pending-official-text
}

// Summarize tallies reports per set and year, over all communes, per
// province and per district: the programme's "tiêu chí bình quân/xã".
func ExampleSummarize() {
	var reports []evaluate.Report
	for _, name := range []string{"Hòa Lạc", "Minh Sơn"} {
		a := hoaLac()
		a.Commune.Name = name
		reports = append(reports, evaluate.Run(criteria.QD1980(), a))
	}
	for _, g := range evaluate.Summarize(reports).Areas {
		fmt.Println(g.Scope, g.Province, g.District, g.Communes, g.CommunesMet, g.AverageCriteria.StringFixed(2))
	}
	// Output:
	// all   2 0 0.00
	// province Lạng Sơn  2 0 0.00
	// district Lạng Sơn Hữu Lũng 2 0 0.00
}

// EstimateSuccessors estimates, for a commune formed on 1/7/2025 by merging
// communes that were assessed (Tân Thành, from Hòa Lạc, Tân Thành and Hòa
// Sơn of Hữu Lũng), a report from its predecessors' figures: an estimate
// (ước tính), never a recognition; a unit some of whose predecessors have
// no report gets a note instead.
func ExampleEstimateSuccessors() {
	var reports []evaluate.Report
	for _, name := range []string{"Hòa Lạc", "Tân Thành", "Hòa Sơn"} {
		a := hoaLac()
		a.Commune.Name, a.Year = name, 2025
		reports = append(reports, evaluate.Run(criteria.QD1980(), a))
	}
	estimates, notes := evaluate.EstimateSuccessors(evaluate.Options{}, reports, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC))
	for _, e := range estimates {
		fmt.Println(e.Commune, e.Basis, e.Status, len(e.Predecessors), "predecessors")
	}
	for _, n := range notes {
		fmt.Println(n.Text("en"))
	}
	// Output:
	// Tân Thành, Lạng Sơn estimate-from-predecessors not-met 3 predecessors
}
