package evaluate

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// commune builds an assessment of a TDMNPB commune (Lạng Sơn) for year with
// the given 1980/QĐ-TTg values (số liệu minh họa).
func commune(year int, vals map[string]Value) *Assessment {
	return &Assessment{
		Commune: Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Region:  criteria.TDMNPB, Year: year,
		Values: map[string]map[string]Value{criteria.IDQD1980: vals},
	}
}

// allMet returns values meeting every indicator of 1980/QĐ-TTg for any region.
func allMet() map[string]Value {
	vals := map[string]Value{}
	for _, ind := range criteria.QD1980().Indicators() {
		switch {
		case ind.Kind == criteria.KindPass:
			vals[ind.Code] = Bool(true)
		case ind.Kind == criteria.KindNone:
			vals[ind.Code] = MustNumber("0")
		case ind.Op == criteria.OpLE:
			vals[ind.Code] = MustNumber("0")
		case ind.Kind == criteria.KindAmount:
			vals[ind.Code] = MustNumber("100")
		default:
			vals[ind.Code] = MustNumber("100")
		}
	}
	return vals
}

func with(vals map[string]Value, kv ...any) map[string]Value {
	for i := 0; i < len(kv); i += 2 {
		vals[kv[i].(string)] = kv[i+1].(Value)
	}
	return vals
}

func findIndicator(t *testing.T, r Report, code string) IndicatorResult {
	t.Helper()
	for _, c := range r.Criteria {
		for _, ind := range c.Indicators {
			if ind.Code() == code {
				return ind
			}
		}
	}
	t.Fatalf("report has no indicator %s", code)
	return IndicatorResult{}
}

func findCriterion(t *testing.T, r Report, code string) CriterionResult {
	t.Helper()
	for _, c := range r.Criteria {
		if c.Code() == code {
			return c
		}
	}
	t.Fatalf("report has no criterion %s", code)
	return CriterionResult{}
}

// gapView is a comparable view of a gap: its printed strings.
type gapView struct{ Amount, Units, Unit string }

func viewGap(ind IndicatorResult) *gapView {
	g, ok := ind.Gap()
	if !ok {
		return nil
	}
	v := &gapView{Amount: g.Amount.String()}
	if g.HasUnits {
		v.Units, v.Unit = g.Units.String(), g.Unit
	}
	return v
}

func TestEveryNumericIndicatorAtItsThresholdAndJustPastIt(t *testing.T) {
	set := criteria.QD1980()
	eps := dec("0.0000000000000001")
	for _, ind := range set.Indicators() {
		if ind.Kind != criteria.KindPercent && ind.Kind != criteria.KindAmount {
			continue
		}
		for _, region := range criteria.Regions() {
			res, err := ind.Resolve(region, 2020)
			if err != nil {
				t.Fatal(err)
			}
			worse, better := res.Value.Sub(eps), res.Value.Add(eps)
			if ind.Op == criteria.OpLE {
				worse, better = better, worse
			}
			// Just past a target of 100% (or of 0 for ≤) is a value no
			// reader takes (a percentage above 100, a negative one): it
			// is not judged, and the indicator is missing.
			pastWant, pastRule := StatusMet, "just past"
			if better.Sign() < 0 || ind.Kind == criteria.KindPercent && better.GreaterThan(dec("100")) {
				pastWant, pastRule = StatusMissing, "beyond the range just past"
			}
			for _, tc := range []struct {
				value decimal.Decimal
				want  Status
				rule  string
			}{
				{res.Value, StatusMet, "exactly at"},
				{worse, StatusNotMet, "just short of"},
				{better, pastWant, pastRule},
			} {
				name := fmt.Sprintf("a %s commune %s %s %s %s %s", region, tc.rule, ind.Code, ind.Op, res.Value, tc.want)
				t.Run(name, func(t *testing.T) {
					a := commune(2020, map[string]Value{ind.Code: Number(tc.value)})
					a.Region = region
					got := findIndicator(t, Run(set, a), ind.Code)
					if got.Status != tc.want {
						t.Errorf("%s = %s: status %s, want %s", ind.Code, tc.value, got.Status, tc.want)
					}
					if tc.want == StatusNotMet {
						if diff := cmp.Diff(&gapView{Amount: "0.01"}, viewGap(got)); diff != "" {
							t.Errorf("gap of a 1e-16 shortfall (-want +got):\n%s", diff)
						}
					} else if _, ok := got.Gap(); ok {
						t.Errorf("a met indicator has gap %v", viewGap(got))
					}
				})
			}
		}
	}
}

func TestIndicatorOutcomes(t *testing.T) {
	set := criteria.QD1980()
	type want struct {
		Status Status
		Actual string
		Gap    *gapView
	}
	tests := []struct {
		name   string
		region criteria.Region
		code   string
		value  Value
		want   want
	}{
		{"59.9999999999999999 does not meet ≥ 60 (no float rounding)", criteria.TDMNPB, "17.7",
			MustNumber("59.9999999999999999"), want{StatusNotMet, "60", &gapView{Amount: "0.01"}}},
		{"60 meets ≥ 60", criteria.TDMNPB, "17.7", MustNumber("60"), want{StatusMet, "60", nil}},
		{"2 of 3 schools does not meet 70% in TDMNPB: 3.34 points, 1 school short", criteria.TDMNPB, "5",
			Share(2, 3, "trường"), want{StatusNotMet, "66.67", &gapView{"3.34", "1", "trường"}}},
		{"7 of 10 schools meets 70% exactly (cross-multiplied)", criteria.TDMNPB, "5",
			Share(7, 10, "trường"), want{StatusMet, "70", nil}},
		{"a share without a unit has a gap in points only", criteria.TDMNPB, "5",
			Share(2, 3, ""), want{StatusNotMet, "66.67", &gapView{Amount: "3.34"}}},
		{"a measured unit keeps 2 decimals: 2.5 of 4 km against 70% needs 0.3 km", criteria.TDMNPB, "5",
			Value{Kind: ValueShare, Numerator: dec("2.5"), Denominator: dec("4"), Unit: "km"},
			want{StatusNotMet, "62.5", &gapView{"7.5", "0.3", "km"}}},
		{"a ≤ target gives units to remove: 60 of 400 poor households against ≤ 12% needs 12 fewer", criteria.TDMNPB, "11",
			Share(60, 400, "hộ"), want{StatusNotMet, "15", &gapView{"3", "12", "hộ"}}},
		{"counted units are recognised in NFD and any case", criteria.TDMNPB, "11",
			Share(61, 400, "H\u006f\u031b\u0323"), want{StatusNotMet, "15.25", &gapView{"3.25", "13", "H\u006f\u031b\u0323"}}},
		{"a number above a ≤ target: 12.5% poor households in TDMNPB", criteria.TDMNPB, "11",
			MustNumber("12.5"), want{StatusNotMet, "12.5", &gapView{Amount: "0.5"}}},
		{"the same 95% meets 4.2 in TDMNPB", criteria.TDMNPB, "4.2", MustNumber("95"), want{StatusMet, "95", nil}},
		{"but not in DBSH (99%)", criteria.DBSH, "4.2", MustNumber("95"), want{StatusNotMet, "95", &gapView{Amount: "4"}}},
		{"a none indicator is met by a count of 0", criteria.TDMNPB, "9.1", MustNumber("0"), want{StatusMet, "0", nil}},
		{"a none indicator is met by false (none present)", criteria.TDMNPB, "9.1", Bool(false), want{StatusMet, "false", nil}},
		{"a none indicator's gap is the count", criteria.TDMNPB, "9.1", MustNumber("2"), want{StatusNotMet, "2", &gapView{Amount: "2"}}},
		{"true for a none indicator gives no count and is not judged", criteria.TDMNPB, "9.1", Bool(true), want{StatusMissing, "true", nil}},
		{"a pass indicator is met by true", criteria.TDMNPB, "2.2", Bool(true), want{StatusMet, "true", nil}},
		{"a pass indicator is not met by false and has no gap", criteria.TDMNPB, "2.2", Bool(false), want{StatusNotMet, "false", nil}},
		{"an amount short of its target: income 33.8 against 36", criteria.TDMNPB, "10", MustNumber("33.8"),
			want{StatusNotMet, "33.8", &gapView{Amount: "2.2"}}},
		{"an allowed n/a is not applicable", criteria.TDMNPB, "7", NotApplicable(), want{StatusNotApplicable, "n/a", nil}},
		{"an explicit null is missing", criteria.TDMNPB, "4.2", Missing(), want{StatusMissing, "", nil}},
		{"huge coefficients take the exact decimal path: 2e20 of 3e20 schools", criteria.TDMNPB, "5",
			Share(0, 1, "trường").withShare("200000000000000000000", "300000000000000000000"),
			want{StatusNotMet, "66.67", &gapView{"3.34", "10000000000000000000", "trường"}}},
		{"a long fraction takes the exact decimal path", criteria.TDMNPB, "17.7",
			MustNumber("59.99999999999999999999999999999"), want{StatusNotMet, "60", &gapView{Amount: "0.01"}}},
		{"half-up display: 2 of 3 is 66.67, 1 of 8 is 12.5", criteria.TDMNPB, "11",
			Share(1, 8, ""), want{StatusNotMet, "12.5", &gapView{Amount: "0.5"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := commune(2020, map[string]Value{tc.code: tc.value})
			a.Region = tc.region
			ind := findIndicator(t, Run(set, a), tc.code)
			actual, _ := ind.Value().Actual()
			got := want{ind.Status, actual, viewGap(ind)}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func (v Value) withShare(n, d string) Value {
	v.Numerator, v.Denominator = dec(n), dec(d)
	return v
}

func TestCriterionRollUp(t *testing.T) {
	set := criteria.QD1980()
	tests := []struct {
		name string
		vals map[string]Value
		code string
		want Status
	}{
		{"a failed indicator fails the criterion even when others are missing",
			map[string]Value{"17.1a": MustNumber("50")}, "17", StatusNotMet},
		{"a criterion with a missing indicator and the rest met is missing",
			with(allMet(), "17.6", Missing()), "17", StatusMissing},
		{"an absent indicator counts as missing", func() map[string]Value { v := allMet(); delete(v, "17.6"); return v }(), "17", StatusMissing},
		{"not-applicable indicators do not block a criterion",
			with(allMet(), "17.2", NotApplicable(), "17.7", NotApplicable()), "17", StatusMet},
		{"criterion 7 all not applicable is not assessed and counts as met",
			with(allMet(), "7", NotApplicable()), "7", StatusMet},
		{"every indicator met meets the criterion", allMet(), "17", StatusMet},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Run(set, commune(2020, tc.vals))
			if got := findCriterion(t, r, tc.code).Status; got != tc.want {
				t.Errorf("criterion %s: %s, want %s", tc.code, got, tc.want)
			}
		})
	}
}

func TestSetStatusAndCounts(t *testing.T) {
	set := criteria.QD1980()
	tests := []struct {
		name      string
		vals      map[string]Value
		want      Status
		wantMet   int
		wantTotal int
	}{
		{"a commune meeting every indicator meets the set, 19/19", allMet(), StatusMet, 19, 19},
		{"criterion 7 not applicable still gives 19/19", with(allMet(), "7", NotApplicable()), StatusMet, 19, 19},
		{"one failed indicator fails the set, 18/19", with(allMet(), "5", Share(2, 3, "trường")), StatusNotMet, 18, 19},
		{"a missing value leaves the set missing, 18/19", with(allMet(), "10", Missing()), StatusMissing, 18, 19},
		{"a failure beats a missing value", with(allMet(), "10", Missing(), "2.1", Bool(false)), StatusNotMet, 17, 19},
		{"no values at all: every criterion missing", map[string]Value{}, StatusMissing, 0, 19},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Run(set, commune(2020, tc.vals))
			got := [3]any{r.Status, r.CriteriaMet, r.CriteriaTotal}
			if diff := cmp.Diff([3]any{tc.want, tc.wantMet, tc.wantTotal}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if r.Prerequisite != nil {
				t.Errorf("1980/QĐ-TTg requires nothing, got prerequisite %+v", r.Prerequisite)
			}
		})
	}
}

func attested933(met bool) map[string]Value {
	vals := map[string]Value{}
	for i := 1; i <= len(criteria.QD933().Criteria); i++ {
		vals[fmt.Sprint(i)] = Bool(met)
	}
	return vals
}

func TestPrerequisite(t *testing.T) {
	qd933 := criteria.QD933()
	tests := []struct {
		name       string
		a          *Assessment
		want       *Prerequisite
		wantStatus Status
	}{
		{"933 with 1980 values all met: prerequisite met by evaluation",
			&Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{
				criteria.IDQD1980: allMet(), criteria.IDQD933: attested933(true)}},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusMet, Basis: BasisEvaluated, Content: criteria.ContentComplete}, StatusMet},
		{"933 with 1980 values not met: prerequisite not met, set not met even with 14/14",
			&Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{
				criteria.IDQD1980: with(allMet(), "5", Share(2, 3, "trường")), criteria.IDQD933: attested933(true)}},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusNotMet, Basis: BasisEvaluated, Content: criteria.ContentComplete}, StatusNotMet},
		{"evaluation takes precedence over a recognition",
			&Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{
				criteria.IDQD1980: with(allMet(), "10", Missing()), criteria.IDQD933: attested933(true)},
				Recognitions: []Recognition{{Set: criteria.IDQD1980, Year: 2018, Decision: "2165/QĐ-UBND"}}},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusMissing, Basis: BasisEvaluated, Content: criteria.ContentComplete}, StatusMissing},
		{"933 without 1980 values: a recognition of an earlier year satisfies it",
			&Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{
				criteria.IDQD933: attested933(true)},
				Recognitions: []Recognition{{Set: criteria.IDQD1980, Year: 2018, Decision: "2165/QĐ-UBND"}}},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusMet, Basis: BasisRecognition, Decision: "2165/QĐ-UBND", Year: 2018}, StatusMet},
		{"a recognition later than the assessed year does not count",
			&Assessment{Region: criteria.TDMNPB, Year: 2019, Values: map[string]map[string]Value{
				criteria.IDQD933: attested933(true)},
				Recognitions: []Recognition{{Set: criteria.IDQD1980, Year: 2020, Decision: "99/QĐ-UBND"}}},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusMissing, Basis: BasisRecognition}, StatusMissing},
		{"no 1980 values and no recognition: prerequisite missing",
			&Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{
				criteria.IDQD933: attested933(true)}},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusMissing, Basis: BasisRecognition}, StatusMissing},
		{"a missing prerequisite does not hide a failed criterion",
			&Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{
				criteria.IDQD933: with(attested933(true), "3", Bool(false))}},
			&Prerequisite{Set: criteria.IDQD1980, Status: StatusMissing, Basis: BasisRecognition}, StatusNotMet},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Run(qd933, tc.a)
			if diff := cmp.Diff(tc.want, r.Prerequisite); diff != "" {
				t.Errorf("prerequisite (-want +got):\n%s", diff)
			}
			if r.Status != tc.wantStatus {
				t.Errorf("set status %s, want %s", r.Status, tc.wantStatus)
			}
		})
	}
}

func warningKinds(ws []Warning) []string {
	var out []string
	for _, w := range ws {
		if w.Kind == WarnProvenance {
			continue
		}
		s := w.Kind.String()
		if w.Indicator != "" {
			s += " " + w.Indicator
		}
		out = append(out, s)
	}
	return out
}

func provenanceWarnings(ws []Warning) map[string]int {
	m := map[string]int{}
	for _, w := range ws {
		if w.Kind == WarnProvenance {
			m[w.Indicator+" "+w.Target().Provenance.String()]++
		}
	}
	return m
}

func TestWarnings(t *testing.T) {
	t.Run("933 warns once that its content is pending the official text", func(t *testing.T) {
		r := Run(criteria.QD933(), &Assessment{Region: criteria.TDMNPB, Year: 2020,
			Values: map[string]map[string]Value{criteria.IDQD933: attested933(true)}})
		if diff := cmp.Diff([]string{"pending-content"}, warningKinds(r.Warnings())); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		if !strings.Contains(r.Warnings()[0].Text("vi"), "933/QĐ-UBND") || !strings.Contains(r.Warnings()[0].Text("en"), "official text") {
			t.Errorf("warning text does not name the set and the cause: %q / %q", r.Warnings()[0].Text("vi"), r.Warnings()[0].Text("en"))
		}
	})
	t.Run("criterion 10 in 2019 warns that the 2020 value applied", func(t *testing.T) {
		r := Run(criteria.QD1980(), commune(2019, map[string]Value{"10": MustNumber("40")}))
		if diff := cmp.Diff([]string{"year-fallback 10"}, warningKinds(r.Warnings())); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("criterion 10 in 2020 does not warn about the year", func(t *testing.T) {
		r := Run(criteria.QD1980(), commune(2020, map[string]Value{"10": MustNumber("40")}))
		if diff := cmp.Diff([]string(nil), warningKinds(r.Warnings())); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("criterion 10 missing in 2019 does not warn: the target decided nothing", func(t *testing.T) {
		r := Run(criteria.QD1980(), commune(2019, map[string]Value{}))
		if diff := cmp.Diff([]string(nil), warningKinds(r.Warnings())); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("M and C1 targets that decided a status warn once each; C2 and missing do not", func(t *testing.T) {
		r := Run(criteria.QD1980(), commune(2020, map[string]Value{
			"5": Share(2, 3, "trường"), "4.2": MustNumber("96"), "4.1": Bool(true), "10": MustNumber("40"), "17.7": Missing()}))
		want := map[string]int{"5 M": 1, "4.2 C1": 1}
		if diff := cmp.Diff(want, provenanceWarnings(r.Warnings())); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("a year outside the set's period warns", func(t *testing.T) {
		r := Run(criteria.QD1980(), commune(2021, map[string]Value{}))
		if diff := cmp.Diff([]string{"outside-period"}, warningKinds(r.Warnings())); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("values that cannot be judged are missing and warned about, never dropped silently", func(t *testing.T) {
		r := Run(criteria.QD1980(), commune(2020, map[string]Value{
			"2.2": MustNumber("1"), "4.2": NotApplicable(), "5": Share(1, 0, ""), "99.9": Bool(true)}))
		want := []string{"ignored-value 2.2", "ignored-value 4.2", "ignored-value 5", "unknown-indicator 99.9"}
		if diff := cmp.Diff(want, warningKinds(r.Warnings())); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		for _, code := range []string{"2.2", "4.2", "5"} {
			if st := findIndicator(t, r, code).Status; st != StatusMissing {
				t.Errorf("%s: %s, want missing", code, st)
			}
		}
	})
}

func TestShortfalls(t *testing.T) {
	r := Run(criteria.QD1980(), commune(2020, with(allMet(),
		"2.2", Bool(false),
		"5", Share(2, 3, "trường"), // 3.34 of 70: 4.8%
		"4.2", MustNumber("94"), // 1 of 95: 1.1%
		"9.1", MustNumber("2"),
		"11", MustNumber("18"), // 6 over 12: 50%
	)))
	codes := func(ss []Shortfall) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.Indicator)
		}
		return out
	}
	if diff := cmp.Diff([]string{"2.2", "4.2", "5", "9.1", "11"}, codes(r.Shortfalls())); diff != "" {
		t.Errorf("shortfalls in criterion order (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"4.2", "5", "11", "9.1", "2.2"}, codes(r.ShortfallsByCloseness())); diff != "" {
		t.Errorf("closest first, none counts then pass/fail last (-want +got):\n%s", diff)
	}
}

func TestRunAll(t *testing.T) {
	cat := criteria.Builtin()
	a := &Assessment{Origin: "x.json:2", Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{
		criteria.IDQD933: attested933(true), criteria.IDQD1980: allMet(), "1980": {}, "491/QĐ-TTg": {}}}
	reports, err := RunAll(cat, a)
	var sets []string
	for _, r := range reports {
		sets = append(sets, r.Set+" "+r.Status.String())
	}
	if diff := cmp.Diff([]string{"1980/QĐ-TTg met", "933/QĐ-UBND met"}, sets); diff != "" {
		t.Errorf("reports in catalog order (-want +got):\n%s", diff)
	}
	if err == nil || strings.Contains(err.Error(), `values["1980"]`) || !strings.Contains(err.Error(), `values["491/QĐ-TTg"]`) {
		t.Errorf("error does not name the unknown set alone (an alias names a set): %v", err)
	}
}

// TestRunAllUnknownKeyIsAProblem checks that the error of a key of
// Assessment.Values naming no set gives a caller, through errors.As, the
// problem a service answers: its code, the key in Path and Input, and the
// commune, as the decoders' problems do.
func TestRunAllUnknownKeyIsAProblem(t *testing.T) {
	a := &Assessment{Commune: Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, Year: 2020,
		Values: map[string]map[string]Value{"491/QĐ-TTg": {}}}
	_, err := RunAll(nil, a)
	if !errors.Is(err, problem.UnknownSet) {
		t.Fatalf("error %v does not match problem.UnknownSet", err)
	}
	ps := problem.All(err)
	if len(ps) != 1 {
		t.Fatalf("problem.All gives %d problems, want 1: %v", len(ps), err)
	}
	p := ps[0]
	if p.Code != problem.UnknownSet || p.Path != `values["491/QĐ-TTg"]` || p.Input != "491/QĐ-TTg" || p.Commune != "Hòa Lạc" {
		t.Errorf("problem = code %q path %q input %q commune %q", p.Code, p.Path, p.Input, p.Commune)
	}
	if want := `evaluate: Hòa Lạc, Hữu Lũng, Lạng Sơn: values["491/QĐ-TTg"]: criteria: unknown set (known: `; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("message = %s, want it to begin %s", err, want)
	}
}

func TestRunAllWithoutACatalogUsesTheBuiltinSets(t *testing.T) {
	a := &Assessment{Origin: "x.json:2", Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{
		criteria.IDQD933: attested933(true), criteria.IDQD1980: allMet(), "491/QĐ-TTg": {}}}
	want, wantErr := RunAll(criteria.Builtin(), a)
	got, err := RunAll(nil, a)
	if len(got) != 2 {
		t.Fatalf("RunAll(nil, a) gave %d reports, want 2 (one per built-in set with values)", len(got))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("RunAll(nil, a) differs from RunAll(criteria.Builtin(), a) (-want +got):\n%s", diff)
	}
	if err == nil || wantErr == nil || err.Error() != wantErr.Error() {
		t.Errorf("RunAll(nil, a) error = %v, want %v", err, wantErr)
	}
}

func TestRunIsSafeForConcurrentUse(t *testing.T) {
	set := criteria.QD1980()
	a := benchAssessment()
	want := Run(set, a)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				got := Run(set, a)
				if got.Status != want.Status || got.CriteriaMet != want.CriteriaMet || len(got.Warnings()) != len(want.Warnings()) {
					t.Errorf("concurrent run differs")
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestRunAllocations(t *testing.T) {
	set := criteria.QD1980()
	a := benchAssessment()
	// The criteria's and the indicators' results in one block, whatever the
	// number of indicators; warnings and gaps are derived when read.
	if n := testing.AllocsPerRun(100, func() { Run(set, a) }); n > 1 {
		t.Errorf("Run allocates %v times per report, want ≤ 1", n)
	}
}

// TestReportsOfSetsOfManyShapes: sets of more shapes (numbers of criteria
// and of indicators) than there are types of results in one block get
// their results in two allocations, the same reports.
func TestReportsOfSetsOfManyShapes(t *testing.T) {
	base := criteria.QD1980()
	for n := 1; n <= maxBlockTypes+8; n++ {
		set := base.Clone()
		set.ID = fmt.Sprintf("shape-%d", n)
		c := &set.Criteria[0] // criterion 1, of two pass/fail indicators
		for len(c.Indicators) < n+1 {
			ind := c.Indicators[0]
			ind.Code = fmt.Sprintf("1.x%d", len(c.Indicators))
			c.Indicators = append(c.Indicators, ind)
		}
		vals := map[string]Value{}
		for _, ind := range set.Indicators() {
			if ind.Kind == criteria.KindPass {
				vals[ind.Code] = Bool(true)
			}
		}
		vals[c.Indicators[n].Code] = Bool(false)
		r := Run(set, &Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{set.ID: vals}})
		got := r.Criteria[0]
		if len(got.Indicators) != n+1 || got.Code() != "1" || got.Status != StatusNotMet ||
			got.Indicators[n].Code() != c.Indicators[n].Code || got.Indicators[n].Status != StatusNotMet {
			t.Fatalf("%d indicators in criterion 1: %d results, code %q, %v; last %q %v", n+1,
				len(got.Indicators), got.Code(), got.Status, got.Indicators[n].Code(), got.Indicators[n].Status)
		}
		if last := r.Criteria[len(r.Criteria)-1]; last.Code() != "19" || len(last.Indicators) != 2 {
			t.Fatalf("%d indicators in criterion 1: the last criterion is %q with %d results", n+1, last.Code(), len(last.Indicators))
		}
	}
	if blockType(1, 1<<20) != nil {
		t.Errorf("a shape beyond %d has a type of results in one block", maxBlockTypes)
	}
}

func TestChangingAReportChangesNoLaterReport(t *testing.T) {
	a := &Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{
		criteria.IDQD1980: with(allMet(), "5", Share(2, 3, "trường"))}}
	first, err := RunAll(nil, a)
	if err != nil || len(first) != 1 {
		t.Fatalf("RunAll(nil, a) = %d reports, %v", len(first), err)
	}
	want, _ := json.Marshal(first[0])
	// Change every exported field a caller can reach.
	r := &first[0]
	r.Set, r.CriteriaMet = "x", 99
	ws := r.Warnings()
	ws[0] = Warning{Kind: WarnNoRegion}
	for ci := range r.Criteria {
		r.Criteria[ci].Status = StatusMissing
		for ii := range r.Criteria[ci].Indicators {
			ind := &r.Criteria[ci].Indicators[ii]
			ind.Status = StatusNotMet
		}
	}
	second, _ := RunAll(nil, a)
	got, _ := json.Marshal(second[0])
	if string(got) != string(want) {
		t.Errorf("a later report changed after a caller changed an earlier one:\n%s\nwant\n%s", got, want)
	}
}

func TestRunAllIntoReusesReportsAndGivesWhatRunAllGives(t *testing.T) {
	cat := criteria.Builtin()
	first, second := benchAssessment(), benchAssessment()
	second.Region, second.Year = criteria.DBSCL, 2019
	delete(second.Values[criteria.QD1980().ID], "4.2")
	var dst []Report
	for _, a := range []*Assessment{first, second, first} {
		want, wantErr := RunAll(cat, a)
		got, err := RunAllInto(dst, cat, a)
		if (err == nil) != (wantErr == nil) {
			t.Fatalf("error %v, want %v", err, wantErr)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
		dst = got
	}
}

func TestCloneSharesNoMemoryWithAReusedReport(t *testing.T) {
	set := criteria.QD1980()
	first, second := benchAssessment(), benchAssessment()
	second.Region, second.Year = criteria.DBSCL, 2019
	second.Values[set.ID]["5"] = Share(3, 3, "trường")
	delete(second.Values[set.ID], "4.2")
	second.Values[set.ID]["99.9"] = Bool(true) // a warning kept with the report

	var dst Report
	Options{}.RunInto(&dst, set, first)
	kept := dst.Clone()
	want, _ := json.Marshal(Run(set, first))
	Options{}.RunInto(&dst, set, second)
	if got, _ := json.Marshal(kept); string(got) != string(want) {
		t.Errorf("a clone changed when the report it was cloned from was reused:\n%s\nwant\n%s", got, want)
	}
	if !kept.Equal(Run(set, first)) || kept.Equal(dst) {
		t.Error("Equal: a clone must equal a fresh report of the same commune and differ from another's")
	}
	// A clone can itself be reused, without allocating.
	Options{}.RunInto(&kept, set, second)
	if got, want := mustJSON(t, kept), mustJSON(t, Run(set, second)); got != want {
		t.Errorf("RunInto into a clone:\n%s\nwant\n%s", got, want)
	}
	fast := indexed(first, set)
	if n := testing.AllocsPerRun(10, func() { Options{}.RunInto(&kept, set, fast) }); n != 0 {
		t.Errorf("RunInto into a clone allocates %v times, want 0", n)
	}
}

func TestAppendingToACriterionsResultsLeavesTheOthersIntact(t *testing.T) {
	set := criteria.QD1980()
	a := benchAssessment()
	check := func(name string, r *Report) {
		t.Helper()
		want := mustJSON(t, *r)
		for ci := range r.Criteria {
			inds := r.Criteria[ci].Indicators
			if len(inds) != cap(inds) {
				t.Errorf("%s: criterion %s: %d results with capacity %d: an append would write over the next criterion's",
					name, r.Criteria[ci].Code(), len(inds), cap(inds))
			}
			_ = append(inds, IndicatorResult{})
		}
		if got := mustJSON(t, *r); got != want {
			t.Errorf("%s: appending to a criterion's results changed the report:\n%s\nwant\n%s", name, got, want)
		}
	}
	r := Run(set, a)
	check("Run", &r)
	var dst Report
	Options{}.RunInto(&dst, set, a)
	Options{}.RunInto(&dst, set, a) // reused
	check("RunInto", &dst)
	c := dst.Clone()
	check("Clone", &c)
	Options{}.RunInto(&c, set, a) // a clone reused
	check("RunInto into a clone", &c)
	all, err := RunAllInto(nil, nil, a)
	if err != nil || len(all) != 1 {
		t.Fatalf("RunAllInto: %d reports, %v", len(all), err)
	}
	all, _ = RunAllInto(all, nil, a)
	check("RunAllInto", &all[0])
	// Once a caller grew a criterion's results past its end, the report's
	// memory is still reused without touching the grown slice.
	c.Criteria[0].Indicators = append(c.Criteria[0].Indicators, IndicatorResult{})
	grown := c.Criteria[0].Indicators
	Options{}.RunInto(&c, set, a)
	if len(grown) != len(c.Criteria[0].Indicators)+1 || grown[len(grown)-1].Code() != "" {
		t.Errorf("RunInto wrote into a slice the caller grew")
	}
	check("RunInto after an append", &c)
}

func TestIndicatorResultValueIsTheValueGiven(t *testing.T) {
	set := criteria.QD1980()
	values := map[string]Value{
		"2.1":   Bool(true),
		"2.2":   NotApplicable(),
		"4.2":   {Kind: ValueShare, Numerator: decimal.RequireFromString("412.50"), Denominator: decimal.New(450, 0), Unit: "hộ", Source: "Báo cáo UBND xã 03/2020"},
		"5":     {Kind: ValueShare, Numerator: decimal.New(1, 40), Denominator: decimal.New(3, 40), Unit: "trường"}, // beyond 32 bits
		"10":    MustNumber("33.80"),
		"9.1":   MustNumber("0"),
		"3.1":   MustNumber("96.123456789123456789123"), // beyond 18 digits
		"17.1b": Missing(),
	}
	for _, how := range []string{"map", "indexed"} {
		a := &Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{set.ID: values}}
		if how == "indexed" {
			a = indexed(a, set)
		}
		r := Run(set, a)
		for _, c := range r.Criteria {
			for _, ind := range c.Indicators {
				want, given := values[ind.Code()]
				got := ind.Value()
				if !given {
					want = Value{}
				}
				if !got.equal(want) || got.Number.Exponent() != want.Number.Exponent() {
					t.Errorf("%s: indicator %s: Value() = %+v, want %+v", how, ind.Code(), got, want)
				}
				if src := ind.Source(); src != want.Source {
					t.Errorf("%s: indicator %s: Source() = %q, want %q", how, ind.Code(), src, want.Source)
				}
			}
		}
	}
}

func mustJSON(t *testing.T, r Report) string {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A missing prerequisite has basis "recognition" (the record that would
// satisfy it is missing), in the Go value and in JSON, with no decision or
// year; text and Markdown say no evaluation or recognition was found.
func TestAMissingPrerequisiteWantsARecognition(t *testing.T) {
	a := &Assessment{Region: criteria.TDMNPB, Year: 2019, Values: map[string]map[string]Value{
		criteria.IDQD933: attested933(true)},
		Recognitions: []Recognition{{Set: criteria.IDQD1980, Year: 2020, Decision: "99/QĐ-UBND"}}}
	r := Run(criteria.QD933(), a)
	if p := r.Prerequisite; p == nil || p.Basis != BasisRecognition || p.Status != StatusMissing || p.Decision != "" || p.Year != 0 {
		t.Fatalf("prerequisite %+v, want missing with basis recognition", p)
	}
	js, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if want := `"prerequisite": {"set": "1980/QĐ-TTg", "status": "missing", "basis": "recognition"}`; !strings.Contains(string(js), want) {
		t.Errorf("JSON has no %s:\n%s", want, js)
	}
	for _, tc := range []struct {
		lang, want string
	}{
		{"vi", "1980/QĐ-TTg — Thiếu số liệu (không có số liệu đánh giá hay quyết định công nhận)"},
		{"en", "1980/QĐ-TTg — Missing (no evaluation or recognition found)"},
	} {
		for _, write := range []func(io.Writer, []Report, RenderOptions) error{WriteText, WriteMarkdown} {
			var b strings.Builder
			if err := write(&b, []Report{r}, RenderOptions{Lang: tc.lang}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), tc.want) || strings.Contains(b.String(), "99/QĐ-UBND") {
				t.Errorf("%s: want %q and no recognition decision in:\n%s", tc.lang, tc.want, b.String())
			}
		}
	}
}
