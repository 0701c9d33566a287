package htmlreport_test

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// assess returns an assessment of a commune of Lạng Sơn against
// 1980/QĐ-TTg meeting every target, except the first indicator of each
// criterion in fail (not met) and in missing (no value).
func assess(t testing.TB, name, district string, year int, fail, missing []string) evaluate.Assessment {
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
		case first && contains(missing, c.Code):
			continue
		case first && contains(fail, c.Code):
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

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func meeting(r criteria.Resolved) evaluate.Value {
	switch r.Kind {
	case criteria.KindPass:
		return evaluate.Bool(true)
	case criteria.KindNone:
		return evaluate.Number(decimal.Zero)
	}
	return evaluate.Number(r.Value)
}

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

func reportsOf(t testing.TB, as ...evaluate.Assessment) []evaluate.Report {
	t.Helper()
	var out []evaluate.Report
	for i := range as {
		rs, err := evaluate.RunAll(nil, &as[i])
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rs...)
	}
	return out
}

// threeYears is a small illustrative district (số liệu minh họa) over
// three years, with a share value so that gaps show natural units.
func threeYears(t testing.TB) []evaluate.Report {
	hoaLac2018 := assess(t, "Hòa Lạc", "Hữu Lũng", 2018, []string{"10", "13"}, nil)
	hoaLac2018.Values[criteria.IDQD1980]["5"] = evaluate.Share(2, 3, "trường")
	return reportsOf(t,
		hoaLac2018,
		assess(t, "Tân Thành", "Hữu Lũng", 2018, []string{"10", "17"}, nil),
		assess(t, "Hòa Lạc", "Hữu Lũng", 2019, []string{"10"}, nil),
		assess(t, "Tân Thành", "Hữu Lũng", 2019, []string{"5"}, []string{"8"}),
		assess(t, "Hòa Lạc", "Hữu Lũng", 2020, nil, nil),
		assess(t, "Tân Thành", "Hữu Lũng", 2020, []string{"5", "17"}, nil),
		assess(t, "Yên Bình", "Chi Lăng", 2020, []string{"2"}, nil),
	)
}

// manyCommunes returns n illustrative communes over 3 years, in 10
// districts, each missing a few criteria.
func manyCommunes(t testing.TB, n int) []evaluate.Report {
	var as []evaluate.Assessment
	codes := []string{"5", "10", "13", "17", "2", "6"}
	for y := 2018; y <= 2020; y++ {
		for i := range n {
			var fail []string
			for k := range (i + y) % 4 {
				fail = append(fail, codes[(i+k)%len(codes)])
			}
			as = append(as, assess(t, fmt.Sprintf("Xã minh họa %03d", i+1), fmt.Sprintf("Huyện %02d", i%10+1), y, fail, nil))
		}
	}
	return reportsOf(t, as...)
}
