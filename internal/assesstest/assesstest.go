// Package assesstest makes the assessments and reports that the tests of
// packages progress, htmlreport and workbook are written on: communes of
// Lạng Sơn against 1980/QĐ-TTg (số liệu minh họa), and the reports of any
// assessments.
package assesstest

import (
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// Assess returns an assessment of a commune of Lạng Sơn against
// 1980/QĐ-TTg meeting every target, except the first indicator of each
// criterion in fail (not met) and in missing (no value).
func Assess(t testing.TB, name, district string, year int, fail, missing []string) evaluate.Assessment {
	t.Helper()
	set := criteria.QD1980()
	values := map[string]evaluate.Value{}
	done := map[string]bool{}
	for c, ind := range set.Indicators() {
		r, err := ind.Resolve(criteria.TDMNPB, year)
		if err != nil {
			t.Fatal(err)
		}
		first := !done[c.Code]
		done[c.Code] = true
		switch {
		case first && slices.Contains(missing, c.Code):
			continue
		case first && slices.Contains(fail, c.Code):
			values[ind.Code] = failing(r)
		default:
			values[ind.Code] = meeting(r)
		}
	}
	return evaluate.Assessment{
		Commune: evaluate.Commune{Name: name, District: district, Province: "Lạng Sơn"},
		Region:  criteria.TDMNPB, Year: year,
		Values: map[string]map[string]evaluate.Value{set.ID: values},
	}
}

// meeting returns a value that meets the resolved target r.
func meeting(r criteria.Resolved) evaluate.Value {
	switch r.Kind {
	case criteria.KindPass:
		return evaluate.Bool(true)
	case criteria.KindNone:
		return evaluate.Number(decimal.Zero)
	}
	return evaluate.Number(r.Value)
}

// failing returns a value that does not meet the resolved target r.
func failing(r criteria.Resolved) evaluate.Value {
	switch {
	case r.Kind == criteria.KindPass:
		return evaluate.Bool(false)
	case r.Kind == criteria.KindNone:
		return evaluate.MustNumber("2")
	case r.Op == criteria.OpLE:
		return evaluate.Number(r.Value.Add(decimal.New(1, 0)))
	}
	return evaluate.Number(r.Value.Sub(decimal.New(1, 0)))
}

// Reports returns the reports of the assessments against every set of cat
// (the built-in sets when nil) they have values for, in order.
func Reports(t testing.TB, cat *criteria.Catalog, as ...evaluate.Assessment) []evaluate.Report {
	t.Helper()
	var out []evaluate.Report
	for i := range as {
		rs, err := evaluate.RunAll(cat, &as[i])
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rs...)
	}
	return out
}
