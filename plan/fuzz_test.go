package plan_test

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/nongthonmoi/ntm/plan"
	"github.com/nongthonmoi/ntm/problem"
)

// readSeeds seed FuzzRead and TestProblemsReadInVietnamese.
var readSeeds = []string{
	`{}`, `null`, `[]`, `{"number": "1/KH", "issued": "2020-01-02"}`,
	`{"number": "1/KH", "number": "2/KH"}`, `{"number": "1/KH"`,
	`{"number": "1/KH", "issued": "2020-02-30"}`,
	`{"number": "1/KH", "issued": "2020-01-02", "targets": [{"commune": {"name": "Hòa Lạc"}, "set": "1980", "year": 2020}],
	  "responsibilities": [{"agency": "Sở Y tế", "criteria": ["17.1"]}]}`,
	`{"inspection": {"window": {"from": "2020-04-01", "to": "2020-03-01"}, "days": -1, "date": null}}`,
	`{"tasks": [{"assignee": "a", "action": "b", "due_before": "2020-04-30", "done": 1}]}`,
	strings.Repeat("[", 100) + strings.Repeat("]", 100),
	`{"targets": [{"year": 1e400}]}`,
	`{"number": "1/KH", "issued": "0000-01-01"}`,
	`{"number": "1/KH\u0000", "issued": "2020-01-02", "signer": {"name": "a", "name": "b"}}`,
}

// FuzzRead checks that no input makes the plan decoder panic, that an
// error comes without a plan, and that an accepted plan survives a round
// trip (an absent list reads as nil, an empty one as empty: equal here).
func FuzzRead(f *testing.F) {
	if data, err := os.ReadFile(plan47JSON); err == nil {
		f.Add(string(data))
	}
	for _, s := range readSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		p, _, err := plan.Read(strings.NewReader(in), nil)
		if err != nil {
			if p != nil {
				t.Fatalf("a plan came with the error %v", err)
			}
			for _, pr := range problem.All(err) {
				if !slices.Contains(problem.Codes(), pr.Code) || strings.Contains(pr.Error(), "\n") {
					t.Fatalf("problem %q: code %q, or more than one line", pr.Error(), pr.Code)
				}
			}
			return
		}
		data, err := p.MarshalJSON()
		if err != nil {
			// Validation requires every date the writer needs.
			t.Fatalf("an accepted plan cannot be written: %v", err)
		}
		q, _, err := plan.Read(bytes.NewReader(data), nil)
		if err != nil {
			t.Fatalf("written plan does not read back: %v\n%s", err, data)
		}
		if diff := cmp.Diff(p, q, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

func BenchmarkRead(b *testing.B) {
	data, err := os.ReadFile(plan47JSON)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := plan.Read(bytes.NewReader(data), nil); err != nil {
			b.Fatal(err)
		}
	}
}
