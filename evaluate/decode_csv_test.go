package evaluate

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"golang.org/x/text/unicode/norm"
)

const inCSVHeader = "province,district,commune,region,year,set,indicator,value,numerator,denominator,unit,source\n"

// inHoaLacRow is a CSV input with one row of xã Hòa Lạc in 2020; rest holds
// set,indicator,value,numerator,denominator,unit,source.
func inHoaLacRow(rest string) string {
	return inCSVHeader + "Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020," + rest + "\n"
}

// csvBadCases are inputs with problems and the exact errors they give. They
// also seed FuzzDecodeCSV.
var csvBadCases = []struct {
	name  string
	in    string
	valid int
	want  []string
}{
	{"a numerator over its denominator is an error in the numerator column", inHoaLacRow("1980/QĐ-TTg,5,,4,3,,"), 0,
		[]string{`evaluate: communes.csv:2: column numerator: Hòa Lạc: 1980/QĐ-TTg 5: must not exceed the denominator 3 (got "4")`}},
	{"a zero denominator is an error in the denominator column", inHoaLacRow("1980/QĐ-TTg,5,,2,0,,"), 0,
		[]string{`evaluate: communes.csv:2: column denominator: Hòa Lạc: 1980/QĐ-TTg 5: must be > 0 (got "0")`}},
	{"a negative share reports both columns", inHoaLacRow("1980,5,,-1,-2,,"), 0,
		[]string{`evaluate: communes.csv:2: column denominator: Hòa Lạc: 1980/QĐ-TTg 5: must be > 0 (got "-2")`,
			`evaluate: communes.csv:2: column numerator: Hòa Lạc: 1980/QĐ-TTg 5: must not be negative (got "-1")`}},
	{"a numerator without a denominator is an error", inHoaLacRow("1980,5,,2,,,"), 0,
		[]string{`evaluate: communes.csv:2: column denominator: Hòa Lạc: 1980/QĐ-TTg 5: required with numerator`}},
	{"a denominator without a numerator is an error", inHoaLacRow("1980,5,,,3,,"), 0,
		[]string{`evaluate: communes.csv:2: column numerator: Hòa Lạc: 1980/QĐ-TTg 5: required with denominator`}},
	{"a value and a share on one row is an error", inHoaLacRow("1980,5,70,2,3,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 5: give either value or numerator and denominator, not both (got "70")`}},
	{"a percentage over 100 with a decimal comma is an error", inHoaLacRow(`1980,4.2,"100,5",,,,`), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 4.2: percentage must be between 0 and 100 (got "100,5")`}},
	{"a negative amount is an error", inHoaLacRow("1980,10,-5,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 10: amount must not be negative (got "-5")`}},
	{"a number for a pass/fail indicator is an error", inHoaLacRow("1980,1.1,1,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 1.1: pass/fail indicator: must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x) or empty, not a number (got "1")`}},
	{"a share for a pass/fail indicator is an error", inHoaLacRow("1980,1.1,,1,2,,"), 0,
		[]string{`evaluate: communes.csv:2: column numerator: Hòa Lạc: 1980/QĐ-TTg 1.1: pass/fail indicator: must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x) or empty, not a share (got "1/2")`}},
	{"a percentage for a pass/fail indicator is an error naming the words it takes", inHoaLacRow("1980,1.1,80%,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 1.1: pass/fail indicator: must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x) or empty, not a percentage (got "80%")`}},
	{"a pass/fail word for a percentage indicator is an error", inHoaLacRow("1980,4.2,đạt,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 4.2: must be a percentage (0-100), not true/false (got "đạt")`}},
	{"n/a where the set does not allow it is an error", inHoaLacRow("1980,4.2,n/a,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 4.2: "n/a" is not allowed for indicator 4.2 (got "n/a")`}},
	{"an unknown set is an error in the set column", inHoaLacRow("1999,4.2,1,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column set: Hòa Lạc: unknown set (known: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (got "1999")`}},
	{"17.1 must be given as 17.1a or 17.1b", inHoaLacRow("1980,17.1,90,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column indicator: Hòa Lạc: 1980/QĐ-TTg 17.1: unknown indicator of 1980/QĐ-TTg: give 17.1a or 17.1b (got "17.1")`}},
	{"a fractional count for a none indicator is an error", inHoaLacRow("1980,9.1,1.5,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 9.1: count must be a whole number (got "1.5")`}},
	{"có for a none indicator is an error: give the count", inHoaLacRow("1980,9.1,có,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 9.1: must be a count of nhà (0 meets it) or không (none): đạt and chưa đạt do not say how many there are (got "có")`}},
	// In a table, the words of the message are those a table takes:
	// không, not JSON's false.
	{"đạt for a none indicator is an error: give the count", inHoaLacRow("1980,9.1,Đạt,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 9.1: must be a count of nhà (0 meets it) or không (none): đạt and chưa đạt do not say how many there are (got "Đạt")`}},
	// chưa đạt says 9.1 (no temporary houses) is not met: read as false
	// ("none present") it was judged met.
	{"chưa đạt for a none indicator is an error, never none present", inHoaLacRow("1980,9.1,chưa đạt,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 9.1: must be a count of nhà (0 meets it) or không (none): đạt and chưa đạt do not say how many there are (got "chưa đạt")`}},
	{"không đạt for a none indicator is an error, never none present", inHoaLacRow("1980,9.1,Không đạt,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 9.1: must be a count of nhà (0 meets it) or không (none): đạt and chưa đạt do not say how many there are (got "Không đạt")`}},
	{"a thousands separator with a decimal comma is an error", inHoaLacRow(`1980,4.2,"1.000,5",,,,`), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 4.2: both '.' and ',' in a number: write one decimal separator and no thousands separators (got "1.000,5")`}},
	{"more than one separator is an error", inHoaLacRow("1980,4.2,1.000.000,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 4.2: more than one decimal separator: write no thousands separators (got "1.000.000")`}},
	{"a separator without digits after it is an error saying what to write", inHoaLacRow("1980,4.2,36.,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 4.2: a decimal separator needs digits after it: write 36 without it, or the digits that follow it (got "36.")`}},
	{"a word that is not a pass/fail word is an error", inHoaLacRow("1980,4.2,maybe,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 4.2: must be a percentage (96,5 or 96,5%) or empty (got "maybe")`}},
	{"a word in a pass/fail cell says which words are read, without n/a where the indicator allows none", inHoaLacRow("1980,1.1,tốt,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 1.1: must be a pass/fail word (đạt, chưa đạt, có, không, true, false, x) or empty (got "tốt")`}},
	{"an amount followed by words is told to stand alone, in the indicator's unit", inHoaLacRow("1980,10,36.8 triệu,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 10: write the amount alone, in triệu đồng/người/năm: 36.8 (got "36.8 triệu")`}},
	{"a percentage followed by words is told to stand alone", inHoaLacRow("1980,4.2,96 phần trăm,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 4.2: write the percentage alone: 96 or 96% (got "96 phần trăm")`}},
	{"a share typed for an indicator that is no percentage is told that the indicator takes an amount, as in the numerator and denominator columns", inHoaLacRow("1980,10,36/2,,,,"), 0,
		[]string{`evaluate: communes.csv:2: column value: Hòa Lạc: 1980/QĐ-TTg 10: must be an amount in triệu đồng/người/năm, not a share (got "36/2")`}},
	{"a value's unit other than the indicator's is an error naming the unit", inHoaLacRow("1980,4.2,96,,,km,"), 0,
		[]string{`evaluate: communes.csv:2: column unit: Hòa Lạc: 1980/QĐ-TTg 4.2: the indicator's unit is "%": a value is in that unit, another unit goes with numerator and denominator (got "km")`}},
	{"an amount's unit other than the indicator's is an error naming the unit", inHoaLacRow("1980,10,36.8,,,đồng/người/năm,"), 0,
		[]string{`evaluate: communes.csv:2: column unit: Hòa Lạc: 1980/QĐ-TTg 10: the indicator's unit is "triệu đồng/người/năm": a value is in that unit, another unit goes with numerator and denominator (got "đồng/người/năm")`}},
	{"a unit with a pass/fail value is an error", inHoaLacRow("1980,1.1,đạt,,,%,"), 0,
		[]string{`evaluate: communes.csv:2: column unit: Hòa Lạc: 1980/QĐ-TTg 1.1: the indicator has no unit: a unit goes with numerator and denominator (got "%")`}},
	{"a duplicate row is an error naming the first line",
		inHoaLacRow("1980,4.2,,,,,") + "Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980/QD-TTg,4.2,96,,,,\n", 0,
		[]string{`evaluate: communes.csv:3: column indicator: Hòa Lạc: 1980/QĐ-TTg 4.2: duplicate row: 1980/QĐ-TTg 4.2 already given on line 2 (got "4.2")`}},
	{"a later row whose region disagrees is an error",
		inHoaLacRow("1980,4.2,96,,,,") + "Lạng Sơn,Hữu Lũng,Hòa Lạc,DBSCL,2020,1980,4.1,đạt,,,,\n", 0,
		[]string{`evaluate: communes.csv:3: column region: Hòa Lạc: disagrees with the commune's region TDMNPB (line 2) (got "DBSCL")`}},
	{"a region that disagrees with the province is an error",
		inCSVHeader + "Lạng Sơn,Hữu Lũng,Hòa Lạc,DBSH,2020,1980,4.2,96,,,,\n", 0,
		[]string{`evaluate: communes.csv:2: column region: Hòa Lạc: disagrees with province Lạng Sơn, which is in TDMNPB (got "DBSH")`}},
	{"an unknown province without a region is an error",
		inCSVHeader + "Xứ Lạng,Hữu Lũng,Hòa Lạc,,2020,1980,4.2,96,,,,\n", 0,
		[]string{`evaluate: communes.csv:2: column province: Hòa Lạc: unknown province: give the region (got "Xứ Lạng")`}},
	{"an empty commune, no province or region and a bad year are all reported",
		inCSVHeader + ",Hữu Lũng,,,20x0,1980,4.2,96,,,,\n", 0,
		[]string{`evaluate: communes.csv:2: column commune: must not be empty`,
			`evaluate: communes.csv:2: column region: required when the province is not given`,
			`evaluate: communes.csv:2: column year: must be a whole number (got "20x0")`}},
	{"a year out of range is an error", inCSVHeader + "Lạng Sơn,Hữu Lũng,Hòa Lạc,,2200,1980,4.2,96,,,,\n", 0,
		[]string{`evaluate: communes.csv:2: column year: Hòa Lạc: must be a year from 1990 to 2100 (got "2200")`}},
	{"a row with too few fields is an error", inCSVHeader + "Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980,4.2,96\n", 0,
		[]string{`evaluate: communes.csv:2: Hòa Lạc: row has 8 fields, the header 12`}},
	{"empty set and indicator cells are errors",
		inCSVHeader + "Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,,4.2,96,,,,\nLạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980,,96,,,,\n", 0,
		[]string{`evaluate: communes.csv:2: column set: Hòa Lạc: must not be empty`,
			`evaluate: communes.csv:3: column indicator: Hòa Lạc: 1980/QĐ-TTg: must not be empty`}},
	{"a byte that is not UTF-8 is one problem naming the encoding and the fix, and the file is not read further",
		inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,,\nLạng Sơn,Hữu Lũng,Hòa\xff,,2020,1980,4.2,96,,,,\nLạng Sơn,Hữu Lũng,C,,2020,1980,4.2,96,,,,\n", 1,
		[]string{`evaluate: communes.csv:3: line 3 is not UTF-8 (byte 0xFF at byte 29 of the line): the file is in another encoding; ` +
			`save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8) or read it with --encoding windows-1258 (or utf-16); lines 3-4 not read`}},
	{"an unknown column in the header is an error", "province,district,commune,year,set,indicator,value,remarks\n", 0,
		[]string{`evaluate: communes.csv:1: unknown column (want ` + knownColumns + `) (got "remarks")`}},
	{"a missing and a repeated column in the header are errors", "province,district,commune,year,set,value,value\n", 0,
		[]string{`evaluate: communes.csv:1: column indicator: required column missing from the header (or, in the wide layout, indicator-code columns such as 1.1, 2.2, 17.1a)`,
			`evaluate: communes.csv:1: column value: column given twice`}},
	{"empty input is an error", "", 0,
		[]string{`evaluate: communes.csv: empty input: want a header row`}},
	{"a bad commune does not stop the valid ones, and blank rows are skipped",
		inCSVHeader + ",,,,,,,,,,,\nLạng Sơn,Hữu Lũng,A,,2020,1980,4.2,96,,,,\nLạng Sơn,Hữu Lũng,B,,2020,1980,4.2,101,,,,\n" +
			"Lạng Sơn,Hữu Lũng,C,,2020,1980,4.2,95,,,,\n", 2,
		[]string{`evaluate: communes.csv:4: column value: B: 1980/QĐ-TTg 4.2: percentage must be between 0 and 100 (got "101")`}},
	{"every problem of a file is reported, sorted by line",
		inCSVHeader + "Lạng Sơn,Hữu Lũng,A,,2020,1980,4.2,101,,,,\nLạng Sơn,Hữu Lũng,A,,2020,1980,17.1,90,,,,\n" +
			"Lạng Sơn,Hữu Lũng,A,,2020,1980,5,,4,3,,\n", 0,
		[]string{`evaluate: communes.csv:2: column value: A: 1980/QĐ-TTg 4.2: percentage must be between 0 and 100 (got "101")`,
			`evaluate: communes.csv:3: column indicator: A: 1980/QĐ-TTg 17.1: unknown indicator of 1980/QĐ-TTg: give 17.1a or 17.1b (got "17.1")`,
			`evaluate: communes.csv:4: column numerator: A: 1980/QĐ-TTg 5: must not exceed the denominator 3 (got "4")`}},
}

func TestDecodeCSVReportsEveryBadInput(t *testing.T) {
	for _, tc := range csvBadCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeCSV(strings.NewReader(tc.in), "communes.csv", nil)
			if diff := cmp.Diff(tc.want, inErrLines(err)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if len(got) != tc.valid {
				t.Errorf("got %d valid assessments, want %d", len(got), tc.valid)
			}
		})
	}
}

func TestDecodeCSVReadsPassFailWords(t *testing.T) {
	for _, tc := range []struct {
		word string
		met  bool
	}{
		{"đạt", true}, {"Đạt", true}, {"ĐẠT", true}, {norm.NFD.String("đạt"), true}, {"dat", true}, {"DAT", true},
		{"true", true}, {"TRUE", true}, {"x", true}, {"X", true}, {"có", true}, {"Có", true}, {"co", true},
		{"chưa đạt", false}, {"Chưa Đạt", false}, {norm.NFD.String("chưa đạt"), false}, {"chua dat", false},
		{"không đạt", false}, {"khong dat", false}, {"false", false}, {"False", false}, {"không", false},
		{"KHÔNG", false}, {"khong", false}, {" chưa  đạt ", false},
	} {
		name := "the word " + tc.word + " is not met"
		if tc.met {
			name = "the word " + tc.word + " is met"
		}
		t.Run(name, func(t *testing.T) {
			got, err := DecodeCSV(strings.NewReader(inHoaLacRow("1980,1.1,"+tc.word+",,,,")), "w.csv", nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(Bool(tc.met), got[0].SetValues(criteria.IDQD1980)["1.1"], inDecimalEqual); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecodeCSVReadsValues(t *testing.T) {
	for _, tc := range []struct {
		name, code, cells string
		want              Value
	}{
		{"a decimal point is read", "4.2", "96.5,,,,", MustNumber("96.5")},
		{"a Vietnamese decimal comma is read", "4.2", `"96,5",,,,`, MustNumber("96.5")},
		{"an empty value is missing", "4.2", ",,,,", Missing()},
		{"an empty value keeps its source", "4.2", ",,,,chưa có báo cáo", inWithSource(Missing(), "chưa có báo cáo")},
		{"n/a where allowed is not applicable", "17.7", "n/a,,,,", NotApplicable()},
		{"a share with a unit and a source", "5", ",2,3,trường,Báo cáo UBND xã", inWithSource(Share(2, 3, "trường"), "Báo cáo UBND xã")},
		{"a share with decimal commas", "3.1", `,"412,5","500,0",ha,`,
			Value{Kind: ValueShare, Numerator: inDec("412.5"), Denominator: inDec("500"), Unit: "ha"}},
		{"a count of 0 for a none indicator", "9.1", "0,,,,", MustNumber("0")},
		{"không for a none indicator is none present", "9.1", "không,,,,", Bool(false)},
		{"a number keeps its source", "10", "36.8,,,,Cục Thống kê", inWithSource(MustNumber("36.8"), "Cục Thống kê")},
		{"a percentage with the unit %", "4.2", "96,,,%,", MustNumber("96")},
		{"a percentage with its sign and the unit %", "4.2", `"96,5%",,, % ,`, MustNumber("96.5")},
		{"an amount with the indicator's unit", "10", "36.8,,,triệu đồng/người/năm,", MustNumber("36.8")},
		{"an amount with the indicator's unit in another case, spacing and normalisation form", "10",
			"36.8,,," + norm.NFD.String("Triệu Đồng / người / năm") + ",", MustNumber("36.8")},
		{"a count with the indicator's unit", "9.1", "0,,,nhà,", MustNumber("0")},
		{"an empty value with the indicator's unit is missing", "4.2", ",,,%,", Missing()},
		{"n/a with the indicator's unit", "17.7", "n/a,,,%,", NotApplicable()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeCSV(strings.NewReader(inHoaLacRow("1980,"+tc.code+","+tc.cells)), "v.csv", nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got[0].SetValues(criteria.IDQD1980)[tc.code], inDecimalEqual); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecodeCSVTakesColumnsInAnyOrderAndWithoutOptionalOnes(t *testing.T) {
	in := "Value,Indicator,Set,Year,Commune,District,Province\n" +
		"96,4.2,1980,2020,Hòa Lạc,Hữu Lũng,Lạng Sơn\n" +
		"đạt,1.1,1980,2020,hòa lạc,hữu lũng,lạng sơn\n" +
		"đạt,1.1,1980,2019,Hòa Lạc,Hữu Lũng,Lạng Sơn\n"
	got, err := DecodeCSV(strings.NewReader(in), "order.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	c := Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}
	want := []Assessment{
		{Commune: c, Region: criteria.TDMNPB, Year: 2020, Origin: "order.csv:2",
			Values: map[string]map[string]Value{criteria.IDQD1980: {"4.2": MustNumber("96"), "1.1": Bool(true)}}},
		{Commune: c, Region: criteria.TDMNPB, Year: 2019, Origin: "order.csv:4",
			Values: map[string]map[string]Value{criteria.IDQD1980: {"1.1": Bool(true)}}},
	}
	if diff := cmp.Diff(want, asMaps(got), inDecimalEqual); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// "Đạt chuẩn" and "chưa đạt chuẩn", as officials write a verdict, are
// pass/fail words like "đạt" and "chưa đạt".
func TestDecodeCSVReadsDatChuanAsPassFail(t *testing.T) {
	in := inCSVHeader + "Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980,1.1,Đạt chuẩn,,,,\n" +
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980,2.2,chưa đạt chuẩn,,,,\n" +
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980,9.1,Không,,,,\n"
	as, err := DecodeCSV(strings.NewReader(in), "communes.csv", nil)
	if err != nil || len(as) != 1 {
		t.Fatalf("DecodeCSV: %d assessments, %v", len(as), err)
	}
	vals := as[0].SetValues(criteria.IDQD1980)
	for code, want := range map[string]Value{"1.1": Bool(true), "2.2": Bool(false), "9.1": Bool(false)} {
		if got := vals[code]; got.Kind != want.Kind || got.Bool != want.Bool {
			t.Errorf("%s = %+v, want %+v", code, got, want)
		}
	}
}

func TestDecodeCSVGroupsRowsOfOneCommuneWrittenDifferently(t *testing.T) {
	in := "province,district,commune,year,set,indicator,value\n" +
		"Lạng Sơn,Hữu Lũng,Hòa Lạc,2020,1980,4.2,96\n" +
		"Lạng Sơn,Hữu Lũng,Hoà Lạc,2020,1980,1.1,đạt\n" + // the old tone placement
		"tỉnh Lạng Sơn,huyện Hữu Lũng,Xã Hòa Lạc,2020,1980,2.2,đạt\n" + // the prefixes
		"Lạng Sơn,Hữu Lũng,Thị trấn Hòa Lạc,2020,1980,1.1,đạt\n" + // another kind: another commune
		"Lạng Sơn,Hữu Lũng,Hoa Lac,2020,1980,1.1,đạt\n" // without diacritics: another name
	got, err := DecodeCSV(strings.NewReader(in), "spellings.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	at := func(name string, line int, vals map[string]Value) Assessment {
		return Assessment{Commune: Commune{Name: name, District: "Hữu Lũng", Province: "Lạng Sơn"}, Region: criteria.TDMNPB,
			Year: 2020, Origin: "spellings.csv:" + strconv.Itoa(line), Values: map[string]map[string]Value{criteria.IDQD1980: vals}}
	}
	want := []Assessment{
		at("Hòa Lạc", 2, map[string]Value{"4.2": MustNumber("96"), "1.1": Bool(true), "2.2": Bool(true)}),
		at("Thị trấn Hòa Lạc", 5, map[string]Value{"1.1": Bool(true)}),
		at("Hoa Lac", 6, map[string]Value{"1.1": Bool(true)}),
	}
	if diff := cmp.Diff(want, asMaps(got), inDecimalEqual); diff != "" {
		t.Errorf("rows of Hòa Lạc, Hoà Lạc and Xã Hòa Lạc make one commune named as first written (-want +got):\n%s", diff)
	}
}
