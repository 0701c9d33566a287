package evaluate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
)

// Reports are plain values.

func TestNoExportedFieldOfAReportReachesASetOrAnotherReport(t *testing.T) {
	forbidden := map[reflect.Type]bool{}
	for _, v := range []any{criteria.Set{}, criteria.Criterion{}, criteria.Indicator{}, criteria.Target{},
		criteria.Catalog{}, criteria.Resolved{}, criteria.Period{}, Report{}, CriterionResult{}, IndicatorResult{}, Warning{}} {
		forbidden[reflect.PointerTo(reflect.TypeOf(v))] = true
	}
	seen := map[reflect.Type]bool{}
	var walk func(path string, typ reflect.Type)
	walk = func(path string, typ reflect.Type) {
		if forbidden[typ] {
			t.Errorf("%s is a %s: a caller could reach or change what it points to", path, typ)
			return
		}
		if seen[typ] {
			return
		}
		seen[typ] = true
		switch typ.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			walk(path+"[]", typ.Elem())
		case reflect.Map:
			t.Errorf("%s is a map %s, shared by every copy of the report", path, typ)
		case reflect.Struct:
			for i := range typ.NumField() {
				if f := typ.Field(i); f.IsExported() {
					walk(path+"."+f.Name, f.Type)
				}
			}
		}
	}
	walk("Report", reflect.TypeOf(Report{}))
}

func TestJSONMarshalOfAReportIsItsWriteJSONElement(t *testing.T) {
	for _, r := range sampleReports() {
		t.Run(r.Commune.Name+" "+r.Set+": json.Marshal writes what WriteJSON writes for it", func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteJSON(&b, []Report{r}, RenderOptions{}); err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			elem := strings.TrimSuffix(strings.TrimPrefix(b.String(), "[\n"), "\n]\n")
			// json.Marshal compacts what MarshalJSON returns and escapes
			// <, > and & in strings.
			var compact bytes.Buffer
			if err := json.Compact(&compact, []byte(elem)); err != nil {
				t.Fatal(err)
			}
			json.HTMLEscape(&want, compact.Bytes())
			got, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.String(), string(got)); diff != "" {
				t.Errorf("(-WriteJSON +json.Marshal):\n%s", diff)
			}
		})
	}
}

func TestRunAllWithoutACatalogCostsWhatItCostsWithOne(t *testing.T) {
	cat := criteria.Builtin()
	a := &Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{
		criteria.IDQD1980: allMet()}}
	RunAll(cat, a)
	RunAll(nil, a)
	with := testing.AllocsPerRun(20, func() { RunAll(cat, a) })
	without := testing.AllocsPerRun(20, func() { RunAll(nil, a) })
	if without > with {
		t.Errorf("RunAll(nil, a) allocates %v times, RunAll(cat, a) %v: want no more", without, with)
	}
}

// No silent wrong answer.

func TestValuesUnderAnAliasOfTheSetIDAreTheSetsValues(t *testing.T) {
	for _, key := range []string{"1980", "QD1980", "1980/QD-TTg"} {
		a := &Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{key: allMet()}}
		t.Run(fmt.Sprintf("Run with values under %q meets 19/19", key), func(t *testing.T) {
			r := Run(criteria.QD1980(), a)
			if r.Status != StatusMet || r.CriteriaMet != 19 || len(warningKinds(r.Warnings())) != 0 {
				t.Errorf("%s %d/%d, warnings %v; want met 19/19 without warnings but provenance", r.Status, r.CriteriaMet, r.CriteriaTotal, warningKinds(r.Warnings()))
			}
		})
		t.Run(fmt.Sprintf("RunAll with values under %q reports the set without error", key), func(t *testing.T) {
			rs, err := RunAll(nil, a)
			if err != nil || len(rs) != 1 || rs[0].Set != criteria.IDQD1980 || rs[0].Status != StatusMet {
				t.Errorf("RunAll = %d reports, %v", len(rs), err)
			}
		})
	}
	t.Run("a value under the ID and another under an alias: the ID's is used and the other warned of", func(t *testing.T) {
		a := &Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{
			criteria.IDQD1980: {"4.2": MustNumber("96")}, "1980": {"4.2": MustNumber("90"), "99.9": Bool(true)}}}
		r := Run(criteria.QD1980(), a)
		if st := findIndicator(t, r, "4.2").Status; st != StatusMet {
			t.Errorf("4.2: %s, want met (96 under the canonical ID)", st)
		}
		want := []string{"duplicate-value 4.2", "unknown-indicator 99.9"}
		if diff := cmp.Diff(want, warningKinds(r.Warnings())); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		if !strings.Contains(r.Warnings()[len(r.Warnings())-1].Text("en"), "99.9") {
			t.Errorf("unknown-indicator warning: %q", r.Warnings()[len(r.Warnings())-1].Text("en"))
		}
	})
}

func TestTheRegionComesFromTheProvinceWhenNotGiven(t *testing.T) {
	// 3 of 4 schools: 75% meets TDMNPB's 70% but not the common 80%.
	vals := map[string]map[string]Value{criteria.IDQD1980: {"5": Share(3, 4, "trường")}}
	t.Run("a Lạng Sơn commune without a region is judged by TDMNPB's targets", func(t *testing.T) {
		r := Run(criteria.QD1980(), &Assessment{Commune: Commune{Name: "Hòa Lạc", Province: "Lạng Sơn"}, Year: 2020, Values: vals})
		if r.Region != criteria.TDMNPB || findIndicator(t, r, "5").Status != StatusMet {
			t.Errorf("region %v, 5 %s; want TDMNPB, met", r.Region, findIndicator(t, r, "5").Status)
		}
		if diff := cmp.Diff([]string(nil), warningKinds(r.Warnings())); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("without region or known province the common targets apply and the report says so", func(t *testing.T) {
		r := Run(criteria.QD1980(), &Assessment{Commune: Commune{Name: "X", Province: "Atlantis"}, Year: 2020, Values: vals})
		if st := findIndicator(t, r, "5").Status; st != StatusNotMet {
			t.Errorf("5: %s, want not-met against the common 80%%", st)
		}
		if diff := cmp.Diff([]string{"no-region"}, warningKinds(r.Warnings())); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		if s := r.Warnings()[0].Text("en"); !strings.Contains(s, "common targets") {
			t.Errorf("warning %q does not say the common targets applied", s)
		}
	})
}

func TestEveryShortfallHasAGapThatPrints(t *testing.T) {
	r := Run(criteria.QD1980(), commune(2020, map[string]Value{
		"2.2": Bool(false), "5": Share(2, 3, "trường"), "9.1": MustNumber("2"), "10": MustNumber("33.8")}))
	var got []string
	for _, s := range r.ShortfallsByCloseness() {
		got = append(got, fmt.Sprintf("%s %v: %v", s.Indicator, s.Target, s.Gap))
	}
	want := []string{"5 ≥ 70%: 3.34 (1 trường)", "10 ≥ 36 triệu đồng/người/năm: 2.2",
		"9.1 không có: 2", "2.2 đạt: must be met"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if s := fmt.Sprintf("%v %v", StatusNotMet, StatusNotApplicable); s != "not-met not-applicable" {
		t.Errorf("statuses print as %q", s)
	}
}

// Judging one indicator.

func TestJudge(t *testing.T) {
	set := criteria.QD1980()
	tests := []struct {
		name   string
		code   string
		column string
		year   int
		value  Value
		want   string
	}{
		{"2 of 3 schools misses 70% in TDMNPB by 3.34 points, 1 school", "5", "TDMNPB", 2020, Share(2, 3, "trường"), "not-met 3.34 (1 trường)"},
		{"the same 2 of 3 misses the common 80% by 13.34 points", "5", "", 2020, Share(2, 3, "trường"), "not-met 13.34 (1 trường)"},
		{"95% electricity meets 4.2 in TDMNPB", "4.2", "TDMNPB", 2020, MustNumber("95"), "met 0"},
		{"a region spelled with diacritics names the same column", "4.2", "ĐBSCL", 2020, MustNumber("95"), "not-met 3"},
		{"a failed pass/fail indicator must be met", "2.2", "TDMNPB", 2020, Bool(false), "not-met must be met"},
		{"income in 2019 is judged against the 2020 value", "10", "TDMNPB", 2019, MustNumber("33.8"), "not-met 2.2"},
		{"an allowed n/a is not applicable", "7", "TDMNPB", 2020, NotApplicable(), "not-applicable 0"},
		{"no value is missing", "4.2", "TDMNPB", 2020, Missing(), "missing 0"},
		{"an unknown indicator is an error", "99", "TDMNPB", 2020, Bool(true), `evaluate: set 1980/QĐ-TTg has no indicator "99"`},
		{"an unknown column is an error", "4.2", "Atlantis", 2020, MustNumber("95"), `evaluate: unknown column "Atlantis" of set 1980/QĐ-TTg (want a region's code — TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL — or name, or "" for the common targets)`},
		{"a number for a pass/fail indicator is an error", "2.2", "TDMNPB", 2020, MustNumber("1"), `evaluate: indicator 2.2 of 1980/QĐ-TTg, column "TDMNPB": value "1": pass/fail indicator: must be true or false (đạt / chưa đạt), not a number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, gap, err := Judge(set, tt.code, tt.column, tt.year, tt.value)
			got := fmt.Sprintf("%v %v", st, gap)
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestJudgeAgreesWithRun(t *testing.T) {
	set := criteria.QD1980()
	a := benchAssessment()
	r := Run(set, a)
	for _, c := range r.Criteria {
		for _, ind := range c.Indicators {
			st, gap, err := Judge(set, ind.Code(), a.Region.String(), a.Year, ind.Value())
			want, _ := ind.shortfallGap()
			if err != nil || st != ind.Status || !gap.equal(want) {
				t.Errorf("%s: Judge %v %v %v, Run %v %v", ind.Code(), st, gap, err, ind.Status, want)
			}
		}
	}
}

// Exactness and bounds.

// exactOnly returns a copy of p whose targets are marked as not fitting
// fixed point, so that every judgement takes the exact decimal path.
func exactOnly(p *program) *program {
	q := *p
	q.inds = append([]indicatorDef(nil), p.inds...)
	for i := range q.inds {
		q.inds[i].tfxOK, q.inds[i].tfxSmall = false, false
	}
	return &q
}

// nearThresholds returns communes whose values lie at, just below and
// just above the target in region of every numeric indicator of set, as
// numbers and as shares of several denominators with and without a unit:
// commune k takes the k-th candidate of each indicator.
func nearThresholds(set *criteria.Set, region criteria.Region) []map[string]Value {
	candidates := map[string][]Value{}
	most := 0
	steps := []string{"0", "0.001", "0.01", "0.005", "0.0000000000000001", "1", "0.5"}
	for _, ind := range set.Indicators() {
		t, err := ind.Resolve(region, 2020)
		if err != nil || !ind.Kind.Numeric() {
			continue
		}
		var vs []Value
		for _, st := range steps {
			step := dec(st)
			vs = append(vs, Number(t.Value.Sub(step)), Number(t.Value.Add(step)))
		}
		if ind.Kind == criteria.KindPercent {
			for _, d := range []int64{3, 7, 9, 10, 100, 400, 4400, 999983} {
				at := t.Value.Mul(decimal.New(d, 0)).Div(decHundred).IntPart()
				for n := max(at-2, 0); n <= min(at+2, d); n++ {
					for _, unit := range []string{"", "hộ", "km"} {
						vs = append(vs, Share(n, d, unit))
					}
				}
			}
		}
		candidates[ind.Code] = vs
		most = max(most, len(vs))
	}
	out := make([]map[string]Value, most)
	for k := range out {
		out[k] = map[string]Value{}
		for code, vs := range candidates {
			out[k][code] = vs[k%len(vs)]
		}
	}
	return out
}

func TestFixedPointAndExactDecimalsAgreeNearEveryThreshold(t *testing.T) {
	set := criteria.QD1980()
	for _, region := range criteria.Regions() {
		t.Run("communes of "+region.String()+" near every threshold get the same report both ways", func(t *testing.T) {
			fast := compiled(set, regionKey(region), 2020)
			exact := exactOnly(fast)
			var texts warningTexts
			communes := nearThresholds(set, region)
			for _, vals := range communes {
				a := &Assessment{Region: region, Year: 2020, Values: map[string]map[string]Value{set.ID: vals}}
				var rf, re Report
				srcF, srcE := Options{}.sourceOf(set, a), Options{}.sourceOf(set, a)
				fast.evaluate(&rf, a, region, true, &srcF)
				exact.evaluate(&re, a, region, true, &srcE)
				jf, je := appendReportJSON(nil, &rf, &texts), appendReportJSON(nil, &re, &texts)
				if !bytes.Equal(jf, je) {
					t.Fatalf("values %v: fixed point and exact decimals differ:\n%s\n%s", vals, jf, je)
				}
			}
			if len(communes) < 100 {
				t.Errorf("only %d communes generated", len(communes))
			}
		})
	}
}

func TestJudgingBoundsItsWorkForAnyDecimal(t *testing.T) {
	set := criteria.QD1980()
	tiny := decimal.New(1, -10000000)
	tinier := decimal.New(1, -1000000000)
	huge := decimal.New(1, 999999999)
	big239 := decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(239), nil), 0)
	big240 := decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(240), nil), 0)
	beyond := func(kind, code string) string {
		return "evaluate: indicator " + code + ` of 1980/QĐ-TTg, column "TDMNPB": a ` + kind +
			" value beyond the numbers read from input (an exponent beyond ±40, or a magnitude of 10^240 or more) cannot be judged"
	}
	tests := []struct {
		name, code string
		v          Value
		want       string
	}{
		{"10⁻⁴⁰ % of households with electricity misses 95 by 95 points", "4.2", Number(decimal.New(1, -40)), "not-met 95"},
		{"an income 10⁻⁴⁰ short misses it by 0.01 (rounded up)", "10", Number(decimal.RequireFromString("36").Sub(decimal.New(1, -40))), "not-met 0.01"},
		{"−10⁻⁴⁰ % is a percentage no reader reads", "4.2", Number(decimal.New(-1, -40)),
			`evaluate: indicator 4.2 of 1980/QĐ-TTg, column "TDMNPB": value "-0.0000000000000000000000000000000000000001": percentage must be between 0 and 100`},
		{"a 10⁻⁴⁰ poverty rate meets ≤ 12%", "11", Number(decimal.New(1, -40)), "met 0"},
		{"10⁻⁴⁰ temporary houses is a count no reader reads", "9.1", Number(decimal.New(1, -40)),
			`evaluate: indicator 9.1 of 1980/QĐ-TTg, column "TDMNPB": value "0.0000000000000000000000000000000000000001": count must be a whole number`},
		{"an income of 10²³⁹ meets the target", "10", Number(big239), "met 0"},
		{"0 at any exponent is 0", "9.1", Number(decimal.New(0, 999999999)), "met 0"},
		{"an exponent below −40 is beyond what is read", "4.2", Number(decimal.New(1, -41)), beyond("number", "4.2")},
		{"10⁻¹⁰⁰⁰⁰⁰⁰⁰ likewise", "4.2", Number(tiny), beyond("number", "4.2")},
		{"−10⁻¹⁰⁰⁰⁰⁰⁰⁰⁰⁰ likewise", "4.2", Number(tinier.Neg()), beyond("number", "4.2")},
		{"an exponent above 40 is beyond what is read", "10", Number(decimal.New(1, 41)), beyond("number", "10")},
		{"so is a magnitude of 10²⁴⁰", "10", Number(big240), beyond("number", "10")},
		{"and 10⁹⁹⁹⁹⁹⁹⁹⁹⁹ houses", "9.1", Number(huge), beyond("number", "9.1")},
		{"a share of 10⁻¹⁰⁰⁰⁰⁰⁰⁰ schools", "5", Value{Kind: ValueShare, Numerator: tiny, Denominator: dec("3")}, beyond("share", "5")},
		{"a share out of 10⁹⁹⁹⁹⁹⁹⁹⁹⁹ schools", "5", Value{Kind: ValueShare, Numerator: dec("2"), Denominator: huge}, beyond("share", "5")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, gap, err := Judge(set, tt.code, "TDMNPB", 2020, tt.v)
			got := fmt.Sprintf("%v %v", st, gap)
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("a report with such values warns and renders with bounded work", func(t *testing.T) {
		vals := map[string]Value{
			"4.2": Number(tinier), "17.7": Number(tiny), "10": Number(huge), "9.1": Number(huge.Neg()),
			"5":     Value{Kind: ValueShare, Numerator: huge, Denominator: decimal.New(3, 999999999), Unit: "trường"},
			"6.3":   Value{Kind: ValueShare, Numerator: decimal.New(7, 999999999), Denominator: dec("9")},
			"3.1":   Value{Kind: ValueShare, Numerator: tinier, Denominator: dec("3")},
			"17.1a": Value{Kind: ValueShare, Numerator: dec("2"), Denominator: decimal.New(3, -1000000000)},
		}
		want := map[string]string{
			"4.2": "1e-1000000000", "17.7": "1e-10000000", "10": "1e+999999999", "9.1": "-1e+999999999",
			"5": "33.33", "6.3": "7.777777777777778e+1000000000", "3.1": "0", "17.1a": "6.666666666666667e+1000000001",
		}
		done := make(chan Report, 1)
		go func() {
			r := Run(set, commune(2020, vals))
			var b bytes.Buffer
			for _, f := range []string{"text", "markdown", "json", "csv"} {
				if err := Write(&b, []Report{r}, RenderOptions{Format: f}); err != nil {
					t.Error(err)
				}
			}
			r.Shortfalls()
			r.ShortfallsByCloseness()
			Summarize([]Report{r})
			r.Equal(r.Clone())
			done <- r
		}()
		var r Report
		select {
		case r = <-done:
		case <-time.After(time.Minute):
			t.Fatal("a report with numbers beyond those read did not render within a minute")
		}
		ignored := map[string]bool{}
		for _, w := range r.Warnings() {
			if w.Kind == WarnIgnoredValue {
				ignored[w.Indicator] = true
			}
		}
		for _, c := range r.Criteria {
			for _, ind := range c.Indicators {
				code := ind.Code()
				w, ok := want[code]
				if !ok {
					continue
				}
				if ind.Status != StatusMissing || !ignored[code] {
					t.Errorf("%s: %v, warned %v; want missing with an ignored-value warning", code, ind.Status, ignored[code])
				}
				v := ind.Value()
				if got, _ := v.Actual(); got != w {
					t.Errorf("%s: Actual() = %q, want %q", code, got, w)
				}
				delete(want, code)
			}
		}
		if len(want) > 0 {
			t.Errorf("indicators not found: %v", want)
		}
	})
}

func TestPutStoresTheFastFormOfTheSameValues(t *testing.T) {
	set := criteria.QD1980()
	a := benchAssessment()
	want, _ := json.Marshal(Run(set, a))
	got, _ := json.Marshal(Run(set, indexed(a, set)))
	if string(got) != string(want) {
		t.Errorf("a report from values stored with Put differs from one from the Values map")
	}
	var r Report
	if n := testing.AllocsPerRun(50, func() { Options{}.RunInto(&r, set, indexed(a, set)) }); n == 0 {
		t.Log("indexed() itself allocates; measured below")
	}
	b := indexed(a, set)
	if n := testing.AllocsPerRun(50, func() { Options{}.RunInto(&r, set, b) }); n != 0 {
		t.Errorf("RunInto with a reused report allocates %v times, want 0", n)
	}
	if err := b.Put(set, "99.9", Bool(true)); err == nil {
		t.Error("Put of an unknown code succeeded")
	}
}

func TestValuesStoredForAnotherDefinitionOfTheSetAreNeverDroppedSilently(t *testing.T) {
	old := criteria.QD1980()
	a := &Assessment{Region: criteria.TDMNPB, Year: 2020}
	if err := a.Put(old, "4.2", MustNumber("96")); err != nil {
		t.Fatal(err)
	}
	if err := a.Put(old, "5", Share(2, 3, "trường")); err != nil {
		t.Fatal(err)
	}
	// A loaded definition of the same set without indicator 5.
	loaded := criteria.QD1980()
	c := &loaded.Criteria[4]
	c.Indicators = nil
	r := Run(loaded, a)
	if st := findIndicator(t, r, "4.2").Status; st != StatusMet {
		t.Errorf("4.2: %s, want met (aligned by code)", st)
	}
	if diff := cmp.Diff([]string{"unknown-indicator 5"}, warningKinds(r.Warnings())); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestPutWithCopiesOfOneSetKeepsEveryValue(t *testing.T) {
	// criteria.QD1980 and Catalog.Lookup give a new copy on every call: a
	// caller putting each value with the set it has just looked up stores
	// the values of one set, all of them used.
	cat := criteria.Builtin()
	a := &Assessment{Region: criteria.TDMNPB, Year: 2020}
	for _, p := range []struct {
		code string
		v    Value
	}{{"4.1", Bool(true)}, {"4.2", MustNumber("96")}, {"5", Share(2, 3, "trường")}} {
		set, err := cat.Lookup("1980")
		if err != nil {
			t.Fatal(err)
		}
		if err := a.Put(set, p.code, p.v); err != nil {
			t.Fatal(err)
		}
	}
	want := &Assessment{Region: criteria.TDMNPB, Year: 2020, Values: map[string]map[string]Value{criteria.IDQD1980: {
		"4.1": Bool(true), "4.2": MustNumber("96"), "5": Share(2, 3, "trường")}}}
	set := criteria.QD1980()
	got, exp := Run(set, a), Run(set, want)
	for _, code := range []string{"4.1", "4.2", "5"} {
		if g, w := findIndicator(t, got, code).Status, findIndicator(t, exp, code).Status; g != w {
			t.Errorf("%s: %s, want %s", code, g, w)
		}
	}
	if got.CriteriaMet != exp.CriteriaMet {
		t.Errorf("criteria met: %d, want %d", got.CriteriaMet, exp.CriteriaMet)
	}
	if diff := cmp.Diff(want.SetValues(criteria.IDQD1980), a.SetValues(criteria.IDQD1980)); diff != "" {
		t.Errorf("SetValues (-want +got):\n%s", diff)
	}
	// A definition of the same set without the code: an error, nothing
	// stored, rather than a value no evaluation reads.
	loaded := criteria.QD1980()
	loaded.Criteria[0].Indicators = append(loaded.Criteria[0].Indicators, loaded.Criteria[0].Indicators[0])
	loaded.Criteria[0].Indicators[2].Code = "1.3"
	if err := a.Put(loaded, "1.3", Bool(true)); err == nil {
		t.Error("Put of a code of another definition of the set than the one its values are stored for succeeded")
	}
}

func TestJudgeTakesTheKeyOfACriteriaColumn(t *testing.T) {
	tests := []struct {
		name string
		set  *criteria.Set
		code string
		col  criteria.Column
		v    Value
		want string
	}{
		{"a region column of 1980/QĐ-TTg", criteria.QD1980(), "5", criteria.RegionColumn(criteria.TDMNPB), Share(2, 3, "trường"), "not-met 3.34 (1 trường)"},
		{"a commune group column of 51/2025/QĐ-TTg", criteria.QD51of2025(), "1", criteria.GroupColumn("3"), Bool(true), "met 0"},
		{"the zero column: the common targets", criteria.QD1980(), "5", criteria.Column{}, Share(2, 3, "trường"), "not-met 13.34 (1 trường)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, gap, err := Judge(tt.set, tt.code, tt.col.String(), tt.set.Period.To, tt.v)
			if got := fmt.Sprintf("%v %v", st, gap); err != nil || got != tt.want {
				t.Errorf("Judge = %s, %v; want %s", got, err, tt.want)
			}
		})
	}
}

// TestSmallFixedPointJudgesAsExactDecimals judges numbers and shares whose
// coefficients fit an int32, at exponents up to 12 apart from the
// target's (the judgements that compare coefficients directly when the
// exponents are at most 9 apart), against targets of every form, both in
// fixed point and in exact decimals: the statuses and the printed gaps
// must be the same.
func TestSmallFixedPointJudgesAsExactDecimals(t *testing.T) {
	targets := []decimal.Decimal{
		decimal.New(95, 0), decimal.New(5, -1), decimal.New(1, 3), decimal.New(12345, -3),
		decimal.New(5, 9), decimal.New(5, -9), decimal.New(5, -10), decimal.New(0, 0),
		decimal.New(math.MaxInt32, 0), decimal.New(math.MaxInt32+1, 0), decimal.New(math.MinInt32, 0),
	}
	coefs := []int64{0, 1, 7, 94, 95, 96, 949, 950, 951, 12345, math.MaxInt32, math.MinInt32 + 1}
	var values []Value
	for _, c := range coefs {
		for e := int32(-12); e <= 12; e++ {
			values = append(values, Number(decimal.New(c, e)))
		}
		for _, den := range []int64{1, 3, 450, math.MaxInt32} {
			if c >= 0 && c <= den {
				values = append(values, Share(c, den, "hộ"), Share(c, den, "km"), Share(c, den, ""))
			}
		}
	}
	judgeText := func(d *indicatorDef, v *cval) string {
		var g gapRep
		st, ok := d.judge(v, &g)
		return fmt.Sprintf("%v %v %v %s %s %v", st, ok, g.has, g.appendAmount(nil), g.appendUnits(nil), g.hasUnits)
	}
	for _, tv := range targets {
		for _, op := range []criteria.Op{criteria.OpGE, criteria.OpLE} {
			for _, kind := range []criteria.Kind{criteria.KindPercent, criteria.KindAmount} {
				fast := indicatorDef{kind: kind, op: op, hasTarget: true, target: Target{Kind: kind, Op: op, Value: tv}}
				fast.tfx, fast.tfxOK = toFx(tv)
				fast.tfxSmall = fast.tfxOK && fast.tfx.c == int64(int32(fast.tfx.c))
				exact := fast
				exact.tfxOK, exact.tfxSmall = false, false
				for _, v := range values {
					cv := compact(&v)
					if got, want := judgeText(&fast, &cv), judgeText(&exact, &cv); got != want {
						t.Errorf("%s %s %s, value %s: fixed point %q, exact decimals %q", kind, op, tv, judgedValue(v), got, want)
					}
				}
			}
		}
	}
}

// TestFxSmallReadsWhatToFxReads converts decimals at the edges of the
// compact form (coefficients about 2³¹, exponents about ±maxExponent,
// zeros of any exponent, coefficients of more than one word) both in place
// and through toFx: the results must be the same.
func TestFxSmallReadsWhatToFxReads(t *testing.T) {
	var ds []decimal.Decimal
	for _, c := range []int64{0, 1, -1, 7, math.MaxInt32, math.MaxInt32 + 1, math.MinInt32, math.MinInt32 + 1,
		math.MinInt32 - 1, math.MaxUint32, 1 << 40, math.MaxInt64, math.MinInt64} {
		for _, e := range []int32{-maxExponent - 1, -maxExponent, -2, 0, 3, maxExponent, maxExponent + 1} {
			ds = append(ds, decimal.New(c, e))
		}
	}
	ds = append(ds, decimal.Decimal{}, decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 70), -1))
	for _, d := range ds {
		c, e, ok := fxSmall(d)
		wc, we, wok := fxSmallSlow(d)
		if c != wc || e != we || ok != wok {
			t.Errorf("fxSmall(%s) = %d, %d, %v; through toFx %d, %d, %v", d, c, e, ok, wc, we, wok)
		}
	}
}
