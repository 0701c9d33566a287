package evaluate

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/internal/untranslated"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// TestTheErrorsOfJudgeParseValueAndPutHaveCodes: a service judging rule
// cases answers each error with its problem.Code, found with errors.Is,
// as it answers the readers' problems.
func TestTheErrorsOfJudgeParseValueAndPutHaveCodes(t *testing.T) {
	set, set51 := criteria.QD1980(), criteria.QD51of2025()
	noTarget := criteria.QD1980()
	ind := &noTarget.Criteria[4].Indicators[0]
	ind.Common, ind.Regional = nil, map[criteria.Region]criteria.Target{criteria.DBSH: ind.Regional[criteria.DBSH]}
	judge := func(s *criteria.Set, code, col string, v Value) error {
		_, _, err := Judge(s, code, col, 2020, v)
		return err
	}
	huge := Number(decimal.New(1, 300))
	for _, c := range []struct {
		name string
		err  error
		want problem.Code
	}{
		{"Judge: no set", judge(nil, "5", "TDMNPB", Bool(true)), problem.MissingField},
		{"Judge: an unknown code", judge(set, "99", "TDMNPB", Bool(true)), problem.UnknownIndicator},
		{"Judge: a criterion's code", judge(set, "17.1", "TDMNPB", Bool(true)), problem.UnknownIndicator},
		{"Judge: an unknown region", judge(set, "5", "Mars", Share(2, 3, "")), problem.RegionMismatch},
		{"Judge: an unknown group", judge(set51, "1", "9", Bool(true)), problem.OutOfRange},
		{"Judge: no target in the column", judge(noTarget, "5", "TDMNPB", Share(2, 3, "")), problem.MissingField},
		{"Judge: a number beyond those read", judge(set, "4.2", "TDMNPB", huge), problem.OutOfRange},
		{"Judge: a share over its denominator", judge(set, "5", "TDMNPB", Share(4, 3, "")), problem.OutOfRange},
		{"Judge: a number for a pass indicator", judge(set, "4.1", "TDMNPB", MustNumber("1")), problem.WrongKind},
		{"ParseValue: an unknown code", func() error { _, err := ParseValue(set, "99", "1"); return err }(), problem.UnknownIndicator},
		{"ParseValue: no set", func() error { _, err := ParseValue(nil, "5", "1"); return err }(), problem.MissingField},
		{"ParseValue: words", func() error { _, err := ParseValue(set, "5", "chín mươi"); return err }(), problem.WrongKind},
		{"Put: an unknown code", (&Assessment{}).Put(set, "99", Bool(true)), problem.UnknownIndicator},
	} {
		if c.err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		if !errors.Is(c.err, c.want) {
			t.Errorf("%s: %v; errors.Is(err, %s) = false", c.name, c.err, c.want)
		}
	}
}

// TestTheErrorsOfJudgeParseValueAndPutAreProblems: a service that answers
// problems as JSON gets, with errors.As, the problem of each error: its
// code, the indicator (Path) and the value as written (Input), its
// message in both languages naming them as a reader's does.
func TestTheErrorsOfJudgeParseValueAndPutAreProblems(t *testing.T) {
	set := criteria.QD1980()
	judge := func(code, col string, v Value) error {
		_, _, err := Judge(set, code, col, 2020, v)
		return err
	}
	for _, c := range []struct {
		name string
		err  error
		want problem.Problem
		en   string
	}{
		{"Judge: a share over its denominator", judge("5", "TDMNPB", Share(3, 2, "trường")),
			problem.Problem{Code: problem.OutOfRange, Path: "5", Column: "numerator", Input: "3/2 trường"}, `column numerator: 5: must not exceed the denominator 2 (got "3/2 trường")`},
		{"Judge: a number for a pass indicator", judge("4.1", "TDMNPB", MustNumber("1")),
			problem.Problem{Code: problem.WrongKind, Path: "4.1", Input: "1"}, `4.1: pass/fail indicator: must be true or false (đạt / chưa đạt), not a number (got "1")`},
		{"Judge: an unknown code", judge("99", "TDMNPB", Bool(true)),
			problem.Problem{Code: problem.UnknownIndicator, Path: "99", Input: "99"}, `99: unknown indicator of 1980/QĐ-TTg (got "99")`},
		{"Judge: an unknown region", judge("5", "Mars", Share(2, 3, "")),
			problem.Problem{Code: problem.RegionMismatch, Path: "5", Input: "Mars"}, ""},
		{"Judge: an unknown group", func() error { _, _, err := Judge(criteria.QD51of2025(), "1", "9", 2025, Bool(true)); return err }(),
			problem.Problem{Code: problem.OutOfRange, Path: "1", Input: "9"}, ""},
		{"ParseValue: words", func() error { _, err := ParseValue(set, "5", "chín mươi"); return err }(),
			problem.Problem{Code: problem.WrongKind, Path: "5", Input: "chín mươi"}, ""},
		{"Put: an unknown code", (&Assessment{}).Put(set, "99", Bool(true)),
			problem.Problem{Code: problem.UnknownIndicator, Path: "99", Input: "99"}, `99: unknown indicator of 1980/QĐ-TTg (got "99")`},
	} {
		var p *problem.Problem
		if !errors.As(c.err, &p) {
			t.Errorf("%s: %v: errors.As(err, *problem.Problem) = false", c.name, c.err)
			continue
		}
		if p.Code != c.want.Code || p.Path != c.want.Path || p.Column != c.want.Column || p.Input != c.want.Input {
			t.Errorf("%s: problem {Code %q, Path %q, Column %q, Input %q}, want {%q, %q, %q, %q}", c.name, p.Code, p.Path, p.Column, p.Input,
				c.want.Code, c.want.Path, c.want.Column, c.want.Input)
		}
		if p.Err == nil {
			t.Errorf("%s: the problem has no cause", c.name)
		}
		if c.en != "" && p.Message(problem.EN) != c.en {
			t.Errorf("%s: message\n%q\nwant\n%q", c.name, p.Message(problem.EN), c.en)
		}
		if vi := p.Message(problem.VI); c.en != "" && (!strings.Contains(vi, "(giá trị ") || strings.Contains(vi, "must") || strings.Contains(vi, "unknown")) {
			t.Errorf("%s: Vietnamese message %q", c.name, vi)
		}
		if _, err := json.Marshal(p); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

// TestTheErrorsOfJudgeAndParseValueReadInVietnamese: what Judge and
// ParseValue say of a mistaken case (which columns a set has, which
// indicators a criterion has, how a pending set codes its indicators)
// reads in Vietnamese with problem.VI, hints included.
func TestTheErrorsOfJudgeAndParseValueReadInVietnamese(t *testing.T) {
	qd1980, qd51 := criteria.QD1980(), criteria.QD51of2025()
	for _, c := range []struct {
		set       *criteria.Set
		code, col string
		v         Value
	}{
		{qd1980, "9", "TDMNPB", Bool(true)},
		{qd51, "3.1", "1", Bool(true)},
		{qd1980, "4.2", "Lạng Sơn", MustNumber("95")},
		{qd1980, "4.2", "Atlantis", MustNumber("95")},
		{qd51, "1", "7", Bool(true)},
		{qd1980, "4.2", "TDMNPB", NotApplicable()},
		{qd1980, "5", "TDMNPB", Share(4, 3, "trường")},
		{qd1980, "2.2", "TDMNPB", MustNumber("1")},
	} {
		_, _, err := Judge(c.set, c.code, c.col, 2020, c.v)
		if err == nil {
			t.Errorf("Judge(%s, %q, %q) succeeded", c.set.ID, c.code, c.col)
			continue
		}
		untranslated.Check(t, fmt.Sprintf("Judge(%s, %q, %q)", c.set.ID, c.code, c.col), err)
	}
	for _, code := range []string{"9", "17.1"} {
		_, err := ParseValue(qd1980, code, "1")
		untranslated.Check(t, "ParseValue "+code, err)
	}
	_, err := ParseValue(qd51, "3.1", "đạt")
	untranslated.Check(t, "ParseValue 3.1 of 51/2025/QĐ-TTg", err)
}

// TestAnUnknownGroupColumnIsOutOfRangeOnly: the problem of a commune
// group a set has not, and its cause, are out-of-range, not
// region-mismatch, whichever a caller asks.
func TestAnUnknownGroupColumnIsOutOfRangeOnly(t *testing.T) {
	_, _, err := Judge(criteria.QD51of2025(), "1", "7", 2026, Bool(true))
	var p *problem.Problem
	if !errors.As(err, &p) || !errors.Is(p, problem.OutOfRange) || errors.Is(p, problem.RegionMismatch) || errors.Is(p.Err, problem.RegionMismatch) {
		t.Errorf("Judge of group 7: %v (%+v); want out-of-range only", err, p)
	}
}

// TestJudgeNamesThePartsOfASplitIndicator: a code of an indicator split
// in parts, given without its letter ("17.1"), gets the readers' hint.
func TestJudgeNamesThePartsOfASplitIndicator(t *testing.T) {
	_, _, err := Judge(criteria.QD1980(), "17.1", "TDMNPB", 2020, MustNumber("95"))
	const want = `evaluate: set 1980/QĐ-TTg has no indicator "17.1" (give 17.1a or 17.1b)`
	var p *problem.Problem
	if err == nil || err.Error() != want || !errors.As(err, &p) || !strings.Contains(p.Message(problem.VI), "ghi 17.1a hoặc 17.1b") {
		t.Errorf("Judge of 17.1: %v\nwant %s, and in Vietnamese \"ghi 17.1a hoặc 17.1b\"", err, want)
	}
	if _, err := ParseValue(criteria.QD1980(), "17.1", "95"); err == nil || err.Error() != want {
		t.Errorf("ParseValue of 17.1: %v, want %s", err, want)
	}
}

// TestJudgeRefusesAYearTheReadersRefuse: a year no assessment can carry
// (the readers read 1990 to 2100), such as the 0 of a case that forgot
// it, is an out-of-range problem quoting it, not a verdict.
func TestJudgeRefusesAYearTheReadersRefuse(t *testing.T) {
	for _, year := range []int{0, -2020, 1989, 2101, 20200} {
		st, gap, err := Judge(criteria.QD1980(), "4.2", "TDMNPB", year, MustNumber("95"))
		var p *problem.Problem
		if !errors.Is(err, problem.OutOfRange) || !errors.As(err, &p) || p.Input != fmt.Sprint(year) || p.Path != "4.2" || p.Column != "year" {
			t.Errorf("Judge in year %d = %v %v, %v (%+v); want an out-of-range problem of column year quoting it", year, st, gap, err, p)
		}
	}
	for _, year := range []int{1990, 2100} {
		if _, _, err := Judge(criteria.QD1980(), "4.2", "TDMNPB", year, MustNumber("95")); err != nil {
			t.Errorf("Judge in year %d: %v", year, err)
		}
	}
}
