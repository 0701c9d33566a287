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
// 94.04 điểm phần trăm" with no word of caution.
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
			"chỉ tiêu 4.2: giá trị 0,965 nhỏ hơn 1 — nếu là 96,5% thì ghi 96,5 (hoặc 96,5%)",
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
			"vi": "chỉ tiêu 14.2: giá trị 0,88 nhỏ hơn 1 — nếu là 88% thì ghi 88 (hoặc 88%)",
			"en": "indicator 14.2: value 0.88 is below 1 — if you mean 88%, write 88 (or 88%)",
		} {
			if f == "json" && lang == "vi" {
				// The JSON writes the value as its other numbers.
				want = "chỉ tiêu 14.2: giá trị 0.88 nhỏ hơn 1 — nếu là 88% thì ghi 88 (hoặc 88%)"
			}
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
			"giá trị 0,965 nhỏ hơn 1 — nếu là 96,5% thì ghi 96,5 (hoặc 96,5%)"},
		{"0.96499999999999997", "value 0.96499999999999997 is below 1 — if you mean 96.5%, write 96.5 (or 96.5%)",
			"giá trị 0,96499999999999997 nhỏ hơn 1 — nếu là 96,5% thì ghi 96,5 (hoặc 96,5%)"},
		{"0.88", "value 0.88 is below 1 — if you mean 88%, write 88 (or 88%)",
			"giá trị 0,88 nhỏ hơn 1 — nếu là 88% thì ghi 88 (hoặc 88%)"},
		{"0.123456789012345", "value 0.123456789012345 is below 1 — if you mean 12.3456789012345%, write 12.3456789012345 (or 12.3456789012345%)",
			"giá trị 0,123456789012345 nhỏ hơn 1 — nếu là 12,3456789012345% thì ghi 12,3456789012345 (hoặc 12,3456789012345%)"},
		{"0.96500000000000000000000000001", "value 0.96500000000000000000000000001 is below 1 — if you mean 96.5%, write 96.5 (or 96.5%)",
			"giá trị 0,96500000000000000000000000001 nhỏ hơn 1 — nếu là 96,5% thì ghi 96,5 (hoặc 96,5%)"},
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

// renderedWarnings returns the warnings of the text report of r (the
// Markdown report's with opt.Format "markdown"), one per line.
func renderedWarnings(t *testing.T, r Report, opt RenderOptions) []string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, []Report{r}, opt); err != nil {
		t.Fatal(err)
	}
	var out []string
	in := false
	for _, l := range strings.Split(b.String(), "\n") {
		switch {
		case l == "Cảnh báo:" || l == "Warnings:" || l == "### Cảnh báo" || l == "### Warnings":
			in = true
		case in && strings.HasPrefix(l, "  - "):
			out = append(out, l[len("  - "):])
		case in && strings.HasPrefix(l, "- "):
			out = append(out, l[len("- "):])
		case in && l != "":
			in = false
		}
	}
	return out
}

// The text and Markdown reports list first what the reader must act on
// (the commune's figures and what they were judged against), then the
// notes on what the result rests on; the provenance of the targets that
// decided results stays, one compact line per mark with the count. An
// official found the 35 codes of the C1 note burying the warnings that
// matter.
func TestWarningsListProblemsBeforeProvenanceNotes(t *testing.T) {
	vals := allMet()
	vals["4.2"] = MustNumber("0.965") // a percentage typed as a fraction
	vals["9.9"] = MustNumber("3")     // a code the set does not define
	vals["1.1"] = MustNumber("1")     // a number for a pass indicator: not judged
	a := &Assessment{
		Commune: Commune{Name: "Hòa Lạc", District: "Hữu Lũng"}, // no region, no province
		Year:    2019,                                           // criterion 10 falls back to 2020
		Values:  map[string]map[string]Value{criteria.IDQD1980: vals},
	}
	r := Run(criteria.QD1980(), a)
	for _, tc := range []struct {
		lang string
		want []string
	}{
		{"vi", []string{
			"bộ tiêu chí 1980/QĐ-TTg: số liệu không ghi vùng, cũng không ghi tỉnh nào có trong danh mục; đã áp dụng mức đạt chuẩn chung",
			"chỉ tiêu 1.1: giá trị số không đánh giá được theo chỉ tiêu này (chỉ tiêu đạt/chưa đạt: phải là true hoặc false (đạt / chưa đạt), không phải số); coi như thiếu số liệu",
			"chỉ tiêu 4.2: giá trị 0,965 nhỏ hơn 1 — nếu là 96,5% thì ghi 96,5 (hoặc 96,5%)",
			"bộ tiêu chí 1980/QĐ-TTg không có chỉ tiêu \"9.9\"; giá trị này không được sử dụng",
			"chỉ tiêu 10: không có mức đạt chuẩn riêng cho năm 2019; đã áp dụng mức đạt chuẩn đến năm 2020 (≥ 45 triệu đồng/người/năm)",
		}},
		{"en", []string{
			"set 1980/QĐ-TTg: the assessment names no region and no known province; the common targets were applied",
			"indicator 1.1: a number value cannot be judged against this indicator (pass/fail indicator: must be true or false (đạt / chưa đạt), not a number); treated as missing",
			"indicator 4.2: value 0.965 is below 1 — if you mean 96.5%, write 96.5 (or 96.5%)",
			"set 1980/QĐ-TTg has no indicator \"9.9\"; its value was not used",
			"indicator 10: no target for 2019 was found; the target for 2020 (≥ 45 triệu đồng/người/năm) was applied",
		}},
	} {
		lines := renderedWarnings(t, r, RenderOptions{Lang: tc.lang})
		if md := renderedWarnings(t, r, RenderOptions{Lang: tc.lang, Format: "markdown"}); !cmp.Equal(lines, md) {
			t.Errorf("%s: Markdown lists %q, text %q", tc.lang, md, lines)
		}
		if len(lines) < len(tc.want) {
			t.Fatalf("%s: %d lines, want at least %d: %q", tc.lang, len(lines), len(tc.want), lines)
		}
		if diff := cmp.Diff(tc.want, lines[:len(tc.want)]); diff != "" {
			t.Errorf("%s: problems, then notes (-want +got):\n%s", tc.lang, diff)
		}
		prov := lines[len(tc.want):]
		if len(prov) != 2 || !strings.Contains(prov[0], " M ") || !strings.Contains(prov[1], " C1 ") {
			t.Errorf("%s: want the M line, then the C1 line, last: %q", tc.lang, prov)
		}
		// Every code a C1 or M target decided is named, with the count.
		for _, l := range prov {
			var codes []string
			for _, w := range r.Warnings() {
				if w.Kind == WarnProvenance && strings.Contains(l, " "+w.provenance().String()+" ") {
					codes = append(codes, w.Indicator)
				}
			}
			if !strings.Contains(l, " "+itoa(len(codes))+" ") {
				t.Errorf("%s: %q does not give the count %d", tc.lang, l, len(codes))
			}
			if len(l) > 400 {
				t.Errorf("%s: %d bytes: %q", tc.lang, len(l), l)
			}
		}
	}
}

// The provenance line names every indicator decided, writing three or more
// in a row first–last: within a criterion, or across criteria of one
// indicator each.
func TestProvenanceLineIsCompact(t *testing.T) {
	r := Run(criteria.QD1980(), commune(2020, allMet()))
	got := renderedWarnings(t, r, RenderOptions{})
	want := []string{
		"mức đạt chuẩn có độ tin cậy M (chưa kiểm chứng, không tìm thấy nguồn) là căn cứ đánh giá 12 chỉ tiêu: 3.2, 5, 6.1–6.3, 9.2, 12, 16, 17.2, 17.8, 19.1, 19.2",
		"mức đạt chuẩn có độ tin cậy C1 (chỉ có một nguồn công khai) là căn cứ đánh giá 35 chỉ tiêu: 1.1, 1.2, 2.1–2.4, 3.1, 4.2, 7, 8.1–8.4, 11, 13.1, 13.2, 14.1–14.3, 15.1–15.3, 17.1a, 17.1b, 17.3–17.7, 18.1–18.6",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("1980/QĐ-TTg, TDMNPB, all met (-want +got):\n%s", diff)
	}
	a := &Assessment{
		Commune: Commune{Name: "Tân Thành", District: "Hữu Lũng", Province: "Lạng Sơn"},
		Region:  criteria.TDMNPB, Year: 2020,
		Values: map[string]map[string]Value{criteria.IDQD933: {}},
	}
	for i := 1; i <= 14; i++ {
		a.Values[criteria.IDQD933][itoa(i)] = Bool(i != 7)
	}
	r = Run(criteria.QD933(), a)
	got = renderedWarnings(t, r, RenderOptions{Lang: "en"})
	want = []string{
		"set 933/QĐ-UBND: its content awaits the official text; criteria are judged from attested results (load the official content with --sets-from)",
		"targets of provenance C1 (one public source only) decided 14 indicators: 1–14",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("933/QĐ-UBND (-want +got):\n%s", diff)
	}
}

// TestValuesNoReaderTakesAreNotJudged: a value built in code that every
// reader rejects (a percentage above 100, a share above its denominator,
// a count that is not whole, a negative amount) is not judged: the
// indicator is missing and the warning says why, as the reader would.
func TestValuesNoReaderTakesAreNotJudged(t *testing.T) {
	a := &Assessment{Commune: Commune{Name: "Hòa Lạc", District: "Hữu Lũng", Province: "Lạng Sơn"}, Year: 2020,
		Values: map[string]map[string]Value{criteria.IDQD1980: {
			"4.2": MustNumber("150"), "5": Share(3, 2, "trường"), "9.1": MustNumber("1.5"), "10": MustNumber("-36"),
		}}}
	r := Run(criteria.QD1980(), a)
	var got []string
	for _, c := range r.Criteria {
		for _, ind := range c.Indicators {
			switch ind.Code() {
			case "4.2", "5", "9.1", "10":
				got = append(got, ind.Code()+" "+ind.Status.String())
			}
		}
	}
	for _, w := range r.Warnings() {
		if w.Kind == WarnIgnoredValue {
			got = append(got, w.Text("en"), w.Text("vi"))
		}
	}
	want := []string{
		"4.2 missing", "5 missing", "9.1 missing", "10 missing",
		"indicator 4.2: a number value cannot be judged against this indicator (percentage must be between 0 and 100); treated as missing",
		"chỉ tiêu 4.2: giá trị số không đánh giá được theo chỉ tiêu này (tỷ lệ phải trong khoảng 0-100); coi như thiếu số liệu",
		"indicator 5: a share value cannot be judged against this indicator (numerator must not exceed the denominator 2); treated as missing",
		"chỉ tiêu 5: giá trị tỷ lệ (tử số/mẫu số) không đánh giá được theo chỉ tiêu này (tử số không được lớn hơn mẫu số 2); coi như thiếu số liệu",
		"indicator 9.1: a number value cannot be judged against this indicator (count must be a whole number); treated as missing",
		"chỉ tiêu 9.1: giá trị số không đánh giá được theo chỉ tiêu này (số đếm phải là số nguyên); coi như thiếu số liệu",
		"indicator 10: a number value cannot be judged against this indicator (amount must not be negative); treated as missing",
		"chỉ tiêu 10: giá trị số không đánh giá được theo chỉ tiêu này (giá trị không được âm); coi như thiếu số liệu",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestTrueForANoneIndicatorIsNotJudged: true under a none indicator (9.1
// nhà tạm) says neither how many there are nor, unambiguously, whether the
// indicator is met (a caller may mean "đạt"), so it is not judged, as no
// reader takes it.
func TestTrueForANoneIndicatorIsNotJudged(t *testing.T) {
	r := Run(criteria.QD1980(), commune(2020, map[string]Value{"9.1": Bool(true)}))
	if st := r.Criteria[8].Indicators[0]; st.Code() != "9.1" || st.Status != StatusMissing {
		t.Fatalf("%s = true: %v; want 9.1 missing", st.Code(), st.Status)
	}
	var got []string
	for _, w := range r.Warnings() {
		if w.Kind == WarnIgnoredValue {
			got = append(got, w.Text("en"))
		}
	}
	want := []string{"indicator 9.1: a bool value cannot be judged against this indicator (must be a count of nhà (0 meets it) or false (none present)); treated as missing"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, _, err := Judge(criteria.QD1980(), "9.1", "TDMNPB", 2020, Bool(true)); err == nil {
		t.Error("Judge of true for 9.1: no error")
	}
}

// TestRangeOfValuesJudged: the bounds of a percentage (0-100) and of a
// share (0 ≤ N ≤ D) hold at any exponent, in the fixed-point form and in
// the exact one.
func TestRangeOfValuesJudged(t *testing.T) {
	for _, c := range []struct {
		v    Value
		kind criteria.Kind
		want bool
	}{
		{MustNumber("100"), criteria.KindPercent, true},
		{MustNumber("100.00"), criteria.KindPercent, true},
		{MustNumber("100.01"), criteria.KindPercent, false},
		{MustNumber("99.999999"), criteria.KindPercent, true},
		{MustNumber("1E+2"), criteria.KindPercent, true},
		{MustNumber("1.01E+2"), criteria.KindPercent, false},
		{MustNumber("0.0000000000000000000000000000000000000001"), criteria.KindPercent, true},
		{MustNumber("100.0000000000000000000000000000001"), criteria.KindPercent, false},
		{MustNumber("-0.01"), criteria.KindPercent, false},
		{MustNumber("1000"), criteria.KindAmount, true},
		{MustNumber("-0.001"), criteria.KindAmount, false},
	} {
		cv := compact(&c.v)
		if got := cv.numberInRange(c.kind); got != c.want {
			t.Errorf("%s as %v: in range %v, want %v", c.v.Number, c.kind, got, c.want)
		}
		// The readers' check, in exact decimals, agrees.
		ind := criteria.Indicator{Code: "x", Kind: c.kind, Op: criteria.OpGE}
		if got := len(checkValue(&ind, c.v)) == 0; got != c.want {
			t.Errorf("%s as %v: readers take it %v, want %v", c.v.Number, c.kind, got, c.want)
		}
	}
	for _, c := range []struct {
		n, d string
		want bool
	}{
		{"3", "4", true}, {"4", "4", true}, {"5", "4", false}, {"2.5", "3", true}, {"3.5", "3", false},
		{"30", "3.5", false}, {"3", "3.0", true}, {"0", "1", true}, {"1", "0", false},
		{"1E-39", "1E+30", true}, {"1E+30", "1E-39", false},
	} {
		v := Value{Kind: ValueShare, Numerator: decimal.RequireFromString(c.n), Denominator: decimal.RequireFromString(c.d)}
		cv := compact(&v)
		if got := cv.shareValid(); got != c.want {
			t.Errorf("%s/%s: valid %v, want %v", c.n, c.d, got, c.want)
		}
		ind := criteria.Indicator{Code: "x", Kind: criteria.KindPercent, Op: criteria.OpGE}
		if got := len(checkValue(&ind, v)) == 0; got != c.want {
			t.Errorf("%s/%s: readers take it %v, want %v", c.n, c.d, got, c.want)
		}
	}
}
