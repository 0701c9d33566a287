package evaluate_test

import (
	"fmt"
	"strings"

	"github.com/nongthonmoi/ntm/evaluate"
)

// Decode an array of assessments (số liệu minh họa, illustrative figures).
// The valid commune is returned; the invalid one is reported with its JSON
// path and the offending text, and does not stop the other.
func ExampleDecodeJSON() {
	in := `[
	  {"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"},
	   "year": 2020,
	   "sets": {"1980": {"1.1": true, "4.2": "96.5", "5": {"numerator": 2, "denominator": 3, "unit": "trường"}}}},
	  {"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"},
	   "year": 2020,
	   "sets": {"1980/QĐ-TTg": {"5": {"numerator": 2, "denominator": 0}, "17.1": "90"}}}
	]`
	assessments, err := evaluate.DecodeJSON(strings.NewReader(in), "huulung.json", nil)
	for _, a := range assessments {
		fmt.Println(a.Origin, a.Commune, a.Region, a.Year, len(a.SetValues("1980/QĐ-TTg")), "values")
	}
	fmt.Println(err)
	// Output:
	// huulung.json:2 Hòa Lạc, Hữu Lũng, Lạng Sơn TDMNPB 2020 3 values
	// evaluate: huulung.json:7: column 67: [1] Nhật Tiến: sets["1980/QĐ-TTg"]["5"].denominator: must be > 0 (got "0")
	// evaluate: huulung.json:7: column 71: [1] Nhật Tiến: sets["1980/QĐ-TTg"]["17.1"]: unknown indicator of 1980/QĐ-TTg: give 17.1a or 17.1b (got "17.1")
}

// Decode the long CSV form: one row per value, grouped by commune and year,
// with Vietnamese pass/fail words and the decimal comma (số liệu minh họa).
func ExampleDecodeCSV() {
	in := `province,district,commune,year,set,indicator,value,numerator,denominator,unit,source
Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980/QĐ-TTg,5,,2,3,trường,Báo cáo UBND xã 03/2020
Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980/QĐ-TTg,10,"36,8",,,,
Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980/QĐ-TTg,1.1,đạt,,,,
Lạng Sơn,Hữu Lũng,Nhật Tiến,2020,1980/QĐ-TTg,4.2,"1.000,5",,,,
`
	assessments, err := evaluate.DecodeCSV(strings.NewReader(in), "huulung.csv", nil)
	for _, a := range assessments {
		v := a.SetValues("1980/QĐ-TTg")
		fmt.Println(a.Origin, a.Commune.Name, a.Region)
		fmt.Println(" 5:", v["5"].Numerator, "/", v["5"].Denominator, v["5"].Unit, "-", v["5"].Source)
		fmt.Println(" 10:", v["10"].Number)
		fmt.Println(" 1.1:", v["1.1"].Bool)
	}
	for _, e := range evaluate.InputErrors(err) {
		fmt.Println("line", e.Line, "column", e.Column+":", e.Err)
	}
	// Output:
	// huulung.csv:2 Hòa Lạc TDMNPB
	//  5: 2 / 3 trường - Báo cáo UBND xã 03/2020
	//  10: 36.8
	//  1.1: true
	// line 5 column value: both '.' and ',' in a number: write one decimal separator and no thousands separators
}

// Read a file of any size one commune at a time (số liệu minh họa): the
// decoder holds one commune, never the whole input. A commune that cannot
// be read yields its problems and reading goes on.
func ExampleDecoder() {
	in := `[
	  {"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}},
	  {"commune": {"name": "Nhật Tiến", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": 7}}},
	  {"commune": {"name": "Minh Sơn", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": "96.5"}}}
	]`
	dec := evaluate.NewJSONDecoder(strings.NewReader(in), "huulung.json", nil)
	for a, err := range dec.All() {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(a.Origin, a.Commune.Name, len(a.SetValues("1980/QĐ-TTg")), "value")
	}
	// Output:
	// huulung.json:2 Hòa Lạc 1 value
	// evaluate: huulung.json:3: column 102: [1] Nhật Tiến: sets["1980"]["1.1"]: pass/fail indicator: must be true or false (đạt / chưa đạt), not a number (got "7")
	// huulung.json:4 Minh Sơn 1 value
}

// Summarize an input of any size (số liệu minh họa): a Decoder yields one
// commune at a time, a Summarizer keeps only the tallies, and the
// communes that could not be read are stated as left out (ExcludedOf).
func ExampleSummarizer() {
	in := `[
	  {"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"5": {"numerator": 2, "denominator": 3, "unit": "trường"}}}},
	  {"commune": {"name": "Minh Sơn", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"5": {"numerator": 2, "denominator": 0}}}},
	  {"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"5": {"numerator": 3, "denominator": 3, "unit": "trường"}}}}
	]`
	var tally evaluate.Summarizer
	var excluded []evaluate.Excluded
	for a, err := range evaluate.NewJSONDecoder(strings.NewReader(in), "huulung.json", nil).All() {
		if err != nil {
			excluded = append(excluded, evaluate.ExcludedOf(err)...)
			continue
		}
		reports, _ := evaluate.RunAll(nil, &a)
		for i := range reports {
			tally.Add(&reports[i])
		}
	}
	s := tally.Summary()
	s.Excluded = excluded       // evaluate.WriteSummaryText and the others state them
	for _, g := range s.Areas { // per set and year: all communes, each province, each district
		area := strings.Trim(g.Province+" / "+g.District, " /")
		fmt.Printf("%s %d %-8s %-19s %d communes, %d meeting the set, %s criteria each; most missed: %s\n",
			g.Set, g.Year, g.Scope, area, g.Communes, g.CommunesMet, g.AverageCriteria.StringFixed(2), g.MostMissedText("en", 0))
	}
	for _, e := range s.Excluded {
		fmt.Printf("left out: %s (%s, %d problem)\n", e.Label("en"), e.Place(), e.Problems)
	}
	// Output:
	// 1980/QĐ-TTg 2020 all                          2 communes, 0 meeting the set, 0.50 criteria each; most missed: 5 Schools (1 commune)
	// 1980/QĐ-TTg 2020 province Lạng Sơn            2 communes, 0 meeting the set, 0.50 criteria each; most missed: 5 Schools (1 commune)
	// 1980/QĐ-TTg 2020 district Lạng Sơn / Hữu Lũng 2 communes, 0 meeting the set, 0.50 criteria each; most missed: 5 Schools (1 commune)
	// left out: Minh Sơn, Hữu Lũng, Lạng Sơn (huulung.json:3, 1 problem)
}
