package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The tests of this file pin, through the command line as other programs
// run it, statements of the interchange formats specification
// (docs/formats.md, which follows it) that no other test of the command pins: each
// case names the part of the specification it checks. Outputs are read as
// a program parsing them would: JSON decoded into generic values, keys by
// name and in order.

// specIndicator is an indicator of a report as a parser sees it.
type specIndicator map[string]any

// evalIndicators runs ntm eval --format json on the JSON assessment text
// and returns the exit status, each report's status, criteria met and
// criterion statuses, and the indicators by code.
func evalIndicators(t *testing.T, assessment string, args ...string) (code int, reports []map[string]any, indicators map[string]specIndicator, criteria map[string]string, stderr string) {
	t.Helper()
	path := fileWriter(t, t.TempDir())("a.json", assessment)
	code, out, stderr := runNTM(t, "", append(append([]string{"eval", "--format", "json"}, args...), path)...)
	if err := json.Unmarshal([]byte(out), &reports); err != nil {
		t.Fatalf("stdout is not a JSON array: %v\n%s\nstderr:\n%s", err, out, stderr)
	}
	indicators = map[string]specIndicator{}
	criteria = map[string]string{}
	for _, r := range reports {
		for _, c := range r["criteria"].([]any) {
			c := c.(map[string]any)
			criteria[c["code"].(string)] = c["status"].(string)
			for _, i := range c["indicators"].([]any) {
				i := i.(map[string]any)
				indicators[i["code"].(string)] = i
			}
		}
	}
	return code, reports, indicators, criteria, stderr
}

// hoaLac1980 is an assessment of Hòa Lạc for 1980/QĐ-TTg with the values
// given (JSON members of the set's object).
func hoaLac1980(values string) string {
	return `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
 "sets": {"1980/QĐ-TTg": {` + values + `}}}`
}

// tanThanhAllMet returns the Tân Thành assessment of the Hữu Lũng sample
// for 1980/QĐ-TTg alone, which meets every criterion, with the values
// given replacing its own.
func tanThanhAllMet(t *testing.T, replace map[string]any) string {
	t.Helper()
	code, out, stderr := runNTM(t, "", "criteria", "--set", "1980", "--format", "json")
	if code != exitOK {
		t.Fatalf("criteria: exit %d: %s", code, stderr)
	}
	var set struct {
		Criteria []struct {
			Indicators []struct {
				Code string
				Kind string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &set); err != nil {
		t.Fatal(err)
	}
	// Values that meet every target of TDMNPB in 2020.
	met := map[string]any{"3.1": "83", "4.2": "98", "5": "100", "6.3": "100", "9.2": "78", "10": "41.5", "11": "8.4",
		"12": "93", "14.2": "73", "14.3": "28", "15.1": "88", "15.3": "18.7", "16": "73", "17.1a": "93", "17.1b": "53",
		"17.2": "100", "17.6": "73", "17.7": "63", "17.8": "100"}
	values := map[string]any{}
	for _, c := range set.Criteria {
		for _, i := range c.Indicators {
			switch {
			case i.Kind == "pass":
				values[i.Code] = true
			case i.Kind == "none":
				values[i.Code] = 0
			default:
				v, ok := met[i.Code]
				if !ok {
					t.Fatalf("no value meeting indicator %s", i.Code)
				}
				values[i.Code] = v
			}
		}
	}
	for k, v := range replace {
		values[k] = v
	}
	a := map[string]any{
		"commune": map[string]string{"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"},
		"year":    2020,
		"sets":    map[string]any{"1980/QĐ-TTg": values},
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSpecIdentifiers: "Identifiers": every alias of a set resolves to its
// canonical ID, case-insensitively.
func TestSpecIdentifiers(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1980", "1980/QĐ-TTg"}, {"QD1980", "1980/QĐ-TTg"}, {"qd1980", "1980/QĐ-TTg"}, {"1980/QD-TTg", "1980/QĐ-TTg"},
		{"1980/qd-ttg", "1980/QĐ-TTg"}, {"1980/QĐ-TTg", "1980/QĐ-TTg"}, {"1980/qđ-ttg", "1980/QĐ-TTg"},
		{"933", "933/QĐ-UBND"}, {"QD933", "933/QĐ-UBND"}, {"qd933", "933/QĐ-UBND"}, {"933/QD-UBND", "933/QĐ-UBND"},
		{"933/qd-ubnd", "933/QĐ-UBND"},
		// "Sets of later periods, and levels": the aliases of the table.
		{"318", "318/QĐ-TTg/I"}, {"318-ntm", "318/QĐ-TTg/I"}, {"318/QĐ-TTg/I", "318/QĐ-TTg/I"},
		{"318-nang-cao", "318/QĐ-TTg/II"}, {"318/QĐ-TTg/II", "318/QĐ-TTg/II"},
		{"319", "319/QĐ-TTg"}, {"kieu-mau", "319/QĐ-TTg"}, {"319/QĐ-TTg", "319/QĐ-TTg"},
		{"51/2025", "51/2025/QĐ-TTg"}, {"51", "51/2025/QĐ-TTg"}, {"51/2025/QĐ-TTg", "51/2025/QĐ-TTg"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			code, out, stderr := runNTM(t, "", "criteria", "--set", tc.in, "--format", "json")
			var set struct{ ID string }
			if code != exitOK || json.Unmarshal([]byte(out), &set) != nil || set.ID != tc.want {
				t.Errorf("exit %d, id %q, want %q; stderr:\n%s", code, set.ID, tc.want, stderr)
			}
		})
	}
}

// TestSpecLaterSets: "Sets of later periods, and levels": criteria counts,
// target columns, prerequisites and content of the built-in later sets.
func TestSpecLaterSets(t *testing.T) {
	for _, tc := range []struct {
		id, columns string
		criteria    int
		requires    any
		level       string
	}{
		{"1980/QĐ-TTg", "", 19, nil, "ntm"},
		{"933/QĐ-UBND", "", 14, "1980/QĐ-TTg", "ntm-nang-cao"},
		{"318/QĐ-TTg/I", "", 19, nil, "ntm"},
		{"318/QĐ-TTg/II", "", 19, "318/QĐ-TTg/I", "ntm-nang-cao"},
		{"319/QĐ-TTg", "", 4, "318/QĐ-TTg/II", "ntm-kieu-mau"},
		{"51/2025/QĐ-TTg", "group", 10, nil, "ntm"},
	} {
		t.Run(tc.id, func(t *testing.T) {
			code, out, stderr := runNTM(t, "", "criteria", "--set", tc.id, "--format", "json")
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var set map[string]any
			if err := json.Unmarshal([]byte(out), &set); err != nil {
				t.Fatal(err)
			}
			columns, _ := set["columns"].(string)
			if columns == "region" {
				columns = "" // the default, written or not
			}
			if n := len(set["criteria"].([]any)); n != tc.criteria || columns != tc.columns || set["requires"] != tc.requires || set["level"] != tc.level {
				t.Errorf("%d criteria, columns %q, requires %v, level %v; want %d, %q, %v, %v",
					n, columns, set["requires"], set["level"], tc.criteria, tc.columns, tc.requires, tc.level)
			}
			if tc.id != "1980/QĐ-TTg" && tc.id != "933/QĐ-UBND" {
				if set["content"] != "pending-official-text" {
					t.Errorf("content %v, want pending-official-text", set["content"])
				}
				for _, c := range set["criteria"].([]any) {
					c := c.(map[string]any)
					is := c["indicators"].([]any)
					if len(is) != 1 || is[0].(map[string]any)["kind"] != "pass" || is[0].(map[string]any)["code"] != c["code"] {
						t.Errorf("criterion %v: want one pass slot coded as the criterion, got %v", c["code"], is)
					}
				}
			}
		})
	}
}

// TestSpecRegions: "Identifiers": a region is its code or its Vietnamese
// name with or without diacritics, in any case; a province names the
// region; a province and a region that disagree are an input error.
func TestSpecRegions(t *testing.T) {
	for _, tc := range []struct {
		name, commune, region string
		wantCode              int
		wantRegion            string
	}{
		{"a code", `"province": "Lạng Sơn"`, `"TDMNPB"`, exitOK, "TDMNPB"},
		{"a code in lower case", `"province": "Lạng Sơn"`, `"tdmnpb"`, exitOK, "TDMNPB"},
		{"the Vietnamese name", `"province": "Lạng Sơn"`, `"Trung du miền núi phía Bắc"`, exitOK, "TDMNPB"},
		{"the name without diacritics", `"province": "Lạng Sơn"`, `"trung du mien nui phia bac"`, exitOK, "TDMNPB"},
		{"no region: the province's", `"province": "Lạng Sơn"`, ``, exitOK, "TDMNPB"},
		{"a province without diacritics", `"province": "lang son"`, ``, exitOK, "TDMNPB"},
		{"Hà Nội is DBSH", `"province": "Ha Noi"`, ``, exitOK, "DBSH"},
		{"Cần Thơ is DBSCL", `"province": "Cần Thơ"`, ``, exitOK, "DBSCL"},
		{"Đắk Lắk is TN", `"province": "Đắk Lắk"`, ``, exitOK, "TN"},
		{"a region without a province", ``, `"DNB"`, exitOK, "DNB"},
		{"province and region disagree", `"province": "Lạng Sơn"`, `"DBSH"`, exitInput, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			commune := `"name": "Hòa Lạc", "district": "Hữu Lũng"`
			if tc.commune != "" {
				commune += ", " + tc.commune
			}
			region := ""
			if tc.region != "" {
				region = `"region": ` + tc.region + `, `
			}
			a := `{"commune": {` + commune + `}, ` + region + `"year": 2020, "sets": {"1980": {"1.1": true}}}`
			code, reports, _, _, stderr := evalIndicators(t, a)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.wantCode, stderr)
			}
			if tc.wantCode != exitOK {
				if len(reports) != 0 || !strings.Contains(stderr, "region") {
					t.Errorf("reports %v; stderr does not name the region:\n%s", reports, stderr)
				}
				return
			}
			if len(reports) != 1 || reports[0]["region"] != tc.wantRegion {
				t.Errorf("reports %v, want one of region %s", reports, tc.wantRegion)
			}
		})
	}
}

// TestSpecAssessmentValues: "Assessment, JSON": each kind of value, how it
// is read and evaluated; and "Evaluation report, JSON": actual, op,
// target, gap and gap_units as printed.
func TestSpecAssessmentValues(t *testing.T) {
	for _, tc := range []struct {
		name, values, code string
		want               map[string]any // keys of the indicator; nil: null
		absent             []string       // keys the indicator must not have
	}{
		{"true is met", `"1.1": true`, "1.1", map[string]any{"status": "met", "actual": "true", "op": "=", "target": "true", "unit": "", "gap": nil}, nil},
		{"false is not met, with no gap", `"1.1": false`, "1.1", map[string]any{"status": "not-met", "actual": "false", "gap": nil}, nil},
		{"a number is a percentage", `"14.2": 75`, "14.2", map[string]any{"status": "met", "actual": "75", "op": ">=", "target": "70", "unit": "%"}, nil},
		{"a decimal string", `"14.2": "69.5"`, "14.2", map[string]any{"status": "not-met", "actual": "69.5", "gap": "0.5"}, nil},
		{"numbers are read exactly, never through float64", `"14.2": 69.999999999999999999`, "14.2", map[string]any{"status": "not-met", "actual": "70", "gap": "0.01"}, nil},
		{"decimal strings too", `"10": "35.99999999999999999999"`, "10", map[string]any{"status": "not-met", "gap": "0.01"}, nil},
		{"an amount in the indicator's unit", `"10": 36`, "10", map[string]any{"status": "met", "actual": "36", "target": "36", "unit": "triệu đồng/người/năm"}, nil},
		{"actual is rounded half-up to 2 decimals", `"14.2": "82.345"`, "14.2", map[string]any{"actual": "82.35"}, nil},
		{"below the half it is rounded down", `"14.2": "82.3449"`, "14.2", map[string]any{"actual": "82.34"}, nil},
		{"a gap is rounded up so that a shortfall never prints as 0", `"14.2": "69.999"`, "14.2", map[string]any{"status": "not-met", "gap": "0.01"}, nil},
		{"a share is compared exactly", `"14.2": {"numerator": 699999999999999999, "denominator": 1000000000000000000}`, "14.2", map[string]any{"status": "not-met", "actual": "70", "gap": "0.01"}, []string{"gap_units", "gap_unit"}},
		{"a share at the target is met", `"14.2": {"numerator": 7, "denominator": 10}`, "14.2", map[string]any{"status": "met", "actual": "70", "gap": nil}, nil},
		{"the spec's example share", `"5": {"numerator": 2, "denominator": 3, "unit": "trường"}`, "5",
			map[string]any{"status": "not-met", "actual": "66.67", "op": ">=", "target": "70", "unit": "%", "gap": "3.34", "gap_units": "1", "gap_unit": "trường"}, nil},
		{"gap_units of a <= target: how many fewer", `"11": {"numerator": 121, "denominator": 1000, "unit": "hộ"}`, "11",
			map[string]any{"status": "not-met", "actual": "12.1", "op": "<=", "target": "12", "gap": "0.1", "gap_units": "1", "gap_unit": "hộ"}, nil},
		{"gap_units of a unit counting people, rounded up", `"12": {"numerator": 899, "denominator": 1000, "unit": "người"}`, "12",
			map[string]any{"status": "not-met", "gap": "0.1", "gap_units": "1", "gap_unit": "người"}, nil},
		{"gap_units of cơ sở, rounded up to a whole number", `"17.6": {"numerator": 69, "denominator": 100, "unit": "cơ sở"}`, "17.6",
			map[string]any{"status": "not-met", "gap": "1", "gap_units": "1", "gap_unit": "cơ sở"}, nil},
		{"gap_units of a unit not counting things: up to 2 decimals, rounded up", `"3.1": {"numerator": "7.991", "denominator": 10, "unit": "km"}`, "3.1",
			map[string]any{"status": "not-met", "actual": "79.91", "gap": "0.09", "gap_units": "0.01", "gap_unit": "km"}, nil},
		{"a share without a unit has no gap_units", `"3.1": {"numerator": 7, "denominator": 10}`, "3.1",
			map[string]any{"status": "not-met", "actual": "70", "gap": "10"}, []string{"gap_units", "gap_unit"}},
		{"a none indicator: 0 meets it", `"9.1": 0`, "9.1", map[string]any{"status": "met", "op": "none", "target": "0", "gap": nil}, nil},
		{"a none indicator: false meets it", `"9.1": false`, "9.1", map[string]any{"status": "met", "op": "none"}, nil},
		{"a none indicator: the gap is the count itself", `"9.1": 2`, "9.1", map[string]any{"status": "not-met", "actual": "2", "op": "none", "gap": "2"}, nil},
		{"n/a where allowed", `"17.2": "n/a"`, "17.2", map[string]any{"status": "not-applicable", "gap": nil}, nil},
		{"null is missing", `"14.2": null`, "14.2", map[string]any{"status": "missing", "gap": nil}, nil},
		{"absent is missing", `"1.1": true`, "14.2", map[string]any{"status": "missing", "gap": nil}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, reports, indicators, _, stderr := evalIndicators(t, hoaLac1980(tc.values))
			if code != exitOK || len(reports) != 1 {
				t.Fatalf("exit %d, %d reports; stderr:\n%s", code, len(reports), stderr)
			}
			i := indicators[tc.code]
			for k, want := range tc.want {
				got, ok := i[k]
				if !ok || got != want {
					t.Errorf("%s: %q is %#v (present %v), want %#v", tc.code, k, got, ok, want)
				}
			}
			for _, k := range tc.absent {
				if _, ok := i[k]; ok {
					t.Errorf("%s: %q present: %#v", tc.code, k, i)
				}
			}
		})
	}
}

// TestSpecAssessmentErrors: "Assessment, JSON": the values and keys that
// are errors, each named with the commune and the JSON path; exit status 1.
func TestSpecAssessmentErrors(t *testing.T) {
	for _, tc := range []struct {
		name, assessment string
		want             []string // in standard error
	}{
		{"a percentage above 100", hoaLac1980(`"3.1": "100.01"`), []string{`["3.1"]`, `100.01`}},
		{"a negative percentage", hoaLac1980(`"3.1": -1`), []string{`["3.1"]`, `-1`}},
		{"a negative amount", hoaLac1980(`"10": "-1"`), []string{`["10"]`, `-1`}},
		{"a negative count of a none indicator", hoaLac1980(`"9.1": -1`), []string{`["9.1"]`, `-1`}},
		{"a pass/fail value given as a number", hoaLac1980(`"1.1": 1`), []string{`["1.1"]`}},
		{"true for a none indicator", hoaLac1980(`"9.1": true`), []string{`["9.1"]`}},
		{"a share with D = 0", hoaLac1980(`"5": {"numerator": 0, "denominator": 0}`), []string{`["5"].denominator`}},
		{"a share with D < 0", hoaLac1980(`"5": {"numerator": 0, "denominator": -1}`), []string{`["5"].denominator`}},
		{"a share with N > D", hoaLac1980(`"5": {"numerator": 4, "denominator": 3}`), []string{`["5"].numerator`}},
		{"a share with N < 0", hoaLac1980(`"5": {"numerator": -1, "denominator": 3}`), []string{`["5"].numerator`}},
		{"n/a where the set does not allow it", hoaLac1980(`"4.2": "n/a"`), []string{`["4.2"]`, `n/a`}},
		{"an unknown indicator: the error names set and code", hoaLac1980(`"99.9": true`), []string{`99.9`, `1980/QĐ-TTg`}},
		{"an unknown set", `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"999/QĐ-X": {"1": true}}}`, []string{`999/QĐ-X`}},
		{"an unknown top-level key", `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "yaer": 2020, "sets": {"1980": {"1.1": true}}}`, []string{`yaer`}},
		{"an unknown key of the commune", `{"commune": {"name": "Hòa Lạc", "distrct": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}}`, []string{`commune.distrct`}},
		{"an unknown key of a share", hoaLac1980(`"5": {"numerator": 2, "denominator": 3, "units": "trường"}`), []string{`units`}},
		{"an unknown key of a recognition", `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}, "recognitions": [{"set": "1980", "year": 2018, "decison": "1"}]}`, []string{`decison`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, reports, _, _, stderr := evalIndicators(t, tc.assessment)
			if code != exitInput || len(reports) != 0 {
				t.Errorf("exit %d with %d reports, want %d and none", code, len(reports), exitInput)
			}
			for _, w := range append([]string{"ntm eval: ", "a.json", "Hòa Lạc"}, tc.want...) {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr does not contain %q:\n%s", w, stderr)
				}
			}
		})
	}
}

// TestSpecStatusRules: "Evaluation report, JSON": how criterion and set
// statuses follow from their parts, and criteria_met / criteria_total.
func TestSpecStatusRules(t *testing.T) {
	for _, tc := range []struct {
		name                        string
		replace                     map[string]any
		wantSet                     string
		wantMet                     float64
		criterion, wantCriterionSts string
	}{
		{"every criterion met: the set is met", nil, "met", 19, "7", "met"},
		{"a criterion whose indicators are all not applicable counts as met", map[string]any{"7": "n/a"}, "met", 19, "7", "met"},
		{"a not-applicable indicator does not block its criterion", map[string]any{"17.2": "n/a"}, "met", 19, "17", "met"},
		{"one indicator missing: criterion and set missing", map[string]any{"17.6": nil}, "missing", 18, "17", "missing"},
		{"not met wins over missing in a criterion", map[string]any{"17.6": nil, "17.7": "1"}, "not-met", 18, "17", "not-met"},
		{"not met wins over missing in the set", map[string]any{"17.6": nil, "5": "1"}, "not-met", 17, "5", "not-met"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, reports, _, criteria, stderr := evalIndicators(t, tanThanhAllMet(t, tc.replace))
			if code != exitOK || len(reports) != 1 {
				t.Fatalf("exit %d, %d reports; stderr:\n%s", code, len(reports), stderr)
			}
			r := reports[0]
			if r["status"] != tc.wantSet || r["criteria_met"] != tc.wantMet || r["criteria_total"] != float64(19) || criteria[tc.criterion] != tc.wantCriterionSts {
				t.Errorf("set %v, %v/%v met, criterion %s %v; want %s, %v/19, %s",
					r["status"], r["criteria_met"], r["criteria_total"], tc.criterion, criteria[tc.criterion], tc.wantSet, tc.wantMet, tc.wantCriterionSts)
			}
		})
	}
}

// TestSpecReportKeys: "Evaluation report, JSON": the keys of a report, of a
// criterion and of an indicator, in the order of the example (keys of ours
// come after), and prerequisite null for a set requiring none.
func TestSpecReportKeys(t *testing.T) {
	path := fileWriter(t, t.TempDir())("a.json", hoaLac1980(`"5": {"numerator": 2, "denominator": 3, "unit": "trường"}, "1.1": true`))
	code, out, stderr := runNTM(t, "", "eval", "--format", "json", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var reports []json.RawMessage
	if err := json.Unmarshal([]byte(out), &reports); err != nil || len(reports) != 1 {
		t.Fatalf("%v: %s", err, out)
	}
	prefix := func(what string, raw json.RawMessage, want []string) {
		t.Helper()
		keys := objectKeys(t, raw)
		if len(keys) < len(want) || !slices.Equal(keys[:len(want)], want) {
			t.Errorf("%s keys %q, want them to begin with %q", what, keys, want)
		}
	}
	prefix("report", reports[0], []string{"set", "commune", "region", "year", "status", "criteria_met", "criteria_total", "criteria", "prerequisite", "warnings"})
	var r struct {
		Commune      json.RawMessage
		Prerequisite json.RawMessage
		Warnings     []string
		Criteria     []struct {
			Code       string
			Indicators []json.RawMessage
		}
	}
	if err := json.Unmarshal(reports[0], &r); err != nil {
		t.Fatal(err)
	}
	prefix("commune", r.Commune, []string{"name", "district", "province"})
	if string(r.Prerequisite) != "null" || r.Warnings == nil {
		t.Errorf("prerequisite %s, warnings %v: want null and an array", r.Prerequisite, r.Warnings)
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(reports[0], &struct{ Criteria *[]json.RawMessage }{&raws}); err != nil {
		t.Fatal(err)
	}
	prefix("criterion", raws[0], []string{"code", "name", "status", "indicators"})
	for _, c := range r.Criteria {
		switch c.Code {
		case "1":
			prefix("indicator", c.Indicators[0], []string{"code", "status", "actual", "op", "target", "unit", "gap"})
		case "5":
			prefix("indicator with gap_units", c.Indicators[0], []string{"code", "status", "actual", "op", "target", "unit", "gap", "gap_units", "gap_unit"})
		}
	}
}

// objectKeys returns the keys of the JSON object raw in their order.
func objectKeys(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not an object: %s", raw)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// TestSpecPrerequisite: "Evaluation report, JSON", prerequisite: 933
// requires 1980 met, evaluated from the same assessment's 1980 values when
// present, else satisfied by a recognition.
func TestSpecPrerequisite(t *testing.T) {
	all933 := `"933/QĐ-UBND": {"1": true, "2": true, "3": true, "4": true, "5": true, "6": true, "7": true, "8": true, "9": true, "10": true, "11": true, "12": true, "13": true, "14": true}`
	commune := `"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020`
	var full map[string]any
	if err := json.Unmarshal([]byte(tanThanhAllMet(t, nil)), &full); err != nil {
		t.Fatal(err)
	}
	values1980, _ := json.Marshal(full["sets"].(map[string]any)["1980/QĐ-TTg"])
	for _, tc := range []struct {
		name, assessment               string
		wantSet, wantPrereq, wantBasis string
	}{
		{"a recognition satisfies it", `{` + commune + `, "sets": {` + all933 + `}, "recognitions": [{"set": "1980/QĐ-TTg", "year": 2018, "decision": "2165/QĐ-UBND"}]}`, "met", "met", "recognition"},
		{"neither values nor recognition: missing", `{` + commune + `, "sets": {` + all933 + `}}`, "missing", "missing", "recognition"},
		{"the same assessment's values: evaluated", `{` + commune + `, "sets": {"1980/QĐ-TTg": ` + string(values1980) + `, ` + all933 + `}}`, "met", "met", "evaluated"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, reports, _, _, stderr := evalIndicators(t, tc.assessment, "--set", "933")
			if code != exitOK || len(reports) != 1 {
				t.Fatalf("exit %d, %d reports; stderr:\n%s", code, len(reports), stderr)
			}
			r := reports[0]
			p, _ := r["prerequisite"].(map[string]any)
			if r["set"] != "933/QĐ-UBND" || r["status"] != tc.wantSet || p == nil || p["set"] != "1980/QĐ-TTg" || p["status"] != tc.wantPrereq || p["basis"] != tc.wantBasis {
				t.Errorf("set %v status %v, prerequisite %v; want %s, %s by %s", r["set"], r["status"], p, tc.wantSet, tc.wantPrereq, tc.wantBasis)
			}
		})
	}
}

// TestSpecLongCSVCells: "Assessment, CSV (long form)" and "Cell words": the
// words, decimals and shares of the cells, and their errors, named by file,
// line and column.
func TestSpecLongCSVCells(t *testing.T) {
	const header = "province,district,commune,region,year,set,indicator,value,numerator,denominator,unit,source\n"
	const who = "Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980,"
	for _, tc := range []struct {
		row        string // indicator,value,numerator,denominator,unit,source
		wantStatus string // or "" for an error
		wantActual string // or the message's part
	}{
		{"1.1,đạt,,,,", "met", "true"}, {"1.1,dat,,,,", "met", "true"}, {"1.1,TRUE,,,,", "met", "true"},
		{"1.1,x,,,,", "met", "true"}, {"1.1,X,,,,", "met", "true"}, {"1.1,có,,,,", "met", "true"}, {"1.1,CO,,,,", "met", "true"},
		{"1.1,chưa đạt,,,,", "not-met", "false"}, {"1.1,Chua Dat,,,,", "not-met", "false"}, {"1.1,không đạt,,,,", "not-met", "false"},
		{"1.1,false,,,,", "not-met", "false"}, {"1.1,Không,,,,", "not-met", "false"}, {"1.1,khong,,,,", "not-met", "false"},
		{"17.2,n/a,,,,", "not-applicable", "n/a"}, {"17.2,không áp dụng,,,,", "not-applicable", "n/a"}, {"17.2,Khong Ap Dung,,,,", "not-applicable", "n/a"},
		{`3.1,"36,8",,,,`, "not-met", "36.8"}, {"3.1,36.8,,,,", "not-met", "36.8"},
		{`3.1,"96,5%",,,,`, "met", "96.5"}, {"3.1,96.5%,,,,", "met", "96.5"},
		{"5,,2,3,trường,", "not-met", "66.67"},
		{"14.2,,,,,", "missing", ""},
		{`3.1,"1.234,5",,,,`, "", "cột value"}, {"3.1,1.2.3,,,,", "", "cột value"}, {`3.1,"1,2,3",,,,`, "", "cột value"},
		{"5,1,2,3,,", "", "cột value"}, {"5,,2,,,", "", "cột denominator"},
		{"1.1,có lẽ,,,,", "", "cột value"},
		{"99.9,đạt,,,,", "", "cột indicator"},
	} {
		t.Run(tc.row, func(t *testing.T) {
			path := fileWriter(t, t.TempDir())("long.csv", header+who+tc.row+"\n")
			code, out, stderr := runNTM(t, "", "eval", "--format", "csv", path)
			if tc.wantStatus == "" {
				if code != exitInput || !strings.Contains(stderr, path+":2: "+tc.wantActual) {
					t.Errorf("exit %d, stderr does not name %s:2 and %q:\n%s", code, path, tc.wantActual, stderr)
				}
				return
			}
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			_, rows := readCSV(t, out)
			code0 := strings.SplitN(tc.row, ",", 2)[0]
			for _, r := range rows {
				if r["indicator"] == code0 {
					if r["status"] != tc.wantStatus || r["actual"] != tc.wantActual {
						t.Errorf("status %q actual %q, want %q %q", r["status"], r["actual"], tc.wantStatus, tc.wantActual)
					}
					return
				}
			}
			t.Errorf("no row of indicator %s:\n%s", code0, out)
		})
	}
}

// TestSpecTableHeaders: "Header names": the Vietnamese headers of every
// column, matched ignoring case, diacritics and surrounding spaces, with the
// helper columns ignored; "CSV dialect": ';' and tab separators, BOM and
// CRLF.
func TestSpecTableHeaders(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"English names", "province,district,commune,code,region,group,year,set,indicator,value,numerator,denominator,unit,source,content,target,note\n" +
			"Lạng Sơn,Hữu Lũng,Hòa Lạc,,TDMNPB,,2020,1980,5,,2,3,trường,,x,x,x\n"},
		{"first Vietnamese names", "Tỉnh,Huyện,Xã,Mã xã,Vùng,Nhóm,Năm,Bộ tiêu chí,Chỉ tiêu,Giá trị,Tử số,Mẫu số,Đơn vị,Nguồn,Nội dung,Mức đạt chuẩn,Ghi chú\n" +
			"Lạng Sơn,Hữu Lũng,Hòa Lạc,,TDMNPB,,2020,1980,5,,2,3,trường,,x,x,x\n"},
		{"second Vietnamese names, ';', BOM, CRLF", "\ufeffTỉnh/Thành phố;Huyện/Thị xã/Thành phố;Xã/Phường/Thị trấn;Mã ĐVHC;Vùng;Nhóm xã;Năm;Bộ tiêu chí;Mã chỉ tiêu;Kết quả;Tử số;Mẫu số;Đơn vị tính;Nguồn\r\n" +
			"Lạng Sơn;Hữu Lũng;Hòa Lạc;;TDMNPB;;2020;1980;5;;2;3;trường;\r\n"},
		{"Tên xã, any case, no diacritics, spaces, tab", " TINH \thuyen\tten xa\tnam\tbo tieu chi\tchi tieu\tgia tri\ttu so\tmau so\tdon vi\n" +
			"Lạng Sơn\tHữu Lũng\tHòa Lạc\t2020\t1980\t5\t\t2\t3\ttrường\n"},
		{"a decimal comma unquoted in a ';' file", "Tỉnh;Huyện;Xã;Năm;Bộ tiêu chí;Chỉ tiêu;Giá trị\nLạng Sơn;Hữu Lũng;Hòa Lạc;2020;1980;5;66,67\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := fileWriter(t, t.TempDir())("bang.csv", tc.text)
			code, out, stderr := runNTM(t, "", "eval", "--format", "json", path)
			var reports []struct {
				Commune  struct{ Name, District, Province string }
				Region   string
				Criteria []struct {
					Code       string
					Indicators []struct{ Code, Status, Actual string }
				}
			}
			if code != exitOK || json.Unmarshal([]byte(out), &reports) != nil || len(reports) != 1 {
				t.Fatalf("exit %d: %s\nstderr:\n%s", code, out, stderr)
			}
			r := reports[0]
			if r.Commune.Name != "Hòa Lạc" || r.Commune.District != "Hữu Lũng" || r.Commune.Province != "Lạng Sơn" || r.Region != "TDMNPB" {
				t.Errorf("commune %+v region %s", r.Commune, r.Region)
			}
			for _, c := range r.Criteria {
				if c.Code == "5" && (c.Indicators[0].Status != "not-met" || c.Indicators[0].Actual != "66.67") {
					t.Errorf("indicator 5: %+v", c.Indicators[0])
				}
			}
		})
	}
}

// TestSpecWideLayout: "Wide layout": indicator columns headed by the code,
// optionally followed by '.' and/or a label and a share unit in brackets;
// shares as N/D; set from --set; an unknown code is an error naming the
// column.
func TestSpecWideLayout(t *testing.T) {
	w := fileWriter(t, t.TempDir())
	wide := w("rong.csv", "Tỉnh,Huyện,Xã,Năm,1.1,2.2. Đường trục thôn,5 Trường học [trường],17.1a,9.1,17.2\n"+
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,x,,2/3,\"96,5%\",0,n/a\n")
	code, out, stderr := runNTM(t, "", "eval", "--set", "1980", "--format", "csv", wide)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	_, rows := readCSV(t, out)
	want := map[string][2]string{"1.1": {"met", "true"}, "2.2": {"missing", ""}, "5": {"not-met", "66.67"}, "17.1a": {"met", "96.5"}, "9.1": {"met", "0"}, "17.2": {"not-applicable", "n/a"}}
	for _, r := range rows {
		if wv, ok := want[r["indicator"]]; ok {
			if r["status"] != wv[0] || r["actual"] != wv[1] {
				t.Errorf("%s: %s %s, want %v", r["indicator"], r["status"], r["actual"], wv)
			}
			if r["indicator"] == "5" && (r["gap_units"] != "1" || r["gap_unit"] != "trường") {
				t.Errorf("5: gap_units %q %q, want 1 trường", r["gap_units"], r["gap_unit"])
			}
			delete(want, r["indicator"])
		}
	}
	if len(want) != 0 {
		t.Errorf("no rows of %v", want)
	}
	code, _, stderr = runNTM(t, "", "eval", "--set", "1980", w("sai.csv", "Tỉnh,Huyện,Xã,Năm,1.1,99.9 Không có\nLạng Sơn,Hữu Lũng,Hòa Lạc,2020,x,1\n"))
	if code != exitInput || !strings.Contains(stderr, "sai.csv:1: cột 99.9 Không có: ") {
		t.Errorf("exit %d, stderr does not name the column:\n%s", code, stderr)
	}
}

// TestSpecSetDefinitionErrors: "Set definition, JSON": reading a definition
// is strict, each error with its JSON path.
func TestSpecSetDefinitionErrors(t *testing.T) {
	code, out, stderr := runNTM(t, "", "criteria", "--set", "1980", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// electricity returns the indicators of criterion 4 (4.1, 4.2).
	electricity := func(set map[string]any) []any {
		return set["criteria"].([]any)[3].(map[string]any)["indicators"].([]any)
	}
	targets := func(set map[string]any, i int) map[string]any {
		return electricity(set)[i].(map[string]any)["targets"].(map[string]any)
	}
	dir := t.TempDir()
	for i, tc := range []struct {
		name     string
		change   func(set map[string]any)
		wantPath string
	}{
		{"an unknown key", func(s map[string]any) { s["levle"] = "ntm" }, `levle`},
		{"an unknown key of an indicator", func(s map[string]any) { electricity(s)[1].(map[string]any)["treshold"] = "1" }, `criteria[3].indicators[1].treshold`},
		{"a duplicate indicator code", func(s map[string]any) { electricity(s)[1].(map[string]any)["code"] = "4.1" }, `criteria[3].indicators[1].code`},
		{"a kind/op mismatch", func(s map[string]any) { electricity(s)[1].(map[string]any)["op"] = "=" }, `criteria[3].indicators[1].op`},
		{"a bad decimal", func(s map[string]any) { targets(s, 1)["common"].(map[string]any)["value"] = "98,5" }, `criteria[3].indicators[1].targets.common.value`},
		{"an unknown target key", func(s map[string]any) { targets(s, 1)["XYZ"] = map[string]any{"value": "95", "provenance": "M"} }, `criteria[3].indicators[1].targets.XYZ`},
		{"a bad value of by_year", func(s map[string]any) {
			targets(s, 1)["TDMNPB"].(map[string]any)["by_year"] = map[string]any{"2018": map[string]any{"value": "x", "provenance": "M"}}
		}, `criteria[3].indicators[1].targets.TDMNPB.by_year.2018.value`},
		{"a missing target for a region with no common", func(s map[string]any) {
			delete(targets(s, 1), "common")
			delete(targets(s, 1), "DBSH")
		}, `criteria[3].indicators[1].targets`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var set map[string]any
			if err := json.Unmarshal([]byte(out), &set); err != nil {
				t.Fatal(err)
			}
			tc.change(set)
			b, err := json.Marshal(set)
			if err != nil {
				t.Fatal(err)
			}
			path := fileWriter(t, dir)(fmt.Sprintf("set-%d.json", i), string(b))
			code, _, stderr := runNTM(t, "", "criteria", "--sets-from", path, "--set", "1980")
			if code != exitInput || !strings.Contains(stderr, path+": "+tc.wantPath) {
				t.Errorf("exit %d, stderr does not name %s: %s:\n%s", code, path, tc.wantPath, stderr)
			}
		})
	}
}

// specPlan is a plan of two targets, one assessed (Hòa Lạc) and one not,
// an inspection window from 1/4 to 30/6/2020 with the date given (JSON),
// and tasks due before 30/4/2020: one not done, one done on 10/5, one with
// no deadline.
func specPlan(date string) string {
	return `{"number": "1/KH-TEST", "issued": "2020-04-15",
 "targets": [{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "1980/QĐ-TTg", "year": 2020},
             {"commune": {"name": "Minh Sơn", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "1980/QĐ-TTg", "year": 2020}],
 "inspection": {"window": {"from": "2020-04-01", "to": "2020-06-30"}, "days": 1, "date": ` + date + `,
   "route": [{"place": "xã Hòa Lạc"}, {"place": "xã Minh Sơn"}]},
 "responsibilities": [{"agency": "Sở Giáo dục và Đào tạo", "criteria": ["5"]}, {"agency": "Sở Tài nguyên và Môi trường", "criteria": ["17.6"]}],
 "tasks": [{"assignee": "A", "action": "a", "due_before": "2020-04-30", "done": null},
           {"assignee": "B", "action": "b", "due_before": "2020-04-30", "done": "2020-05-10"},
           {"assignee": "C", "action": "c", "due_before": null, "done": null}]}`
}

// TestSpecPlanStatus: "Plan status, JSON": task and inspection states on
// each side of their dates, targets' statuses (not-evaluated without an
// assessment; communes matched ignoring case and Unicode form), briefs.
func TestSpecPlanStatus(t *testing.T) {
	w := fileWriter(t, t.TempDir())
	// Hòa Lạc in capitals and decomposed (NFD): still the target's commune.
	assessment := w("hoalac.json", `{"commune": {"name": "HO\u0300A LA\u0323C", "district": "hữu lũng", "province": "LẠNG SƠN"}, "year": 2020,
 "sets": {"1980/QĐ-TTg": {"5": {"numerator": 2, "denominator": 3, "unit": "trường"}, "17.6": "50", "17.7": null}}}`)
	for _, tc := range []struct {
		date, asOf string
		inspection string
		tasks      []string
	}{
		{"null", "2020-03-31", "upcoming", []string{"open", "open", "open"}},
		{"null", "2020-04-01", "open", []string{"open", "open", "open"}},
		{"null", "2020-04-29", "open", []string{"open", "open", "open"}},
		{"null", "2020-04-30", "open", []string{"overdue", "overdue", "open"}}, // overdue on the date of "trước ngày"
		{"null", "2020-05-10", "open", []string{"overdue", "done", "open"}},
		{"null", "2020-06-30", "open", []string{"overdue", "done", "open"}},
		{"null", "2020-07-01", "past", []string{"overdue", "done", "open"}},
		{`"2020-05-01"`, "2020-05-01", "open", []string{"overdue", "overdue", "open"}}, // the date not yet passed
		{`"2020-05-01"`, "2020-05-02", "past", []string{"overdue", "overdue", "open"}},
	} {
		t.Run("date "+tc.date+" as of "+tc.asOf, func(t *testing.T) {
			plan := w("plan.json", specPlan(tc.date))
			code, out, stderr := runNTM(t, "", "plan", "--format", "json", "--as-of", tc.asOf, plan, assessment)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			keys := objectKeys(t, json.RawMessage(out))
			if want := []string{"plan", "as_of", "targets_met", "targets_total", "targets", "tasks", "inspection", "briefs"}; !isSubsequence(want, keys) {
				t.Errorf("keys %q, want %q among them in this order", keys, want)
			}
			var st struct {
				Plan         string
				AsOf         string `json:"as_of"`
				TargetsMet   *int   `json:"targets_met"`
				TargetsTotal int    `json:"targets_total"`
				Targets      []struct {
					Commune       struct{ Name string }
					Set           string
					Year          int
					Status        string
					CriteriaMet   int      `json:"criteria_met"`
					CriteriaTotal int      `json:"criteria_total"`
					NotMet        []string `json:"not_met"`
					Missing       []string
				}
				Tasks []struct {
					Assignee  string
					DueBefore *string `json:"due_before"`
					State     string
				}
				Inspection struct{ State string }
				Briefs     []struct {
					Agency   string
					Criteria []string
					Communes []struct {
						Commune, Set, Status string
						NotMet               []string `json:"not_met"`
						Missing              []string
					}
				}
			}
			if err := json.Unmarshal([]byte(out), &st); err != nil {
				t.Fatal(err)
			}
			if st.Plan != "1/KH-TEST" || st.AsOf != tc.asOf || st.TargetsMet == nil || *st.TargetsMet != 0 || st.TargetsTotal != 2 {
				t.Errorf("plan %q as_of %q targets %v/%d", st.Plan, st.AsOf, st.TargetsMet, st.TargetsTotal)
			}
			if st.Inspection.State != tc.inspection {
				t.Errorf("inspection %q, want %q", st.Inspection.State, tc.inspection)
			}
			var tasks []string
			for _, task := range st.Tasks {
				tasks = append(tasks, task.Assignee+":"+task.State)
			}
			want := []string{"A:" + tc.tasks[0], "B:" + tc.tasks[1], "C:" + tc.tasks[2]}
			slices.Sort(tasks)
			if !slices.Equal(tasks, want) {
				t.Errorf("tasks %q, want %q", tasks, want)
			}
			if len(st.Targets) != 2 {
				t.Fatalf("targets %+v", st.Targets)
			}
			hl, ms := st.Targets[0], st.Targets[1]
			if hl.Commune.Name != "Hòa Lạc" || hl.Status != "not-met" || hl.CriteriaTotal != 19 || !slices.Equal(hl.NotMet, []string{"5", "17"}) || hl.Missing == nil {
				t.Errorf("Hòa Lạc: %+v", hl)
			}
			if ms.Commune.Name != "Minh Sơn" || ms.Status != "not-evaluated" || ms.Set != "1980/QĐ-TTg" || ms.Year != 2020 {
				t.Errorf("Minh Sơn: %+v", ms)
			}
			if len(st.Briefs) != 2 {
				t.Fatalf("briefs %+v, want one per responsibility", st.Briefs)
			}
			edu, env := st.Briefs[0], st.Briefs[1]
			if edu.Agency != "Sở Giáo dục và Đào tạo" || !slices.Equal(edu.Criteria, []string{"5"}) || len(edu.Communes) != 2 ||
				edu.Communes[0].Commune != "Hòa Lạc" || edu.Communes[0].Status != "not-met" || !slices.Equal(edu.Communes[0].NotMet, []string{"5"}) ||
				edu.Communes[1].Commune != "Minh Sơn" || edu.Communes[1].Status != "not-evaluated" {
				t.Errorf("brief of criterion 5: %+v", edu)
			}
			if len(env.Communes) != 2 || env.Communes[0].Status != "not-met" || !slices.Equal(env.Communes[0].NotMet, []string{"17.6"}) || env.Communes[0].Missing == nil {
				t.Errorf("brief of indicator 17.6: %+v", env)
			}
		})
	}
}

// isSubsequence reports whether want appears in keys in its order.
func isSubsequence(want, keys []string) bool {
	i := 0
	for _, k := range keys {
		if i < len(want) && k == want[i] {
			i++
		}
	}
	return i == len(want)
}

// TestSpecPlanInputErrors: "Plan, JSON": unknown keys, a target with an
// unknown set, a malformed date are errors with the JSON path.
func TestSpecPlanInputErrors(t *testing.T) {
	w := fileWriter(t, t.TempDir())
	for i, tc := range []struct{ name, old, new, wantPath string }{
		{"an unknown key", `"issued": "2020-04-15"`, `"isued": "2020-04-15"`, "isued"},
		{"an unknown nested key", `{"assignee": "C",`, `{"assignee": "C", "deadline": null,`, "tasks[2].deadline"},
		{"a target with an unknown set", `"set": "1980/QĐ-TTg", "year": 2020}]`, `"set": "999/QĐ-X", "year": 2020}]`, "targets[1].set"},
		{"a malformed date", `"issued": "2020-04-15"`, `"issued": "15/04/2020"`, "issued"},
		{"a malformed due date", `"due_before": "2020-04-30", "done": null`, `"due_before": "2020-4-30", "done": null`, "tasks[0].due_before"},
		{"a malformed window", `"from": "2020-04-01"`, `"from": "2020-04-31"`, "inspection.window.from"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := specPlan("null")
			if !strings.Contains(text, tc.old) {
				t.Fatalf("no %s in the plan", tc.old)
			}
			plan := w(fmt.Sprintf("plan-%d.json", i), strings.Replace(text, tc.old, tc.new, 1))
			code, _, stderr := runNTM(t, "", "plan", "--as-of", "2020-05-05", plan)
			if code != exitInput || !strings.Contains(stderr, plan+": "+tc.wantPath+": ") {
				t.Errorf("exit %d, stderr does not name %s: %s:\n%s", code, plan, tc.wantPath, stderr)
			}
		})
	}
}

// TestSpecUnits: "Administrative units": the JSON keys and values of a
// unit, the CSV columns, and a successor with its legal basis; names with
// or without the kind prefix.
func TestSpecUnits(t *testing.T) {
	code, out, stderr := runNTM(t, "", "units", "--province", "Lạng Sơn", "--as-of", "2025-07-01", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var units []json.RawMessage
	if err := json.Unmarshal([]byte(out), &units); err != nil || len(units) == 0 {
		t.Fatalf("%v: %s", err, out)
	}
	found := false
	for _, u := range units {
		if keys := objectKeys(t, u); !isSubsequence([]string{"code", "name", "kind", "district", "province", "from", "to"}, keys) {
			t.Errorf("unit keys %q", keys)
		}
		var m map[string]any
		if err := json.Unmarshal(u, &m); err != nil {
			t.Fatal(err)
		}
		if m["code"] == "06445" {
			found = true
			want := map[string]any{"code": "06445", "name": "Xã Tân Thành", "kind": "xã", "district": "", "province": "Lạng Sơn", "from": "2025-07-01", "to": nil}
			for k, v := range want {
				if m[k] != v {
					t.Errorf("06445: %s = %#v, want %#v", k, m[k], v)
				}
			}
		}
	}
	if !found {
		t.Error("no unit 06445")
	}
	code, out, stderr = runNTM(t, "", "units", "--as-of", "2025-03-01", "--format", "csv")
	if code != exitOK || !strings.HasPrefix(out, "code,name,kind,district,province,from,to\n") {
		t.Errorf("exit %d, CSV header %q; stderr:\n%s", code, strings.SplitN(out, "\n", 2)[0], stderr)
	}
	for _, name := range []string{"Hòa Lạc, Hữu Lũng, Lạng Sơn", "Xã Hòa Lạc, Huyện Hữu Lũng, Tỉnh Lạng Sơn"} {
		code, out, stderr = runNTM(t, "", "units", "--successor", name, "--as-of", "2025-07-01")
		if code != exitOK || !strings.Contains(out, "Xã Tân Thành (06445)") || !strings.Contains(out, "1672/NQ-UBTVQH15, Điều 1, khoản 46") {
			t.Errorf("--successor %q: exit %d:\n%s\nstderr:\n%s", name, code, out, stderr)
		}
	}
}

// TestSpecExitStatus: "The ntm command": 0 when every input was read
// (whatever the outcome), 1 when some input was invalid (the valid ones
// still evaluated and printed), 2 for a usage error; for every command.
func TestSpecExitStatus(t *testing.T) {
	w := fileWriter(t, t.TempDir())
	good := w("good.json", hoaLac1980(`"1.1": false`))
	bad := w("bad.json", hoaLac1980(`"1.1": 2`))
	mixed := w("mixed.json", "["+hoaLac1980(`"1.1": false`)+", "+strings.Replace(hoaLac1980(`"1.1": 2`), "Hòa Lạc", "Minh Sơn", 1)+"]")
	plan := w("plan.json", specPlan("null"))
	for _, tc := range []struct {
		name     string
		args     []string
		want     int
		wantOut  string // in standard output
		wantErrs string // in standard error
	}{
		{"a commune not meeting the set is no error", []string{"eval", good}, exitOK, "Đạt 0/19 tiêu chí", ""},
		{"an invalid input", []string{"eval", bad}, exitInput, "", "bad.json"},
		{"the valid inputs are still printed", []string{"eval", "--format", "json", mixed}, exitInput, `"name": "Hòa Lạc"`, "Minh Sơn"},
		{"the valid files are still printed", []string{"eval", "--format", "csv", good, bad}, exitInput, "Hòa Lạc,Hữu Lũng", "bad.json"},
		{"a file that does not exist", []string{"eval", "khong-co.json"}, exitInput, "", "khong-co.json"},
		{"eval: an unknown flag", []string{"eval", "--nope", good}, exitUsage, "", ""},
		{"eval: an unknown set", []string{"eval", "--set", "999", good}, exitUsage, "", ""},
		{"eval: an unknown format", []string{"eval", "--format", "yaml", good}, exitUsage, "", ""},
		{"eval: an unknown language", []string{"eval", "--lang", "fr", good}, exitUsage, "", ""},
		{"eval: no FILE", []string{"eval"}, exitUsage, "", ""},
		{"criteria: an unknown format", []string{"criteria", "--format", "csv"}, exitUsage, "", ""},
		{"criteria: an unknown region", []string{"criteria", "--region", "XYZ"}, exitUsage, "", ""},
		{"criteria: a bad year", []string{"criteria", "--year", "abc"}, exitUsage, "", ""},
		{"plan: no PLAN.json", []string{"plan"}, exitUsage, "", ""},
		{"plan: a bad --as-of", []string{"plan", "--as-of", "2020-13-01", plan, good}, exitUsage, "", ""},
		{"plan: an unknown format", []string{"plan", "--format", "csv", plan, good}, exitUsage, "", ""},
		{"plan: an invalid assessment", []string{"plan", "--as-of", "2020-05-05", plan, bad}, exitInput, "1/KH-TEST", "bad.json"},
		{"units: an unknown format", []string{"units", "--format", "markdown"}, exitUsage, "", ""},
		{"template: no --set", []string{"template"}, exitUsage, "", ""},
		{"template: an unknown layout", []string{"template", "--set", "1980", "--layout", "tall"}, exitUsage, "", ""},
		{"progress: no FILE", []string{"progress"}, exitUsage, "", ""},
		{"progress: an unknown format", []string{"progress", "--format", "xml", good}, exitUsage, "", ""},
		{"report: no FILE", []string{"report"}, exitUsage, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runNTM(t, "", tc.args...)
			if code != tc.want || !strings.Contains(out, tc.wantOut) || !strings.Contains(stderr, tc.wantErrs) {
				t.Errorf("exit %d, want %d; stdout:\n%s\nstderr:\n%s", code, tc.want, out, stderr)
			}
			if code != exitOK && !strings.HasPrefix(stderr, "ntm "+tc.args[0]+": ") {
				t.Errorf("stderr does not begin with the prefix %q:\n%s", "ntm "+tc.args[0]+": ", stderr)
			}
		})
	}
}

// TestSpecTextEndsWithTally: "The ntm command": text ends each report with
// "Đạt N/M tiêu chí", "Met N/M criteria" with --lang en.
func TestSpecTextEndsWithTally(t *testing.T) {
	path := fileWriter(t, t.TempDir())("two.json", "["+hoaLac1980(`"1.1": true`)+", "+tanThanhAllMet(t, nil)+"]")
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"vi", []string{"Đạt 0/19 tiêu chí", "Đạt 19/19 tiêu chí"}},
		{"en", []string{"Met 0/19 criteria", "Met 19/19 criteria"}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			code, out, stderr := runNTM(t, "", "eval", "--lang", tc.lang, path)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var tallies []string
			lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
			for _, l := range lines {
				if strings.HasPrefix(l, strings.Fields(tc.want[0])[0]+" ") && strings.Contains(l, "/19 ") {
					tallies = append(tallies, l)
				}
			}
			if !slices.Equal(tallies, tc.want) || lines[len(lines)-1] != tc.want[1] {
				t.Errorf("tallies %q, last line %q; want %q, the last one last", tallies, lines[len(lines)-1], tc.want)
			}
		})
	}
}

// TestSpecWorkbookInput: "Excel workbooks (.xlsx)": a sheet with a
// recognised header is read (Vietnamese headers, long layout), another
// skipped with a note; numeric cells are read as stored, a percentage
// format's fraction as a percentage; an error names the file, the sheet
// and the cell (so-lieu.xlsx: Sheet1!G7).
func TestSpecWorkbookInput(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{
		{"Tỉnh", "Huyện", "Xã", "Năm", "Bộ tiêu chí", "Chỉ tiêu", "Giá trị", "Tử số", "Mẫu số", "Đơn vị"},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2020, "1980", "4.2", 0.965, nil, nil, nil},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2020, "1980", "10", 36.8, nil, nil, nil},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2020, "1980", "5", nil, 2, 3, "trường"},
		{"Lạng Sơn", "Hữu Lũng", "Hòa Lạc", 2020, "1980", "1.1", "đạt", nil, nil, nil},
		{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", 2020, "1980", "1.1", "đạt", nil, nil, nil},
		{"Lạng Sơn", "Hữu Lũng", "Minh Sơn", 2020, "1980", "3.1", "chín mươi", nil, nil, nil},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	format := "0.0%"
	style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &format})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStyle("Sheet1", "G2", "G2", style); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("Hướng dẫn"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue("Hướng dẫn", "A1", "Ghi giá trị của từng chỉ tiêu."); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "so-lieu.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runNTM(t, "", "eval", "--format", "csv", path)
	if code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	for _, want := range []string{path + ": Sheet1!G7: ", `"Hướng dẫn"`} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not contain %q:\n%s", want, stderr)
		}
	}
	_, got := readCSV(t, out)
	want := map[string][2]string{"4.2": {"met", "96.5"}, "10": {"met", "36.8"}, "5": {"not-met", "66.67"}, "1.1": {"met", "true"}}
	for _, r := range got {
		if r["commune"] != "Hòa Lạc" {
			t.Errorf("a report of %s, whose input has a problem", r["commune"])
			continue
		}
		if w, ok := want[r["indicator"]]; ok {
			if r["status"] != w[0] || r["actual"] != w[1] {
				t.Errorf("%s: %s %s, want %v", r["indicator"], r["status"], r["actual"], w)
			}
			delete(want, r["indicator"])
		}
	}
	if len(want) != 0 {
		t.Errorf("no rows of %v:\n%s", want, out)
	}
}

// TestSpecSetDefinitionRoundTrip: "Set definition, JSON": exporting a
// built-in set and reading it back gives an equal set (the export of what
// was read is the same text), one object or an array; with --region R
// each indicator's targets keep only common and R.
func TestSpecSetDefinitionRoundTrip(t *testing.T) {
	dir := t.TempDir()
	for _, set := range []string{"1980", "933", "318", "318-nang-cao", "319", "51", ""} {
		t.Run("set "+set, func(t *testing.T) {
			args := []string{"criteria", "--format", "json"}
			if set != "" {
				args = append(args, "--set", set)
			}
			code, exported, stderr := runNTM(t, "", args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			path := fileWriter(t, dir)("set"+strings.ReplaceAll(set, "/", "-")+".json", exported)
			code, again, stderr := runNTM(t, "", append(args, "--sets-from", path)...)
			if code != exitOK || again != exported {
				t.Errorf("exit %d; read back, the export differs:\n%s", code, stderr)
			}
		})
	}
	for _, region := range []string{"TDMNPB", "DBSH", "DBSCL"} {
		t.Run("--region "+region, func(t *testing.T) {
			code, out, stderr := runNTM(t, "", "criteria", "--set", "1980", "--region", region, "--format", "json")
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var set struct {
				Criteria []struct {
					Indicators []struct {
						Code    string
						Targets map[string]struct {
							Value, Provenance string
						}
					}
				}
			}
			if err := json.Unmarshal([]byte(out), &set); err != nil {
				t.Fatal(err)
			}
			for _, c := range set.Criteria {
				for _, i := range c.Indicators {
					for k, v := range i.Targets {
						if k != "common" && k != region || v.Value == "" || v.Provenance == "" {
							t.Errorf("%s: target %s %+v", i.Code, k, v)
						}
					}
					if _, ok := i.Targets["common"]; !ok {
						t.Errorf("%s: no common target", i.Code)
					}
				}
			}
		})
	}
}
