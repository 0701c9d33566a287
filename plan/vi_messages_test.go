package plan_test

import (
	"strings"
	"testing"

	"github.com/nongthonmoi/ntm/internal/untranslated"
	"github.com/nongthonmoi/ntm/plan"
)

// TestProblemsReadInVietnamese renders every problem of the bad plans of
// the reader's tests and fuzz seeds, and of the plans below, in
// Vietnamese: no line may keep English words.
func TestProblemsReadInVietnamese(t *testing.T) {
	read := func(name, in string) {
		_, _, err := plan.Read(strings.NewReader(in), nil)
		untranslated.Check(t, name, err)
	}
	for _, tc := range readErrorCases(t) {
		read(tc.name, tc.in)
	}
	for _, in := range append(readSeeds,
		`{"id": 5}`,
		`{"number": "1/KH", "issued": 5, "recipients": "a", "targets": [{"year": "2020", "commune": 5}], "bases": [{}], "tasks": [{}],
		  "inspection": {"window": {"from": "2020-04-01"}, "route": [{}], "participants": [{}], "days": 1.5},
		  "responsibilities": [{"criteria": []}, {"agency": "a", "set": "1999", "criteria": ["1", "1"]}]}`,
		`{"number": "1/KH", "issued": "2020-4-1"}`, `{"number": "1/KH", "issued": "2020-04-01", "place": true}`,
		`{"number": "1/KH", "issued": "2020-04-01", "inspection": {"date": "9999-12-32"}}`,
		`{"number": "1/KH", "issued": "2020-04-01", "targets": [{"commune": {"name": "A"}, "set": "1980", "year": 2020}],
		  "responsibilities": [{"agency": "a", "set": "1980", "criteria": ["99"]}, {"agency": "b", "criteria": ["17.1"]}]}`,
		`{"a" 1}`, `{"number": tru}`, "{\"number\": \"\xff\"}", `{"number": "1/KH"} x`, ``,
		`{"number": "`+strings.Repeat("x", 2<<20)+`"}`,
	) {
		read(in[:min(len(in), 60)], in)
	}
}
