package evaluate

import (
	"errors"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
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
