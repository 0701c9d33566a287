package criteria

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// problemsOf lists "path: message" of every FieldError joined in err.
func problemsOf(err error) []string {
	var out []string
	var walk func(error)
	walk = func(e error) {
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var fe *FieldError
		if errors.As(e, &fe) {
			out = append(out, fe.Path)
			return
		}
		out = append(out, "?"+e.Error())
	}
	if err != nil {
		walk(err)
	}
	return out
}

func TestBuiltinSetsValidate(t *testing.T) {
	for _, s := range []*Set{QD1980(), QD933()} {
		if err := Validate(s); err != nil {
			t.Errorf("Validate(%s): %v", s.ID, err)
		}
	}
}

func TestValidateRules(t *testing.T) {
	d := decimal.RequireFromString
	// ind returns the indicator with the given code of s.
	ind := func(s *Set, code string) *Indicator {
		i, _, ok := s.Indicator(code)
		if !ok {
			panic(code)
		}
		return i
	}
	tests := []struct {
		name   string
		change func(s *Set)
		want   []string // paths of the problems, sorted
		substr string   // part of the message
	}{
		{"a set must have an ID", func(s *Set) { s.ID = " " }, []string{"id"}, "must not be empty"},
		{"a set must have a Vietnamese title", func(s *Set) { s.Title.VI = "" }, []string{"title.vi"}, "must not be empty"},
		{"the level must be valid", func(s *Set) { s.Level = 0 }, []string{"level"}, "ntm-nang-cao"},
		{"the scope must be given", func(s *Set) { s.Scope = "" }, []string{"scope"}, "national"},
		{"a provincial scope must name a province", func(s *Set) { s.Scope = "Atlantis" }, []string{"scope"}, "unknown province"},
		{"the content status must be valid", func(s *Set) { s.Content = 7 }, []string{"content"}, "pending-official-text"},
		{"the period must run forwards (and then criterion 10's year lies outside it)", func(s *Set) { s.Period = Period{2020, 2016} },
			[]string{"criteria[9].indicators[0].target_year", "period"}, "from year"},
		{"the effective date cannot precede the issue date", func(s *Set) { s.Effective = date(2015, 1, 1) }, []string{"effective"}, "before the issue date"},
		{"a set cannot require itself", func(s *Set) { s.Requires = "1980/QD-TTg" }, []string{"requires"}, "itself"},
		{"a set must have criteria", func(s *Set) { s.Criteria = nil }, []string{"criteria"}, "at least one criterion"},
		{"group codes are unique", func(s *Set) { s.CriterionGroups = append(s.CriterionGroups, Group{Code: "V"}) }, []string{"criterion_groups[5].code"}, "unique"},
		{"criterion codes are unique", func(s *Set) { s.Criteria[1].Code = "1" }, []string{"criteria[1].code"}, "unique"},
		{"a criterion has a Vietnamese name", func(s *Set) { s.Criteria[2].Name.VI = "" }, []string{"criteria[2].name.vi"}, "must not be empty"},
		{"a criterion's group exists", func(s *Set) { s.Criteria[0].Group = "VI" }, []string{"criteria[0].group"}, "no group"},
		{"a criterion has indicators", func(s *Set) { s.Criteria[4].Indicators = nil }, []string{"criteria[4].indicators"}, "at least one indicator"},
		{"indicator codes are unique in the set", func(s *Set) { s.Criteria[1].Indicators[0].Code = "1.1" }, []string{"criteria[1].indicators[0].code"}, "unique"},
		{"the kind must be valid", func(s *Set) { ind(s, "3.1").Kind = 0 }, []string{"criteria[2].indicators[0].kind"}, "pass, none"},
		{"the operator must fit the kind", func(s *Set) { ind(s, "1.1").Op = OpGE }, []string{"criteria[0].indicators[0].op"}, "does not fit kind pass"},
		{"a none indicator takes the none operator", func(s *Set) { ind(s, "9.1").Op = OpEq }, []string{"criteria[8].indicators[0].op"}, "does not fit kind none"},
		{"a percent indicator has unit %", func(s *Set) { ind(s, "3.1").Unit = "ha" }, []string{"criteria[2].indicators[0].unit"}, "unit"},
		{"an indicator has Vietnamese wording", func(s *Set) { ind(s, "3.1").Text.VI = "" }, []string{"criteria[2].indicators[0].text.vi"}, "must not be empty"},
		{"an indicator cites the law", func(s *Set) { ind(s, "3.1").Citation = "" }, []string{"criteria[2].indicators[0].citation"}, "cite"},
		{"the target year lies in the period", func(s *Set) { ind(s, "10").TargetYear = 2025 }, []string{"criteria[9].indicators[0].target_year"}, "period"},
		{"every region has a target when there is no common one", func(s *Set) {
			i := ind(s, "4.2")
			i.Common = nil
			delete(i.Regional, TN)
		}, []string{"criteria[3].indicators[1].targets"}, "region TN has no target"},
		{"a target has a provenance", func(s *Set) {
			i := ind(s, "4.2")
			t := i.Regional[DBSCL]
			t.Provenance = 0
			i.Regional[DBSCL] = t
		}, []string{"criteria[3].indicators[1].targets.DBSCL.provenance"}, "C2, C1 or M"},
		{"a pass target is true (stored as zero)", func(s *Set) { ind(s, "1.1").Common.Value = d("1") }, []string{"criteria[0].indicators[0].targets.common.value"}, `"true"`},
		{"a none target is 0", func(s *Set) { ind(s, "9.1").Common.Value = d("2") }, []string{"criteria[8].indicators[0].targets.common.value"}, `"0"`},
		{"a percentage is at most 100", func(s *Set) { ind(s, "3.1").Common.Value = d("100.5") }, []string{"criteria[2].indicators[0].targets.common.value"}, "0-100"},
		{"a percentage is not negative", func(s *Set) { ind(s, "3.1").Common.Value = d("-1") }, []string{"criteria[2].indicators[0].targets.common.value"}, "0-100"},
		{"an amount is not negative", func(s *Set) { ind(s, "10").Common.Value = d("-45") }, []string{"criteria[9].indicators[0].targets.common.value"}, "negative"},
		{"a by_year year lies in the period", func(s *Set) {
			ind(s, "10").Common.ByYear = map[int]YearTarget{2021: {Value: d("46"), Provenance: M}}
		}, []string{"criteria[9].indicators[0].targets.common.by_year.2021"}, "outside"},
		{"a by_year value has a provenance", func(s *Set) {
			ind(s, "10").Common.ByYear = map[int]YearTarget{2018: {Value: d("40")}}
		}, []string{"criteria[9].indicators[0].targets.common.by_year.2018.provenance"}, "C2, C1 or M"},
		{"a pass indicator has no yearly values", func(s *Set) {
			ind(s, "1.1").Common.ByYear = map[int]YearTarget{2018: {Provenance: M}}
		}, []string{"criteria[0].indicators[0].targets.common.by_year.2018"}, "no yearly values"},
		{"regional keys are regions", func(s *Set) { ind(s, "3.1").Regional[Region(9)] = tgt("80", C1) }, []string{"criteria[2].indicators[0].targets"}, "not a region"},
		{"every problem is reported, sorted by path", func(s *Set) {
			s.Criteria[10].Indicators[0].Citation = ""
			s.Criteria[2].Indicators[0].Citation = ""
			s.ID = ""
		}, []string{"criteria[2].indicators[0].citation", "criteria[10].indicators[0].citation", "id"}, "cite"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := QD1980()
			tt.change(s)
			err := Validate(s)
			if diff := cmp.Diff(tt.want, problemsOf(err)); diff != "" {
				t.Fatalf("problem paths (-want +got):\n%s\nerror: %v", diff, err)
			}
			if !strings.Contains(err.Error(), tt.substr) || !strings.HasPrefix(err.Error(), "criteria: ") {
				t.Errorf("error %q lacks %q or the package prefix", err, tt.substr)
			}
		})
	}
}

func TestValidateNilSet(t *testing.T) {
	if err := Validate(nil); err == nil {
		t.Error("Validate(nil) = nil")
	}
}

func TestValidateCapsTheNumberOfProblems(t *testing.T) {
	s := QD1980()
	for c, i := range s.Indicators() {
		_ = c
		i.Citation = ""
		i.Text.VI = ""
		i.TargetYear = 1
	}
	got := problemsOf(Validate(s))
	if len(got) != problem.Max+1 || !strings.Contains(got[problem.Max], "and 50 more problems") {
		t.Errorf("got %d problems, last %q; want %d and a count of the rest", len(got), got[len(got)-1], problem.Max+1)
	}
}

func TestValidateRefusesADateReadingWouldRefuse(t *testing.T) {
	s := QD933()
	s.Issued = time.Date(0, time.January, 1, 0, 0, 0, 0, time.UTC)
	s.Effective = s.Issued
	if diff := cmp.Diff([]string{"effective", "issued"}, problemsOf(Validate(s))); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}
