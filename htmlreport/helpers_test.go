package htmlreport_test

import (
	"fmt"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/assesstest"
)

// assess is the assessment these tests are written on.
var assess = assesstest.Assess

// reportsOf returns the reports of as against the built-in sets.
func reportsOf(t testing.TB, as ...evaluate.Assessment) []evaluate.Report {
	return assesstest.Reports(t, nil, as...)
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
