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

// TestAReportOnIllustrativeTargetsIsIllustrative: a set definition loaded
// with illustrative targets (số liệu minh họa) makes its verdicts
// illustrative, whatever the commune and the values' sources: its title or
// the source of a target that applied says so. The built-in sets say
// neither.
func TestAReportOnIllustrativeTargetsIsIllustrative(t *testing.T) {
	cat := fixtureCatalog(t) // its title says "số liệu minh họa"
	set, err := cat.Lookup(criteria.IDQD51of2025)
	if err != nil {
		t.Fatal(err)
	}
	a := &Assessment{Commune: Commune{Name: "Tân Thành", Province: "Lạng Sơn"}, Group: "3", Year: 2026,
		Values: map[string]map[string]Value{set.ID: {"1.1": Bool(true)}}}
	if r := (Options{Catalog: cat}).Run(set, a); !r.Illustrative() {
		t.Error("a report on the fixture, whose title says số liệu minh họa: Illustrative() = false")
	}
	// The title said nothing; one target's source says it.
	quiet := set.Clone()
	quiet.Title = criteria.Text{VI: "Bộ tiêu chí đã nạp", EN: "A set loaded"}
	r := (Options{Catalog: cat}).Run(quiet, a)
	if r.Illustrative() {
		t.Error("no title nor source says it: Illustrative() = true")
	}
	said := quiet.Clone() // a set is not changed once evaluated
	said.Criteria[0].Indicators[0].Common.Source = "so lieu minh hoa (giả định)"
	if r := (Options{Catalog: cat}).Run(said, a); !r.Illustrative() {
		t.Error("the source of the target of 1.1 says số liệu minh họa: Illustrative() = false")
	}
	b := criteria.Builtin()
	for _, s := range b.Sets() {
		if r := Run(s, &Assessment{Commune: Commune{Name: "Tân Thành", Province: "Lạng Sơn"}, Group: "3", Year: s.Period.From}); r.Illustrative() {
			t.Errorf("built-in %s: Illustrative() = true", s.ID)
		}
	}
}
