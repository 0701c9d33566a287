package evaluate

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
)

// Vietnamese readers write decimals with a comma: every number of the
// Vietnamese text and Markdown reports (values, shares, targets, gaps and
// their units) has one, and the English ones keep the point.
func TestVietnameseReportCellsHaveADecimalComma(t *testing.T) {
	vi, en := RenderOptions{Lang: "vi"}, RenderOptions{Lang: "en"}
	var got []string
	for _, r := range sampleReports() {
		for ci := range r.Criteria {
			for ii := range r.Criteria[ci].Indicators {
				ind := &r.Criteria[ci].Indicators[ii]
				for _, c := range []string{vi.actualCell(ind), vi.targetCell(ind), vi.gapCell(ind)} {
					if strings.Contains(c, ".") {
						t.Errorf("%s %s: Vietnamese cell %q has a decimal point", r.Commune.Name, ind.Code(), c)
					}
				}
				for _, c := range []string{en.actualCell(ind), en.targetCell(ind), en.gapCell(ind)} {
					if strings.Contains(c, ",") {
						t.Errorf("%s %s: English cell %q has a decimal comma", r.Commune.Name, ind.Code(), c)
					}
				}
				if ind.Code() == "5" || ind.Code() == "10" || ind.Code() == "15.3" {
					got = append(got, vi.actualCell(ind)+" | "+vi.targetCell(ind)+" | "+vi.gapCell(ind))
				}
			}
		}
	}
	want := []string{
		"66,67% (2/3 trường) | ≥ 70% | thiếu 3,34 điểm phần trăm (+1 trường)",
		"33,8 triệu đồng/người/năm | ≥ 36 triệu đồng/người/năm | thiếu 2,2 triệu đồng/người/năm",
		"1,5% | ≤ 26,7% | ",
	}
	if diff := cmp.Diff(want, got[:3]); diff != "" {
		t.Errorf("Hòa Lạc's cells (-want +got):\n%s", diff)
	}
}

// An amount or a count is shown in the unit of its indicator, as the set's
// data gives it and as its target and gap write it: income in triệu
// đồng/người/năm, houses in nhà; a unit the set does not give is not
// made up.
func TestActualCellHasTheUnitOfTheIndicator(t *testing.T) {
	vals := allMet()
	vals["10"] = Number(dec("36.8"))
	vals["9.1"] = Number(dec("2"))
	set := criteria.QD1980()
	r := Run(set, commune(2020, vals))
	noUnit := criteria.QD1980()
	ind, _, _ := noUnit.Indicator("10")
	ind.Unit = ""
	bare := Run(noUnit, commune(2020, vals))
	var got []string
	for _, lang := range []string{"vi", "en"} {
		o := RenderOptions{Lang: lang}
		for _, c := range []struct {
			r    Report
			code string
		}{{r, "10"}, {r, "9.1"}, {bare, "10"}} {
			ir := findIndicator(t, c.r, c.code)
			got = append(got, o.actualCell(&ir)+" | "+o.targetCell(&ir)+" | "+o.gapCell(&ir))
		}
	}
	want := []string{
		"36,8 triệu đồng/người/năm | ≥ 36 triệu đồng/người/năm | ",
		"2 nhà | không có | còn 2 nhà",
		"36,8 | ≥ 36 | ",
		"36.8 triệu đồng/người/năm | ≥ 36 triệu đồng/người/năm | ",
		"2 nhà | none | 2 nhà present",
		"36.8 | ≥ 36 | ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// A share's numerator and denominator, and a gap's units, may be decimals
// too (a share of hectares): they have the comma as well.
func TestVietnameseSharePartsAndGapUnitsHaveADecimalComma(t *testing.T) {
	vals := allMet()
	vals["3.1"] = Value{Kind: ValueShare, Numerator: dec("62.5"), Denominator: dec("100.25"), Unit: "ha"}
	r := Run(criteria.QD1980(), commune(2020, vals))
	ir := findIndicator(t, r, "3.1")
	ind := &ir
	got := []string{RenderOptions{}.actualCell(ind), RenderOptions{}.gapCell(ind), RenderOptions{Lang: "en"}.gapCell(ind)}
	want := []string{"62,34% (62,5/100,25 ha)", "thiếu 17,66 điểm phần trăm (+17,7 ha)", "17.66 pp short (+17.7 ha)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// The methods that give a text for people in Vietnamese write the comma;
// Gap.String, language-neutral, keeps the point.
func TestVietnameseTextsOfTargetsGapsAndWarnings(t *testing.T) {
	r := sampleReports()[0] // Hòa Lạc, TDMNPB
	ind := findIndicator(t, r, "15.3")
	if got := ind.Target().String(); got != "≤ 26,7%" {
		t.Errorf("Target.String() = %q, want ≤ 26,7%%", got)
	}
	if got := ind.Target().In("en"); got != "≤ 26.7%" {
		t.Errorf("Target.In(en) = %q, want ≤ 26.7%%", got)
	}
	for code, want := range map[string][2]string{"1.1": {"đạt", "met"}, "9.1": {"không có", "none"}} {
		ir := findIndicator(t, r, code)
		tg := ir.Target()
		if got := [2]string{tg.In("vi"), tg.In("en")}; got != want {
			t.Errorf("%s: Target.In = %q, want %q", code, got, want)
		}
	}
	five := findIndicator(t, r, "5")
	g, _ := five.Gap()
	if got := g.Text(five.Target(), "vi"); got != "thiếu 3,34 điểm phần trăm (+1 trường)" {
		t.Errorf("Gap.Text vi = %q", got)
	}
	if got := g.Text(five.Target(), "en"); got != "3.34 pp short (+1 trường)" {
		t.Errorf("Gap.Text en = %q", got)
	}
	if got := g.String(); got != "3.34 (1 trường)" {
		t.Errorf("Gap.String() = %q", got)
	}
	var w Warning
	for _, x := range r.Warnings() {
		if x.Kind == WarnProvenance && x.Indicator == "15.3" {
			w = x
		}
	}
	want := []string{
		"chỉ tiêu 15.3: kết quả dựa trên mức đạt chuẩn của vùng TDMNPB (≤ 26,7%), độ tin cậy C1: chỉ có một nguồn công khai",
		"chỉ tiêu 15.3: kết quả dựa trên mức đạt chuẩn của vùng TDMNPB (≤ 26,7%), độ tin cậy C1: chỉ có một nguồn công khai",
		"indicator 15.3: the target ≤ 26.7% (region TDMNPB) that decided the outcome is C1: one public source only",
	}
	if diff := cmp.Diff(want, []string{w.Text("vi"), w.String(), w.Text("en")}); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// JSON is a machine format: its numbers, and the numbers in its warnings'
// sentences, keep the decimal point whatever the language.
func TestJSONKeepsTheDecimalPointInVietnamese(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, sampleReports(), RenderOptions{Lang: "vi"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"actual": "66.67"`, `"target": "26.7"`, `"gap": "3.34"`,
		`"chỉ tiêu 15.3: kết quả dựa trên mức đạt chuẩn của vùng TDMNPB (≤ 26.7%)`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
	if strings.Contains(b.String(), "26,7") {
		t.Error("JSON has a decimal comma")
	}
}

// The summaries' average criteria per commune has the comma in Vietnamese
// text and Markdown ("16,00/19"); JSON and CSV keep "16.00".
func TestVietnameseSummaryAverageHasADecimalComma(t *testing.T) {
	s := Summarize(sampleReports())
	g := s.Areas[0]
	avg := g.AverageCriteria.StringFixed(2) // "16.00"
	for _, f := range []string{"text", "markdown", "json", "csv"} {
		for _, lang := range []string{"vi", "en"} {
			var b bytes.Buffer
			if err := Write(&b, s, RenderOptions{Format: f, Lang: lang}); err != nil {
				t.Fatal(err)
			}
			want := avg
			if f == "text" || f == "markdown" {
				want += "/" + itoa(g.CriteriaTotal)
			}
			if lang == "vi" && (f == "text" || f == "markdown") {
				want = strings.Replace(want, ".", ",", 1)
			}
			if !strings.Contains(b.String(), want) {
				t.Errorf("%s %s summary lacks %q:\n%s", lang, f, want, b.String())
			}
		}
	}
}
