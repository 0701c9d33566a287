package evaluate

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
	"golang.org/x/text/unicode/norm"
)

// inDecimalEqual compares decimals by value (2.5 equals 2.50).
var inDecimalEqual = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

// inErrLines splits a joined error into its messages.
func inErrLines(err error) []string {
	if err == nil {
		return nil
	}
	return strings.Split(err.Error(), "\n")
}

func inDec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func inWithSource(v Value, src string) Value { v.Source = src; return v }

// inWantCommunes are the assessments of testdata/input/communes.{json,csv}.
func inWantCommunes() []Assessment {
	lang := func(name string) Commune {
		return Commune{Name: name, District: "Hữu Lũng", Province: "Lạng Sơn"}
	}
	share := Value{Kind: ValueShare, Numerator: inDec("412.5"), Denominator: inDec("500"), Unit: "ha"}
	return []Assessment{
		{Commune: lang("Hòa Lạc"), Region: criteria.TDMNPB, Year: 2020,
			Values: map[string]map[string]Value{criteria.IDQD1980: {
				"1.1":   Bool(true),
				"2.2":   Bool(false),
				"4.2":   MustNumber("96.5"),
				"5":     inWithSource(Share(2, 3, "trường"), "Báo cáo UBND xã 03/2020 (số liệu minh họa)"),
				"7":     inWithSource(NotApplicable(), "Không có chợ trong quy hoạch (số liệu minh họa)"),
				"9.1":   MustNumber("0"),
				"10":    MustNumber("36.8"),
				"11":    MustNumber("4.25"),
				"17.1a": MustNumber("59.9999999999999999"),
				"17.2":  NotApplicable(),
				"17.6":  Missing(),
			}}},
		{Commune: lang("Nhật Tiến"), Region: criteria.TDMNPB, Year: 2020,
			Values: map[string]map[string]Value{criteria.IDQD1980: {
				"3.1":   share,
				"9.1":   MustNumber("2"),
				"14.1":  Bool(true),
				"17.1b": MustNumber("48"),
			}}},
		{Commune: lang("Tân Thành"), Region: criteria.TDMNPB, Year: 2020,
			Values: map[string]map[string]Value{
				criteria.IDQD1980: {"1.1": Bool(true), "1.2": Bool(true)},
				criteria.IDQD933:  {"1": Bool(true), "2": Bool(false)},
			}},
	}
}

func TestReadFileDecodesTheSameCommunesFromJSONAndCSV(t *testing.T) {
	ignoreOrigin := cmpopts.IgnoreFields(Assessment{}, "Origin")
	for _, tc := range []struct {
		name    string
		file    string
		origins []string
	}{
		{"the JSON array decodes to the expected assessments, origin file:line", "communes.json",
			[]string{"communes.json:2", "communes.json:22", "communes.json:34"}},
		{"the long CSV groups rows by commune in order of first appearance, origin file:line", "communes.csv",
			[]string{"communes.csv:2", "communes.csv:8", "communes.csv:17"}},
		{"a CSV with a byte-order mark, CRLF, NFD text and mixed case decodes alike", "communes_bom_nfd.csv",
			[]string{"communes_bom_nfd.csv:2", "communes_bom_nfd.csv:8", "communes_bom_nfd.csv:17"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join("testdata", "input", tc.file)
			got, err := ReadFile(path, nil)
			if err != nil {
				t.Fatalf("ReadFile(%s): %v", tc.file, err)
			}
			if diff := cmp.Diff(inWantCommunes(), asMaps(got), inDecimalEqual, ignoreOrigin); diff != "" {
				t.Errorf("ReadFile(%s) mismatch (-want +got):\n%s", tc.file, diff)
			}
			var origins []string
			for _, a := range got {
				origins = append(origins, strings.TrimPrefix(a.Origin, filepath.Join("testdata", "input")+string(filepath.Separator)))
			}
			if diff := cmp.Diff(tc.origins, origins); diff != "" {
				t.Errorf("origins (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadFileRejectsAnUnknownExtension(t *testing.T) {
	_, err := ReadFile("communes.xlsx", nil)
	want := `evaluate: communes.xlsx: unknown format: want a .json or .csv file`
	if err == nil || err.Error() != want {
		t.Errorf("ReadFile(communes.xlsx) error = %v, want %s", err, want)
	}
	_, err = ReadFile(filepath.Join("testdata", "input", "absent.json"), nil)
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadFile(absent.json) error = %v, want one wrapping os.ErrNotExist", err)
	}
}

func TestNumbersAreReadExactly(t *testing.T) {
	sixty := decimal.New(60, 0)
	for _, tc := range []struct {
		name, json, csv string
	}{
		{"a JSON number just below 60 stays below 60 (the float trap)", `59.9999999999999999`, "59.9999999999999999"},
		{"a JSON decimal string just below 60 stays below 60", `"59.9999999999999999"`, `"59,9999999999999999"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := `{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020,
				"sets": {"1980": {"17.1a": ` + tc.json + `}}}`
			got, err := DecodeJSON(strings.NewReader(in), "trap.json", nil)
			if err != nil {
				t.Fatal(err)
			}
			v := got[0].SetValues(criteria.IDQD1980)["17.1a"]
			if v.Number.Cmp(sixty) >= 0 || v.Number.String() != "59.9999999999999999" {
				t.Errorf("JSON %s read as %s, want 59.9999999999999999 < 60", tc.json, v.Number)
			}
			csvIn := "province,district,commune,year,set,indicator,value\nLạng Sơn,,Hòa Lạc,2020,1980,17.1a," + tc.csv + "\n"
			got, err = DecodeCSV(strings.NewReader(csvIn), "trap.csv", nil)
			if err != nil {
				t.Fatal(err)
			}
			v = got[0].SetValues(criteria.IDQD1980)["17.1a"]
			if v.Number.Cmp(sixty) >= 0 || v.Number.String() != "59.9999999999999999" {
				t.Errorf("CSV %s read as %s, want 59.9999999999999999 < 60", tc.csv, v.Number)
			}
		})
	}
}

// The origin of a JSON assessment is "file:line", the line where its
// object begins, as the summary's "excluded" names it (formats.md): for a
// single object after blank lines, for elements of an array whose braces
// stand on lines of their own, and for an element left out.
func TestDecodeJSONOriginIsFileAndLineOfTheObject(t *testing.T) {
	const commune = `"commune": {"name": "Xã %s", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {"1.1": %s}}`
	one := "\n\n  {" + fmt.Sprintf(commune, "A", "true") + "}\n"
	array := "[\n  {\n    " + fmt.Sprintf(commune, "A", "true") + "\n  },\n  {" +
		fmt.Sprintf(commune, "B", `"yes"`) + "},\n\n  {\n" + fmt.Sprintf(commune, "C", "false") + "}, 5\n]\n"
	for _, tc := range []struct {
		name, in      string
		read, leftOut []string
	}{
		{"one object", one, []string{"x.json:3"}, nil},
		{"an array", array, []string{"x.json:2", "x.json:7"}, []string{"x.json:5", "x.json:8"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var read, leftOut []string
			for a, err := range NewJSONDecoder(strings.NewReader(tc.in), "x.json", nil).All() {
				if err != nil {
					for _, x := range ExcludedOf(err) {
						leftOut = append(leftOut, x.Origin)
					}
					continue
				}
				read = append(read, a.Origin)
			}
			if diff := cmp.Diff(tc.read, read); diff != "" {
				t.Errorf("origins read (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.leftOut, leftOut); diff != "" {
				t.Errorf("origins left out (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecodeJSONNormalisesNamesToNFC(t *testing.T) {
	in := norm.NFD.String(`{"commune": {"name": " Hòa Lạc ", "district": "Hữu Lũng", "province": "Lạng Sơn"},
		"year": 2020, "sets": {"1980/QĐ-TTg": {"5": {"numerator": 2, "denominator": 3, "unit": "trường"}}}}`)
	got, err := DecodeJSON(strings.NewReader(in), "nfd.json", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Assessment{{Commune: Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Region: criteria.TDMNPB, Year: 2020, Origin: "nfd.json:1",
		Values: map[string]map[string]Value{criteria.IDQD1980: {"5": Share(2, 3, "trường")}}}}
	if diff := cmp.Diff(want, asMaps(got), inDecimalEqual); diff != "" {
		t.Errorf("NFD input (-want +got):\n%s", diff)
	}
}

func TestDecodeJSONReadsEveryValueForm(t *testing.T) {
	for _, tc := range []struct {
		name, code, in string
		want           Value
	}{
		{"true is met for a pass/fail indicator", "1.1", `true`, Bool(true)},
		{"false is not met for a pass/fail indicator", "1.1", `false`, Bool(false)},
		{"a JSON number is a percentage", "4.2", `96.5`, MustNumber("96.5")},
		{"a decimal string is a percentage", "4.2", `"96.5"`, MustNumber("96.5")},
		{"a number in exponent form is read exactly", "4.2", `9.65e1`, MustNumber("96.5")},
		{"exactly 100 percent is allowed", "4.2", `100`, MustNumber("100")},
		{"exactly 0 percent is allowed", "4.2", `0`, MustNumber("0")},
		{"a count of 0 meets a none indicator", "9.1", `0`, MustNumber("0")},
		{"false means none present for a none indicator", "9.1", `false`, Bool(false)},
		{"an amount in the indicator's unit", "10", `"36.8"`, MustNumber("36.8")},
		{"null is missing", "4.2", `null`, Missing()},
		{"n/a where the set allows it", "17.2", `"n/a"`, NotApplicable()},
		{"N/A in capitals where the set allows it", "7", `"N/A"`, NotApplicable()},
		{"a share with a unit", "5", `{"numerator": 2, "denominator": 3, "unit": "trường"}`, Share(2, 3, "trường")},
		{"a share without a unit, as decimal strings", "5", `{"numerator": "2", "denominator": "3"}`, Share(2, 3, "")},
		{"a share of 0 over D", "5", `{"numerator": 0, "denominator": 3}`, Share(0, 3, "")},
		{"a share with N equal to D", "5", `{"numerator": 3, "denominator": 3}`, Share(3, 3, "")},
		{"a share with a source", "5", `{"numerator": 2, "denominator": 3, "source": "Báo cáo"}`, inWithSource(Share(2, 3, ""), "Báo cáo")},
		{"the value object form keeps the source", "4.2", `{"value": "96.5", "source": "Báo cáo"}`, inWithSource(MustNumber("96.5"), "Báo cáo")},
		{"the value object form with null is missing with a source", "4.2", `{"value": null, "source": "chưa có"}`, inWithSource(Missing(), "chưa có")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := `{"commune": {"name": "Hòa Lạc", "province": "Lạng Sơn"}, "year": 2020,
				"sets": {"1980/QĐ-TTg": {"` + tc.code + `": ` + tc.in + `}}}`
			got, err := DecodeJSON(strings.NewReader(in), "v.json", nil)
			if err != nil {
				t.Fatalf("DecodeJSON: %v", err)
			}
			if diff := cmp.Diff(tc.want, got[0].SetValues(criteria.IDQD1980)[tc.code], inDecimalEqual); diff != "" {
				t.Errorf("value %s (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestDecodeJSONSettlesTheRegion(t *testing.T) {
	for _, tc := range []struct {
		name, commune, region string
		want                  criteria.Region
	}{
		{"the region is derived from a known province", `{"name": "X", "province": "lang son"}`, ``, criteria.TDMNPB},
		{"a region that agrees with the province is accepted", `{"name": "X", "province": "Cần Thơ"}`, `"region": "ĐBSCL",`, criteria.DBSCL},
		{"a region name without diacritics is accepted", `{"name": "X", "province": "Cần Thơ"}`, `"region": "dong bang song cuu long",`, criteria.DBSCL},
		{"an unknown province is accepted with a region", `{"name": "X", "province": "Tỉnh mới"}`, `"region": "TN",`, criteria.TN},
		{"no province is accepted with a region", `{"name": "X"}`, `"region": "BTB",`, criteria.BTB},
		{"a null region is derived from the province", `{"name": "X", "province": "Hà Nội"}`, `"region": null,`, criteria.DBSH},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := `{"commune": ` + tc.commune + `, ` + tc.region + ` "year": 2020, "sets": {}}`
			got, err := DecodeJSON(strings.NewReader(in), "r.json", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got[0].Region != tc.want {
				t.Errorf("region = %v, want %v", got[0].Region, tc.want)
			}
		})
	}
}

func TestDecodeJSONReadsRecognitions(t *testing.T) {
	in := `{"commune": {"name": "Tân Thành", "province": "Lạng Sơn"}, "year": 2020, "sets": {"933": {"1": true}},
		"recognitions": [{"set": "1980/QD-TTg", "year": 2018, "decision": "2165/QĐ-UBND"}]}`
	got, err := DecodeJSON(strings.NewReader(in), "rec.json", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Recognition{{Set: criteria.IDQD1980, Year: 2018, Decision: "2165/QĐ-UBND"}}
	if diff := cmp.Diff(want, got[0].Recognitions); diff != "" {
		t.Errorf("recognitions (-want +got):\n%s", diff)
	}
}

// benchInput builds n assessments of every indicator of 1980/QĐ-TTg, as a
// JSON array and as the long CSV (số liệu minh họa).
func benchInput(n int) (jsonIn, csvIn []byte) {
	set := criteria.QD1980()
	var j, c strings.Builder
	c.WriteString(inCSVHeader)
	j.WriteString("[")
	for i := range n {
		name := "Xã " + strconv.Itoa(i)
		if i > 0 {
			j.WriteString(",\n")
		}
		j.WriteString(`{"commune": {"name": "` + name + `", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980/QĐ-TTg": {`)
		k := 0
		for _, ind := range set.Indicators() {
			var jv, cv string
			switch ind.Kind {
			case criteria.KindPass:
				jv, cv = "true", "đạt,,,"
			case criteria.KindNone:
				jv, cv = "0", "0,,,"
			case criteria.KindPercent:
				jv, cv = `{"numerator": 37, "denominator": 40, "unit": "hộ"}`, ",37,40,hộ"
			default:
				jv, cv = `"36.8"`, `"36,8",,,`
			}
			if k > 0 {
				j.WriteString(", ")
			}
			k++
			j.WriteString(`"` + ind.Code + `": ` + jv)
			c.WriteString("Lạng Sơn,Hữu Lũng," + name + ",,2020,1980/QĐ-TTg," + ind.Code + "," + cv + ",\n")
		}
		j.WriteString("}}}")
	}
	j.WriteString("]")
	return []byte(j.String()), []byte(c.String())
}

func BenchmarkDecodeJSON10k(b *testing.B) {
	in, _ := benchInput(10000)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		as, err := DecodeJSON(bytes.NewReader(in), "bench.json", nil)
		if err != nil || len(as) != 10000 {
			b.Fatal(len(as), err)
		}
	}
}

func BenchmarkDecodeCSV10k(b *testing.B) {
	_, in := benchInput(10000)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		as, err := DecodeCSV(bytes.NewReader(in), "bench.csv", nil)
		if err != nil || len(as) != 10000 {
			b.Fatal(len(as), err)
		}
	}
}

// asMaps returns the assessments with the values the decoders stored by
// position moved into Values maps, to compare with assessments written as
// literals.
func asMaps(as []Assessment) []Assessment {
	out := make([]Assessment, len(as))
	for i, a := range as {
		for _, s := range a.Indexed.sets {
			if a.Values == nil {
				a.Values = map[string]map[string]Value{}
			}
			a.Values[s.set.ID] = a.SetValues(s.set.ID)
		}
		a.Indexed = IndexedValues{}
		out[i] = a
	}
	return out
}
