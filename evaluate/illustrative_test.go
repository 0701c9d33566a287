package evaluate

import (
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// TestReportIllustrativeTellsIllustrativeData: a service labels the
// reports of illustrative data (số liệu minh họa) as the command and the
// HTTP API do, from the commune's name or a value's source.
func TestReportIllustrativeTellsIllustrativeData(t *testing.T) {
	set := criteria.QD1980()
	run := func(name, source string) Report {
		v := MustNumber("96")
		v.Source = source
		return Run(set, &Assessment{Commune: Commune{Name: name, Province: "Lạng Sơn"}, Year: 2020,
			Values: map[string]map[string]Value{criteria.IDQD1980: {"4.2": v}}})
	}
	for _, c := range []struct {
		name, source string
		want         bool
	}{
		{"Xã minh họa B", "", true},
		{"Hòa Lạc", "Số liệu minh họa (mẫu báo cáo UBND xã 03/2020)", true},
		{"Hòa Lạc", "so lieu minh hoa", true},
		{"Hòa Lạc", "Báo cáo UBND xã 03/2020", false},
		{"Minh Hòa", "", false}, // a real commune of Hữu Lũng
		{"Minh Hoa", "", false}, // Minh Hòa typed without diacritics
	} {
		r := run(c.name, c.source)
		if got := r.Illustrative(); got != c.want {
			t.Errorf("%q, source %q: Illustrative() = %v, want %v", c.name, c.source, got, c.want)
		}
	}
}
