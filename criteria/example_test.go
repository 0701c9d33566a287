package criteria_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/nongthonmoi/ntm/criteria"
)

func ExampleQD1980() {
	s := criteria.QD1980()
	fmt.Println(s.ID, "-", s.Title.VI)
	fmt.Println(len(s.Criteria), "criteria,", s.IndicatorCount(), "indicators,", len(s.CriterionGroups), "groups")
	c, _ := s.Criterion("4")
	fmt.Println("criterion", c.Code, c.Name.VI, "("+c.Name.EN+"), group", c.Group)
	for _, ind := range c.Indicators {
		fmt.Println(strings.TrimSpace(fmt.Sprintln(" ", ind.Code, ind.Kind, ind.Op, ind.Unit)))
	}
	// Output:
	// 1980/QĐ-TTg - Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020
	// 19 criteria, 50 indicators, 5 groups
	// criterion 4 Điện (Electricity), group II
	// 4.1 pass =
	// 4.2 percent >= %
}

func ExampleLookup() {
	for _, id := range []string{"1980", "QD933", "933/QD-UBND", "491"} {
		s, err := criteria.Lookup(id)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s → %s (%s, content %s)\n", id, s.ID, s.Level, s.Content)
	}
	// Output:
	// 1980 → 1980/QĐ-TTg (ntm, content complete)
	// QD933 → 933/QĐ-UBND (ntm-nang-cao, content pending-official-text)
	// 933/QD-UBND → 933/QĐ-UBND (ntm-nang-cao, content pending-official-text)
	// criteria: unknown set (known: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (got "491")
}

func ExampleIndicator_Resolve() {
	s := criteria.QD1980()
	income, _, _ := s.Indicator("10")
	for _, year := range []int{2018, 2020} {
		r, err := income.Resolve(criteria.TDMNPB, year)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%d: %s %s %s [%s] fallback to %d: %v\n", year, r.Op.Symbol(), r.Value, r.Unit(), r.Provenance, r.TargetYear(), r.YearFallback)
	}
	electricity, _, _ := s.Indicator("4.2")
	r, _ := electricity.Resolve(criteria.TDMNPB, 2020)
	fmt.Printf("4.2 TDMNPB: %s %s%s [%s] %s\n", r.Op.Symbol(), r.Value, r.Unit(), r.Provenance, r.Provenance.Describe().EN)
	// Output:
	// 2018: ≥ 36 triệu đồng/người/năm [C2] fallback to 2020: true
	// 2020: ≥ 36 triệu đồng/người/năm [C2] fallback to 2020: false
	// 4.2 TDMNPB: ≥ 95% [C1] one public source only
}

func ExampleLookupProvince() {
	for _, name := range []string{"Lạng Sơn", "lang son", "TP HCM", "Thừa Thiên - Huế", "Hoà Bình", "Nhật Tiến"} {
		p, ok := criteria.LookupProvince(name)
		if !ok {
			fmt.Printf("%q: not a province\n", name)
			continue
		}
		fmt.Printf("%q: %s, %s (%s)\n", name, p.Name, p.Region, p.Region.Name().VI)
	}
	// Output:
	// "Lạng Sơn": Lạng Sơn, TDMNPB (Trung du và miền núi phía Bắc)
	// "lang son": Lạng Sơn, TDMNPB (Trung du và miền núi phía Bắc)
	// "TP HCM": Thành phố Hồ Chí Minh, DNB (Đông Nam Bộ)
	// "Thừa Thiên - Huế": Thừa Thiên Huế, BTB (Bắc Trung Bộ)
	// "Hoà Bình": Hòa Bình, TDMNPB (Trung du và miền núi phía Bắc)
	// "Nhật Tiến": not a province
}

func ExampleReadDefinitions() {
	// A definition with one mistake in it: 933's criterion 1 is pass/fail
	// but says ">=".
	const def = `{"id": "933/QĐ-UBND", "title": {"vi": "Số liệu minh họa", "en": "Illustrative"},
	  "level": "ntm-nang-cao", "scope": "Lạng Sơn", "issuer": "UBND tỉnh Lạng Sơn",
	  "issued": "2018-05-22", "effective": "2018-05-22", "period": {"from": 2018, "to": 2020},
	  "supersedes": [], "requires": "1980/QĐ-TTg", "content": "complete",
	  "criteria": [{"code": "1", "name": {"vi": "Minh họa", "en": "Illustrative"}, "group": "", "agency": "",
	    "indicators": [{"code": "1", "text": {"vi": "Đạt", "en": "Met"}, "kind": "pass", "op": ">=",
	      "unit": "", "not_applicable_allowed": false, "citation": "số liệu minh họa",
	      "targets": {"common": {"value": "true", "provenance": "M"}}}]}]}`
	_, err := criteria.ReadDefinitions(strings.NewReader(def))
	fmt.Println(err)

	sets, err := criteria.ReadDefinitions(strings.NewReader(strings.Replace(def, `"op": ">="`, `"op": "="`, 1)))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sets[0].ID, sets[0].Content, len(sets[0].Criteria), "criterion")
	// Output:
	// criteria: criteria[0].indicators[0].op: does not fit kind pass (got ">=")
	// 933/QĐ-UBND complete 1 criterion
}

func ExampleCatalog_Add() {
	// testdata/933-test-fixture.json is a test fixture with illustrative
	// content (số liệu minh họa), standing in for the official text.
	f, err := os.Open("testdata/933-test-fixture.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	defs, err := criteria.ReadDefinitions(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	c := criteria.Builtin()
	for _, s := range defs {
		if err := c.Add(s); err != nil {
			fmt.Println(err)
			return
		}
	}
	for _, s := range c.Sets() {
		fmt.Println(s.ID, s.Content, len(s.Criteria))
	}
	// Output:
	// 1980/QĐ-TTg complete 19
	// 933/QĐ-UBND complete 2
	// 318/QĐ-TTg/I pending-official-text 19
	// 318/QĐ-TTg/II pending-official-text 19
	// 319/QĐ-TTg pending-official-text 4
	// 51/2025/QĐ-TTg pending-official-text 10
}

func ExampleSet_ForRegion() {
	s := criteria.QD1980().ForRegion(criteria.DBSCL)
	ind, _, _ := s.Indicator("15.3")
	fmt.Println("common", ind.Common.Value, "DBSCL", ind.Regional[criteria.DBSCL].Value, "regions kept:", len(ind.Regional))
	// Output:
	// common 21.8 DBSCL 20.5 regions kept: 1
}

func ExampleSet_Derive() {
	// An illustrative provincial profile (số liệu minh họa): not a real decision.
	profile := criteria.Profile{
		ID:     "MINH-HOA/QĐ-UBND",
		Scope:  "Lạng Sơn",
		Issuer: "UBND tỉnh Lạng Sơn (minh họa)",
		Changes: []criteria.Change{
			{Indicator: "10", Year: 2018, Value: decimal.RequireFromString("29.5"), Provenance: criteria.M,
				Citation: "số liệu minh họa: thu nhập năm 2018"},
			{Indicator: "4.2", Value: decimal.RequireFromString("97"), Provenance: criteria.M,
				Citation: "số liệu minh họa: tỷ lệ hộ dùng điện"},
		},
	}
	national := criteria.QD1980()
	derived, err := national.Derive(profile)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range []*criteria.Set{national, derived} {
		income, _, _ := s.Indicator("10")
		electricity, _, _ := s.Indicator("4.2")
		r10, _ := income.Resolve(criteria.TDMNPB, 2018)
		r42, _ := electricity.Resolve(criteria.TDMNPB, 2018)
		fmt.Printf("%s (%s): 10 in 2018 %s%s (fallback %v), 4.2 %s%s\n", s.ID, s.Scope,
			r10.Op.Symbol(), r10.Value, r10.YearFallback, r42.Op.Symbol(), r42.Value)
	}
	// Output:
	// 1980/QĐ-TTg (national): 10 in 2018 ≥36 (fallback true), 4.2 ≥95
	// MINH-HOA/QĐ-UBND (Lạng Sơn): 10 in 2018 ≥29.5 (fallback false), 4.2 ≥97
}

// Which sets apply on a date: the sets of the built-in catalog in force
// then, from their effective date to the end of their period.
func ExampleCatalog_InForce() {
	cat := criteria.Builtin()
	for _, day := range []string{"2020-05-05", "2023-01-01", "2026-12-01"} {
		d, _ := time.Parse(time.DateOnly, day)
		fmt.Print(day, ":")
		for _, s := range cat.InForce(d) {
			fmt.Printf(" %s (%s, %d-%d)", s.ID, s.Level, s.Period.From, s.Period.To)
		}
		fmt.Println()
	}
	// Output:
	// 2020-05-05: 1980/QĐ-TTg (ntm, 2016-2020) 933/QĐ-UBND (ntm-nang-cao, 2018-2020)
	// 2023-01-01: 318/QĐ-TTg/I (ntm, 2021-2025) 318/QĐ-TTg/II (ntm-nang-cao, 2021-2025) 319/QĐ-TTg (ntm-kieu-mau, 2021-2025)
	// 2026-12-01: 51/2025/QĐ-TTg (ntm, 2026-2030)
}

// Builtin is the catalog of the built-in sets: each with its content, whole
// or pending the official text, and the set it requires first.
func ExampleBuiltin() {
	for _, s := range criteria.Builtin().Sets() {
		fmt.Printf("%s: %d criteria, %s, requires %q\n", s.ID, len(s.Criteria), s.Content, s.Requires)
	}
	// Output:
	// 1980/QĐ-TTg: 19 criteria, complete, requires ""
	// 933/QĐ-UBND: 14 criteria, pending-official-text, requires "1980/QĐ-TTg"
	// 318/QĐ-TTg/I: 19 criteria, pending-official-text, requires ""
	// 318/QĐ-TTg/II: 19 criteria, pending-official-text, requires "318/QĐ-TTg/I"
	// 319/QĐ-TTg: 4 criteria, pending-official-text, requires "318/QĐ-TTg/II"
	// 51/2025/QĐ-TTg: 10 criteria, pending-official-text, requires ""
}
