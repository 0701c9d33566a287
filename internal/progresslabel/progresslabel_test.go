package progresslabel

import (
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

func TestLabels(t *testing.T) {
	names := map[string]criteria.Text{"5": {VI: "Trường học", EN: "Schools"}}
	for _, tc := range []struct {
		name, got, want string
	}{
		{"all communes are a total of their provinces", AreaName(evaluate.ScopeAll, "", "", 1, "vi"), "Tổng cộng (1 tỉnh)"},
		{"all communes in English", AreaName(evaluate.ScopeAll, "", "", 2, "en"), "Total (2 provinces)"},
		{"a province is its name", AreaName(evaluate.ScopeProvince, "Lạng Sơn", "", 1, "vi"), "Lạng Sơn"},
		{"a district comes with its province", AreaName(evaluate.ScopeDistrict, "Lạng Sơn", "Hữu Lũng", 1, "vi"), "Hữu Lũng, Lạng Sơn"},
		{"a status code is its label", Status("not-met", "vi"), "Chưa đạt"},
		{"a target without a report is not evaluated", Status("not-evaluated", "en"), "Not evaluated"},
		{"an unknown code stays as it is", Status("later", "vi"), "later"},
		{"a target never assessed", StillShort(0, nil, nil, nil, "vi"), "chưa có số liệu"},
		{"a target short of nothing", StillShort(2020, nil, nil, nil, "vi"), "— (2020)"},
		{"criteria named when their names are known", StillShort(2020, []string{"5", "10"}, []string{"8"}, names, "vi"),
			"chưa đạt 5 Trường học, 10; thiếu số liệu 8 (2020)"},
		{"in English", StillShort(2019, []string{"5"}, nil, names, "en"), "not met 5 Schools (2019)"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}
