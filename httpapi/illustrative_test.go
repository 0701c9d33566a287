package httpapi

import (
	"net/http"
	"strings"
	"testing"
)

// Illustrative data (số liệu minh họa: a commune or a value's source that
// says so) is labelled in the text and Markdown answers as ntm eval labels
// it; JSON and CSV keep their formats and carry each value's source.
func TestEvaluateLabelsIllustrativeData(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	const illustrative = `province,district,commune,region,year,set,indicator,value,numerator,denominator,unit,source
Lạng Sơn,Hữu Lũng,Hòa Lạc,TDMNPB,2020,1980/QĐ-TTg,4.2,"96,5",,,,Số liệu minh họa
`
	tests := []struct {
		name, target, body, want string
	}{
		{"text", "/evaluate?format=text", illustrative, "Số liệu minh họa — số liệu giả định, không phải số liệu chính thức.\n\nXã:"},
		{"text in English", "/evaluate?format=text&lang=en", illustrative,
			"Illustrative data (số liệu minh họa) — invented figures, not official data.\n\nCommune:"},
		{"Markdown", "/evaluate?format=markdown", illustrative,
			"> **Số liệu minh họa — số liệu giả định, không phải số liệu chính thức.**\n\n## Hòa Lạc"},
		{"a commune named as an illustration", "/evaluate?format=text",
			strings.Replace(csvBody, "Hòa Lạc", "Xã minh họa 1", -1), "Số liệu minh họa — số liệu giả định"},
		{"official-looking data has no label", "/evaluate?format=text", csvBody, "Xã:"},
		{"CSV has no label", "/evaluate?format=csv", illustrative, "commune,"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, http.MethodPost, tt.target, "text/csv", tt.body)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d:\n%s", rec.Code, rec.Body)
			}
			if got := rec.Body.String(); !strings.HasPrefix(got, tt.want) {
				t.Errorf("POST %s answers\n%.300s\nwant it to begin with %q", tt.target, got, tt.want)
			}
		})
	}
}
