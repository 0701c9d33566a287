package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// TestARuleInThreeLines is the shortest rule test: one indicator, one
// value, one expected status and gap.
func TestARuleInThreeLines(t *testing.T) {
	st, gap, err := evaluate.Judge(criteria.QD1980(), "5", "TDMNPB", 2020, evaluate.Share(2, 3, "trường"))
	if err != nil || st != evaluate.StatusNotMet || !gap.Amount.Equal(decimal.RequireFromString("3.34")) {
		t.Errorf("5 with 2 of 3 schools in TDMNPB: %v %v %v, want not-met 3.34 <nil>", st, gap, err)
	}
}

// TestElectricityIncomeAndHousing pins indicators of 1980/QĐ-TTg for
// communes of a region: 4.2 (≥ 95% of households with electricity in
// TDMNPB), 5 (≥ 70% of schools up to standard), 10 (income, ≥ 50 triệu
// đồng/người/năm in ĐBSH and ≥ 36 in TDMNPB, stated "đến năm 2020" and
// applied to earlier years), 9.1 (no temporary houses, nhà tạm) and 7
// (not applicable where allowed).
func TestElectricityIncomeAndHousing(t *testing.T) {
	set := criteria.QD1980()
	// outcome is what a case pins: the status and the gap as printed.
	type outcome struct {
		Status evaluate.Status
		Gap    string // "" when met or missing; "0.5 (1 hộ)" with natural units
	}
	met, missing := evaluate.StatusMet, evaluate.StatusMissing
	notMet := evaluate.StatusNotMet
	tests := []struct {
		name   string
		code   string
		column string
		year   int
		value  evaluate.Value
		want   outcome
	}{
		{"a commune at exactly 95% electricity meets 4.2", "4.2", "TDMNPB", 2020,
			evaluate.MustNumber("95"), outcome{Status: met}},
		{"a commune at 94.99% misses 4.2 by 0.01 points", "4.2", "TDMNPB", 2020,
			evaluate.MustNumber("94.99"), outcome{notMet, "0.01"}},
		{"a commune at 98% meets 4.2", "4.2", "TDMNPB", 2020,
			evaluate.MustNumber("98"), outcome{Status: met}},
		{"19 of 20 households is exactly 95% and meets 4.2", "4.2", "TDMNPB", 2020,
			evaluate.Share(19, 20, "hộ"), outcome{Status: met}},
		{"189 of 200 households misses 4.2 by 0.5 points, one more household", "4.2", "TDMNPB", 2020,
			evaluate.Share(189, 200, "hộ"), outcome{notMet, "0.5 (1 hộ)"}},
		{"a shortfall of a fraction of a household still needs a whole one", "4.2", "TDMNPB", 2020,
			evaluate.Share(1899, 2000, "hộ"), outcome{notMet, "0.05 (1 hộ)"}},
		{"no figure for 4.2 is missing, not a failure", "4.2", "TDMNPB", 2020,
			evaluate.Missing(), outcome{Status: missing}},
		{"2 of 3 schools is 66.67% and misses 5 by 3.34 points, one school", "5", "TDMNPB", 2020,
			evaluate.Share(2, 3, "trường"), outcome{notMet, "3.34 (1 trường)"}},
		{"7 of 10 schools is exactly 70% and meets 5", "5", "TDMNPB", 2020,
			evaluate.Share(7, 10, "trường"), outcome{Status: met}},
		{"a bare percentage has a gap but no gap in schools", "5", "TDMNPB", 2020,
			evaluate.MustNumber("69.5"), outcome{notMet, "0.5"}},
		{"an income of 50 meets 10 in ĐBSH", "10", "DBSH", 2020,
			evaluate.MustNumber("50"), outcome{Status: met}},
		{"an income of 49.99 misses 10 in ĐBSH by 0.01", "10", "DBSH", 2020,
			evaluate.MustNumber("49.99"), outcome{notMet, "0.01"}},
		{"in 2019 the 2020 income target applies: 36 meets it in TDMNPB", "10", "TDMNPB", 2019,
			evaluate.MustNumber("36"), outcome{Status: met}},
		{"and 35 misses it by 1", "10", "TDMNPB", 2019,
			evaluate.MustNumber("35"), outcome{notMet, "1"}},
		{"no temporary house meets 9.1", "9.1", "TDMNPB", 2020,
			evaluate.MustNumber("0"), outcome{Status: met}},
		{"two temporary houses miss 9.1 by 2", "9.1", "TDMNPB", 2020,
			evaluate.MustNumber("2"), outcome{notMet, "2"}},
		{"n/a is allowed for 7 (no rural commerce infrastructure planned)", "7", "TDMNPB", 2020,
			evaluate.NotApplicable(), outcome{Status: evaluate.StatusNotApplicable}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, gap, err := evaluate.Judge(set, tt.code, tt.column, tt.year, tt.value)
			if err != nil {
				t.Fatal(err)
			}
			got := outcome{Status: st}
			if st == evaluate.StatusNotMet {
				got.Gap = gap.String()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s = %s: outcome mismatch (-want +got):\n%s", tt.code, shown(tt.value), diff)
			}
		})
	}
}

// TestCasesFromCSV judges the cases of testdata/cases.csv, one a row:
// the set (an ID or alias), the indicator, the column, the year, the value
// written as in a table (evaluate.ParseValue) and what Judge must give,
// "status gap" as %v prints them or "error: " and a part of the error.
func TestCasesFromCSV(t *testing.T) {
	f, err := os.Open("testdata/cases.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range rows[1:] {
		place := fmt.Sprintf("testdata/cases.csv:%d", i+2)
		t.Run(strings.Join(row[:5], " "), func(t *testing.T) {
			setID, code, column, year, text, want := row[0], row[1], row[2], row[3], row[4], row[5]
			set, err := criteria.Lookup(setID)
			if err != nil {
				t.Fatalf("%s: %v", place, err)
			}
			y, err := strconv.Atoi(year)
			if err != nil {
				t.Fatalf("%s: year %q: %v", place, year, err)
			}
			got := ""
			v, err := evaluate.ParseValue(set, code, text)
			if err == nil {
				var st evaluate.Status
				var gap evaluate.Gap
				st, gap, err = evaluate.Judge(set, code, column, y, v)
				got = fmt.Sprint(st, " ", gap)
			}
			if err != nil {
				got = "error: " + err.Error()
			}
			if got != want && !(strings.HasPrefix(want, "error: ") && strings.Contains(got, strings.TrimPrefix(want, "error: "))) {
				t.Errorf("%s: %s %s %q in %q, %s:\n got %s\nwant %s", place, set.ID, code, text, column, year, got, want)
			}
		})
	}
}

// TestAPendingSetIsProvisional judges criterion 1 of 933/QĐ-UBND, whose
// content awaits the official text: its indicators are one pass/fail slot
// per criterion, judged from the commune's attestation, and the verdict is
// provisional (tạm tính). Judge gives the verdict; the set says it is
// pending, and a rule test on it must say so.
func TestAPendingSetIsProvisional(t *testing.T) {
	set := criteria.QD933()
	st, gap, err := evaluate.Judge(set, "1", "TDMNPB", 2020, evaluate.Bool(true))
	if err != nil || st != evaluate.StatusMet {
		t.Fatalf("933/QĐ-UBND 1 attested met: %v %v %v", st, gap, err)
	}
	if !set.Content.Pending() {
		t.Fatalf("%s: content %v, want pending: the verdict would then be final", set.ID, set.Content)
	}
	got := fmt.Sprintf("%s: %s (tạm tính: %s)", set.ID, st.Label().VI, set.Content.Name().VI)
	if want := "933/QĐ-UBND: Đạt (tạm tính: chờ văn bản chính thức)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// No indicator is invented: 4.2 of 1980/QĐ-TTg is not one of its slots.
	_, _, err = evaluate.Judge(set, "4.2", "TDMNPB", 2020, evaluate.MustNumber("95"))
	if err == nil || !strings.Contains(err.Error(), "awaits the official text") {
		t.Errorf("933/QĐ-UBND 4.2: %v, want an error saying the content awaits the official text", err)
	}
}

// TestMistakesAreNamed checks that a rule test written wrong fails with an
// error naming what was wrong: the set, the code, the column, the value.
func TestMistakesAreNamed(t *testing.T) {
	if _, err := criteria.Lookup("1981"); err == nil || !strings.Contains(err.Error(), `"1981"`) {
		t.Errorf("a wrong set: %v", err)
	}
	set := criteria.QD1980()
	for _, tt := range []struct {
		name, code, column string
		value              evaluate.Value
		want               []string // parts of the error
	}{
		{"a wrong code", "4.3", "TDMNPB", evaluate.MustNumber("95"), []string{"1980/QĐ-TTg", `"4.3"`}},
		{"a criterion for an indicator", "4", "TDMNPB", evaluate.MustNumber("95"), []string{`"4"`, "4.1, 4.2"}},
		{"a wrong region", "4.2", "Tây Bắc", evaluate.MustNumber("95"), []string{`"Tây Bắc"`, "TDMNPB, DBSH"}},
		{"a province for a region", "4.2", "Lạng Sơn", evaluate.MustNumber("95"), []string{`"Lạng Sơn"`, "its region is TDMNPB"}},
		{"a value of the wrong kind", "4.2", "TDMNPB", evaluate.Bool(true), []string{"4.2", `"TDMNPB"`, `"true"`, "percentage"}},
		{"a share above its denominator", "5", "TDMNPB", evaluate.Share(3, 2, "trường"), []string{"5", `"3/2 trường"`, "denominator"}},
	} {
		_, _, err := evaluate.Judge(set, tt.code, tt.column, 2020, tt.value)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %v lacks %s", tt.name, err, w)
			}
		}
	}
}

// TestRunPrintsTheTable checks that the program labels its values as
// illustrative and prints the cases with status and gap in Vietnamese and
// English.
func TestRunPrintsTheTable(t *testing.T) {
	var b bytes.Buffer
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"số liệu minh họa", "189/200 hộ", "thiếu 0,5 điểm phần trăm (+1 hộ)", "0.5 pp short (+1 hộ)",
		"2/3 trường", "Chưa đạt / Not met", "còn 2 nhà", "Đạt (tạm tính: chờ văn bản chính thức)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// The table's header names an indicator's threshold as the product does:
// mức đạt chuẩn (a plan's target communes are its mục tiêu).
func TestTableHeader(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	var head string
	for _, l := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(l, "bộ tiêu chí (set)") {
			head = strings.Join(strings.Fields(l), " ")
		}
	}
	if want := "bộ tiêu chí (set) chỉ tiêu (indicator) mức đạt chuẩn (target) giá trị (value) kết quả (status) còn thiếu gap"; head != want {
		t.Errorf("header %q, want %q", head, want)
	}
}
