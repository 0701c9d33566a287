package evaluate_test

import (
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// Rule tests kept as a CSV of cases, values written as in a table: each
// row is read by ParseValue and judged by Judge.
func ExampleParseValue() {
	cases := `indicator,region,year,value,want
5,TDMNPB,2020,2/3 trường,not-met
5,TDMNPB,2020,"7/10 trường",met
4.2,TDMNPB,2020,"94,99",not-met
4.2,TDMNPB,2020,95%,met
2.2,TDMNPB,2020,đạt,met
7,TDMNPB,2020,không áp dụng,not-applicable
5,TDMNPB,2020,3/2 trường,error
`
	set := criteria.QD1980()
	rows, _ := csv.NewReader(strings.NewReader(cases)).ReadAll()
	for _, c := range rows[1:] {
		year, _ := strconv.Atoi(c[2])
		got, detail := "", ""
		v, err := evaluate.ParseValue(set, c[0], c[3])
		if err == nil {
			var st evaluate.Status
			var gap evaluate.Gap
			st, gap, err = evaluate.Judge(set, c[0], c[1], year, v)
			got = st.String()
			if st == evaluate.StatusNotMet {
				detail = ", short " + gap.String()
			}
		}
		if err != nil {
			got, detail = "error", ": "+err.Error()
		}
		mark := "ok"
		if got != c[4] {
			mark = "FAIL, want " + c[4]
		}
		fmt.Printf("%s %q: %s%s [%s]\n", c[0], c[3], got, detail, mark)
	}
	// Output:
	// 5 "2/3 trường": not-met, short 3.34 (1 trường) [ok]
	// 5 "7/10 trường": met [ok]
	// 4.2 "94,99": not-met, short 0.01 [ok]
	// 4.2 "95%": met [ok]
	// 2.2 "đạt": met [ok]
	// 7 "không áp dụng": not-applicable [ok]
	// 5 "3/2 trường": error: evaluate: indicator 5 of 1980/QĐ-TTg, column "TDMNPB": value "3/2 trường": numerator must not exceed the denominator 2 [ok]
}

// A value prints as a table cell holds it, and ParseValue reads that back.
func ExampleValue_String() {
	set := criteria.QD1980()
	for _, c := range []struct {
		code string
		v    evaluate.Value
	}{
		{"5", evaluate.Share(2, 3, "trường")},
		{"4.2", evaluate.MustNumber("95.5")},
		{"2.2", evaluate.Bool(true)},
		{"7", evaluate.NotApplicable()},
	} {
		back, err := evaluate.ParseValue(set, c.code, c.v.String())
		fmt.Printf("%s: %v → %v %v\n", c.code, c.v, back, err)
	}
	// Output:
	// 5: 2/3 trường → 2/3 trường <nil>
	// 4.2: 95.5 → 95.5 <nil>
	// 2.2: true → true <nil>
	// 7: n/a → n/a <nil>
}
