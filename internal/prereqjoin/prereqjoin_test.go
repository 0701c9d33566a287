package prereqjoin

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/problem"
)

var tanThanh = evaluate.Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}

// assessment returns an assessment of c for year with every indicator of
// each set given attested met (a value of true), stored as decoders store
// them, read at origin.
func assessment(t *testing.T, c evaluate.Commune, year int, origin string, sets ...*criteria.Set) evaluate.Assessment {
	t.Helper()
	a := evaluate.Assessment{Commune: c, Region: criteria.TDMNPB, Year: year, Origin: origin}
	for _, s := range sets {
		for _, ind := range s.Indicators() {
			v := evaluate.Bool(true)
			switch ind.Kind {
			case criteria.KindNone:
				v = evaluate.MustNumber("0")
			case criteria.KindPercent, criteria.KindAmount:
				v = evaluate.MustNumber("100")
				if ind.Op == criteria.OpLE {
					v = evaluate.MustNumber("0")
				}
			}
			if err := a.Put(s, ind.Code, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	return a
}

func TestInspectNeedsWhatTheEvaluatorWouldSettleElsewhere(t *testing.T) {
	cat := criteria.Builtin()
	j := New(cat)
	qd1980, qd933 := criteria.QD1980(), criteria.QD933()
	i, ii, kieuMau := criteria.QD318NTM(), criteria.QD318Enhanced(), criteria.QD319()
	recognised := func(a evaluate.Assessment, set string, year int) evaluate.Assessment {
		a.Recognitions = append(a.Recognitions, evaluate.Recognition{Set: set, Year: year})
		return a
	}
	tests := []struct {
		name  string
		a     evaluate.Assessment
		needs []string
	}{
		{"1980 alone needs nothing", assessment(t, tanThanh, 2020, "a", qd1980), nil},
		{"933 alone needs 1980", assessment(t, tanThanh, 2020, "a", qd933), []string{criteria.IDQD1980}},
		{"933 with 1980 values needs nothing", assessment(t, tanThanh, 2020, "a", qd933, qd1980), nil},
		{"933 with a recognition of 1980 needs nothing",
			recognised(assessment(t, tanThanh, 2020, "a", qd933), criteria.IDQD1980, 2018), nil},
		{"933 with a recognition of 1980 later than the year assessed needs 1980",
			recognised(assessment(t, tanThanh, 2019, "a", qd933), criteria.IDQD1980, 2020), []string{criteria.IDQD1980}},
		{"933 with a recognition named by an alias needs nothing",
			recognised(assessment(t, tanThanh, 2020, "a", qd933), "1980", 2018), nil},
		{"319 alone needs 318/II", assessment(t, tanThanh, 2024, "a", kieuMau), []string{criteria.IDQD318Enhanced}},
		{"319 with 318/II values needs 318/I", assessment(t, tanThanh, 2024, "a", kieuMau, ii), []string{criteria.IDQD318NTM}},
		{"319 with the whole chain needs nothing", assessment(t, tanThanh, 2024, "a", kieuMau, ii, i), nil},
		{"319 with 318/I values only needs 318/II", assessment(t, tanThanh, 2024, "a", kieuMau, i), []string{criteria.IDQD318Enhanced}},
		{"933 and 318/II need one each, in the catalog's order",
			assessment(t, tanThanh, 2024, "a", qd933, ii), []string{criteria.IDQD1980, criteria.IDQD318NTM}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tk := j.Inspect(&tc.a)
			if diff := cmp.Diff(tc.needs, tk.Needs); diff != "" {
				t.Errorf("needs (-want +got):\n%s", diff)
			}
			// Depends agrees with the evaluator: a report that depends
			// on another assessment changes when given an outcome of
			// every required set from elsewhere (not met, while all its
			// criteria are met); the others do not.
			for _, s := range catalogSets(cat) {
				if !tc.a.HasSet(s.ID) {
					continue
				}
				before := evaluate.Options{Catalog: cat}.Run(s, &tc.a)
				b := tc.a
				for _, id := range []string{criteria.IDQD1980, criteria.IDQD318NTM, criteria.IDQD318Enhanced} {
					b.Prerequisites = append(b.Prerequisites, evaluate.Prerequisite{Set: id, Status: evaluate.StatusNotMet,
						Basis: evaluate.BasisEvaluated, Origin: "elsewhere"})
				}
				after := evaluate.Options{Catalog: cat}.Run(s, &b)
				changed := before.Status != after.Status || !cmp.Equal(before.Prerequisite, after.Prerequisite)
				if got := j.depends(&tc.a, s.ID); got != changed {
					t.Errorf("Depends(%s) = %v, but the report changes: %v (%v → %v)", s.ID, got, changed, before.Status, after.Status)
				}
			}
		})
	}
}

func catalogSets(cat *criteria.Catalog) []*criteria.Set { return catalogs.Sets(cat) }

func TestNewIsNilWhenNoSetRequiresAnother(t *testing.T) {
	cat := new(criteria.Catalog)
	if err := cat.Add(criteria.QD1980()); err != nil {
		t.Fatal(err)
	}
	if j := New(cat); j != nil {
		t.Errorf("New: a joiner for a catalog without prerequisites")
	}
	if New(nil) == nil {
		t.Errorf("New(nil): the built-in sets have prerequisites")
	}
}

// run evaluates a against every set it has values for.
func run(t *testing.T, a *evaluate.Assessment) []evaluate.Report {
	t.Helper()
	rs, err := evaluate.RunAll(nil, a)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func TestOutcomeIsTakenFromTheSameCommuneAndYearOnly(t *testing.T) {
	j := New(nil)
	qd1980, qd933 := criteria.QD1980(), criteria.QD933()
	ntm := assessment(t, tanThanh, 2020, "so-lieu.xlsx: NTM!7:7", qd1980)
	tk := j.Inspect(&ntm)
	for _, r := range run(t, &ntm) {
		if err := j.record(&tk, &r); err != nil {
			t.Fatal(err)
		}
	}
	respelled := evaluate.Commune{Name: "xã Tân  Thành", District: "huyện Hữu Lũng", Province: "tỉnh Lạng Sơn"}
	for _, tc := range []struct {
		name  string
		c     evaluate.Commune
		year  int
		ready bool
	}{
		{"the same commune, spelled as placekey allows", respelled, 2020, true},
		{"another year", tanThanh, 2019, false},
		{"a commune of the same name in another district", evaluate.Commune{Name: "Tân Thành", District: "Bắc Sơn", Province: "Lạng Sơn"}, 2020, false},
		{"another kind of unit", evaluate.Commune{Name: "Thị trấn Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"}, 2020, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nc := assessment(t, tc.c, tc.year, "so-lieu.xlsx: NC!4:4", qd933)
			tk := j.Inspect(&nc)
			if got := j.ready(&tk); got != tc.ready {
				t.Fatalf("Ready = %v, want %v", got, tc.ready)
			}
			if errs := j.settle(&nc, &tk, nil); errs != nil {
				t.Fatal(errs)
			}
			r := evaluate.Run(qd933, &nc)
			want := &evaluate.Prerequisite{Set: criteria.IDQD1980, Status: evaluate.StatusMissing, Basis: evaluate.BasisRecognition}
			if tc.ready {
				want = &evaluate.Prerequisite{Set: criteria.IDQD1980, Status: evaluate.StatusMet, Basis: evaluate.BasisEvaluated,
					Content: criteria.ContentComplete, Origin: "so-lieu.xlsx: NTM!7:7"}
			}
			if diff := cmp.Diff(want, r.Prerequisite); diff != "" {
				t.Errorf("prerequisite (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTwoAssessmentsWithTheRequiredValuesAreAnAmbiguity(t *testing.T) {
	qd1980, qd933 := criteria.QD1980(), criteria.QD933()
	record := func(j *Joiner, a evaluate.Assessment) []error {
		tk := j.Inspect(&a)
		var errs []error
		for _, r := range run(t, &a) {
			if err := j.record(&tk, &r); err != nil {
				errs = append(errs, err)
			}
		}
		return errs
	}
	settle := func(j *Joiner, a evaluate.Assessment) (*evaluate.Prerequisite, []error) {
		tk := j.Inspect(&a)
		errs := j.settle(&a, &tk, nil)
		return evaluate.Run(qd933, &a).Prerequisite, errs
	}
	want := &Ambiguity{Commune: tanThanh, Year: 2020, Set: criteria.IDQD1980, First: "a.json:1", Second: "b.json:1"}
	t.Run("both read before the assessment that needs them", func(t *testing.T) {
		j := New(nil)
		if errs := append(record(j, assessment(t, tanThanh, 2020, "a.json:1", qd1980)),
			record(j, assessment(t, tanThanh, 2020, "b.json:1", qd1980))...); errs != nil {
			t.Fatalf("no prerequisite was settled from them yet: %v", errs)
		}
		p, errs := settle(j, assessment(t, tanThanh, 2020, "c.json:1", qd933))
		if diff := cmp.Diff([]error{want}, errs); diff != "" {
			t.Errorf("problems (-want +got):\n%s", diff)
		}
		if p.Origin != "a.json:1" {
			t.Errorf("prerequisite from %q, want the first, a.json:1", p.Origin)
		}
		if _, errs := settle(j, assessment(t, tanThanh, 2020, "d.json:1", qd933)); errs != nil {
			t.Errorf("the ambiguity is reported once: %v", errs)
		}
	})
	t.Run("the second read after the prerequisite was settled from the first", func(t *testing.T) {
		j := New(nil)
		record(j, assessment(t, tanThanh, 2020, "a.json:1", qd1980))
		if _, errs := settle(j, assessment(t, tanThanh, 2020, "c.json:1", qd933)); errs != nil {
			t.Fatal(errs)
		}
		if diff := cmp.Diff([]error{want}, record(j, assessment(t, tanThanh, 2020, "b.json:1", qd1980))); diff != "" {
			t.Errorf("problems (-want +got):\n%s", diff)
		}
	})
	t.Run("the same assessment recorded again is no second one", func(t *testing.T) {
		j := New(nil)
		a := assessment(t, tanThanh, 2020, "a.json:1", qd1980)
		record(j, a)
		settle(j, assessment(t, tanThanh, 2020, "c.json:1", qd933))
		if errs := record(j, a); errs != nil {
			t.Errorf("problems: %v", errs)
		}
	})
	t.Run("the problem names both assessments, in English and Vietnamese", func(t *testing.T) {
		en := want.Error()
		for _, s := range []string{"b.json:1: ", "Tân Thành, Hữu Lũng, Lạng Sơn", "1980/QĐ-TTg", "2020", "a.json:1"} {
			if !strings.Contains(en, s) {
				t.Errorf("no %q in %q", s, en)
			}
		}
		vi := problem.Lines(want, problem.VI)
		if len(vi) != 1 || !strings.HasPrefix(vi[0], "b.json:1: Tân Thành, Hữu Lũng, Lạng Sơn có số liệu của 1980/QĐ-TTg, năm 2020 ở hai lần đánh giá") ||
			!strings.HasSuffix(vi[0], "được xét theo số liệu ở a.json:1, không theo lần này") {
			t.Errorf("in Vietnamese: %q", vi)
		}
	})
}

// TestFinishSettlesTheHeldInTheOrderTheirOutcomesNeed: the chain
// 319 → 318/II → 318/I in three assessments read from the top down: each
// waits for the next, read later; at the end, 318/II is settled before 319,
// which takes 318/II's outcome once 318/II has 318/I's; the reports come in
// input order.
func TestFinishSettlesTheHeldInTheOrderTheirOutcomesNeed(t *testing.T) {
	i, ii, kieuMau := criteria.QD318NTM(), criteria.QD318Enhanced(), criteria.QD319()
	for _, met := range []bool{true, false} {
		j := New(nil)
		inputs := []evaluate.Assessment{
			assessment(t, tanThanh, 2024, "kieu-mau.json:1", kieuMau),
			assessment(t, tanThanh, 2024, "nang-cao.json:1", ii),
			assessment(t, tanThanh, 2024, "ntm.json:1", i),
		}
		if !met {
			inputs[2] = assessment(t, tanThanh, 2024, "ntm.json:1")
			for _, ind := range i.Indicators() {
				inputs[2].Put(i, ind.Code, evaluate.Bool(false))
				break
			}
		}
		var order []string
		reports := map[string]evaluate.Report{}
		take := func(rs []evaluate.Report) {
			for _, r := range rs {
				order = append(order, r.Origin)
				reports[r.Set] = r.Clone()
			}
		}
		for k := range inputs {
			a := &inputs[k]
			tk := j.Inspect(a)
			rs, held, errs := j.Add(a, &tk, run(t, a), nil)
			if errs != nil {
				t.Fatal(errs)
			}
			if held != (k < 2) {
				t.Errorf("%s held %v", a.Origin, held)
			}
			take(rs)
		}
		if errs := j.Finish(func(a *evaluate.Assessment, _ []string) { take(run(t, a)) }); errs != nil {
			t.Fatal(errs)
		}
		if diff := cmp.Diff([]string{"ntm.json:1", "kieu-mau.json:1", "nang-cao.json:1"}, order); diff != "" {
			t.Errorf("reports (-want +got):\n%s", diff)
		}
		want := evaluate.StatusNotMet
		if met {
			want = evaluate.StatusMet
		}
		for _, tc := range []struct{ set, from string }{{criteria.IDQD318Enhanced, "ntm.json:1"}, {criteria.IDQD319, "nang-cao.json:1"}} {
			p := reports[tc.set].Prerequisite
			if p == nil || p.Status != want || p.Origin != tc.from {
				t.Errorf("318/I met %v: prerequisite of %s %+v, want %s from %s", met, tc.set, p, want, tc.from)
			}
		}
	}
}

// TestAddDropsTheSetsItIsTold: a second assessment of a commune, set and
// year that the caller drops (a duplicate) gives no outcome.
func TestAddDropsTheSetsItIsTold(t *testing.T) {
	j := New(nil)
	qd1980, qd933 := criteria.QD1980(), criteria.QD933()
	nc := assessment(t, tanThanh, 2020, "a.json:1", qd933)
	tk := j.Inspect(&nc)
	if _, held, _ := j.Add(&nc, &tk, run(t, &nc), nil); !held {
		t.Fatal("933 without 1980 values, none read yet: not held")
	}
	ntm := assessment(t, tanThanh, 2020, "b.json:1", qd1980)
	tk = j.Inspect(&ntm)
	j.Add(&ntm, &tk, run(t, &ntm), []string{criteria.IDQD1980})
	j.Finish(func(a *evaluate.Assessment, _ []string) {
		if p := run(t, a)[0].Prerequisite; p.Status != evaluate.StatusMissing {
			t.Errorf("prerequisite %+v, want missing: the 1980 values were dropped", p)
		}
	})
}

func TestAmbiguityIsAnError(t *testing.T) {
	var err error = &Ambiguity{Commune: tanThanh, Year: 2020, Set: criteria.IDQD1980, First: "a", Second: "b"}
	var a *Ambiguity
	if !errors.As(err, &a) || a.First != "a" {
		t.Error("errors.As")
	}
}

// TestTheFirstReadIsUsedEvenWhenItIsHeld: of two assessments with values
// for 318/QĐ-TTg/II, the first read (held: its 318/II waits for 318/I,
// read later) is the one a 319/QĐ-TTg assessment takes its prerequisite
// from, not the second (whose 318/II is known at once); both ambiguities
// name the first read first.
func TestTheFirstReadIsUsedEvenWhenItIsHeld(t *testing.T) {
	i, ii, kieuMau := criteria.QD318NTM(), criteria.QD318Enhanced(), criteria.QD319()
	j := New(nil)
	inputs := []evaluate.Assessment{
		assessment(t, tanThanh, 2024, "y.json:1", ii),
		assessment(t, tanThanh, 2024, "z.json:1", ii, i),
		assessment(t, tanThanh, 2024, "w.json:1", i),
		assessment(t, tanThanh, 2024, "x.json:1", kieuMau),
	}
	var errs []error
	reports := map[string]evaluate.Report{}
	for k := range inputs {
		a := &inputs[k]
		tk := j.Inspect(a)
		_, _, e := j.Add(a, &tk, run(t, a), nil)
		errs = append(errs, e...)
	}
	errs = append(errs, j.Finish(func(a *evaluate.Assessment, _ []string) {
		for _, r := range run(t, a) {
			reports[r.Origin+" "+r.Set] = r.Clone()
		}
	})...)
	want := []error{
		&Ambiguity{Commune: tanThanh, Year: 2024, Set: criteria.IDQD318NTM, First: "z.json:1", Second: "w.json:1"},
		&Ambiguity{Commune: tanThanh, Year: 2024, Set: criteria.IDQD318Enhanced, First: "y.json:1", Second: "z.json:1"},
	}
	if diff := cmp.Diff(want, errs); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if p := reports["x.json:1 "+criteria.IDQD319].Prerequisite; p == nil || p.Origin != "y.json:1" {
		t.Errorf("319's prerequisite %+v, want from y.json:1", p)
	}
	if p := reports["y.json:1 "+criteria.IDQD318Enhanced].Prerequisite; p == nil || p.Origin != "z.json:1" {
		t.Errorf("318/II's prerequisite %+v, want from z.json:1", p)
	}
}

// TestFrom2026TheDistrictIsNoPartOfTheCommune: from 2026 there are no
// districts (1672/NQ-UBTVQH15), so an assessment written with its former
// district and one without are of one commune and join (years and set
// periods aside, the test's sets are those the package has at hand); up to
// 2025 a commune of the same name without the district is another.
func TestFrom2026TheDistrictIsNoPartOfTheCommune(t *testing.T) {
	qd1980, qd933 := criteria.QD1980(), criteria.QD933()
	noDistrict := evaluate.Commune{Name: "Tân Thành", Province: "Lạng Sơn"}
	for _, tc := range []struct {
		name    string
		ntm, nc evaluate.Commune
		year    int
		ready   bool
	}{
		{"2026, the district written on the NTM table only", tanThanh, noDistrict, 2026, true},
		{"2027, the district written on the nâng cao table only", noDistrict, tanThanh, 2027, true},
		{"2026, two districts written", tanThanh, evaluate.Commune{Name: "Tân Thành", District: "Bắc Sơn", Province: "Lạng Sơn"}, 2026, true},
		{"2025, the district written on one table only", tanThanh, noDistrict, 2025, false},
		{"2026, another province", tanThanh, evaluate.Commune{Name: "Tân Thành", Province: "Cao Bằng"}, 2026, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j := New(nil)
			ntm := assessment(t, tc.ntm, tc.year, "so-lieu.xlsx: NTM!7:7", qd1980)
			tk := j.Inspect(&ntm)
			for _, r := range run(t, &ntm) {
				if err := j.record(&tk, &r); err != nil {
					t.Fatal(err)
				}
			}
			nc := assessment(t, tc.nc, tc.year, "so-lieu.xlsx: NC!4:4", qd933)
			tk = j.Inspect(&nc)
			if got := j.ready(&tk); got != tc.ready {
				t.Fatalf("Ready = %v, want %v", got, tc.ready)
			}
		})
	}
}
