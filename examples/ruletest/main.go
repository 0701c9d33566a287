// Command ruletest shows how a user of this library unit-tests one
// criterion rule (tiêu chí) in three lines: judge a single indicator value
// for a commune of a region with [evaluate.Judge] and compare the outcome —
// status, gap (khoảng cách) and gap in natural units — with what the rule
// says.
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
	fmt.Fprintln(tw, "chỉ tiêu (indicator)\tmục tiêu (target)\tgiá trị (value)\tkết quả (status)\tkhoảng cách (gap, to add)")
	for _, d := range demos {
		ind, _, ok := set.Indicator(d.code)
		if !ok {
			return fmt.Errorf("ruletest: %s has no indicator %q", set.ID, d.code)
		}
		t, err := ind.Resolve(criteria.TDMNPB, 2020)
		if err != nil {
			return err
		}
		st, gap, err := evaluate.Judge(set, d.code, "TDMNPB", 2020, d.value)
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "%s\t%s %s%s\t%s\t%s\t%s\n", d.code, t.Op.Symbol(), t.Value, t.Unit(),
			shown(d.value), st, gapText(st, gap))
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

// gapText prints a gap: "0.5 (1 hộ)", or "—" when the indicator is met.
func gapText(st evaluate.Status, g evaluate.Gap) string {
	if st != evaluate.StatusNotMet {
		return "—"
	}
	return g.String()
}
