// Command ruletest shows how a user of this library unit-tests one
// criterion rule (tiêu chí) in a few lines: evaluate a single indicator
// value for a commune of a region and compare the outcome — status, gap
// (khoảng cách) and gap in natural units — with what the rule says.
//
// The test file beside this one (ruletest_test.go) is the point of the
// example: a table of cases for indicator 4.2 (Tỷ lệ hộ sử dụng điện
// thường xuyên, an toàn từ các nguồn — households with regular, safe
// electricity) and indicator 5 (Trường học — schools) of 1980/QĐ-TTg in the
// region Trung du và miền núi phía Bắc (TDMNPB), each case named by the rule
// it pins, compared with go-cmp's cmp.Diff. Run it with
//
//	go test ./examples/ruletest/
//
// This program evaluates the same kind of values and prints them as a table:
//
//	go run ./examples/ruletest
//
// The values are illustrative (số liệu minh họa), not figures of any commune.
package main

import (
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// outcome is what a rule test compares: the indicator's status, its gap in
// the indicator's unit, and the gap in natural units ("1 trường").
type outcome struct {
	Status   string // met, not-met, missing, not-applicable
	Gap      string // "" when there is no gap
	GapUnits string // "" unless the value was a share with a unit
}

// judge evaluates one value of one indicator of 1980/QĐ-TTg for a commune
// of region in 2020 and returns the indicator's outcome.
func judge(set *criteria.Set, region criteria.Region, code string, v evaluate.Value) (outcome, error) {
	a := evaluate.Assessment{
		Commune: evaluate.Commune{Name: "Xã minh họa", Province: "Lạng Sơn"},
		Region:  region,
		Year:    2020,
		Values:  map[string]map[string]evaluate.Value{set.ID: {code: v}},
	}
	r := evaluate.Run(set, &a)
	for _, c := range r.Criteria {
		for _, ind := range c.Indicators {
			if ind.Code() != code {
				continue
			}
			o := outcome{Status: ind.Status.String()}
			if g := ind.Gap; g != nil {
				o.Gap = g.Amount.String()
				if g.HasUnits {
					o.GapUnits = g.Units.String() + " " + g.Unit
				}
			}
			return o, nil
		}
	}
	return outcome{}, fmt.Errorf("ruletest: %s has no indicator %q", set.ID, code)
}

// demo is a value to show: an indicator and what the commune reported.
type demo struct {
	code  string
	value evaluate.Value
}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	set := criteria.QD1980()
	demos := []demo{
		{"4.2", evaluate.MustNumber("95")},
		{"4.2", evaluate.MustNumber("94.99")},
		{"4.2", evaluate.Share(19, 20, "hộ")},
		{"4.2", evaluate.Share(189, 200, "hộ")},
		{"4.2", evaluate.Missing()},
		{"5", evaluate.Share(3, 3, "trường")},
		{"5", evaluate.Share(2, 3, "trường")},
		{"5", evaluate.Share(7, 10, "trường")},
	}
	fmt.Fprintf(w, "%s, vùng %s (%s), năm 2020 — số liệu minh họa (illustrative)\n\n",
		set.ID, criteria.TDMNPB, criteria.TDMNPB.Name().VI)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "chỉ tiêu (indicator)\tmục tiêu (target)\tgiá trị (value)\tkết quả (status)\tkhoảng cách (gap)\tcòn thiếu (to add)")
	for _, d := range demos {
		ind, _, ok := set.Indicator(d.code)
		if !ok {
			return fmt.Errorf("ruletest: %s has no indicator %q", set.ID, d.code)
		}
		t, err := ind.Resolve(criteria.TDMNPB, 2020)
		if err != nil {
			return err
		}
		o, err := judge(set, criteria.TDMNPB, d.code, d.value)
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t%s %s%s\t%s\t%s\t%s\t%s\n", d.code, t.Op.Symbol(), t.Value, t.Unit(),
			shown(d.value), o.Status, dash(o.Gap), dash(o.GapUnits))
	}
	return tw.Flush()
}

// shown writes a value as a reader would: "189/200 hộ", "94.99", "—".
func shown(v evaluate.Value) string {
	if v.Kind == evaluate.ValueShare {
		s := v.Numerator.String() + "/" + v.Denominator.String()
		if v.Unit != "" {
			s += " " + v.Unit
		}
		return s
	}
	if s, ok := v.Actual(); ok {
		return s
	}
	return "—"
}

func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
