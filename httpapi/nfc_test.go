package httpapi

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TestBodiesTypedInNFDAnswerNamesInNFC: the names of a body typed in
// decomposed Unicode (NFD), the assessments of POST /evaluate and the
// plan's targets and assessments of POST /plans/status, are answered in
// the composed form (NFC).
func TestBodiesTypedInNFDAnswerNamesInNFC(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	target := `{"commune": {"name": "Nhật Tiến", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "set": "1980/QĐ-TTg", "year": 2020}`
	for _, tc := range []struct{ path, body string }{
		{"/evaluate?format=json", readTestdata(t, "assessments.json")},
		{"/evaluate?format=text", readTestdata(t, "assessments.json")},
		{"/plans/status?as_of=2020-05-05", fmt.Sprintf(`{"plan": {"number": "12/KH-UBND", "targets": [%s]}, "assessments": %s}`,
			target, readTestdata(t, "assessments.json"))},
	} {
		rec := do(t, h, http.MethodPost, tc.path, "application/json", norm.NFD.String(tc.body))
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d, body:\n%.800s", tc.path, rec.Code, rec.Body)
		}
		out := rec.Body.String()
		if i := strings.IndexFunc(out, func(r rune) bool { return unicode.Is(unicode.Mn, r) }); i >= 0 {
			t.Errorf("%s: a combining mark in %q", tc.path, out[max(0, i-30):min(len(out), i+10)])
		}
		if !strings.Contains(out, "Nhật Tiến") {
			t.Errorf("%s: no Nhật Tiến in NFC:\n%.800s", tc.path, out)
		}
	}
}
