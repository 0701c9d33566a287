package evaluate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// hoaLac wraps indicator values of 1980/QĐ-TTg in an assessment of xã Hòa Lạc.
func inHoaLac(values string) string {
	return `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
		"sets": {"1980/QĐ-TTg": {` + values + `}}}`
}

// jsonBadCases are inputs with problems and the exact errors they give. They
// also seed FuzzDecodeJSON.
var jsonBadCases = []struct {
	name  string
	in    string
	valid int // assessments still returned
	want  []string
}{
	{"a name typed with the TCVN3 font encoding says so", strings.Replace(inHoaLac(`"1.1": true`), "Hòa Lạc", "H\xdfa L\xb9c", 1), 0,
		[]string{`evaluate: hoalac.json:1: column 24: Hßa L¹c: commune.name: not UTF-8 (byte 0xDF): looks typed with a font encoding before Unicode, TCVN3 (ABC: .VnTime, .VnArial), in which it reads "Hòa Lạc"; ` +
			`JSON is UTF-8 (RFC 8259): convert the text to Unicode with Unikey's "Chuyển mã" (source TCVN3 (ABC), destination Unicode) and save it as UTF-8 (got "Hßa L¹c")`}},
	{"a string for a pass/fail indicator is an error naming its values", inHoaLac(`"1.1": "80%"`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["1.1"]: pass/fail indicator: must be true or false (đạt / chưa đạt, without quotes) or null (got "80%")`}},
	{"a word for a pass/fail indicator is an error naming its values", inHoaLac(`"1.1": {"value": "đạt"}`), 0,
		[]string{`evaluate: hoalac.json:2: column 45: Hòa Lạc: sets["1980/QĐ-TTg"]["1.1"].value: pass/fail indicator: must be true or false (đạt / chưa đạt, without quotes) or null (got "đạt")`}},
	{"a numerator over its denominator is an error on the numerator", inHoaLac(`"5": {"numerator": 4, "denominator": 3}`), 0,
		[]string{`evaluate: hoalac.json:2: column 47: Hòa Lạc: sets["1980/QĐ-TTg"]["5"].numerator: must not exceed the denominator 3 (got "4")`}},
	{"a zero denominator is an error on the denominator", inHoaLac(`"5": {"numerator": 2, "denominator": 0}`), 0,
		[]string{`evaluate: hoalac.json:2: column 65: Hòa Lạc: sets["1980/QĐ-TTg"]["5"].denominator: must be > 0 (got "0")`}},
	{"a negative share reports both numerator and denominator", inHoaLac(`"5": {"numerator": -1, "denominator": -2}`), 0,
		[]string{`evaluate: hoalac.json:2: column 66: Hòa Lạc: sets["1980/QĐ-TTg"]["5"].denominator: must be > 0 (got "-2")`,
			`evaluate: hoalac.json:2: column 47: Hòa Lạc: sets["1980/QĐ-TTg"]["5"].numerator: must not be negative (got "-1")`}},
	{"a share without a denominator names the missing key", inHoaLac(`"5": {"numerator": 2}`), 0,
		[]string{`evaluate: hoalac.json:2: column 33: Hòa Lạc: sets["1980/QĐ-TTg"]["5"].denominator: required`}},
	{"a share without a numerator names the missing key", inHoaLac(`"5": {"denominator": 2}`), 0,
		[]string{`evaluate: hoalac.json:2: column 33: Hòa Lạc: sets["1980/QĐ-TTg"]["5"].numerator: required`}},
	{"an empty object is not a share", inHoaLac(`"5": {}`), 0,
		[]string{`evaluate: hoalac.json:2: column 33: Hòa Lạc: sets["1980/QĐ-TTg"]["5"]: a share needs "numerator" and "denominator" (got "{}")`}},
	{"an object without numerator or denominator is quoted", inHoaLac(`"5": {"unit": "trường"}`), 0,
		[]string{`evaluate: hoalac.json:2: column 33: Hòa Lạc: sets["1980/QĐ-TTg"]["5"]: a share needs "numerator" and "denominator" (got "{\"unit\": \"trường\"}")`}},
	{"a value and a share in one object is an error", inHoaLac(`"5": {"value": 70, "numerator": 2, "denominator": 3}`), 0,
		[]string{`evaluate: hoalac.json:2: column 33: Hòa Lạc: sets["1980/QĐ-TTg"]["5"]: give either "value" or "numerator" and "denominator" (with "unit"), not both`}},
	{"an object inside the value form is an error", inHoaLac(`"4.2": {"value": {"numerator": 1}}`), 0,
		[]string{`evaluate: hoalac.json:2: column 45: Hòa Lạc: sets["1980/QĐ-TTg"]["4.2"].value: must be true/false, a number or decimal string, "n/a" or null (got "{…}")`}},
	{"a null numerator is an error", inHoaLac(`"5": {"numerator": null, "denominator": 2}`), 0,
		[]string{`evaluate: hoalac.json:2: column 47: Hòa Lạc: sets["1980/QĐ-TTg"]["5"].numerator: must be a number or a decimal string (got "null")`}},
	{"a percentage over 100 is an error", inHoaLac(`"4.2": "100.5"`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["4.2"]: percentage must be between 0 and 100 (got "100.5")`}},
	{"a negative percentage is an error", inHoaLac(`"4.2": -1`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["4.2"]: percentage must be between 0 and 100 (got "-1")`}},
	{"a negative amount is an error", inHoaLac(`"10": -5`), 0,
		[]string{`evaluate: hoalac.json:2: column 34: Hòa Lạc: sets["1980/QĐ-TTg"]["10"]: amount must not be negative (got "-5")`}},
	{"a number for a pass/fail indicator is an error", inHoaLac(`"1.1": 1`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["1.1"]: pass/fail indicator: must be true or false (đạt / chưa đạt), not a number (got "1")`}},
	{"a share for a pass/fail indicator is an error", inHoaLac(`"1.1": {"numerator": 1, "denominator": 2}`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["1.1"]: pass/fail indicator: must be true or false (đạt / chưa đạt), not a share (got "{\"numerator\": 1, \"denominator\": 2}")`}},
	{"a share for a none indicator is an error", inHoaLac(`"9.1": {"numerator": "1", "denominator": 2, "unit": "nhà"}`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["9.1"]: must be a count of nhà (0 meets it) or false (none present), not a share (got "{\"numerator\": \"1\", \"denominator\": 2, \"unit\": \"nhà\"}")`}},
	{"a long share is quoted shortened", inHoaLac(`"1.1": {"numerator": 1, "denominator": 2, "source": "` + strings.Repeat("x", 300) + `"}`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["1.1"]: pass/fail indicator: must be true or false (đạt / chưa đạt), not a share (got "{\"numerator\": 1, \"denominator\": 2, \"source\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…", 348 bytes)`}},
	{"true/false for a percentage indicator is an error", inHoaLac(`"4.2": true`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["4.2"]: must be a percentage (0-100), not true/false (got "true")`}},
	{"true/false for an amount indicator is an error", inHoaLac(`"10": false`), 0,
		[]string{`evaluate: hoalac.json:2: column 34: Hòa Lạc: sets["1980/QĐ-TTg"]["10"]: must be an amount in triệu đồng/người/năm, not true/false (got "false")`}},
	{"a share for an amount indicator is an error", inHoaLac(`"10": {"numerator": 1, "denominator": 2}`), 0,
		[]string{`evaluate: hoalac.json:2: column 34: Hòa Lạc: sets["1980/QĐ-TTg"]["10"]: must be an amount in triệu đồng/người/năm, not a share (got "{\"numerator\": 1, \"denominator\": 2}")`}},
	{"a fractional count for a none indicator is an error", inHoaLac(`"9.1": 1.5`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["9.1"]: count must be a whole number (got "1.5")`}},
	{"a negative count for a none indicator is an error", inHoaLac(`"9.1": -1`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["9.1"]: count must not be negative (got "-1")`}},
	{"true for a none indicator is an error: give the count", inHoaLac(`"9.1": true`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["9.1"]: must be a count of nhà (0 meets it) or false (none present) (got "true")`}},
	{"n/a where the set does not allow it is an error", inHoaLac(`"4.2": "n/a"`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["4.2"]: "n/a" is not allowed for indicator 4.2 (got "n/a")`}},
	{"17.1 must be given as 17.1a or 17.1b", inHoaLac(`"17.1": "90"`), 0,
		[]string{`evaluate: hoalac.json:2: column 28: Hòa Lạc: sets["1980/QĐ-TTg"]["17.1"]: unknown indicator of 1980/QĐ-TTg: give 17.1a or 17.1b (got "17.1")`}},
	{"an unknown indicator code names the set and the code", inHoaLac(`"99.9": 1`), 0,
		[]string{`evaluate: hoalac.json:2: column 28: Hòa Lạc: sets["1980/QĐ-TTg"]["99.9"]: unknown indicator of 1980/QĐ-TTg (got "99.9")`}},
	{"a decimal comma is not JSON", inHoaLac(`"4.2": "36,8"`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["4.2"]: must be true/false, a number or decimal string, "n/a", {"numerator", "denominator"} or null (got "36,8")`}},
	{"a huge exponent is out of range", inHoaLac(`"4.2": 1e999`), 0,
		[]string{`evaluate: hoalac.json:2: column 35: Hòa Lạc: sets["1980/QĐ-TTg"]["4.2"]: number out of range (exponent beyond ±40) (got "1e999")`}},
	{"an array is not a value", inHoaLac(`"5": [1]`), 0,
		[]string{`evaluate: hoalac.json:2: column 33: Hòa Lạc: sets["1980/QĐ-TTg"]["5"]: must be true/false, a number or decimal string, "n/a", {"numerator", "denominator"} or null (got "[…]")`}},
	{"an unknown key in a share is an error", inHoaLac(`"5": {"numerator": 2, "denominator": 3, "units": "trường"}`), 0,
		[]string{`evaluate: hoalac.json:2: column 68: Hòa Lạc: sets["1980/QĐ-TTg"]["5"].units: unknown key (want numerator, denominator, unit, source, value) (got "units")`}},
	{"an indicator given twice is an error", inHoaLac(`"4.2": 90, "4.2": 91`), 0,
		[]string{`evaluate: hoalac.json:2: column 39: Hòa Lạc: sets["1980/QĐ-TTg"]["4.2"]: key given twice (got "4.2")`}},
	{"an indicator given twice in another case is an error", inHoaLac(`"17.1a": 90, "17.1A": 91`), 0,
		[]string{`evaluate: hoalac.json:2: column 41: Hòa Lạc: sets["1980/QĐ-TTg"]["17.1A"]: indicator 17.1a given twice (also as "17.1a") (got "17.1A")`}},
	{"an unknown set and a set given twice under an alias are errors",
		`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1999/QĐ-TTg": {}, "1980": {}, "QD1980": {}}}`, 0,
		[]string{`evaluate: hoalac.json:1: column 81: Hòa Lạc: sets["1999/QĐ-TTg"]: unknown set (known: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (got "1999/QĐ-TTg")`,
			`evaluate: hoalac.json:1: column 112: Hòa Lạc: sets["QD1980"]: set 1980/QĐ-TTg given twice (also as "1980") (got "QD1980")`}},
	{"unknown keys at the top and in the commune are errors, and every problem is reported",
		`{"commune": {"name": "Hòa Lạc", "provinse": "Lạng Sơn"}, "yeer": 2020, "sets": {}}`, 0,
		[]string{`evaluate: hoalac.json:1: column 33: Hòa Lạc: commune.provinse: unknown key (want name, district, province, code) (got "provinse")`,
			`evaluate: hoalac.json:1: column 1: Hòa Lạc: region: required when the province is not given`,
			`evaluate: hoalac.json:1: column 1: Hòa Lạc: year: required`,
			`evaluate: hoalac.json:1: column 58: Hòa Lạc: yeer: unknown key (want commune, region, group, year, sets, recognitions) (got "yeer")`}},
	{"a region that disagrees with the province is an error",
		`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "region": "DBSH", "year": 2020, "sets": {}}`, 0,
		[]string{`evaluate: hoalac.json:1: column 68: Hòa Lạc: region: disagrees with province Lạng Sơn, which is in TDMNPB (got "DBSH")`}},
	{"an unknown province without a region is an error",
		`{"commune": {"name": "Hòa Lạc", "province": "Xứ Lạng"}, "year": 2020, "sets": {}}`, 0,
		[]string{`evaluate: hoalac.json:1: column 45: Hòa Lạc: commune.province: unknown province: give the region (got "Xứ Lạng")`}},
	{"neither province nor region is an error",
		`{"commune": {"name": "Hòa Lạc"}, "year": 2020, "sets": {}}`, 0,
		[]string{`evaluate: hoalac.json:1: column 1: Hòa Lạc: region: required when the province is not given`}},
	{"an unknown region is an error",
		`{"commune": {"name": "Hòa Lạc"}, "region": "Bắc Bộ", "year": 2020, "sets": {}}`, 0,
		[]string{`evaluate: hoalac.json:1: column 44: Hòa Lạc: region: unknown region (want TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL or a region name) (got "Bắc Bộ")`}},
	{"an empty commune name and a year out of range are errors",
		`{"commune": {"name": "", "province": "Lạng Sơn"}, "year": 1800, "sets": {}}`, 0,
		[]string{`evaluate: hoalac.json:1: column 1: commune.name: must not be empty`,
			`evaluate: hoalac.json:1: column 59: year: must be a year from 1990 to 2100 (got "1800")`}},
	{"a fractional year and missing sets are errors",
		`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020.5}`, 0,
		[]string{`evaluate: hoalac.json:1: column 1: Hòa Lạc: sets: required`,
			`evaluate: hoalac.json:1: column 66: Hòa Lạc: year: must be a whole number (got "2020.5")`}},
	{"a year as a string and sets as an array are errors",
		`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": "2020", "sets": []}`, 0,
		[]string{`evaluate: hoalac.json:1: column 82: Hòa Lạc: sets: must be an object mapping set IDs to values (got "[…]")`,
			`evaluate: hoalac.json:1: column 66: Hòa Lạc: year: must be a number (got "2020")`}},
	{"a missing commune is an error", `{"year": 2020, "sets": {}}`, 0,
		[]string{`evaluate: hoalac.json:1: column 1: commune: required`}},
	{"a commune that is not an object is an error", `{"commune": 5, "year": 2020, "sets": {}}`, 0,
		[]string{`evaluate: hoalac.json:1: column 13: commune: must be an object {name, district, province} (got "5")`}},
	{"bad recognitions are reported with their index",
		`{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {},
		  "recognitions": [{"set": "1999", "year": 3000}, 5, {"set": "1980", "year": 2018, "decision": 2165, "by": "x"}, {"decision": "2165/QĐ-UBND"}]}`, 0,
		[]string{`evaluate: hoalac.json:2: column 30: Hòa Lạc: recognitions[0].set: unknown set (known: 1980/QĐ-TTg, 933/QĐ-UBND, 318/QĐ-TTg/I, 318/QĐ-TTg/II, 319/QĐ-TTg, 51/2025/QĐ-TTg) (got "1999")`,
			`evaluate: hoalac.json:2: column 46: Hòa Lạc: recognitions[0].year: must be a year from 1990 to 2100 (got "3000")`,
			`evaluate: hoalac.json:2: column 53: Hòa Lạc: recognitions[1]: must be an object {set, year, decision} (got "5")`,
			`evaluate: hoalac.json:2: column 104: Hòa Lạc: recognitions[2].by: unknown key (want set, year, decision) (got "by")`,
			`evaluate: hoalac.json:2: column 98: Hòa Lạc: recognitions[2].decision: must be a string (got "2165")`,
			`evaluate: hoalac.json:2: column 116: Hòa Lạc: recognitions[3].set: required`,
			`evaluate: hoalac.json:2: column 116: Hòa Lạc: recognitions[3].year: required`}},
	{"a bad commune in an array does not stop the valid ones",
		`[{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020, "sets": {}}, 7,
		  {"commune": {"name": "Nhật Tiến", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": 101}}},
		  {"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"4.2": 100}}}]`, 2,
		[]string{`evaluate: hoalac.json: [1]: must be an assessment object (got "7")`,
			`evaluate: hoalac.json:2: column 103: [2] Nhật Tiến: sets["1980"]["4.2"]: percentage must be between 0 and 100 (got "101")`}},
	{"errors of an array are sorted by index numerically",
		"[" + strings.Repeat(`{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2020, "sets": {}},`, 2) +
			`{"commune": {"name": "B", "province": "Lạng Sơn"}, "year": 1, "sets": {}},` +
			strings.Repeat(`{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2020, "sets": {}},`, 7) +
			`{"commune": {"name": "C", "province": "Lạng Sơn"}, "year": 2, "sets": {}}]`, 9,
		[]string{`evaluate: hoalac.json:1: column 215: [2] B: year: must be a year from 1990 to 2100 (got "1")`,
			`evaluate: hoalac.json:1: column 828: [10] C: year: must be a year from 1990 to 2100 (got "2")`}},
	{"a syntax error names its line and keeps the assessments before it",
		"[\n{\"commune\": {\"name\": \"A\", \"province\": \"Lạng Sơn\"}, \"year\": 2020, \"sets\": {}},\n{\"commune\": {\"name\": \"B\",, }}]", 1,
		[]string{`evaluate: hoalac.json:3: column 26: invalid JSON: invalid character ',' looking for beginning of object key string`}},
	{"a syntax error names its line and its column in characters, not bytes",
		"[\n{\"commune\": {\"name\": \"Hòa Lạc\", \"province\": \"Lạng Sơn\"}, \"year\" 2020}]", 0,
		[]string{`evaluate: hoalac.json:2: column 65: invalid JSON: invalid character '2' after object key`}},
	{"data after the top-level value is an error",
		`{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 2020, "sets": {}} {}`, 1,
		[]string{`evaluate: hoalac.json:1: column 78: invalid JSON: unexpected data after the top-level value`}},
	{"empty input is an error", "  \n", 0,
		[]string{`evaluate: hoalac.json: empty input: want an assessment object or an array of them`}},
	{"a truncated array is an error", `[`, 0,
		[]string{`evaluate: hoalac.json:1: column 2: invalid JSON: unexpected end of input`}},
	{"a string is not an assessment", `"hello"`, 0,
		[]string{`evaluate: hoalac.json: must be an assessment object or an array of them (got "hello")`}},
}

func TestDecodeJSONReportsEveryBadInput(t *testing.T) {
	for _, tc := range jsonBadCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeJSON(strings.NewReader(tc.in), "hoalac.json", nil)
			if diff := cmp.Diff(tc.want, inErrLines(err)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
			if len(got) != tc.valid {
				t.Errorf("got %d valid assessments, want %d", len(got), tc.valid)
			}
			ies := InputErrors(err)
			if len(ies) != len(tc.want) {
				t.Errorf("InputErrors gave %d errors, want %d", len(ies), len(tc.want))
			}
			for _, ie := range ies {
				if ie.File != "hoalac.json" || ie.Err == nil {
					t.Errorf("InputError %+v: want File hoalac.json and a cause", ie)
				}
			}
		})
	}
}

func TestDecodeJSONCapsTheErrorsOfOneInput(t *testing.T) {
	var b strings.Builder
	b.WriteString("[")
	for i := range 150 {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"commune": {"name": "A", "province": "Lạng Sơn"}, "year": 1, "sets": {}}`)
	}
	b.WriteString("]")
	_, err := DecodeJSON(strings.NewReader(b.String()), "many.json", nil)
	lines := inErrLines(err)
	if len(lines) != maxInputErrors+1 {
		t.Fatalf("got %d lines, want %d", len(lines), maxInputErrors+1)
	}
	if want := "evaluate: … and 50 more problems"; lines[maxInputErrors] != want {
		t.Errorf("last line = %q, want %q", lines[maxInputErrors], want)
	}
	if want := `evaluate: many.json:1: column 7387: [99] A: year: must be a year from 1990 to 2100 (got "1")`; lines[99] != want {
		t.Errorf("line 100 = %q, want %q", lines[99], want)
	}
}

// The spec shows a recognition's decision but never requires it: without
// one (absent, null or "") the recognition still satisfies a prerequisite
// and the reports print it without a decision number.
func TestRecognitionWithoutDecision(t *testing.T) {
	for _, rec := range []string{`{"set": "1980", "year": 2018}`, `{"set": "1980", "year": 2018, "decision": null}`,
		`{"set": "1980", "year": 2018, "decision": ""}`} {
		t.Run(rec, func(t *testing.T) {
			in := `{"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
			  "sets": {"933": {"1": true}}, "recognitions": [` + rec + `]}`
			as, err := DecodeJSON(strings.NewReader(in), "hoalac.json", nil)
			if err != nil || len(as) != 1 {
				t.Fatalf("%d assessments, err %v; want 1 and none", len(as), err)
			}
			want := Recognition{Set: "1980/QĐ-TTg", Year: 2018}
			if len(as[0].Recognitions) != 1 || as[0].Recognitions[0] != want {
				t.Fatalf("recognitions %+v, want [%+v]", as[0].Recognitions, want)
			}
			reports, err := RunAll(nil, &as[0])
			if err != nil || len(reports) != 1 {
				t.Fatalf("%d reports, err %v", len(reports), err)
			}
			p := reports[0].Prerequisite
			if p == nil || p.Status != StatusMet || p.Basis != BasisRecognition || p.Decision != "" || p.Year != 2018 {
				t.Fatalf("prerequisite %+v, want met by the 2018 recognition", p)
			}
			for _, tc := range []struct{ lang, want string }{
				{"vi", "1980/QĐ-TTg — Đạt (theo quyết định công nhận năm 2018)"},
				{"en", "1980/QĐ-TTg — Met (by recognition of 2018)"},
			} {
				var b strings.Builder
				if err := WriteText(&b, reports, RenderOptions{Lang: tc.lang}); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(b.String(), tc.want) {
					t.Errorf("the %s text report lacks %q:\n%s", tc.lang, tc.want, b.String())
				}
			}
			var b strings.Builder
			if err := WriteJSON(&b, reports, RenderOptions{}); err != nil {
				t.Fatal(err)
			}
			if want := `"prerequisite": {"set": "1980/QĐ-TTg", "status": "met", "basis": "recognition", "decision": "", "year": 2018}`; !strings.Contains(b.String(), want) {
				t.Errorf("the JSON report lacks %s", want)
			}
		})
	}
}
