// Command ruletest shows how a user of this library unit-tests one
// criterion rule (tiêu chí) in three lines: judge a single indicator value
// for a commune of a region with [evaluate.Judge] and compare the outcome —
// status, gap (khoảng cách) and gap in natural units — with what the rule
// says.
//
// The test file beside this one (ruletest_test.go) is the point of the
// example, for indicators of 1980/QĐ-TTg in the region Trung du và miền
// núi phía Bắc (TDMNPB) and elsewhere — 4.2 (Tỷ lệ hộ sử dụng điện thường
// xuyên, an toàn từ các nguồn: households with regular, safe electricity),
// 5 (Trường học: schools), 9.1 (Nhà tạm, dột nát: temporary houses), 10
// (Thu nhập: income) and 7 (not applicable where allowed) —, of
// 933/QĐ-UBND, whose content awaits the official text (a provisional
// verdict), and of 51/2025/QĐ-TTg by commune group:
//
//   - the shortest test, in three lines;
//   - a table of cases, each named by the rule it pins, compared with
//     go-cmp's cmp.Diff;
//   - cases kept in a CSV (testdata/cases.csv: set, indicator, column,
//     year, value written as in a table, expected "status gap" or error),
//     read with [evaluate.ParseValue];
//   - the errors a mistaken case gets: a wrong code, set, region or kind
//     of value, each named.
//
// Run it with
//
//	go test ./examples/ruletest/
//
// This program judges the same kind of values and prints them as a table,
// status and gap in Vietnamese and English:
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

// demo is a value to show: an indicator of a set and what the commune
// reported.
type demo struct {
	set   *criteria.Set
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
	qd1980, qd933 := criteria.QD1980(), criteria.QD933()
	demos := []demo{
		{qd1980, "4.2", evaluate.MustNumber("95")},
		{qd1980, "4.2", evaluate.MustNumber("94.99")},
		{qd1980, "4.2", evaluate.Share(189, 200, "hộ")},
		{qd1980, "4.2", evaluate.Missing()},
		{qd1980, "5", evaluate.Share(2, 3, "trường")},
		{qd1980, "5", evaluate.Share(7, 10, "trường")},
		{qd1980, "9.1", evaluate.MustNumber("2")},
		{qd1980, "10", evaluate.MustNumber("35")},
		{qd933, "1", evaluate.Bool(true)},
	}
	fmt.Fprintf(w, "Vùng %s (%s), năm 2020 — số liệu minh họa (illustrative)\n\n",
		criteria.TDMNPB, criteria.TDMNPB.Name().VI)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "bộ tiêu chí (set)\tchỉ tiêu (indicator)\tmức đạt chuẩn (target)\tgiá trị (value)\tkết quả (status)\tcòn thiếu\tgap")
	for _, d := range demos {
		ind, _, ok := d.set.Indicator(d.code)
		if !ok {
			return fmt.Errorf("ruletest: %s has no indicator %q", d.set.ID, d.code)
		}
		t, err := ind.Resolve(criteria.TDMNPB, 2020)
		if err != nil {
			return err
		}
		st, gap, err := evaluate.Judge(d.set, d.code, "TDMNPB", 2020, d.value)
		if err != nil {
			return err
		}
		status := st.Label().VI + " / " + st.Label().EN
		if d.set.Content.Pending() {
			// The set's content awaits the official text: the verdict is
			// provisional, and the output says so.
			status = fmt.Sprintf("%s (tạm tính: %s) / %s (provisional: %s)",
				st.Label().VI, d.set.Content.Name().VI, st.Label().EN, d.set.Content.Name().EN)
		}
		target := evaluate.Target{Kind: t.Kind, Op: t.Op, Value: t.Value, Unit: t.Unit()}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", d.set.ID, d.code, target.In("vi"),
			shown(d.value), status, gapText(st, gap, target, "vi"), gapText(st, gap, target, "en"))
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

// gapText writes a gap in words in lang: "thiếu 0,5 điểm phần trăm (+1 hộ)",
// "0.5 pp short (+1 hộ)"; "—" when the indicator is met or missing, and
// "phải đạt" / "must be met" for a pass/fail shortfall.
func gapText(st evaluate.Status, g evaluate.Gap, t evaluate.Target, lang string) string {
	switch {
	case st != evaluate.StatusNotMet:
		return "—"
	case g.MustBeMet && lang == "en":
		return "must be met"
	case g.MustBeMet:
		return "phải đạt"
	}
	return g.Text(t, lang)
}
