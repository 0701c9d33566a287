package evaluate

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/shopspring/decimal"
)

// fractionWarnings returns the WarnPercentAsFraction warnings of r as
// "code value" strings.
func fractionWarnings(r Report) []string {
	var out []string
	for _, w := range r.Warnings() {
		if w.Kind == WarnPercentAsFraction {
			out = append(out, w.Indicator+" "+numberText(w.Number))
		}
	}
	return out
}

// A percentage typed as a fraction of one (96.5% as 0.965) is judged as
// written but warned about: the audit found 4.2 = 0.965 judged "thiếu
// 94.04 điểm %" with no word of caution.
func TestPercentAsFractionWarning(t *testing.T) {
	set := criteria.QD1980()
	t.Run("4.2 = 0.965 against ≥ 95% warns, naming the indicator and the value", func(t *testing.T) {
		r := Run(set, commune(2020, map[string]Value{"4.2": MustNumber("0.965")}))
		if diff := cmp.Diff([]string{"4.2 0.965"}, fractionWarnings(r)); diff != "" {
			t.Fatalf("(-want +got):\n%s", diff)
		}
		if st := findIndicator(t, r, "4.2").Status; st != StatusNotMet {
			t.Errorf("4.2: %s, want not-met: the value is judged as written", st)
		}
		var w Warning
		for _, x := range r.Warnings() {
			if x.Kind == WarnPercentAsFraction {
				w = x
			}
		}
		want := []string{
			"chỉ tiêu 4.2: giá trị 0.965 nhỏ hơn 1 — nếu là 96,5% thì ghi 96,5 (hoặc 96,5%)",
			"indicator 4.2: value 0.965 is below 1 — if you mean 96.5%, write 96.5 (or 96.5%)",
		}
		if diff := cmp.Diff(want, []string{w.Text("vi"), w.Text("en")}); diff != "" {
			t.Errorf("texts (-want +got):\n%s", diff)
		}
		if w.String() != want[0] || w.Kind.String() != "percent-as-fraction" || w.Set != set.ID || w.Year != 2020 {
			t.Errorf("warning %+v (%s, %s)", w, w, w.Kind)
		}
	})
	for _, tc := range []struct {
		name string
		vals map[string]Value
		want []string
	}{
		{"4.2 = 96.5 does not warn", map[string]Value{"4.2": MustNumber("96.5")}, nil},
		{"4.2 = 1 does not warn: not below 1", map[string]Value{"4.2": MustNumber("1")}, nil},
		{"4.2 = 0 does not warn: not above 0", map[string]Value{"4.2": MustNumber("0")}, nil},
		{"a ≤ indicator does not warn (poverty 0.9%)", map[string]Value{"11": MustNumber("0.9")}, nil},
		{"a share below 1% does not warn", map[string]Value{"4.2": Share(1, 200, "hộ")}, nil},
		{"a share of fractions does not warn", map[string]Value{"4.2": {Kind: ValueShare, Numerator: dec("0.965"), Denominator: dec("1")}}, nil},
		{"an amount does not warn", map[string]Value{"10": MustNumber("0.5")}, nil},
		{"a number too long for fixed point warns too",
			map[string]Value{"4.2": MustNumber("0.96500000000000000000000000001")},
			[]string{"4.2 0.96500000000000000000000000001"}},
		{"a tiny number warns", map[string]Value{"4.2": MustNumber("0.0000000000000000000001")},
			[]string{"4.2 0.0000000000000000000001"}},
		{"Excel's 0.965 in a General cell warns",
			map[string]Value{"4.2": MustNumber("0.96499999999999997")}, []string{"4.2 0.96499999999999997"}},
		{"a value beyond what the decoders read is not judged, so not warned about",
			map[string]Value{"4.2": Number(decimal.New(1, -1000000000))}, nil},
		{"every ≥ percentage warns, in the set's order",
			map[string]Value{"14.2": MustNumber("0.88"), "4.2": MustNumber("0.965"), "3.1": MustNumber("0.9")},
			[]string{"3.1 0.9", "4.2 0.965", "14.2 0.88"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Run(set, commune(2020, tc.vals))
			if diff := cmp.Diff(tc.want, fractionWarnings(r)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	t.Run("a target of 1% or less does not warn", func(t *testing.T) {
		low := criteria.QD1980()
		for ci := range low.Criteria {
			for ii := range low.Criteria[ci].Indicators {
				if ind := &low.Criteria[ci].Indicators[ii]; ind.Code == "4.2" {
					t1 := ind.Regional[criteria.TDMNPB]
					t1.Value = dec("1")
					ind.Regional[criteria.TDMNPB] = t1
				}
			}
		}
		r := Run(low, commune(2020, map[string]Value{"4.2": MustNumber("0.965")}))
		if got := fractionWarnings(r); got != nil {
			t.Errorf("warnings %v, want none", got)
		}
	})
}

// The warning reaches the reports as people read them: a CSV row "0,88"
// for 14.2 (the decimal comma read as 0.88) warns in the JSON, text and
// Markdown reports.
func TestPercentAsFractionWarningInReports(t *testing.T) {
	as, err := TableOptions{}.DecodeCSV(strings.NewReader(inHoaLacRow(`1980,14.2,"0,88",,,,`)), "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	reports, err := RunAll(nil, &as[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"json", "text", "markdown"} {
		for lang, want := range map[string]string{
			"vi": "chỉ tiêu 14.2: giá trị 0.88 nhỏ hơn 1 — nếu là 88% thì ghi 88 (hoặc 88%)",
			"en": "indicator 14.2: value 0.88 is below 1 — if you mean 88%, write 88 (or 88%)",
		} {
			var b bytes.Buffer
			if err := Write(&b, reports, RenderOptions{Format: f, Lang: lang}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), want) {
				t.Errorf("%s %s report lacks %q:\n%s", f, lang, want, b.String())
			}
		}
	}
}

// Reports that differ only in the value warned about have different
// warning texts: the JSON writer's cache of texts tells them apart.
func TestPercentAsFractionWarningTextsAreNotShared(t *testing.T) {
	set := criteria.QD1980()
	reports := []Report{
		Run(set, commune(2020, map[string]Value{"4.2": MustNumber("0.965")})),
		Run(set, commune(2020, map[string]Value{"4.2": MustNumber("0.5")})),
	}
	var b bytes.Buffer
	if err := WriteJSON(&b, reports, RenderOptions{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"value 0.965 is below 1", "value 0.5 is below 1 — if you mean 50%"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("JSON lacks %q:\n%s", want, b.String())
		}
	}
}

// The advice reads a value with more digits than a float64 holds as Excel
// shows it; other values are shifted exactly.
func TestPercentAsFractionAdvice(t *testing.T) {
	for _, tc := range []struct{ given, en, vi string }{
		{"0.965", "value 0.965 is below 1 — if you mean 96.5%, write 96.5 (or 96.5%)",
			"giá trị 0.965 nhỏ hơn 1 — nếu là 96,5% thì ghi 96,5 (hoặc 96,5%)"},
		{"0.96499999999999997", "value 0.96499999999999997 is below 1 — if you mean 96.5%, write 96.5 (or 96.5%)",
			"giá trị 0.96499999999999997 nhỏ hơn 1 — nếu là 96,5% thì ghi 96,5 (hoặc 96,5%)"},
		{"0.88", "value 0.88 is below 1 — if you mean 88%, write 88 (or 88%)",
			"giá trị 0.88 nhỏ hơn 1 — nếu là 88% thì ghi 88 (hoặc 88%)"},
		{"0.123456789012345", "value 0.123456789012345 is below 1 — if you mean 12.3456789012345%, write 12.3456789012345 (or 12.3456789012345%)",
			"giá trị 0.123456789012345 nhỏ hơn 1 — nếu là 12,3456789012345% thì ghi 12,3456789012345 (hoặc 12,3456789012345%)"},
		{"0.96500000000000000000000000001", "value 0.96500000000000000000000000001 is below 1 — if you mean 96.5%, write 96.5 (or 96.5%)",
			"giá trị 0.96500000000000000000000000001 nhỏ hơn 1 — nếu là 96,5% thì ghi 96,5 (hoặc 96,5%)"},
	} {
		w := Warning{Kind: WarnPercentAsFraction, Indicator: "4.2", Number: dec(tc.given)}
		if diff := cmp.Diff([]string{"indicator 4.2: " + tc.en, "chỉ tiêu 4.2: " + tc.vi}, []string{w.Text("en"), w.Text("vi")}); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.given, diff)
		}
	}
	for _, tc := range []struct {
		d    decimal.Decimal
		want string
	}{
		{decimal.New(1, -1000000000), "indicator 4.2: value 1e-1000000000 is below 1 — if you mean 1e-999999998%, write 1e-999999998 (or 1e-999999998%)"},
		// Not a warning a report gives, but one built in code prints
		// with bounded work as well.
		{decimal.New(1234567890123456789, 1000000000), "indicator 4.2: value 1.234567890123457e+1000000018 is below 1 — if you mean 1.234567890123457e+1000000020%, write 1.234567890123457e+1000000020 (or 1.234567890123457e+1000000020%)"},
	} {
		w := Warning{Kind: WarnPercentAsFraction, Indicator: "4.2", Number: tc.d}
		if got := w.Text("en"); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

func TestNumberTextIsBounded(t *testing.T) {
	for i, tc := range []struct {
		d    decimal.Decimal
		want string
	}{
		{dec("0.965"), "0.965"},
		{dec("0.96500"), "0.965"},
		{decimal.New(1, -maxPlainDecimals), "1e-200"},
		{decimal.New(1, -maxPlainDecimals-1), "1e-201"},
		{decimal.New(1, -1000000000).Shift(2), "1e-999999998"},
		{decimal.New(12, maxPlainDecimals+1), "1.2e+202"},
	} {
		if got := numberText(tc.d); got != tc.want {
			t.Errorf("case %d: numberText gives %q, want %q", i, got, tc.want)
		}
	}
}
