package evaluate

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestJSONWarningTextsAreEachReportsOwn: the JSON encoder keeps the text
// of each warning on an indicator's target for the reports after; the
// reports of one set that differ in region, commune group or year still
// get their own texts, the same as each written alone.
func TestJSONWarningTextsAreEachReportsOwn(t *testing.T) {
	var docs []string
	for _, province := range []string{"Lạng Sơn", "Thái Bình", "Long An"} {
		for _, year := range []int{2021, 2024, 2025} {
			docs = append(docs, fmt.Sprintf(`{"commune": {"name": "Xã minh họa", "province": %q}, "year": %d,
				"sets": {"1980": {"1.1": true, "3.1": "95.5", "5": "80", "17.8": {"numerator": 9, "denominator": 10, "unit": "hộ"}}}}`, province, year))
		}
	}
	for _, group := range []string{"1", "2", "3"} {
		docs = append(docs, fmt.Sprintf(`{"commune": {"name": "Xã minh họa", "province": "Lạng Sơn"}, "group": %q, "year": 2026,
			"sets": {"51/2025": {"1": true, "2": false}}}`, group))
	}
	var reports []Report
	for _, doc := range docs {
		as, err := DecodeJSON(strings.NewReader(doc), "minh-hoa.json", nil)
		if err != nil {
			t.Fatalf("%s: %v", doc, err)
		}
		for _, a := range as {
			rs, err := RunAll(nil, &a)
			if err != nil {
				t.Fatal(err)
			}
			reports = append(reports, rs...)
		}
	}
	for _, lang := range []string{"vi", "en"} {
		var all bytes.Buffer
		enc := NewJSONEncoder(&all, RenderOptions{Lang: lang})
		var alone []string
		for i := range reports {
			enc.Encode(&reports[i])
			var one bytes.Buffer
			if err := WriteJSON(&one, reports[i:i+1], RenderOptions{Lang: lang}); err != nil {
				t.Fatal(err)
			}
			alone = append(alone, strings.TrimSuffix(strings.TrimPrefix(one.String(), "[\n"), "\n]\n"))
		}
		if err := enc.Close(); err != nil {
			t.Fatal(err)
		}
		want := "[\n" + strings.Join(alone, ",\n") + "\n]\n"
		if all.String() != want {
			t.Errorf("%s: the reports written together differ from each written alone", lang)
		}
		if !strings.Contains(want, "TDMNPB") || !strings.Contains(want, "DBSH") {
			t.Errorf("%s: no warning names the regions:\n%.3000s", lang, want)
		}
	}
	if len(reports) != 12 {
		t.Errorf("%d reports, want 12", len(reports))
	}
}
