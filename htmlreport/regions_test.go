package htmlreport_test

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/htmlreport"
)

// otherRegions returns the reports (số liệu minh họa) of a commune of
// Nghệ An (Bắc Trung Bộ) and, when both, one of Đồng Tháp (Đồng bằng
// sông Cửu Long), against 1980/QĐ-TTg for 2020.
func otherRegions(t *testing.T, nghean, dongthap bool) []evaluate.Report {
	var as []evaluate.Assessment
	if nghean {
		a := assess(t, "Nghĩa Đồng", "Tân Kỳ", 2020, []string{"2"}, nil)
		a.Commune.Province, a.Region = "Nghệ An", criteria.BTB
		as = append(as, a)
	}
	if dongthap {
		a := assess(t, "Mỹ Hiệp", "Cao Lãnh", 2020, []string{"5"}, nil)
		a.Commune.Province, a.Region = "Đồng Tháp", criteria.DBSCL
		as = append(as, a)
	}
	return reportsOf(t, as...)
}

// provenanceLines are the notes on the targets that decided results.
var provenanceLines = regexp.MustCompile(`<li>[^<]*(độ tin cậy|Targets of provenance|targets of provenance)[^<]*</li>`)

// TestProvenanceNotesOfSeveralRegionsSayTheirRegion: with communes of two
// regions, whose targets differ, each list of the indicators decided by
// targets of provenance M or C1 names its region and provinces and is that
// region's list (as a report of its communes alone gives it); a report of
// one region keeps its lists without a region.
func TestProvenanceNotesOfSeveralRegionsSayTheirRegion(t *testing.T) {
	for _, tc := range []struct{ lang, btb, dbscl string }{
		{"vi", "Vùng Bắc Trung Bộ (Nghệ An): m", "Vùng Đồng bằng sông Cửu Long (Đồng Tháp): m"},
		{"en", "Region North Central Coast (Nghệ An): t", "Region Mekong River Delta (Đồng Tháp): t"},
	} {
		lines := func(rs []evaluate.Report) []string {
			return provenanceLines.FindAllString(html.UnescapeString(render(t, rs, htmlreport.Options{Lang: tc.lang})), -1)
		}
		both, alone := lines(otherRegions(t, true, true)), lines(otherRegions(t, true, false))
		dt := lines(otherRegions(t, false, true))
		if len(alone) != 2 || len(dt) != 2 {
			t.Fatalf("%s: one region: %q and %q, want M and C1 each", tc.lang, alone, dt)
		}
		for _, l := range append(alone, dt...) {
			if strings.Contains(l, "Vùng ") || strings.Contains(l, "Region ") {
				t.Errorf("%s: one region's note names its region: %s", tc.lang, l)
			}
		}
		var want []string
		for _, l := range alone {
			want = append(want, "<li>"+tc.btb+l[len("<li>")+1:])
		}
		for _, l := range dt {
			want = append(want, "<li>"+tc.dbscl+l[len("<li>")+1:])
		}
		if strings.Join(both, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: two regions' notes:\n%s\nwant\n%s", tc.lang, strings.Join(both, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestTheReportSaysTheRegistryHoldsNoUnitsOfTheProvince: for communes of
// provinces whose units the registry does not hold, the overview says
// once each, under the heading of the reorganisation of 1/7/2025, that it
// is not shown, and what the registry holds.
func TestTheReportSaysTheRegistryHoldsNoUnitsOfTheProvince(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"vi", []string{"<h3>Sắp xếp đơn vị hành chính cấp xã</h3>",
			`<li>Danh sách đơn vị hành chính chưa có tỉnh "Nghệ An" (đã có: Lạng Sơn) nên không nêu được việc sắp xếp đơn vị hành chính cấp xã ngày 1/7/2025 của các xã của tỉnh này.</li>`,
			`<li>Danh sách đơn vị hành chính chưa có tỉnh "Đồng Tháp" (đã có: Lạng Sơn) nên`}},
		{"en", []string{"<h3>Reorganisation of commune-level units</h3>",
			`<li>The registry holds no units of province "Nghệ An" (it holds: Lạng Sơn), so the reorganisation of its communes on 1/7/2025 is not shown.</li>`}},
	} {
		doc := html.UnescapeString(render(t, otherRegions(t, true, true), htmlreport.Options{Lang: tc.lang}))
		for _, w := range tc.want {
			if n := strings.Count(doc, w); n != 1 {
				t.Errorf("%s: %q %d times, want once", tc.lang, w, n)
			}
		}
	}
	doc := render(t, reportsOf(t, assess(t, "Hòa Lạc", "Hữu Lũng", 2020, nil, nil)), htmlreport.Options{})
	if strings.Contains(doc, "chưa có tỉnh") {
		t.Errorf("a report of Lạng Sơn's communes says the registry does not hold a province")
	}
}

// TestARegionsProvincesAreNamedOnceWhateverTheirSpelling: a province the
// data of package criteria does not know, written two ways ("Tỉnh Xyz",
// "xyz"), is one province in the heading of its region's notes, as the
// first commune wrote it, as the other notes of the report count it
// (registrynote.Key).
func TestARegionsProvincesAreNamedOnceWhateverTheirSpelling(t *testing.T) {
	var as []evaluate.Assessment
	for i, p := range []string{"Tỉnh Xyz", "xyz"} {
		a := assess(t, []string{"Nghĩa Đồng", "Nghĩa Hợp"}[i], "Tân Kỳ", 2020, []string{"2"}, nil)
		a.Commune.Province, a.Region = p, criteria.BTB
		as = append(as, a)
	}
	a := assess(t, "Mỹ Hiệp", "Cao Lãnh", 2020, []string{"5"}, nil)
	a.Commune.Province, a.Region = "Đồng Tháp", criteria.DBSCL
	as = append(as, a)
	lines := provenanceLines.FindAllString(html.UnescapeString(render(t, reportsOf(t, as...), htmlreport.Options{Lang: "vi"})), -1)
	if len(lines) == 0 {
		t.Fatal("no notes on provenance")
	}
	for _, l := range lines {
		if strings.Contains(l, "Bắc Trung Bộ") && !strings.Contains(l, "Vùng Bắc Trung Bộ (Tỉnh Xyz): ") {
			t.Errorf("the region's heading names its province other than once as first written: %s", l)
		}
	}
}
