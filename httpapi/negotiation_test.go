package httpapi

import (
	"net/http"
	"strings"
	"testing"
)

// TestAJSONBodyInAnotherCharsetIs415: JSON is UTF-8 (RFC 8259); a body
// declared in another charset, on every route with a body, is refused
// with 415 encoding quoting the charset and saying how to send it, not
// read as if it were UTF-8.
func TestAJSONBodyInAnotherCharsetIs415(t *testing.T) {
	h := NewHandler(quiet(Options{}))
	bodies := map[string]string{"/evaluate": readTestdata(t, "assessments.json"), "/plans/status": planBody(t)}
	for target, body := range bodies {
		for _, cs := range []string{"tcvn3", "VNI", "windows-1258", "latin1", "ISO-8859-1", "utf-16"} {
			for _, lang := range []string{"vi", "en"} {
				rec := do(t, h, http.MethodPost, target+"?as_of=2020-12-31&lang="+lang, "application/json; charset="+cs, body)
				if target == "/evaluate" {
					rec = do(t, h, http.MethodPost, target+"?lang="+lang, "application/json; charset="+cs, body)
				}
				if rec.Code != http.StatusUnsupportedMediaType {
					t.Fatalf("%s charset=%s: status %d, want 415\n%.400s", target, cs, rec.Code, rec.Body)
				}
				ps := decodeProblems(t, rec)
				if len(ps) != 1 || ps[0]["code"] != "encoding" || ps[0]["file"] != "request" || ps[0]["input"] != strings.ToLower(cs) {
					t.Fatalf("%s charset=%s: problems %v", target, cs, ps)
				}
				msg := ps[0]["message"].(string)
				wants := []string{"JSON", "UTF-8", "RFC 8259", "charset=utf-8"}
				if target == "/evaluate" {
					wants = append(wants, "text/csv;charset=tcvn3", "text/csv;charset=vni")
				} else if strings.Contains(msg, "text/csv") {
					t.Errorf("%s: message %q suggests CSV, which the route does not read", target, msg)
				}
				if lang == "vi" {
					wants = append(wants, "hãy chuyển nội dung sang UTF-8")
				} else {
					wants = append(wants, "convert the body to UTF-8")
				}
				for _, w := range wants {
					if !strings.Contains(msg, w) {
						t.Errorf("%s charset=%s lang=%s: message %q lacks %q", target, cs, lang, msg, w)
					}
				}
			}
		}
		// UTF-8, in any case, or no charset, is read.
		for _, ct := range []string{"application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8", ""} {
			rec := do(t, h, http.MethodPost, target, ct, body)
			if rec.Code != http.StatusOK {
				t.Errorf("%s Content-Type %q: status %d, want 200\n%.400s", target, ct, rec.Code, rec.Body)
			}
		}
	}
}
