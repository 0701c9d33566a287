package prereqjoin

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
	"github.com/nongthonmoi/ntm/internal/placenames"
)

// joinAll gives j the assessments in order, as the command does, and
// returns the prerequisite of each 933/QĐ-UBND report by its origin, and
// the problems.
func joinAll(t *testing.T, j *Joiner, inputs []evaluate.Assessment) (map[string]*evaluate.Prerequisite, []error) {
	t.Helper()
	got := map[string]*evaluate.Prerequisite{}
	take := func(rs []evaluate.Report) {
		for _, r := range rs {
			if r.Set == criteria.IDQD933 {
				got[r.Origin] = r.Clone().Prerequisite
			}
		}
	}
	var errs []error
	for k := range inputs {
		a := &inputs[k]
		tk := j.Inspect(a)
		rs, _, e := j.Add(a, &tk, run(t, a), nil)
		errs = append(errs, e...)
		take(rs)
	}
	errs = append(errs, j.Finish(func(a *evaluate.Assessment, _ []string) { take(run(t, a)) })...)
	return got, errs
}

// TestANameWithoutDiacriticsIsJoinedToTheOneItStandsFor: a commune's
// name written without diacritics ("Tan Thanh") that folds to exactly one
// known name of its district ("Tân Thành") is that commune for
// prerequisites, on either side and in either order; the prerequisite
// names where it was evaluated.
func TestANameWithoutDiacriticsIsJoinedToTheOneItStandsFor(t *testing.T) {
	qd1980, qd933 := criteria.QD1980(), criteria.QD933()
	ascii := evaluate.Commune{Name: "Tan Thanh", District: "Hữu Lũng", Province: "Lạng Sơn"}
	allASCII := evaluate.Commune{Name: "Tan Thanh", District: "Huu Lung", Province: "Lang Son"}
	met := &evaluate.Prerequisite{Set: criteria.IDQD1980, Status: evaluate.StatusMet, Basis: evaluate.BasisEvaluated,
		Content: criteria.ContentComplete, Origin: "ntm.csv:2"}
	for _, tc := range []struct {
		name     string
		nc, ntm  evaluate.Commune
		ntmFirst bool
	}{
		{"933 without diacritics read first", ascii, tanThanh, false},
		{"933 without diacritics read last", ascii, tanThanh, true},
		{"1980 without diacritics read first", tanThanh, ascii, true},
		{"1980 without diacritics read last", tanThanh, ascii, false},
		{"every name of the 933 without diacritics", allASCII, tanThanh, false},
		{"every name of the 1980 without diacritics", tanThanh, allASCII, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nc := assessment(t, tc.nc, 2020, "nc.csv:2", qd933)
			ntm := assessment(t, tc.ntm, 2020, "ntm.csv:2", qd1980)
			inputs := []evaluate.Assessment{nc, ntm}
			if tc.ntmFirst {
				inputs = []evaluate.Assessment{ntm, nc}
			}
			j := New(nil)
			got, errs := joinAll(t, j, inputs)
			if errs != nil {
				t.Fatal(errs)
			}
			if diff := cmp.Diff(met, got["nc.csv:2"]); diff != "" {
				t.Errorf("prerequisite (-want +got):\n%s", diff)
			}
		})
	}
}

// TestANameOfTwoKnownNamesIsNotJoined: "Tan Thanh" beside "Tân Thành" and
// "Tân Thạnh" of its district may be either: it is kept apart, its
// prerequisite missing.
func TestANameOfTwoKnownNamesIsNotJoined(t *testing.T) {
	qd1980, qd933 := criteria.QD1980(), criteria.QD933()
	tanThanhDot := evaluate.Commune{Name: "Tân Thạnh", District: "Hữu Lũng", Province: "Lạng Sơn"}
	ascii := evaluate.Commune{Name: "Tan Thanh", District: "Hữu Lũng", Province: "Lạng Sơn"}
	j := New(nil)
	got, errs := joinAll(t, j, []evaluate.Assessment{
		assessment(t, ascii, 2020, "nc.csv:2", qd933),
		assessment(t, tanThanh, 2020, "ntm.csv:2", qd1980),
		assessment(t, tanThanhDot, 2020, "nc.csv:3", qd933),
	})
	if errs != nil {
		t.Fatal(errs)
	}
	if p := got["nc.csv:2"]; p == nil || p.Status != evaluate.StatusMissing || p.Origin != "" {
		t.Errorf("prerequisite %+v, want missing", p)
	}
}

// TestSharedNamesDecide: with the caller's names, the names it was given
// decide, those the joiner was not given too (a plan's target).
func TestSharedNamesDecide(t *testing.T) {
	qd1980, qd933 := criteria.QD1980(), criteria.QD933()
	ascii := evaluate.Commune{Name: "Tan Thanh", District: "Hữu Lũng", Province: "Lạng Sơn"}
	tanThanhDot := evaluate.Commune{Name: "Tân Thạnh", District: "Hữu Lũng", Province: "Lạng Sơn"}
	for _, ambiguous := range []bool{false, true} {
		inputs := []evaluate.Assessment{assessment(t, ascii, 2020, "nc.csv:2", qd933), assessment(t, tanThanh, 2020, "ntm.csv:2", qd1980)}
		names := placenames.New()
		for _, a := range inputs {
			names.Add(a.Commune, a.Origin)
		}
		if ambiguous {
			names.Add(tanThanhDot, "plan: targets[0]")
		}
		names.Settle()
		j := New(nil)
		j.ShareNames(names)
		got, errs := joinAll(t, j, inputs)
		if errs != nil {
			t.Fatal(errs)
		}
		if p := got["nc.csv:2"]; p == nil || (p.Origin == "ntm.csv:2") == ambiguous {
			t.Errorf("a third name known %v: prerequisite %+v", ambiguous, p)
		}
	}
}

// TestAChainAcrossSpellings: 319 → 318/II → 318/I in three assessments
// read from the top down, the middle one naming the commune without
// diacritics: at the end, 318/II (of "Tan Thanh") is settled from 318/I
// (of Tân Thành) first, then 319 from it.
func TestAChainAcrossSpellings(t *testing.T) {
	i, ii, kieuMau := criteria.QD318NTM(), criteria.QD318Enhanced(), criteria.QD319()
	ascii := evaluate.Commune{Name: "Tan Thanh", District: "Hữu Lũng", Province: "Lạng Sơn"}
	inputs := []evaluate.Assessment{
		assessment(t, tanThanh, 2024, "kieu-mau.json:1", kieuMau),
		assessment(t, ascii, 2024, "nang-cao.json:1", ii),
		assessment(t, tanThanh, 2024, "ntm.json:1", i),
	}
	j := New(nil)
	reports := map[string]evaluate.Report{}
	take := func(rs []evaluate.Report) {
		for _, r := range rs {
			reports[r.Set] = r.Clone()
		}
	}
	for k := range inputs {
		a := &inputs[k]
		tk := j.Inspect(a)
		rs, _, errs := j.Add(a, &tk, run(t, a), nil)
		if errs != nil {
			t.Fatal(errs)
		}
		take(rs)
	}
	if errs := j.Finish(func(a *evaluate.Assessment, _ []string) { take(run(t, a)) }); errs != nil {
		t.Fatal(errs)
	}
	for _, tc := range []struct{ set, from string }{{criteria.IDQD318Enhanced, "ntm.json:1"}, {criteria.IDQD319, "nang-cao.json:1"}} {
		if p := reports[tc.set].Prerequisite; p == nil || p.Status != evaluate.StatusMet || p.Origin != tc.from {
			t.Errorf("prerequisite of %s %+v, want met from %s", tc.set, p, tc.from)
		}
	}
}
