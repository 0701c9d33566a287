package evaluate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
)

func TestValueStringIsWhatAUserTypes(t *testing.T) {
	for _, tc := range []struct {
		v    Value
		want string
	}{
		{Share(2, 3, "trường"), "2/3 trường"},
		{Share(2, 3, ""), "2/3"},
		{Value{Kind: ValueShare, Numerator: inDec("1.5"), Denominator: inDec("12.25"), Unit: "km"}, "1.5/12.25 km"},
		{MustNumber("95.5"), "95.5"},
		{MustNumber("36.80"), "36.8"},
		{MustNumber("0"), "0"},
		{Bool(true), "true"},
		{Bool(false), "false"},
		{NotApplicable(), "n/a"},
		{Missing(), ""},
		{Value{}, ""},
		{Value{Kind: ValueNumber, Number: decimal.New(1, 999999999)}, "1e+999999999"},
	} {
		if got := tc.v.String(); got != tc.want {
			t.Errorf("String() = %q, want %q", got, tc.want)
		}
		if got := fmt.Sprintf("%v", tc.v); got != tc.want {
			t.Errorf("%%v = %q, want %q", got, tc.want)
		}
	}
}

// roundTrip checks that ParseValue reads v.String() back as v, but its
// Source.
func roundTrip(t *testing.T, set *criteria.Set, code string, v Value) {
	t.Helper()
	got, err := ParseValue(set, code, v.String())
	v.Source = ""
	if err != nil || !got.equal(v) {
		t.Errorf("ParseValue(%s, %s, %q) = %#v, %v; want %#v", set.ID, code, v.String(), got, err, v)
	}
}

// Every value of many kinds, numbers and units, under every indicator of
// the built-in sets, reads back from its String as it was.
func TestValueStringRoundTripsThroughParseValue(t *testing.T) {
	numbers := []string{"0", "1", "7", "95", "95.5", "96.50", "0.001", "0.000000000000000000000000000000000000001",
		"100", "36.8", "12345.678", "-3", "-0.5", "1000000", "123456789012345678901234567890.12345"}
	units := []string{"", "trường", "hộ", "km", "thôn", "ha", "triệu đồng", "nhà văn hóa", "hộ nghèo"}
	var values []Value
	for _, n := range numbers {
		values = append(values, MustNumber(n))
		for _, d := range []string{"1", "3", "12.5", "1000"} {
			for _, u := range units {
				values = append(values, Value{Kind: ValueShare, Numerator: inDec(n), Denominator: inDec(d), Unit: u})
			}
		}
	}
	values = append(values, Bool(true), Bool(false), NotApplicable(), Missing())
	n := 0
	for _, set := range criteria.Builtin().Sets() {
		for _, ind := range set.Indicators() {
			for _, v := range values {
				roundTrip(t, set, ind.Code, v)
				n++
			}
		}
	}
	if n < 10000 {
		t.Errorf("%d values round-tripped, want many", n)
	}
}

// Every value the readers read from the inputs of the tests reads back
// from its String as it was.
func TestValuesReadRoundTripThroughParseValue(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "input", "*"))
	n := 0
	for _, file := range files {
		if ext := filepath.Ext(file); ext != ".json" && ext != ".csv" {
			continue
		}
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		var as []Assessment
		if strings.HasSuffix(file, ".json") {
			as, _ = DecodeJSON(f, file, nil)
		} else {
			as, _ = DecodeCSV(f, file, nil)
		}
		f.Close()
		for _, a := range as {
			ids := map[string]bool{}
			for id := range a.Values {
				ids[id] = true
			}
			for i := range a.Indexed.sets {
				ids[a.Indexed.sets[i].set.ID] = true
			}
			for id := range ids {
				set, err := criteria.Builtin().Lookup(id)
				if err != nil {
					t.Fatal(err)
				}
				for code, v := range a.SetValues(id) {
					roundTrip(t, set, code, v)
					n++
				}
			}
		}
	}
	if n < 50 {
		t.Errorf("%d values read and round-tripped, want more", n)
	}
}
