package httpapi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/nongthonmoi/ntm/criteria"
)

// The examples of the interchange specification (docs/formats.md, which
// follows it), as it gives them: the requests are sent as they are, and
// the answers must have the shape of its answer examples.

// specAssessment is the specification's assessment JSON.
const specAssessment = `{
  "commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"},
  "region": "TDMNPB",
  "year": 2020,
  "sets": {
    "1980/QĐ-TTg": {
      "1.1": true,
      "2.2": true,
      "5": {"numerator": 2, "denominator": 3, "unit": "trường"},
      "4.2": "96.5",
      "9.1": 0,
      "10": "36.8",
      "17.2": "n/a"
    }
  },
  "recognitions": [{"set": "1980/QĐ-TTg", "year": 2018, "decision": "2165/QĐ-UBND"}]
}`

// specCSV is the specification's assessment CSV (long form).
const specCSV = `province,district,commune,region,year,set,indicator,value,numerator,denominator,unit,source
Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,5,,2,3,trường,Báo cáo UBND xã 03/2020
Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,10,"36,8",,,,
Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,1.1,đạt,,,,
`

// specPlan is the specification's plan JSON.
const specPlan = `{
  "number": "47/KH-STNMT",
  "issued": "2020-04-15",
  "place": "Lạng Sơn",
  "issuer": "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn",
  "signer": {"name": "Ngô Việt Hải", "title": "Phó Giám đốc", "on_behalf_of": "Giám đốc"},
  "title": "Kế hoạch kiểm tra, đôn đốc và hướng dẫn huyện Hữu Lũng …",
  "bases": [{"number": "447/QĐ-UBND", "issued": "2020-03-12", "issuer": "UBND tỉnh Lạng Sơn"}],
  "targets": [
    {"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"},
     "set": "1980/QĐ-TTg", "year": 2020}
  ],
  "inspection": {
    "window": {"from": "2020-04-01", "to": "2020-06-30"}, "days": 1, "date": null,
    "route": [{"place": "xã Hòa Lạc"}, {"place": "xã Tân Thành"}, {"place": "xã Nhật Tiến"},
              {"place": "UBND huyện Hữu Lũng", "activity": "họp và kết thúc kiểm tra"}],
    "participants": [{"organisation": "Sở Tài nguyên và Môi trường", "role": "chủ trì"}]
  },
  "responsibilities": [{"agency": "Sở Tài nguyên và Môi trường", "criteria": ["17"]}],
  "tasks": [
    {"assignee": "UBND huyện Hữu Lũng", "action": "Gửi báo cáo bằng văn bản …",
     "due_before": "2020-04-30", "done": null}
  ],
  "recipients": ["UBND tỉnh (để b/c)"]
}`

// specReport is the specification's evaluation report JSON.
const specReport = `[{
  "set": "1980/QĐ-TTg",
  "commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"},
  "region": "TDMNPB",
  "year": 2020,
  "status": "not-met",
  "criteria_met": 17,
  "criteria_total": 19,
  "criteria": [
    {"code": "2", "name": "Giao thông", "status": "not-met",
     "indicators": [
       {"code": "2.1", "status": "met", "actual": "true", "op": "=", "target": "true",
        "unit": "", "gap": null},
       {"code": "2.2", "status": "not-met", "actual": "false", "op": "=", "target": "true",
        "unit": "", "gap": null}
     ]},
    {"code": "5", "name": "Trường học", "status": "not-met",
     "indicators": [
       {"code": "5", "status": "not-met", "actual": "66.67", "op": ">=", "target": "70",
        "unit": "%", "gap": "3.34", "gap_units": "1", "gap_unit": "trường"}
     ]}
  ],
  "prerequisite": null,
  "warnings": []
}]`

// specPlanStatus is the specification's plan status JSON.
const specPlanStatus = `{
  "plan": "47/KH-STNMT",
  "as_of": "2020-05-05",
  "targets_met": 0,
  "targets_total": 3,
  "targets": [
    {"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"},
     "set": "1980/QĐ-TTg", "year": 2020, "status": "not-met",
     "criteria_met": 17, "criteria_total": 19, "not_met": ["5", "17"], "missing": []}
  ],
  "tasks": [{"assignee": "UBND huyện Hữu Lũng", "due_before": "2020-04-30", "state": "overdue"}],
  "inspection": {"state": "open"},
  "briefs": [
    {"agency": "Sở Tài nguyên và Môi trường", "criteria": ["17"],
     "communes": [{"commune": "Nhật Tiến", "set": "1980/QĐ-TTg", "status": "not-met",
                   "not_met": ["17.6"], "missing": []}]}
  ]
}`

// specSet is the specification's set definition JSON.
const specSet = `{
  "id": "1980/QĐ-TTg",
  "title": {"vi": "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020", "en": "…"},
  "level": "ntm",
  "scope": "national",
  "issuer": "Thủ tướng Chính phủ",
  "issued": "2016-10-17",
  "effective": "2016-12-01",
  "period": {"from": 2016, "to": 2020},
  "supersedes": ["491/QĐ-TTg", "342/QĐ-TTg"],
  "requires": null,
  "content": "complete",
  "criteria": [
    {"code": "4", "name": {"vi": "Điện", "en": "Electricity"}, "group": "II",
     "agency": "Bộ Công Thương",
     "indicators": [
       {"code": "4.2",
        "text": {"vi": "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn", "en": "…"},
        "kind": "percent", "op": ">=", "unit": "%", "not_applicable_allowed": false,
        "citation": "1980/QĐ-TTg, Phụ lục, tiêu chí 4, chỉ tiêu 4.2",
        "targets": {
          "common": {"value": "98", "provenance": "C1"},
          "TDMNPB": {"value": "95", "provenance": "C1"},
          "DBSH":   {"value": "99", "provenance": "M"}
        }}
     ]}
  ]
}`

// specSetsList is the item of GET /sets the specification gives, its
// values those of the set definition.
const specSetsList = `[{"id": "1980/QĐ-TTg", "title": {"vi": "…", "en": "…"}, "level": "ntm", "scope": "national",
  "period": {"from": 2016, "to": 2020}, "content": "complete"}]`

// specNotMetNhatTien is an assessment of Nhật Tiến, the target of the
// specification's plan, whose criteria 5 and 17 are not met (17 by its
// indicator 17.6), as in its plan status example.
const specNotMetNhatTien = `{"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
  "sets": {"1980/QĐ-TTg": {"5": {"numerator": 2, "denominator": 3, "unit": "trường"}, "17.6": "0"}}}`

// shape returns where got departs from the shape of the specification's
// example ex, under path: every key of an example object is in got with a
// value of the same JSON type (whole numbers where the example's is whole;
// a null of the example admits any value, as the specification writes
// "null, or …"; a key of nullable admits null), and every element of an
// array has the shape of the example's elements taken together (a key
// that some of them lack is checked only where present). Keys the example
// lacks are extensions, allowed.
func shape(path string, ex, got any, nullable map[string]bool) []string {
	if ex == nil {
		return nil
	}
	key := path[strings.LastIndexAny(path, ".]")+1:]
	if got == nil {
		if nullable[key] {
			return nil
		}
		return []string{fmt.Sprintf("%s: null, want %T like %v", path, ex, ex)}
	}
	switch ex := ex.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %T, want an object", path, got)}
		}
		var out []string
		if key == "targets" {
			// Keyed by common and the set's columns: each value has
			// the shape of the example's.
			for _, k := range sortedKeys(g) {
				out = append(out, shape(path+"."+k, ex["common"], g[k], nullable)...)
			}
			return out
		}
		for _, k := range sortedKeys(ex) {
			v, ok := g[k]
			if !ok {
				out = append(out, fmt.Sprintf("%s.%s: missing", path, k))
				continue
			}
			out = append(out, shape(path+"."+k, ex[k], v, nullable)...)
		}
		return out
	case []any:
		g, ok := got.([]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %T, want an array", path, got)}
		}
		if len(ex) == 0 {
			return nil
		}
		elem, required := merge(ex)
		var out []string
		for i, v := range g {
			p := fmt.Sprintf("%s[%d]", path, i)
			if m, ok := v.(map[string]any); ok && elem != nil {
				for _, k := range required {
					if _, ok := m[k]; !ok {
						out = append(out, fmt.Sprintf("%s.%s: missing", p, k))
					}
				}
				for _, k := range sortedKeys(elem) {
					if w, ok := m[k]; ok {
						out = append(out, shape(p+"."+k, elem[k], w, nullable)...)
					}
				}
				continue
			}
			out = append(out, shape(p, ex[0], v, nullable)...)
		}
		return out
	case float64:
		n, ok := got.(float64)
		if !ok {
			return []string{fmt.Sprintf("%s: %T %v, want a number", path, got, got)}
		}
		if ex == math.Trunc(ex) && n != math.Trunc(n) {
			return []string{fmt.Sprintf("%s: %v, want a whole number", path, n)}
		}
	case string:
		if _, ok := got.(string); !ok {
			return []string{fmt.Sprintf("%s: %T %v, want a string", path, got, got)}
		}
	case bool:
		if _, ok := got.(bool); !ok {
			return []string{fmt.Sprintf("%s: %T %v, want true or false", path, got, got)}
		}
	}
	return nil
}

// merge returns the example elements of an array taken together when they
// are objects: each key with its first non-null example value, and the
// keys every element has.
func merge(ex []any) (elem map[string]any, required []string) {
	elem = map[string]any{}
	count := map[string]int{}
	for _, e := range ex {
		m, ok := e.(map[string]any)
		if !ok {
			return nil, nil
		}
		for k, v := range m {
			count[k]++
			if elem[k] == nil {
				elem[k] = v
			}
		}
	}
	for _, k := range sortedKeys(elem) {
		if count[k] == len(ex) {
			required = append(required, k)
		}
	}
	return elem, required
}

func sortedKeys(m map[string]any) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func mustJSON(t *testing.T, what string, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: not JSON: %v\n%.500s", what, err, b)
	}
	return v
}

// TestTheSpecExamplesAnswerInTheSpecShapes sends the specification's
// example requests and checks that each answer has the shape of the
// specification's example of it.
func TestTheSpecExamplesAnswerInTheSpecShapes(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	planWith := func(assessments string) string {
		return `{"plan": ` + specPlan + `, "assessments": [` + assessments + `]}`
	}
	tests := []struct {
		name, method, target, ctype, body string
		example                           string
		// nullable keys: "actual" is null for a missing value (the
		// specification's example has none).
		nullable map[string]bool
	}{
		{"GET /healthz", http.MethodGet, "/healthz", "", "", `{"status": "ok"}`, nil},
		{"GET /sets", http.MethodGet, "/sets", "", "", specSetsList, nil},
		{"GET /sets/{id} with region and year", http.MethodGet, "/sets/1980%2FQ%C4%90-TTg?region=TDMNPB&year=2020", "", "", specSet, nil},
		{"GET /sets/{id} whole", http.MethodGet, "/sets/1980", "", "", specSet, nil},
		{"POST /evaluate of the assessment JSON", http.MethodPost, "/evaluate", "application/json", specAssessment, specReport,
			map[string]bool{"actual": true}},
		{"POST /evaluate of an array of it", http.MethodPost, "/evaluate?set=1980&lang=en&format=json", "application/json", "[" + specAssessment + "]", specReport,
			map[string]bool{"actual": true}},
		{"POST /evaluate of the assessment CSV", http.MethodPost, "/evaluate", "text/csv", specCSV, specReport,
			map[string]bool{"actual": true}},
		{"POST /plans/status of the plan and an assessment of its target", http.MethodPost, "/plans/status?as_of=2020-05-05", "application/json",
			planWith(specNotMetNhatTien), specPlanStatus, nil},
		{"POST /plans/status of the plan alone", http.MethodPost, "/plans/status?as_of=2020-05-05", "application/json",
			planWith(""), specPlanStatus, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, tt.method, tt.target, tt.ctype, tt.body)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, want 200; body:\n%.1000s", rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q, want application/json", ct)
			}
			ex := mustJSON(t, "the example", []byte(tt.example))
			got := mustJSON(t, "the answer", rec.Body.Bytes())
			for _, d := range shape("$", ex, got, tt.nullable) {
				t.Error(d)
			}
		})
	}
}

// decimalString matches a decimal string of the reports: digits, and a fraction of
// at most 2 digits.
var decimalString = regexp.MustCompile(`^-?[0-9]+(\.[0-9]{1,2})?$`)

// checkReports checks the statements of the specification on the values
// of an evaluation report JSON.
func checkReports(t *testing.T, reports []map[string]any) {
	t.Helper()
	statuses := []string{"met", "not-met", "missing", "not-applicable"}
	for _, r := range reports {
		where := fmt.Sprintf("%v %v", r["set"], r["commune"])
		crits, _ := r["criteria"].([]any)
		met := 0
		anyNotMet, allMet := false, true
		for _, c := range crits {
			c := c.(map[string]any)
			inds, _ := c["indicators"].([]any)
			var notMet, missing, na int
			for _, i := range inds {
				i := i.(map[string]any)
				at := fmt.Sprintf("%s indicator %v", where, i["code"])
				st, _ := i["status"].(string)
				if !slices.Contains(statuses, st) {
					t.Errorf("%s: status %q, want one of %v", at, st, statuses)
				}
				switch st {
				case "not-met":
					notMet++
				case "missing":
					missing++
				case "not-applicable":
					na++
				}
				op, _ := i["op"].(string)
				if !slices.Contains([]string{">=", "<=", "=", "none"}, op) {
					t.Errorf("%s: op %q", at, op)
				}
				target, _ := i["target"].(string)
				switch {
				case op == "=" && target != "true":
					t.Errorf("%s: a pass/fail target is %q, want \"true\"", at, target)
				case op != "=" && !decimalString.MatchString(target):
					t.Errorf("%s: target %q is no decimal string", at, target)
				}
				switch a := i["actual"].(type) {
				case nil:
					if st != "missing" && st != "not-applicable" {
						t.Errorf("%s: no actual value, status %s", at, st)
					}
				case string:
					if st == "not-applicable" && a == "n/a" {
						break
					}
					// A none indicator given false (none present)
					// reports "false", as docs/formats.md says.
					boolean := op == "=" || op == "none"
					if boolean && (a == "true" || a == "false") {
						break
					}
					if !decimalString.MatchString(a) {
						t.Errorf("%s: actual %q, want a decimal string of at most 2 decimals (true/false for pass/fail)", at, a)
					}
				default:
					t.Errorf("%s: actual %T %v, want a string", at, a, a)
				}
				gap, isGap := i["gap"].(string)
				switch {
				case i["gap"] != nil && !isGap:
					t.Errorf("%s: gap %T, want null or a string", at, i["gap"])
				case isGap && (st != "not-met" || op == "="):
					t.Errorf("%s: gap %q, want null unless the indicator is numeric and not met", at, gap)
				case isGap && (!decimalString.MatchString(gap) || strings.HasPrefix(gap, "-") || strings.Trim(gap, "0.") == ""):
					t.Errorf("%s: gap %q, want a positive decimal string of at most 2 decimals", at, gap)
				case !isGap && st == "not-met" && op != "=":
					t.Errorf("%s: not met and numeric, without a gap", at)
				}
				_, units := i["gap_units"]
				_, unit := i["gap_unit"]
				if units != unit {
					t.Errorf("%s: gap_units and gap_unit come together (%v, %v)", at, i["gap_units"], i["gap_unit"])
				}
				if u, ok := i["gap_units"].(string); units && (!ok || !decimalString.MatchString(u)) {
					t.Errorf("%s: gap_units %v, want a decimal string", at, i["gap_units"])
				}
			}
			want := "met"
			switch {
			case notMet > 0:
				want = "not-met"
			case missing > 0:
				want = "missing"
			}
			if c["status"] != want {
				t.Errorf("%s criterion %v: status %v, want %s (%d not met, %d missing, %d not applicable)", where, c["code"], c["status"], want, notMet, missing, na)
			}
			if c["status"] == "met" {
				met++
			} else {
				allMet = false
			}
			anyNotMet = anyNotMet || c["status"] == "not-met"
		}
		if got, ok := r["criteria_met"].(float64); !ok || int(got) != met {
			t.Errorf("%s: criteria_met %v, want %d", where, r["criteria_met"], met)
		}
		if got, ok := r["criteria_total"].(float64); !ok || int(got) != len(crits) {
			t.Errorf("%s: criteria_total %v, want %d", where, r["criteria_total"], len(crits))
		}
		want := "missing"
		pre, _ := r["prerequisite"].(map[string]any)
		switch {
		case r["prerequisite"] != nil && pre == nil:
			t.Errorf("%s: prerequisite %v, want null or an object", where, r["prerequisite"])
		case pre != nil && !slices.Contains([]any{"evaluated", "recognition"}, pre["basis"]):
			t.Errorf("%s: prerequisite basis %v", where, pre["basis"])
		}
		switch {
		case anyNotMet || pre != nil && pre["status"] == "not-met":
			want = "not-met"
		case allMet && (pre == nil || pre["status"] == "met"):
			want = "met"
		}
		if r["status"] != want {
			t.Errorf("%s: status %v, want %s", where, r["status"], want)
		}
		if _, ok := r["warnings"].([]any); !ok {
			t.Errorf("%s: warnings %v, want an array", where, r["warnings"])
		}
	}
}

// TestTheSpecExampleReportsFollowTheSpec checks the reports of the
// specification's example assessments against what it says of their
// values, and the indicator of its report example that the example
// assessment gives (criterion 5: 2 of 3 trường against 70 %).
func TestTheSpecExampleReportsFollowTheSpec(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for _, tc := range []struct{ name, ctype, body string }{
		{"JSON", "application/json", specAssessment},
		{"CSV", "text/csv", specCSV},
		{"share whose gap counts fewer units, of a <= target, and a none count",
			"application/json", `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
			  "sets": {"1980/QĐ-TTg": {"11": {"numerator": 30, "denominator": 200, "unit": "hộ"}, "9.1": 2, "4.2": 94.999}}}`},
		{"a none indicator given false", "application/json", `{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020,
			  "sets": {"1980/QĐ-TTg": {"9.1": false, "5": {"numerator": 1, "denominator": 3, "unit": "km"}}}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(t, h, http.MethodPost, "/evaluate", tc.ctype, tc.body)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, want 200; body:\n%.1000s", rec.Code, rec.Body)
			}
			var reports []map[string]any
			if err := json.Unmarshal(rec.Body.Bytes(), &reports); err != nil {
				t.Fatal(err)
			}
			if len(reports) != 1 {
				t.Fatalf("%d reports, want 1 (one per assessment and set)", len(reports))
			}
			checkReports(t, reports)
		})
	}

	rec := do(t, h, http.MethodPost, "/evaluate", "application/json", specAssessment)
	var reports []struct {
		Criteria []struct {
			Code       string
			Indicators []map[string]any
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &reports); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"code": "5", "status": "not-met", "actual": "66.67", "op": ">=", "target": "70",
		"unit": "%", "gap": "3.34", "gap_units": "1", "gap_unit": "trường"}
	for _, c := range reports[0].Criteria {
		for _, i := range c.Indicators {
			if i["code"] != "5" {
				continue
			}
			for k, v := range want {
				if i[k] != v {
					t.Errorf("indicator 5: %s is %v, want %v as in the specification's example", k, i[k], v)
				}
			}
		}
	}
}

// specPlanStatusValues: the values of the specification's plan status
// example that follow from its plan on 2020-05-05 and an assessment of
// Nhật Tiến whose criteria 5 and 17 (indicator 17.6) are not met.
func TestTheSpecPlanStatusExampleValues(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	rec := do(t, h, http.MethodPost, "/plans/status?as_of=2020-05-05", "application/json",
		`{"plan": `+specPlan+`, "assessments": [`+specNotMetNhatTien+`]}`)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, want 200; body:\n%.1000s", rec.Code, rec.Body)
	}
	var st struct {
		Plan         string `json:"plan"`
		AsOf         string `json:"as_of"`
		TargetsMet   int    `json:"targets_met"`
		TargetsTotal int    `json:"targets_total"`
		Targets      []struct {
			Set    string   `json:"set"`
			Year   int      `json:"year"`
			Status string   `json:"status"`
			NotMet []string `json:"not_met"`
		} `json:"targets"`
		Tasks []struct {
			Assignee  string `json:"assignee"`
			DueBefore string `json:"due_before"`
			State     string `json:"state"`
		} `json:"tasks"`
		Inspection struct {
			State string `json:"state"`
		} `json:"inspection"`
		Briefs []struct {
			Agency   string   `json:"agency"`
			Criteria []string `json:"criteria"`
			Communes []struct {
				Commune string   `json:"commune"`
				Set     string   `json:"set"`
				Status  string   `json:"status"`
				NotMet  []string `json:"not_met"`
			} `json:"communes"`
		} `json:"briefs"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &st); err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprintf("%s %s %d/%d", st.Plan, st.AsOf, st.TargetsMet, st.TargetsTotal)
	if want := "47/KH-STNMT 2020-05-05 0/1"; got != want {
		t.Errorf("plan, as_of, targets_met/targets_total: %s, want %s", got, want)
	}
	if len(st.Targets) != 1 || st.Targets[0].Status != "not-met" || st.Targets[0].Set != "1980/QĐ-TTg" || st.Targets[0].Year != 2020 ||
		!slices.Equal(st.Targets[0].NotMet, []string{"5", "17"}) {
		t.Errorf("targets %+v, want Nhật Tiến's 1980/QĐ-TTg of 2020 not met, not_met [5 17]", st.Targets)
	}
	if len(st.Tasks) != 1 || st.Tasks[0] != (struct {
		Assignee  string `json:"assignee"`
		DueBefore string `json:"due_before"`
		State     string `json:"state"`
	}{"UBND huyện Hữu Lũng", "2020-04-30", "overdue"}) {
		t.Errorf("tasks %+v, want the report due before 2020-04-30 overdue", st.Tasks)
	}
	if st.Inspection.State != "open" {
		t.Errorf("inspection state %q, want open (within its window)", st.Inspection.State)
	}
	if len(st.Briefs) != 1 || st.Briefs[0].Agency != "Sở Tài nguyên và Môi trường" || !slices.Equal(st.Briefs[0].Criteria, []string{"17"}) ||
		len(st.Briefs[0].Communes) != 1 || st.Briefs[0].Communes[0].Commune != "Nhật Tiến" || st.Briefs[0].Communes[0].Status != "not-met" ||
		!slices.Equal(st.Briefs[0].Communes[0].NotMet, []string{"17.6"}) {
		t.Errorf("briefs %+v, want the Sở's brief on criterion 17 of Nhật Tiến: not met, 17.6", st.Briefs)
	}
}

// TestTheSpecIdentifiersNameTheirSets: GET /sets/{id} takes every form of
// a set identifier the specification lists, and region= every form of a
// region.
func TestTheSpecIdentifiersNameTheirSets(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	ids := map[string][]string{
		"1980/QĐ-TTg":    {"1980", "QD1980", "qd1980", "1980/QD-TTg", "1980/qd-ttg", "1980/QĐ-TTg", "1980/qđ-ttg"},
		"933/QĐ-UBND":    {"933", "QD933", "933/QD-UBND", "933/qd-ubnd", "933/QĐ-UBND"},
		"318/QĐ-TTg/I":   {"318/QĐ-TTg/I", "318", "318-ntm"},
		"318/QĐ-TTg/II":  {"318/QĐ-TTg/II", "318-nang-cao"},
		"319/QĐ-TTg":     {"319/QĐ-TTg", "319", "kieu-mau"},
		"51/2025/QĐ-TTg": {"51/2025/QĐ-TTg", "51/2025", "51"},
	}
	requires := map[string]any{"1980/QĐ-TTg": nil, "933/QĐ-UBND": "1980/QĐ-TTg", "318/QĐ-TTg/I": nil,
		"318/QĐ-TTg/II": "318/QĐ-TTg/I", "319/QĐ-TTg": "318/QĐ-TTg/II", "51/2025/QĐ-TTg": nil}
	for id, aliases := range ids {
		for _, a := range aliases {
			t.Run(a, func(t *testing.T) {
				rec := do(t, h, http.MethodGet, "/sets/"+strings.ReplaceAll(escapeID(a), "%2F", "/"), "", "")
				if rec.Code != http.StatusOK {
					t.Fatalf("status %d, want 200; body:\n%.500s", rec.Code, rec.Body)
				}
				var def map[string]any
				if err := json.Unmarshal(rec.Body.Bytes(), &def); err != nil {
					t.Fatal(err)
				}
				if def["id"] != id || def["requires"] != requires[id] {
					t.Errorf("id %v, requires %v; want %s, %v", def["id"], def["requires"], id, requires[id])
				}
				if id == "51/2025/QĐ-TTg" && def["columns"] != "group" {
					t.Errorf("columns %v, want group", def["columns"])
				}
			})
		}
	}

	for _, r := range []string{"TDMNPB", "tdmnpb", "Trung du miền núi phía Bắc", "trung du mien nui phia bac", "Lạng Sơn", "Lang Son", "LANG SON"} {
		t.Run("region="+r, func(t *testing.T) {
			rec := do(t, h, http.MethodGet, "/sets/1980?region="+escapeID(r), "", "")
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, want 200; body:\n%.500s", rec.Code, rec.Body)
			}
			var def struct {
				Criteria []struct {
					Indicators []struct {
						Code    string
						Targets map[string]any
					}
				}
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &def); err != nil {
				t.Fatal(err)
			}
			for _, c := range def.Criteria {
				for _, i := range c.Indicators {
					for k := range i.Targets {
						if k != "common" && k != "TDMNPB" {
							t.Errorf("indicator %s keeps the target of %s, want common and TDMNPB only", i.Code, k)
						}
					}
				}
			}
		})
	}
}

// escapeID percent-encodes a path segment or query value.
func escapeID(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// TestTheSpecProblemCodesAnswerItsConditions: each stable problem code of
// the specification, for a condition the specification names, with the
// fields that locate it (file, and the line and column of a CSV row or
// the line and column of a JSON value and its path, the commune, the
// quoted input).
func TestTheSpecProblemCodesAnswerItsConditions(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	hoaLac := func(sets string) string {
		return `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980/QĐ-TTg": {` + sets + `}}}`
	}
	const header = "province,district,commune,region,year,set,indicator,value,numerator,denominator,unit,source\n"
	row := func(region, indicator, value string) string {
		return header + "Lạng Sơn,Hữu Lũng,Hòa Lạc," + region + ",2020,1980/QĐ-TTg," + indicator + "," + value + ",,,,\n"
	}
	type want struct {
		code, file string
		line       int
		column     string
		path       string
		commune    string
		input      string
	}
	tests := []struct {
		name, ctype, body string
		want              want
	}{
		{"syntax: malformed JSON", "application/json", `{"commune": `, want{code: "syntax", file: "request", line: 1, column: "13"}},
		{"syntax: an unclosed CSV quote", "text/csv", row("TDMNPB", "1.1", `"đạt`),
			want{code: "syntax", file: "request", line: 2, column: "value", commune: "Hòa Lạc"}},
		{"unknown-key: a typo of a nested key", "application/json",
			`{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn", "nam": "x"}, "year": 2020, "sets": {"1980": {"1.1": true}}}`,
			want{code: "unknown-key", file: "request", line: 1, column: "81", path: "commune.nam", commune: "Hòa Lạc", input: "nam"}},
		{"unknown-key: a typo of a recognition's key", "application/json",
			`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": true}}, "recognitions": [{"set": "1980", "year": 2018, "decison": "x"}]}`,
			want{code: "unknown-key", file: "request", line: 1, column: "152", path: "recognitions[0].decison", commune: "Hòa Lạc", input: "decison"}},
		{"duplicate-key: an indicator given twice", "application/json", hoaLac(`"1.1": true, "1.1": false`),
			want{code: "duplicate-key", file: "request", line: 1, column: "134", path: `sets["1980/QĐ-TTg"]["1.1"]`, commune: "Hòa Lạc", input: "1.1"}},
		{"unknown-set: a set of the body", "application/json",
			`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"777/QĐ-X": {"1.1": true}}}`,
			want{code: "unknown-set", file: "request", line: 1, column: "81", path: `sets["777/QĐ-X"]`, commune: "Hòa Lạc", input: "777/QĐ-X"}},
		{"unknown-indicator: a code the set does not have, in JSON", "application/json", hoaLac(`"99.9": true`),
			want{code: "unknown-indicator", file: "request", line: 1, column: "121", path: `sets["1980/QĐ-TTg"]["99.9"]`, commune: "Hòa Lạc", input: "99.9"}},
		{"unknown-indicator: in a CSV row", "text/csv", row("TDMNPB", "99.9", "1"),
			want{code: "unknown-indicator", file: "request", line: 2, column: "indicator", path: "1980/QĐ-TTg 99.9", commune: "Hòa Lạc", input: "99.9"}},
		{"out-of-range: a percentage above 100", "application/json", hoaLac(`"4.2": "100.5"`),
			want{code: "out-of-range", file: "request", line: 1, column: "128", path: `sets["1980/QĐ-TTg"]["4.2"]`, commune: "Hòa Lạc", input: "100.5"}},
		{"out-of-range: a negative amount", "application/json", hoaLac(`"10": -1`),
			want{code: "out-of-range", file: "request", line: 1, column: "127", path: `sets["1980/QĐ-TTg"]["10"]`, commune: "Hòa Lạc", input: "-1"}},
		{"out-of-range: a numerator above the denominator", "application/json", hoaLac(`"5": {"numerator": 4, "denominator": 3}`),
			want{code: "out-of-range", file: "request", line: 1, column: "140", path: `sets["1980/QĐ-TTg"]["5"].numerator`, commune: "Hòa Lạc", input: "4"}},
		{"out-of-range: a negative denominator", "application/json", hoaLac(`"5": {"numerator": 0, "denominator": -3}`),
			want{code: "out-of-range", file: "request", line: 1, column: "158", path: `sets["1980/QĐ-TTg"]["5"].denominator`, commune: "Hòa Lạc", input: "-3"}},
		{"out-of-range: a commune group the set does not have, in JSON (as group= of GET /sets/{id})", "application/json",
			`{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "group": "4", "year": 2026, "sets": {"51/2025": {"2": true}}}`,
			want{code: "out-of-range", file: "request", line: 1, column: "69", path: "group", commune: "Tân Thành", input: "4"}},
		{"out-of-range: a commune group the set does not have, in a CSV row", "text/csv",
			"province,commune,group,year,set,indicator,value\nLạng Sơn,Tân Thành,4,2026,51/2025/QĐ-TTg,2,đạt\n",
			want{code: "out-of-range", file: "request", line: 2, column: "group", commune: "Tân Thành", input: "4"}},
		{"wrong-kind: a pass/fail value given as a number", "application/json", hoaLac(`"1.1": 1`),
			want{code: "wrong-kind", file: "request", line: 1, column: "128", path: `sets["1980/QĐ-TTg"]["1.1"]`, commune: "Hòa Lạc", input: "1"}},
		{"wrong-kind: n/a where the set does not allow it", "application/json", hoaLac(`"4.2": "n/a"`),
			want{code: "wrong-kind", file: "request", line: 1, column: "128", path: `sets["1980/QĐ-TTg"]["4.2"]`, commune: "Hòa Lạc", input: "n/a"}},
		{"wrong-kind: a CSV decimal with both separators", "text/csv", row("TDMNPB", "10", `"1.036,8"`),
			want{code: "wrong-kind", file: "request", line: 2, column: "value", path: "1980/QĐ-TTg 10", commune: "Hòa Lạc", input: "1.036,8"}},
		{"region-mismatch: province and region disagree, in JSON", "application/json",
			`{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "region": "DBSH", "year": 2020, "sets": {"1980": {"1.1": true}}}`,
			want{code: "region-mismatch", file: "request", line: 1, column: "92", path: "region", commune: "Hòa Lạc", input: "DBSH"}},
		{"region-mismatch: in a CSV row", "text/csv", row("DBSH", "1.1", "đạt"),
			want{code: "region-mismatch", file: "request", line: 2, column: "region", commune: "Hòa Lạc", input: "DBSH"}},
		{"missing-field: no year", "application/json",
			`{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "sets": {"1980": {"1.1": true}}}`,
			want{code: "missing-field", file: "request", line: 1, column: "1", path: "year", commune: "Hòa Lạc"}},
		{"encoding: a CSV body not in UTF-8", "text/csv", header + "L\xe1ng S\xf5n,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,1.1,đạt,,,,\n",
			want{code: "encoding", file: "request", line: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, http.MethodPost, "/evaluate", tt.ctype, tt.body)
			if rec.Code != http.StatusBadRequest {
				t.Errorf("status %d, want 400 (no commune read)", rec.Code)
			}
			var body struct{ Problems []jsonProblem }
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("%v\n%s", err, rec.Body)
			}
			if len(body.Problems) == 0 {
				t.Fatalf("no problem:\n%s", rec.Body)
			}
			p := body.Problems[0]
			got := want{string(p.Code), p.File, p.Line, p.Column, p.Path, p.Commune, p.Input}
			if got != tt.want {
				t.Errorf("problem %+v\nwant    %+v", got, tt.want)
			}
		})
	}

	t.Run("too-large: a body above the default 32 MiB is a 413", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodPost, "/evaluate", unreadBody{t})
		req.Header.Set("Content-Type", "application/json")
		req.ContentLength = 32<<20 + 1
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Fatalf("status %d, want 413", rec.Code)
		}
		if ws := problemsOf(t, rec); len(ws) != 1 || ws[0].Code != "too-large" {
			t.Errorf("problems %+v, want one too-large", ws)
		}
	})
}

// TestTheSpecPlanStatesThroughTheAPI: the task and inspection states of
// the specification's plan on several dates, and a target matched by an
// assessment whose names differ in case and Unicode form.
func TestTheSpecPlanStatesThroughTheAPI(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	// Nhật Tiến, Hữu Lũng, Lạng Sơn in capitals and decomposed (NFD).
	const nfdUpper = "NHA\u0323\u0302T TIE\u0302\u0301N"
	upper := strings.Replace(specNotMetNhatTien, `"Nhật Tiến"`, `"`+nfdUpper+`"`, 1)
	upper = strings.Replace(upper, `"Hữu Lũng"`, `"HU\u031B\u0303U LU\u0303NG"`, 1)
	tests := []struct {
		name, asOf, plan, assessment string
		tasks                        []string
		inspection, target           string
	}{
		{"before the window: upcoming; before the due date: open", "2020-03-01", specPlan, specNotMetNhatTien,
			[]string{"open"}, "upcoming", "not-met"},
		{"within the window; on the due date not done: overdue", "2020-04-30", specPlan, specNotMetNhatTien,
			[]string{"overdue"}, "open", "not-met"},
		{"after the window: past", "2020-07-01", specPlan, specNotMetNhatTien,
			[]string{"overdue"}, "past", "not-met"},
		{"after the announced date: past; a task done: done", "2020-05-05",
			strings.NewReplacer(`"date": null`, `"date": "2020-05-04"`, `"done": null`, `"done": "2020-04-20"`).Replace(specPlan), specNotMetNhatTien,
			[]string{"done"}, "past", "not-met"},
		{"on the announced date: open; a task without a deadline: open", "2020-05-04",
			strings.NewReplacer(`"date": null`, `"date": "2020-05-04"`, `"due_before": "2020-04-30"`, `"due_before": null`).Replace(specPlan), specNotMetNhatTien,
			[]string{"open"}, "open", "not-met"},
		{"no assessment of the target: not-evaluated", "2020-05-05", specPlan, "",
			[]string{"overdue"}, "open", "not-evaluated"},
		{"an assessment whose names differ in case and Unicode form is the target's", "2020-05-05", specPlan, upper,
			[]string{"overdue"}, "open", "not-met"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, http.MethodPost, "/plans/status?as_of="+tt.asOf, "application/json",
				`{"plan": `+tt.plan+`, "assessments": [`+tt.assessment+`]}`)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, want 200; body:\n%.1000s", rec.Code, rec.Body)
			}
			var st struct {
				Targets []struct {
					Status string `json:"status"`
				} `json:"targets"`
				Tasks []struct {
					State string `json:"state"`
				} `json:"tasks"`
				Inspection struct {
					State string `json:"state"`
				} `json:"inspection"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &st); err != nil {
				t.Fatal(err)
			}
			var tasks []string
			for _, k := range st.Tasks {
				tasks = append(tasks, k.State)
			}
			if !slices.Equal(tasks, tt.tasks) || st.Inspection.State != tt.inspection || len(st.Targets) != 1 || st.Targets[0].Status != tt.target {
				t.Errorf("tasks %v, inspection %s, targets %+v; want %v, %s, %s", tasks, st.Inspection.State, st.Targets, tt.tasks, tt.inspection, tt.target)
			}
		})
	}
}

// TestTheSpecProvinceAndRegionFormsOfABody: a province in any case, with
// or without diacritics, gives the region; a region may be its code in
// any case or its Vietnamese name with or without diacritics.
func TestTheSpecProvinceAndRegionFormsOfABody(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for _, tc := range []struct{ province, region string }{
		{"Lạng Sơn", ""}, {"Lang Son", ""}, {"lang son", ""}, {"LẠNG SƠN", ""},
		{"Lạng Sơn", "tdmnpb"}, {"Lang Son", "Trung du miền núi phía Bắc"}, {"", "trung du mien nui phia bac"},
	} {
		t.Run(tc.province+"/"+tc.region, func(t *testing.T) {
			body := `{"commune": {"name": "Hòa Lạc", "province": "` + tc.province + `"}, "year": 2020, "sets": {"1980": {"1.1": true}}}`
			if tc.region != "" {
				body = strings.Replace(body, `"year"`, `"region": "`+tc.region+`", "year"`, 1)
			}
			if tc.province == "" {
				body = strings.Replace(body, `, "province": ""`, "", 1)
			}
			rec := do(t, h, http.MethodPost, "/evaluate", "application/json", body)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, want 200; body:\n%.1000s", rec.Code, rec.Body)
			}
			var reports []struct{ Region string }
			if err := json.Unmarshal(rec.Body.Bytes(), &reports); err != nil {
				t.Fatal(err)
			}
			if len(reports) != 1 || reports[0].Region != "TDMNPB" {
				t.Errorf("reports %+v, want one of region TDMNPB", reports)
			}
		})
	}
}

// TestASetAnsweredReadsBackAsTheSet: the set definition JSON is lossless
// (the specification: exporting a built-in set and reading it back gives
// an equal set), as GET /sets/{id} answers it; with region=, group= and
// year= it is still a definition that reads back.
func TestASetAnsweredReadsBackAsTheSet(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	for _, s := range criteria.Builtin().Sets() {
		for _, q := range []string{"", "?region=TDMNPB&year=2020", "?group=2&year=2027"} {
			t.Run(s.ID+q, func(t *testing.T) {
				rec := do(t, h, http.MethodGet, "/sets/"+escapeID(s.ID)+q, "", "")
				if rec.Code != http.StatusOK {
					t.Fatalf("status %d, want 200; body:\n%.500s", rec.Code, rec.Body)
				}
				got, err := criteria.ReadDefinitions(bytes.NewReader(rec.Body.Bytes()))
				if err != nil {
					t.Fatalf("the answer does not read back: %v", err)
				}
				if len(got) != 1 {
					t.Fatalf("%d sets read back, want 1", len(got))
				}
				if q != "" {
					return
				}
				if diff := cmp.Diff(s, got[0]); diff != "" {
					t.Errorf("read back (-built-in +read):\n%s", diff)
				}
			})
		}
	}
}

// TestTheSpecTableDialectsThroughTheAPI: a table as officials keep it
// (BOM, CRLF, ";" or tab with a bare decimal comma, Vietnamese headers
// matched without case, diacritics or surrounding spaces, a trailing %,
// the wide layout with a share N/D and its unit in brackets) answers as
// the long CSV of the specification with the same values.
func TestTheSpecTableDialectsThroughTheAPI(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	const base = "province,district,commune,region,year,set,indicator,value,numerator,denominator,unit\n" +
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,5,,2,3,trường\n" +
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,10,\"36,8\",,,\n" +
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,4.2,\"96,5\",,,\n" +
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,1.1,đạt,,,\n" +
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,17.2,không áp dụng,,,\n"
	want := do(t, h, http.MethodPost, "/evaluate", "text/csv", base)
	if want.Code != http.StatusOK {
		t.Fatalf("the long CSV: status %d, want 200; body:\n%.1000s", want.Code, want.Body)
	}
	semicolon := strings.NewReplacer(`"36,8"`, "36#8", `"96,5"`, "96#5").Replace(base)
	semicolon = strings.NewReplacer(",", ";", "#", ",").Replace(semicolon)
	tests := []struct{ name, body string }{
		{"UTF-8 with a BOM and CRLF", "\ufeff" + strings.ReplaceAll(base, "\n", "\r\n")},
		{"; with a bare decimal comma", semicolon},
		{"tab with a bare decimal comma", strings.ReplaceAll(semicolon, ";", "\t")},
		{"Vietnamese headers, any case, without diacritics, spaced",
			" Tỉnh/Thành phố ;HUYỆN; xa ;Vùng;Năm;Bộ tiêu chí;Mã chỉ tiêu;Kết quả;Tử số;mau so;Đơn vị tính\n" +
				semicolon[strings.IndexByte(semicolon, '\n')+1:]},
		{"a percentage with a trailing %", strings.Replace(semicolon, ";96,5;", ";96,5%;", 1)},
		{"the wide layout", "province,district,commune,region,year,set,1.1,4.2,5 Trường học [trường],10. Thu nhập,17.2\n" +
			"Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,đạt,\"96,5\",2/3,\"36,8\",n/a\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, http.MethodPost, "/evaluate", "text/csv", tt.body)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, want 200; body:\n%.1000s", rec.Code, rec.Body)
			}
			if diff := cmp.Diff(want.Body.String(), rec.Body.String()); diff != "" {
				t.Errorf("(-long CSV +this table):\n%s", diff)
			}
		})
	}
}

// TestTheSpecPrerequisiteOfOneAssessment: 933/QĐ-UBND requires
// 1980/QĐ-TTg met, evaluated from the same assessment's 1980/QĐ-TTg values
// when present, else satisfied by a recognition record; the report's
// prerequisite is {"set", "status", "basis"} and the set is met only when
// it is (số liệu minh họa).
func TestTheSpecPrerequisiteOfOneAssessment(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	assessment := func(sets map[string]any, recognitions ...map[string]any) string {
		a := map[string]any{"commune": map[string]string{"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"},
			"year": 2020, "sets": sets}
		if recognitions != nil {
			a["recognitions"] = recognitions
		}
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	recognized := map[string]any{"set": "1980/QĐ-TTg", "year": 2018, "decision": "2165/QĐ-UBND"}
	tests := []struct {
		name, body       string
		status, pre, how string
	}{
		{"the same assessment's 1980 values, met", assessment(map[string]any{"1980/QĐ-TTg": values1980(true), "933/QĐ-UBND": values933()}),
			"met", "met", "evaluated"},
		{"the same assessment's 1980 values, not met, even with a recognition",
			assessment(map[string]any{"1980/QĐ-TTg": values1980(false), "933/QĐ-UBND": values933()}, recognized),
			"not-met", "not-met", "evaluated"},
		{"no 1980 values: a recognition record", assessment(map[string]any{"933/QĐ-UBND": values933()}, recognized),
			"met", "met", "recognition"},
		{"no 1980 values nor recognition: missing", assessment(map[string]any{"933/QĐ-UBND": values933()}),
			"missing", "missing", "recognition"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, http.MethodPost, "/evaluate?set=933", "application/json", tt.body)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d, want 200; body:\n%.1000s", rec.Code, rec.Body)
			}
			var reports []struct {
				Status       string
				Prerequisite map[string]any
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &reports); err != nil {
				t.Fatal(err)
			}
			if len(reports) != 1 {
				t.Fatalf("%d reports, want that of 933/QĐ-UBND", len(reports))
			}
			r := reports[0]
			got := fmt.Sprintf("%s; prerequisite %v %v %v", r.Status, r.Prerequisite["set"], r.Prerequisite["status"], r.Prerequisite["basis"])
			if want := fmt.Sprintf("%s; prerequisite 1980/QĐ-TTg %s %s", tt.status, tt.pre, tt.how); got != want {
				t.Errorf("got %s, want %s", got, want)
			}
		})
	}
}
