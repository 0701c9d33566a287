package httpapi

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/nongthonmoi/ntm/criteria"
)

// TestSetForAProvinceMergedAcrossRegions: GET /sets/{id}?region= given
// the name of a province that since 1/7/2025 also covers former provinces
// of other regions ("Tây Ninh": Long An, ĐBSCL) answers the targets of the
// former province of the name, as before, with an Ntm-Warning header
// field saying, in the language of lang=, what else the name covers and
// how to ask for the other region's targets. A region, a former
// province's name, a province not merged across regions, and a set split
// by commune group (which ignores region) have none.
func TestSetForAProvinceMergedAcrossRegions(t *testing.T) {
	const (
		warnVI = `query: region: từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" gồm cả Long An cũ (vùng DBSCL); mức đạt chuẩn đưa ra là của vùng DNB, vùng của Tây Ninh cũ; mức đạt chuẩn của Long An cũ: region=DBSCL hoặc region=Long An`
		warnEN = `query: region: since 1/7/2025 (Nghị quyết 202/2025/QH15), "Tây Ninh" also covers the former province Long An (region DBSCL); the targets given are those of region DNB, that of the former Tây Ninh; for those of the former Long An, give region=DBSCL or region=Long An`
	)
	h := NewHandler(quiet(Options{}))
	dnb := definition(t, criteria.QD1980().ForRegion(criteria.DNB))
	dbscl := definition(t, criteria.QD1980().ForRegion(criteria.DBSCL))
	tests := []struct {
		name, target, want, warning string
	}{
		{"Vietnamese by default", "/sets/1980?region=T%C3%A2y%20Ninh", dnb, warnVI},
		{"English with lang=en", "/sets/1980?region=T%C3%A2y+Ninh&lang=en&year=2019", definition(t, forYear(criteria.QD1980().ForRegion(criteria.DNB), 2019)), warnEN},
		{"without diacritics", "/sets/1980?region=tay+ninh&lang=en", dnb, warnEN},
		{"a region", "/sets/1980?region=DNB", dnb, ""},
		{"a former province's name", "/sets/1980?region=Long+An", dbscl, ""},
		{"a province not merged across regions", "/sets/1980?region=Ninh+B%C3%ACnh", definition(t, criteria.QD1980().ForRegion(criteria.DBSH)), ""},
		{"a set split by commune group ignores region", "/sets/51?region=T%C3%A2y+Ninh", definition(t, criteria.QD51of2025()), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, method := range []string{http.MethodGet, http.MethodHead} {
				rec := do(t, h, method, tt.target, "", "")
				if rec.Code != http.StatusOK {
					t.Fatalf("%s: status %d, body:\n%s", method, rec.Code, rec.Body)
				}
				var got []string
				for _, v := range rec.Header().Values("Ntm-Warning") {
					s, err := url.PathUnescape(v)
					if err != nil {
						t.Fatalf("%s: Ntm-Warning %q: %v", method, v, err)
					}
					got = append(got, s)
				}
				var want []string
				if tt.warning != "" {
					want = []string{tt.warning}
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s %s: Ntm-Warning (-want +got):\n%s", method, tt.target, diff)
				}
				if method == http.MethodGet {
					if diff := cmp.Diff(tt.want, rec.Body.String()); diff != "" {
						t.Errorf("GET %s (-want +got):\n%s", tt.target, diff)
					}
				}
			}
		})
	}
}

// TestTheSetNtmWarningExampleIsTrue: the example of the Ntm-Warning header
// of GET /sets/{id} in the OpenAPI document is what it answers.
func TestTheSetNtmWarningExampleIsTrue(t *testing.T) {
	desc, ok := pointer(servedDoc(t), "#/paths/~1sets~1{id}/get/responses/200/headers/Ntm-Warning/description")
	if !ok {
		t.Fatal("no Ntm-Warning header documented for GET /sets/{id}")
	}
	_, rest, _ := strings.Cut(desc.(string), `("`)
	example, _, ok := strings.Cut(rest, `")`)
	if !ok {
		t.Fatalf("no example (\"…\") in %q", desc)
	}
	example = strings.ReplaceAll(example, `\"`, `"`)
	rec := do(t, NewHandler(quiet(Options{})), http.MethodGet, "/sets/1980?region=T%C3%A2y+Ninh&lang=en", "", "")
	fields := rec.Header().Values("Ntm-Warning")
	if len(fields) != 1 {
		t.Fatalf("Ntm-Warning %q, want one field", fields)
	}
	if got, _ := url.PathUnescape(fields[0]); got != example {
		t.Errorf("Ntm-Warning %q,\nwant the example %q", got, example)
	}
}
