package evaluate

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
)

// Illustrative figures (số liệu minh họa) of the three communes merged
// into the new xã Tân Thành by 1672/NQ-UBTVQH15, khoản 46.
func mergedReports(t *testing.T, tanThanh map[string]Value) []Report {
	t.Helper()
	set := criteria.QD1980()
	mk := func(name string, vals map[string]Value) Report {
		return Run(set, &Assessment{Commune: Commune{Name: name, District: "Hữu Lũng", Province: "Lạng Sơn"}, Year: 2020,
			Values: map[string]map[string]Value{set.ID: vals}})
	}
	return []Report{
		mk("Hòa Lạc", map[string]Value{"1.1": Bool(true), "5": Share(2, 3, "trường"), "9.1": Number(dec("1")), "4.2": MustNumber("97"), "3.1": MustNumber("90"), "7": NotApplicable()}),
		mk("Tân Thành", tanThanh),
		mk("Hòa Sơn", map[string]Value{"1.1": Bool(true), "5": Share(3, 3, "trường"), "9.1": Number(dec("2")), "4.2": MustNumber("99"), "3.1": MustNumber("70"), "7": NotApplicable()}),
	}
}

func TestEstimateSuccessors(t *testing.T) {
	tanThanh := map[string]Value{"1.1": Bool(true), "5": Share(1, 2, "trường"), "9.1": Number(dec("0")), "4.2": MustNumber("96"), "3.1": MustNumber("85"), "7": NotApplicable()}
	est, notes := EstimateSuccessors(Options{}, mergedReports(t, tanThanh), time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC))
	if len(notes) != 0 || len(est) != 1 {
		t.Fatalf("%d estimates, notes %q; want 1 and none", len(est), notes)
	}
	r := est[0]
	if r.Basis != BasisEstimate || r.Commune != (Commune{Name: "Tân Thành", Province: "Lạng Sơn", Code: "06445"}) || len(r.Predecessors) != 3 {
		t.Errorf("basis %q, commune %+v, %d predecessors", r.Basis, r.Commune, len(r.Predecessors))
	}
	got := map[string]string{}
	for _, c := range r.Criteria {
		for i := range c.Indicators {
			ind := &c.Indicators[i]
			a, _ := ind.Value().Actual()
			got[ind.Code()] = ind.Status.String() + " " + a
		}
	}
	want := map[string]string{
		"1.1": "met true",           // every predecessor met it
		"5":   "met 75",             // (2+1+3)/(3+2+3) = 6/8
		"9.1": "not-met 3",          // 1+0+2 temporary houses
		"4.2": "met 96",             // all meet ≥95 (TDMNPB): the smallest is shown
		"3.1": "missing ",           // 90, 85, 70 on both sides of the target: undecided
		"7":   "not-applicable n/a", // n/a everywhere
	}
	for code, w := range want {
		if got[code] != w {
			t.Errorf("indicator %s: %q, want %q", code, got[code], w)
		}
	}
	if !hasWarning(r, WarnEstimate) || !hasWarning(r, WarnEstimateBound) {
		t.Errorf("warnings %v lack the estimate and the bound", r.Warnings())
	}
	b, _ := r.MarshalJSON()
	for _, s := range []string{`"basis": "estimate-from-predecessors"`, EstimateLabel, `"code": "06445"`, `"predecessors": [`} {
		if !strings.Contains(string(b), s) {
			t.Errorf("JSON lacks %s", s)
		}
	}
	var text strings.Builder
	if err := WriteText(&text, est, RenderOptions{Lang: "vi"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), EstimateLabel) {
		t.Error("the text report does not say it is an estimate")
	}
}

func TestEstimateNeedsEveryPredecessorWhole(t *testing.T) {
	reports := mergedReports(t, map[string]Value{"1.1": Bool(true)})
	est, notes := EstimateSuccessors(Options{}, reports[:2], time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC))
	if len(est) != 0 || len(notes) != 1 || !strings.Contains(notes[0].String(), "Hòa Sơn") {
		t.Fatalf("without Hòa Sơn: %d estimates, notes %q; want none and a note naming Hòa Sơn", len(est), notes)
	}
	// One language at a time with Text, both with String (and in JSON).
	// Tân Thành took over Hòa Sơn's code: people read it once, programs
	// find each unit's code in the JSON.
	head := "Xã Tân Thành (06445), Lạng Sơn, 1980/QĐ-TTg, 2020: "
	hoaSon := func(code string) string { return "Xã Hòa Sơn (" + code + "), Huyện Hữu Lũng, Lạng Sơn" }
	for _, tc := range []struct{ got, want string }{
		{notes[0].Text("vi"), head + "không ước tính được vì thiếu số liệu của " + hoaSon("cùng mã với xã mới")},
		{notes[0].Text("en"), head + "no estimate: no report for " + hoaSon("same code as the new unit")},
		{notes[0].String(), head + "không ước tính được vì thiếu số liệu của (no estimate: no report for) " +
			hoaSon("cùng mã với xã mới; same code as the new unit")},
	} {
		if tc.got != tc.want {
			t.Errorf("note:\n got %s\nwant %s", tc.got, tc.want)
		}
		if n := strings.Count(tc.got, "06445"); n != 1 {
			t.Errorf("note %q gives the code 06445 %d times, want once", tc.got, n)
		}
	}
	wantJSON := `["` + head + "không ước tính được vì thiếu số liệu của (no estimate: no report for) " + hoaSon("06445") + `"]`
	if b, err := json.Marshal(notes); err != nil || string(b) != wantJSON {
		t.Errorf("notes in JSON: %s, %v; want %s", b, err, wantJSON)
	}
	// A predecessor with a code of its own keeps it beside one whose code
	// the unit took over.
	est, notes = EstimateSuccessors(Options{}, reports[1:2], time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC))
	if len(est) != 0 || len(notes) != 1 {
		t.Fatalf("with Tân Thành alone: %d estimates, notes %q", len(est), notes)
	}
	if got, want := notes[0].Text("vi"), head+"không ước tính được vì thiếu số liệu của Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn; "+hoaSon("cùng mã với xã mới"); got != want {
		t.Errorf("note:\n got %s\nwant %s", got, want)
	}
	est, _ = EstimateSuccessors(Options{}, reports, time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC))
	if len(est) != 0 {
		t.Errorf("before 1/7/2025: %d estimates, want none", len(est))
	}
	set := criteria.QD1980()
	split := Run(set, &Assessment{Commune: Commune{Name: "Bính Xá", District: "Đình Lập", Province: "Lạng Sơn"}, Year: 2020,
		Values: map[string]map[string]Value{set.ID: {"1.1": Bool(true)}}})
	est, notes = EstimateSuccessors(Options{}, []Report{split}, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC))
	if len(est) != 0 || len(notes) != 2 {
		t.Fatalf("a split predecessor: %d estimates, notes %q", len(est), notes)
	}
	for _, n := range notes {
		if !strings.Contains(n.String(), "Bính Xá") || !strings.Contains(n.String(), "chia tách") {
			t.Errorf("note %q does not name the split commune", n)
		}
		if vi, en := n.Text("vi"), n.Text("en"); !strings.Contains(vi, "Bính Xá") || !strings.Contains(vi, "không ước tính được vì xã cũ bị chia tách: ") ||
			strings.Contains(vi, "no estimate") || !strings.Contains(en, "no estimate: a predecessor was split: ") || strings.Contains(en, "chia tách") {
			t.Errorf("note in one language:\n%s\n%s", vi, en)
		}
	}
}

func TestEstimatePassRules(t *testing.T) {
	tests := []struct {
		name string
		vals []Value
		want string
	}{
		{"met only if every predecessor's is met", []Value{Bool(true), Bool(true)}, "met"},
		{"not met if any is not met, even with one missing", []Value{Bool(false), {}}, "not-met"},
		{"missing when one is missing and none is not met", []Value{Bool(true), {}}, "missing"},
		{"not met if any is not met", []Value{Bool(true), Bool(false)}, "not-met"},
	}
	set := criteria.QD1980()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var rs []*IndicatorResult
			for _, v := range tc.vals {
				vals := map[string]Value{}
				if v.Kind != 0 {
					vals["1.1"] = v
				}
				r := Run(set, &Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{set.ID: vals}})
				rs = append(rs, &r.Criteria[0].Indicators[0])
			}
			v, ok, _ := combine(rs, len(rs))
			got := "missing"
			if ok {
				got = map[bool]string{true: "met", false: "not-met"}[v.Bool]
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// The spec's "Successor estimates" with a predecessor whose value is n/a:
// "pass is met only if every predecessor's is met, not met if any is not
// met, otherwise missing; not applicable only if all are"; shares add up
// (an n/a adds to neither sum); a percentage is met only when every
// predecessor's value meets the target, not met when none does.
func TestEstimateWithNotApplicable(t *testing.T) {
	na := NotApplicable()
	tests := []struct {
		name, code string
		vals       []Value
		want       string // status and actual, as the estimate's report prints them
		why        estimateGap
	}{
		{"pass: n/a and met is missing, not met", "7", []Value{na, Bool(true), Bool(true)}, "missing", gapNone},
		{"pass: n/a and not met is not met", "7", []Value{na, Bool(false), Bool(true)}, "not-met false", gapNone},
		{"pass: all n/a is not applicable", "7", []Value{na, na, na}, "not-applicable n/a", gapNone},
		{"pass: n/a and missing is missing", "7", []Value{na, {}, Bool(true)}, "missing", gapNone},
		{"percentage: n/a and values that meet is missing, asking for numerators", "17.7",
			[]Value{na, MustNumber("70"), MustNumber("80")}, "missing", gapNotApplies},
		{"percentage: n/a and values that miss is not met, at the nearest", "17.7",
			[]Value{na, MustNumber("50"), MustNumber("55")}, "not-met 55", gapNone},
		{"percentage: n/a and values on both sides is missing", "17.7",
			[]Value{na, MustNumber("50"), MustNumber("70")}, "missing", gapBothSides},
		{"percentage: all n/a is not applicable", "17.7", []Value{na, na}, "not-applicable n/a", gapNone},
		{"share: n/a adds to neither sum", "17.7",
			[]Value{na, Share(3, 4, "hộ"), Share(2, 6, "hộ")}, "not-met 50", gapNone}, // 5/10 against ≥ 60%
		{"share: n/a with shares that meet is met", "17.7",
			[]Value{na, Share(3, 4, "hộ"), Share(5, 6, "hộ")}, "met 80", gapNone}, // 8/10
	}
	set := criteria.QD1980()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var rs []*IndicatorResult
			for _, v := range tc.vals {
				vals := map[string]Value{}
				if v.Kind != 0 {
					vals[tc.code] = v
				}
				r := Run(set, &Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{set.ID: vals}})
				for ci := range r.Criteria {
					for ii := range r.Criteria[ci].Indicators {
						if r.Criteria[ci].Indicators[ii].Code() == tc.code {
							rs = append(rs, &r.Criteria[ci].Indicators[ii])
						}
					}
				}
			}
			v, ok, why := combine(rs, len(rs))
			got := "missing"
			if ok {
				r := Run(set, &Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{set.ID: {tc.code: v}}})
				for _, c := range r.Criteria {
					for i := range c.Indicators {
						if ind := &c.Indicators[i]; ind.Code() == tc.code {
							a, _ := ind.Value().Actual()
							got = ind.Status.String() + " " + a
						}
					}
				}
			}
			if got != tc.want || why != tc.why {
				t.Errorf("%s, warning %d; want %s, %d", got, why, tc.want, tc.why)
			}
		})
	}
}

func TestEstimateWarnsOfANotApplicablePredecessor(t *testing.T) {
	tanThanh := map[string]Value{"1.1": Bool(true), "17.7": NotApplicable()}
	reports := mergedReports(t, tanThanh)
	set := criteria.QD1980()
	for i, v := range map[int]string{0: "70", 2: "90"} { // Hòa Lạc and Hòa Sơn meet ≥ 60%
		reports[i] = Run(set, &Assessment{Commune: reports[i].Commune, Year: 2020,
			Values: map[string]map[string]Value{set.ID: {"1.1": Bool(true), "17.7": MustNumber(v)}}})
	}
	est, _ := EstimateSuccessors(Options{}, reports, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC))
	if len(est) != 1 {
		t.Fatalf("%d estimates, want 1", len(est))
	}
	var texts []string
	for _, w := range est[0].Warnings() {
		if w.Kind == WarnEstimateBound {
			texts = append(texts, w.Text("vi"), w.Text("en"))
		}
	}
	want := []string{
		"chỉ tiêu 17.7: giá trị của một số xã cũ là không áp dụng, của các xã còn lại đạt mức chuẩn; cần tử số và mẫu số (hoặc dân số) để ước tính",
		"indicator 17.7: some former communes' value is n/a and the others' meet the target; give numerators and denominators (or population) to estimate it",
	}
	if diff := cmp.Diff(want, texts); diff != "" {
		t.Errorf("estimate-bound warnings (-want +got):\n%s", diff)
	}
}

// TestAnEstimateFromANumberBeyondThoseReadWarnsAsTheReportDoes: a
// predecessor's number beyond those the decoders read (built in code) is
// not added up, with unbounded work, to the others': the estimate is given
// it, cannot judge it either and warns.
func TestAnEstimateFromANumberBeyondThoseReadWarnsAsTheReportDoes(t *testing.T) {
	tanThanh := map[string]Value{"1.1": Bool(true), "5": Value{Kind: ValueShare, Numerator: decimal.New(1, -1000000000), Denominator: dec("2")},
		"9.1": Number(decimal.New(1, 999999999)), "4.2": Number(decimal.New(-1, 999999999)), "3.1": MustNumber("85"), "7": NotApplicable()}
	done := make(chan []Report, 1)
	go func() {
		est, _ := EstimateSuccessors(Options{}, mergedReports(t, tanThanh), time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC))
		var b strings.Builder
		if err := WriteText(&b, est, RenderOptions{}); err != nil {
			t.Error(err)
		}
		done <- est
	}()
	var est []Report
	select {
	case est = <-done:
	case <-time.After(time.Minute):
		t.Fatal("no estimate within a minute")
	}
	if len(est) != 1 {
		t.Fatalf("%d estimates", len(est))
	}
	ignored := map[string]bool{}
	for _, w := range est[0].Warnings() {
		if w.Kind == WarnIgnoredValue {
			ignored[w.Indicator] = true
		}
	}
	for _, c := range est[0].Criteria {
		for _, ind := range c.Indicators {
			switch code := ind.Code(); code {
			case "5", "9.1", "4.2":
				if ind.Status != StatusMissing || !ignored[code] {
					t.Errorf("%s: %v, warned %v; want missing with an ignored-value warning", code, ind.Status, ignored[code])
				}
			}
		}
	}
}

// A report of a unit formed by the change is not a report of the
// predecessor whose code (or name) it took over: the codes were reused in
// 2025 (06445 was xã Hòa Sơn, is xã Tân Thành), and xã Vân Nham (06415)
// kept a predecessor's name. The 2026 reports of the new xã Tân Thành and
// xã Vân Nham gave notes that each new unit could not be estimated from
// itself ("Xã Tân Thành (06445), …, 2026: … thiếu số liệu của … Xã Tân
// Thành (06442) …").
func TestAReportOfTheNewUnitIsNotAPredecessors(t *testing.T) {
	set := criteria.QD1980()
	d := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	mk := func(c Commune, year int) Report {
		return Run(set, &Assessment{Commune: c, Year: year, Region: criteria.TDMNPB,
			Values: map[string]map[string]Value{set.ID: {"1.1": Bool(true)}}})
	}
	for _, tc := range []struct {
		name string
		c    Commune
		year int
	}{
		{"the new unit by its code, after the change", Commune{Name: "Tân Thành", Province: "Lạng Sơn", Code: "06445"}, 2026},
		{"the new unit by its code, in the year of the change", Commune{Name: "Tân Thành", Province: "Lạng Sơn", Code: "06445"}, 2025},
		{"the new unit by its code and its kind", Commune{Name: "Xã Vân Nham", Province: "Lạng Sơn", Code: "06415"}, 2026},
		{"the new unit by a name a predecessor had, after the change", Commune{Name: "Vân Nham", Province: "Lạng Sơn"}, 2026},
	} {
		t.Run(tc.name, func(t *testing.T) {
			est, notes := EstimateSuccessors(Options{}, []Report{mk(tc.c, tc.year)}, d)
			if len(est) != 0 || len(notes) != 0 {
				t.Errorf("%d estimates, notes %q; want none", len(est), notes)
			}
		})
	}
	// The predecessors themselves are still found, by name or by code.
	for _, tc := range []struct {
		name string
		c    Commune
		year int
		want string
	}{
		{"by name, before the change", Commune{Name: "Hòa Sơn", District: "Hữu Lũng", Province: "Lạng Sơn"}, 2020,
			"Xã Tân Thành (06445), Lạng Sơn, 1980/QĐ-TTg, 2020: không ước tính được vì thiếu số liệu của Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn; Xã Tân Thành (06442), Huyện Hữu Lũng, Lạng Sơn"},
		{"by its code and name, in the year of the change", Commune{Name: "Hòa Sơn", Province: "Lạng Sơn", Code: "06445"}, 2025,
			"Xã Tân Thành (06445), Lạng Sơn, 1980/QĐ-TTg, 2025: không ước tính được vì thiếu số liệu của Xã Hòa Lạc (06430), Huyện Hữu Lũng, Lạng Sơn; Xã Tân Thành (06442), Huyện Hữu Lũng, Lạng Sơn"},
		{"by name, the one whose name the new unit took", Commune{Name: "Vân Nham", District: "Hữu Lũng", Province: "Lạng Sơn"}, 2020,
			"Xã Vân Nham (06415), Lạng Sơn, 1980/QĐ-TTg, 2020: không ước tính được vì thiếu số liệu của Xã Minh Tiến (cùng mã với xã mới), Huyện Hữu Lũng, Lạng Sơn; Xã Nhật Tiến (06418), Huyện Hữu Lũng, Lạng Sơn"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			est, notes := EstimateSuccessors(Options{}, []Report{mk(tc.c, tc.year)}, d)
			if len(est) != 0 || len(notes) != 1 || notes[0].Text("vi") != tc.want {
				t.Errorf("%d estimates, notes %q; want the note %q", len(est), notes, tc.want)
			}
		})
	}
}
