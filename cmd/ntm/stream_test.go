package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/nongthonmoi/ntm/criteria"
	"github.com/nongthonmoi/ntm/evaluate"
)

// manyCommunes writes n illustrative assessments (số liệu minh họa) of
// 1980/QĐ-TTg as a JSON array, deterministically; when bad >= 0 the
// commune at that index has a share whose numerator exceeds its
// denominator.
func manyCommunes(n, bad int) []byte {
	set := criteria.QD1980()
	var b bytes.Buffer
	b.WriteString("[")
	seed := uint32(2020)
	next := func() uint32 { seed = seed*1664525 + 1013904223; return seed >> 8 }
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"commune": {"name": "Xã minh họa %d", "district": "Huyện %d", "province": "Lạng Sơn"}, "year": 2020, "sets": {"1980": {`, i, i%11)
		j := 0
		for _, ind := range set.Indicators() {
			if j > 0 {
				b.WriteString(", ")
			}
			j++
			fmt.Fprintf(&b, "%q: ", ind.Code)
			r := next()
			switch {
			case ind.Kind == criteria.KindPass:
				fmt.Fprint(&b, r%9 != 0)
			case ind.Kind == criteria.KindNone:
				fmt.Fprint(&b, r%4/3)
			case ind.Kind == criteria.KindAmount:
				fmt.Fprintf(&b, `"%d.%d"`, 30+r%15, r%10)
			case ind.Op == criteria.OpLE:
				fmt.Fprintf(&b, `"%d.%d"`, r%14, r%10)
			case i == bad && ind.Code == "5":
				b.WriteString(`{"numerator": 4, "denominator": 3, "unit": "trường"}`)
			case r%2 == 0:
				d := 20 + r%300
				fmt.Fprintf(&b, `{"numerator": %d, "denominator": %d, "unit": "hộ"}`, d-r%(d/6+1), d)
			default:
				fmt.Fprintf(&b, `"%d.%d"`, 65+r%35, r%10)
			}
		}
		b.WriteString("}}}")
	}
	b.WriteString("]\n")
	return b.Bytes()
}

func TestStreamedOutputEqualsEvaluatingAllAtOnce(t *testing.T) {
	// More communes than one evaluation chunk, with an invalid one in the
	// middle: in every format, the output written a chunk at a time must be
	// the reports (or the summary) of the valid ones, in input order,
	// exactly as the evaluate writers give them for all the reports at once.
	const n, bad = 1300, 700
	path := filepath.Join(t.TempDir(), "communes.json")
	if err := os.WriteFile(path, manyCommunes(n, bad), 0o644); err != nil {
		t.Fatal(err)
	}
	cat := criteria.Builtin()
	as, _ := evaluate.ReadFile(path, cat)
	if len(as) != n-1 {
		t.Fatalf("%d valid assessments, want %d", len(as), n-1)
	}
	var reports []evaluate.Report
	for i := range as {
		rs, err := evaluate.RunAll(cat, &as[i])
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, rs...)
	}
	ropt := evaluate.RenderOptions{}
	for _, tc := range []struct {
		name  string
		args  []string
		write func(w io.Writer) error
	}{
		{"JSON is written as one array", []string{"--format", "json"},
			func(w io.Writer) error { return evaluate.WriteJSON(w, reports, ropt) }},
		{"text has one blank line between reports across chunks", []string{"--format", "text"},
			func(w io.Writer) error { return evaluate.WriteText(w, reports, ropt) }},
		{"Markdown has one blank line between reports across chunks", []string{"--format", "markdown"},
			func(w io.Writer) error { return evaluate.WriteMarkdown(w, reports, ropt) }},
		{"CSV has one header", []string{"--format", "csv"},
			func(w io.Writer) error { return evaluate.WriteCSV(w, reports) }},
		{"the summary tallies every report", []string{"--summary"},
			func(w io.Writer) error {
				// The summary names the commune left out.
				s := evaluate.Summarize(reports)
				f, _ := os.Open(path)
				defer f.Close()
				for _, err := range evaluate.NewJSONDecoder(f, path, cat).All() {
					s.Excluded = append(s.Excluded, evaluate.ExcludedOf(err)...)
				}
				return evaluate.WriteSummaryText(w, s, ropt)
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runNTM(t, "", append(append([]string{"eval"}, tc.args...), path)...)
			if code != exitInput {
				t.Errorf("exit %d, want %d (one commune is invalid)", code, exitInput)
			}
			if !strings.Contains(stderr, fmt.Sprintf("[%d]", bad)) || !strings.Contains(stderr, `["5"].numerator`) {
				t.Errorf("stderr does not name the invalid commune and field:\n%s", stderr)
			}
			var want bytes.Buffer
			if err := tc.write(&want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want.String(), stdout); diff != "" {
				t.Errorf("streamed output differs (-want +got):\n%.2000s", diff)
			}
		})
	}
}

// BenchmarkEvalCLI10k is `ntm eval --format json` over 10,000 communes,
// end to end: reading the file, decoding, evaluating, writing the JSON.
func BenchmarkEvalCLI10k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "communes.json")
	if err := os.WriteFile(path, manyCommunes(10000, -1), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if code := run([]string{"eval", "--format", "json", path}, nil, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
