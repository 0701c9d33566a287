package evaluate

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
)

// summaryReports evaluates five illustrative communes (số liệu minh họa) in
// two provinces and three districts; one district name is written in NFD
// and another case to show that names group regardless.
func summaryReports() []Report {
	set := criteria.QD1980()
	mk := func(name, district, province string, region criteria.Region, vals map[string]Value) Report {
		return Run(set, &Assessment{Commune: Commune{Name: name, District: district, Province: province},
			Region: region, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD1980: vals}})
	}
	return []Report{
		mk("Hòa Lạc", "Hữu Lũng", "Lạng Sơn", criteria.TDMNPB, with(allMet(), "5", Share(2, 3, "trường"))),
		mk("Tân Thành", "Hu\u031b\u0303u Lu\u0303ng", "Lạng Sơn", criteria.TDMNPB, allMet()),
		mk("Nhật Tiến", "hữu lũng", "lạng sơn", criteria.TDMNPB, with(allMet(), "5", Share(1, 3, "trường"), "17.6", MustNumber("50"))),
		mk("Mai Pha", "Thành phố Lạng Sơn", "Lạng Sơn", criteria.TDMNPB, with(allMet(), "10", Missing())),
		mk("Tân Phước", "Châu Thành", "Tiền Giang", criteria.DBSCL, with(allMet(), "17.6", MustNumber("10"), "2.1", Bool(false))),
	}
}

func TestSummarize(t *testing.T) {
	s := Summarize(summaryReports())
	type row struct {
		Scope, Province, District string
		Communes, Met             int
		Average                   string
		MostMissed                []string
	}
	var got []row
	for _, g := range s.Areas {
		got = append(got, row{g.Scope.String(), g.Province, g.District, g.Communes, g.CommunesMet,
			g.AverageCriteria.String(), g.MostMissed})
	}
	want := []row{
		{"all", "", "", 5, 1, "17.8", []string{"5", "17", "2"}},
		{"province", "Lạng Sơn", "", 4, 1, "18", []string{"5", "17"}},
		{"district", "Lạng Sơn", "Hữu Lũng", 3, 1, "18", []string{"5", "17"}},
		{"district", "Lạng Sơn", "Thành phố Lạng Sơn", 1, 0, "18", nil},
		{"province", "Tiền Giang", "", 1, 0, "17", []string{"2", "17"}},
		{"district", "Tiền Giang", "Châu Thành", 1, 0, "17", []string{"2", "17"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("groups: overall first, provinces then their districts; names grouped across case and NFD (-want +got):\n%s", diff)
	}
	tallies := map[string]CriterionTally{}
	for _, c := range s.Areas[0].Criteria {
		tallies[c.Code] = c
	}
	wantT := map[string][3]int{"5": {3, 2, 0}, "10": {4, 0, 1}, "17": {3, 2, 0}, "1": {5, 0, 0}}
	for code, w := range wantT {
		c := tallies[code]
		if got := [3]int{c.Met, c.NotMet, c.Missing}; got != w {
			t.Errorf("criterion %s: met/not met/missing %v, want %v", code, got, w)
		}
	}
}

func TestSummaryAreasIgnorePrefixesAndTonePlacement(t *testing.T) {
	set := criteria.QD1980()
	mk := func(name, district, province string) Report {
		return Run(set, &Assessment{Commune: Commune{Name: name, District: district, Province: province},
			Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD1980: allMet()}})
	}
	s := Summarize([]Report{
		mk("Hòa Lạc", "huyện Hữu Lũng", "tỉnh Lạng Sơn"),
		mk("Tân Thành", "Hữu Lũng", "Lạng Sơn"),
		mk("Nhật Tiến", "HUYỆN HỮU LŨNG", "Tỉnh  Lạng Sơn"),
		mk("Mai Pha", "Thành phố Lạng Sơn", "Lạng Sơn"), // a district first met here shows its province as first written
		mk("Hòa Bình", "Hoà Bình", "TỈNH HOÀ BÌNH"),     // a district and province in the old tone placement
		mk("Trung Minh", "Hòa Bình", "Hòa Bình"),
		mk("Mỹ Phước Tây", "Thị xã Cai Lậy", "Tiền Giang"), // another kind: another district
		mk("Mỹ Thành Bắc", "Huyện Cai Lậy", "Tiền Giang"),
		mk("Long Khánh", "Cai Lậy", "Tiền Giang"),
	})
	type row struct {
		Scope, Province, District string
		Communes                  int
	}
	var got []row
	for _, g := range s.Areas {
		got = append(got, row{g.Scope.String(), g.Province, g.District, g.Communes})
	}
	want := []row{
		{"all", "", "", 9},
		{"province", "TỈNH HOÀ BÌNH", "", 2},
		{"district", "TỈNH HOÀ BÌNH", "Hoà Bình", 2},
		{"province", "tỉnh Lạng Sơn", "", 4},
		{"district", "tỉnh Lạng Sơn", "huyện Hữu Lũng", 3},
		{"district", "tỉnh Lạng Sơn", "Thành phố Lạng Sơn", 1},
		{"province", "Tiền Giang", "", 3},
		{"district", "Tiền Giang", "Huyện Cai Lậy", 2},
		{"district", "Tiền Giang", "Thị xã Cai Lậy", 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("areas: one per province and district whatever the tỉnh/huyện prefix and tone placement, the first spelling shown, ordered without the prefix; thị xã apart (-want +got):\n%s", diff)
	}
}

func TestSummaryAverageRoundsHalfUpToTwoPlaces(t *testing.T) {
	reports := summaryReports()[:3]                               // 18 + 19 + 17 = 54 / 3 = 18
	reports = append(reports, reports[0], reports[0], reports[0]) // 54 + 54 = 108 / 6 = 18
	reports = append(reports, summaryReports()[4])                // 108 + 17 = 125 / 7 = 17.857… → 17.86
	if got := Summarize(reports).Areas[0].AverageCriteria.String(); got != "17.86" {
		t.Errorf("average %s, want 17.86", got)
	}
}

func TestSummaryRenderersMatchGoldenFiles(t *testing.T) {
	s := Summarize(summaryReports())
	renderers := []struct {
		name  string
		write func(*bytes.Buffer, Summary, RenderOptions) error
	}{
		{"text", func(b *bytes.Buffer, s Summary, o RenderOptions) error { return WriteSummaryText(b, s, o) }},
		{"md", func(b *bytes.Buffer, s Summary, o RenderOptions) error { return WriteSummaryMarkdown(b, s, o) }},
		{"json", func(b *bytes.Buffer, s Summary, _ RenderOptions) error { return WriteSummaryJSON(b, s) }},
		{"csv", func(b *bytes.Buffer, s Summary, _ RenderOptions) error { return WriteSummaryCSV(b, s) }},
		// Write with a format gives the same bytes as the format's renderer.
		{"text", func(b *bytes.Buffer, s Summary, o RenderOptions) error { return Write(b, s, o) }},
		{"md", func(b *bytes.Buffer, s Summary, o RenderOptions) error { o.Format = "markdown"; return Write(b, s, o) }},
		{"json", func(b *bytes.Buffer, s Summary, o RenderOptions) error { o.Format = "json"; return Write(b, s, o) }},
		{"csv", func(b *bytes.Buffer, s Summary, o RenderOptions) error { o.Format = "csv"; return Write(b, s, o) }},
	}
	for _, rd := range renderers {
		for _, lang := range []string{"vi", "en"} {
			if (rd.name == "csv" || rd.name == "json") && lang == "en" {
				continue // machine formats do not depend on the language
			}
			name := "summary." + lang + "." + rd.name
			t.Run("the "+lang+" "+rd.name+" summary matches "+name, func(t *testing.T) {
				var b bytes.Buffer
				if err := rd.write(&b, s, RenderOptions{Lang: lang}); err != nil {
					t.Fatal(err)
				}
				golden(t, name, b.Bytes())
			})
		}
	}
}

// TestSummarizerIncremental checks that a Summarizer fed one report at a
// time gives what Summarize gives, and that asking for the summary midway
// changes nothing of the final one.
func TestSummarizerIncremental(t *testing.T) {
	reports := summaryReports()
	var z Summarizer
	for i := range reports {
		z.Add(&reports[i])
		if i == 2 {
			if got := z.Summary(); got.Areas[0].Communes != 3 {
				t.Errorf("after 3 reports: %d communes in the whole", got.Areas[0].Communes)
			}
		}
	}
	if diff := cmp.Diff(Summarize(reports), z.Summary(), cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("Summarizer (-Summarize +Summarizer):\n%s", diff)
	}
}

// The criteria most often missed are read by people: each code with the
// criterion's name and the communes that did not meet it, in the text and
// Markdown summaries; JSON keeps the codes.
func TestMostMissedNamesEachCriterionAndItsCommunes(t *testing.T) {
	s := Summarize(summaryReports())
	g := &s.Areas[0]
	for _, tc := range []struct {
		lang string
		n    int
		want string
	}{
		{"vi", 0, "5 Trường học (2 xã); 17 Môi trường và an toàn thực phẩm (2 xã); 2 Giao thông (1 xã)"},
		{"en", 0, "5 Schools (2 communes); 17 Environment and food safety (2 communes); 2 Transport (1 commune)"},
		{"vi", 2, "5 Trường học (2 xã); 17 Môi trường và an toàn thực phẩm (2 xã)"},
	} {
		if got := g.MostMissedText(tc.lang, tc.n); got != tc.want {
			t.Errorf("%s, %d: MostMissedText = %q, want %q", tc.lang, tc.n, got, tc.want)
		}
	}
	if got := s.Areas[3].MostMissedText("vi", 5); got != "—" {
		t.Errorf("a group that missed nothing: %q, want —", got)
	}
	for _, tc := range []struct {
		format, lang, want string
	}{
		{"text", "vi", "5 Trường học (2 xã); 17 Môi trường và an toàn thực phẩm (2 xã); 2 Giao thông (1 xã)\n"},
		{"markdown", "vi", "| 5 Trường học (2 xã); 17 Môi trường và an toàn thực phẩm (2 xã); 2 Giao thông (1 xã) |\n"},
		{"text", "en", "5 Schools (2 communes); 17 Environment and food safety (2 communes); 2 Transport (1 commune)\n"},
		{"json", "vi", `"most_missed": ["5", "17", "2"]`},
	} {
		var b bytes.Buffer
		opt := RenderOptions{Format: tc.format, Lang: tc.lang}
		var err error
		switch tc.format {
		case "text":
			err = WriteSummaryText(&b, s, opt)
		case "markdown":
			err = WriteSummaryMarkdown(&b, s, opt)
		default:
			err = WriteSummaryJSON(&b, s)
		}
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b.Bytes(), []byte(tc.want)) {
			t.Errorf("%s, %s: the summary lacks %q:\n%s", tc.format, tc.lang, tc.want, b.String())
		}
	}
}

// Communes named without a district (after the 2025 mergers a commune is
// under its province directly) are summed in their province and in all
// communes, and make no district area: none nameless beside the province.
func TestSummaryHasNoDistrictAreaWithoutADistrict(t *testing.T) {
	set := criteria.QD1980()
	mk := func(name, district string) Report {
		return Run(set, &Assessment{Commune: Commune{Name: name, District: district, Province: "Lạng Sơn"},
			Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD1980: allMet()}})
	}
	s := Summarize([]Report{mk("Tân Thành", ""), mk("Vân Nham", ""), mk("Hòa Lạc", "Hữu Lũng")})
	var got []string
	for _, g := range s.Areas {
		got = append(got, g.Scope.String()+" "+g.Province+"|"+g.District+" "+itoa(g.Communes))
	}
	want := []string{"all | 3", "province Lạng Sơn| 3", "district Lạng Sơn|Hữu Lũng 1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("areas (-want +got):\n%s", diff)
	}
}

// TestSummaryHasNoDistrictAreaFrom2026: from 2026 there are no districts
// (1672/NQ-UBTVQH15): a commune written with its former district (số liệu
// minh họa) counts in its province alone, and a district area is made only
// for the years that had districts.
func TestSummaryHasNoDistrictAreaFrom2026(t *testing.T) {
	set := criteria.QD51of2025()
	mk := func(name, district string, year int) Report {
		return Run(set, &Assessment{Commune: Commune{Name: name, District: district, Province: "Lạng Sơn"},
			Group: "2", Year: year, Values: map[string]map[string]Value{set.ID: {"1": Bool(true)}}})
	}
	s := Summarize([]Report{mk("Tân Thành", "Hữu Lũng", 2026), mk("Thiện Thuật", "Huyện Bình Gia", 2026),
		mk("Tân Thành", "Hữu Lũng", 2025)})
	var got []string
	for _, g := range s.Areas {
		got = append(got, itoa(g.Year)+" "+g.Scope.String()+" "+g.Province+"|"+g.District+" "+itoa(g.Communes))
	}
	want := []string{"2025 all | 1", "2025 province Lạng Sơn| 1", "2025 district Lạng Sơn|Hữu Lũng 1",
		"2026 all | 2", "2026 province Lạng Sơn| 2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("areas (-want +got):\n%s", diff)
	}
}

// TestTheTextAndMarkdownSummaryListTheWarnings: Summary.Warnings are
// listed under their heading in the language asked for; the JSON and CSV
// summaries, which have no place for them, are unchanged by them.
func TestTheTextAndMarkdownSummaryListTheWarnings(t *testing.T) {
	w := `b.csv:2: xã "Nhật Tién" (Hữu Lũng, Lạng Sơn) và xã "Nhật Tiến" (a.csv:2) chỉ khác nhau về dấu`
	for _, tc := range []struct {
		name, lang string
		write      func(*bytes.Buffer, Summary, RenderOptions) error
		want       string
	}{
		{"text", "vi", func(b *bytes.Buffer, s Summary, o RenderOptions) error { return WriteSummaryText(b, s, o) }, "Cảnh báo về số liệu: 1\n  - " + w + "\n\n"},
		{"text en", "en", func(b *bytes.Buffer, s Summary, o RenderOptions) error { return WriteSummaryText(b, s, o) }, "Warnings on the input: 1\n  - " + w + "\n\n"},
		{"markdown", "vi", func(b *bytes.Buffer, s Summary, o RenderOptions) error { return WriteSummaryMarkdown(b, s, o) }, "> **Cảnh báo về số liệu: 1**\n>\n> - " + w + "\n\n"},
		{"json", "vi", func(b *bytes.Buffer, s Summary, _ RenderOptions) error { return WriteSummaryJSON(b, s) }, ""},
		{"csv", "vi", func(b *bytes.Buffer, s Summary, _ RenderOptions) error { return WriteSummaryCSV(b, s) }, ""},
	} {
		var with, without bytes.Buffer
		if err := tc.write(&with, Summary{Warnings: []string{w}}, RenderOptions{Lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		if err := tc.write(&without, Summary{}, RenderOptions{Lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		if got := with.String(); got != tc.want+without.String() {
			t.Errorf("%s:\n%q\nwant\n%q", tc.name, got, tc.want+without.String())
		}
	}
}
