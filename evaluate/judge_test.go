package evaluate

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/problem"
	"github.com/shopspring/decimal"
)

// TestJudgeNilSet checks that Judge given no set says so instead of
// panicking.
func TestJudgeNilSet(t *testing.T) {
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("Judge(nil, …) panicked: %v", r)
		}
	}()
	_, _, err := Judge(nil, "4.2", "TDMNPB", 2020, MustNumber("95"))
	if err == nil || err.Error() != "evaluate: Judge: no set (a nil *criteria.Set)" {
		t.Errorf("Judge(nil, …) error = %v", err)
	}
}

// TestPutNilSet checks that Put given no set says so, as Judge and
// ParseValue do, instead of panicking, and stores nothing.
func TestPutNilSet(t *testing.T) {
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("Put(nil, …) panicked: %v", r)
		}
	}()
	var a Assessment
	err := a.Put(nil, "4.2", MustNumber("95"))
	if err == nil || err.Error() != "evaluate: Put: no set (a nil *criteria.Set)" {
		t.Errorf("Put(nil, …) error = %v", err)
	}
	if !errors.Is(err, problem.MissingField) {
		t.Errorf("Put(nil, …) error %v does not match problem.MissingField", err)
	}
	var p *problem.Problem
	if !errors.As(err, &p) || p.Path != "4.2" {
		t.Errorf("Put(nil, …) problem = %+v, want Path 4.2", p)
	}
	if !a.Indexed.Equal(IndexedValues{}) {
		t.Error("Put(nil, …) stored a value")
	}
}

// TestJudgeRejectsWhatTheReadersReject checks that Judge judges no value a
// file could not carry (a share above its denominator, a percentage over
// 100, a fractional or "true" count of a none indicator, …): the readers
// reject each as an input problem, so a verdict on it would pin a rule
// against an impossible case. The error names the set, the indicator, the
// column, the quoted value and the reason.
func TestJudgeRejectsWhatTheReadersReject(t *testing.T) {
	set := criteria.QD1980()
	tests := []struct {
		name   string
		code   string
		column string
		value  Value
		want   string
	}{
		{"3 of 2 schools", "5", "TDMNPB", Share(3, 2, "trường"),
			`evaluate: indicator 5 of 1980/QĐ-TTg, column "TDMNPB": value "3/2 trường": numerator must not exceed the denominator 2`},
		{"a share over nothing", "5", "TDMNPB", Share(0, 0, "trường"),
			`evaluate: indicator 5 of 1980/QĐ-TTg, column "TDMNPB": value "0/0 trường": denominator must be > 0`},
		{"a negative share", "5", "TDMNPB", Share(-1, 2, ""),
			`evaluate: indicator 5 of 1980/QĐ-TTg, column "TDMNPB": value "-1/2": numerator must not be negative`},
		{"a percentage over 100", "4.2", "TDMNPB", MustNumber("150"),
			`evaluate: indicator 4.2 of 1980/QĐ-TTg, column "TDMNPB": value "150": percentage must be between 0 and 100`},
		{"a count of half a house", "9.1", "TDMNPB", MustNumber("1.5"),
			`evaluate: indicator 9.1 of 1980/QĐ-TTg, column "TDMNPB": value "1.5": count must be a whole number`},
		{"a negative count", "9.1", "", MustNumber("-1"),
			`evaluate: indicator 9.1 of 1980/QĐ-TTg, column "": value "-1": count must not be negative`},
		{"true for a none indicator", "9.1", "TDMNPB", Bool(true),
			`evaluate: indicator 9.1 of 1980/QĐ-TTg, column "TDMNPB": value "true": must be a count of nhà (0 meets it) or false (none present)`},
		{"a number for a pass/fail indicator", "4.1", "TDMNPB", MustNumber("1"),
			`evaluate: indicator 4.1 of 1980/QĐ-TTg, column "TDMNPB": value "1": pass/fail indicator: must be true or false (đạt / chưa đạt), not a number`},
		{"true for a percentage", "4.2", "DBSH", Bool(true),
			`evaluate: indicator 4.2 of 1980/QĐ-TTg, column "DBSH": value "true": must be a percentage (0-100), not true/false`},
		{"n/a where the set does not allow it", "4.2", "TDMNPB", NotApplicable(),
			`evaluate: indicator 4.2 of 1980/QĐ-TTg, column "TDMNPB": value "n/a": "n/a" is not allowed for indicator 4.2`},
		{"a kind no constructor makes", "4.2", "TDMNPB", Value{Kind: 99},
			`evaluate: indicator 4.2 of 1980/QĐ-TTg, column "TDMNPB": value of kind ValueKind(99): invalid value kind ValueKind(99)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, gap, err := Judge(set, tt.code, tt.column, 2020, tt.value)
			if err == nil {
				t.Fatalf("Judge(%s, %v) = %v %v, want the error %s", tt.code, tt.value, st, gap, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n got %s\nwant %s", err, tt.want)
			}
		})
	}
}

// TestJudgeNamesWhatItKnows checks that an unknown column or code says
// what would have been known: the columns of the set, the indicators of a
// criterion named by its code, the region of a province named as a column.
func TestJudgeNamesWhatItKnows(t *testing.T) {
	tests := []struct {
		name   string
		set    *criteria.Set
		code   string
		column string
		want   string
	}{
		{"a criterion's code", criteria.QD1980(), "4", "TDMNPB",
			`evaluate: set 1980/QĐ-TTg has no indicator "4" (criterion 4 has the indicators 4.1, 4.2)`},
		{"an indicator of a set whose content is pending", criteria.QD933(), "4.2", "TDMNPB",
			`evaluate: set 933/QĐ-UBND has no indicator "4.2" (its content awaits the official text: one pass/fail indicator per criterion, coded as the criterion: 1 … 14)`},
		{"a code unknown", criteria.QD1980(), "4.3", "TDMNPB",
			`evaluate: set 1980/QĐ-TTg has no indicator "4.3"`},
		{"a region unknown", criteria.QD1980(), "4.2", "Tây Bắc",
			`evaluate: unknown column "Tây Bắc" of set 1980/QĐ-TTg (want a region's code — TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL — or name, or "" for the common targets)`},
		{"a province", criteria.QD1980(), "4.2", "Lạng Sơn",
			`evaluate: unknown column "Lạng Sơn" of set 1980/QĐ-TTg ("Lạng Sơn" is a province: its region is TDMNPB)`},
		{"a group of a region set", criteria.QD1980(), "4.2", "3",
			`evaluate: unknown column "3" of set 1980/QĐ-TTg (want a region's code — TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL — or name, or "" for the common targets)`},
		{"a region of a group set", criteria.QD51of2025(), "5", "TDMNPB",
			`evaluate: unknown column "TDMNPB" of set 51/2025/QĐ-TTg (want a commune group's code — 1, 2, 3 — or "" for the common targets)`},
		{"a group's name", criteria.QD51of2025(), "5", "Nhóm 1",
			`evaluate: unknown column "Nhóm 1" of set 51/2025/QĐ-TTg (want a commune group's code — 1, 2, 3 — or "" for the common targets)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Judge(tt.set, tt.code, tt.column, 2020, Bool(true))
			if err == nil || err.Error() != tt.want {
				t.Errorf("error:\n got %v\nwant %s", err, tt.want)
			}
		})
	}
}

// TestJudgeValuesTheReadersRead checks the boundary cases a rule test
// pins, so that validating values changed no verdict on a value the
// readers read.
func TestJudgeValuesTheReadersRead(t *testing.T) {
	tests := []struct {
		set    *criteria.Set
		code   string
		column string
		year   int
		value  Value
		want   string
	}{
		{criteria.QD1980(), "4.2", "TDMNPB", 2020, MustNumber("95"), "met 0"},
		{criteria.QD1980(), "4.2", "TDMNPB", 2020, MustNumber("94.99"), "not-met 0.01"},
		{criteria.QD1980(), "4.2", "TDMNPB", 2020, MustNumber("100"), "met 0"},
		{criteria.QD1980(), "5", "TDMNPB", 2020, Share(0, 3, "trường"), "not-met 70 (3 trường)"},
		{criteria.QD1980(), "5", "TDMNPB", 2020, Share(3, 3, "trường"), "met 0"},
		{criteria.QD1980(), "9.1", "TDMNPB", 2020, MustNumber("0"), "met 0"},
		{criteria.QD1980(), "9.1", "TDMNPB", 2020, MustNumber("2"), "not-met 2"},
		{criteria.QD1980(), "9.1", "TDMNPB", 2020, Bool(false), "met 0"},
		{criteria.QD1980(), "7", "TDMNPB", 2020, NotApplicable(), "not-applicable 0"},
		{criteria.QD1980(), "4.2", "TDMNPB", 2020, Value{}, "missing 0"},
		{criteria.QD1980(), "10", "DBSH", 2020, MustNumber("49.99"), "not-met 0.01"},
		{criteria.QD933(), "1", "TDMNPB", 2020, Bool(true), "met 0"},
		{criteria.QD51of2025(), "5", "3", 2026, Bool(false), "not-met must be met"},
	}
	for _, tt := range tests {
		name := fmt.Sprintf("%s %s %q %d %v", tt.set.ID, tt.code, tt.column, tt.year, tt.value.Kind)
		t.Run(strings.ReplaceAll(name, "/", "_"), func(t *testing.T) {
			st, gap, err := Judge(tt.set, tt.code, tt.column, tt.year, tt.value)
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprintf("%v %v", st, gap); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// TestParseValue checks that a case's value written as text reads as a
// cell of a wide table does, so that rule tests can be kept in a CSV.
func TestParseValue(t *testing.T) {
	set := criteria.QD1980()
	tests := []struct {
		code, text string
		want       string // fmt of the Value's kind and its fields, or the error
	}{
		{"4.2", "95", "number 95"},
		{"4.2", "94,99", "number 94.99"},
		{"4.2", " 96.5% ", "number 96.5"},
		{"5", "2/3 trường", "share 2/3 trường"},
		{"5", "7 / 10", "share 7/10 "},
		{"4.2", "189/200 hộ gia đình", "share 189/200 hộ gia đình"},
		{"9.1", "0", "number 0"},
		{"9.1", "không", "bool false"},
		{"4.1", "đạt", "bool true"},
		{"4.1", "Chưa đạt", "bool false"},
		{"7", "không áp dụng", "n/a"},
		{"7", "n/a", "n/a"},
		{"4.2", "", "missing"},
		{"4.2", "95 phần trăm", `evaluate: 1980/QĐ-TTg, indicator 4.2: value "95 phần trăm": write the percentage alone: 95 or 95%`},
		{"4.2", "9.65e1", `evaluate: 1980/QĐ-TTg, indicator 4.2: value "9.65e1": a number in exponent notation is not read: write it in full: 96.5`},
		{"4.2", "9,65E+1", `evaluate: 1980/QĐ-TTg, indicator 4.2: value "9,65E+1": a number in exponent notation is not read: write it in full: 96,5`},
		{"10", "-3.68E1", `evaluate: 1980/QĐ-TTg, indicator 10: value "-3.68E1": a number in exponent notation is not read: write it in full: -36.8`},
		{"4.2", "1e41", `evaluate: 1980/QĐ-TTg, indicator 4.2: value "1e41": a number in exponent notation is not read: write it in full`},
		{"4.2", "1e4x", `evaluate: 1980/QĐ-TTg, indicator 4.2: value "1e4x": write the percentage alone: 1 or 1%`},
		{"4.1", "1e2", `evaluate: 1980/QĐ-TTg, indicator 4.1: value "1e2": must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x) or empty`},
		{"4.1", "1", "number 1"}, // Judge says it does not fit
		{"4.1", "xong", `evaluate: 1980/QĐ-TTg, indicator 4.1: value "xong": must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x) or empty`},
		{"4.3", "95", `evaluate: set 1980/QĐ-TTg has no indicator "4.3"`},
	}
	for _, tt := range tests {
		t.Run(tt.code+" "+tt.text, func(t *testing.T) {
			v, err := ParseValue(set, tt.code, tt.text)
			var got string
			switch {
			case err != nil:
				got = err.Error()
			case v.Kind == ValueNumber:
				got = "number " + v.Number.String()
			case v.Kind == ValueShare:
				got = "share " + v.Numerator.String() + "/" + v.Denominator.String() + " " + v.Unit
			case v.Kind == ValueBool:
				got = fmt.Sprint("bool ", v.Bool)
			default:
				got = v.Kind.String()
			}
			if got != tt.want {
				t.Errorf("ParseValue(%q, %q):\n got %s\nwant %s", tt.code, tt.text, got, tt.want)
			}
		})
	}
	if _, err := ParseValue(nil, "4.2", "95"); err == nil {
		t.Error("ParseValue(nil, …) gave no error")
	}
}

// judgeCases returns values of every kind for indicator ind against its
// target t: at, just below and just above the threshold as numbers and as
// shares (with a counted unit, a measured unit and none), the bounds of a
// percentage and beyond them, counts of a none indicator, pass/fail
// values, n/a, missing and the kinds the indicator does not take.
func judgeCases(ind *criteria.Indicator, t criteria.Resolved) []Value {
	vs := []Value{Bool(true), Bool(false), NotApplicable(), Missing(), {}, MustNumber("0"), MustNumber("1"),
		MustNumber("-1"), MustNumber("100"), MustNumber("100.5"), MustNumber("2.5"), MustNumber("1e300"),
		Share(0, 1, ""), Share(1, 1, "hộ"), Share(3, 2, "trường"), Share(1, 0, ""), Share(-1, 2, "")}
	if ind.Kind != criteria.KindPercent && ind.Kind != criteria.KindAmount {
		return vs
	}
	hundredth := decimal.New(1, -2)
	for _, d := range []decimal.Decimal{t.Value.Sub(hundredth), t.Value, t.Value.Add(hundredth), t.Value.Sub(decimal.New(1, -9))} {
		vs = append(vs, Number(d))
	}
	if ind.Kind == criteria.KindPercent && t.Value.IsInteger() {
		n := t.Value.IntPart()
		for _, den := range []int64{100, 3, 7, 1000} {
			// The share at the target (n·den/100), one below and one above,
			// clipped to 0 … den.
			at := n * den / 100
			for _, num := range []int64{at - 1, at, at + 1} {
				if num < 0 || num > den {
					continue
				}
				for _, unit := range []string{"", "hộ", "km"} {
					vs = append(vs, Share(num, den, unit))
				}
			}
		}
	}
	return vs
}

// TestJudgeAgreesWithRunEverywhere judges every indicator of 1980/QĐ-TTg,
// for the common targets and every region, in years before, in and after
// the set's period, with values near its threshold and values of every
// kind, and runs an assessment holding that one value: Judge's verdict and
// gap must be Run's, and Judge must refuse exactly the values Run ignores
// (counts missing and warns of).
func TestJudgeAgreesWithRunEverywhere(t *testing.T) {
	set := criteria.QD1980()
	cols := append([]criteria.Region{0}, criteria.Regions()...)
	years := []int{2015, 2016, 2019, 2020, 2021}
	n := 0
	for _, ind := range set.Indicators() {
		for _, region := range cols {
			col := ""
			if region != 0 {
				col = region.String()
			}
			for _, year := range years {
				target, err := ind.Resolve(region, year)
				if err != nil {
					t.Fatal(err)
				}
				for _, v := range judgeCases(ind, target) {
					n++
					st, gap, jerr := Judge(set, ind.Code, col, year, v)
					a := &Assessment{Commune: Commune{Name: "Hòa Lạc"}, Region: region, Year: year}
					if err := a.Put(set, ind.Code, v); err != nil {
						t.Fatal(err)
					}
					r := Run(set, a)
					got, ok := r.Indicator(ind.Code)
					if !ok {
						t.Fatalf("the report has no indicator %s", ind.Code)
					}
					ignored := false
					for _, w := range r.Warnings() {
						ignored = ignored || w.Kind == WarnIgnoredValue && w.Indicator == ind.Code
					}
					want, _ := got.shortfallGap()
					name := fmt.Sprintf("%s %q %d %s", ind.Code, col, year, judgedValue(v))
					switch {
					case jerr != nil && !(ignored && got.Status == StatusMissing):
						t.Errorf("%s: Judge refuses it (%v), Run judges it %v %v", name, jerr, got.Status, want)
					case jerr == nil && ignored:
						t.Errorf("%s: Judge %v %v, Run ignores it (%v)", name, st, gap, got.Status)
					case jerr == nil && (st != got.Status || !gap.equal(want)):
						t.Errorf("%s: Judge %v %v, Run %v %v", name, st, gap, got.Status, want)
					}
				}
			}
		}
	}
	if n < 50*8*5*10 {
		t.Errorf("%d cases judged, want at least %d", n, 50*8*5*10)
	}
}

// TestParseValueReadsAShareAsTheTableReaderDoes: what follows a share's
// denominator is its unit only when it is a word; a second fraction bar
// ("2/3/4") is refused as the table reader refuses it, and a percent sign
// ("1/3%") is no unit, as the table reader reads it.
func TestParseValueReadsAShareAsTheTableReaderDoes(t *testing.T) {
	set := criteria.QD1980()
	v, err := ParseValue(set, "5", "2/3/4")
	var p *problem.Problem
	if err == nil || !errors.As(err, &p) || p.Input != "2/3/4" || p.Path != "5" {
		t.Errorf("ParseValue(\"2/3/4\") = %+v, %v; want the table reader's problem quoting it", v, err)
	}
	for _, text := range []string{"1/3%", "1/3 %"} {
		v, err = ParseValue(set, "5", text)
		if err != nil || v.Kind != ValueShare || v.Unit != "" || !v.Numerator.Equal(decimal.NewFromInt(1)) || !v.Denominator.Equal(decimal.NewFromInt(3)) {
			t.Errorf("ParseValue(%q) = %+v, %v; want the share 1/3 without a unit", text, v, err)
		}
	}
	if v, err = ParseValue(set, "5", "2/3 trường"); err != nil || v.Unit != "trường" {
		t.Errorf("ParseValue(\"2/3 trường\") = %+v, %v", v, err)
	}
}
