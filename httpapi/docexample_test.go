package httpapi

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// TestTheProblemBodyOfTheDocsIsARealAnswer: the 400 answer shown in
// docs/formats.md (example problem-body) holds problems of the answer to a
// request that has them, word for word (lang=en).
func TestTheProblemBodyOfTheDocsIsARealAnswer(t *testing.T) {
	_, after, ok := strings.Cut(formatsMD(t), "<!-- example: problem-body -->\n```json\n")
	if !ok {
		t.Fatal("docs/formats.md has no problem-body example")
	}
	block, _, _ := strings.Cut(after, "```")
	var doc struct{ Problems []map[string]any }
	if err := json.Unmarshal([]byte(block), &doc); err != nil || len(doc.Problems) == 0 {
		t.Fatalf("the example: %v\n%s", err, block)
	}
	// Số liệu minh họa: the second commune has both problems of the example,
	// the first one of its own, so that no commune is read (400).
	const body = `[
 {"commune": {"name": "Hòa Lạc", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
  "sets": {"1980/QĐ-TTg": {"1.1": "maybe"}}},
 {"commune": {"name": "Tân Thành", "district": "Hữu Lũng", "province": "Lạng Sơn"}, "year": 2020,
  "sets": {"1980/QĐ-TTg": {"5": {"numerator": 4, "denominator": 3}, "17.1": "90"}}}
]`
	rec := do(t, NewHandler(quiet(Options{})), http.MethodPost, "/evaluate?lang=en", "application/json", body)
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("status %d, want 400 as the docs say; body:\n%s", rec.Code, rec.Body)
	}
	var real struct{ Problems []map[string]any }
	if err := json.Unmarshal(rec.Body.Bytes(), &real); err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Problems {
		found := false
		for _, q := range real.Problems {
			found = found || reflect.DeepEqual(p, q)
		}
		if !found {
			t.Errorf("the example's problem %v is not in the real answer:\n%s", p, rec.Body)
		}
	}
}
