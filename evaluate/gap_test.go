package evaluate

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/nongthonmoi/ntm/criteria"
)

func TestAppendDecimalPrintsLikeString(t *testing.T) {
	for _, s := range []string{"0", "0.00", "95", "95.0", "66.67", "66.670", "0.5", "0.05", "-1.25", "1000",
		"1e3", "12.500", "100", "3.34", "0.0000000000000001", "123456789012345678", "1234567890123456789012",
		"-0.010", "59.9999999999999999", "7e-20", "-5e2", "10.10"} {
		t.Run(s+" prints as decimal.String prints it", func(t *testing.T) {
			d := decimal.RequireFromString(s)
			if got, want := string(appendDecimal(nil, d)), d.String(); got != want {
				t.Errorf("appendDecimal(%s) = %q, want %q", s, got, want)
			}
		})
	}
}

func TestToFxTakesExactlyTheDecimalsOfAtMost18Digits(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"zero fits", "0", true},
		{"a small percentage fits", "95.5", true},
		{"18 nines fit", "999999999999999999", true},
		{"18 negative nines fit", "-999999999999999999", true},
		{"19 digits do not fit", "1000000000000000000", false},
		{"19 negative digits do not fit", "-1000000000000000000", false},
		{"18 digits at the smallest tabled exponent fit", "0." + strings.Repeat("0", 14) + strings.Repeat("9", 18), true},
		{"19 digits at the smallest tabled exponent do not fit", "0." + strings.Repeat("0", 13) + "1" + strings.Repeat("0", 18), false},
		{"18 digits below the table fit", "0." + strings.Repeat("0", 20) + strings.Repeat("9", 18), true},
		{"19 digits below the table do not fit", "0." + strings.Repeat("0", 20) + strings.Repeat("9", 19), false},
		{"18 digits above the table fit", "999999999999999999e20", true},
		{"19 digits above the table do not fit", "1000000000000000000e20", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := decimal.RequireFromString(tt.in)
			f, ok := toFx(d)
			if ok != tt.want {
				t.Fatalf("toFx(%s) ok = %v, want %v", tt.in, ok, tt.want)
			}
			if ok && !f.decimal().Equal(d) {
				t.Errorf("toFx(%s) = %d·10^%d, want the same number", tt.in, f.c, f.e)
			}
		})
	}
}

func TestShareActualInFixedPointPrintsAsTheDecimalPath(t *testing.T) {
	for _, sh := range [][2]string{{"2", "3"}, {"7", "10"}, {"1", "8"}, {"0", "5"}, {"999999", "1000000"}, {"1", "1"},
		{"2.5", "4"}, {"0.001", "3"}, {"1", "200"}, {"1", "400"}, {"5", "1e-3"}, {"61", "480"}, {"123456789", "987654321"}} {
		t.Run(sh[0]+"/"+sh[1]+" prints as sharePercent prints it", func(t *testing.T) {
			v := Value{Kind: ValueShare, Numerator: decimal.RequireFromString(sh[0]), Denominator: decimal.RequireFromString(sh[1])}
			c := compact(&v)
			q, ok := c.actualFx()
			if !ok {
				t.Fatal("small operands did not fit")
			}
			if got, want := string(appendFx(nil, q)), sharePercent(v.Numerator, v.Denominator).String(); got != want {
				t.Errorf("fixed point %q, decimal %q", got, want)
			}
		})
	}
}

func TestGapKeepsItsPartsWhateverTheirExponent(t *testing.T) {
	tests := []struct {
		name          string
		amount, units fx
	}{
		{"a percentage gap with cents is kept", fx{c: 667, e: -2}, fx{c: 3, e: 0}},
		{"the largest small exponent is kept", fx{c: 5, e: 32767}, fx{c: 1, e: -32768}},
		{"an amount exponent beyond 16 bits is kept", fx{c: 5, e: 40000}, fx{c: 2, e: 0}},
		{"a units exponent beyond 16 bits is kept", fx{c: 5, e: 0}, fx{c: 2, e: -40000}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g gapRep
			g.setFx(tt.amount, tt.units, true)
			if !g.has || !g.hasUnits {
				t.Fatalf("has = %v, hasUnits = %v, want both", g.has, g.hasUnits)
			}
			if got, want := g.amountDecimal(), tt.amount.decimal(); !got.Equal(want) {
				t.Errorf("amount = %s, want %s", got, want)
			}
			if got, want := g.unitsDecimal(), tt.units.decimal(); !got.Equal(want) {
				t.Errorf("units = %s, want %s", got, want)
			}
			if got, want := string(g.appendAmount(nil)), string(appendDecimal(nil, tt.amount.decimal())); got != want {
				t.Errorf("printed amount = %.40q, want %.40q", got, want)
			}
		})
	}
}

// The spec's "Evaluation report, JSON": gap_units / gap_unit are "present
// when the value was a share with a unit"; gap_units holds the units to
// add (or remove) when the indicator is not met, and "0" when it is met (no
// more units needed): the spec's gap_units is a decimal string.
func TestGapUnitsArePresentWheneverTheValueIsAShareWithAUnit(t *testing.T) {
	set := criteria.QD1980()
	tests := []struct {
		name  string
		value Value
		want  string // the indicator's JSON from "gap" to "provenance"
	}{
		{"a share with a unit that meets the target has 0 units and its unit",
			Share(3, 4, "trường"), `"gap": null, "gap_units": "0", "gap_unit": "trường", "provenance"`},
		{"a share with a unit exactly at the target has 0 units and its unit",
			Share(7, 10, "trường"), `"gap": null, "gap_units": "0", "gap_unit": "trường", "provenance"`},
		{"a share with a unit that misses the target has its units and unit",
			Share(2, 3, "trường"), `"gap": "3.34", "gap_units": "1", "gap_unit": "trường", "provenance"`},
		{"a share with a measured unit that meets the target has 0 units and its unit",
			Share(7, 7, "km"), `"gap": null, "gap_units": "0", "gap_unit": "km", "provenance"`},
		{"a share without a unit has neither key", Share(3, 4, ""), `"gap": null, "provenance"`},
		{"a missed share without a unit has neither key", Share(2, 3, ""), `"gap": "3.34", "provenance"`},
		{"a percentage has neither key", MustNumber("75"), `"gap": null, "provenance"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Run(set, &Assessment{Region: criteria.TDMNPB, Year: 2020,
				Values: map[string]map[string]Value{set.ID: {"5": tc.value}}})
			var b bytes.Buffer
			if err := WriteJSON(&b, []Report{r}, RenderOptions{}); err != nil {
				t.Fatal(err)
			}
			line := ""
			for l := range strings.Lines(b.String()) {
				if strings.Contains(l, `{"code": "5", "status"`) {
					line = l
				}
			}
			if !strings.Contains(line, tc.want) {
				t.Errorf("indicator 5: %s\nwant it to contain %s", line, tc.want)
			}
			m, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			var compact bytes.Buffer
			if err := json.Compact(&compact, []byte(strings.TrimSuffix(strings.TrimPrefix(b.String(), "[\n"), "\n]\n"))); err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			json.HTMLEscape(&want, compact.Bytes())
			if want.String() != string(m) {
				t.Errorf("json.Marshal and WriteJSON differ:\n%s\n%s", m, want.String())
			}
		})
	}
}

// The CSV (and xlsx) report holds in each cell what the JSON report holds:
// the gap_unit cell names the share's unit whether or not it is met, and
// gap_units is 0 when it is met.
func TestCSVGapUnitCellFollowsTheJSON(t *testing.T) {
	set := criteria.QD1980()
	for _, tc := range []struct {
		value          Value
		gapUnits, unit string
	}{
		{Share(3, 4, "trường"), "0", "trường"},
		{Share(2, 3, "trường"), "1", "trường"},
		{Share(3, 4, ""), "", ""},
		{MustNumber("75"), "", ""},
	} {
		r := Run(set, &Assessment{Region: criteria.TDMNPB, Year: 2020,
			Values: map[string]map[string]Value{set.ID: {"5": tc.value}}})
		for row := range CSVRows([]Report{r}) {
			if row[7] != "5" {
				continue
			}
			if row[14] != tc.gapUnits || row[15] != tc.unit {
				t.Errorf("%v: gap_units %q, gap_unit %q; want %q, %q", tc.value, row[14], row[15], tc.gapUnits, tc.unit)
			}
		}
	}
}

func TestActualPrintsNumbersBeyondThoseReadInExponentForm(t *testing.T) {
	for _, tc := range []struct {
		v    Value
		want string
	}{
		{Number(decimal.New(1, 999999999)), "1e+999999999"},
		{Number(decimal.New(-125, -52)), "-1.25e-50"},
		{Number(decimal.New(0, 999999999)), "0"},
		{Number(decimal.New(0, -999999999)), "0"},
		{Number(decimal.New(1, -41)), "1e-41"},
		{Number(decimal.New(1, -40)), "0"}, // in range: rounded to 2 places
		{Number(decimal.New(15, 40)), "150000000000000000000000000000000000000000"},
		{Number(decimal.RequireFromString("99999999999999999e999999999")), "1e+1000000016"},
		{Number(decimal.RequireFromString("12345678901234567e999999999")), "1.234567890123457e+1000000015"},
		{Number(decimal.RequireFromString("12345678901234564e999999999")), "1.234567890123456e+1000000015"},
		{Number(decimal.RequireFromString("1000000000000000000000e999999999")), "1e+1000000020"},
		{Value{Kind: ValueShare, Numerator: decimal.New(2, 999999999), Denominator: decimal.New(3, 999999999)}, "66.67"},
		{Value{Kind: ValueShare, Numerator: decimal.New(2, 5000), Denominator: dec("3")}, "6.666666666666667e+5001"},
		{Value{Kind: ValueShare, Numerator: decimal.New(2, 999999999), Denominator: dec("3")}, "6.666666666666667e+1000000000"},
		{Value{Kind: ValueShare, Numerator: decimal.New(2, -999999999), Denominator: dec("3")}, "0"},
	} {
		// Not printed with %v: decimal.Decimal.String expands the number.
		done := make(chan string, 1)
		go func() { s, _ := tc.v.Actual(); done <- s }()
		select {
		case got := <-done:
			if got != tc.want {
				t.Errorf("Actual = %q, want %q", got, tc.want)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("Actual did not return within 30s, want %q", tc.want)
		}
	}
}
