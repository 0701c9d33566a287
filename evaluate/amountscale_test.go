package evaluate

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/criteria"
)

// TestAnIncomeInDongWarns: criterion 10's income is in triệu đồng; a
// figure of 10,000 or more (ten billion đồng per person a year) is most
// likely typed in đồng or nghìn đồng: judged as written, never silently.
func TestAnIncomeInDongWarns(t *testing.T) {
	set := criteria.QD1980()
	for _, tc := range []struct {
		value  Value
		vi, en string // "" when no warning
	}{
		{MustNumber("45000000"), "chỉ tiêu 10: giá trị 45000000 triệu đồng là trên mười tỷ đồng mỗi người một năm — nếu số liệu ghi theo đồng thì ghi 45",
			"indicator 10: value 45000000 triệu đồng is over ten billion đồng per person a year — if it is written in đồng, write 45"},
		{MustNumber("41500000"), "chỉ tiêu 10: giá trị 41500000 triệu đồng là trên mười tỷ đồng mỗi người một năm — nếu số liệu ghi theo đồng thì ghi 41,5",
			"indicator 10: value 41500000 triệu đồng is over ten billion đồng per person a year — if it is written in đồng, write 41.5"},
		{MustNumber("45000"), "chỉ tiêu 10: giá trị 45000 triệu đồng là trên mười tỷ đồng mỗi người một năm — nếu số liệu ghi theo nghìn đồng thì ghi 45",
			"indicator 10: value 45000 triệu đồng is over ten billion đồng per person a year — if it is written in thousand đồng, write 45"},
		{MustNumber("10000"), "chỉ tiêu 10: giá trị 10000 triệu đồng là trên mười tỷ đồng mỗi người một năm — nếu số liệu ghi theo nghìn đồng thì ghi 10",
			"indicator 10: value 10000 triệu đồng is over ten billion đồng per person a year — if it is written in thousand đồng, write 10"},
		{MustNumber("1E4"), "chỉ tiêu 10: giá trị 10000 triệu đồng là trên mười tỷ đồng mỗi người một năm — nếu số liệu ghi theo nghìn đồng thì ghi 10",
			"indicator 10: value 10000 triệu đồng is over ten billion đồng per person a year — if it is written in thousand đồng, write 10"},
		// Beyond what the compact form holds: the exact path.
		{MustNumber("123456789012345678901234567890"), "chỉ tiêu 10: giá trị 123456789012345678901234567890 triệu đồng là trên mười tỷ đồng mỗi người một năm — nếu số liệu ghi theo đồng thì ghi 123456789012345678901234,56789",
			"indicator 10: value 123456789012345678901234567890 triệu đồng is over ten billion đồng per person a year — if it is written in đồng, write 123456789012345678901234.56789"},
		{MustNumber("9999.99"), "", ""},
		{MustNumber("45.5"), "", ""},
		{MustNumber("0"), "", ""},
		{Missing(), "", ""},
	} {
		a := &Assessment{Commune: Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, Region: criteria.TDMNPB, Year: 2020,
			Values: map[string]map[string]Value{set.ID: {"10": tc.value}}}
		r := Run(set, a)
		var got []Warning
		for _, w := range r.Warnings() {
			if w.Kind == WarnAmountScale {
				got = append(got, w)
			}
		}
		if tc.vi == "" {
			if len(got) != 0 {
				t.Errorf("10 = %v: warned %q", tc.value, got[0].Text("vi"))
			}
			continue
		}
		if len(got) != 1 {
			t.Fatalf("10 = %v: %d amount-scale warnings, want 1", tc.value, len(got))
		}
		w := got[0]
		if w.Indicator != "10" || w.Kind.String() != "amount-scale" {
			t.Errorf("10 = %v: indicator %q, kind %q", tc.value, w.Indicator, w.Kind)
		}
		if s := w.Text("vi"); s != tc.vi {
			t.Errorf("10 = %v: vi\n got %s\nwant %s", tc.value, s, tc.vi)
		}
		if s := w.Text("en"); s != tc.en {
			t.Errorf("10 = %v: en\n got %s\nwant %s", tc.value, s, tc.en)
		}
		// The verdict is the one the figure as written gives.
		if ir, ok := r.Indicator("10"); !ok || ir.Status != StatusMet {
			t.Errorf("10 = %v: status %v, want met as written", tc.value, ir.Status)
		}
		// In the report JSON, the sentence with a decimal point.
		var b strings.Builder
		if err := WriteJSON(&b, []Report{r}, RenderOptions{}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "chỉ tiêu 10: giá trị ") {
			t.Errorf("10 = %v: the JSON report lacks the warning:\n%s", tc.value, b.String())
		}
	}
}

// TestOnlyIncomeInMillionsWarnsOfScale: no other indicator of 1980/QĐ-TTg
// is in triệu đồng; large counts and percentages give no such warning.
func TestOnlyIncomeInMillionsWarnsOfScale(t *testing.T) {
	set := criteria.QD1980()
	for _, ind := range set.Indicators() {
		if want := ind.Code == "10"; strings.HasPrefix(ind.Unit, "triệu đồng") != want {
			t.Errorf("indicator %s: unit %q", ind.Code, ind.Unit)
		}
	}
	a := &Assessment{Commune: Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, Region: criteria.TDMNPB, Year: 2020,
		Values: map[string]map[string]Value{set.ID: {"9.1": MustNumber("45000"), "4.2": MustNumber("100")}}}
	r := Run(set, a)
	for _, w := range r.Warnings() {
		if w.Kind == WarnAmountScale {
			t.Errorf("warned: %s", w.Text("vi"))
		}
	}
}
