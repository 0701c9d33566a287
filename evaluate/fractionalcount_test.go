package evaluate

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// TestAFractionOfACountedUnitWarns: a share of trường, hộ, thôn, … with a
// fraction in its numerator or denominator is read and judged as written
// (the formats specification reads it), and the report warns that it is
// probably mistyped, giving the share as read; a share of whole things,
// of a measured unit (km) or of no unit does not warn.
func TestAFractionOfACountedUnitWarns(t *testing.T) {
	for _, tc := range []struct {
		rest   string // indicator,value,numerator,denominator,unit,source of a row of 1980/QĐ-TTg
		vi, en string // "" when no warning
	}{
		{"5,2.5/3 trường,,,,",
			"chỉ tiêu 5: tỷ lệ 2,5/3 trường có phần lẻ, trong khi trường được đếm nguyên — có thể đã ghi nhầm; đã đánh giá theo số đã ghi (83,33%)",
			"indicator 5: the share 2.5/3 trường has a fraction of trường, which are counted whole — probably mistyped; judged as written (83.33%)"},
		{`5,"2,5/3 trường",,,,`,
			"chỉ tiêu 5: tỷ lệ 2,5/3 trường có phần lẻ, trong khi trường được đếm nguyên — có thể đã ghi nhầm; đã đánh giá theo số đã ghi (83,33%)",
			"indicator 5: the share 2.5/3 trường has a fraction of trường, which are counted whole — probably mistyped; judged as written (83.33%)"},
		{"5,2/3.5 trường,,,,",
			"chỉ tiêu 5: tỷ lệ 2/3,5 trường có phần lẻ, trong khi trường được đếm nguyên — có thể đã ghi nhầm; đã đánh giá theo số đã ghi (57,14%)",
			"indicator 5: the share 2/3.5 trường has a fraction of trường, which are counted whole — probably mistyped; judged as written (57.14%)"},
		{"17.1a,,95.5,100,hộ,",
			"chỉ tiêu 17.1a: tỷ lệ 95,5/100 hộ có phần lẻ, trong khi hộ được đếm nguyên — có thể đã ghi nhầm; đã đánh giá theo số đã ghi (95,5%)",
			"indicator 17.1a: the share 95.5/100 hộ has a fraction of hộ, which are counted whole — probably mistyped; judged as written (95.5%)"},
		{"5,2.0/3 trường,,,,", "", ""},
		{"5,2/3 trường,,,,", "", ""},
		{"5,2.5/3,,,,", "", ""},
		{"4.2,83.5,,,,", "", ""},
		{"17.1a,,95.5,100,km,", "", ""},
	} {
		in := inCSVHeader + "Lạng Sơn,Hữu Lũng,Hòa Lạc,,2020,1980/QĐ-TTg," + tc.rest + "\n"
		as, err := DecodeCSV(strings.NewReader(in), "t.csv", nil)
		if err != nil {
			t.Fatalf("%s: %v", tc.rest, err)
		}
		r := Run(criteria.QD1980(), &as[0])
		var got []Warning
		for _, w := range r.Warnings() {
			if w.Kind == WarnFractionalCount {
				got = append(got, w)
			}
		}
		if tc.vi == "" {
			if len(got) != 0 {
				t.Errorf("%s: warned %q", tc.rest, got[0].Text("vi"))
			}
			continue
		}
		if len(got) != 1 {
			t.Fatalf("%s: %d fractional-count warnings, want 1", tc.rest, len(got))
		}
		w := got[0]
		if w.Kind.String() != "fractional-count" {
			t.Errorf("%s: kind %q", tc.rest, w.Kind)
		}
		if s := w.Text("vi"); s != tc.vi {
			t.Errorf("%s: vi\n got %s\nwant %s", tc.rest, s, tc.vi)
		}
		if s := w.Text("en"); s != tc.en {
			t.Errorf("%s: en\n got %s\nwant %s", tc.rest, s, tc.en)
		}
		// Judged as written: the share's percentage is the value.
		if ir, ok := r.Indicator(w.Indicator); !ok || ir.Status != StatusMet && ir.Status != StatusNotMet {
			t.Errorf("%s: status %v, want judged", tc.rest, ir.Status)
		}
		// In the report JSON, the sentence with a decimal point.
		var b strings.Builder
		if err := WriteJSON(&b, []Report{r}, RenderOptions{}); err != nil {
			t.Fatal(err)
		}
		_, share, _ := strings.Cut(tc.en, "the share ")
		share, _, _ = strings.Cut(share, " has")
		if want := "tỷ lệ " + share + " có phần lẻ"; !strings.Contains(b.String(), want) {
			t.Errorf("%s: the JSON report lacks %q:\n%s", tc.rest, want, b.String())
		}
	}
}
