package evaluate

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
)

// update rewrites the golden files: go test ./evaluate/ -run Golden -update.
// The flag is shared with other test files of the package that may define
// it first.
var update = func() *bool {
	if f := flag.Lookup("update"); f != nil {
		if g, ok := f.Value.(flag.Getter); ok {
			if b, ok := g.Get().(bool); ok {
				p := new(bool)
				*p = b
				return p
			}
		}
	}
	return flag.Bool("update", false, "rewrite golden files in testdata/")
}()

func updating() bool {
	if f := flag.Lookup("update"); f != nil {
		return f.Value.String() == "true"
	}
	return *update
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if updating() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", name, diff)
	}
}

// sampleReports are three illustrative reports (số liệu minh họa): a
// TDMNPB commune short of several 1980 indicators in 2019 (criterion 10
// falls back to 2020), a commune evaluated against 933/QĐ-UBND with its
// 1980 prerequisite from a recognition, and a DBSCL commune with missing
// and not-applicable values, named in NFD to exercise alignment.
func sampleReports() []Report {
	cat := criteria.Builtin()
	var out []Report
	a := benchAssessment()
	a.Origin = "hoalac.json:2"
	out = append(out, Run(criteria.QD1980(), a))

	tt := &Assessment{
		Commune: Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Region:  criteria.TDMNPB, Year: 2020,
		Values:       map[string]map[string]Value{criteria.IDQD933: with(attested933(true), "4", Bool(false))},
		Recognitions: []Recognition{{Set: criteria.IDQD1980, Year: 2018, Decision: "2165/QĐ-UBND"}},
	}
	reports, err := RunAll(cat, tt)
	if err != nil {
		panic(err)
	}
	out = append(out, reports...)

	vals := with(allMet(), "7", NotApplicable(), "17.2", NotApplicable(), "10", Missing(), "12", Missing(),
		"11", Value{Kind: ValueShare, Numerator: dec("30"), Denominator: dec("1200"), Unit: "hộ", Source: "Báo cáo UBND xã 03/2020"})
	delete(vals, "8.3")
	mekong := &Assessment{
		Commune: Commune{Name: "Ta\u0302n Phu\u031bo\u031b\u0301c", District: "Châu Thành", Province: "Tiền Giang"},
		Region:  criteria.DBSCL, Year: 2020,
		Values: map[string]map[string]Value{criteria.IDQD1980: vals},
	}
	out = append(out, Run(criteria.QD1980(), mekong))
	return out
}

func TestRenderersMatchGoldenFiles(t *testing.T) {
	reports := sampleReports()
	renderers := []struct {
		name  string
		write func(*bytes.Buffer, []Report, RenderOptions) error
	}{
		{"text", func(b *bytes.Buffer, r []Report, o RenderOptions) error { return WriteText(b, r, o) }},
		{"md", func(b *bytes.Buffer, r []Report, o RenderOptions) error { return WriteMarkdown(b, r, o) }},
		{"json", func(b *bytes.Buffer, r []Report, o RenderOptions) error { return WriteJSON(b, r, o) }},
		{"csv", func(b *bytes.Buffer, r []Report, _ RenderOptions) error { return WriteCSV(b, r) }},
		// Write with a format gives the same bytes as the format's renderer.
		{"text", func(b *bytes.Buffer, r []Report, o RenderOptions) error { return Write(b, r, o) }},
		{"md", func(b *bytes.Buffer, r []Report, o RenderOptions) error { o.Format = "markdown"; return Write(b, r, o) }},
		{"json", func(b *bytes.Buffer, r []Report, o RenderOptions) error { o.Format = "json"; return Write(b, r, o) }},
		{"csv", func(b *bytes.Buffer, r []Report, o RenderOptions) error { o.Format = "csv"; return Write(b, r, o) }},
	}
	for _, rd := range renderers {
		for _, lang := range []string{"vi", "en"} {
			if rd.name == "csv" && lang == "en" {
				continue // CSV cells do not depend on the language
			}
			name := "reports." + lang + "." + rd.name
			t.Run("the "+lang+" "+rd.name+" rendering is deterministic and matches "+name, func(t *testing.T) {
				var b1, b2 bytes.Buffer
				if err := rd.write(&b1, reports, RenderOptions{Lang: lang}); err != nil {
					t.Fatal(err)
				}
				if err := rd.write(&b2, reports, RenderOptions{Lang: lang}); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
					t.Fatal("two renderings of the same reports differ")
				}
				golden(t, name, b1.Bytes())
			})
		}
	}
}

func TestTextEndsEachReportWithCriteriaMet(t *testing.T) {
	reports := sampleReports()
	for _, tc := range []struct{ lang, want string }{{"vi", "Đạt %d/%d tiêu chí"}, {"en", "Met %d/%d criteria"}} {
		t.Run("the "+tc.lang+" text closes every report with its count", func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteText(&b, reports, RenderOptions{Lang: tc.lang}); err != nil {
				t.Fatal(err)
			}
			blocks := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n\nXã:")
			if tc.lang == "en" {
				blocks = strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n\nCommune:")
			}
			if len(blocks) != len(reports) {
				t.Fatalf("%d report blocks, want %d", len(blocks), len(reports))
			}
			for i, blk := range blocks {
				lines := strings.Split(blk, "\n")
				want := strings.NewReplacer("%d/%d", itoa(reports[i].CriteriaMet)+"/"+itoa(reports[i].CriteriaTotal)).Replace(tc.want)
				if got := lines[len(lines)-1]; got != want {
					t.Errorf("report %d ends with %q, want %q", i, got, want)
				}
			}
		})
	}
}

func TestTextColumnsAlignByCharactersNotBytes(t *testing.T) {
	var b bytes.Buffer
	if err := WriteText(&b, sampleReports()[2:], RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	// Every indicator row puts its last column (the provenance mark) at the
	// same character offset, whatever the Vietnamese letters before it.
	col := -1
	for _, line := range strings.Split(b.String(), "\n") {
		if !strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "  -") {
			continue
		}
		i := strings.LastIndex(line, " ") + 1
		c := utf8.RuneCountInString(norm.NFC.String(line[:i]))
		if col >= 0 && c != col {
			t.Fatalf("provenance at column %d, earlier rows at %d: %q", c, col, line)
		}
		col = c
	}
	if col < 0 {
		t.Fatal("no indicator rows found")
	}
}

// specReport mirrors the "Evaluation report, JSON" shape of the spec.
type specReport struct {
	Set     string `json:"set"`
	Commune struct {
		Name, District, Province string
	} `json:"commune"`
	Region        *string `json:"region"`
	Year          int     `json:"year"`
	Status        string  `json:"status"`
	CriteriaMet   int     `json:"criteria_met"`
	CriteriaTotal int     `json:"criteria_total"`
	Criteria      []struct {
		Code       string `json:"code"`
		Name       string `json:"name"`
		Status     string `json:"status"`
		Indicators []map[string]any
	} `json:"criteria"`
	Prerequisite *struct {
		Set    string  `json:"set"`
		Status string  `json:"status"`
		Basis  *string `json:"basis"`
	} `json:"prerequisite"`
	Warnings []string `json:"warnings"`
}

func TestJSONFollowsTheSpecShape(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, sampleReports(), RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	// Keys appear in the spec's order.
	first := b.String()[:strings.Index(b.String(), `"title"`)]
	keys := []string{`"set"`, `"commune"`, `"region"`, `"year"`, `"status"`, `"criteria_met"`, `"criteria_total"`,
		`"criteria"`, `"prerequisite"`, `"warnings"`}
	last := -1
	for _, k := range keys {
		i := strings.Index(first, k)
		if i <= last {
			t.Fatalf("key %s out of order in %s", k, first[:min(len(first), 300)])
		}
		last = i
	}
	var got []specReport
	dec := json.NewDecoder(&b)
	dec.UseNumber()
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("%d reports, want 3", len(got))
	}
	school := func() map[string]any {
		for _, c := range got[0].Criteria {
			if c.Code == "5" {
				return c.Indicators[0]
			}
		}
		return nil
	}()
	want := map[string]any{"code": "5", "status": "not-met", "actual": "66.67", "op": ">=", "target": "70",
		"unit": "%", "gap": "3.34", "gap_units": "1", "gap_unit": "trường", "provenance": "M",
		"citation": "1980/QĐ-TTg, Phụ lục, tiêu chí 5"}
	if diff := cmp.Diff(want, school); diff != "" {
		t.Errorf("indicator 5 (-want +got):\n%s", diff)
	}
	if got[0].Prerequisite != nil || got[1].Prerequisite == nil || *got[1].Prerequisite.Basis != "recognition" {
		t.Errorf("prerequisites: %+v, %+v", got[0].Prerequisite, got[1].Prerequisite)
	}
	if got[0].Warnings == nil || got[0].CriteriaTotal != 19 || got[1].CriteriaTotal != 14 {
		t.Errorf("warnings %v, totals %d %d", got[0].Warnings, got[0].CriteriaTotal, got[1].CriteriaTotal)
	}
	for _, ind := range got[2].Criteria[9].Indicators { // criterion 10, missing
		if ind["actual"] != nil || ind["status"] != "missing" || ind["gap"] != nil {
			t.Errorf("a missing indicator: %v", ind)
		}
		if _, ok := ind["gap_units"]; ok {
			t.Errorf("gap_units present without a share: %v", ind)
		}
	}
}

func TestJSONStringEscaping(t *testing.T) {
	for _, s := range []string{"plain", `quote " and \ backslash`, "tab\tnew\nline\r\x01", "Hòa Lạc", "bad \xff utf8", "sep \u2028 \u2029"} {
		t.Run("the string "+strings.ToValidUTF8(s, "?")+" round-trips through encoding/json", func(t *testing.T) {
			var got string
			if err := json.Unmarshal(appendJSONString(nil, s), &got); err != nil {
				t.Fatal(err)
			}
			if want := strings.ToValidUTF8(s, "\uFFFD"); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestJSONStringIsWhatEncodingJSONWrites(t *testing.T) {
	for _, s := range []string{"", "plain", `q " b \`, "\x00\x1f\x7f\t\n\r", "Hòa Lạc – “xã”", "\u2028", "end \u2029",
		"\u2027\u202a", "\xe2\x80", "\xe2\x80\xa8\xff", "tiêu chí 4.2 ≥ 95%"} {
		t.Run(fmt.Sprintf("the string %q is written as encoding/json writes it", s), func(t *testing.T) {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(s); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(strings.TrimSuffix(want.String(), "\n"), string(appendJSONString(nil, s))); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestJSONWarningsAreTheWarningTextsOfEachReport(t *testing.T) {
	// Reports of several regions and years against the same set share
	// cached texts; a text must never be taken from another report's
	// warning with a different target, region, year or period.
	var reports []Report
	for _, region := range criteria.Regions() {
		for _, year := range []int{2014, 2019, 2020} {
			a := benchAssessment()
			a.Region, a.Year = region, year
			reports = append(reports, Run(criteria.QD1980(), a))
		}
	}
	for _, lang := range []string{"vi", "en"} {
		var b bytes.Buffer
		if err := WriteJSON(&b, reports, RenderOptions{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		var got []specReport
		if err := json.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		for i := range reports {
			var want []string
			for _, w := range reports[i].Warnings() {
				want = append(want, w.text(lang, true)) // numbers as the JSON writes them
			}
			if diff := cmp.Diff(want, got[i].Warnings); diff != "" {
				t.Errorf("%s, report %d (%s %d) warnings (-want +got):\n%s", lang, i, reports[i].Region, reports[i].Year, diff)
			}
		}
	}
}

func TestWriteRejectsAnUnknownFormatAndWritesNothing(t *testing.T) {
	var b bytes.Buffer
	err := Write(&b, sampleReports(), RenderOptions{Format: "xml"})
	if err == nil || !strings.Contains(err.Error(), `"xml"`) {
		t.Errorf("Write with format xml: error %v, want one quoting the format", err)
	}
	if err := Write(&b, Summarize(sampleReports()), RenderOptions{Format: "html"}); err == nil {
		t.Error("Write of a summary with format html: no error")
	}
	if b.Len() != 0 {
		t.Errorf("Write wrote %q for an unknown format", b.String())
	}
}
