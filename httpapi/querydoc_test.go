package httpapi

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// TestTheRoutesThatCheckLangAreThoseDocumented: docs/formats.md says which
// routes refuse a lang= other than vi and en (those of its route table
// that take lang=) and that GET /healthz and GET /openapi.json ignore the
// query; each route answers so.
func TestTheRoutesThatCheckLangAreThoseDocumented(t *testing.T) {
	section := httpSection(t)
	text := strings.Join(strings.Fields(section), " ")
	for _, claim := range []string{
		"The routes that take `lang=` in the table above",
		"there a `lang` other than `vi` and `en` is itself a problem",
		"`GET /healthz` and `GET /openapi.json` read no query parameter and ignore any given: a health check always answers 200",
	} {
		if !strings.Contains(text, claim) {
			t.Errorf("docs/formats.md does not say %q", claim)
		}
	}
	h := NewHandler(quiet(Options{}))
	rows := regexp.MustCompile("(?m)^\\| `(GET|POST) (/[^?` ]*)([^`]*)` \\|").FindAllStringSubmatch(section, -1)
	if len(rows) < 6 {
		t.Fatalf("%d routes in the table of docs/formats.md, want 6", len(rows))
	}
	for _, m := range rows {
		method, path, query := m[1], strings.ReplaceAll(m[2], "{id}", "1980"), m[3]
		rec := do(t, h, method, path+"?lang=xx", "application/json", "[]")
		takesLang := strings.Contains(query, "lang=")
		switch {
		case takesLang && rec.Code != http.StatusBadRequest:
			t.Errorf("%s %s?lang=xx: status %d, want 400 (the docs say it takes lang=)", method, path, rec.Code)
		case takesLang && !strings.Contains(rec.Body.String(), `"path": "lang"`):
			t.Errorf("%s %s?lang=xx: no problem at lang:\n%s", method, path, rec.Body)
		case !takesLang && rec.Code != http.StatusOK:
			t.Errorf("%s %s?lang=xx: status %d, want 200 (the docs say it ignores the query)", method, path, rec.Code)
		}
	}
}
